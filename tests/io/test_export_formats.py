"""Every analytics export layout SmartGoals reads, through `smartgoals import-figures
--dry-run --json`. Each fixture is built here from a plain list of rows, and the
expected figure of each day is worked out here with plain Python, not with the app."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from smartgoals_app.cli import main

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def run_json(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> dict[str, Any]:
    code = main(["import-figures", str(path), "--dry-run", "--json", *extra])
    out = capsys.readouterr()
    assert code == 0, out.err
    result: dict[str, Any] = json.loads(out.out)
    assert set(result) == {"source", "sheet", "date_column", "value_column", "combine", "points", "faults"}
    return result


def run_refused(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> str:
    code = main(["import-figures", str(path), "--dry-run", "--json", *extra])
    out = capsys.readouterr()
    assert code == 2
    assert out.out == ""
    assert len(out.err.strip().splitlines()) == 1
    return out.err


def per_day_sum(rows: list[tuple[date, float]]) -> list[list[Any]]:
    sums: dict[date, float] = defaultdict(float)
    for day, value in rows:
        sums[day] += value
    return [[day.isoformat(), sums[day]] for day in sorted(sums)]


def csv_line(*cells: object) -> str:
    quoted = []
    for cell in cells:
        text = str(cell)
        if any(ch in text for ch in ',"\n'):
            text = '"' + text.replace('"', '""') + '"'
        quoted.append(text)
    return ",".join(quoted)


# -- X ---------------------------------------------------------------------------

POSTS = [  # (posted at, impressions, engagements)
    (datetime(2025, 3, 1, 9, 5), 120, 4),
    (datetime(2025, 3, 1, 16, 45), 80, 2),
    (datetime(2025, 3, 1, 21, 0), 15, 0),
    (datetime(2025, 3, 2, 8, 30), 300, 12),
    (datetime(2025, 3, 4, 10, 0), 42, 1),
    (datetime(2025, 3, 4, 10, 1), 58, 3),
    (datetime(2025, 3, 4, 23, 59), 1000, 40),
]


def test_x_tweet_activity_sums_the_posts_of_each_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [csv_line("Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements")]
    for number, (posted, impressions, engagements) in enumerate(POSTS):
        tweet_id = 1475855581374943233 + number  # a long number: never a date
        text = "two\nlines, quoted" if number == 1 else f"post {number}"
        lines.append(
            csv_line(
                tweet_id,
                f"https://x.com/me/status/{tweet_id}",
                text,
                posted.strftime("%Y-%m-%d %H:%M +0000"),
                impressions,
                engagements,
            )
        )
    path = tmp_path / "tweet_activity_metrics.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_json(capsys, path)

    assert result["source"] == "an X tweet activity export, one row per post"
    assert (result["date_column"], result["value_column"], result["combine"]) == (
        "time",
        "impressions",
        "sum",
    )
    assert result["points"] == per_day_sum([(p.date(), float(i)) for p, i, _e in POSTS])
    assert result["faults"] == []
    by_engagements = run_json(capsys, path, "--column", "engagements")
    assert by_engagements["points"] == per_day_sum([(p.date(), float(e)) for p, _i, e in POSTS])


def test_x_daily_activity_reads_any_metric_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    days = [(date(2025, 2, 1) + timedelta(days=n), 1000 + 37 * n, 20 + n, n % 3) for n in range(10)]
    lines = [csv_line("Date", "Tweets published", "impressions", "engagements", "engagement rate", "follows")]
    lines += [csv_line(d.isoformat(), 1, imp, eng, f"{eng / imp:.4f}", fol) for d, imp, eng, fol in days]
    path = tmp_path / "daily_tweet_activity_metrics.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_json(capsys, path, "--column", "follows")

    assert result["source"] == "an X daily activity export, one row per day"
    assert result["points"] == [[d.isoformat(), fol] for d, _i, _e, fol in days]
    assert run_json(capsys, path)["points"] == [[d.isoformat(), imp] for d, imp, _e, _f in days]


def test_x_account_overview_with_weekday_dates_newest_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    days = [(date(2025, 3, 11) - timedelta(days=n), 500 + n * 11, n) for n in range(14)]  # newest first
    lines = [csv_line("Date", "Impressions", "Likes", "Engagements", "New follows", "Unfollows")]
    for day, impressions, follows in days:
        shown = f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"
        lines.append(csv_line(shown, impressions, 3, 9, follows, 0))
    path = tmp_path / "account_overview_analytics.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_json(capsys, path)

    assert result["source"] == "an X account overview export, one row per day"
    assert result["points"] == sorted([d.isoformat(), i] for d, i, _f in days)
    assert run_json(capsys, path, "--column", "New follows")["points"] == sorted(
        [d.isoformat(), f] for d, _i, f in days
    )


# -- YouTube Studio ------------------------------------------------------------------

VIDEOS = [
    ("abc123", "How to start", "Mar 3, 2025", 245),
    ("def456", "Second video, part 1", "Mar 5, 2025", 610),
]


def youtube_chart_rows() -> list[tuple[date, str, int]]:
    rows = []
    for n in range(6):
        day = date(2025, 3, 5) + timedelta(days=n)
        for index, (content, _title, _published, _duration) in enumerate(VIDEOS):
            rows.append((day, content, 10 * n + 7 * index + 1))
    return rows


def test_youtube_chart_data_sums_the_videos_of_each_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_content = {v[0]: v for v in VIDEOS}
    lines = [csv_line("Date", "Content", "Video title", "Video publish time", "Duration", "Views")]
    for day, content, views in youtube_chart_rows():
        _c, title, published, duration = by_content[content]
        lines.append(csv_line(day.isoformat(), content, title, published, duration, views))
    path = tmp_path / "Chart data.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_json(capsys, path)

    assert result["source"] == "a YouTube Studio “Chart data” export, one row per video per day"
    assert (result["value_column"], result["combine"]) == ("Views", "sum")
    assert result["points"] == per_day_sum([(d, float(v)) for d, _c, v in youtube_chart_rows()])


def test_youtube_totals_is_the_daily_total(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    totals: dict[date, int] = defaultdict(int)
    for day, _content, views in youtube_chart_rows():
        totals[day] += views
    path = tmp_path / "Totals.csv"
    path.write_text(
        "Date,Views\n" + "".join(f"{d.isoformat()},{v}\n" for d, v in sorted(totals.items())),
        encoding="utf-8",
    )

    result = run_json(capsys, path)

    assert result["points"] == [[d.isoformat(), v] for d, v in sorted(totals.items())]


def test_youtube_table_data_is_refused_with_what_to_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        csv_line("Content", "Video title", "Video publish time", "Duration", "Views", "Watch time (hours)")
    ]
    lines.append(csv_line("Total", "", "", "", 855, 12.5))
    lines += [csv_line(c, t, p, d, 400, 6.2) for c, t, p, d in VIDEOS]
    path = tmp_path / "Table data.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    reason = run_refused(capsys, path)

    assert "Table data" in reason
    assert "Totals.csv" in reason


# -- Meta Business Suite ---------------------------------------------------------------


def meta_file(title: str, rows: list[tuple[date, int]]) -> bytes:
    body = 'sep=,\n"' + title + '"\n"Date","Primary"\n'
    body += "".join(f'"{d.isoformat()}T00:00:00","{v}"\n' for d, v in rows)
    return b"\xff\xfe" + body.encode("utf-16-le")  # as Meta writes it: UTF-16 LE with a BOM


def test_meta_business_suite_utf16_with_sep_line_and_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [(date(2025, 8, 1) + timedelta(days=n), n * 3 % 7) for n in range(20)]
    path = tmp_path / "Follows.csv"
    path.write_bytes(meta_file("Facebook follows", rows))

    result = run_json(capsys, path)

    assert result["source"] == "a Meta Business Suite export (“Facebook follows”)"
    assert (result["date_column"], result["value_column"], result["combine"]) == ("Date", "Primary", "last")
    assert result["points"] == [[d.isoformat(), v] for d, v in rows]
    assert result["faults"] == []


def test_meta_instagram_follows_only_on_days_with_a_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [(date(2025, 8, 2), 3), (date(2025, 8, 9), 1), (date(2025, 8, 30), 12)]
    path = tmp_path / "Instagram follows.csv"
    path.write_bytes(meta_file("Instagram follows", rows))

    assert run_json(capsys, path)["points"] == [[d.isoformat(), v] for d, v in rows]


def test_meta_content_export_one_row_per_post(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    posts = [
        (datetime(2025, 9, 16, 14, 5), 1200),
        (datetime(2025, 9, 16, 19, 30), 300),
        (datetime(2025, 9, 13, 8, 0), 55),
        (datetime(2025, 9, 20, 12, 0), 900),
    ]
    lines = [csv_line("Post ID", "Page ID", "Title", "Publish time", "Permalink", "Date", "Views", "Reach")]
    for n, (when, views) in enumerate(posts):
        lines.append(
            csv_line(
                f"1000{n}",
                "77",
                f"Post {n}",
                when.strftime("%m/%d/%Y %H:%M"),
                f"https://fb/p{n}",
                "Lifetime",
                views,
                views // 2,
            )
        )
    path = tmp_path / "content.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")

    result = run_json(capsys, path)

    assert result["source"] == "a Meta content export, one row per post"
    assert (result["date_column"], result["value_column"], result["combine"]) == (
        "Publish time",
        "Views",
        "sum",
    )
    assert result["points"] == per_day_sum([(w.date(), float(v)) for w, v in posts])


# -- LinkedIn workbooks ------------------------------------------------------------------


def linkedin_workbook(path: Path) -> tuple[list[tuple[date, int]], list[tuple[date, int]]]:
    openpyxl = pytest.importorskip("openpyxl")
    gains = [(date(2025, 1, 1) + timedelta(days=n), (n * 5) % 4 + n % 2) for n in range(15)]
    impressions = [(date(2025, 1, 1) + timedelta(days=n), 100 + n * n) for n in range(15)]
    book = openpyxl.Workbook()
    followers = book.active
    followers.title = "New followers"
    followers.append(
        ["Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"]
    )
    for day, gain in gains:
        followers.append([day.strftime("%m/%d/%Y"), 0, gain, 0, gain])
    location = book.create_sheet("Location")
    location.append(["Location", "Total followers"])
    location.append(["Berlin", 120])
    metrics = book.create_sheet("Metrics")
    metrics.append(["Aggregated metrics for all updates posted between 01/01/2025 and 01/15/2025"])
    metrics.append(["Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)"])
    for day, total in impressions:
        metrics.append([datetime(day.year, day.month, day.day), total, 0, total])  # real Excel dates
    book.save(path)
    return gains, impressions


def test_linkedin_workbook_with_several_sheets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page_followers.xlsx"
    gains, impressions = linkedin_workbook(path)

    result = run_json(capsys, path)

    assert result["source"] == "a LinkedIn followers export (sheet “New followers”)"
    assert (result["sheet"], result["value_column"], result["combine"]) == (
        "New followers",
        "Total followers",
        "sum",
    )
    assert result["points"] == [[d.isoformat(), g] for d, g in gains]

    metrics = run_json(capsys, path, "--sheet", "Metrics")
    assert metrics["source"] == "a LinkedIn page analytics export (sheet “Metrics”)"
    assert metrics["value_column"] == "Impressions (total)"
    assert metrics["points"] == [[d.isoformat(), v] for d, v in impressions]


def test_linkedin_gains_per_day_as_a_running_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page_followers.xlsx"
    gains, _impressions = linkedin_workbook(path)
    expected, total = [], 1500
    for day, gain in gains:
        total += gain
        expected.append([day.isoformat(), total])

    result = run_json(capsys, path, "--combine", "running-total", "--start", "1500")

    assert result["combine"] == "running-total"
    assert result["points"] == expected


def test_unknown_sheet_is_refused_naming_the_sheets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page_followers.xlsx"
    linkedin_workbook(path)
    reason = run_refused(capsys, path, "--sheet", "Visitors")
    assert "“New followers”" in reason
    assert "“Metrics”" in reason


# -- TikTok Studio ---------------------------------------------------------------------


def test_tiktok_overview_without_years_across_new_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = date.today()
    # The newest day (3 January) goes to the latest year in which it is not in the future.
    newest_year = today.year if date(today.year, 1, 3) <= today else today.year - 1
    days = [date(newest_year - 1, 12, 28) + timedelta(days=n) for n in range(7)]  # 28 Dec .. 3 Jan
    views = [40, 55, "undefined", 61, 70, 12, 90]
    lines = [csv_line("Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares")]
    for day, value in zip(days, views, strict=True):
        lines.append(csv_line(f"{MONTH_NAMES[day.month - 1]} {day.day}", value, 3, 4, 0, 1))
    path = tmp_path / "Overview.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_json(capsys, path)

    assert result["source"] == "a TikTok Studio overview export"
    assert result["points"] == [
        [d.isoformat(), v] for d, v in zip(days, views, strict=True) if v != "undefined"
    ]
    assert [f["row"] for f in result["faults"]] == [4]  # header is row 1, 30 December is row 4
    assert "undefined" in result["faults"][0]["reason"]


def test_tiktok_follower_history_day_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = date.today()
    last = today - timedelta(days=1)
    days = [last - timedelta(days=n) for n in range(9, -1, -1)]
    followers = [1000 + 3 * n for n in range(10)]
    lines = [csv_line("Date", "Followers", "Difference in Followers from Previous Day")]
    for day, count in zip(days, followers, strict=True):
        lines.append(csv_line(f"{day.day} {MONTH_NAMES[day.month - 1]}", count, 3))
    path = tmp_path / "FollowerHistory.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_json(capsys, path)

    assert result["source"] == "a TikTok Studio follower history export"
    assert result["points"] == [[d.isoformat(), c] for d, c in zip(days, followers, strict=True)]


# -- Google Analytics 4 ------------------------------------------------------------------


def test_ga4_comment_blocks_and_nth_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    start = date(2025, 1, 1)
    users = [310, 295, 402, 388, 120, 99, 415]
    text = (
        "# ----------------------------------------\n"
        "# Reports snapshot\n"
        "# Account: Example\n"
        "# Property: example.com\n"
        "# ----------------------------------------\n"
        "#\n"
        "# Start date: 20250101\n"
        "# End date: 20250107\n"
        "Nth day,Active users\n" + "".join(f"{n:04d},{u}\n" for n, u in enumerate(users)) + "\n"
        "# ----------------------------------------\n"
        "#\n"
        "Country,Active users\n"
        "Germany,1200\n"
        "France,800\n"
    )
    path = tmp_path / "download.csv"
    path.write_text(text, encoding="utf-8")

    result = run_json(capsys, path)

    assert result["source"] == "a Google Analytics 4 export"
    assert (result["sheet"], result["date_column"], result["value_column"]) == (
        "Table 1",
        "Nth day",
        "Active users",
    )
    assert result["points"] == [[(start + timedelta(days=n)).isoformat(), u] for n, u in enumerate(users)]
    assert result["faults"] == []


def test_ga4_compact_dates_in_a_later_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sessions = [(date(2025, 1, 1) + timedelta(days=n), 50 + n) for n in range(5)]
    text = (
        "# Start date: 20250101\n# End date: 20250105\n"
        "Country,Sessions\nGermany,10\n\n"
        "# Sessions by day\n"
        "Date,Sessions\n" + "".join(f"{d.strftime('%Y%m%d')},{s}\n" for d, s in sessions)
    )
    path = tmp_path / "ga4.csv"
    path.write_text(text, encoding="utf-8")

    result = run_json(capsys, path)

    assert result["sheet"] == "Table 2"
    assert result["points"] == [[d.isoformat(), s] for d, s in sessions]


# -- Mailchimp ---------------------------------------------------------------------------


def test_mailchimp_counts_contacts_per_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    confirmed = [
        datetime(2025, 4, 1, 9, 0),
        datetime(2025, 4, 1, 9, 30),
        datetime(2025, 4, 1, 22, 15),
        datetime(2025, 4, 3, 7, 0),
        datetime(2025, 4, 6, 12, 0),
        datetime(2025, 4, 6, 12, 1),
    ]
    lines = [
        csv_line(
            "Email Address", "First Name", "Last Name", "MEMBER_RATING", "OPTIN_TIME", "CONFIRM_TIME", "LEID"
        )
    ]
    for n, when in enumerate(confirmed):
        optin = when - timedelta(minutes=5)
        lines.append(
            csv_line(
                f"p{n}@example.com",
                "Ann",
                "Lee",
                2,
                optin.strftime("%Y-%m-%d %H:%M:%S"),
                when.strftime("%Y-%m-%d %H:%M:%S"),
                1000 + n,
            )
        )
    path = tmp_path / "subscribed_members_export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_json(capsys, path)

    counts = Counter(when.date() for when in confirmed)
    assert result["source"] == "a Mailchimp audience export, one row per contact"
    assert (result["date_column"], result["value_column"], result["combine"]) == (
        "CONFIRM_TIME",
        None,
        "count",
    )
    assert result["points"] == [[d.isoformat(), counts[d]] for d in sorted(counts)]


# -- German Excel CSV --------------------------------------------------------------------


def test_german_excel_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [(date(2025, 6, 1) + timedelta(days=n), 1234 + 1000 * n, 2.5 + n / 10) for n in range(8)]

    def german(number: float) -> str:
        whole, _dot, fraction = f"{number:,.1f}".partition(".")
        return whole.replace(",", ".") + ("," + fraction if fraction != "0" else "")

    lines = ["Datum;Aufrufe;Interaktionsrate"]
    lines += [f"{d.strftime('%d.%m.%Y')};{german(v)};{german(r)}%" for d, v, r in rows]
    path = tmp_path / "export.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))

    result = run_json(capsys, path)

    assert result["source"] == "a CSV file saved by Excel with German settings"
    assert (result["date_column"], result["value_column"]) == ("Datum", "Aufrufe")
    assert result["points"] == [[d.isoformat(), v] for d, v, _r in rows]
    rates = run_json(capsys, path, "--column", "Interaktionsrate")
    assert rates["points"] == [[d.isoformat(), pytest.approx(r)] for d, _v, r in rows]


# -- the command itself ------------------------------------------------------------------


def test_faulty_rows_are_listed_with_their_row_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "daily.csv"
    path.write_text(
        "Date,Visits\n2025-01-01,10\n2025-01-02,n/a\nsoon,4\n2025-01-03,-5\n2025-01-03,7\n2025-01-03,8\n",
        encoding="utf-8",
    )

    result = run_json(capsys, path)

    assert result["points"] == [["2025-01-01", 10], ["2025-01-03", 8]]
    assert [f["row"] for f in result["faults"]] == [3, 4, 5]
    sums = run_json(capsys, path, "--combine", "sum")
    assert sums["points"] == [["2025-01-01", 10], ["2025-01-03", 15]]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Name,Team\nAnn,Blue\nBob,Red\n",
    ],
)
def test_a_file_without_dates_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    path = tmp_path / "not-a-series.csv"
    path.write_text(text, encoding="utf-8")
    assert run_refused(capsys, path)


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "does not exist" in run_refused(capsys, tmp_path / "gone.csv")


def test_the_command_in_a_fresh_process(tmp_path: Path) -> None:
    path = tmp_path / "Chart data.csv"
    lines = [csv_line("Date", "Content", "Video title", "Video publish time", "Duration", "Views")]
    lines += [csv_line(d.isoformat(), c, "t", "Mar 3, 2025", 10, v) for d, c, v in youtube_chart_rows()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    done = subprocess.run(
        [sys.executable, "-m", "smartgoals_app", "import-figures", str(path), "--dry-run", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["points"] == per_day_sum(
        [(d, float(v)) for d, _c, v in youtube_chart_rows()]
    )


# -- OpenDocument and damaged workbooks ----------------------------------------------------


def ods_cell(value: object) -> str:
    if isinstance(value, date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value.isoformat()}</text:p></table:table-cell>"
        )
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def write_ods(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    """A minimal OpenDocument spreadsheet, written by hand: a zip of XML."""
    body = "".join(
        f'<table:table table:name="{name}">'
        + "".join(
            "<table:table-row>" + "".join(ods_cell(v) for v in row) + "</table:table-row>" for row in rows
        )
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)


def test_ods_workbook_skips_a_sheet_without_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [(date(2025, 1, 1) + timedelta(days=n), 10 + 3 * n) for n in range(6)]
    path = tmp_path / "figures.ods"
    write_ods(
        path,
        {
            "Notes": [["About this file"], ["Made by hand", "for a test"]],
            "Daily": [["Date", "Sessions"], *map(list, rows)],
        },
    )

    result = run_json(capsys, path)

    assert result["sheet"] == "Daily"
    assert result["points"] == [[d.isoformat(), v] for d, v in rows]


def test_a_damaged_workbook_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    assert "Excel workbook" in run_refused(capsys, path)


def test_saving_into_a_goal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from smartgoals_app.services.goals import GoalService
    from smartgoals_app.storage.database import open_database
    from tests.factories import signups_draft

    db_path = tmp_path / "goals.db"
    db = open_database(db_path, backup=False)
    goal = GoalService(db).save(signups_draft(date.today()))
    db.close()
    path = tmp_path / "tweets.csv"
    lines = [csv_line("Tweet id", "time", "impressions")]
    lines += [
        csv_line(1475855581374943233 + n, p.strftime("%Y-%m-%d %H:%M +0000"), i)
        for n, (p, i, _e) in enumerate(POSTS)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    code = main(["--db", str(db_path), "import-figures", str(path), "--goal", str(goal)])

    assert code == 0, capsys.readouterr().err
    with sqlite3.connect(db_path) as conn:
        saved = conn.execute(
            "SELECT measured_on, value FROM measurement WHERE source = 'import' ORDER BY measured_on"
        ).fetchall()
    assert [[day, value] for day, value in saved] == per_day_sum([(p.date(), float(i)) for p, i, _e in POSTS])
    assert main(["--db", str(db_path), "import-figures", str(path), "--goal", "999"]) == 2
    assert "no longer exists" in capsys.readouterr().err


def test_more_rows_than_the_old_limit_go_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = datetime(2025, 1, 1)
    posts = [(first + timedelta(minutes=7 * n), n % 97) for n in range(105_000)]
    path = tmp_path / "many.csv"
    path.write_text(
        "Tweet id,time,impressions\n"
        + "".join(
            f"{10**18 + n},{when:%Y-%m-%d %H:%M} +0000,{views}\n" for n, (when, views) in enumerate(posts)
        ),
        encoding="utf-8",
    )

    result = run_json(capsys, path)

    assert result["points"] == per_day_sum([(when.date(), float(views)) for when, views in posts])


def test_ambiguous_dates_need_the_date_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "slashes.csv"
    path.write_text("Date,Visits\n01/02/2025,5\n02/02/2025,7\n", encoding="utf-8")
    assert "Choose the date order" in run_refused(capsys, path)
    assert run_json(capsys, path, "--date-order", "day-first")["points"] == [
        ["2025-02-01", 5],
        ["2025-02-02", 7],
    ]
    assert run_json(capsys, path, "--date-order", "month-first")["points"] == [
        ["2025-01-02", 5],
        ["2025-02-02", 7],
    ]
