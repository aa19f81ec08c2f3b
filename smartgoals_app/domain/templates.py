"""Strategy templates the wizard starts from, each with the tasks it suggests.

METHOD.md section 1: a goal only makes sense inside a strategy, and section 7: a
goal alone changes nothing, so every template (blank included) brings at least one
recurring task the user can keep, edit or delete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from smartgoals_app.domain.draft import TaskDraft

BLANK = "blank"

# Shown next to the business hours (METHOD.md section 1).
HOURS_HINT = (
    "State these hours on every profile (bio, About section, pinned post) so people "
    "know when to expect an answer; response-time goals are judged inside them."
)

# The Lithium Technologies study quoted in METHOD.md section 1.
RESPONSE_FACTS = (
    "In a Lithium Technologies study, 53% of people who ask a brand a question on Twitter "
    "expect an answer within an hour, 72% when it is a complaint. Without one, 2 in 5 think "
    "less of the brand, and only about 11% of big brands manage it: an opportunity for a "
    "small business."
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
        "Great customer service: fast responses",
        "Be known for great customer service: answer every question and complaint fast, "
        "within business hours.",
        "response_time",
        (
            TaskTemplate(
                "Answer every open message and mention", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", time(9, 0), 30
            ),
            TaskTemplate(
                "Update the saved replies for common questions", "FREQ=WEEKLY;BYDAY=FR", time(16, 0), 30
            ),
        ),
        uses_business_hours=True,
    ),
    StrategyTemplate(
        "newsletter",
        "Newsletter sign-ups or leads",
        "Turn followers into newsletter subscribers and leads we can talk to directly.",
        "newsletter_signups",
        (
            TaskTemplate(
                "Post a sign-up teaser with a sneak peek", "FREQ=WEEKLY;BYDAY=TU,TH", time(9, 0), 30
            ),
            TaskTemplate(
                "Reply to comments and invite people to sign up", "FREQ=WEEKLY;BYDAY=WE", time(12, 0), 20
            ),
        ),
    ),
    StrategyTemplate(
        "awareness",
        "Awareness or following for a purpose",
        "Build an engaged following that opens a door, such as a book deal or a speaking slot.",
        "followers",
        (
            TaskTemplate("Share a behind-the-scenes post", "FREQ=WEEKLY;BYDAY=WE,SA", time(18, 0), 45),
            TaskTemplate(
                "Join the industry chat and follow up with people met there",
                "FREQ=WEEKLY;BYDAY=TU",
                time(11, 0),
                60,
            ),
        ),
    ),
    StrategyTemplate(
        "launch_traffic",
        "Traffic for a launch",
        "Bring visitors from social media to the website ahead of the launch.",
        "referral_visits",
        (
            TaskTemplate(
                "Post a countdown update linking to the launch page",
                "FREQ=WEEKLY;BYDAY=MO,TH",
                time(8, 30),
                30,
            ),
        ),
    ),
    StrategyTemplate(
        "sales",
        "Sales",
        "Sell more through social media by showing products where our customers already are.",
        "sales",
        (
            TaskTemplate("Post a product story with a shop link", "FREQ=WEEKLY;BYDAY=TU,FR", time(10, 0), 30),
            TaskTemplate("Answer product questions in comments and messages", "FREQ=DAILY", time(17, 0), 20),
        ),
    ),
    StrategyTemplate(
        BLANK,
        "Blank: write my own",
        "",
        None,
        (TaskTemplate("Plan and schedule this week's posts", "FREQ=WEEKLY;BYDAY=MO", time(9, 0), 45),),
    ),
)


def template(key: str | None) -> StrategyTemplate:
    """The template with `key`; the blank one for None or a key from an older version."""
    for item in TEMPLATES:
        if item.key == key:
            return item
    return TEMPLATES[-1]


def suggested_tasks(key: str | None) -> list[TaskDraft]:
    """Fresh task drafts for a strategy template: never empty."""
    return [task.draft() for task in template(key).tasks]
