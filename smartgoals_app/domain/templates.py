"""Strategy templates the wizard starts from, each with the tasks it suggests.

A goal only makes sense inside a strategy, and a
goal alone changes nothing, so every template (blank included) brings at least one
recurring task the user can keep, edit or delete.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import time

from smartgoals_app.domain.draft import StrategyDraft, TaskDraft
from smartgoals_app.domain.schedule import WEEKDAYS, RuleError, build_rule, parse_rule
from smartgoals_app.domain.text import translate

BLANK = "blank"

# Shown next to the business hours (strategy first).
HOURS_HINT = translate(
    "Templates",
    "State these hours on every profile (bio, About section, pinned post) so people "
    "know when to expect an answer; response-time goals are judged inside them.",
)

# The Lithium Technologies study of customer expectations on social media.
RESPONSE_FACTS = translate(
    "Templates",
    "In a Lithium Technologies study, 53% of people who ask a brand a question on Twitter "
    "expect an answer within an hour, 72% when it is a complaint. Without one, 2 in 5 think "
    "less of the brand, and only about 11% of big brands manage it: an opportunity for a "
    "small business.",
)


@dataclass(frozen=True, slots=True)
class TaskTemplate:
    title: str
    rrule: str
    start_time: time
    duration_minutes: int

    def draft(self) -> TaskDraft:
        return TaskDraft(
            title=self.title,
            rrule=self.rrule,
            start_time=self.start_time,
            duration_minutes=self.duration_minutes,
        )


@dataclass(frozen=True, slots=True)
class StrategyTemplate:
    key: str
    name: str
    statement: str
    # The catalogue metric this kind of strategy is usually measured by.
    metric_key: str | None
    tasks: tuple[TaskTemplate, ...]
    uses_business_hours: bool = False


TEMPLATES: tuple[StrategyTemplate, ...] = (
    StrategyTemplate(
        "customer_service",
        translate("Templates", "Great customer service: fast responses"),
        translate(
            "Templates",
            "Be known for great customer service: answer every question and complaint fast, "
            "within business hours.",
        ),
        "response_time",
        (
            TaskTemplate(
                translate("Templates", "Answer every open message and mention"),
                "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
                time(9, 0),
                30,
            ),
            TaskTemplate(
                translate("Templates", "Update the saved replies for common questions"),
                "FREQ=WEEKLY;BYDAY=FR",
                time(16, 0),
                30,
            ),
        ),
        uses_business_hours=True,
    ),
    StrategyTemplate(
        "newsletter",
        translate("Templates", "Newsletter sign-ups or leads"),
        translate(
            "Templates", "Turn followers into newsletter subscribers and leads we can talk to directly."
        ),
        "newsletter_signups",
        (
            TaskTemplate(
                translate("Templates", "Post a sign-up teaser with a sneak peek"),
                "FREQ=WEEKLY;BYDAY=TU,TH",
                time(9, 0),
                30,
            ),
            TaskTemplate(
                translate("Templates", "Reply to comments and invite people to sign up"),
                "FREQ=WEEKLY;BYDAY=WE",
                time(12, 0),
                20,
            ),
        ),
    ),
    StrategyTemplate(
        "awareness",
        translate("Templates", "Awareness or following for a purpose"),
        translate(
            "Templates",
            "Build an engaged following that opens a door, such as a book deal or a speaking slot.",
        ),
        "followers",
        (
            TaskTemplate(
                translate("Templates", "Share a behind-the-scenes post"),
                "FREQ=WEEKLY;BYDAY=WE,SA",
                time(18, 0),
                45,
            ),
            TaskTemplate(
                translate("Templates", "Join the industry chat and follow up with people met there"),
                "FREQ=WEEKLY;BYDAY=TU",
                time(11, 0),
                60,
            ),
        ),
    ),
    StrategyTemplate(
        "launch_traffic",
        translate("Templates", "Traffic for a launch"),
        translate("Templates", "Bring visitors from social media to the website ahead of the launch."),
        "referral_visits",
        (
            TaskTemplate(
                translate("Templates", "Post a countdown update linking to the launch page"),
                "FREQ=WEEKLY;BYDAY=MO,TH",
                time(8, 30),
                30,
            ),
        ),
    ),
    StrategyTemplate(
        "sales",
        translate("Templates", "Sales"),
        translate(
            "Templates", "Sell more through social media by showing products where our customers already are."
        ),
        "sales",
        (
            TaskTemplate(
                translate("Templates", "Post a product story with a shop link"),
                "FREQ=WEEKLY;BYDAY=TU,FR",
                time(10, 0),
                30,
            ),
            TaskTemplate(
                translate("Templates", "Answer product questions in comments and messages"),
                "FREQ=DAILY",
                time(17, 0),
                20,
            ),
        ),
    ),
    StrategyTemplate(
        BLANK,
        translate("Templates", "Blank: write my own"),
        "",
        None,
        (
            TaskTemplate(
                translate("Templates", "Plan and schedule this week's posts"),
                "FREQ=WEEKLY;BYDAY=MO",
                time(9, 0),
                45,
            ),
        ),
    ),
)


def template(key: str | None) -> StrategyTemplate:
    """The template with `key`; the blank one for None or a key from an older version."""
    for item in TEMPLATES:
        if item.key == key:
            return item
    return TEMPLATES[-1]


def suggested_tasks(key: str | None, strategy: StrategyDraft | None = None) -> list[TaskDraft]:
    """Fresh task drafts for a strategy template: never empty. With a strategy that
    has business days or hours, each task is moved onto them (same idea, same length)."""
    tasks = [task.draft() for task in template(key).tasks]
    if strategy is None:
        return tasks
    return [
        fit_to_business_hours(task, strategy.business_days, strategy.business_start, strategy.business_end)
        for task in tasks
    ]


def first_business_day(day: str, business_days: Sequence[str]) -> str:
    """`day` itself when the business is open then, else the next day it opens."""
    start = WEEKDAYS.index(day)
    for step in range(7):
        candidate = WEEKDAYS[(start + step) % 7]
        if candidate in business_days:
            return candidate
    return day


def fit_to_business_hours(
    task: TaskDraft, business_days: Sequence[str], opens: time | None, closes: time | None
) -> TaskDraft:
    """A copy of `task` that falls on business days and inside opening hours.

    Every-day and every-weekday tasks become "every business day"; a weekly task's
    days move to the next day the business is open; a start before opening moves to
    the opening, and a task that would run past closing ends at closing instead.
    """
    days = [d for d in WEEKDAYS if d in business_days]
    rule = task.rrule
    if days:
        rule = _fit_rule(task.rrule, days)
    start = task.start_time
    if opens is not None and closes is not None and opens < closes:
        open_min, close_min = opens.hour * 60 + opens.minute, closes.hour * 60 + closes.minute
        minute = max(start.hour * 60 + start.minute, open_min)
        if minute + task.duration_minutes > close_min:
            minute = max(open_min, close_min - task.duration_minutes)
        start = time(minute // 60, minute % 60)
    return replace(task, rrule=rule, start_time=start)


def _fit_rule(rule: str, days: list[str]) -> str:
    try:
        parts = parse_rule(rule)
    except RuleError:
        return rule
    ruled = [d for d in parts.get("BYDAY", "").split(",") if d]
    if any(d not in WEEKDAYS for d in ruled) or set(parts) - {"FREQ", "INTERVAL", "BYDAY"}:
        return rule  # "the first Monday", an end date: left as the template has it
    interval = int(parts.get("INTERVAL", "1"))
    if parts["FREQ"] == "DAILY":
        if set(ruled or WEEKDAYS) == set(days):
            return rule
        if days == list(WEEKDAYS[:5]):
            return build_rule("DAILY", interval=interval, weekdays=days)
        if len(days) == len(WEEKDAYS):
            return build_rule("DAILY", interval=interval)
        return build_rule("WEEKLY", interval=interval, weekdays=days)
    if parts["FREQ"] == "WEEKLY" and ruled:
        moved = [first_business_day(d, days) for d in ruled]
        if moved == ruled:
            return rule
        return build_rule("WEEKLY", interval=interval, weekdays=moved)
    return rule
