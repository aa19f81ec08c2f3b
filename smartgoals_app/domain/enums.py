"""The small closed vocabularies of the method; values are what the database stores."""

from __future__ import annotations

from enum import StrEnum

from smartgoals_app.domain.text import Text, translate


class Direction(StrEnum):
    """Which way is better for a metric."""

    MORE = "more"  # sign-ups, sales, visits
    LESS = "less"  # response time, complaints open

    @property
    def sign(self) -> int:
        return 1 if self is Direction.MORE else -1

    @property
    def label(self) -> Text:
        if self is Direction.MORE:
            return translate("Direction", "More is better")
        return translate("Direction", "Less is better")


class MetricKind(StrEnum):
    OUTCOME = "outcome"  # something the business wants people to do
    VANITY = "vanity"  # a nod in the street: likes, followers, impressions


class Cadence(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"

    @property
    def label(self) -> Text:
        return _CADENCE_LABELS[self]


_CADENCE_LABELS = {
    Cadence.DAILY: translate("Cadence", "Daily"),
    Cadence.WEEKLY: translate("Cadence", "Weekly"),
    Cadence.MONTHLY: translate("Cadence", "Monthly"),
    Cadence.QUARTERLY: translate("Cadence", "Quarterly"),
}


class GoalLifecycle(StrEnum):
    """What the user decided about a goal; the computed progress status is separate."""

    ACTIVE = "active"
    ARCHIVED = "archived"


class Status(StrEnum):
    """Progress status computed from measurements (see domain/progress.py for the rule)."""

    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    AT_RISK = "at_risk"
    BENCHMARK_REACHED = "benchmark_reached"
    STRETCH_REACHED = "stretch_reached"
    OVERDUE = "overdue"

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]

    @property
    def achieved(self) -> bool:
        return self in (Status.BENCHMARK_REACHED, Status.STRETCH_REACHED)


_STATUS_LABELS = {
    Status.NOT_STARTED: translate("Status", "Not started"),
    Status.ON_TRACK: translate("Status", "On track"),
    Status.BEHIND: translate("Status", "Behind"),
    Status.AT_RISK: translate("Status", "At risk"),
    Status.BENCHMARK_REACHED: translate("Status", "Benchmark reached"),
    Status.STRETCH_REACHED: translate("Status", "Stretch reached"),
    Status.OVERDUE: translate("Status", "Overdue"),
}


class TaskOutcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"


class Verdict(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    # Not judged yet: the only thing missing is asked on a later wizard page (the targets).
    PENDING = "pending"
