"""Page 2: the strategy the goal serves, existing or new."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QListWidgetItem,
    QRadioButton,
)

from smartgoals_app.domain.dates import parse_time
from smartgoals_app.domain.draft import StrategyDraft
from smartgoals_app.domain.templates import HOURS_HINT, RESPONSE_FACTS, TEMPLATES, template
from smartgoals_app.domain.validation import Errors, validate_strategy
from smartgoals_app.services.records import StrategyRecord
from smartgoals_app.services.strategies import draft_of
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.wizard.common import DraftPage, WizardContext, hint_label, plain
from smartgoals_app.ui.wizard.strategy_fields import StrategyFields


class StrategyPage(DraftPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("StrategyPage", "Strategy first"),
            QCoreApplication.translate(
                "StrategyPage", "A goal only makes sense inside a strategy: what do you want to be known for?"
            ),
        )
        self.existing_button = QRadioButton(
            QCoreApplication.translate("StrategyPage", "&Use a strategy I already have")
        )
        self.new_button = QRadioButton(QCoreApplication.translate("StrategyPage", "&Write a new strategy"))
        self.existing_button.setObjectName("wizard.use_existing_strategy")
        self.new_button.setObjectName("wizard.new_strategy")
        for button in (self.existing_button, self.new_button):
            button.setAccessibleName(plain(button.text()))
        group = QButtonGroup(self)
        group.addButton(self.existing_button)
        group.addButton(self.new_button)
        has_existing = bool(ctx.strategies)
        self.existing_button.setVisible(has_existing)
        self.new_button.setVisible(has_existing)
        self.body_layout.addWidget(self.existing_button)
        self.body_layout.addWidget(self.new_button)

        form = self.new_form()
        self.existing_combo = QComboBox()
        for record in ctx.strategies:
            self.existing_combo.addItem(record.statement, record.id)
        self.existing_label = self.add_field(
            form,
            QCoreApplication.translate("StrategyPage", "E&xisting strategy"),
            self.existing_combo,
            "goal.strategy_id",
        )
        self.existing_label.setVisible(has_existing)
        self.existing_combo.parentWidget().setVisible(has_existing)  # type: ignore[union-attr]

        self.template_combo = QComboBox()
        for item in TEMPLATES:
            self.template_combo.addItem(localize(item.name), item.key)
        self.add_field(
            form,
            QCoreApplication.translate("StrategyPage", "Start from a &template"),
            self.template_combo,
            "strategy.template",
        )

        self.fields = StrategyFields(lambda: self.changed("strategy.business_days"))
        self.statement, self.networks, self.day_boxes = (
            self.fields.statement,
            self.fields.networks,
            self.fields.day_boxes,
        )
        self.opens, self.closes = self.fields.opens, self.fields.closes
        self.add_field(
            form,
            QCoreApplication.translate("StrategyPage", "&Strategy in one sentence"),
            self.statement,
            "strategy.statement",
            hint=QCoreApplication.translate(
                "StrategyPage", "For example: “Be known for great customer service”."
            ),
        )

        self.add_field(
            form,
            QCoreApplication.translate("StrategyPage", "Net&works you use"),
            self.networks,
            "strategy_network.network",
            hint=QCoreApplication.translate("StrategyPage", "Space ticks the highlighted network."),
        )

        # The label's buddy is the first day; the row container carries the column name.
        days_caption = self.add_field(
            form,
            QCoreApplication.translate("StrategyPage", "Business &days"),
            self.fields.days,
            "strategy.business_days",
        )
        days_caption.setBuddy(self.day_boxes["MO"])

        self.add_field(
            form,
            QCoreApplication.translate("StrategyPage", "&Opens at"),
            self.opens,
            "strategy.business_start",
        )
        self.add_field(
            form,
            QCoreApplication.translate("StrategyPage", "&Closes at"),
            self.closes,
            "strategy.business_end",
            hint=localize(HOURS_HINT),
        )

        self.facts = hint_label(localize(RESPONSE_FACTS), name="responseFacts")
        self.body_layout.addWidget(self.facts)
        self.finish_layout()

        self._new_strategy = StrategyDraft()
        self._mode_chosen = False
        self.existing_button.toggled.connect(self._mode_changed)
        self.existing_combo.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.bind_box(self.statement, self._set_statement)
        self.networks.itemChanged.connect(self._networks_changed)
        self.bind_line(self.opens, lambda text: self._set_time("business_start", text))
        self.bind_line(self.closes, lambda text: self._set_time("business_end", text))

    # -- loading -----------------------------------------------------------------
    def load(self) -> None:
        draft = self.draft
        # A further goal starts from the most recent strategy (its business hours need
        # not be typed again) unless the user already wrote or chose otherwise.
        untouched = not self._mode_chosen and draft.goal_id is None and draft.strategy == StrategyDraft()
        if untouched and draft.strategy_id is None and self.ctx.strategies:
            draft.strategy_id = max(self.ctx.strategies, key=lambda record: record.id).id
        use_existing = draft.strategy_id is not None and bool(self.ctx.strategies)
        self.existing_button.setChecked(use_existing)
        self.new_button.setChecked(not use_existing)
        if draft.strategy_id is not None:
            index = self.existing_combo.findData(draft.strategy_id)
            if index >= 0:
                self.existing_combo.setCurrentIndex(index)
        strategy = draft.strategy
        index = self.template_combo.findData(template(strategy.template).key)
        self.template_combo.setCurrentIndex(index)
        if not use_existing:
            self.fields.show(strategy)
        self._apply_mode()

    # -- editing -----------------------------------------------------------------
    def _record(self) -> StrategyRecord | None:
        strategy_id = self.existing_combo.currentData()
        return next((s for s in self.ctx.strategies if s.id == strategy_id), None)

    def _mode_changed(self) -> None:
        if self._loading:
            return
        self._mode_chosen = True
        self._apply_mode()
        self.changed("goal.strategy_id")

    def _apply_mode(self) -> None:
        existing = self.existing_button.isChecked()
        self.existing_combo.setEnabled(existing)
        for widget in (self.template_combo, *self.fields.widgets()):
            widget.setEnabled(not existing)
        record = self._record() if existing else None
        if record is not None:
            if self.draft.strategy_id is None:
                self._new_strategy = self.draft.strategy  # back if the user switches again
            self.draft.strategy_id = record.id
            # A copy of the stored strategy, read-only here: its template drives the
            # suggested metric and tasks, its hours the response-time hint.
            self.draft.strategy = draft_of(record)
            was_loading, self._loading = self._loading, True
            try:
                self.fields.show(self.draft.strategy)
                index = self.template_combo.findData(template(record.template).key)
                self.template_combo.setCurrentIndex(index)
            finally:
                self._loading = was_loading
        elif self.draft.strategy_id is not None:
            self.draft.strategy_id = None
            self.draft.strategy = self._new_strategy
            was_loading, self._loading = self._loading, True
            try:
                self.fields.show(self.draft.strategy)
                self.template_combo.setCurrentIndex(
                    self.template_combo.findData(template(self.draft.strategy.template).key)
                )
            finally:
                self._loading = was_loading

    def _template_changed(self, _index: int) -> None:
        if self._loading:
            return
        old = template(self.draft.strategy.template)
        new = template(self.template_combo.currentData())
        self.draft.strategy.template = new.key
        # Replace the sentence only if the user has not written their own.
        current = self.statement.toPlainText().strip()
        if not current or current == localize(old.statement):
            # The template's sentence becomes the user's own, in their language.
            self.statement.setPlainText(localize(new.statement))
        self.changed("strategy.template")

    def _set_statement(self, text: str) -> None:
        self.draft.strategy.statement = text

    def _networks_changed(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        self.draft.strategy.networks = self.fields.ticked_networks()
        self.changed("strategy_network.network")

    def _set_time(self, column: str, text: str) -> str | None:
        parsed = parse_time(text, required=False)
        setattr(self.draft.strategy, column, parsed.value)
        return parsed.error

    def changed(self, key: str | None = None) -> None:
        if key == "strategy.business_days" and not self._loading:
            self.draft.strategy.business_days = self.fields.ticked_days()
        super().changed(key)

    def domain_errors(self) -> Errors:
        if self.existing_button.isChecked():
            return (
                {}
                if self.draft.strategy_id is not None
                else {"goal.strategy_id": QCoreApplication.translate("StrategyPage", "Pick a strategy.")}
            )
        return validate_strategy(self.draft.strategy)

    def on_refresh(self) -> None:
        # The facts matter most to a customer-service strategy: make them stand out there.
        font = self.facts.font()
        font.setBold(template(self.draft.strategy.template).uses_business_hours)
        self.facts.setFont(font)
