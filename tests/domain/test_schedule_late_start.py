"""occurrences() starts a long-running DAILY or WEEKLY rule late, near the range asked
for; the occurrences must be exactly those of the rule walked from its first day."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from dateutil import rrule as du

from smartgoals_app.domain.schedule import occurrences

# Rules the app accepts (a daily rule with BYMONTHDAY, or BYSETPOS in a rule typed by
# the user, are refused before they could be stored).
RULES = [
    "FREQ=DAILY",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;BYDAY=TU,TH",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR",
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=SU,WE;WKST=SU",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;WKST=MO",
    "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301T235959",
    "FREQ=WEEKLY;COUNT=40;BYDAY=TU",
    "FREQ=MONTHLY;BYDAY=1MO",
]


def _walked(rule: str, first: datetime, range_start: date, range_end: date) -> list[datetime]:
    walked = du.rrulestr("RRULE:" + rule, dtstart=first)
    return list(
        walked.between(
            datetime.combine(range_start, time.min), datetime.combine(range_end, time.max), inc=True
        )
    )


def test_late_start_gives_the_same_occurrences_as_walking_from_the_first_day() -> None:
    rng = random.Random(15)
    for _ in range(600):
        rule = rng.choice(RULES)
        start = date(2023, 1, 1) + timedelta(days=rng.randrange(900))
        at = time(rng.randrange(24), rng.choice((0, 15, 30, 45)))
        range_start = start + timedelta(days=rng.randrange(-30, 1200))
        range_end = range_start + timedelta(days=rng.choice((0, 0, 6, 41, 400)))
        found = [
            o.start
            for o in occurrences(
                rule,
                start_date=start,
                start_time=at,
                duration_minutes=30,
                range_start=range_start,
                range_end=range_end,
            )
        ]
        expected = _walked(rule, datetime.combine(start, at), range_start, range_end)
        assert found == expected, (rule, start, at, range_start, range_end)
