"""Field-level validation of a goal draft, in plain words a non-expert understands.

Errors are keyed by `table.column` (for example "goal.benchmark_target"), which is
also the objectName of the widget that fills the column, so a page can show each
message next to the field at fault.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from smartgoals_app.domain.dates import day_month_year
from smartgoals_app.domain.draft import GoalDraft, StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Direction
from smartgoals_app.domain.schedule import WEEKDAYS
from smartgoals_app.domain.text import Text, joined, translate

MAX_VALUE = 1e12
MAX_TITLE = 120
MAX_SHORT = 80
MAX_LONG = 2000
MAX_STATEMENT = 500
MAX_GOAL_YEARS = 5
# A task's length in minutes: the wizard, the task editor and the service take the same.
MIN_TASK_MINUTES, MAX_TASK_MINUTES = 1, 24 * 60
HOURS_IN_WEEK = 168

# Plain str so that callers may still add their own messages; every message made here is a Text.
Errors = dict[str, str]


class ValidationError(ValueError):
    """Raised by services when a draft or a value is refused; `errors` says where and why."""

    def __init__(self, errors: Errors) -> None:
        # The same "key: message; ..." as before, but each message stays translatable.
        super().__init__(joined("; ", (joined(": ", (key, value)) for key, value in errors.items())))
        self.errors = errors


class NotFoundError(KeyError):
    """Raised by services for a row that is not there (removed meanwhile, or never was).
    A KeyError still, so callers that only test for a missing key keep working."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(key)
        self.what = what  # "goal", "measurement", "task"
        self.key = key


class ConflictError(Exception):
    """Raised by services when the row a person saves was changed by someone else after
    their form read it: nothing was written. It says who changed it, when (UTC), and
    what (``what``: "goal", "strategy", "task" or "measurement"; ``title``: the goal's,
    strategy's or task's own words; ``day`` for a check-in). ``version`` is the row's
    version now: saving against it overwrites theirs, as the person may choose."""

    def __init__(
        self,
        what: str,
        key: int,
        *,
        title: str,
        who: str,
        when: datetime | None,
        version: int,
        day: date | None = None,
    ) -> None:
        super().__init__(what, key, who, version)
        self.what = what
        self.key = key
        self.title = title
        self.who = who  # "" when it is not known (a row written before versions)
        self.when = when
        self.version = version
        self.day = day


@dataclass(frozen=True, slots=True)
class Parsed:
    value: float | None
    error: str | None  # a Text: str here so callers may put their own message in its place


_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_DOT_GROUP = re.compile(r"^[+-]?[1-9]\d{0,2}\.\d{3}$")  # "1.000": a thousand, or one?
_DOT_GROUPS = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3}){2,}$")  # "1.000.000": only grouping


def parse_number(
    text: str,
    *,
    required: bool = True,
    allow_negative: bool = False,
    maximum: float = MAX_VALUE,
) -> Parsed:
    """Read a number as people type it: "1,200", "1 200", "12.5", "12,5" and "1.200,50" all work.

    "1.000" alone is refused as unclear: in much of Europe it is a thousand, in
    English-speaking countries it is one, and guessing wrong silently is worse.
    """
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace("_", "")
    if not cleaned:
        return Parsed(None, _ENTER_A_NUMBER if required else None)
    if _DOT_GROUPS.match(cleaned):
        cleaned = cleaned.replace(".", "")
    elif _DOT_GROUP.match(cleaned):
        grouped, plain = float(cleaned.replace(".", "")), float(cleaned)
        # "2.125" cannot be suggested back as is; "2.1250" reads the same and is clear.
        decimal = f"{plain:g}" if f"{plain:g}" != cleaned else cleaned + "0"
        return Parsed(
            None,
            translate(
                "Validation",
                "“{typed}” is unclear: it may mean {grouped:,.0f} or {decimal}. "
                "Type {grouped:.0f} without the dot, or {decimal}.",
            ).format(typed=_clip(text), grouped=grouped, decimal=decimal),
        )
    elif "," in cleaned and "." in cleaned:
        # Whichever comes last is the decimal mark: "1,200.50" and "1.200,50".
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return Parsed(
            None,
            translate("Validation", "“{typed}” is not a number. Type digits, for example 120.").format(
                typed=_clip(text)
            ),
        )
    return (
        Parsed(None, error)
        if (error := _value_error(value, allow_negative, maximum))
        else Parsed(value, None)
    )


