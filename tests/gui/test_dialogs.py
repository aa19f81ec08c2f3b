"""The save dialog every export uses: the ending the user left off is added."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from smartgoals_app.ui import dialogs


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("/home/anna/Q1 report", "/home/anna/Q1 report.pdf"),
        ("/home/anna/Q1.final", "/home/anna/Q1.final.pdf"),  # a dot in the name is not an ending
        ("/home/anna/plan.PDF", "/home/anna/plan.PDF"),
    ],
)
def test_the_ending_is_added_only_when_left_off(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, typed: str, expected: str
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (typed, ""))
    chosen = dialogs.ask_save_path(None, "Export", Path("/tmp/x.pdf"), "PDF (*.pdf)", ".pdf")
    assert chosen == Path(expected)


def test_cancel_gives_nothing(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    assert dialogs.ask_save_path(None, "Export", Path("/tmp/x.ics"), "Calendar (*.ics)", ".ics") is None
