"""The portfolio's order: what needs attention first, then the soonest check-in."""

from __future__ import annotations

from datetime import date

from smartgoals_app.domain.attention import attention_key
from smartgoals_app.domain.enums import Status


def test_behind_and_overdue_come_first_then_the_soonest_check_in() -> None:
    deadline = date(2027, 1, 1)
    goals = {
        "calm, checks in tomorrow": (Status.ON_TRACK, date(2026, 11, 23)),
        "behind, checks in late": (Status.BEHIND, date(2026, 12, 20)),
        "overdue, no check-in left": (Status.OVERDUE, None),
        "stretch reached, due today": (Status.STRETCH_REACHED, date(2026, 11, 22)),
        "at risk, next week": (Status.AT_RISK, date(2026, 11, 29)),
        "not started, no check-in": (Status.NOT_STARTED, None),
        "behind, checks in soon": (Status.BEHIND, date(2026, 11, 24)),
    }
    order = sorted(goals, key=lambda title: attention_key(*goals[title], deadline, title))
    assert order == [
        "overdue, no check-in left",
        "at risk, next week",
        "behind, checks in soon",
        "behind, checks in late",
        "stretch reached, due today",
        "calm, checks in tomorrow",
        "not started, no check-in",
    ]


def test_ties_go_to_the_nearer_deadline_then_the_title_whatever_its_case() -> None:
    day = date(2026, 12, 1)
    later, sooner = date(2027, 6, 1), date(2027, 2, 1)
    assert attention_key(Status.ON_TRACK, day, sooner, "zebra") < attention_key(
        Status.ON_TRACK, day, later, "apple"
    )
    assert attention_key(Status.ON_TRACK, day, sooner, "apple") < attention_key(
        Status.ON_TRACK, day, sooner, "Banana"
    )
