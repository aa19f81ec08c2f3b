"""The fields a strategy is typed into (its sentence, networks, business days and
hours), as the wizard's strategy page and the strategy editor both show them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from smartgoals_app.domain.catalogue import NETWORKS
from smartgoals_app.domain.dates import format_time
from smartgoals_app.domain.draft import StrategyDraft
from smartgoals_app.services.records import StrategyRecord
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.wizard.common import day_ticks, text_box

# The error keys validate_strategy uses, and each field's objectName.
STATEMENT, NETWORKS_KEY, DAYS, START, END = (
    "strategy.statement",
    "strategy_network.network",
    "strategy.business_days",
    "strategy.business_start",
    "strategy.business_end",
)


class StrategyFields:
    """The widgets, unplaced: each screen lays them out in its own form with its own
    labels and error lines. ``on_days_toggled`` runs when a business day is ticked."""

    def __init__(self, on_days_toggled: Callable[[], None]) -> None:
        self.statement = text_box(3)
        self.statement.setObjectName(STATEMENT)
        self.networks = QListWidget()
        self.networks.setObjectName(NETWORKS_KEY)
        for network in NETWORKS:
            entry = QListWidgetItem(localize(network.name))
            entry.setData(Qt.ItemDataRole.UserRole, network.key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.networks.addItem(entry)
        # Every network in view without scrolling.
        rows = self.networks.sizeHintForRow(0) * len(NETWORKS) + 2 * self.networks.frameWidth() + 4
        self.networks.setFixedHeight(rows)
        self.days, self.day_boxes = day_ticks(DAYS, on_days_toggled)
        self.opens = QLineEdit()
        self.opens.setObjectName(START)
        self.opens.setPlaceholderText(QCoreApplication.translate("StrategyFields", "for example 09:00"))
        self.closes = QLineEdit()
        self.closes.setObjectName(END)
        self.closes.setPlaceholderText(QCoreApplication.translate("StrategyFields", "for example 17:00"))

    def widgets(self) -> list[QWidget]:
        """Every field that takes input (each business day's box on its own)."""
        return [self.statement, self.networks, *self.day_boxes.values(), self.opens, self.closes]

    def show(self, strategy: StrategyDraft | StrategyRecord) -> None:
        self.statement.setPlainText(strategy.statement)
        for row in range(self.networks.count()):
            entry = self.networks.item(row)
            checked = entry.data(Qt.ItemDataRole.UserRole) in strategy.networks
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for code, box in self.day_boxes.items():
            box.setChecked(code in strategy.business_days)
        self.opens.setText(format_time(strategy.business_start))
        self.closes.setText(format_time(strategy.business_end))

    def ticked_networks(self) -> list[str]:
        return [
            self.networks.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.networks.count())
            if self.networks.item(row).checkState() == Qt.CheckState.Checked
        ]

    def ticked_days(self) -> list[str]:
        return [code for code, box in self.day_boxes.items() if box.isChecked()]
