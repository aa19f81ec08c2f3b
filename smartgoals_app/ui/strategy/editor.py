"""The strategy editor: its sentence, networks and business hours, checked by the
wizard's own rules (domain.validation.validate_strategy) as the user types."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.dates import parse_time
from smartgoals_app.domain.draft import StrategyDraft
from smartgoals_app.domain.templates import HOURS_HINT
from smartgoals_app.domain.validation import Errors, validate_strategy
from smartgoals_app.services.records import StrategyRecord
from smartgoals_app.services.strategies import StrategyChange, StrategyService, draft_of
from smartgoals_app.ui.alt_keys import guard_fields
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Change, OnConflict, Operations
from smartgoals_app.ui.theme import text_colour
from smartgoals_app.ui.wizard.common import hint_label
from smartgoals_app.ui.wizard.strategy_fields import DAYS, END, NETWORKS_KEY, START, STATEMENT, StrategyFields


class StrategyEditor(QDialog):
    """Open with open() or exec(); on Save the change goes through ``ops`` and the
    dialog closes only when it was stored. ``previous`` is then the strategy as it was,
    ``saved_version`` the version the save stored."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        record: StrategyRecord,
        strategies: StrategyService,
        ops: Operations,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("strategyEditor")
        self.setWindowTitle(self.tr("Edit strategy"))
        self._record = record
        self._strategies = strategies
        self._ops = ops
        self.previous: StrategyRecord | None = None
        self.saved_version = 0  # the version the save stored: its undo saves against it
        self.draft = draft_of(record)

        self.fields = StrategyFields(self._refresh)
        self.statement, self.networks, self.day_boxes = (
            self.fields.statement,
            self.fields.networks,
            self.fields.day_boxes,
        )
        self.opens, self.closes = self.fields.opens, self.fields.closes

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._errors: dict[str, QLabel] = {}
        self._add(form, self.tr("&Strategy in one sentence"), self.statement, STATEMENT)
        self._add(form, self.tr("Net&works you use"), self.networks, NETWORKS_KEY)
        days_label = self._add(form, self.tr("Business &days"), self.fields.days, DAYS)
        days_label.setBuddy(self.day_boxes["MO"])
        self._add(form, self.tr("&Opens at"), self.opens, START)
        self._add(form, self.tr("&Closes at"), self.closes, END)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveStrategy")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint_label(localize(HOURS_HINT), name="hoursHint"))
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.statement.textChanged.connect(self._refresh)
        self.networks.itemChanged.connect(lambda _item: self._refresh())
        self.opens.textChanged.connect(self._refresh)
        self.closes.textChanged.connect(self._refresh)
        guard_fields(self)  # an Alt+letter with nothing to press never types into a field
        self.fields.show(record)  # once every field and its error line exist
        self._refresh()

    def _reload(self) -> None:
        """Theirs: the strategy as stored now in every field, and its version to save against."""
        strategies, strategy_id = self._strategies, self._record.id
        read = self._ops.run(
            self,
            lambda: strategies.strategy(strategy_id),
            Change.NONE,
            title=self.tr("The strategy was not saved"),
        )
        if read is None:
            self.reject()  # gone meanwhile (said): nothing left to edit
            return
        self._record = read.value
        self.fields.show(read.value)
        self._refresh()

    def _add(self, form: QFormLayout, caption: str, field: QWidget, key: str) -> QLabel:
        label = QLabel(caption)
        label.setBuddy(field)
        error = QLabel()
        error.setObjectName(f"error:{key}")
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet(f"color: {text_colour(self.palette(), 'error')}")
        error.hide()
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        form.addRow(label, box)
        self._errors[key] = error
        return label

    # -- the draft and its errors ------------------------------------------------
    def _read(self) -> tuple[StrategyDraft, Errors]:
        """The typed strategy, and the times that could not be read (the domain's parser)."""
        opens = parse_time(self.opens.text(), required=False)
        closes = parse_time(self.closes.text(), required=False)
        draft = StrategyDraft(
            statement=self.statement.toPlainText(),
            template=self._record.template,
            networks=self.fields.ticked_networks(),
            business_days=self.fields.ticked_days(),
            business_start=opens.value,
            business_end=closes.value,
        )
        unreadable: Errors = {}
        if opens.error:
            unreadable[START] = opens.error
        if closes.error:
            unreadable[END] = closes.error
        return draft, unreadable

    def errors(self) -> Errors:
        draft, unreadable = self._read()
        if unreadable:  # an unreadable time would read as "no time": say why instead
            return unreadable | {k: v for k, v in validate_strategy(draft).items() if k not in (START, END)}
        return validate_strategy(draft)

    def _refresh(self) -> None:
        errors = self.errors()
        for key, label in self._errors.items():
            message = errors.get(key)
            label.setText(localize(message) if message else "")
            label.setVisible(bool(message))
        self.save_button.setEnabled(not errors)

    # -- saving ----------------------------------------------------------------
    def save(self) -> None:
        draft, _unreadable = self._read()
        if self.errors():
            self._refresh()
            return
        strategies, strategy_id = self._strategies, self._record.id

        def save(version: int) -> StrategyChange:  # against the version shown, or theirs
            return strategies.update(strategy_id, replace(draft, version=version))

        done = self._ops.run(
            self,
            lambda: save(self._record.version),
            Change.STRATEGIES,
            title=self.tr("The strategy was not saved"),
            on_conflict=OnConflict(lambda theirs: save(theirs.version), self._reload),
        )
        if done is not None:
            self.previous, self.saved_version = done.value.before, done.value.version
            self.accept()
