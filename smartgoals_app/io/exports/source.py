"""An export file as tables of text cells: CSV text in any of the encodings the
networks write, `sep=` first lines, title and description lines above the header,
`#` comment blocks between several tables, and Excel / OpenDocument workbooks with
several sheets (read with python-calamine).

Data rows are not held in memory for CSV text: `Table.rows()` reads them again from
the decoded text each time, so a million-row export is read once per use, in C.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from smartgoals_app.domain.text import Text, fixed, translate
from smartgoals_app.io.exports.text import (
    SNIFF_CHARS,
    TextFileError,
    column_name,
    decode,
    looks_like_data,
    sniff_delimiter,
)

MAX_BYTES = 400 * 1024 * 1024
HEAD_ROWS = 60  # rows read up front to recognise the layout and guess the columns
HEAD_CHARS = 512 * 1024  # where the header and the first rows are looked for
TITLE_ROWS = 10  # lines above the header (titles, descriptions) looked through
_SEP_LINE = re.compile(r"^\s*\"?sep=(.)\"?\s*$", re.IGNORECASE)

Row = Sequence[str]


class ExportError(ValueError):
    """Why a file cannot be read as figures at all; ``args[0]`` is a translatable Text."""


@dataclass(slots=True)
class Table:
    """One table of a file: a CSV file, one `#`-separated block of one, or a sheet."""

    name: str | None  # the sheet's name; None for a file with one table
    columns: tuple[str, ...]
    above: tuple[str, ...]  # title and description lines above the header
    head: list[tuple[int, Row]]  # (row number, cells) of the first data rows
    has_header: bool
    delimiter: str
    _rows: Callable[[], Iterable[Row]]  # every data row, blank ones included
    _first_number: Callable[[], Iterator[int]]  # row numbers, one per row of _rows()
    comments: tuple[str, ...] = ()  # `#` lines of the file (Google Analytics)

    def rows(self) -> Iterable[Row]:
        return self._rows()

    def row_numbers(self, indices: Iterable[int]) -> dict[int, int]:
        """The row numbers people see (header = its line) of data rows by index."""
        wanted = set(indices)
        found: dict[int, int] = {}
        if not wanted:
            return found
        last = max(wanted)
        for index, number in enumerate(self._first_number()):
            if index in wanted:
                found[index] = number
            if index >= last:
                break
        return found


@dataclass(slots=True)
class Source:
    tables: list[Table]
    encoding: str
    notes: list[Text] = field(default_factory=list)
    workbook: bool = False


def load(path: Path) -> Source:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExportError(
                translate(
                    "ExportReader",
                    "{name} is {size} MB; SmartGoals reads files up to {limit} MB. "
                    "Export a shorter period, or only the date and value columns.",
                ).format(name=path.name, size=fixed(size / 1024 / 1024, 0), limit=MAX_BYTES // 1024 // 1024)
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ExportError(
            translate("ExportReader", "The file {name} does not exist.").format(name=path.name)
        ) from exc
    except OSError as exc:
        raise ExportError(
            translate("ExportReader", "SmartGoals cannot read {name}: {detail}.").format(
                name=path.name, detail=str(exc.strerror)
            )
        ) from exc
    return parse(data, name=path.name)


def parse(data: bytes, *, name: str) -> Source:
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return _workbook(data, name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        pass  # UTF-16 text has NUL bytes of its own
    elif b"\x00" in data[:SNIFF_CHARS]:
        raise ExportError(
            translate(
                "ExportReader",
                "{name} is not a text file or a workbook; choose the CSV or Excel export of your analytics.",
            ).format(name=name)
        )
    try:
        text, encoding, notes = decode(data)
    except TextFileError as exc:
        raise ExportError(exc.args[0]) from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ExportError(_empty(name))
    delimiter = None
    first_end = text.find("\n")
    first_line = text if first_end < 0 else text[:first_end]
    line_offset = 0
    if m := _SEP_LINE.match(first_line):
        # Excel's "sep=," line names the delimiter; it is not data.
        delimiter = m[1]
        text = text[first_end + 1 :] if first_end >= 0 else ""
        line_offset = 1
    if text.lstrip().startswith("#"):
        tables = _commented_tables(text, delimiter, line_offset, name)
    else:
        tables = [_text_table(text, delimiter or sniff_delimiter(text), line_offset, None, ())]
    found = [t for t in tables if t is not None]
    if not found:
        if any(line.strip() for line in text.splitlines()):
            raise ExportError(
                translate(
                    "ExportReader",
                    "{name} has only one column. The import needs a date column and a value column, "
                    "separated by commas, semicolons or tabs.",
                ).format(name=name)
            )
        raise ExportError(_empty(name))
    if all(not t.head for t in found):
        raise ExportError(
            translate("ExportReader", "{name} has a header row but no rows of figures under it.").format(
                name=name
            )
        )
    return Source(
        found, encoding, [Text("CsvImport", note) if not isinstance(note, Text) else note for note in notes]
    )


def _empty(name: str) -> Text:
    return translate("ExportReader", "{name} is empty: there are no rows to import.").format(name=name)


def _text_table(
    text: str, delimiter: str, line_offset: int, table_name: str | None, comments: tuple[str, ...]
) -> Table | None:
    """A table from CSV text: lines with fewer than two filled cells above the first
    line with two or more are titles and descriptions; that line is the header
    (unless it already holds a date and a number)."""

    def reader(whole: bool = True) -> Iterator[tuple[int, list[str]]]:
        records = csv.reader(io.StringIO(text if whole else beginning, newline=""), delimiter=delimiter)
        start = 1
        for cells in records:
            yield start + line_offset, cells
            start = records.line_num + 1

    # The header and the first rows are found in the file's beginning: a StringIO of a
    # whole 100 MB export costs a copy each time it is made.
    beginning = text
    if len(text) > HEAD_CHARS:
        cut = text.rfind("\n", 0, HEAD_CHARS)
        beginning = text[: cut + 1] if cut > 0 else text
    above: list[str] = []
    header: tuple[int, list[str]] | None = None
    skip = 0
    try:
        for number, cells in reader(whole=False):
            skip += 1
            filled = [c for c in cells if c.strip()]
            if len(filled) >= 2:
                header = (number, cells)
                break
            if filled:
                above.append(filled[0].strip())
            if len(above) > TITLE_ROWS:
                break
    except csv.Error:
        return None
    if header is None:
        return None
    has_header = not looks_like_data(header[1])
    if not has_header:
        skip -= 1
    head: list[tuple[int, Row]] = []
    try:
        for index, (number, cells) in enumerate(reader(whole=False)):
            if index < skip:
                continue
            if any(c.strip() for c in cells):
                head.append((number, cells))
            if len(head) >= HEAD_ROWS:
                break
    except csv.Error:
        pass  # the beginning was cut inside a quoted cell: the rows before it will do
    if has_header:
        columns = tuple(c.strip() or column_name(i) for i, c in enumerate(header[1]))
    else:
        width = max((len(cells) for _n, cells in head), default=0)
        columns = tuple(column_name(i) for i in range(width))

    def rows() -> Iterator[list[str]]:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for _ in range(skip):
            next(records, None)
        return records

    def numbers() -> Iterator[int]:
        for index, (number, _cells) in enumerate(reader()):
            if index >= skip:
                yield number

    return Table(table_name, columns, tuple(above), head, has_header, delimiter, rows, numbers, comments)


def _commented_tables(text: str, delimiter: str | None, line_offset: int, name: str) -> list[Table | None]:
    """Google Analytics downloads: `#` comment blocks, then tables separated by blank
    lines and more `#` blocks. Every table gets the file's comments."""
    lines = text.splitlines()
    comments = tuple(line.lstrip("#").strip() for line in lines if line.startswith("#"))
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for index, line in enumerate(lines):
        if line.startswith("#") or not line.strip():
            if current:
                blocks.append((start, current))
                current = []
            continue
        if not current:
            start = index
        current.append(line)
    if current:
        blocks.append((start, current))
    tables: list[Table | None] = []
    for number, (first, block) in enumerate(blocks, start=1):
        body = "\n".join(block) + "\n"
        sep = delimiter or sniff_delimiter(body)
        label = (
            str(translate("ExportReader", "Table {number}").format(number=number))
            if len(blocks) > 1
            else None
        )
        tables.append(_text_table(body, sep, line_offset + first, label, comments))
    return tables


