"""Log (or correct) a check-in: date, value and note, checked as the user types.

The dialog does not know the services: it runs `submit` through the operation path,
which saves (and announces the new figure) or refuses; a refusal of the domain's rules
is shown next to the field at fault, any other failure as one message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.dates import DATE_HINT, format_date, parse_date
from smartgoals_app.domain.validation import ConflictError, ValidationError, check_measured_on, parse_number
from smartgoals_app.ui import formatting as fmt

# The wizard's typed date field (Up/Down step a day), so both read dates alike.
from smartgoals_app.ui.date_edit import DateEdit
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Change, OnConflict, Operations
from smartgoals_app.ui.theme import ERROR_TEXT

Submit = Callable[[int, date, float, str], None]
# A correction: (day, value, note, the version of the check-in the dialog shows).
Correct = Callable[[date, float, str, int | None], None]


@dataclass(frozen=True)
class GoalChoice:
    id: int
    title: str
    unit: str


@dataclass(frozen=True)
class Initial:
    day: date
    value: float
    note: str
    version: int | None = None  # of the stored check-in: a correction saves against it


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_TEXT};")
    label.setVisible(False)
    return label


class CheckInDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        goals: Sequence[GoalChoice],
        goal_id: int | None,
        today: date,
        submit: Submit | None = None,
        ops: Operations,
        initial: Initial | None = None,
        correct: Correct | None = None,
        reread: Callable[[], Initial] | None = None,
    ) -> None:
        """Logs a check-in through ``submit``; or, given ``initial``, corrects one
        through ``correct`` against the version it shows, and on a conflict answered
        "Reload theirs" shows what ``reread`` reads."""
        super().__init__(parent)
        self.setObjectName("checkinDialog")
        self._submit = submit
        self._correct = correct
        self._reread = reread
        self.version = initial.version if initial else None
        self._ops = ops
        self._today = today
        self.saved_goal_id: int | None = None  # set once submit succeeded
        self._goals = list(goals)
        editing = initial is not None
        self.setWindowTitle(self.tr("Correct a check-in") if editing else self.tr("Log a check-in"))

        self.goal = QComboBox()
        self.goal.setObjectName("checkinGoal")
        for choice in self._goals:
            self.goal.addItem(choice.title, choice.id)
        if goal_id is not None:
            self.goal.setCurrentIndex(max(self.goal.findData(goal_id), 0))
        self.goal.setEnabled(not editing)  # a correction stays with its goal
        self.goal.currentIndexChanged.connect(self._update_unit)

        # Typed, as in the wizard: "2026-11-15" or "15 Nov 2026"; Up and Down step a day.
        self.day = DateEdit()
        self.day.setObjectName("measurement.measured_on")
        self.day.setToolTip(
            self.tr(
                "Type the day you read the figure ({hint} or 15 Nov 2026); Up and Down step a day"
            ).format(hint=localize(DATE_HINT))
        )
        self.day.setText(format_date(initial.day if initial else today))
        self.day.textChanged.connect(self._check)

        self.value = QLineEdit(fmt.number(initial.value) if initial else "")
        self.value.setObjectName("measurement.value")
        self.value.setPlaceholderText(self.tr("for example 120"))
        self.value.textChanged.connect(self._check)
        self.unit = QLabel()
        self.note = QLineEdit(initial.note if initial else "")
        self.note.setObjectName("measurement.note")
        self.note.setPlaceholderText(self.tr("optional: what happened this period"))

        self.errors = {
            "measurement.measured_on": _error_label("dayError"),
            "measurement.value": _error_label("valueError"),
            "measurement.note": _error_label("noteError"),
            "measurement.goal_id": _error_label("goalError"),
        }

        form = QFormLayout()
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow("", self.errors["measurement.goal_id"])
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow("", self.errors["measurement.measured_on"])
        form.addRow(self.tr("&Value:"), self.value)
        form.addRow("", self.unit)
        form.addRow("", self.errors["measurement.value"])
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.errors["measurement.note"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if editing else self.tr("Log check-in"))
        ok.setObjectName("checkinOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._update_unit()
        self._check()
        self.value.setFocus()

    def _update_unit(self) -> None:
        index = self.goal.currentIndex()
        unit = self._goals[index].unit if 0 <= index < len(self._goals) else ""
        self.unit.setText(self.tr("in {unit}").format(unit=unit) if unit else "")
        self.unit.setVisible(bool(unit))

    def _show(self, key: str, message: str | None) -> None:
        label = self.errors[key]
        label.setText(message or "")
        label.setVisible(bool(message))
        self._fit_height()

    def _fit_height(self) -> None:
        """A wrapped message needs more height at this width; a window does not grow by
        itself for that (Qt sizes top-level windows without height-for-width)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def _check_day(self) -> date | None:
        parsed = parse_date(self.day.text())
        error = localize(parsed.error) if parsed.error else parsed.error
        if parsed.value is not None and (future := check_measured_on(parsed.value, self._today)):
            error = localize(future)
        self._show("measurement.measured_on", error)
        return None if error else parsed.value

    def _check_value(self) -> float | None:
        text = self.value.text()
        parsed = parse_number(text)
        # No scolding before anything is typed; the OK button stays off instead.
        self._show("measurement.value", localize(parsed.error) if parsed.error and text.strip() else None)
        return parsed.value

    def _check(self) -> tuple[date | None, float | None]:
        day, value = self._check_day(), self._check_value()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            day is not None and value is not None
        )
        return day, value

    def accept(self) -> None:
        day, value = self._check()
        goal_id = self.goal.currentData()
        if day is None or value is None or goal_id is None:
            return
        for key in self.errors:
            self._show(key, None)
        chosen = int(goal_id)
        note = self.note.text()
        correct, submit = self._correct, self._submit
        if correct is not None:

            def overwrite(theirs: ConflictError) -> None:
                correct(day, value, note, theirs.version)

            saved = self._ops.run(
                self,
                lambda: correct(day, value, note, self.version),
                Change.MEASUREMENTS,
                title=self.tr("The check-in was not saved"),
                on_invalid=self._show_refusal,
                on_conflict=OnConflict(overwrite, self._reload),
            )
        else:
            assert submit is not None
            saved = self._ops.run(
                self,
                lambda: submit(chosen, day, value, note),
                Change.MEASUREMENTS,
                title=self.tr("The check-in was not saved"),
                on_invalid=self._show_refusal,
            )
        if saved is None:
            return
        self.saved_goal_id = chosen
        super().accept()

    def _reload(self) -> None:
        """Theirs: the stored check-in in the fields, and its version to save against."""
        reread = self._reread
        if reread is None:
            return
        read = self._ops.run(self, reread, Change.NONE, title=self.tr("The check-in was not saved"))
        if read is None:
            self.reject()  # deleted meanwhile (said): nothing left to correct
            return
        stored = read.value
        self.day.setText(format_date(stored.day))
        self.value.setText(fmt.number(stored.value))
        self.note.setText(stored.note)
        self.version = stored.version

    def _show_refusal(self, exc: ValidationError) -> None:
        for key, message in exc.errors.items():
            self._show(key if key in self.errors else "measurement.value", localize(message))
