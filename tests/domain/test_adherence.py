"""Adherence and streak for examples counted by hand."""

from __future__ import annotations

from datetime import date, timedelta

from smartgoals_app.domain.adherence import Mark, adherence, share, streak
from smartgoals_app.domain.enums import TaskOutcome

D, S = TaskOutcome.DONE, TaskOutcome.SKIPPED
TODAY = date(2026, 11, 22)  # a Sunday


def _weekly(outcomes: list[TaskOutcome | None]) -> list[Mark]:
    """One occurrence a week, the last one on TODAY - 1 (Saturday)."""
    last = TODAY - timedelta(days=1)
    n = len(outcomes)
    return [Mark(last - timedelta(weeks=n - 1 - i), o) for i, o in enumerate(outcomes)]


def test_shares_over_4_and_12_weeks() -> None:
    # 14 weeks, oldest first; the last 12 are from index 2.
    marks = _weekly([D, D, None, D, S, D, None, D, D, D, None, D, D, S])
    result = adherence(marks, today=TODAY)
    # last 4: indexes 10..13 = None, D, D, S -> 2 of 4
    assert (result.last_4_weeks.done, result.last_4_weeks.counted) == (2, 4)
    assert result.last_4_weeks.percent_text == "50%"
    # last 12: indexes 2..13 = None D S D None D D D None D D S -> 7 of 12
    assert (result.last_12_weeks.done, result.last_12_weeks.counted) == (7, 12)
    assert result.last_12_weeks.percent_text == "58%"
    # streak from the newest: S (neutral), D, D, then None stops it -> 2
    assert result.streak == 2
    assert result.missed == 3


def test_window_edges_are_28_days_including_today() -> None:
    marks = [Mark(TODAY - timedelta(days=27), D), Mark(TODAY - timedelta(days=28), D)]
    assert share(marks, today=TODAY, weeks=4).counted == 1


def test_todays_open_occurrence_does_not_count_yet() -> None:
    marks = [Mark(TODAY - timedelta(days=1), D), Mark(TODAY, None)]
    assert share(marks, today=TODAY, weeks=4).counted == 1
    assert streak(marks, today=TODAY) == 1
    marks.append(Mark(TODAY, D, order=1))
    assert streak(marks, today=TODAY) == 2


def test_same_day_occurrences_follow_their_start_time() -> None:
    marks = [Mark(TODAY - timedelta(days=1), D, order=660), Mark(TODAY - timedelta(days=1), None, order=720)]
    assert streak(marks, today=TODAY) == 0
    marks = [Mark(TODAY - timedelta(days=1), None, order=660), Mark(TODAY - timedelta(days=1), D, order=720)]
    assert streak(marks, today=TODAY) == 1


def test_nothing_due_yet() -> None:
    result = adherence([Mark(TODAY + timedelta(days=2), None)], today=TODAY)
    assert result.last_4_weeks.ratio is None
    assert result.last_4_weeks.percent_text == "n/a"
    assert result.streak == 0
