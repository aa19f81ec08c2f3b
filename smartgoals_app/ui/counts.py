"""Counts of things in a sentence ("1 task", "3 tasks"), in Qt's plural forms.

Plural messages must be ``tr`` calls for lupdate to see them as plurals, so the counts
that module-level code needs live on this small QObject instead of being chosen with
``if n == 1`` between two messages.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def tasks(self, n: int) -> str:
        return self.tr("%Ln task(s)", None, n)

    def goals(self, n: int) -> str:
        return self.tr("%Ln goal(s)", None, n)

    def checkins(self, n: int) -> str:
        return self.tr("%Ln check-in(s)", None, n)

    def left_out(self, n: int) -> str:
        """Rows of a file that could not be read."""
        return self.tr("Left out: %Ln row(s) at fault.", None, n)
