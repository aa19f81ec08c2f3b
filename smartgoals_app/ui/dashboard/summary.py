"""The figures beside the chart: baseline, latest, change, progress, pace, days left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard.kept import KeptFor
from smartgoals_app.ui.dashboard.presenters import summary_rows
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.theme import status_colour


class SummaryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.setAccessibleName(self.tr("Progress summary"))
        self._form = QFormLayout(self)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}  # by the English label (summary_rows' Texts equal it)
        # The words of goals shown a moment ago, by the row they were made from.
        self._words: KeptFor[list[tuple[str, str]]] = KeptFor()

    def set_goal(self, goal: GoalOverview) -> bool:
        """Show the goal's figures; whether any text changed (only then do the labels
        need measuring again)."""
        changed = False
        for label, shown in self._words_of(goal):
            field = self.values.get(label)
            if field is None:
                field = QLabel()
                field.setWordWrap(True)
                field.setObjectName("summary " + label)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                name = QLabel(self.tr("{label}:").format(label=localize(label)))
                name.setBuddy(field)
                self._form.addRow(name, field)
                self.values[label] = field
            if field.text() != shown:
                field.setText(shown)
                changed = True
        # The status reads first and in its colour, as in the goal list.
        status = self.values["Status"]
        colour = status_colour(goal.progress.status, self.palette())
        style = f"color: {colour.name()}; font-weight: bold;"
        if status.styleSheet() != style:  # a new style sheet polishes the label again
            status.setStyleSheet(style)
        return changed

    def _words_of(self, goal: GoalOverview) -> list[tuple[str, str]]:
        return self._words.get(
            goal, lambda: [(label, localize(text)) for label, text in summary_rows(goal, fmt)]
        )

    def text_of(self, label: str) -> str:
        return self.values[label].text()
