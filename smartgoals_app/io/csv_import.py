"""Read past figures from an analytics export (CSV): the trend so far, before the goal.

Two steps, so a dialog can show what it will do before anything is saved:

1. `read_table(path)` reads the whole file once: size and row limits, encoding
   (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 / Latin-1 with a
   note), the delimiter (csv.Sniffer, with a fallback), and whether the first row is
   a header. Whole-file problems raise `CsvImportError` with a message for the user.
2. `preview(table, date_column=..., value_column=..., today=...)` turns the chosen
   columns into good (date, value) points and a list of `Problem`s, one per row at
   fault, in plain words ("row 7: “n/a” is not a number").

Every message for the user (CsvImportError's ``args[0]``, notes, blocker, the reason
of a Problem and the names made for unnamed columns) is a translatable
``domain.text.Text``: English as a str, rendered in the user's language by the UI.

Row numbers are the file's line numbers as a text editor or spreadsheet shows them:
the header is row 1. Numbers go through `domain.validation.parse_number`, so
"1,200" reads as 1200 and NaN, infinity, negative and huge values are refused.
Dates are read without the locale (Qt sets one in the app, which would change what
`strptime("%b")` accepts).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from smartgoals_app.domain.text import Text, fixed, translate
from smartgoals_app.domain.validation import MAX_VALUE, parse_number

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
SNIFF_CHARS = 64 * 1024
DELIMITERS = ",;\t|"


class CsvImportError(ValueError):
    """Why a file cannot be read at all; worded for the user."""


class DateOrder(Enum):
    """How to read 03/04/2026: decided by the whole column, or said by the user."""

    AUTO = "auto"
    DAY_FIRST = "day-first"  # 22/11/2026
    MONTH_FIRST = "month-first"  # 11/22/2026


@dataclass(frozen=True, slots=True)
class CsvTable:
    """The file as read: column names and the data rows with their row numbers."""

    path: Path | None
    columns: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number, cells)
    delimiter: str
    encoding: str
    has_header: bool
    notes: tuple[str, ...] = ()

    def first_rows(self, count: int) -> list[tuple[str, ...]]:
        return [cells for _number, cells in self.rows[:count]]


@dataclass(frozen=True, slots=True)
class Problem:
    row: int
    reason: str
    duplicate: bool = False  # a second row for a day: it is kept, the earlier row is not

    @property
    def message(self) -> Text:
        """ "row 7: “n/a” is not a number", translatable with its reason."""
        return translate("CsvImport", "row {row}: {reason}").format(row=self.row, reason=self.reason)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class Preview:
    """What an import of the chosen columns would write, and what it would leave out."""

    points: list[tuple[date, float]]  # oldest first, one per day
    problems: list[Problem]
    date_order: DateOrder  # the order used; AUTO when the column has no numeric dates
    blocker: str | None = None  # why nothing can be imported yet, for the whole file
    notes: list[str] = field(default_factory=list)

    @property
    def can_import(self) -> bool:
        return self.blocker is None and bool(self.points)


# -- reading the file ----------------------------------------------------------


def read_table(path: Path) -> CsvTable:
    """Read the whole file; raises CsvImportError for a file that cannot be used."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise CsvImportError(
            translate("CsvImport", "The file {name} no longer exists.").format(name=path.name)
        ) from exc
    except OSError as exc:
        raise CsvImportError(
            translate("CsvImport", "SmartGoals cannot open {name}: {detail}.").format(
                name=path.name, detail=str(exc.strerror)
            )
        ) from exc
    if size > MAX_BYTES:
        raise CsvImportError(
            translate(
                "CsvImport",
                "{name} is {size} MB; SmartGoals reads files up to {limit} MB. "
                "Export a shorter period, or only the date and value columns.",
            ).format(name=path.name, size=fixed(size / 1024 / 1024, 1), limit=MAX_BYTES // 1024 // 1024)
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CsvImportError(
            translate("CsvImport", "SmartGoals cannot read {name}: {detail}.").format(
                name=path.name, detail=str(exc.strerror)
            )
        ) from exc
    return parse_table(data, path=path)


def parse_table(data: bytes, *, path: Path | None = None) -> CsvTable:
    """The bytes of a CSV file as a table (read_table without the file system)."""
    name: str = path.name if path is not None else translate("CsvImport", "The file")
    if len(data) > MAX_BYTES:
        raise CsvImportError(
            translate("CsvImport", "{name} is larger than {limit} MB.").format(
                name=name, limit=MAX_BYTES // 1024 // 1024
            )
        )
    _refuse_binary(data, name)
    text, encoding, notes = _decode(data)
    if not text.strip():
        raise CsvImportError(_empty(name))
    delimiter = _sniff_delimiter(text)
    records = _records(text, delimiter, name)
    if not records:
        raise CsvImportError(_empty(name))
    first = records[0][1]
    has_header = not _looks_like_data(first)
    if has_header:
        columns = tuple(cell.strip() or column_name(i) for i, cell in enumerate(first))
        rows = records[1:]
    else:
        width = max(len(cells) for _n, cells in records)
        columns = tuple(column_name(i) for i in range(width))
        rows = records
        notes.append(
            translate("CsvImport", "The first row holds figures, not column names: it is imported too.")
        )
    if not rows:
        raise CsvImportError(
            translate("CsvImport", "{name} has a header row but no rows of figures under it.").format(
                name=name
            )
        )
    if len(rows) > MAX_ROWS:
        raise CsvImportError(
            translate(
                "CsvImport",
                "{name} has {rows} rows; SmartGoals imports up to {limit} at a time. "
                "Export a shorter period, or split the file.",
            ).format(name=name, rows=len(rows), limit=MAX_ROWS)
        )
    if len(columns) < 2 and all(len(cells) < 2 for _n, cells in rows):
        raise CsvImportError(
            translate(
                "CsvImport",
                "{name} has only one column. The import needs a date column and a value column, "
                "separated by commas, semicolons or tabs.",
            ).format(name=name)
        )
    return CsvTable(path, columns, tuple(rows), delimiter, encoding, has_header, tuple(notes))


def _empty(name: str) -> Text:
    return translate("CsvImport", "{name} is empty: there are no rows to import.").format(name=name)


def column_name(index: int) -> Text:
    """The name shown for a column without one: "Column A", "Column B", … "Column AA"."""
    return translate("CsvImport", "Column {letters}").format(letters=_letters(index))


def _refuse_binary(data: bytes, name: str) -> None:
    if data.startswith(b"PK\x03\x04"):
        raise CsvImportError(
            translate(
                "CsvImport",
                "{name} is an Excel workbook or another zipped file, not a CSV file. "
                "In your spreadsheet, save or export it as CSV first.",
            ).format(name=name)
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 text has NUL bytes of its own
    if b"\x00" in data[:SNIFF_CHARS]:
        raise CsvImportError(
            translate(
                "CsvImport", "{name} is not a text file; choose the CSV export of your analytics."
            ).format(name=name)
        )


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8", []
        except UnicodeDecodeError:
            pass  # a BOM on a file that is not UTF-8 after all: try the fallbacks below
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16", []
        except UnicodeDecodeError as exc:
            raise CsvImportError(
                translate("CsvImport", "The file says it is UTF-16 text but is damaged; export it again.")
            ) from exc
    else:
        try:
            return data.decode("utf-8"), "UTF-8", []
        except UnicodeDecodeError:
            pass
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    for codec, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        note = translate(
            "CsvImport",
            "The file is not UTF-8; it was read as {encoding} (Western European). "
            "If accented letters look wrong, export it again as UTF-8.",
        ).format(encoding=label)
        return text, label, [note]
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _sniff_delimiter(text: str) -> str:
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rfind("\n")]  # whole lines only
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    # The Sniffer gives up on short or irregular files: take the candidate that
    # appears most often in the first line (outside quotes, roughly), else a comma.
    first_line = sample.splitlines()[0] if sample.splitlines() else ""
    unquoted = re.sub(r'"[^"]*"', "", first_line)
    counts = {d: unquoted.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _records(text: str, delimiter: str, name: str) -> list[tuple[int, tuple[str, ...]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, tuple[str, ...]]] = []
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                records.append((start, tuple(cells)))
                if len(records) > MAX_ROWS + 1:  # +1: the header
                    raise CsvImportError(
                        translate(
                            "CsvImport",
                            "{name} has more than {limit} rows; SmartGoals imports up to "
                            "{limit} at a time. Export a shorter period, or split the file.",
                        ).format(name=name, limit=MAX_ROWS)
                    )
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CsvImportError(
            translate("CsvImport", "{name} cannot be read as CSV near row {row}: {detail}.").format(
                name=name, row=reader.line_num, detail=str(exc)
            )
        ) from exc
    return records


def _looks_like_data(cells: Sequence[str]) -> bool:
    """A first row with a date in one cell and a number in another is data, not names."""
    has_date = any(_parse_date(c, DateOrder.AUTO)[0] is not None for c in cells)
    has_number = any(parse_number(c).value is not None for c in cells)
    return has_date and has_number


def _letters(index: int) -> str:
    """Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- dates ---------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]+)\.?,?[ -](\d{4})$")
_MONTH_DAY = re.compile(r"^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$")


def _make(year: int, month: int, day: int, text: str) -> tuple[date | None, Text | None]:
    try:
        return date(year, month, day), None
    except ValueError:
        return None, translate("CsvImport", "date {date} does not exist").format(date=text)


def _parse_date(text: str, order: DateOrder) -> tuple[date | None, Text | None]:
    """(date, None) or (None, reason). AUTO reads numeric dates day first unless only
    month first makes a date (for guessing columns; `preview` decides the order first)."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None, translate("CsvImport", "the date is empty")
    if m := _ISO.match(cleaned):
        return _make(int(m[1]), int(m[2]), int(m[3]), cleaned)
    if m := _NUMERIC.match(cleaned):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        if order is DateOrder.MONTH_FIRST:
            if first > 12 and second <= 12:
                return None, translate(
                    "CsvImport", "date {date} reads as day/month, but this column is month/day"
                ).format(date=cleaned)
            return _make(year, first, second, cleaned)
        if second > 12 and first <= 12:
            if order is DateOrder.DAY_FIRST:
                return None, translate(
                    "CsvImport", "date {date} reads as month/day, but this column is day/month"
                ).format(date=cleaned)
            return _make(year, first, second, cleaned)  # AUTO: only month/day can be meant
        return _make(year, second, first, cleaned)
    if m := _DAY_MONTH.match(cleaned):
        month = _MONTHS.get(m[2].lower())
        if month is not None:
            return _make(int(m[3]), month, int(m[1]), cleaned)
    if m := _MONTH_DAY.match(cleaned):
        month = _MONTHS.get(m[1].lower())
        if month is not None:
            return _make(int(m[3]), month, int(m[2]), cleaned)
    return None, translate(
        "CsvImport",
        "“{text}” is not a date I can read "
        "(use 2026-11-22, 22/11/2026, 11/22/2026, 22 Nov 2026 or Nov 22, 2026)",
    ).format(text=_clip(cleaned))


def decide_date_order(texts: Sequence[str]) -> tuple[DateOrder, bool]:
    """(order, ambiguous) for a column's numeric dates such as 03/04/2026.

    A first number above 12 anywhere (or dots, as in 01.11.2026) means day first; a
    second number above 12 means month first. When both appear the larger count wins (the other rows are
    reported). When neither does, the column cannot tell: ambiguous.
    """
    day_first = month_first = numeric = 0
    for text in texts:
        if m := _NUMERIC.match(" ".join(text.split())):
            numeric += 1
            first, second = int(m[1]), int(m[3])
            day_first += first > 12 or m[2] == "."  # 01.11.2026 is day first wherever it is written
            month_first += second > 12
    if not numeric:
        return DateOrder.AUTO, False
    if day_first or month_first:
        return (DateOrder.DAY_FIRST if day_first >= month_first else DateOrder.MONTH_FIRST), False
    return DateOrder.DAY_FIRST, not _all_symmetric(texts)


def _all_symmetric(texts: Sequence[str]) -> bool:
    """03/03/2026 reads the same either way: such dates need no decision."""
    for text in texts:
        if (m := _NUMERIC.match(" ".join(text.split()))) and m[1].lstrip("0") != m[3].lstrip("0"):
            return False
    return True


# -- numbers -------------------------------------------------------------------


def _parse_value(text: str) -> tuple[float | None, Text | None]:
    cleaned = text.strip()
    if not cleaned:
        return None, translate("CsvImport", "the value is empty")
    number = cleaned[:-1] if cleaned.endswith("%") else cleaned  # "12.5%" from a rate column
    parsed = parse_number(number)
    if parsed.value is not None:
        return parsed.value, None
    loose = parse_number(number, allow_negative=True, maximum=math.inf)
    shown = _clip(cleaned)
    if loose.value is None:
        if number.strip().lower().lstrip("+-") in ("nan", "inf", "infinity"):
            return None, translate("CsvImport", "“{text}” is not an ordinary number").format(text=shown)
        return None, translate("CsvImport", "“{text}” is not a number").format(text=shown)
    if loose.value < 0:
        return None, translate("CsvImport", "“{text}” is negative; figures cannot be below zero").format(
            text=shown
        )
    return None, translate("CsvImport", "“{text}” is too large (the most is {most})").format(
        text=shown, most=MAX_VALUE
    )


def _clip(text: str, limit: int = 24) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the preview ---------------------------------------------------------------


def preview(
    table: CsvTable,
    *,
    date_column: int,
    value_column: int,
    today: date,
    date_order: DateOrder = DateOrder.AUTO,
) -> Preview:
    """Good points and the rows at fault for the chosen columns; nothing is saved."""
    notes = list(table.notes)
    width = len(table.columns)
    if not (0 <= date_column < width and 0 <= value_column < width):
        return Preview(
            [], [], date_order, translate("CsvImport", "Choose a date column and a value column."), notes
        )
    if date_column == value_column:
        return Preview(
            [],
            [],
            date_order,
            translate("CsvImport", "The date and the value must come from two different columns."),
            notes,
        )
    order = date_order
    if order is DateOrder.AUTO:
        texts = [cells[date_column] for _n, cells in table.rows if date_column < len(cells)]
        order, ambiguous = decide_date_order(texts)
        if ambiguous:
            return Preview(
                [],
                [],
                DateOrder.AUTO,
                translate(
                    "CsvImport",
                    "The dates in “{column}” could be day/month (22/11/2026) "
                    "or month/day (11/22/2026). Choose the date order.",
                ).format(column=table.columns[date_column]),
                notes,
            )
    if order is not DateOrder.AUTO and date_order is DateOrder.AUTO:
        notes.append(
            translate("CsvImport", "Dates are read day first (22/11/2026).")
            if order is DateOrder.DAY_FIRST
            else translate("CsvImport", "Dates are read month first (11/22/2026).")
        )

    problems: list[Problem] = []
    kept: dict[date, tuple[int, float]] = {}
    needed = max(date_column, value_column) + 1
    for number, cells in table.rows:
        if len(cells) < needed:
            missing = table.columns[value_column if len(cells) <= value_column else date_column]
            problems.append(
                Problem(
                    number,
                    translate("CsvImport", "the row has no “{column}” cell").format(column=_clip(missing)),
                )
            )
            continue
        day, date_error = _parse_date(cells[date_column], order)
        value, value_error = _parse_value(cells[value_column])
        if day is None:
            problems.append(Problem(number, date_error or translate("CsvImport", "the date cannot be read")))
            continue
        if day > today:
            problems.append(
                Problem(
                    number,
                    translate("CsvImport", "date {date} is in the future").format(
                        date=_clip(cells[date_column])
                    ),
                )
            )
            continue
        if value is None:
            problems.append(
                Problem(number, value_error or translate("CsvImport", "the value cannot be read"))
            )
            continue
        if day in kept:
            earlier = kept[day][0]
            problems.append(
                Problem(
                    number,
                    translate("CsvImport", "same date as row {row}, the later row is kept").format(
                        row=earlier
                    ),
                    duplicate=True,
                )
            )
        kept[day] = (number, value)

    points = sorted((day, value) for day, (_n, value) in kept.items())
    blocker = None
    if not points:
        blocker = (
            translate("CsvImport", "The one row cannot be imported from these columns; the reason is below.")
            if len(table.rows) == 1
            else translate(
                "CsvImport",
                "None of the {rows} rows can be imported from these columns; the reasons are listed below.",
            ).format(rows=len(table.rows))
        )
    return Preview(points, problems, order, blocker, notes)


def guess_columns(table: CsvTable) -> tuple[int, int]:
    """The likeliest (date column, value column): most readable cells in the first rows."""
    sample = table.first_rows(50)
    width = len(table.columns)

    def share(column: int, *, dates: bool) -> float:
        cells = [row[column] for row in sample if column < len(row)]
        if not cells:
            return 0.0
        if dates:
            good = sum(_parse_date(c, DateOrder.AUTO)[0] is not None for c in cells)
        else:
            good = sum(_parse_value(c)[0] is not None for c in cells)
        return good / len(cells)

    date_column = max(range(width), key=lambda i: (share(i, dates=True), -i))
    others = [i for i in range(width) if i != date_column] or [date_column]
    value_column = max(others, key=lambda i: (share(i, dates=False), -i))
    return date_column, value_column
