"""What a recognised export is: its name for the user, its date and value columns,
and how its rows become one figure per day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import Text
from smartgoals_app.io.exports.source import Table


@dataclass(frozen=True, slots=True)
class Layout:
    name: Text | None  # "an X tweet activity export, one row per post"; None: a plain table
    date_column: str | None
    value_column: str | None  # None when the rows are counted
    combine: Combine
    refuse: Text | None = None  # not a time series: what to export instead
    decimal_comma: bool = False
    nth_day_start: date | None = None  # "Nth day" rows count from this day
    notes: tuple[Text, ...] = ()
    # Networks that write 10/01/2026 month first whatever the user's country.
    month_first: bool = False


def column(table: Table, *names: str) -> str | None:
    """The table's column with one of these names (any case), in the order asked."""
    by_lower = {c.strip().lower(): c for c in table.columns}
    for name in names:
        if (found := by_lower.get(name.lower())) is not None:
            return found
    return None


def has(table: Table, *names: str) -> bool:
    return all(column(table, name) is not None for name in names)


def cells(table: Table, name: str) -> list[str]:
    index = table.columns.index(name)
    return [row[index] for _n, row in table.head if index < len(row)]