_ENTER_A_NUMBER = translate("Validation", "Enter a number.")
_TOO_LARGE = translate("Validation", "That number is too large (the most is {maximum}).")
_PERCENT_OVER_100 = translate("Validation", "A percentage cannot be above 100.")


def is_too_large(message: str | None) -> bool:
    """True when ``message`` is the "That number is too large" error, in any language."""
    return isinstance(message, Text) and (message.context, message.source) == (
        _TOO_LARGE.context,
        _TOO_LARGE.source,
    )


def _value_error(value: float, allow_negative: bool, maximum: float) -> Text | None:
    if math.isnan(value) or math.isinf(value):
        return translate("Validation", "Enter an ordinary number (not NaN or infinity).")
    if value < 0 and not allow_negative:
        return translate("Validation", "The number cannot be negative.")
    if abs(value) > maximum:
        return _TOO_LARGE.format(maximum=maximum)
    return None


def check_number(value: float | None, *, required: bool = True, maximum: float = MAX_VALUE) -> Text | None:
    """The same rules as parse_number, for values that arrive already typed."""
    if value is None:
        return _ENTER_A_NUMBER if required else None
    try:
        number = float(value)
    except OverflowError:
        # A whole number past what a float holds (above 1e308) is too large all the same.
        return _TOO_LARGE.format(maximum=maximum)
    except (TypeError, ValueError):
        return _ENTER_A_NUMBER
    return _value_error(number, False, maximum)


# -- what the database can store ------------------------------------------------------
# Text: UTF-8 without lone surrogates (a broken half of a character pair, which cannot
# be encoded), without NUL and the other invisible control characters (tab, line feed
# and carriage return are fine): SQLite tools, CSV readers and calendars cut or refuse
# text at them. Any text field holds at most MAX_STORED_TEXT characters; most fields
# have their own, smaller limit (check_text).
MAX_STORED_TEXT = 10_000
# Whole numbers (ids, a page number): SQLite's INTEGER is 64 bits.
MAX_STORED_INT = 2**63 - 1
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def check_storable(text: object, *, label: str) -> Text | None:
    """Why ``text`` cannot be stored as it is, or None: the one text rule every
    service applies (through check_text, validate_goal or directly)."""
    if not isinstance(text, str):
        return translate("Validation", "{label} must be text.").format(label=label)
    if len(text) > MAX_STORED_TEXT:
        return translate("Validation", "{label} is {length} characters long; keep it under {limit}.").format(
            label=label, length=len(text), limit=MAX_STORED_TEXT
        )
    if (found := _UNSTORABLE.search(text)) is not None:
        if has_broken_characters(found.group()):
            return translate(
                "Validation",
                "{label} holds a broken character (half of an emoji or symbol, often left by "
                "copy and paste). Delete it and type it again.",
            ).format(label=label)
        return translate(
            "Validation",
            "{label} holds an invisible control character (number {number}). Delete it, "
            "or retype the text instead of pasting it.",
        ).format(label=label, number=ord(found.group()))
    return None


