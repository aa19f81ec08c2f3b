"""The Plan tab: this week's tasks and check-ins (or the month), ticked done or
skipped; the list of tasks with their adherence; reminders; calendar export.

PlanView takes the narrow things it needs in its constructor (the plan service,
clocks, a notifier, an exporter, settings) and owns no globals. Modal questions
go through module-level functions (`ask_skip_note`, `choose_ics_path`,
task_editor.edit_task, ui.dialogs) that tests replace.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.domain.validation import ValidationError
from smartgoals_app.io.export_plan import ExportError, ExportResult, left_out_message
from smartgoals_app.services.plan import CheckinDue, PlanService
from smartgoals_app.services.records import TaskOccurrence, TaskRecord
from smartgoals_app.storage.database import StorageError
from smartgoals_app.ui import dialogs
from smartgoals_app.ui.formatting import date_text
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.plan import task_editor
from smartgoals_app.ui.plan.adherence_panel import EXPLAIN, share_text
from smartgoals_app.ui.plan.items import LABELS, MARKS, State, checkin_state, occurrence_state
from smartgoals_app.ui.plan.month_view import MonthView, month_grid_start
from smartgoals_app.ui.plan.reminders import Notifier, ReminderController
from smartgoals_app.ui.theme import (
    BANNER_BACKGROUND,
    BANNER_BORDER,
    BANNER_TEXT,
    PLAN_COLOURS,
    PLAN_GOAL_NAME,
    readable,
)

Exporter = Callable[[Path], ExportResult]


def skip_note_dialog(parent: QWidget | None, title: str) -> QInputDialog:
    """The question of ask_skip_note, not shown yet."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("skipNoteDialog")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setWindowTitle(QCoreApplication.translate("PlanView", "Skip this time"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "PlanView", "Skip “{title}”.\nWhy? (optional, helps at the review)"
        ).format(title=title)
    )
    return dialog


def ask_skip_note(parent: QWidget | None, title: str) -> str | None:
    """The optional reason for a skip; None when the user cancels."""
    dialog = skip_note_dialog(parent, title)
    try:
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def choose_ics_path(parent: QWidget | None, suggested: Path) -> Path | None:
    return dialogs.ask_save_path(
        parent,
        QCoreApplication.translate("PlanView", "Export plan to calendar"),
        suggested,
        QCoreApplication.translate("PlanView", "Calendar files (*.ics)"),
        ".ics",
    )


def narrow_policy(label: QLabel) -> QSizePolicy:
    """Any width, and for wrapped text the height that width needs: a new size policy
    drops the height-for-width flag QLabel sets for word wrap, and without it the card's
    layout gave wrapped lines their one-line height, so they overlapped."""
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(label.wordWrap())
    return policy


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _period_text(start: date, end: date) -> str:
    if start.year != end.year:
        return f"{date_text(start, 'd MMM yyyy')} \u2013 {date_text(end, 'd MMM yyyy')}"
    if start.month != end.month:
        return f"{date_text(start, 'd MMM')} \u2013 {date_text(end, 'd MMM yyyy')}"
    return f"{start.day}\u2013{date_text(end, 'd MMM yyyy')}"


class _Card(QFrame):
    """As tall as its wrapped text needs at the width it is given (the day's column
    does not ask its cards for height-for-width)."""

    button_row: QBoxLayout | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            inner = self.contentsRect().width() - margins.left() - margins.right()
            row = self.button_row
            if row is not None:  # buttons side by side while they fit, else one above the other
                buttons = [row.itemAt(i) for i in range(row.count())]
                widths = [b.sizeHint().width() for b in buttons if b is not None and b.widget() is not None]
                fits = sum(widths) + row.spacing() * max(len(widths) - 1, 0) <= inner
                across, down = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
                row.setDirection(across if fits else down)
            for label in self.findChildren(QLabel):
                if label.wordWrap():  # the layout's cached heights lagged behind the width
                    label.setMinimumHeight(label.heightForWidth(inner))
        self.setMinimumHeight(self.heightForWidth(self.width()))


