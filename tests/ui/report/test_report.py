"""The report to share, read back from the PDF itself: its words and numbers against
figures worked out by hand here, its paper by locale, long text across pages, a chart
of vectors; and "Export report…" driven from the menu like a person."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.report import action as report_action
from smartgoals_app.ui.report.chart import date_ticks, nice_ticks
from smartgoals_app.ui.report.content import Report, ReportError, Scope, gather
from smartgoals_app.ui.report.pdf import page_size_for, write_pdf
from tests.factories import goal_without_tasks, response_time_draft
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.prompts import prompts_of
from tests.ui.report.report_helpers import (
    BASELINE,
    BENCHMARK,
    DAYS_TO_GO,
    LATEST,
    START_DAYS_AGO,
    STRATEGY,
    STRETCH,
    TITLE,
    WHY,
    add_known_goal,
    content_streams,
    pdf_images,
    pdf_info,
    pdf_text,
    squeeze,
)

BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture(autouse=True)
def british_dates(qapp: QApplication) -> Iterator[None]:
    """Dates as "22 Nov 2026" whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(BRITISH)
    yield
    QLocale.setDefault(before)


def report_of(db: Database, today: date, scope: Scope | None = None) -> Report:
    return gather(
        scope or Scope(),
        goals=GoalService(db, today=lambda: today),
        measurements=MeasurementService(db, today=lambda: today),
        plan=PlanService(db, today=lambda: today),
        today=lambda: today,
    )


def test_the_report_shows_the_goals_words_and_figures_worked_out_by_hand(
    db: Database, today: date, tmp_path: Path
) -> None:
    add_known_goal(db, today)
    path = tmp_path / "report.pdf"
    write_pdf(report_of(db, today), path, locale=BRITISH)
    text = squeeze(pdf_text(path))

    # By hand: 40 of 100 days gone; 160 is 40 of the 80 from 120 to the benchmark
    # 200 and 40 of the 180 to the stretch 300; +40 on 120 is +33%.
    time_used = round(START_DAYS_AGO / (START_DAYS_AGO + DAYS_TO_GO) * 100)
    to_benchmark = round((LATEST - BASELINE) / (BENCHMARK - BASELINE) * 100)
    to_stretch = round((LATEST - BASELINE) / (STRETCH - BASELINE) * 100)
    assert (time_used, to_benchmark, to_stretch) == (40, 50, 22)
    start, latest_day = today - timedelta(days=START_DAYS_AGO), today - timedelta(days=5)
    assert (start, latest_day) == (date(2026, 10, 13), date(2026, 11, 17))
    expected = [
        "SmartGoals progress report",
        "Made on 22 Nov 2026.",
        f"Strategy: {STRATEGY}",
        TITLE,
        "Newsletter sign-ups on Facebook",
        "Why it matters",
        WHY,
        # The road to 200 stands at 120 + 80 x 35/100 = 148 on 17 Nov: 160 is ahead.
        "Status On track",
        "Baseline 120 sign-ups, read 13 Oct 2026",
        "Latest 160 sign-ups, 17 Nov 2026",
        "Change +40 sign-ups (+33%)",
        f"Time used: {time_used}% · Way to benchmark: {to_benchmark}%",
        f"Benchmark 200 sign-ups ({to_benchmark}% there)",
        f"Stretch 300 sign-ups ({to_stretch}% there)",
        "Days left 60, to 21 Jan 2027",
        "Plan adherence",
        # Tuesdays and Thursdays from 13 Oct: 12 so far, 8 of them since 26 Oct; the
        # newest 6 done.
        "Last 4 weeks 75% (6 of 8)",
        "Last 12 weeks 50% (6 of 12)",
        "Streak 6 done in a row",
        "Made with SmartGoals on 22 Nov 2026",
        "Page 1 of 1",
    ]
    for words in expected:
        assert words in text, words


def test_the_chart_is_drawn_as_vectors_with_its_labels_as_text(
    db: Database, today: date, tmp_path: Path
) -> None:
    add_known_goal(db, today)
    path = tmp_path / "report.pdf"
    write_pdf(report_of(db, today), path, locale=BRITISH)
    text = squeeze(pdf_text(path))
    for label in ("Measurements", "Benchmark road", "Stretch road", "Start", "Deadline", "Today", "Nov 2026"):
        assert label in text, label
    # The value axis, lines that begin with a number: steps of 50 across the span
    # from the baseline 120 to the stretch 300 (padded by 8% each side).
    axis = set(re.findall(r"^ *(\d+)(?: |$)", pdf_text(path), re.MULTILINE))
    assert {"150", "200", "250", "300"} <= axis
    assert pdf_images(path) == []  # no picture anywhere: the chart is lines and text
    streams = content_streams(path)
    assert len(re.findall(r" l\n", streams)) > 20  # path segments (lineto)
    assert "/Subtype /Image" not in streams
    assert "/Subtype/Image" not in path.read_bytes().decode("latin-1")


