"""Reading an analytics export: every kind of bad input gets a specific message."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from smartgoals_app.io import csv_import
from smartgoals_app.io.csv_import import CsvImportError, CsvTable, DateOrder, Preview, parse_table, read_table

TODAY = date(2026, 11, 22)


def table(text: str, encoding: str = "utf-8") -> CsvTable:
    return parse_table(text.encode(encoding))


def run(
    text: str, *, order: DateOrder = DateOrder.AUTO, date_column: int = 0, value_column: int = 1
) -> Preview:
    return csv_import.preview(
        table(text), date_column=date_column, value_column=value_column, today=TODAY, date_order=order
    )


def reasons(result: Preview) -> list[str]:
    return [str(p) for p in result.problems]


# -- the file ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Date,Visits\n2026-11-01,10\n2026-11-02,12\n", ","),
        ("Date;Visits\n2026-11-01;10\n2026-11-02;12\n", ";"),
        ("Date\tVisits\n2026-11-01\t10\n2026-11-02\t12\n", "\t"),
        ("Date|Visits\n2026-11-01|10\n2026-11-02|12\n", "|"),
        ('Date,Visits\n2026-11-01,"1,200"\n2026-11-02,"1,350"\n', ","),
    ],
)
def test_delimiter_is_sniffed(text: str, delimiter: str) -> None:
    read = table(text)
    assert read.delimiter == delimiter
    assert read.columns == ("Date", "Visits")
    assert run(text).points[0][0] == date(2026, 11, 1)


def test_quoted_thousands_in_a_comma_file() -> None:
    assert run('Date,Visits\n2026-11-01,"1,200"\n').points == [(date(2026, 11, 1), 1200.0)]


def test_semicolon_file_with_decimal_commas() -> None:
    assert run("Datum;Besuche\n01.11.2026;12,5\n").points == [(date(2026, 11, 1), 12.5)]


def test_utf8_bom_is_dropped_from_the_first_column_name() -> None:
    read = parse_table("\ufeffDate,Visits\n2026-11-01,10\n".encode())
    assert read.columns[0] == "Date"
    assert read.encoding == "UTF-8"
    assert read.notes == ()


def test_utf16_with_bom_as_excel_writes_it() -> None:
    read = parse_table("Date\tVisits\n2026-11-01\t10\n".encode("utf-16"))
    assert read.columns == ("Date", "Visits")
    assert read.encoding == "UTF-16"


def test_windows_1252_falls_back_with_a_note() -> None:
    read = table("Date;Café visits €\n2026-11-01;10\n", encoding="cp1252")
    assert read.columns == ("Date", "Café visits €")
    assert read.encoding == "Windows-1252"
    assert "not UTF-8" in read.notes[0]


def test_latin1_when_cp1252_cannot_decode() -> None:
    data = b"Date;Visits\n2026-11-01;10\n" + b"2026-11-02;11;\x81\n"
    read = parse_table(data)
    assert read.encoding == "Latin-1"
    assert "Latin-1" in read.notes[0]


def test_crlf_line_endings() -> None:
    assert len(run("Date,Visits\r\n2026-11-01,10\r\n2026-11-02,11\r\n").points) == 2


def test_blank_lines_are_skipped_and_row_numbers_follow_the_file() -> None:
    result = run("Date,Visits\n\n2026-11-01,10\n\n2026-11-02,oops\n")
    assert result.points == [(date(2026, 11, 1), 10.0)]
    assert reasons(result) == ["row 5: “oops” is not a number"]


def test_file_without_a_header_row() -> None:
    read = table("2026-11-01,10\n2026-11-02,12\n")
    assert not read.has_header
    assert read.columns == ("Column A", "Column B")
    assert len(read.rows) == 2
    assert any("first row holds figures" in n for n in read.notes)


def test_empty_header_cells_get_letters() -> None:
    assert table("Date,,Visits\n2026-11-01,x,10\n").columns == ("Date", "Column B", "Visits")


@pytest.mark.parametrize("text", ["", "   \n\n  \r\n"])
def test_empty_file(text: str) -> None:
    with pytest.raises(CsvImportError, match="empty"):
        table(text)


def test_header_without_rows() -> None:
    with pytest.raises(CsvImportError, match="header row but no rows"):
        table("Date,Visits\n")


def test_one_column_only() -> None:
    with pytest.raises(CsvImportError, match="only one column"):
        table("Visits\n10\n12\n")


def test_excel_workbook_is_refused_by_name() -> None:
    with pytest.raises(CsvImportError, match="Excel workbook"):
        parse_table(b"PK\x03\x04\x14\x00\x06\x00rest of a zip")


def test_binary_file_is_refused() -> None:
    with pytest.raises(CsvImportError, match="not a text file"):
        parse_table(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_too_many_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_import, "MAX_ROWS", 5)
    table("Date,Visits\n" + "2026-11-01,1\n" * 5)  # exactly the limit is fine
    with pytest.raises(CsvImportError, match="more than 5 rows"):
        table("Date,Visits\n" + "2026-11-01,1\n" * 6)


def test_the_real_row_limit_is_one_hundred_thousand() -> None:
    assert csv_import.MAX_ROWS == 100_000
    assert csv_import.MAX_BYTES == 20 * 1024 * 1024
    with pytest.raises(CsvImportError, match="100,000"):
        table("Date,Visits\n" + "2026-11-01,1\n" * 100_001)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.write(b"Date,Visits\n")
        f.seek(csv_import.MAX_BYTES + 10)
        f.write(b"\n")
    with pytest.raises(CsvImportError, match=r"huge\.csv is 20\.0 MB; SmartGoals reads files up to 20 MB"):
        read_table(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="no longer exists"):
        read_table(tmp_path / "gone.csv")


def test_read_table_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "ga4.csv"
    path.write_bytes(b"\xef\xbb\xbfDay,Sessions\n2026-11-01,10\n")
    read = read_table(path)
    assert read.path == path
    assert read.columns == ("Day", "Sessions")


def test_broken_quoting_is_reported_with_the_row() -> None:
    # An unclosed quote swallows the rest of the file into one cell, past the csv
    # module's field limit: that is a csv.Error, worded with the row it started on.
    with pytest.raises(CsvImportError, match="cannot be read as CSV near row"):
        table('Date,Visits\n2026-11-01,"1\n' + "2026-11-02,2\n" * 20_000)


# -- dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-02",
        "2026-11-02T08:30:00",
        "2026-11-02 08:30",
        "02/11/2026",
        "2/11/2026",
        "02.11.2026",
        "2 Nov 2026",
        "02 November 2026",
        "2-Nov-2026",
        "Nov 2, 2026",
        "November 2, 2026",
        "nov 2 2026",
    ],
)
def test_date_formats(text: str) -> None:
    assert (date(2026, 11, 2), 5.0) in run(f'Date,Visits\n"{text}",5\n25/10/2026,1\n').points


def test_day_first_column_is_recognised_from_any_row() -> None:
    result = run("Date,Visits\n01/11/2026,1\n22/11/2026,2\n")
    assert result.date_order is DateOrder.DAY_FIRST
    assert [d for d, _v in result.points] == [date(2026, 11, 1), date(2026, 11, 22)]
    assert "day first" in result.notes[-1]


def test_month_first_column_is_recognised_from_any_row() -> None:
    result = run("Date,Visits\n11/01/2026,1\n11/22/2026,2\n")
    assert result.date_order is DateOrder.MONTH_FIRST
    assert [d for d, _v in result.points] == [date(2026, 11, 1), date(2026, 11, 22)]


def test_ambiguous_column_asks_for_the_order() -> None:
    text = "Date,Visits\n01/11/2026,1\n02/11/2026,2\n"
    result = run(text)
    assert not result.can_import
    assert result.blocker is not None
    assert "Choose the date order" in result.blocker
    assert run(text, order=DateOrder.DAY_FIRST).points[0][0] == date(2026, 11, 1)
    assert run(text, order=DateOrder.MONTH_FIRST).points[0][0] == date(2026, 1, 11)


def test_dates_that_read_the_same_either_way_need_no_choice() -> None:
    assert run("Date,Visits\n03/03/2026,1\n").points == [(date(2026, 3, 3), 1.0)]


def test_a_row_against_the_column_order_is_reported() -> None:
    result = run("Date,Visits\n22/10/2026,1\n23/10/2026,2\n10/24/2026,3\n")
    assert reasons(result) == ["row 4: date 10/24/2026 reads as month/day, but this column is day/month"]
    result = run("Date,Visits\n10/22/2026,1\n10/23/2026,2\n24/10/2026,3\n")
    assert reasons(result) == ["row 4: date 24/10/2026 reads as day/month, but this column is month/day"]


def test_explicit_order_wins_over_the_column() -> None:
    result = run("Date,Visits\n22/10/2026,1\n", order=DateOrder.MONTH_FIRST)
    assert reasons(result) == ["row 2: date 22/10/2026 reads as day/month, but this column is month/day"]


def test_date_that_does_not_exist() -> None:
    result = run("Date,Visits\n01/02/2026,1\n31/02/2026,2\n2026-02-30,3\n30 Feb 2026,4\n")
    assert reasons(result) == [
        "row 3: date 31/02/2026 does not exist",
        "row 4: date 2026-02-30 does not exist",
        "row 5: date 30 Feb 2026 does not exist",
    ]


def test_date_in_the_future() -> None:
    result = run("Date,Visits\n22/11/2026,1\n23/11/2026,2\n")
    assert result.points == [(TODAY, 1.0)]
    assert reasons(result) == ["row 3: date 23/11/2026 is in the future"]


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("", "the date is empty"),
        ("yesterday", "“yesterday” is not a date I can read"),
        ("22 Foo 2026", "“22 Foo 2026” is not a date I can read"),
        ("22/11/26", "“22/11/26” is not a date I can read"),
    ],
)
def test_unreadable_dates(cell: str, reason: str) -> None:
    result = run(f"Date,Visits\n2026-11-01,1\n{cell},2\n")
    assert reasons(result)[0].startswith(f"row 3: {reason}")


# -- values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("n/a", "“n/a” is not a number"),
        ("", "the value is empty"),
        ("NaN", "“NaN” is not an ordinary number"),
        ("inf", "“inf” is not an ordinary number"),
        ("-5", "“-5” is negative; figures cannot be below zero"),
        ("1e15", "“1e15” is too large (the most is 1,000,000,000,000)"),
    ],
)
def test_bad_values(cell: str, reason: str) -> None:
    result = run(f"Date,Visits\n2026-11-01,1\n2026-11-02,{cell}\n")
    assert reasons(result) == [f"row 3: {reason}"]
    assert result.points == [(date(2026, 11, 1), 1.0)]


@pytest.mark.parametrize(
    ("cell", "value"),
    [("1,200", 1200.0), ("1 200", 1200.0), ("12.5", 12.5), ("1.200,50", 1200.5), ("12.5%", 12.5), ("0", 0.0)],
)
def test_good_values(cell: str, value: float) -> None:
    assert run(f'Date;Visits\n2026-11-01;"{cell}"\n').points == [(date(2026, 11, 1), value)]


# -- rows ----------------------------------------------------------------------


def test_same_date_keeps_the_later_row() -> None:
    result = run("Date,Visits\n2026-11-01,1\n2026-11-01,2\n2026-11-01,3\n")
    assert result.points == [(date(2026, 11, 1), 3.0)]
    assert reasons(result) == [
        "row 3: same date as row 2, the later row is kept",
        "row 4: same date as row 3, the later row is kept",
    ]


def test_points_are_sorted_oldest_first() -> None:
    result = run("Date,Visits\n2026-11-03,3\n2026-11-01,1\n2026-11-02,2\n")
    assert [v for _d, v in result.points] == [1.0, 2.0, 3.0]


def test_short_row_is_reported() -> None:
    result = run("Date,Notes,Visits\n2026-11-01,a,1\n2026-11-02,b\n", value_column=2)
    assert reasons(result) == ["row 3: the row has no “Visits” cell"]


def test_extra_cells_are_ignored() -> None:
    assert run("Date,Visits\n2026-11-01,1,extra,cells\n").points == [(date(2026, 11, 1), 1.0)]


def test_no_usable_rows() -> None:
    result = run("Date,Visits\n2026-11-01,n/a\nsoon,3\n")
    assert not result.can_import
    assert result.blocker is not None
    assert "None of the 2 rows can be imported" in result.blocker
    assert len(result.problems) == 2


def test_same_column_twice_is_refused() -> None:
    result = run("Date,Visits\n2026-11-01,1\n", date_column=1, value_column=1)
    assert result.blocker == "The date and the value must come from two different columns."


def test_column_out_of_range_is_refused() -> None:
    assert run("Date,Visits\n2026-11-01,1\n", value_column=7).blocker is not None


def test_a_realistic_export_lists_every_row_at_fault() -> None:
    text = (
        "Date,Sessions,Users\n"  # row 1
        "2026-10-01,120,100\n"
        "2026-10-02,130,101\n"
        "2026-10-03,125,99\n"
        "2026-10-04,128,98\n"
        "2026-10-05,131,97\n"
        "2026-10-06,n/a,0\n"  # row 7
        "2026-10-07,135,96\n"
        "31/02/2026,1,1\n"  # row 9
        "2026-10-09,140,95\n"
        "2026-10-10,141,94\n"
        "2026-12-24,150,93\n"  # row 12
        "2026-10-12,145,92\n"
        "2026-10-13,146,91\n"
        "2026-10-13,147,90\n"  # row 15
    )
    result = run(text)
    assert reasons(result) == [
        "row 7: “n/a” is not a number",
        "row 9: date 31/02/2026 does not exist",
        "row 12: date 2026-12-24 is in the future",
        "row 15: same date as row 14, the later row is kept",
    ]
    assert len(result.points) == 10
    assert result.points[-1] == (date(2026, 10, 13), 147.0)
    assert result.can_import


def test_guess_columns_finds_the_date_and_the_figure() -> None:
    read = table("Campaign,Day,Clicks\nspring,2026-11-01,10\nspring,2026-11-02,12\n")
    assert csv_import.guess_columns(read) == (1, 2)
    read = table("Clicks;Date\n10;11/22/2026\n")
    assert csv_import.guess_columns(read) == (1, 0)
