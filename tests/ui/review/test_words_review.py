"""Every word of the review banner and the review dialog reaches the translator (see
tests/ui/i18n_audit.py): with a pseudo-language installed, nothing shown is plain
English except the user's own data."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.review import NextStep
from smartgoals_app.storage.database import Database
from tests.ui.i18n_audit import is_foreign, pseudo_language, user_data, visible_words
from tests.ui.review.test_review import Reviewing

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_review_speaks_the_users_language(
    qtbot: QtBot, db: Database, known_messages: set[tuple[str, str]]
) -> None:
    with pseudo_language(known_messages):
        reviewing = Reviewing(qtbot, db)
        allowed = user_data(db.path) | {db.path.name}
        banner_words = list(visible_words(reviewing.banner))
        dialog = reviewing.open_by_click()
        dialog.step_buttons[NextStep.RAISE].setChecked(True)
        words = banner_words + list(visible_words(dialog)) + [("title", dialog.windowTitle())]
        foreign = sorted({f"{where}: {text!r}" for where, text in words if is_foreign(text, allowed)})
    assert foreign == []
