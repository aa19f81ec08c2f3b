"""What the preview says beside the figures: where year-less dates went, how repeated
days were combined, which date order was read, why a column is dated another way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from smartgoals_app.domain.figures import Combine
from smartgoals_app.io.exports import ExportError, figures_from, read_figures
from smartgoals_app.io.exports.source import parse

TODAY = date(2026, 2, 10)


def write(tmp_path: Path, text: str, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_year_less_dates_say_where_they_were_placed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Date,Video Views,Profile Views\nDecember 30,1,0\nDecember 31,2,0\nJanuary 1,3,0\nJanuary 2,4,0\n",
    )
    figures = read_figures(path, today=TODAY)
    assert [day for day, _v in figures.points] == [
        date(2025, 12, 30),
        date(2025, 12, 31),
        date(2026, 1, 1),
        date(2026, 1, 2),
    ]
    assert any("placed in 2025\u20132026" in note for note in figures.notes)


def test_repeated_days_are_said_and_follow_the_chosen_rule(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Visits\n2026-01-01,5\n2026-01-01,7\n2026-01-02,1\n")
    last = read_figures(path, today=TODAY)
    assert last.points == [(date(2026, 1, 1), 7.0), (date(2026, 1, 2), 1.0)]
    assert any("One day has more than one row" in note for note in last.notes)
    summed = read_figures(path, today=TODAY, combine=Combine.SUM)
    assert summed.points == [(date(2026, 1, 1), 12.0), (date(2026, 1, 2), 1.0)]
    counted = read_figures(path, today=TODAY, combine=Combine.COUNT)
    assert counted.points == [(date(2026, 1, 1), 2.0), (date(2026, 1, 2), 1.0)]
    assert counted.value_column is None


def test_the_date_order_read_is_said(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Visits\n13/01/2026,5\n14/01/2026,7\n")
    figures = read_figures(path, today=TODAY)
    assert "Dates are read day first (22/11/2026)." in figures.notes


def test_ambiguous_dates_block_until_the_order_is_chosen(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Visits\n01/02/2026,5\n02/02/2026,7\n")
    figures = read_figures(path, today=TODAY)
    assert not figures.can_import
    assert figures.blocker is not None
    assert "Choose the date order" in figures.blocker


def test_meta_lifetime_dates_are_explained(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Post ID,Publish time,Permalink,Date,Views\n1,01/05/2026 10:00,https://fb/1,Lifetime,40\n"
        "2,01/05/2026 18:00,https://fb/2,Lifetime,60\n",
    )
    figures = read_figures(path, today=TODAY)
    assert figures.points == [(date(2026, 1, 5), 100.0)]  # month first, as Meta writes it
    assert any("Lifetime" in note for note in figures.notes)


def test_a_future_row_is_a_fault_not_a_figure(tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Visits\n2026-02-09,5\n2026-02-11,7\n")
    figures = read_figures(path, today=TODAY)
    assert figures.points == [(date(2026, 2, 9), 5.0)]
    assert [(f.row, str(f.reason)) for f in figures.faults] == [
        (3, "11 Feb 2026 is still to come: a check-in records a figure already read (today is 10 Feb 2026).")
    ]


def test_german_cells_at_fault_are_explained_not_crashed_on(tmp_path: Path) -> None:
    path = tmp_path / "de.csv"
    path.write_text(
        "Datum;Aufrufe\n01.01.2026;1.234\n02.01.2026;1.23\n03.01.2026;-2,5\n04.01.2026;2,5\n",
        encoding="utf-8",
    )
    figures = read_figures(path, today=TODAY)
    assert figures.points == [(date(2026, 1, 1), 1234.0), (date(2026, 1, 4), 2.5)]
    assert [f.row for f in figures.faults] == [3, 4]
    assert "1.234,5" in figures.faults[0].reason
    assert "negative" in figures.faults[1].reason


CELLS = st.sampled_from(
    [
        "Date",
        "time",
        "Tweet id",
        "impressions",
        "Primary",
        "Nth day",
        "undefined",
        "Lifetime",
        "",
        "2026-01-05",
        "2026-01-05 10:00 +0000",
        "Tue, Mar 11, 2025",
        "August 31",
        "23 August",
        "20250101",
        "01.06.2025",
        "13/01/2026",
        "1.234",
        "2,5%",
        "1,200",
        "-4",
        "nan",
        "1e309",
        "0007",
        '"',
        "sep=,",
        "# Start date: 20250101",
        "February 30",
        "31/02/2026",
        "2099-01-01",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(CELLS, min_size=1, max_size=5), max_size=8),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_any_file_gives_figures_or_a_reason(rows: list[list[str]], delimiter: str, encoding: str) -> None:
    text = "\n".join(delimiter.join(row) for row in rows)
    try:
        source = parse(text.encode(encoding, errors="replace"), name="fuzz.csv")
        figures = figures_from(source, today=TODAY)
    except ExportError as exc:
        reason = str(exc.args[0])
        figures = None
    if figures is None:
        assert reason  # a sentence for the person, never a raw exception
        return
    assert figures.blocker is not None or figures.points
    assert all(day <= TODAY for day, _v in figures.points)
    assert all(fault.row >= 1 for fault in figures.faults)
