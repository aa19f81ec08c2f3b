"""One cell of an export, and an export's bytes as text: every kind of bad input gets a
specific message."""

from __future__ import annotations

from datetime import date

import pytest

from smartgoals_app.io.exports.cells import DateOrder, decide_date_order, parse_date, parse_value
from smartgoals_app.io.exports.text import (
    TextFileError,
    column_name,
    decode,
    looks_like_data,
    sniff_delimiter,
)

# -- the text ----------------------------------------------------------------------


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
    assert sniff_delimiter(text) == delimiter


def test_utf8_with_and_without_bom() -> None:
    assert decode("\ufeffDate,Visits\n".encode()) == ("Date,Visits\n", "UTF-8", [])
    assert decode(b"Date,Visits\n") == ("Date,Visits\n", "UTF-8", [])


def test_utf16_with_bom_as_excel_writes_it() -> None:
    text, encoding, notes = decode("Date\tVisits\n".encode("utf-16"))
    assert (text, encoding, notes) == ("Date\tVisits\n", "UTF-16", [])


def test_damaged_utf16_is_refused_in_words() -> None:
    with pytest.raises(TextFileError, match="UTF-16 text but is damaged"):
        decode(b"\xff\xfe\x00\xd8")


def test_windows_1252_falls_back_with_a_note() -> None:
    text, encoding, notes = decode("Date;Café visits €\n".encode("cp1252"))
    assert text == "Date;Café visits €\n"
    assert encoding == "Windows-1252"
    assert "not UTF-8" in notes[0]


def test_latin1_when_cp1252_cannot_decode() -> None:
    _text, encoding, notes = decode(b"Date;Visits\n2026-11-02;11;\x81\n")
    assert encoding == "Latin-1"
    assert "Latin-1" in notes[0]


def test_columns_without_a_name_get_letters() -> None:
    assert [str(column_name(i)) for i in (0, 1, 25, 26, 27)] == [
        "Column A",
        "Column B",
        "Column Z",
        "Column AA",
        "Column AB",
    ]


def test_a_row_with_a_date_and_a_figure_is_data_not_names() -> None:
    assert looks_like_data(("2026-11-01", "10"))
    assert not looks_like_data(("Date", "Visits"))
    assert not looks_like_data(("2026-11-01", "Visits"))


# -- dates ---------------------------------------------------------------------------


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
    assert parse_date(text, DateOrder.DAY_FIRST) == (date(2026, 11, 2), None)


def test_a_column_says_its_date_order_from_any_row() -> None:
    assert decide_date_order(["01/11/2026", "22/11/2026"]) == (DateOrder.DAY_FIRST, False)
    assert decide_date_order(["11/01/2026", "11/22/2026"]) == (DateOrder.MONTH_FIRST, False)
    assert decide_date_order(["01.11.2026"]) == (DateOrder.DAY_FIRST, False)
    assert decide_date_order(["2026-11-01"]) == (DateOrder.AUTO, False)


def test_an_ambiguous_column_asks_for_the_order() -> None:
    _order, ambiguous = decide_date_order(["01/11/2026", "02/11/2026"])
    assert ambiguous
    assert parse_date("01/11/2026", DateOrder.DAY_FIRST)[0] == date(2026, 11, 1)
    assert parse_date("01/11/2026", DateOrder.MONTH_FIRST)[0] == date(2026, 1, 11)


def test_dates_that_read_the_same_either_way_need_no_choice() -> None:
    assert decide_date_order(["03/03/2026"]) == (DateOrder.DAY_FIRST, False)


def test_a_date_against_the_column_order_is_refused_in_words() -> None:
    assert str(parse_date("10/24/2026", DateOrder.DAY_FIRST)[1]) == (
        "date 10/24/2026 reads as month/day, but this column is day/month"
    )
    assert str(parse_date("24/10/2026", DateOrder.MONTH_FIRST)[1]) == (
        "date 24/10/2026 reads as day/month, but this column is month/day"
    )


@pytest.mark.parametrize("text", ["31/02/2026", "2026-02-30", "30 Feb 2026"])
def test_a_date_that_does_not_exist(text: str) -> None:
    assert parse_date(text, DateOrder.DAY_FIRST) == (None, f"date {text} does not exist")


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
    day, said = parse_date(cell, DateOrder.AUTO)
    assert day is None
    assert str(said).startswith(reason)


# -- figures -------------------------------------------------------------------------


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
def test_bad_figures(cell: str, reason: str) -> None:
    assert parse_value(cell) == (None, reason)


@pytest.mark.parametrize(
    ("cell", "value"),
    [("1,200", 1200.0), ("1 200", 1200.0), ("12.5", 12.5), ("1.200,50", 1200.5), ("12.5%", 12.5), ("0", 0.0)],
)
def test_good_figures(cell: str, value: float) -> None:
    assert parse_value(cell) == (value, None)
