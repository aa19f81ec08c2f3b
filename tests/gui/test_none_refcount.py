"""Regression guard: PySide6 6.12.0 on CPython 3.11 leaked a reference to None on
every call returning nothing, and aborted the interpreter after a few thousand.

From Python 3.12 None is immortal: its reference count never changes, so a leak cannot
show there (and cannot abort the interpreter either). The refcount test runs only where
it can fail."""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_installed_pair_is_not_the_broken_one() -> None:
    assert not (PySide6.__version__ == "6.12.0" and sys.version_info[:2] == (3, 11))


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_setters_do_not_leak_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    for _ in range(100):  # warm up caches that legitimately hold None
        widget.setEnabled(True)
    before = sys.getrefcount(None)
    for i in range(20_000):
        widget.setEnabled(bool(i % 2))
        widget.setToolTip("")
    after = sys.getrefcount(None)
    # A leak adds one reference per call: 40,000 here. Allow small noise.
    assert abs(after - before) < 100
