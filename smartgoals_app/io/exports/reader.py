"""From an export file to one figure per day, with every row left out and why.

`read_figures(path, today=...)` recognises the layout from the file's own content,
takes its date and value columns and its rule for several rows a day (each can be
chosen instead), and returns `Figures`: what would be saved, before anything is.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from smartgoals_app.domain.figures import (
    Combine,
    Tally,
    combine_tallies,
    parse_decimal_comma,
    place_without_year,
)
from smartgoals_app.domain.text import Text, translate
from smartgoals_app.domain.validation import MAX_VALUE, check_measured_on
from smartgoals_app.io.exports import ga4, generic, linkedin, mailchimp, meta, tiktok, x, youtube
from smartgoals_app.io.exports.cells import DateOrder, parse_value
from smartgoals_app.io.exports.dates import YearLess, column_order, read_date
from smartgoals_app.io.exports.layout import Layout, column
from smartgoals_app.io.exports.source import ExportError, Row, Source, Table, load

# Most particular first: a YouTube "Chart data" file also has a Date column.
FAMILIES = (ga4, x, youtube, meta, linkedin, tiktok, mailchimp)


@dataclass(frozen=True, slots=True)
class Fault:
    row: int
    reason: Text

    @property
    def message(self) -> Text:
        return translate("ExportReader", "row {row}: {reason}").format(row=self.row, reason=self.reason)


@dataclass(slots=True)
class Figures:
    source: Text | None  # the recognised format's name; None for a plain table
    sheet: str | None
    sheets: tuple[str, ...]  # every table of the file that can be chosen
    columns: tuple[str, ...]
    date_column: str | None
    value_column: str | None
    combine: Combine
    default_combine: Combine  # the recognised format's rule
    start: float
    points: list[tuple[date, float]]
    faults: list[Fault]
    notes: list[Text]
    head: list[tuple[int, Row]]
    repeated_days: int = 0
    blocker: Text | None = None  # why nothing can be imported from these choices
    order: DateOrder = DateOrder.AUTO
    month_first: bool = False  # the format writes numeric dates month first

    @property
    def can_import(self) -> bool:
        return self.blocker is None and bool(self.points)


def read_figures(
    path: Path,
    *,
    today: date,
    sheet: str | None = None,
    date_column: str | None = None,
    value_column: str | None = None,
    combine: Combine | None = None,
    start: float = 0.0,
    date_order: DateOrder = DateOrder.AUTO,
) -> Figures:
    """Raises ExportError when the file cannot be read or is not a time series."""
    return figures_from(
        load(path),
        today=today,
        sheet=sheet,
        date_column=date_column,
        value_column=value_column,
        combine=combine,
        start=start,
        date_order=date_order,
    )


def recognise(table: Table) -> Layout:
    for family in FAMILIES:
        layout: Layout | None = family.recognise(table)
        if layout is not None:
            return layout
    return generic.recognise(table)


def choose_table(source: Source, sheet: str | None) -> tuple[Table, Layout]:
    names = [t.name for t in source.tables if t.name is not None]
    if sheet is not None:
        for table in source.tables:
            if table.name is not None and table.name.strip().lower() == sheet.strip().lower():
                return table, recognise(table)
        if not names:
            raise ExportError(
                translate("ExportReader", "The file has one table and no sheet named “{sheet}”.").format(
                    sheet=sheet
                )
            )
        raise ExportError(
            translate("ExportReader", "There is no sheet “{sheet}”; the file has {names}.").format(
                sheet=sheet, names=", ".join(f"“{n}”" for n in names)
            )
        )
    refused: Layout | None = None
    for table in source.tables:
        layout = recognise(table)
        if layout.refuse is not None:
            refused = refused or layout
            continue
        if layout.date_column is not None:
            return table, layout
    if refused is not None:
        assert refused.refuse is not None
        raise ExportError(refused.refuse)
    raise ExportError(
        translate(
            "ExportReader",
            "No column of dates was found, so this is not a series of figures over time. "
            "Export the daily figures: one row per day (or per post) with its date.",
        )
    )


def figures_from(
    source: Source,
    *,
    today: date,
    sheet: str | None = None,
    date_column: str | None = None,
    value_column: str | None = None,
    combine: Combine | None = None,
    start: float = 0.0,
    date_order: DateOrder = DateOrder.AUTO,
) -> Figures:
    table, layout = choose_table(source, sheet)
    if layout.refuse is not None:
        raise ExportError(layout.refuse)
    rule = combine or layout.combine
    chosen_date = _named(table, date_column) if date_column else layout.date_column
    chosen_value = _named(table, value_column) if value_column else layout.value_column
    if rule is Combine.COUNT:
        chosen_value = None  # rows are counted: no column of figures is read
    if value_column is None and chosen_value is None and rule is not Combine.COUNT:
        chosen_value = generic.guess_columns(table, layout.decimal_comma)[1]
    nth_start = layout.nth_day_start if chosen_date == layout.date_column else None
    notes: list[Text] = list(source.notes) + list(layout.notes)
    figures = Figures(
        layout.name,
        table.name,
        tuple(t.name for t in source.tables if t.name is not None),
        table.columns,
        chosen_date,
        chosen_value,
        rule,
        layout.combine,
        start,
        [],
        [],
        notes,
        table.head,
    )
    figures.month_first = layout.month_first and chosen_date == layout.date_column
    if chosen_date is None:
        figures.blocker = translate("ExportReader", "Choose the column that holds the dates.")
        return figures
    if chosen_value is None and rule is not Combine.COUNT:
        figures.blocker = translate(
            "ExportReader", "Choose the column that holds the figures, or count the rows of each day."
        )
        return figures
    if chosen_value == chosen_date:
        figures.blocker = translate(
            "ExportReader", "The date and the value must come from two different columns."
        )
        return figures
    # A million small lists would set off the cyclic garbage collector again and
    # again (each run walks every list made so far); none of them forms a cycle.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _fill(figures, table, layout, nth_start, today, date_order)
    finally:
        if collecting:
            gc.enable()
    return figures


def _named(table: Table, name: str) -> str:
    found = column(table, name)
    if found is None:
        raise ExportError(
            translate("ExportReader", "There is no column “{name}”; the columns are {columns}.").format(
                name=name, columns=", ".join(f"“{c}”" for c in table.columns)
            )
        )
    return found


def _comma_float(text: str) -> float:
    value = parse_decimal_comma(text)
    if value is None:
        raise ValueError(text)
    return value


def _fill(
    figures: Figures,
    table: Table,
    layout: Layout,
    nth_start: date | None,
    today: date,
    date_order: DateOrder,
) -> None:
    assert figures.date_column is not None
    di = table.columns.index(figures.date_column)
    vi = (
        table.columns.index(figures.value_column)
        if figures.combine is not Combine.COUNT and figures.value_column
        else -1
    )
    comma = layout.decimal_comma
    to_float = _comma_float if comma else float
    tallies: dict[str, Tally] = {}
    row_faults: list[tuple[int, Text]] = []  # (data row index, reason)
    width = max(di, vi) + 1
    get = tallies.get
    # The loop below is the import's hot path (a million rows): one cell lookup, one
    # float() and one dict update a row; anything slower happens once per distinct
    # date text, or only for rows at fault.
    for index, cells in enumerate(table.rows()):
        try:
            key = cells[di]
            if vi < 0:
                value = 1.0
            else:
                value = to_float(cells[vi])
                if not 0.0 <= value <= MAX_VALUE:
                    raise ValueError(value)
        except (IndexError, ValueError):
            if not any(c.strip() for c in cells):
                continue  # a blank line between blocks, or an empty spreadsheet row
            if len(cells) < width:
                missing = table.columns[vi if len(cells) <= vi else di]
                row_faults.append(
                    (
                        index,
                        translate("ExportReader", "the row has no “{column}” cell").format(column=missing),
                    )
                )
                continue
            key = cells[di]
            parsed, reason = _slow_value(cells[vi], comma)
            if parsed is None:
                row_faults.append((index, reason))
                continue
            value = parsed
        if len(key) > 10 and key[4] == "-":
            key = key[:10]  # 2021-12-28 16:45 +0000: the day is enough, and repeats
        tally = get(key)
        if tally is None:
            tallies[key] = [value, 1, value, index]
        else:
            tally[0] += value
            tally[1] += 1
            tally[2] = value
            tally[3] = index

    days, bad_keys, order, placed_note = _read_keys(list(tallies), nth_start, today, date_order, figures)
    if figures.blocker is not None:
        return
    figures.order = order
    if date_order is DateOrder.AUTO and order is not DateOrder.AUTO:
        figures.notes.append(
            translate("ExportReader", "Dates are read day first (22/11/2026).")
            if order is DateOrder.DAY_FIRST
            else translate("ExportReader", "Dates are read month first (11/22/2026).")
        )
    if placed_note is not None:
        figures.notes.append(placed_note)
    if bad_keys:
        for index, cells in enumerate(table.rows()):
            if len(cells) > di:
                key = cells[di]
                if len(key) > 10 and key[4] == "-":
                    key = key[:10]
                bad_reason = bad_keys.get(key)
                if bad_reason is not None and key in tallies:
                    row_faults.append((index, bad_reason))
    numbers = table.row_numbers(i for i, _r in row_faults)
    figures.faults = sorted(
        (Fault(numbers.get(i, i + 1), reason) for i, reason in row_faults), key=lambda f: f.row
    )
    combined = combine_tallies(
        ((days[key], tally) for key, tally in tallies.items() if key in days),
        figures.combine,
        start=figures.start,
    )
    figures.points = combined.points
    figures.repeated_days = combined.repeated_days
    figures.notes.append(_rule_note(figures.combine, figures.start))
    if combined.repeated_days:
        figures.notes.append(
            _repeated_days_note(combined.repeated_days, keeps_last=figures.combine is Combine.LAST)
        )
    if not figures.points:
        figures.blocker = translate(
            "ExportReader",
            "No row has a date and a figure SmartGoals can read in “{date}”; the reasons are listed below.",
        ).format(date=figures.date_column)


def _slow_value(text: str, comma: bool) -> tuple[float | None, Text]:
    """The figure of a cell the quick float() refused, or the reason it has none."""
    if text.strip().lower() == "undefined":
        return None, translate("ExportReader", "the figure says “undefined”: the network left that day blank")
    if comma:
        comma_value = parse_decimal_comma(text)
        if comma_value is None:
            return None, translate(
                "ExportReader", "“{text}” is not a number in this file's format (1.234,5)"
            ).format(text=text.strip()[:24])
        if 0 <= comma_value <= MAX_VALUE:
            return comma_value, Text("ExportReader", "")
        text = f"{comma_value:f}"  # its sign or its size is at fault: said in the usual words below
    value, reason = parse_value(text)
    if value is not None:
        return value, Text("ExportReader", "")
    return None, reason or translate("ExportReader", "the figure cannot be read")


def _read_keys(
    keys: Sequence[str], nth_start: date | None, today: date, date_order: DateOrder, figures: Figures
) -> tuple[dict[str, date], dict[str, Text], DateOrder, Text | None]:
    """The day of each distinct date text, and the reason for each that has none."""
    days: dict[str, date] = {}
    bad: dict[str, Text] = {}
    note: Text | None = None
    if nth_start is not None:
        for key in keys:
            if key.strip().isdigit():
                days[key] = nth_start + timedelta(days=int(key))
            else:
                bad[key] = translate("ExportReader", "“{text}” is not a day number").format(
                    text=key.strip()[:24]
                )
        return _drop_future(days, bad, today), bad, DateOrder.AUTO, None
    rest: list[str] = []
    for key in keys:
        # ISO days (most exports) need no regular expression and no decision on order.
        if len(key) == 10 and key[4] == "-":
            try:
                days[key] = date.fromisoformat(key)
                continue
            except ValueError:
                pass
        rest.append(key)
    keys = rest
    order = date_order
    if order is DateOrder.AUTO and figures.month_first:
        order = DateOrder.MONTH_FIRST
    if order is DateOrder.AUTO and keys:
        order, ambiguous = column_order(keys)
        if ambiguous:
            figures.blocker = translate(
                "ExportReader",
                "The dates in “{column}” could be day/month (22/11/2026) or month/day (11/22/2026). "
                "Choose the date order.",
            ).format(column=figures.date_column or "")
            return days, bad, order, None
    year_less: list[tuple[str, YearLess]] = []
    for key in keys:
        read = read_date(key, order, compact=True)
        if isinstance(read, date):
            days[key] = read
        elif isinstance(read, tuple):
            year_less.append((key, read))
        else:
            bad[key] = read
    if year_less:
        placed = place_without_year([md for _k, md in year_less], today)
        if placed is None:
            for key, _md in year_less:
                bad[key] = translate("ExportReader", "date {date} has no year and cannot be placed").format(
                    date=key.strip()
                )
        else:
            days.update({key: day for (key, _md), day in zip(year_less, placed.days, strict=True)})
            years = (
                str(placed.first_year)
                if placed.first_year == placed.last_year
                else f"{placed.first_year}\u2013{placed.last_year}"
            )
            note = translate(
                "ExportReader",
                "The dates have no year: they are placed in {years}, the most recent years that keep them "
                "in order and not in the future.",
            ).format(years=years)
    return _drop_future(days, bad, today), bad, order, note


def _drop_future(days: dict[str, date], bad: dict[str, Text], today: date) -> dict[str, date]:
    for key, day in list(days.items()):
        if message := check_measured_on(day, today):
            bad[key] = message
            del days[key]
    return days


def _rule_note(rule: Combine, start: float) -> Text:
    if rule is Combine.SUM:
        return translate("ExportReader", "Each day's figure is the sum of that day's rows.")
    if rule is Combine.COUNT:
        return translate("ExportReader", "Each day's figure is the number of rows with that date.")
    if rule is Combine.RUNNING_TOTAL:
        return translate(
            "ExportReader",
            "Each day's figure is the running total of the daily gains, starting at {start}.",
        ).format(start=start)
    return translate(
        "ExportReader", "Each day's figure is that day's row (the last one, if there are several)."
    )


def _repeated_days_note(days: int, *, keeps_last: bool) -> Text:
    """How days with several rows became one figure; one day and many are worded apart."""
    if keeps_last:
        if days == 1:
            return translate(
                "ExportReader",
                "One day has more than one row: its last row is kept. Choose the sum to add them up.",
            )
        return translate(
            "ExportReader",
            "{days} days have more than one row: the last row of each is kept. "
            "Choose the sum to add them up.",
        ).format(days=days)
    if days == 1:
        return translate("ExportReader", "One day has more than one row; its rows are combined as above.")
    return translate(
        "ExportReader", "{days} days have more than one row; their rows are combined as above."
    ).format(days=days)
