"""Page 7: the plan: recurring tasks on the calendar,
the check-in cadence, and the budget and hours the goal is given."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from smartgoals_app.domain.dates import format_time, parse_time
from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.enums import Cadence
from smartgoals_app.domain.schedule import WEEKDAYS, RuleError, build_rule, summary
from smartgoals_app.domain.templates import first_business_day, fit_to_business_hours, suggested_tasks
from smartgoals_app.domain.validation import (
    MAX_TASK_MINUTES,
    Errors,
    parse_number,
    task_errors,
    validate_has_task,
    validate_plan,
)
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.plan.repeat_form import CUSTOM, RepeatForm
from smartgoals_app.ui.wizard.common import (
    DraftPage,
    WizardContext,
    number_text,
    wrap_label,
)

TASK_KEYS = ("task.title", "task.rrule", "task.start_time", "task.duration_minutes")


def subtitle(suggested: int) -> str:
    """The page's subtitle, counting the tasks suggested (none when the plan is the user's)."""
    if suggested <= 0:
        return QCoreApplication.translate("PlanPage", "Break the goal into recurring work on your calendar.")
    if suggested == 1:
        return QCoreApplication.translate(
            "PlanPage", "Break the goal into recurring work on your calendar; one task is suggested to start."
        )
    counts = (
        QCoreApplication.translate("PlanPage", "two"),
        QCoreApplication.translate("PlanPage", "three"),
        QCoreApplication.translate("PlanPage", "four"),
        QCoreApplication.translate("PlanPage", "five"),
        QCoreApplication.translate("PlanPage", "six"),
    )
    count = counts[suggested - 2] if suggested - 2 < len(counts) else str(suggested)
    return QCoreApplication.translate(
        "PlanPage",
        "Break the goal into recurring work on your calendar; {count} tasks are suggested to start.",
    ).format(count=count)


class PlanPage(DraftPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("PlanPage", "A plan of scheduled tasks"),
            subtitle(0),
        )
        form = self.new_form()
        self.task_list = QListWidget()
        self.task_list.setMaximumHeight(110)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(QCoreApplication.translate("PlanPage", "&Add a task"))
        self.add_button.setObjectName("wizard.add_task")
        self.remove_button = QPushButton(QCoreApplication.translate("PlanPage", "&Remove this task"))
        self.remove_button.setObjectName("wizard.remove_task")
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.add_field(
            form, QCoreApplication.translate("PlanPage", "Ta&sks"), self.task_list, "task.id", extra=buttons
        )

        self.task_title = QLineEdit()
        self.add_field(
            form, QCoreApplication.translate("PlanPage", "Task t&itle"), self.task_title, "task.title"
        )
        # The same form as the Plan tab's task editor: a task is planned one way.
        self.repeat_form = RepeatForm(name="task.rrule")
        self.repeat_combo = self.repeat_form.repeat
        self.add_field(
            form,
            QCoreApplication.translate("PlanPage", "Re&peats"),
            self.repeat_combo,
            "task.rrule",
            extra=self.repeat_form,
        )
        self.start_time = QLineEdit()
        self.start_time.setPlaceholderText(QCoreApplication.translate("PlanPage", "for example 09:00"))
        self.add_field(
            form, QCoreApplication.translate("PlanPage", "Starts a&t"), self.start_time, "task.start_time"
        )
        self.duration = QLineEdit()
        self.task_summary = wrap_label(name="taskSummary")
        self.add_field(
            form,
            QCoreApplication.translate("PlanPage", "&Length in minutes"),
            self.duration,
            "task.duration_minutes",
            hint=self.task_summary,
        )

        self.cadence = QComboBox()
        for cadence in Cadence:
            self.cadence.addItem(localize(cadence.label), cadence.value)
        self.add_field(
            form,
            QCoreApplication.translate("PlanPage", "Check-in &cadence"),
            self.cadence,
            "goal.cadence",
            hint=QCoreApplication.translate(
                "PlanPage", "How often you read the figure again, to adjust the plan on the way."
            ),
        )
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(QCoreApplication.translate("PlanPage", "optional"))
        self.add_field(
            form,
            _budget_label(QLocale().currencySymbol()),
            self.budget,
            "goal.budget_per_month",
        )
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(QCoreApplication.translate("PlanPage", "optional"))
        self.add_field(
            form,
            QCoreApplication.translate("PlanPage", "&Hours per week"),
            self.hours,
            "goal.hours_per_week",
            hint=QCoreApplication.translate("PlanPage", "The tools may be free; the time and money are not."),
        )
        self.finish_layout()

        self.task_list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.bind_line(self.task_title, self._set_title)
        self.repeat_form.changed.connect(self._rule_changed)
        self.bind_line(self.start_time, self._set_start_time)
        self.bind_line(self.duration, self._set_duration)
        self.cadence.currentIndexChanged.connect(self._cadence_changed)
        self.bind_line(self.budget, lambda text: self._set_optional("budget_per_month", text, None))
        self.bind_line(self.hours, lambda text: self._set_optional("hours_per_week", text, None))

    # -- loading -----------------------------------------------------------------
    def load(self) -> None:
        draft = self.draft
        if not draft.tasks:
            # Moved onto the strategy's business days and hours when it has them.
            draft.tasks = suggested_tasks(draft.strategy.template, draft.strategy)
            for task in draft.tasks:
                # The template's words become the user's own task titles, in their language.
                task.title = localize(task.title)
            self.setSubTitle(subtitle(len(draft.tasks)))
        self.cadence.setCurrentIndex(self.cadence.findData(draft.cadence.value))
        self.budget.setText(number_text(draft.budget_per_month))
        self.hours.setText(number_text(draft.hours_per_week))
        self._fill_list()
        self.task_list.setCurrentRow(0)
        self._show_task()

    def _current(self) -> TaskDraft | None:
        row = self.task_list.currentRow()
        return self.draft.tasks[row] if 0 <= row < len(self.draft.tasks) else None

    def _line(self, task: TaskDraft, when: str | None = None) -> str:
        try:
            when = when or localize(
                summary(task.rrule, start_time=task.start_time, duration_minutes=task.duration_minutes)
            )
        except RuleError:
            when = QCoreApplication.translate("PlanPage", "repeat not set")
        title = task.title.strip() or QCoreApplication.translate("PlanPage", "(no title yet)")
        return QCoreApplication.translate("PlanPage", "{title}: {when}").format(title=title, when=when)

    def _fill_list(self) -> None:
        was_loading, self._loading = self._loading, True
        try:
            row = self.task_list.currentRow()
            self.task_list.clear()
            for task in self.draft.tasks:
                self.task_list.addItem(self._line(task))
            if self.draft.tasks:
                self.task_list.setCurrentRow(min(max(row, 0), len(self.draft.tasks) - 1))
        finally:
            self._loading = was_loading

    def _show_task(self) -> None:
        task = self._current()
        editors: list[QWidget] = [
            self.task_title,
            self.repeat_combo,
            self.repeat_form,
            self.start_time,
            self.duration,
        ]
        for widget in [*editors, self.remove_button]:
            widget.setEnabled(task is not None)
        was_loading, self._loading = self._loading, True
        try:
            if task is None:
                for edit in (self.task_title, self.start_time, self.duration):
                    edit.clear()
                # No task, nothing to fix: no red lines under the greyed-out fields.
                self._touched.difference_update(TASK_KEYS)
                return
            self.task_title.setText(task.title)
            self.repeat_form.load(task.rrule, self.draft.start_date or self.ctx.today())
            self.start_time.setText(format_time(task.start_time))
            self.duration.setText(str(task.duration_minutes))
        finally:
            self._loading = was_loading
            # What was typed for another task's time or length (or the empty fields
            # just cleared) no longer applies.
            for key in ("task.start_time", "task.duration_minutes"):
                self._parse_errors.pop(key, None)

    # -- editing -----------------------------------------------------------------
    def _select(self, _row: int) -> None:
        if self._loading:
            return
        self._show_task()
        self.refresh()

    def _add(self) -> None:
        start = self.draft.start_date
        strategy = self.draft.strategy
        # The start date's weekday, or the first day the business opens after it.
        day = first_business_day(
            WEEKDAYS[start.weekday()] if start is not None else "MO", strategy.business_days
        )
        task = TaskDraft(rrule=build_rule("WEEKLY", weekdays=[day]))
        task = fit_to_business_hours(
            task, strategy.business_days, strategy.business_start, strategy.business_end
        )
        self.draft.tasks.append(task)
        self._fill_list()
        self.task_list.setCurrentRow(len(self.draft.tasks) - 1)
        self._show_task()
        self.untouch("task.title")  # the new task's empty title is a prompt, not an error yet
        self.changed("task.id")
        self.task_title.setFocus()

    def _remove(self) -> None:
        row = self.task_list.currentRow()
        if 0 <= row < len(self.draft.tasks):
            del self.draft.tasks[row]
        self._fill_list()
        self._show_task()
        self.changed("task.id")
        (self.task_list if self.draft.tasks else self.add_button).setFocus()

    def _after_task_edit(self, key: str) -> None:
        task = self._current()
        row = self.task_list.currentRow()
        if task is not None and not self._loading:
            self.task_list.item(row).setText(self._line(task))

    def _set_title(self, text: str) -> None:
        task = self._current()
        if task is not None and not self._loading:
            task.title = text
            self._after_task_edit("task.title")

    def _rule_changed(self) -> None:
        if self._loading:
            return
        task = self._current()
        if task is None:
            return
        try:
            task.rrule = self.repeat_form.rule()
        except RuleError:
            # The domain refuses the rule with its own plain message: an empty one for
            # "on the days ticked" with none ticked (domain_errors words that), the typed
            # one as typed for a custom rule.
            task.rrule = "" if self.repeat_combo.currentIndex() != CUSTOM else self.repeat_form.custom.text()
        self._after_task_edit("task.rrule")
        self.changed("task.rrule")

    def _set_start_time(self, text: str) -> str | None:
        task = self._current()
        parsed = parse_time(text)
        if task is not None and parsed.value is not None and not self._loading:
            task.start_time = parsed.value
            self._after_task_edit("task.start_time")
        return parsed.error

    def _set_duration(self, text: str) -> str | None:
        task = self._current()
        parsed = parse_number(text, maximum=MAX_TASK_MINUTES)
        error = parsed.error
        if error is None and parsed.value is not None and not parsed.value.is_integer():
            error = QCoreApplication.translate("PlanPage", "Give the length in whole minutes.")
        if task is not None and error is None and parsed.value is not None and not self._loading:
            task.duration_minutes = int(parsed.value)
            self._after_task_edit("task.duration_minutes")
        return error

    def _cadence_changed(self, _index: int) -> None:
        if self._loading:
            return
        self.draft.cadence = Cadence(self.cadence.currentData())
        self.changed("goal.cadence")

    def _set_optional(self, column: str, text: str, maximum: float | None) -> str | None:
        parsed = parse_number(text, required=False, maximum=maximum or 1e12)
        setattr(self.draft, column, parsed.value)
        return parsed.error

    def domain_errors(self) -> Errors:
        errors = validate_plan(self.draft)
        # The field shows the first task whose rule is refused; the page leaves a rule
        # empty only for "on the days ticked" with none ticked, and says what to do then.
        first = next((i for i, found in task_errors(self.draft.tasks).items() if "task.rrule" in found), None)
        if first is not None and not self.draft.tasks[first].rrule.strip():
            errors["task.rrule"] = QCoreApplication.translate(
                "PlanPage", "Task {number}: Tick at least one day."
            ).format(number=first + 1)
        return errors | validate_has_task(self.draft)

    def on_refresh(self) -> None:
        task = self._current()
        if task is None:
            self.task_summary.setText("")
            return
        if "task.start_time" in self._parse_errors or "task.duration_minutes" in self._parse_errors:
            # The task still holds the last readable time or length: never show it as if current.
            self.task_summary.setText("")
            unread = QCoreApplication.translate("PlanPage", "time or length not readable yet")
            self.task_list.currentItem().setText(self._line(task, unread))
            return
        self.task_list.currentItem().setText(self._line(task))
        try:
            text = localize(
                summary(task.rrule, start_time=task.start_time, duration_minutes=task.duration_minutes)
            )
        except RuleError:
            text = ""
        self.task_summary.setText(text)


def _budget_label(currency: str) -> str:
    """The budget in the user's currency (QLocale's), when the system names one."""
    if not currency:
        return QCoreApplication.translate("PlanPage", "Budget per &month")
    return QCoreApplication.translate("PlanPage", "Budget per &month ({currency})").format(currency=currency)
