"""What the starting-point page says after reading an analytics export: the format it
recognised, the days it read, how it read them, the rows at fault, and what the days are
used for. Counts are Qt plurals, so they are ``tr`` calls on this small QObject."""

from __future__ import annotations

from PySide6.QtCore import QObject

from smartgoals_app.io.exports import Figures
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.counts import Counts
from smartgoals_app.ui.i18n import localize


class ExportSummary(QObject):
    def text(self, figures: Figures, *, keeps_history: bool) -> str:
        points = figures.points
        first, last = fmt.day(points[0][0]), fmt.day(points[-1][0])
        found = (
            self.tr("Looks like {format}.").format(format=localize(figures.source)) if figures.source else ""
        )
        span = self.tr(
            "%Ln day(s) from {first} to {last}; today's value is the figure of {last}.", None, len(points)
        ).format(first=first, last=last)
        how = " ".join(localize(note) for note in figures.notes)
        faults = Counts().left_out(len(figures.faults)) if figures.faults else ""
        kept = (
            self.tr("The days are saved with the goal as its history, for the Attainable check.")
            if keeps_history
            else self.tr("The Attainable check compares the targets with them.")
        )
        return " ".join(part for part in (found, span, how, faults, kept) if part)