# -- workbooks ------------------------------------------------------------------


def _workbook(data: bytes, name: str) -> Source:
    import python_calamine  # a compiled reader, loaded only for workbooks

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [
            (sheet, book.get_sheet_by_name(sheet).to_python(skip_empty_area=False))
            for sheet in book.sheet_names
        ]
    except Exception as exc:  # calamine raises its own and zip errors; all mean the same
        raise ExportError(
            translate(
                "ExportReader",
                "{name} looks like an Excel workbook but cannot be read ({detail}). Save it again "
                "from your spreadsheet as .xlsx, or export the analytics again.",
            ).format(name=name, detail=type(exc).__name__)
        ) from exc
    tables: list[Table] = []
    for sheet_name, values in sheets:
        grid = [[_cell_text(v) for v in row] for row in values]
        table = _grid_table(sheet_name, grid)
        if table is not None:
            tables.append(table)
    if not tables:
        raise ExportError(
            translate("ExportReader", "{name} is a workbook with no filled sheet.").format(name=name)
        )
    return Source(tables, "workbook", [], workbook=True)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def _grid_table(sheet_name: str, grid: list[list[str]]) -> Table | None:
    above: list[str] = []
    header_index = None
    for index, cells in enumerate(grid[: TITLE_ROWS + 1]):
        filled = [c for c in cells if c.strip()]
        if len(filled) >= 2:
            header_index = index
            break
        if filled:
            above.append(filled[0].strip())
    if header_index is None:
        return None
    header = grid[header_index]
    has_header = not looks_like_data(header)
    first_data = header_index + 1 if has_header else header_index
    body: list[Row] = list(grid[first_data:])
    if has_header:
        columns = tuple(c.strip() or column_name(i) for i, c in enumerate(header))
    else:
        columns = tuple(column_name(i) for i in range(max(len(r) for r in body)))
    head: list[tuple[int, Row]] = [
        (first_data + 1 + i, cells) for i, cells in enumerate(body) if any(c.strip() for c in cells)
    ][:HEAD_ROWS]

    def numbers() -> Iterator[int]:
        return iter(range(first_data + 1, first_data + 1 + len(body)))

    return Table(sheet_name, columns, tuple(above), head, has_header, ",", lambda: body, numbers)
