"""Google Analytics 4 downloads: `#` comment blocks with the start date, dates as
20250101 or rows counted as "Nth day" from the start date."""

from __future__ import annotations

import re
from datetime import date

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import translate
from smartgoals_app.io.exports.layout import Layout, column
from smartgoals_app.io.exports.source import Table

_START = re.compile(r"^start date:\s*(\d{4})(\d{2})(\d{2})\s*$", re.IGNORECASE)


def start_date(table: Table) -> date | None:
    for line in table.comments:
        if m := _START.match(line):
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def recognise(table: Table) -> Layout | None:
    if not table.comments:
        return None
    name = translate("ExportFormats", "a Google Analytics 4 export")
    metrics = [c for c in table.columns if c.strip().lower() not in ("date", "nth day")]
    value = metrics[0] if metrics else None
    nth = column(table, "Nth day")
    if nth is not None:
        start = start_date(table)
        if start is None:
            return Layout(
                name,
                None,
                None,
                Combine.LAST,
                refuse=translate(
                    "ExportFormats",
                    "The rows are numbered “Nth day” but the file has no “# Start date” line to count "
                    "from. Download the report again with its comment lines, or with a “Date” dimension.",
                ),
            )
        return Layout(name, nth, value, Combine.LAST, nth_day_start=start)
    date_column = column(table, "Date")
    if date_column is None:
        return None
    return Layout(name, date_column, value, Combine.LAST)