@pytest.mark.parametrize(
    ("locale", "paper"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "letter"),
        (QLocale(QLocale.Language.French, QLocale.Country.Canada), "letter"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "A4"),
        (BRITISH, "A4"),
    ],
)
def test_the_paper_follows_the_locale(
    db: Database, today: date, tmp_path: Path, locale: QLocale, paper: str
) -> None:
    add_known_goal(db, today)
    path = tmp_path / "report.pdf"
    write_pdf(report_of(db, today), path, locale=locale)
    assert f"({paper})" in pdf_info(path)["Page size"]
    assert page_size_for(locale).name().lower().startswith(paper.lower())


def test_a_long_why_in_other_scripts_flows_onto_the_next_page_whole(
    db: Database, today: date, tmp_path: Path
) -> None:
    goal_id = add_known_goal(db, today)
    # The wizard stops at 2,000 characters; a file may hold more (an import, an older
    # version), and the report must still show every word.
    words = [f"w{i:04d}{'ΔЖ' if i % 2 else 'λд'}" for i in range(1400)]
    with db.transaction() as session:
        goal = session.get(Goal, goal_id)
        assert goal is not None
        goal.why = " ".join(words)
        session.add(goal)
    path = tmp_path / "report.pdf"
    pages = write_pdf(report_of(db, today), path, locale=BRITISH)
    assert pages >= 2
    first, second = pdf_text(path, page=1), pdf_text(path, page=2)
    found = re.findall(r"w\d{4}(?:ΔЖ|λд)", pdf_text(path))
    assert found == words  # every word, once, in order: nothing cut at the page's edge
    assert words[0] in first
    assert words[-1] not in first
    assert words[len(words) // 2] in second  # the middle of the why fills page 2
    whole = pdf_text(path)
    assert whole.index(words[-1]) < whole.index("Figures")  # and the figures follow it


def test_many_goals_each_begin_a_page_and_a_strategy_report_keeps_to_its_own(
    db: Database, today: date, tmp_path: Path
) -> None:
    first = add_known_goal(db, today)
    strategy_id = GoalService(db, today=lambda: today).overview()[0].strategy_id
    titles = [TITLE]
    for n in range(2, 6):
        title = f"Grow sign-ups, goal number {n}"
        add_known_goal(db, today, title=title, strategy_id=strategy_id)
        titles.append(title)
    other = GoalService(db, today=lambda: today).save(response_time_draft(today))
    path = tmp_path / "all.pdf"
    assert write_pdf(report_of(db, today), path, locale=BRITISH) >= 6
    text = squeeze(pdf_text(path))
    for title in [*titles, "Answer messages on X within 15 minutes"]:
        assert title in text
    assert "Goals in this report: 6." in text

    path = tmp_path / "strategy.pdf"
    write_pdf(report_of(db, today, Scope(strategy_id=strategy_id)), path, locale=BRITISH)
    text = squeeze(pdf_text(path))
    assert all(title in text for title in titles)
    assert "Answer messages on X" not in text
    assert "Goals in this report: 5." in text

    path = tmp_path / "goal.pdf"
    write_pdf(report_of(db, today, Scope(goal_id=other)), path, locale=BRITISH)
    text = squeeze(pdf_text(path))
    assert "Answer messages on X" in text
    assert TITLE not in text
    assert "Strategy: Be known for great customer service" in text
    with pytest.raises(ReportError, match="no goal with id 999"):
        report_of(db, today, Scope(goal_id=999))
    assert first in {g.id for g in GoalService(db).overview()}


def test_a_goal_without_measurements_or_tasks_still_reports(
    db: Database, today: date, tmp_path: Path
) -> None:
    goal_without_tasks(db, today, response_time_draft(today))
    path = tmp_path / "report.pdf"
    write_pdf(report_of(db, today), path, locale=BRITISH)
    text = squeeze(pdf_text(path))
    assert "Latest —" in text
    assert "No tasks planned for this goal" in text


def test_an_empty_database_has_nothing_to_report(db: Database, today: date) -> None:
    with pytest.raises(ReportError, match="no goals to report on"):
        report_of(db, today)


def test_axis_steps_are_round_and_dates_fall_on_month_starts() -> None:
    assert nice_ticks(112, 308) == [150, 200, 250, 300]
    assert nice_ticks(0, 1) == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
    days, pattern = date_ticks(date(2026, 9, 10), date(2027, 1, 20))
    assert days == [date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]
    assert pattern == "MMM yyyy"
    days, pattern = date_ticks(date(2026, 11, 4), date(2026, 11, 30))
    assert days == [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23), date(2026, 11, 30)]


# -- the menu action, driven like a person ------------------------------------------
def _window_with_report(
    qtbot: QtBot, services: Services, db: Database, today: date
) -> tuple[MainWindow, report_action.ReportAction]:
    window = make_window(qtbot, services, db, today)
    added = report_action.add_report_action(
        window,
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        today=lambda: today,
        current_goal=window.current_goal_id,
        ops=window.ops,
    )
    return window, added


