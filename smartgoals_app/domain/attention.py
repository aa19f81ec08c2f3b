"""Which goal needs looking at first: the order of the portfolio.

A goal that is overdue, at risk or behind comes first (in that order), whatever its
check-in; then every goal by its next check-in, the soonest (or already due) first; a
goal with no check-in left comes last. Ties go to the nearer deadline, then the title.
"""

from __future__ import annotations

from datetime import date

from smartgoals_app.domain.enums import Status

# The statuses that ask for action now, worst first; every other status ranks after them.
NEEDS_ATTENTION = (Status.OVERDUE, Status.AT_RISK, Status.BEHIND)


def attention_key(
    status: Status, next_checkin: date | None, deadline: date, title: str
) -> tuple[int, int, int, str]:
    rank = NEEDS_ATTENTION.index(status) if status in NEEDS_ATTENTION else len(NEEDS_ATTENTION)
    checkin = next_checkin.toordinal() if next_checkin is not None else date.max.toordinal()
    return rank, checkin, deadline.toordinal(), title.casefold()