def has_broken_characters(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate, which no UTF-8 file or database can hold."""
    return _SURROGATE.search(text) is not None


def is_storable_int(value: object) -> bool:
    """Whether ``value`` is a whole number SQLite can hold (an id, a page number)."""
    return (
        isinstance(value, int) and not isinstance(value, bool) and -MAX_STORED_INT <= value <= MAX_STORED_INT
    )


def storable_errors(draft: GoalDraft) -> Errors:
    """Every text of the draft that could not be stored, keyed by its column, including
    those picked from lists (a network, a metric key) that no other check reads."""
    errors: Errors = {}
    label = translate("Validation", "This field")
    texts: list[tuple[str, object]] = [
        *((f"goal.{f}", getattr(draft, f)) for f in _GOAL_TEXTS),
        ("strategy.statement", draft.strategy.statement),
        ("strategy.template", draft.strategy.template),
        *(("strategy.networks", n) for n in draft.strategy.networks),
        *(("strategy.business_days", d) for d in draft.strategy.business_days),
        *((f"task.{f}", getattr(task, f)) for task in draft.tasks for f in ("title", "rrule", "notes")),
    ]
    for key, value in texts:
        if value is not None and key not in errors and (message := check_storable(value, label=label)):
            errors[key] = message
    for key, number in (("goal.goal_id", draft.goal_id), ("strategy.statement", draft.strategy_id)):
        if number is not None and not is_storable_int(number):
            errors.setdefault(key, translate("Validation", "That record no longer exists."))
    return errors


_GOAL_TEXTS = (
    "network",
    "metric_key",
    "metric_name",
    "unit",
    "outcome_link",
    "data_source",
    "title",
    "why",
    "impact",
    "audience",
)


def check_text(text: str, *, label: str, required: bool, limit: int) -> Text | None:
    """``label`` is the field as the sentence's subject ("The goal"); a Text label is translated too.

    Text that could not be stored (check_storable) is refused first."""
    if message := check_storable(text, label=label):
        return message
    stripped = text.strip()
    if required and not stripped:
        return translate("Validation", "{label} cannot be empty.").format(label=label)
    if len(stripped) > limit:
        return translate("Validation", "{label} is {length} characters long; keep it under {limit}.").format(
            label=label, length=len(stripped), limit=limit
        )
    return None


def _clip(text: str, limit: int = 20) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_measured_on(day: date, today: date) -> Text | None:
    """A check-in records a figure already read, so it is never dated after today: one
    rule and one sentence for the check-in dialog, the service and every import."""
    if day <= today:
        return None
    return translate(
        "Validation", "{day} is still to come: a check-in records a figure already read (today is {today})."
    ).format(day=day_month_year(day), today=day_month_year(today))


def validate_measurement(day: date, value: float, note: str, today: date) -> Errors:
    """A check-in's value, day and note: the same rule for typing, importing and restoring."""
    errors: Errors = {}
    if message := check_number(value):
        errors["measurement.value"] = message
    if message := check_measured_on(day, today):
        errors["measurement.measured_on"] = message
    if message := check_text(note, label=translate("Validation", "The note"), required=False, limit=MAX_LONG):
        errors["measurement.note"] = message
    return errors


def validate_strategy(strategy: StrategyDraft) -> Errors:
    errors: Errors = {}
    if message := check_text(
        strategy.statement, label=translate("Validation", "The strategy"), required=True, limit=MAX_STATEMENT
    ):
        errors["strategy.statement"] = message
    if bad := [d for d in strategy.business_days if d not in WEEKDAYS]:
        errors["strategy.business_days"] = translate("Validation", "Unknown day code {code}.").format(
            code=repr(bad[0])
        )
    start, end = strategy.business_start, strategy.business_end
    if (start is None) != (end is None):
        errors["strategy.business_end"] = translate(
            "Validation", "Give both an opening and a closing time, or neither."
        )
    elif start is not None and end is not None and end <= start:
        errors["strategy.business_end"] = translate(
            "Validation", "Closing time must be after the opening time."
        )
    elif start is not None and not strategy.business_days:
        errors["strategy.business_days"] = translate(
            "Validation", "Pick the days these business hours apply to."
        )
    return errors


def validate_starting_point(draft: GoalDraft, today: date) -> Errors:
    errors: Errors = {}
    if not draft.network:
        errors["goal.network"] = translate("Validation", "Pick the network this goal is about.")
    if message := check_text(
        draft.metric_name, label=translate("Validation", "The metric"), required=True, limit=MAX_SHORT
    ):
        errors["goal.metric_name"] = message
    if message := check_text(
        draft.unit, label=translate("Validation", "The unit"), required=True, limit=MAX_SHORT
    ):
        errors["goal.unit"] = message
    if message := check_number(draft.baseline_value):
        errors["goal.baseline_value"] = message
    elif draft.baseline_value is not None and _is_percent(draft.unit) and draft.baseline_value > 100:
        errors["goal.baseline_value"] = _PERCENT_OVER_100
    if draft.baseline_date is None:
        errors["goal.baseline_date"] = translate("Validation", "Enter the date you read this value.")
    elif draft.baseline_date > today:
        errors["goal.baseline_date"] = translate(
            "Validation", "The date you read the value cannot be in the future."
        )
    if message := check_text(
        draft.data_source, label=translate("Validation", "The source"), required=False, limit=MAX_SHORT * 2
    ):
        errors["goal.data_source"] = message
    if message := check_text(
        draft.outcome_link,
        label=translate("Validation", "The link to an outcome"),
        required=False,
        limit=MAX_STATEMENT,
    ):
        errors["goal.outcome_link"] = message
    return errors


def check_title(title: str) -> Text | None:
    """The goal's wording: for the form, and for the SMART check's Specific."""
    return check_text(title, label=translate("Validation", "The goal"), required=True, limit=MAX_TITLE)


def validate_goal_wording(draft: GoalDraft, today: date) -> Errors:
    errors: Errors = {}
    if message := check_title(draft.title):
        errors["goal.title"] = message
    if draft.start_date is None:
        errors["goal.start_date"] = translate("Validation", "Enter the date the goal starts.")
    if draft.deadline is None:
        errors["goal.deadline"] = translate("Validation", "Enter a deadline.")
    elif draft.start_date is not None and draft.deadline <= draft.start_date:
        errors["goal.deadline"] = translate("Validation", "The deadline must come after the start date.")
    elif draft.deadline < today and draft.goal_id is None:
        errors["goal.deadline"] = translate(
            "Validation", "The deadline is in the past; pick a date from today on."
        )
    elif draft.start_date is not None and draft.deadline > draft.start_date + timedelta(
        days=366 * MAX_GOAL_YEARS
    ):
        errors["goal.deadline"] = translate(
            "Validation", "Keep the deadline within {years} years of the start."
        ).format(years=MAX_GOAL_YEARS)
    if (
        draft.start_date is not None
        and draft.baseline_date is not None
        and draft.start_date < draft.baseline_date
    ):
        errors["goal.start_date"] = translate(
            "Validation", "The goal cannot start before the day you read the baseline."
        )
    return errors


def validate_why(draft: GoalDraft) -> Errors:
    errors: Errors = {}
    for column, label, required in (
        ("why", translate("Validation", "The purpose"), True),
        ("impact", translate("Validation", "The impact"), False),
        ("audience", translate("Validation", "The audience"), False),
    ):
        if message := check_text(getattr(draft, column), label=label, required=required, limit=MAX_LONG):
            errors[f"goal.{column}"] = message
    return errors


def validate_targets(draft: GoalDraft) -> Errors:
    errors: Errors = {}
    base, bench, stretch = draft.baseline_value, draft.benchmark_target, draft.stretch_target
    if check_number(base) is not None:
        base = None  # its own error is on the starting-point page; nothing to compare with
    if message := check_number(bench):
        errors["goal.benchmark_target"] = message
    if message := check_number(stretch):
        errors["goal.stretch_target"] = message
    percent = _is_percent(draft.unit)
    more = draft.direction is Direction.MORE
    if "goal.benchmark_target" not in errors and bench is not None:
        if percent and bench > 100:
            errors["goal.benchmark_target"] = _PERCENT_OVER_100
        elif base is not None and not _beyond(bench, base, draft.direction):
            errors["goal.benchmark_target"] = (
                translate("Validation", "The benchmark must be above your starting value of {base}.")
                if more
                else translate(
                    "Validation",
                    "The benchmark must be below your starting value of {base} "
                    "(less is better for this metric).",
                )
            ).format(base=base)
    if "goal.stretch_target" not in errors and stretch is not None:
        if percent and stretch > 100:
            errors["goal.stretch_target"] = _PERCENT_OVER_100
        elif (
            bench is not None
            and "goal.benchmark_target" not in errors
            and not _beyond(stretch, bench, draft.direction)
        ):
            errors["goal.stretch_target"] = (
                translate("Validation", "The stretch target must be above the benchmark of {benchmark}.")
                if more
                else translate(
                    "Validation",
                    "The stretch target must be below the benchmark of {benchmark} "
                    "(less is better for this metric).",
                )
            ).format(benchmark=bench)
    return errors


def validate_task(task: TaskDraft) -> Errors:
    from smartgoals_app.domain.schedule import RuleError, parse_rule

    errors: Errors = {}
    if message := check_text(
        task.title, label=translate("Validation", "The task"), required=True, limit=MAX_TITLE
    ):
        errors["task.title"] = message
    if not MIN_TASK_MINUTES <= task.duration_minutes <= MAX_TASK_MINUTES:
        errors["task.duration_minutes"] = translate(
            "Validation", "A task lasts between 1 minute and 24 hours."
        )
    elif _ends_after_midnight(task.start_time, task.duration_minutes):
        errors["task.duration_minutes"] = translate(
            "Validation", "The task would run past midnight; start earlier or shorten it."
        )
    try:
        parse_rule(task.rrule)
    except RuleError as exc:
        # The first argument, not str(exc): str() would drop a Text's translation.
        errors["task.rrule"] = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    if message := check_text(
        task.notes, label=translate("Validation", "The notes"), required=False, limit=MAX_LONG
    ):
        errors["task.notes"] = message
    return errors


def task_errors(tasks: Sequence[TaskDraft]) -> dict[int, Errors]:
    """Each task's errors by its index in the plan (tasks without errors left out): a
    screen finds which task a message is about without reading the message."""
    found = {index: validate_task(task) for index, task in enumerate(tasks)}
    return {index: errors for index, errors in found.items() if errors}


def validate_plan(draft: GoalDraft) -> Errors:
    """One message per field, about the first task that has an error there."""
    errors: Errors = {}
    for index, task_found in task_errors(draft.tasks).items():
        for key, message in task_found.items():
            errors.setdefault(
                key,
                translate("Validation", "Task {number}: {message}").format(number=index + 1, message=message),
            )
    if budget_error := check_number(draft.budget_per_month, required=False):
        errors["goal.budget_per_month"] = budget_error
    if hours_error := check_number(draft.hours_per_week, required=False, maximum=HOURS_IN_WEEK):
        errors["goal.hours_per_week"] = (
            translate("Validation", "A week has 168 hours.") if is_too_large(hours_error) else hours_error
        )
    return errors


def validate_has_task(draft: GoalDraft) -> Errors:
    """A goal is saved with a plan: at least one task. Held to every goal saved from a
    draft (the wizard, new or edited), not to a stored goal read back: one whose tasks
    were deleted on the Plan tab, or restored from a file, is kept as it is."""
    if draft.tasks:
        return {}
    return {
        "task.id": translate(
            "Validation", "Add at least one task: a goal alone changes nothing, the work you schedule does."
        )
    }


def validate_goal(draft: GoalDraft, today: date) -> Errors:
    """Every error in the draft; empty when it can be saved."""
    errors: Errors = storable_errors(draft)
    if draft.strategy_id is None:
        errors |= validate_strategy(draft.strategy)
    errors |= validate_starting_point(draft, today)
    errors |= validate_goal_wording(draft, today)
    errors |= validate_why(draft)
    errors |= validate_targets(draft)
    errors |= validate_plan(draft)
    return errors


def _beyond(value: float, reference: float, direction: Direction) -> bool:
    return value > reference if direction is Direction.MORE else value < reference


def _is_percent(unit: str) -> bool:
    return unit.strip().startswith("%")


def _ends_after_midnight(start: time, minutes: int) -> bool:
    return start.hour * 60 + start.minute + minutes > 24 * 60
