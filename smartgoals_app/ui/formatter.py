"""What a view hands the Qt-free presenters so they can write numbers and dates.

``ui.formatting`` fits this shape (a module is a valid implementation of a Protocol);
tests may hand in anything else that does. Kept apart from ``ui.formatting``, which
imports Qt, so presenters and chart data stay importable without Qt.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol


class Formatter(Protocol):
    def number(self, value: float | None, unit: str = "") -> str: ...

    def percent(self, value: float | None) -> str: ...

    def per_week(self, change: float, unit: str = "") -> str: ...

    def day(self, value: date | None) -> str: ...
