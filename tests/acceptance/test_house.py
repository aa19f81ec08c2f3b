"""House rules that a reviewer would otherwise have to remember."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "smartgoals_app" / "ui"
MAX_UI_LINES = 400


def test_no_module_under_ui_is_over_400_lines() -> None:
    """A screen that grows past this is doing more than one job: split it by role."""
    long = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_UI_LINES
    }
    assert long == {}


def test_no_screen_chooses_between_one_and_many_by_hand() -> None:
    """Counts go through Qt's plural forms (ui/counts.py, ``self.tr("%Ln day(s)", None, n)``)."""
    # "the title if one, else the count" is fine: only a count worded two ways is not.
    by_hand = re.compile(
        r"\b(n|count|len\([^)]*\)) (==|!=) 1 else [^\n]*\b\d|if (n|count|len\([^)]*\)) == 1:"
    )
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if by_hand.search(line)
    ]
    assert found == []


def test_no_test_waits_a_fixed_time() -> None:
    """A test that sleeps N ms hopes the work is done by then; on a loaded machine it is
    not. Wait for the condition (qtbot.waitUntil / waitSignal) or settle() the events."""
    tests = Path(__file__).resolve().parents[1]
    fixed = re.compile(r"qtbot\.wait\([1-9]|time\.sleep\(")
    # Polling a process with a deadline, and the kill at a chosen moment, are not waits
    # for a result: they are the test's own clock.
    allowed = {"display/conftest.py", "acceptance/test_crash.py"}
    found = [
        f"{path.relative_to(tests)}:{number}"
        for path in sorted(tests.rglob("*.py"))
        if str(path.relative_to(tests)) not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line) and path.name != "test_house.py"
    ]
    assert found == []
