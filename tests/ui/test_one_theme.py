"""Every colour the app picks is named once, in ui/theme.py, and a dark palette is told
apart there alone: a colour changed in one place changes on every screen."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "smartgoals_app" / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def _sources() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if path.name != "theme.py")


def test_no_module_under_ui_but_the_theme_writes_a_colour() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in _sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if HEX.search(line)
    ]
    assert found == []


def test_the_theme_writes_each_colour_once() -> None:
    colours = [value.lower() for value in HEX.findall((UI / "theme.py").read_text(encoding="utf-8"))]
    assert sorted({c for c in colours if colours.count(c) > 1}) == []


def test_dark_is_decided_in_the_theme_alone() -> None:
    ways = re.compile(r"lightness\(\)\s*[<>]|ColorScheme\.Dark")
    found = [
        str(path.relative_to(UI)) for path in _sources() if ways.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
