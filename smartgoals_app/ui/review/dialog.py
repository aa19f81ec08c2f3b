"""The review of one goal: where it ended (ReviewSummary), then what the user makes of
it: the outcome (suggested from the figures), what worked, what did not, and the next
step: repeat, raise or close. The change runs through Operations, as every change does.

Repeat creates the new goal right here, from the targets shown (suggested from the
trend, editable), rather than in the wizard: the review has just answered what the
wizard would ask again, and the new goal can still be edited in the wizard afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.dates import format_date, parse_date
from smartgoals_app.domain.review import NextStep, NextTargets, Outcome, ReviewEntry
from smartgoals_app.domain.validation import parse_number
from smartgoals_app.services.reviews import ReviewService, ReviewSheet
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.date_edit import DateEdit
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Change, OnConflict, Operations
from smartgoals_app.ui.review.summary import ReviewSummary
from smartgoals_app.ui.screen_fit import preferred_size
from smartgoals_app.ui.theme import ERROR_TEXT

PREFERRED_SIZE = (760, 720)


def _notes_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit


class ReviewDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        reviews: ReviewService,
        ops: Operations,
        goal_id: int,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self._reviews = reviews
        self._ops = ops
        self.sheet: ReviewSheet = reviews.sheet(goal_id)
        self.new_goal_id: int | None = None  # the repeat, once saved

        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary = ReviewSummary(self.sheet)

        # -- what the user makes of it ---------------------------------------
        self.outcome = QComboBox()
        self.outcome.setObjectName("review.outcome")
        for outcome in Outcome:
            self.outcome.addItem(localize(outcome.label), outcome.value)
        self.outcome_hint = QLabel()
        self.outcome_hint.setWordWrap(True)
        self.outcome_hint.setEnabled(False)
        self.worked = _notes_edit("review.what_worked")
        self.worked.setPlaceholderText(self.tr("optional: the actions worth keeping"))
        self.did_not = _notes_edit("review.what_did_not")
        self.did_not.setPlaceholderText(self.tr("optional: the actions to change or drop"))

        self.steps = QGroupBox(self.tr("Next step"))
        self.steps.setObjectName("reviewNextStep")
        steps_layout = QVBoxLayout(self.steps)
        self.step_group = QButtonGroup(self)
        self.step_buttons: dict[NextStep, QRadioButton] = {}
        for step, text in (
            (NextStep.REPEAT, self.tr("Re&peat: a new goal that starts from the final figure")),
            (NextStep.RAISE, self.tr("R&aise: new targets for this goal")),
            (NextStep.CLOSE, self.tr("C&lose: archive this goal with its outcome")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"reviewStep {step.value}")
            self.step_group.addButton(button)
            steps_layout.addWidget(button)
            self.step_buttons[step] = button
        self.step_group.buttonToggled.connect(self._step_changed)

        self.targets = QGroupBox(self.tr("Targets for what comes next"))
        self.targets.setObjectName("reviewTargets")
        self.benchmark = QLineEdit()
        self.benchmark.setObjectName("review.benchmark")
        self.stretch = QLineEdit()
        self.stretch.setObjectName("review.stretch")
        self.deadline = DateEdit()
        self.deadline.setObjectName("review.deadline")
        self.targets_hint = QLabel()
        self.targets_hint.setWordWrap(True)
        self.targets_hint.setEnabled(False)
        self.target_error = QLabel()
        self.target_error.setObjectName("reviewTargetError")
        self.target_error.setWordWrap(True)
        self.target_error.setStyleSheet(f"color: {ERROR_TEXT};")
        self.target_error.setVisible(False)
        self.benchmark_label = QLabel()
        self.benchmark_label.setBuddy(self.benchmark)
        self.stretch_label = QLabel()
        self.stretch_label.setBuddy(self.stretch)
        targets_form = QFormLayout(self.targets)
        targets_form.addRow(self.targets_hint)
        targets_form.addRow(self.benchmark_label, self.benchmark)
        targets_form.addRow(self.stretch_label, self.stretch)
        targets_form.addRow(self.tr("&Deadline:"), self.deadline)
        targets_form.addRow(self.target_error)
        self.targets.setEnabled(False)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow("", self.outcome_hint)
        form.addRow(self.tr("What &worked:"), self.worked)
        form.addRow(self.tr("What did &not work:"), self.did_not)

        content = QWidget()
        self._content_layout = QVBoxLayout(content)
        self._content_layout.addWidget(self.heading)
        self._content_layout.addWidget(self.summary)
        self._content_layout.addLayout(form)
        self._content_layout.addWidget(self.steps)
        self._content_layout.addWidget(self.targets)
        self._content_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("reviewScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(content)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Save review"))
        self.save_button.setObjectName("reviewSave")
        self.save_button.setEnabled(False)  # until a next step is chosen
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        self._fill(self.sheet)
        self.setMinimumSize(420, 320)
        self.resize(preferred_size(self, *PREFERRED_SIZE))
        self.outcome.setFocus()

    def _fill(self, sheet: ReviewSheet) -> None:
        """Everything drawn from the goal as read: its figures, the suggested outcome and
        the suggested targets. What the person wrote (the notes) and the step chosen stay."""
        self.sheet = sheet
        self.setWindowTitle(self.tr("Review: {title}").format(title=sheet.title))
        self.heading.setText(sheet.title)
        suggested = sheet.figures.outcome if sheet.figures is not None else Outcome.MISSED
        self.outcome.setCurrentIndex(self.outcome.findData(suggested.value))
        self.outcome_hint.setText(
            self.tr("Suggested from the final figure: {outcome}").format(outcome=localize(suggested.label))
        )
        suggestion = sheet.suggestion
        self.benchmark.setText(fmt.number(round(suggestion.benchmark, 1)) if suggestion else "")
        self.stretch.setText(fmt.number(round(suggestion.stretch, 1)) if suggestion else "")
        self.deadline.setText(format_date(suggestion.deadline) if suggestion else "")
        self.targets_hint.setText(
            self.tr(
                "Suggested from the trend at the end, starting from the final figure {final}; "
                "change them freely."
            ).format(final=fmt.number(suggestion.baseline, sheet.unit))
            if suggestion is not None
            else ""
        )
        self.benchmark_label.setText(self.tr("&Benchmark ({unit}):").format(unit=sheet.unit))
        self.stretch_label.setText(self.tr("&Stretch ({unit}):").format(unit=sheet.unit))
        self.target_error.setVisible(False)
        for widget in (self.outcome, self.worked, self.did_not, self.steps):
            widget.setEnabled(sheet.figures is not None)
        self._step_changed()

    def reload(self) -> None:
        """Reload theirs: the review drawn again from the goal as stored now, still open
        for the person to decide (closed only when the goal is gone, as said then)."""
        goal_id = self.sheet.goal_id
        read = self._ops.run(
            self, lambda: self._reviews.sheet(goal_id), Change.NONE, title=self.tr("The review was not saved")
        )
        if read is None:
            self.reject()
            return
        old, self.summary = self.summary, ReviewSummary(read.value)
        self._content_layout.replaceWidget(old, self.summary)
        # At once: the old one is deleted only when the event loop comes round, and the
        # layout would show the new one only then too.
        old.hide()
        old.deleteLater()
        self.summary.show()
        self._fill(read.value)

    # -- the next step -------------------------------------------------------
    def chosen_step(self) -> NextStep | None:
        return next((step for step, button in self.step_buttons.items() if button.isChecked()), None)

    def _step_changed(self, *_args: object) -> None:
        step = self.chosen_step()
        self.targets.setEnabled(step in (NextStep.REPEAT, NextStep.RAISE))
        self.save_button.setEnabled(step is not None and self.sheet.figures is not None)
        self.target_error.setVisible(False)

    def _typed_targets(self) -> tuple[float, float, date] | None:
        """The three typed targets, or None with the reason shown under them."""
        problems = []
        benchmark = parse_number(self.benchmark.text())
        stretch = parse_number(self.stretch.text())
        deadline = parse_date(self.deadline.text())
        for name, parsed in (
            (self.tr("Benchmark"), benchmark),
            (self.tr("Stretch"), stretch),
            (self.tr("Deadline"), deadline),
        ):
            if parsed.error:
                problems.append(
                    self.tr("{field}: {message}").format(field=name, message=localize(parsed.error))
                )
        self.target_error.setText("\n".join(problems))
        self.target_error.setVisible(bool(problems))
        if problems or benchmark.value is None or stretch.value is None or deadline.value is None:
            self.scroll_area.ensureWidgetVisible(self.target_error)
            return None
        return benchmark.value, stretch.value, deadline.value

    def accept(self) -> None:
        step = self.chosen_step()
        figures, suggestion = self.sheet.figures, self.sheet.suggestion
        if step is None or figures is None or suggestion is None:
            return
        entry = ReviewEntry(
            Outcome(self.outcome.currentData()), self.worked.toPlainText(), self.did_not.toPlainText()
        )
        goal_id = self.sheet.goal_id
        save: Callable[[int], int | None]  # against the goal's version shown, or theirs
        if step is NextStep.CLOSE:

            def save(version: int) -> int | None:
                self._reviews.close(goal_id, entry, seen_version=version)
                return None

        else:
            typed = self._typed_targets()
            if typed is None:
                return
            benchmark, stretch, deadline = typed
            if step is NextStep.REPEAT:
                targets = NextTargets(suggestion.baseline, suggestion.start, deadline, benchmark, stretch)

                def save(version: int) -> int | None:
                    return self._reviews.repeat(goal_id, entry, targets, seen_version=version)

            else:

                def save(version: int) -> int | None:
                    self._reviews.raise_targets(
                        goal_id,
                        entry,
                        benchmark=benchmark,
                        stretch=stretch,
                        deadline=deadline,
                        seen_version=version,
                    )
                    return None

        done = self._ops.run(
            self,
            lambda: save(self.sheet.version),
            Change.REVIEWS | Change.GOALS,
            title=self.tr("The review was not saved"),
            on_conflict=OnConflict(lambda theirs: save(theirs.version), self.reload),
        )
        if done is None:
            return
        self.new_goal_id = done.value
        super().accept()
