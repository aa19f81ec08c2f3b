"""How the goal list paints a cell: Qt's own delegate asks the model seven questions
per cell (font, alignment, colour, check mark, icon, text, background), each a call
from Qt into Python; this one asks the model once and fills in the same style option.
A jump to a goal far down the list repaints every row in view, so this is most of what
the list costs on a switch.

Most of a cell's paint is then the style's (its text laid out and elided): a cell is
drawn once into a picture, as the view draws it (the view's background, the row's, then
the style's cell), and that picture is put on screen while nothing it shows changes. A
switch to and fro between goals far apart repaints the same cells."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from smartgoals_app.ui.dashboard.goal_model import GoalTreeModel

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_TEXT = QPalette.ColorRole.Text
_ROW = QStyle.PrimitiveElement.PE_PanelItemViewRow
_RESTYLED = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.StyleChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.LocaleChange,
    }
)
KEPT_CELLS = 400  # pictures of cells kept: more than two screens of a tall list


class _Restyled(QObject):
    """Calls back when the watched widget's font, palette, style or direction change."""

    def __init__(self, changed: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._changed = changed

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _RESTYLED:
            self._changed()
        return False


class GoalCells(QStyledItemDelegate):
    """Paints and measures the list's cells exactly as QStyledItemDelegate does for the
    roles the model answers (text, font, foreground); the model has no icons, check
    marks, alignments or backgrounds."""

    def __init__(self, model: GoalTreeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._drawn: OrderedDict[tuple[Any, ...], QPixmap] = OrderedDict()
        for changed in (model.modelReset, model.layoutChanged, model.dataChanged, model.headerDataChanged):
            changed.connect(self.forget)
        self._view: QAbstractItemView | None = None  # whose font, palette and style the pictures have
        # Not the delegate itself: a delegate's own event filter takes the widgets it
        # watches for its editors.
        self._restyled = _Restyled(self.forget, self)

    def _watch(self, view: QAbstractItemView) -> None:
        if self._view is not None:
            self._view.removeEventFilter(self._restyled)
        self._view = view
        view.installEventFilter(self._restyled)
        self.forget()

    def forget(self) -> None:
        """The cells' pictures are drawn again: what they show may have changed."""
        self._drawn.clear()

    def drawn_cells(self) -> int:
        return len(self._drawn)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        view = option.widget
        ratio = painter.device().devicePixelRatioF()
        # A picture at a fractional scale would be put back a fraction of a pixel off,
        # softening the text: drawn straight away there (as for a painter not the view's).
        if not isinstance(view, QAbstractItemView) or not ratio.is_integer():
            super().paint(painter, option, index)
            return
        if view is not self._view:
            self._watch(view)
        style = view.style() or QApplication.style()
        rect = option.rect
        # A cell's place names what it shows until the model changes (which forgets
        # every picture), as the view's font, palette and style do until they change.
        look = (
            index.internalId(),
            index.row(),
            index.column(),
            rect.width(),
            rect.height(),
            option.state,  # chosen, current, under the mouse...
            option.features,  # the alternate row colour
            option.viewItemPosition,
            ratio,
        )
        picture = self._drawn.get(look)
        if picture is None:
            picture = QPixmap(rect.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            # What is under the cell when the view has it drawn: the view's background,
            # then the row's (alternate colour, selection), then the cell itself.
            viewport = view.viewport()
            picture.fill(viewport.palette().color(viewport.backgroundRole()))
            into = QPainter(picture)
            into.translate(-rect.topLeft())
            style.drawPrimitive(_ROW, option, into, view)
            super().paint(into, option, index)
            into.end()
            self._drawn[look] = picture
            if len(self._drawn) > KEPT_CELLS:
                self._drawn.popitem(last=False)
        else:
            self._drawn.move_to_end(look)
        painter.drawPixmap(rect.topLeft(), picture)

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
