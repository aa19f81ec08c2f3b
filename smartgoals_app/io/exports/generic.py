"""Any table with a date column and a number column, including CSV files saved by
Excel with German settings (semicolons, 01.06.2025, 1.234 and 2,5)."""

from __future__ import annotations

import re
from datetime import date

from smartgoals_app.domain.figures import Combine, parse_decimal_comma
from smartgoals_app.domain.text import translate
from smartgoals_app.io.exports.cells import DateOrder, parse_value
from smartgoals_app.io.exports.dates import read_date
from smartgoals_app.io.exports.layout import Layout
from smartgoals_app.io.exports.source import Table

_ID = re.compile(r"(^|[\s_-])id$", re.IGNORECASE)


_COMMA_EVIDENCE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}|^[+-]?\d+,\d{1,2}%?$|^\d{1,3}(\.\d{3})+(,\d+)?$")


def decimal_comma(table: Table) -> bool:
    """Excel writes semicolons where the comma is the decimal mark; a file of them
    that also shows 01.06.2025, 2,5 or 1.234 is read the German way. "1,200" alone
    proves nothing and keeps the usual reading."""
    return table.delimiter == ";" and any(
        _COMMA_EVIDENCE.match(c.strip()) for _n, row in table.head for c in row
    )


def recognise(table: Table) -> Layout:
    comma = decimal_comma(table)
    date_column, value_column = guess_columns(table, comma)
    name = translate("ExportFormats", "a CSV file saved by Excel with German settings") if comma else None
    return Layout(name, date_column, value_column, Combine.LAST, decimal_comma=comma)


def guess_columns(table: Table, comma: bool) -> tuple[str | None, str | None]:
    """The likeliest date column and value column: most readable cells in the first rows."""
    width = len(table.columns)
    rows = [row for _n, row in table.head]

    def share(index: int, *, dates: bool) -> float:
        texts = [row[index] for row in rows if index < len(row)]
        if not texts:
            return 0.0
        if dates:
            good = sum(isinstance(read_date(t, DateOrder.AUTO), (date, tuple)) for t in texts)
        elif comma:
            good = sum(parse_decimal_comma(t) is not None for t in texts)
        else:
            good = sum(parse_value(t)[0] is not None for t in texts)
        return good / len(texts)

    candidates = [i for i in range(width) if not _ID.search(table.columns[i].strip())]
    if not candidates:
        return None, None
    date_index = max(candidates, key=lambda i: (share(i, dates=True), -i))
    if share(date_index, dates=True) == 0:
        return None, None
    others = [i for i in candidates if i != date_index]
    if not others:
        return table.columns[date_index], None
    value_index = max(others, key=lambda i: (share(i, dates=False), -i))
    value = table.columns[value_index] if share(value_index, dates=False) > 0 else None
    return table.columns[date_index], value
