"""The file choosers every screen asks through its prompts: the ending the user left off is
added to a save, and cancel gives nothing."""

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


def test_the_other_choosers_give_the_path_or_nothing(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def answer(name: str, selected: str) -> object:
        def chooser(_parent: object, title: str, start: str, *filters: str) -> object:
            asked.append((title, start))
            return (name, selected) if filters else name

        return chooser

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer("/home/anna/x.csv", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", answer("/home/anna/sheets", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer("/home/anna/chart", "SVG (*.svg)"))
    assert dialogs.ask_open_path(None, "Read", None, "CSV (*.csv)") == Path("/home/anna/x.csv")
    assert dialogs.ask_folder(None, "Folder", Path("/home/anna")) == Path("/home/anna/sheets")
    assert dialogs.ask_save_name(None, "Save", Path("/home/anna/c.png"), "PNG;;SVG") == (
        Path("/home/anna/chart"),
        "SVG (*.svg)",
    )
    assert asked == [("Read", ""), ("Folder", "/home/anna"), ("Save", "/home/anna/c.png")]
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *_args: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: "")
    assert dialogs.ask_open_path(None, "Read", Path("/home"), "CSV (*.csv)") is None
    assert dialogs.ask_folder(None, "Folder", Path("/home")) is None
    assert dialogs.ask_save_name(None, "Save", Path("/home/c.png"), "PNG") is None
