"""How the goal list paints a cell: Qt's own delegate asks the model seven questions
per cell (font, alignment, colour, check mark, icon, text, background), each a call
from Qt into Python; this one asks the model once and fills in the same style option.
A jump to a goal far down the list repaints every row in view, so this is most of what
the list costs on a switch."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from smartgoals_app.ui.dashboard.goal_model import GoalTreeModel

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_TEXT = QPalette.ColorRole.Text


class GoalCells(QStyledItemDelegate):
    """Paints and measures the list's cells exactly as QStyledItemDelegate does for the
    roles the model answers (text, font, foreground); the model has no icons, check
    marks, alignments or backgrounds."""

    def __init__(self, model: GoalTreeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text, font, brush = self._model.cell(index)
        if font is not None:
            option.font = font.resolve(option.font)
            option.fontMetrics = QFontMetrics(option.font)
        if brush is not None:
            option.palette.setBrush(_TEXT, brush)
        if isinstance(index, QModelIndex):  # always, from Qt: the wider type is the binding's
            option.index = index
        if text is not None:
            option.features |= _HAS_DISPLAY
            option.text = text.replace("\n", "\u2028")  # as Qt's delegate shows a line break
