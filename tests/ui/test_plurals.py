"""Counts are worded with Qt's plural forms ("%Ln day(s)"): English says "1 day" and
"2 days" from its plural catalogue, German "1 Tag" and "1.500 Tage" from its own, with
the number in the locale's form."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.ui.dashboard.import_parts import ImportWords


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
