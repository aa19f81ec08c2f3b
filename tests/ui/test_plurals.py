"""Counts are worded with Qt's plural forms ("%Ln day(s)"): English says "1 day" and
"2 days" from its plural catalogue, German "1 Tag" and "1.500 Tage" from its own, with
the number in the locale's form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartgoals_app.ui import i18n
from smartgoals_app.ui.dashboard.import_parts import ImportWords


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.German))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("count", "words"), [(1, "&Import 1 day"), (2, "&Import 2 days"), (1500, "&Import 1,500 days")]
)
def test_english_counts_in_singular_and_plural(qtbot: QtBot, count: int, words: str) -> None:
    assert ImportWords().button(count) == words


@pytest.mark.parametrize(
    ("count", "words"),
    [(1, "1 Tag &importieren"), (2, "2 Tage &importieren"), (1500, "1.500 Tage &importieren")],
)
def test_german_counts_in_its_own_forms(qtbot: QtBot, german: None, count: int, words: str) -> None:
    assert ImportWords().button(count) == words
