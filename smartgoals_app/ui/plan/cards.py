"""The cards of the week view: one task occurrence, or one check-in, on its day."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.services.plan import CheckinDue
from smartgoals_app.services.records import TaskOccurrence
from smartgoals_app.ui.formatting import date_text
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.plan.items import LABELS, MARKS, State
from smartgoals_app.ui.theme import PLAN_COLOURS, PLAN_GOAL_NAME, readable


def narrow_policy(label: QLabel) -> QSizePolicy:
    """Any width, and for wrapped text the height that width needs: a new size policy
    drops the height-for-width flag QLabel sets for word wrap, and without it the card's
    layout gave wrapped lines their one-line height, so they overlapped."""
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(label.wordWrap())
    return policy


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
        self.state = state
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
        self.status = QLabel(f"<span style='color: {colour};'>{localize(LABELS[state])}</span>")
        for label in (head, goal, self.status):
            label.setSizePolicy(narrow_policy(label))
            layout.addWidget(label)
        self.log_button: QToolButton | None = None
        if not checkin.done and state is not State.CHECKIN_UPCOMING:  # no figure for a day to come
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