class OccurrenceCard(_Card):
    """One task occurrence: time, title, goal, state and the buttons a person clicks.
    A click elsewhere on the card chooses its task in the task list below."""

    clicked = Signal(int)  # task id

    def __init__(self, occ: TaskOccurrence, state: State, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occurrence = occ
        self.state = state
        key = f"{occ.task_id}-{occ.day.isoformat()}"
        self.setObjectName(f"occ-{key}")
        self.setProperty("planItem", True)
        colour = readable(PLAN_COLOURS[state], self.palette()).name()
        self.setStyleSheet(
            f"QFrame#occ-{key} {{ border: 1px solid palette(midlight); border-left: 4px solid {colour};"
            " border-radius: 3px; background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 4, 3)
        layout.setSpacing(1)
        when = QLabel(f"<b>{occ.start:%H:%M}\u2013{occ.end:%H:%M}</b>")
        self.title = QLabel(occ.title)
        self.title.setWordWrap(True)
        goal = QLabel(occ.goal_title)
        goal.setWordWrap(True)
        goal.setStyleSheet(f"color: {readable(PLAN_GOAL_NAME, self.palette()).name()}; font-size: 8pt;")
        goal.setToolTip(occ.goal_title)
        self.status = QLabel(
            f"<span style='color: {colour};'>{MARKS[state]} {localize(LABELS[state])}</span>"
        )
        self.status.setObjectName("status")
        tip = [
            occ.title,
            f"{date_text(occ.start, 'dddd dd MMMM')}, {occ.start:%H:%M}\u2013{occ.end:%H:%M}",
            self.tr("Goal: {goal}").format(goal=occ.goal_title),
        ]
        if occ.note:
            self.status.setText(self.status.text() + " ✎")
            tip.append(self.tr("Note: {note}").format(note=occ.note))
        self.setToolTip("\n".join(tip))
        for label in (when, self.title, goal, self.status):
            label.setSizePolicy(narrow_policy(label))
            layout.addWidget(label)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.done_button: QToolButton | None = None
        self.skip_button: QToolButton | None = None
        self.undo_button: QToolButton | None = None
        if occ.outcome is None:
            # Done ahead of time counts too: a post written early is a post written.
            done_tip = self.tr("Tick it done early") if state is State.UPCOMING else self.tr("Tick it done")
            self.done_button = self._button(self.tr("Done"), f"done-{key}", done_tip)
            buttons.addWidget(self.done_button)
            self.skip_button = self._button(
                self.tr("Skip"), f"skip-{key}", self.tr("Skip this time, with an optional note")
            )
            buttons.addWidget(self.skip_button)
        else:
            self.undo_button = self._button(self.tr("Undo"), f"undo-{key}", self.tr("Untick: back to open"))
            buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.button_row = buttons

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.occurrence.task_id)
        super().mousePressEvent(event)

    def _button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        return button


class CheckinCard(_Card):
    def __init__(self, checkin: CheckinDue, state: State, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        key = f"{checkin.goal_id}-{checkin.day.isoformat()}"
        self.setObjectName(f"checkin-{key}")
        self.checkin = checkin
        colour = readable(PLAN_COLOURS[state], self.palette()).name()
        self.setStyleSheet(
            f"QFrame#checkin-{key} {{ border: 1px dashed {colour}; border-radius: 3px;"
            " background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 4, 3)
        layout.setSpacing(1)
        head = QLabel(
            self.tr("{mark} <b>Check-in</b>").format(
                mark=f"<span style='color: {colour};'>{MARKS[state]}</span>"
            )
        )
        goal = QLabel(checkin.goal_title)
        goal.setWordWrap(True)
        goal.setStyleSheet("font-size: 8pt;")
        status = QLabel(f"<span style='color: {colour};'>{localize(LABELS[state])}</span>")
        for label in (head, goal, status):
            label.setSizePolicy(narrow_policy(label))
            layout.addWidget(label)
        self.log_button: QToolButton | None = None
        if not checkin.done:
            self.log_button = QToolButton()
            self.log_button.setText(self.tr("Log…"))
            self.log_button.setObjectName(f"log-{key}")
            self.log_button.setToolTip(self.tr("Log this period's figure"))
            layout.addWidget(self.log_button)
        self.setToolTip(
            self.tr("Check-in for “{goal}”, {day}").format(
                goal=checkin.goal_title, day=date_text(checkin.day, "dddd dd MMMM")
            )
        )


class DayColumn(QFrame):
    def __init__(self, day: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setObjectName(f"day-{day.isoformat()}")
        # Seven equal columns whatever their content.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)
        is_today = day == today
        background = "palette(alternate-base)" if is_today else "transparent"
        self.setStyleSheet(
            f"QFrame#day-{day.isoformat()} {{ background: {background}; border-radius: 4px; }}"
        )
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(3, 3, 3, 3)
        self.layout_.setSpacing(4)
        head = QLabel(
            self.tr("{weekday} <b>{day}</b> · today").format(weekday=date_text(day, "ddd"), day=day.day)
            if is_today
            else f"{date_text(day, 'ddd')} <b>{day.day}</b>"
        )
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if is_today:
            head.setStyleSheet("color: palette(highlight); font-weight: 600;")
        self.layout_.addWidget(head)

    def add(self, widget: QWidget) -> None:
        self.layout_.addWidget(widget)

    def finish(self, empty: bool) -> None:
        if empty:
            none = QLabel("—")
            none.setAlignment(Qt.AlignmentFlag.AlignCenter)
            none.setStyleSheet("color: palette(mid);")
            self.layout_.addWidget(none)
        self.layout_.addStretch(1)


class WeekView(QScrollArea):
    """Seven columns, Monday first; the cards are rebuilt on every refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards: list[OccurrenceCard] = []
        self.checkin_cards: list[CheckinCard] = []
        self.columns: list[DayColumn] = []

    def set_week(
        self, start: date, occurrences: Sequence[TaskOccurrence], checkins: Sequence[CheckinDue], today: date
    ) -> None:
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(3)
        self.cards, self.checkin_cards, self.columns = [], [], []
        for offset in range(7):
            day = start + timedelta(days=offset)
            column = DayColumn(day, today)
            day_checkins = [c for c in checkins if c.day == day]
            for checkin in day_checkins:
                card = CheckinCard(checkin, checkin_state(checkin, today))
                self.checkin_cards.append(card)
                column.add(card)
            day_occs = [o for o in occurrences if o.day == day]
            for occ in day_occs:
                occ_card = OccurrenceCard(occ, occurrence_state(occ, today))
                self.cards.append(occ_card)
                column.add(occ_card)
            column.finish(not day_occs and not day_checkins)
            self.columns.append(column)
            row.addWidget(column, 1)
        old = self.takeWidget()
        self.setWidget(body)
        if old is not None:
            old.deleteLater()
        self._fit_height()
        QTimer.singleShot(0, self, self._fit_height)  # again at the widths the layout gave

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def viewportEvent(self, event: QEvent) -> bool:
        # The vertical scroll bar coming or going narrows or widens the columns.
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_height)
        return super().viewportEvent(event)

    def _fit_height(self) -> None:
        """QScrollArea ignores height-for-width: size the body for wrapped card text."""
        body = self.widget()
        if body is None or not self.columns:
            return
        estimate = max(80, (self.viewport().width() - 4) // 7 - 3)
        needed = 0
        for column in self.columns:
            layout = column.layout()
            # The laid-out width once there is one: the estimate is a guess.
            width = column.width() if column.width() > 0 and body.isVisible() else estimate
            if layout is not None and layout.hasHeightForWidth():
                needed = max(needed, layout.totalHeightForWidth(width))
            else:
                needed = max(needed, column.sizeHint().height())
        body.setMinimumHeight(needed + 4)


class PlanView(QWidget):
    """The Plan tab. `changed` fires after every tick, skip, untick and task edit."""

    changed = Signal()
    checkinRequested = Signal(int)  # goal id: the window opens its check-in dialog

    def __init__(
        self,
        plan: PlanService,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
        notifier: Notifier | None = None,
        exporter: Exporter | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self._plan = plan
        self._today = today
        self._exporter = exporter
        self._settings = settings
        self.anchor = today()
        self._last_today = self.anchor
        self.mode = "week"
        self.reminders = ReminderController(plan, notifier or BannerNotifier(self), now=now, parent=self)
        self.reminders.timer.timeout.connect(self._on_tick)

        # -- navigation bar --
        self.prev_button = QPushButton("◀")
        self.prev_button.setObjectName("prevPeriod")
        self.prev_button.setToolTip(self.tr("Previous week (month)"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("todayButton")
        self.next_button = QPushButton("▶")
        self.next_button.setObjectName("nextPeriod")
        self.next_button.setToolTip(self.tr("Next week (month)"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period_label.setFont(font)  # a font, not a style sheet: it follows palette changes
        # Shrinks before the buttons do, so the bar fits an 800-pixel window.
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.period_label.setMinimumWidth(120)
        self.period_label.setWordWrap(True)  # two lines on a narrow window, never a cut year
        self.week_button = QPushButton(self.tr("Week"))
        self.month_button = QPushButton(self.tr("Month"))
        group = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            group.addButton(button)
        self.week_button.setChecked(True)
        self.add_button = QPushButton(self.tr("Add task…"))
        self.add_button.setObjectName("addTask")
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setObjectName("exportIcs")
        self.export_button.setToolTip(
            self.tr("Export plan to calendar (.ics): import it in Google, Outlook, Apple or Thunderbird")
        )
        if exporter is None:  # hide(), as setVisible(True) on an unparented widget opens a window
            self.export_button.hide()
        bar = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.period_label, 1)
        bar.addWidget(self.week_button)
        bar.addWidget(self.month_button)
        bar.addSpacing(8)
        bar.addWidget(self.add_button)
        bar.addWidget(self.export_button)

        # -- reminder banner (used when there is no tray) --
        self.banner = QFrame()
        self.banner.setObjectName("reminderBanner")
        self.banner.setStyleSheet(
            f"QFrame#reminderBanner {{ background: {BANNER_BACKGROUND}; border: 1px solid {BANNER_BORDER};"
            f" border-radius: 4px; }} QFrame#reminderBanner QLabel {{ color: {BANNER_TEXT}; }}"
        )
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        dismiss = QToolButton()
        dismiss.setText(self.tr("Dismiss"))
        dismiss.setObjectName("dismissBanner")
        dismiss.clicked.connect(self.hide_banner)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(8, 4, 4, 4)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(dismiss)
        self.banner.hide()

        # -- calendar --
        self.week = WeekView()
        self.month = MonthView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.week)
        self.stack.addWidget(self.month)

        # -- tasks and adherence --
        self.tasks = QTreeWidget()
        self.tasks.setObjectName("taskList")
        self.tasks.setRootIsDecorated(False)
        self.tasks.setAlternatingRowColors(True)
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks.setHeaderLabels(
            [
                self.tr("Task"),
                self.tr("When"),
                self.tr("Goal"),
                self.tr("Last 4 weeks"),
                self.tr("Last 12 weeks"),
                self.tr("Streak"),
            ]
        )
        self.tasks.headerItem().setToolTip(3, localize(EXPLAIN))
        self.tasks.headerItem().setToolTip(4, localize(EXPLAIN))
        header = self.tasks.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (1, 3, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tasks.itemDoubleClicked.connect(lambda _item, _col: self.edit_selected())
        self.tasks.itemSelectionChanged.connect(self._update_task_buttons)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editTask")
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("pauseTask")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteTask")
        task_bar = QHBoxLayout()
        tasks_title = QLabel(self.tr("<b>Tasks</b> and how much of each was done"))
        tasks_title.setToolTip(localize(EXPLAIN))
        task_bar.addWidget(tasks_title, 1)
        for button in (self.edit_button, self.pause_button, self.delete_button):
            task_bar.addWidget(button)
        tasks_box = QWidget()
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        tasks_layout.addLayout(task_bar)
        tasks_layout.addWidget(self.tasks)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("planSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(tasks_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.add_button.clicked.connect(self.add_task)
        self.export_button.clicked.connect(self.export_calendar)
        self.edit_button.clicked.connect(self.edit_selected)
        self.pause_button.clicked.connect(self.toggle_pause_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.month.daySelected.connect(self.open_week_of)
        self._task_records: dict[int, TaskRecord] = {}
        # Filled on first show (showEvent), not here: the Plan tab is not what the
        # first window shows, and expanding every rule cost start-up about 0.5 s.

    def sizeHint(self) -> QSize:
        return QSize(1000, 680)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the tab shows what changed elsewhere (a check-in logged on
        the dashboard, a task edited in the wizard) and follows midnight."""
        super().showEvent(event)
        self.follow_today()
        self.refresh()

    def follow_today(self) -> bool:
        """After midnight, move to the new day if the old one was on screen; True if the day changed."""
        today = self._today()
        if today == self._last_today:
            return False
        if self.period()[0] <= self._last_today <= self.period()[1]:
            self.anchor = today
        self._last_today = today
        return True

    def _on_tick(self) -> None:
        if self.follow_today():
            self.refresh()

    # -- navigation ----------------------------------------------------------
    def period(self) -> tuple[date, date]:
        if self.mode == "week":
            start = week_start(self.anchor)
            return start, start + timedelta(days=6)
        first = self.anchor.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)

    def step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            first = self.anchor.replace(day=1)
            self.anchor = (
                (first + timedelta(days=32)).replace(day=1)
                if direction > 0
                else (first - timedelta(days=1)).replace(day=1)
            )
        self._refresh_period()

    def go_today(self) -> None:
        self.anchor = self._today()
        self._refresh_period()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.week_button.setChecked(mode == "week")
        self.month_button.setChecked(mode == "month")
        self.stack.setCurrentWidget(self.week if mode == "week" else self.month)
        self._refresh_period()

    def open_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode("week")

    # -- showing -------------------------------------------------------------
    def refresh(self) -> None:
        if self._refresh_period():
            self._refresh_tasks()

    def _refresh_period(self) -> bool:
        """The calendar of the shown period; the task list below it does not depend on
        the period, so moving between weeks leaves it as it is. False if reading failed."""
        today = self._today()
        first, last = self.period()
        if self.mode == "week":
            self.period_label.setText(self.tr("Week of {period}").format(period=_period_text(first, last)))
            shown_first, shown_last = first, last
        else:
            self.period_label.setText(date_text(first, "MMMM yyyy"))
            shown_first = month_grid_start(first)
            shown_last = shown_first + timedelta(days=41)
        try:
            occs = self._plan.occurrences(shown_first, shown_last)
            checkins = self._plan.checkins(shown_first, shown_last)
        except StorageError as exc:
            dialogs.show_error(self, self.tr("Plan"), dialogs.error_text(exc))
            return False
        if self.mode == "week":
            self.week.set_week(first, occs, checkins, today)
            self._connect_cards()
        else:
            self.month.set_month(first, occs, checkins, today)
        return True

    def _connect_cards(self) -> None:
        for card in self.week.cards:
            occ = card.occurrence
            card.clicked.connect(self.select_task)
            if card.done_button is not None:
                card.done_button.clicked.connect(lambda _=False, o=occ: self.mark(o, TaskOutcome.DONE))
            if card.skip_button is not None:
                card.skip_button.clicked.connect(lambda _=False, o=occ: self.skip(o))
            if card.undo_button is not None:
                card.undo_button.clicked.connect(lambda _=False, o=occ: self.unmark(o))
        for checkin_card in self.week.checkin_cards:
            if checkin_card.log_button is not None:
                gid = checkin_card.checkin.goal_id
                checkin_card.log_button.clicked.connect(lambda _=False, g=gid: self.checkinRequested.emit(g))

    def _refresh_tasks(self) -> None:
        selected = self.selected_task_id()
        records = self._plan.tasks()
        self._task_records = {t.id: t for t in records}
        figures = self._plan.adherence_by_task(today=self._today(), tasks=records)
        self.tasks.clear()
        active = [t for t in records if not self._plan.is_finished(t)]
        ended = [t for t in records if t not in active]
        for task in active + ended:
            result = figures.get(task.id)
            when = localize(task.summary)
            if task.paused:
                when = self.tr("paused · {when}").format(when=when)
            elif task in ended:
                when = self.tr("ended · {when}").format(when=when)
            item = QTreeWidgetItem(
                [
                    task.title,
                    when,
                    task.goal_title,
                    share_text(result.last_4_weeks) if result else "—",
                    share_text(result.last_12_weeks) if result else "—",
                    str(result.streak) if result else "—",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, task.id)
            item.setToolTip(0, task.notes or task.title)
            item.setToolTip(2, task.goal_title)
            if task.paused or task in ended:
                for col in range(6):
                    item.setForeground(col, self.palette().placeholderText())
            self.tasks.addTopLevelItem(item)
            if task.id == selected:
                item.setSelected(True)
                self.tasks.setCurrentItem(item)
        self._update_task_buttons()

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tasks.topLevelItem(i) for i in range(self.tasks.topLevelItemCount()))
        return [item for item in items if item is not None]

    def task_row(self, task_id: int) -> list[str] | None:
        """The texts of a task's row in the list (tests and accessibility)."""
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == task_id:
                return [item.text(col) for col in range(self.tasks.columnCount())]
        return None

    def card(self, task_id: int, day: date) -> OccurrenceCard | None:
        return next(
            (c for c in self.week.cards if c.occurrence.task_id == task_id and c.occurrence.day == day), None
        )

    # -- ticking -------------------------------------------------------------
    def mark(self, occ: TaskOccurrence, outcome: TaskOutcome, note: str = "") -> None:
        try:
            self._plan.mark(occ.task_id, occ.day, outcome, note)
        except (ValidationError, StorageError, KeyError) as exc:
            dialogs.show_error(self, self.tr("Could not save"), _message(exc))
            return
        self._after_change()

    def skip(self, occ: TaskOccurrence) -> None:
        note = ask_skip_note(self, occ.title)
        if note is None:
            return
        self.mark(occ, TaskOutcome.SKIPPED, note)

    def unmark(self, occ: TaskOccurrence) -> None:
        try:
            self._plan.unmark(occ.task_id, occ.day)
        except StorageError as exc:
            dialogs.show_error(self, self.tr("Could not save"), dialogs.error_text(exc))
            return
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- tasks ---------------------------------------------------------------
    def selected_task_id(self) -> int | None:
        item = self.tasks.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(0, Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def select_task(self, task_id: int) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == task_id:
                self.tasks.setCurrentItem(item)
                item.setSelected(True)
                self.tasks.scrollToItem(item)

    def _update_task_buttons(self) -> None:
        task = self._task_records.get(self.selected_task_id() or -1)
        for button in (self.edit_button, self.pause_button, self.delete_button):
            button.setEnabled(task is not None)
        self.pause_button.setText(self.tr("Resume") if task is not None and task.paused else self.tr("Pause"))

    def add_task(self, goal_id: int | None = None) -> int | None:
        goals = self._plan.active_goals()
        if not goals:
            dialogs.show_info(
                self,
                self.tr("Add a task"),
                self.tr("Create a goal first: every task in the plan serves a goal."),
            )
            return None
        result = task_editor.edit_task(self, goals, None, self._today(), goal_id=goal_id)
        if result is None:
            return None
        try:
            task_id = self._plan.add_task(*result)
        except (ValidationError, StorageError) as exc:
            dialogs.show_error(self, self.tr("Could not add the task"), _message(exc))
            return None
        self._after_change()
        self.select_task(task_id)
        return task_id

    def edit_selected(self) -> None:
        task = self._task_records.get(self.selected_task_id() or -1)
        if task is None:
            return
        result = task_editor.edit_task(self, self._plan.active_goals(), task, self._today())
        if result is None:
            return
        goal_id, draft = result
        try:
            new_id = self._plan.update_task(task.id, draft, goal_id=goal_id)
        except (ValidationError, StorageError, KeyError) as exc:
            dialogs.show_error(self, self.tr("Could not save the task"), _message(exc))
            return
        self._after_change()
        self.select_task(new_id)

    def toggle_pause_selected(self) -> None:
        task = self._task_records.get(self.selected_task_id() or -1)
        if task is None:
            return
        self._plan.set_paused(task.id, not task.paused)
        self._after_change()
        self.select_task(task.id)

    def delete_selected(self) -> None:
        task = self._task_records.get(self.selected_task_id() or -1)
        if task is None:
            return
        if not dialogs.ask_yes_no(
            self,
            self.tr("Delete task"),
            self.tr(
                "Delete “{title}” and everything ticked for it?\n\n"
                "To stop it for a while and keep its history, choose Pause instead."
            ).format(title=task.title),
        ):
            return
        self._plan.delete_task(task.id)
        self._after_change()

    # -- export and reminders ------------------------------------------------
    def export_calendar(self, path: Path | None = None) -> ExportResult | None:
        """ "Export plan to calendar (.ics)": asks where unless `path` is given."""
        if self._exporter is None:
            return None
        target = path or choose_ics_path(self, Path.home() / "smartgoals-plan.ics")
        if target is None:
            return None
        try:
            result = self._exporter(target)
        except (ExportError, StorageError) as exc:
            dialogs.show_error(self, self.tr("Export plan to calendar"), dialogs.error_text(exc))
            return None
        message = self.tr(
            "Saved {tasks} and the check-ins of {goals} to {path} "
            "(times in {zone}).\n\nImport the file in your calendar; importing it again later "
            "updates the same events instead of adding copies."
        ).format(
            tasks=self.tr("1 task") if result.tasks == 1 else self.tr("{n} tasks").format(n=result.tasks),
            goals=self.tr("1 goal") if result.goals == 1 else self.tr("{n} goals").format(n=result.goals),
            path=result.path,
            zone=result.zone,
        )
        if result.left_out:
            message += "\n\n" + localize(left_out_message(result.left_out))
        dialogs.show_info(self, self.tr("Export plan to calendar"), message)
        return result

    @property
    def can_export(self) -> bool:
        return self._exporter is not None

    def set_notifier(self, notifier: Notifier) -> None:
        self.reminders.notifier = notifier

    def start_reminders(self) -> None:
        self.reminders.start()

    def show_banner(self, title: str, message: str) -> None:
        lines = [line for line in self.banner_label.text().split("<br>") if line][-2:]
        lines.append(f"<b>{_escape(title)}</b> · {_escape(message)}")
        self.banner_label.setText("<br>".join(lines))
        self.banner.show()

    def hide_banner(self) -> None:
        self.banner_label.clear()
        self.banner.hide()


def export_plan_action(view: PlanView, parent: QObject) -> QAction:
    """ "Export plan to calendar (.ics)…" for the main window's menu or toolbar."""
    action = QAction(QCoreApplication.translate("PlanView", "Export plan to &calendar (.ics)…"), parent)
    action.setObjectName("exportPlanAction")
    action.setToolTip(
        QCoreApplication.translate(
            "PlanView",
            "Write the plan's tasks and check-ins to a calendar file; importing it again updates them",
        )
    )
    action.setEnabled(view.can_export)
    action.triggered.connect(lambda _checked=False: view.export_calendar())
    return action


class BannerNotifier:
    """Reminders as a banner at the top of the Plan tab (no system tray)."""

    def __init__(self, view: PlanView) -> None:
        self._view = view

    def notify(self, title: str, message: str) -> None:
        self._view.show_banner(title, message)


def _escape(text: str) -> str:
    return html.escape(text)


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return task_editor.errors_text(exc.errors)
    if isinstance(exc, KeyError):
        return QCoreApplication.translate("PlanView", "That task was deleted meanwhile.")
    return dialogs.error_text(exc)
