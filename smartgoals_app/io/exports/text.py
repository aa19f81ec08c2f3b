"""An export's bytes as text: the encoding found (UTF-8 with or without BOM, UTF-16 with
BOM, else Windows-1252 / Latin-1 with a note), the delimiter sniffed, a header row told
from a row of figures, and names for columns without one. Every message is a
translatable ``domain.text.Text`` (context "CsvImport", as the catalogue holds them)."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence

from smartgoals_app.domain.text import Text, translate
from smartgoals_app.domain.validation import parse_number
from smartgoals_app.io.exports.cells import DateOrder, parse_date

SNIFF_CHARS = 64 * 1024
DELIMITERS = ",;\t|"


class TextFileError(ValueError):
    """Text that says what it is but is damaged; ``args[0]`` is worded for the user."""


def column_name(index: int) -> Text:
    """The name shown for a column without one: "Column A", "Column B", … "Column AA"."""
    return translate("CsvImport", "Column {letters}").format(letters=_letters(index))


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, notes for the user); raises TextFileError for damaged UTF-16."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8", []
        except UnicodeDecodeError:
            pass  # a BOM on a file that is not UTF-8 after all: try the fallbacks below
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16", []
        except UnicodeDecodeError as exc:
            raise TextFileError(
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


def sniff_delimiter(text: str) -> str:
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


def looks_like_data(cells: Sequence[str]) -> bool:
    """A first row with a date in one cell and a number in another is data, not names."""
    has_date = any(parse_date(c, DateOrder.AUTO)[0] is not None for c in cells)
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
