"""Regression guard for reference leaks in the Qt binding.

PySide6 6.12.0 on CPython 3.11 leaked one reference to None on every call that returned
nothing, and aborted the interpreter after a few thousand calls. From Python 3.12 None
is immortal (its count never changes), so counting None's references catches nothing
there. These tests count the references of ordinary, mortal objects instead, sent
through the same paths (a Python object into Qt and back, a Python slot's return value
handed back to Qt, a Python wrapper Qt drops), so a leaking binding fails them under
every supported Python. The count of None itself is checked only where it can move.
"""

from __future__ import annotations

import gc
import sys
import weakref

import PySide6
import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 20_000
# A leak adds a reference per call (CALLS in all); the rest is caches and noise.
NOISE = 100


class Payload:
    """A plain object: mortal on every Python, so its count moves with each reference."""


class Sender(QObject):
    sent = Signal(object)


def test_installed_pair_is_not_the_broken_one() -> None:
    assert not (PySide6.__version__ == "6.12.0" and sys.version_info[:2] == (3, 11))


def test_an_object_sent_into_qt_and_read_back_is_not_leaked(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    payload = Payload()
    widget.setProperty("payload", payload)
    assert widget.property("payload") is payload
    before = sys.getrefcount(payload)
    for _ in range(CALLS):
        widget.setProperty("payload", payload)
        widget.property("payload")
    assert abs(sys.getrefcount(payload) - before) < NOISE


def test_what_a_python_slot_returns_is_released(qtbot: QtBot) -> None:
    """Qt calls the slot and discards its return value, as it discards None from one
    that returns nothing: the binding must drop the reference either way."""
    sender = Sender()
    argument, returned = Payload(), Payload()
    received: list[int] = []

    def slot(value: object) -> Payload:
        if value is argument:
            received.append(1)
        return returned

    sender.sent.connect(slot)
    sender.sent.emit(argument)
    before = sys.getrefcount(argument), sys.getrefcount(returned)
    for _ in range(CALLS):
        sender.sent.emit(argument)
    assert len(received) == CALLS + 1
    after = sys.getrefcount(argument), sys.getrefcount(returned)
    assert abs(after[0] - before[0]) < NOISE
    assert abs(after[1] - before[1]) < NOISE


def test_an_object_qt_no_longer_holds_dies(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    payload = Payload()
    gone = weakref.ref(payload)
    for _ in range(100):
        widget.setProperty("payload", payload)
        widget.property("payload")
    widget.setProperty("payload", None)
    del payload
    gc.collect()
    assert gone() is None


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: its count never moves"
)
def test_setters_do_not_leak_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    for _ in range(100):  # warm up caches that legitimately hold None
        widget.setEnabled(True)
    before = sys.getrefcount(None)
    for i in range(CALLS):
        widget.setEnabled(bool(i % 2))
        widget.setToolTip("")
    assert abs(sys.getrefcount(None) - before) < NOISE
