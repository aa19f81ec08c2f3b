"""Add or edit one task of the plan, outside the wizard.

The repeat is chosen in words on the RepeatForm the wizard's plan page uses too, and
read back as a sentence while the user edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.schedule import (
    FIRST_YEAR,
    LAST_YEAR,
    WEEKDAYS,
    RuleError,
    parse_rule,
    rule_until,
    summary,
)
from smartgoals_app.domain.validation import MAX_TASK_MINUTES, MIN_TASK_MINUTES, validate_task
from smartgoals_app.services.records import TaskRecord
from smartgoals_app.ui.date_edit import CalendarDateEdit
from smartgoals_app.ui.dialogs import error_text
from smartgoals_app.ui.formatting import DAY_PATTERN, day_pattern
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.plan.repeat_form import RepeatForm
from smartgoals_app.ui.theme import text_colour


def errors_text(errors: dict[str, str]) -> str:
    """Validation messages (Text from the domain, or words of this dialog) in one line."""
    return " ".join(localize(message) for message in errors.values())


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TaskEditor(QDialog):
    def __init__(
        self,
        goals: Sequence[tuple[int, str]],
        task: TaskRecord | None,
        today: date,
        *,
        goal_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskEditor")
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("Add a task to the plan"))
        self._paused = task.paused if task else False
        form = QFormLayout()

        self.goal = QComboBox()
        for gid, title in goals:
            self.goal.addItem(title, gid)
        wanted = task.goal_id if task else goal_id
        if wanted is not None and (index := self.goal.findData(wanted)) >= 0:
            self.goal.setCurrentIndex(index)
        _row(form, self.tr("&Goal"), self.goal)

        self.title = QLineEdit(task.title if task else "")
        self.title.setPlaceholderText(self.tr("Join the industry Twitter chat"))
        _row(form, self.tr("&Task"), self.title)

        self.repeat_form = RepeatForm()
        self.repeat = self.repeat_form.repeat
        # The form's parts by their old names (tests and the code below read them).
        self.interval = self.repeat_form.interval
        self.interval_unit = self.repeat_form.interval_unit
        self.day_boxes = self.repeat_form.day_boxes
        self.monthday = self.repeat_form.monthday
        self.nth = self.repeat_form.nth
        self.nth_day = self.repeat_form.nth_day
        self.custom = self.repeat_form.custom
        _row(form, self.tr("&Repeat"), self.repeat)
        form.addRow("", self.repeat_form)

        self.start_date = CalendarDateEdit(_qdate(task.start_date if task else today))
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(day_pattern(DAY_PATTERN, self.start_date.locale()))
        _row(form, self.tr("St&arts"), self.start_date)
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        at = task.start_time if task else time(9)
        self.start_time.setTime(QTime(at.hour, at.minute))
        self.duration = QSpinBox()
        self.duration.setRange(MIN_TASK_MINUTES, MAX_TASK_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(task.duration_minutes if task else 30)
        self.duration.setAccessibleName(self.tr("Duration"))
        when = QHBoxLayout()
        when.addWidget(self.start_time)
        when.addWidget(QLabel(self.tr("for")))
        when.addWidget(self.duration)
        when.addStretch(1)
        _row(form, self.tr("T&ime"), self.start_time, when)
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.end_date = CalendarDateEdit(_qdate(today))
        # The years a repeat rule's end may name; the field cannot go past them.
        self.end_date.setDateRange(_qdate(date(FIRST_YEAR, 1, 1)), _qdate(date(LAST_YEAR, 12, 31)))
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat(day_pattern(DAY_PATTERN, self.end_date.locale()))
        self.end_date.setAccessibleName(self.tr("End date"))
        ends = QHBoxLayout()
        ends.addWidget(self.has_end)
        ends.addWidget(self.end_date)
        ends.addStretch(1)
        _row(form, self.tr("&Ends"), self.has_end, ends)
        self.notes = QPlainTextEdit(task.notes if task else "")
        self.notes.setPlaceholderText(self.tr("How to do it well, links, who to meet…"))
        self.notes.setMaximumHeight(70)
        _row(form, self.tr("&Notes"), self.notes)

        self.summary = QLabel()
        self.summary.setObjectName("ruleSummary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("taskError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {text_colour(self.palette(), 'error')};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._load_rule(
            task.rrule if task else f"FREQ=WEEKLY;BYDAY={WEEKDAYS[today.weekday()]}",
            task.start_date if task else today,
        )
        for signal in (
            self.repeat_form.changed,
            self.start_time.timeChanged,
            self.duration.valueChanged,
            self.has_end.toggled,
            self.end_date.dateChanged,
            self.title.textChanged,
        ):
            signal.connect(self._update)
        self._update()

    # -- rule <-> form -------------------------------------------------------
    def _load_rule(self, rule: str, start: date) -> None:
        self.repeat_form.load(rule, start)
        try:
            until = rule_until(parse_rule(rule))
        except RuleError:
            until = None
        if until is not None:
            self.has_end.setChecked(True)
            self.end_date.setDate(_qdate(until.date()))

    def rule(self) -> str:
        """The RRULE value the form describes; raises RuleError with a plain message."""
        until = _pydate(self.end_date.date()) if self.has_end.isChecked() else None
        return self.repeat_form.rule(until)

    def draft(self) -> TaskDraft:
        at = self.start_time.time()
        return TaskDraft(
            title=self.title.text(),
            rrule=self.rule(),
            start_date=_pydate(self.start_date.date()),
            start_time=time(at.hour(), at.minute()),
            duration_minutes=self.duration.value(),
            notes=self.notes.toPlainText(),
            paused=self._paused,
        )

    def goal_id(self) -> int | None:
        value = self.goal.currentData()
        return int(value) if value is not None else None

    def _update(self) -> None:
        self.end_date.setEnabled(self.has_end.isChecked())
        self.error.clear()
        try:
            draft = self.draft()
        except RuleError as exc:
            self.summary.setText("")
            self.error.setText(error_text(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        described = summary(
            draft.rrule,
            start_time=draft.start_time,
            duration_minutes=draft.duration_minutes,
            start_date=draft.start_date,
        )
        self.summary.setText("<b>" + localize(described) + "</b>")
        errors = validate_task(draft)
        if self.goal_id() is None:
            errors["task.goal"] = self.tr("Create a goal first: every task serves one.")
        if errors and self.title.text().strip():
            self.error.setText(errors_text(errors))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not errors)


def edit_task(
    parent: QWidget | None,
    goals: Sequence[tuple[int, str]],
    task: TaskRecord | None,
    today: date,
    *,
    goal_id: int | None = None,
) -> tuple[int, TaskDraft] | None:
    """Run the editor modally; (goal id, draft) when saved, None when cancelled.

    DialogPrompts.edit_task shows it; tests hand in prompts that answer instead.
    """
    dialog = TaskEditor(goals, task, today, goal_id=goal_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.goal_id()
        return None if chosen is None else (chosen, dialog.draft())
    finally:
        dialog.deleteLater()


def _row(form: QFormLayout, text: str, field: QWidget, row: QLayout | None = None) -> None:
    """A labelled row whose Alt+letter goes to ``field`` (the row's first control), and
    which a screen reader announces by the label's words."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(text.replace("&", ""))
    form.addRow(label, row if row is not None else field)
