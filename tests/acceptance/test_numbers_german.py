"""Numbers, percents and dates on screen in the form of the user's locale: German
writes "1.450" and "50 %", English "1,450" and "50%"."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.text import fixed, translate
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui import i18n
from smartgoals_app.ui.axis import LocaleDateAxis
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.report.content import Scope, gather
from smartgoals_app.ui.report.pdf import write_pdf
from smartgoals_app.ui.wizard.common import TARGETS
from tests.factories import signups_draft
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.events import settle
from tests.ui.i18n_audit import english_number, pseudo_language, untranslated, user_data, visible_words
from tests.ui.report.report_helpers import pdf_text, squeeze
from tests.ui.wizard.wizard_driver import open_wizard


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.German))
    assert installed, "the German catalogue ships with the app"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _german_whole(value: float) -> str:
    return f"{round(value):,}".replace(",", ".")


def _without(text: str, typed: list[str]) -> str:
    for words in typed:
        text = text.replace(words, "")
    return text


def _words(window: MainWindow) -> list[str]:
    return [text for _, text in visible_words(window)]


def test_the_dashboard_writes_numbers_and_percents_the_german_way(
    german: None, qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]
) -> None:
    window = make_window(qtbot, services, db, today)  # built after the locale is German
    followers = demo_ids[2]
    window.select_goal(followers)
    draft = services.goals.load_draft(followers)
    assert draft.benchmark_target is not None
    assert draft.start_date is not None
    assert draft.deadline is not None
    used = (today - draft.start_date).days / (draft.deadline - draft.start_date).days * 100
    words = _words(window)
    shown = "\n".join(words)
    benchmark = f"{_german_whole(draft.benchmark_target)} followers"
    assert benchmark in shown, f"{benchmark!r} not on the dashboard"
    assert f"{round(min(used, 100))}\u00a0%" in shown  # as Qt and the plan panel write it
    assert not re.search(r"\d%", shown), "a percent without the German space"
    typed = sorted(user_data(db.path), key=len, reverse=True)  # the demo's own English titles
    ours = [_without(text, typed) for text in words]
    english = [line for line in ours if re.search(r"\d,\d{3}\b", line)]
    assert not english, f"thousands in the English form: {english}"


def test_the_charts_dates_are_written_by_qt_in_the_users_language(
    german: None, qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]
) -> None:
    """pyqtgraph wrote its date ticks with strftime: English on Windows and macOS (and
    here, in the C locale) whatever the user's language."""
    window = make_window(qtbot, services, db, today)
    window.select_goal(demo_ids[0])
    settle()  # painted: the axis has measured its labels
    axis = window.detail.chart.tasks_plot.getAxis("bottom")
    assert isinstance(axis, LocaleDateAxis)
    (low, high), _values = window.detail.chart.plot.getViewBox().viewRange()
    labels, values = [], []
    for spacing, ticks in axis.tickValues(low, high, axis.width()):  # years, then months
        labels += axis.tickStrings(ticks, 1, spacing)
        values += ticks
    german_months = {QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)}
    months = [label for label in labels if not label.isdigit()]
    assert months, labels
    assert set(months) <= german_months, months
    assert "Dez." in months, months  # not "Dec"
    assert {value % 86_400 for value in values} == {0}, "on the chart's own midnights (UTC)"


def test_english_keeps_its_own_form(qtbot: QtBot, window: MainWindow, demo_ids: list[int]) -> None:
    window.select_goal(demo_ids[2])
    shown = "\n".join(_words(window))
    assert "1,450 followers" in shown
    assert not re.search(r"\d %", shown)


def test_presenters_and_chart_data_load_without_qt() -> None:
    """They say they are free of Qt, so they are tested and reused without a window."""
    probe = (
        "import sys\n"
        "import smartgoals_app.ui.dashboard.presenters, smartgoals_app.ui.dashboard.chart_data\n"
        "import smartgoals_app.ui.dashboard.controller\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_report_writes_numbers_and_percents_the_german_way(
    german: None, services: Services, db: Database, today: date, demo_ids: list[int], tmp_path: Path
) -> None:
    followers = demo_ids[2]
    report = gather(
        Scope(goal_id=followers),
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        today=lambda: today,
    )
    path = tmp_path / "bericht.pdf"
    write_pdf(report, path, locale=QLocale(QLocale.Language.German, QLocale.Country.Germany))
    text = squeeze(pdf_text(path))
    draft = services.goals.load_draft(followers)
    assert draft.stretch_target is not None
    assert f"{_german_whole(draft.stretch_target)} followers" in text
    assert re.search(r"\d\s%", text)
    assert not re.search(r"\d%", text)


def test_the_wizard_targets_page_writes_numbers_the_german_way(
    german: None, qtbot: QtBot, db: Database, today: date
) -> None:
    goals = GoalService(db, today=lambda: today)
    draft = signups_draft(today, baseline_value=1200, benchmark_target=1450, stretch_target=1600)
    goal_id = goals.save(draft)
    person = open_wizard(qtbot, goals, DraftService(db), today, goal_id=goal_id)
    while person.page < TARGETS:  # the saved goal fills every page
        person.next()
    assert draft.deadline is not None
    weeks = (draft.deadline - today).days / 7
    pace = f"{(1450 - 1200) / weeks:.1f}".replace(".", ",")
    shown = "\n".join(text for _, text in visible_words(person.wizard.currentPage()))
    assert f"{pace} sign-ups" in shown
    assert "1.200" in shown
    assert "1.450" in shown
    assert not re.search(r"\d\.\d\b|\d,\d{3}\b", shown), "a number in the English form"


def test_numbers_inside_sentences_keep_their_places_and_sign_in_german(german: None) -> None:
    message = translate("Test", "Moved {pace} and {back} a week; {needed} needed, {count} rows.").format(
        pace=fixed(1234.26, 1, signed=True), back=fixed(-0.5, 1, signed=True), needed=fixed(14, 1), count=5000
    )
    assert localize(message) == "Moved +1.234,3 and -0,5 a week; 14,0 needed, 5.000 rows."


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("1,450 followers", "1,450"),
        ("1.450 Follower", None),
        ("up 12.5 a week", "12.5"),
        ("12,5 pro Woche", None),
        ("Stichtag 30.11.2026", None),
        ("75% of the way", "75%"),
        ("75 % geschafft", None),
        ("1.234.567", None),
        ("bis 1 Dez. 2026", "1 Dez."),
        ("Woche vom 16\u201322 November 2026", "22 November"),
        ("bis 1. Dez. 2026", None),
        ("Woche vom 16.\u201322. Nov. 2026", None),
    ],
)
def test_the_audit_knows_english_numbers_from_german_ones(text: str, english: str | None) -> None:
    assert english_number(text) == english


def test_the_audit_reports_a_number_formatted_in_english(
    qtbot: QtBot, known_messages: set[tuple[str, str]]
) -> None:
    """The pseudo-language runs in German form, so a number written with Python's own
    formatting (always English) is reported where a person would see it; the user's own
    words keep theirs."""
    label = QLabel(f"{1450:,} / {0.75:.0%}")
    own = QLabel("Reach 1,500 followers")
    qtbot.addWidget(label)
    qtbot.addWidget(own)
    with pseudo_language(known_messages):
        assert untranslated(label) == ["QLabel#? text: '1,450 / 75%' ('1,450' is in English form)"]
        assert untranslated(own, allowed={"Reach 1,500 followers"}) == []