def _open_dialog(
    qtbot: QtBot, window: MainWindow, added: report_action.ReportAction
) -> report_action.ReportDialog:
    menu = window.goal_menu
    assert added.action in menu.actions()  # in the Goal menu, after the chart's export
    labels = [a.text() for a in menu.actions()]
    assert labels.index("Export &report…") == labels.index("E&xport chart…") + 1
    added.action.trigger()
    qtbot.waitUntil(lambda: added.dialog is not None and added.dialog.isVisible())
    assert added.dialog is not None
    return added.dialog


def test_export_report_from_the_menu_writes_the_chosen_strategy(
    qtbot: QtBot, db: Database, today: date, tmp_path: Path
) -> None:
    known = add_known_goal(db, today)
    GoalService(db, today=lambda: today).save(response_time_draft(today))
    services = Services(db, today)
    window, added = _window_with_report(qtbot, services, db, today)
    window.select_goal(known)
    target = tmp_path / "chosen.pdf"
    prompts = prompts_of(window.ops)
    prompts.path = target
    asked = prompts.offered
    dialog = _open_dialog(qtbot, window, added)
    assert dialog.this_goal.isChecked()
    assert TITLE in dialog.this_goal.text()
    qtbot.mouseClick(dialog.this_strategy, Qt.MouseButton.LeftButton)
    assert dialog.this_strategy.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)

    assert asked[0] is not None
    assert asked[0].name == "grow-the-newsletter-before-the-spring-2026-11-22.pdf"
    text = squeeze(pdf_text(target))
    assert TITLE in text
    assert "Answer messages on X" not in text
    assert "Goals in this report: 1." in text
    assert str(target) in window.statusBar().currentMessage()


def test_export_report_suggests_the_goal_title_and_says_why_when_it_cannot_write(
    qtbot: QtBot, db: Database, today: date, tmp_path: Path
) -> None:
    add_known_goal(db, today)
    services = Services(db, today)
    window, added = _window_with_report(qtbot, services, db, today)
    target = tmp_path / "no such folder" / "report.pdf"
    prompts = prompts_of(window.ops)
    prompts.path = target
    dialog = _open_dialog(qtbot, window, added)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Save as PDF is the default button
    qtbot.waitUntil(lambda: bool(prompts.errors))
    errors = [f"{told.title}: {told.text}" for told in prompts.errors]
    asked = prompts.offered
    assert asked[0] is not None
    assert asked[0].name == "grow-newsletter-sign-ups-from-facebook-2026-11-22.pdf"
    assert errors == [
        f"Could not export the report: Could not write the report to {target}: No such file or directory"
    ]
    assert not target.parent.exists()


def test_print_sends_the_same_pages_to_the_printer(
    qtbot: QtBot, db: Database, today: date, tmp_path: Path
) -> None:
    add_known_goal(db, today)
    services = Services(db, today)
    window, added = _window_with_report(qtbot, services, db, today)
    printed = tmp_path / "printed.pdf"
    prompts_of(window.ops).print_to = printed  # the user picks "Print to file"
    assert report_action.printing_available()
    dialog = _open_dialog(qtbot, window, added)
    assert dialog.print_button.isVisible()
    qtbot.mouseClick(dialog.all_goals, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(printed.exists)
    text = squeeze(pdf_text(printed))
    assert TITLE in text
    assert "Last 4 weeks 75% (6 of 8)" in text
    assert "(A4)" in pdf_info(printed)["Page size"]


def test_an_archived_goal_says_so(db: Database, today: date, tmp_path: Path) -> None:
    from smartgoals_app.domain.enums import GoalLifecycle

    goal_id = add_known_goal(db, today)
    GoalService(db).set_lifecycle(goal_id, GoalLifecycle.ARCHIVED)
    path = tmp_path / "report.pdf"
    write_pdf(report_of(db, today), path, locale=BRITISH)
    assert "Newsletter sign-ups on Facebook (archived)" in squeeze(pdf_text(path))


def test_a_reviewed_goal_shows_its_review(db: Database, today: date, tmp_path: Path) -> None:
    from smartgoals_app.domain.review import Outcome, ReviewEntry
    from smartgoals_app.services.reviews import ReviewService

    goal_id = add_known_goal(db, today)
    goals = GoalService(db, today=lambda: today)
    reviews = ReviewService(db, goals=goals, plan=PlanService(db), today=lambda: today)
    reviews.close(goal_id, ReviewEntry(Outcome.MISSED, "Weekly teasers", "Paid ads"))
    path = tmp_path / "report.pdf"
    write_pdf(report_of(db, today), path, locale=BRITISH)
    text = squeeze(pdf_text(path))
    latest = goals.latest_review(goal_id)
    assert latest is not None
    assert f"Reviewed on {today.day} Nov 2026" in text
    assert "Outcome Missed" in text
    # ("fi" may come out of the PDF as one ligature)
    assert f"{latest.final_value:g} sign-ups on {latest.final_date.day} Nov 2026" in text
    assert "What worked Weekly teasers" in text
    assert "What did not work Paid ads" in text
    assert "Next step Close: archive this goal with its outcome" in text
