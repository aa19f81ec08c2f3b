"""Adherence: did the plan actually happen? Pure arithmetic over occurrences.

Rules (kept simple enough to explain in one tooltip):
- An occurrence *counts* once it is due: its day is before today, or it has been
  ticked (done or skipped) already. Today's open occurrences still have time.
- The share is done / counted over the last 4 (or 12) weeks, today included:
  days `today - 27` to `today` for 4 weeks. A skip counts against the share: the
  work did not happen, even for a good reason.
- The current streak is the number of done occurrences in a row, walking back
  from the newest counted one. A missed occurrence ends it; a skip neither ends
  nor extends it (a decision made and written down is not a lapse).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.domain.text import Text, translate

SHORT_WEEKS = 4
LONG_WEEKS = 12


@dataclass(frozen=True, slots=True)
class Mark:
    """One occurrence as adherence sees it; `order` breaks ties within a day (its start)."""

    day: date
    outcome: TaskOutcome | None
    order: float = 0.0


@dataclass(frozen=True, slots=True)
class Share:
    done: int
    counted: int

    @property
    def ratio(self) -> float | None:
        return self.done / self.counted if self.counted else None

    @property
    def percent_text(self) -> Text:
        ratio = self.ratio
        if ratio is None:
            return translate("Adherence", "n/a")
        return translate("Adherence", "{percent}%").format(percent=round(ratio * 100))


@dataclass(frozen=True, slots=True)
class Adherence:
    last_4_weeks: Share
    last_12_weeks: Share
    streak: int
    missed: int  # counted, not done and not skipped, over the last 12 weeks


def is_counted(mark: Mark, today: date) -> bool:
    return mark.day < today or (mark.day == today and mark.outcome is not None)


def share(marks: Iterable[Mark], *, today: date, weeks: int) -> Share:
    first = today - timedelta(days=7 * weeks - 1)
    window = [m for m in marks if first <= m.day <= today and is_counted(m, today)]
    return Share(sum(1 for m in window if m.outcome is TaskOutcome.DONE), len(window))


def streak(marks: Iterable[Mark], *, today: date) -> int:
    counted = sorted((m for m in marks if is_counted(m, today)), key=lambda m: (m.day, m.order))
    run = 0
    for mark in reversed(counted):
        if mark.outcome is TaskOutcome.DONE:
            run += 1
        elif mark.outcome is None:
            break
    return run


def adherence(marks: Iterable[Mark], *, today: date) -> Adherence:
    items = list(marks)
    long_first = today - timedelta(days=7 * LONG_WEEKS - 1)
    missed = sum(1 for m in items if m.outcome is None and m.day < today and long_first <= m.day <= today)
    return Adherence(
        last_4_weeks=share(items, today=today, weeks=SHORT_WEEKS),
        last_12_weeks=share(items, today=today, weeks=LONG_WEEKS),
        streak=streak(items, today=today),
        missed=missed,
    )


def share_between(marks: Iterable[Mark], *, first: date, last: date, today: date) -> Share:
    """Done over counted occurrences from ``first`` to ``last`` (a goal's whole span at
    its review), with the same counting rule as the weekly shares."""
    window = [m for m in marks if first <= m.day <= last and is_counted(m, today)]
    return Share(sum(1 for m in window if m.outcome is TaskOutcome.DONE), len(window))
