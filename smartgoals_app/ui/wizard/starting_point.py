"""Page 3: where you start (outcomes over vanity; know where you start): network, metric, today's value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from smartgoals_app.domain.catalogue import (
    ALL_NETWORKS,
    CUSTOM_METRIC_KEY,
    NETWORKS,
    find_metric,
    metrics_for,
    network,
)
from smartgoals_app.domain.dates import format_date, parse_date
from smartgoals_app.domain.enums import Direction, MetricKind
from smartgoals_app.domain.progress import Point
from smartgoals_app.domain.templates import template
from smartgoals_app.domain.validation import Errors, parse_number, validate_starting_point
from smartgoals_app.io.exports import ExportError, read_figures
from smartgoals_app.ui import folders
from smartgoals_app.ui.date_edit import DateEdit
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.wizard.common import DraftPage, WizardContext, colour, number_text, wrap_label
from smartgoals_app.ui.wizard.export_summary import ExportSummary


class StartingPointPage(DraftPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("StartingPointPage", "Know where you start"),
            QCoreApplication.translate(
                "StartingPointPage",
                "Pick what to measure (outcomes first) and read today's figure from your analytics.",
            ),
        )
        form = self.new_form()
        self.network_combo = QComboBox()
        self.add_field(
            form,
            QCoreApplication.translate("StartingPointPage", "Net&work"),
            self.network_combo,
            "goal.network",
        )

        self.metric_combo = QComboBox()
        self.metric_about = wrap_label(name="metricDescription")
        self.add_field(
            form,
            QCoreApplication.translate("StartingPointPage", "&Metric"),
            self.metric_combo,
            "goal.metric_key",
            extra=self.metric_about,
        )

        self.metric_name = QLineEdit()
        self.add_field(
            form,
            QCoreApplication.translate("StartingPointPage", "Metric n&ame"),
            self.metric_name,
            "goal.metric_name",
        )
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(
            QCoreApplication.translate("StartingPointPage", "sign-ups, minutes, % of messages…")
        )
        self.add_field(form, QCoreApplication.translate("StartingPointPage", "&Unit"), self.unit, "goal.unit")
        self.direction_combo = QComboBox()
        for direction in Direction:
            self.direction_combo.addItem(localize(direction.label), direction.value)
        self.add_field(
            form,
            QCoreApplication.translate("StartingPointPage", "&Direction"),
            self.direction_combo,
            "goal.direction",
        )

        self.vanity_warning = wrap_label(name="vanityWarning")
        self.outcome_link = QLineEdit()
        self.outcome_link.setPlaceholderText(
            QCoreApplication.translate(
                "StartingPointPage", "For example: the publisher wants 2,000 followers before a book deal"
            )
        )
        self.outcome_caption = self.add_field(
            form,
            QCoreApplication.translate("StartingPointPage", "How does it lead to an &outcome?"),
            self.outcome_link,
            "goal.outcome_link",
            extra=self.vanity_warning,
        )

        self.baseline = QLineEdit()
        self.baseline.setPlaceholderText(QCoreApplication.translate("StartingPointPage", "for example 120"))
        # Whether "120 sign-ups" is everything so far or this week's count is the user's
        # choice; what matters is that every check-in and both targets read it the same way.
        self.add_field(
            form,
            QCoreApplication.translate("StartingPointPage", "&Today's value"),
            self.baseline,
            "goal.baseline_value",
            hint=QCoreApplication.translate(
                "StartingPointPage",
                "Read it as you will read it at every check-in: a count for a period (sign-ups "
                "this week) or a total so far (followers now). Your targets are read the same way.",
            ),
        )
        self.baseline_date = DateEdit()
        self.add_field(
            form,
            QCoreApplication.translate("StartingPointPage", "Date you &read it"),
            self.baseline_date,
            "goal.baseline_date",
        )
        self.export_button = QPushButton(
            QCoreApplication.translate(
                "StartingPointPage", "Take today's value and the history from an e&xport…"
            )
        )
        self.export_button.setObjectName("baselineFromExport")
        self.export_button.clicked.connect(self.take_from_export)
        self.export_result = wrap_label(name="baselineExportResult")
        self.export_result.setVisible(False)
        form.addRow(self.export_button)
        form.addRow(self.export_result)
        self.analytics_hint = wrap_label(name="analyticsHint")
        self.source = QLineEdit()
        self.source.setPlaceholderText(
            QCoreApplication.translate("StartingPointPage", "The report or tool you read it from")
        )
        self.add_field(
            form,
            QCoreApplication.translate("StartingPointPage", "Where you read it (&source)"),
            self.source,
            "goal.data_source",
            hint=self.analytics_hint,
        )
        self.finish_layout()

        self.network_combo.currentIndexChanged.connect(self._network_changed)
        self.metric_combo.currentIndexChanged.connect(self._metric_changed)
        self.bind_line(self.metric_name, self._set_metric_name)
        self.bind_line(self.unit, self._set_unit)
        self.direction_combo.currentIndexChanged.connect(self._direction_changed)
        self.bind_line(self.outcome_link, self._set_outcome_link)
        self.bind_line(self.baseline, self._set_baseline)
        self.bind_line(self.baseline_date, self._set_baseline_date)
        self.bind_line(self.source, self._set_source)

    # -- loading -----------------------------------------------------------------
    def load(self) -> None:
        draft = self.draft
        # The strategy's own networks first, then the rest.
        mine = [n for n in NETWORKS if n.key in draft.strategy.networks]
        others = [n for n in NETWORKS if n.key not in draft.strategy.networks]
        self.network_combo.clear()
        for item in mine + others:
            self.network_combo.addItem(localize(item.name), item.key)
        if draft.network is None:
            draft.network = (mine or others)[0].key
        self.network_combo.setCurrentIndex(max(self.network_combo.findData(draft.network), 0))
        if draft.metric_key is None and not draft.metric_name:
            suggested = template(draft.strategy.template).metric_key
            metric = find_metric(draft.network, suggested) if suggested else None
            self._apply_metric(metric.key if metric else metrics_for(draft.network)[0].key)
        self._fill_metrics()
        self.metric_name.setText(draft.metric_name)
        self.unit.setText(draft.unit)
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(draft.direction.value))
        self.outcome_link.setText(draft.outcome_link)
        self.baseline.setText(number_text(draft.baseline_value))
        if draft.baseline_date is None:
            draft.baseline_date = self.ctx.today()
        self.baseline_date.setText(format_date(draft.baseline_date))
        self.source.setText(draft.data_source)
        self._show_metric_state()

    def _fill_metrics(self) -> None:
        draft = self.draft
        assert draft.network is not None
        was_loading, self._loading = self._loading, True
        try:
            self.metric_combo.clear()
            for metric in metrics_for(draft.network):
                name = localize(metric.name)
                text = (
                    QCoreApplication.translate("StartingPointPage", "{name} (vanity metric)").format(
                        name=name
                    )
                    if metric.is_vanity
                    else name
                )
                self.metric_combo.addItem(text, metric.key)
            self.metric_combo.addItem(
                QCoreApplication.translate("StartingPointPage", "Custom metric…"), CUSTOM_METRIC_KEY
            )
            key = draft.metric_key if draft.metric_key is not None else CUSTOM_METRIC_KEY
            index = self.metric_combo.findData(key)
            self.metric_combo.setCurrentIndex(index if index >= 0 else self.metric_combo.count() - 1)
        finally:
            self._loading = was_loading

    # -- editing -----------------------------------------------------------------
    def _apply_metric(self, key: str) -> None:
        draft = self.draft
        metric = find_metric(draft.network or ALL_NETWORKS, key)
        if metric is None:
            # A custom metric keeps what the user typed; it counts as an outcome.
            if draft.metric_key is not None:
                draft.metric_name, draft.unit = "", ""
            draft.metric_key = None
            draft.kind = MetricKind.OUTCOME
            return
        draft.metric_key = metric.key
        # The catalogue's words become the goal's own, in the user's language.
        draft.metric_name = localize(metric.name)
        draft.unit = localize(metric.unit)
        draft.direction = metric.direction
        draft.kind = metric.kind

    def _network_changed(self, _index: int) -> None:
        if self._loading:
            return
        self.draft.network = self.network_combo.currentData()
        if self.draft.metric_key is not None:
            assert self.draft.network is not None
            if find_metric(self.draft.network, self.draft.metric_key) is None:
                self._apply_metric(metrics_for(self.draft.network)[0].key)
        self._fill_metrics()
        self._reload_metric_fields()
        self.changed("goal.network")

    def _metric_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._apply_metric(self.metric_combo.currentData())
        self._reload_metric_fields()
        self.changed("goal.metric_key")

    def _reload_metric_fields(self) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.metric_name.setText(self.draft.metric_name)
            self.unit.setText(self.draft.unit)
            self.direction_combo.setCurrentIndex(self.direction_combo.findData(self.draft.direction.value))
        finally:
            self._loading = was_loading
        self._show_metric_state()

    def _show_metric_state(self) -> None:
        draft = self.draft
        custom = draft.metric_key is None
        for widget in (self.metric_name, self.unit, self.direction_combo):
            widget.setEnabled(custom)
        metric = find_metric(draft.network or ALL_NETWORKS, draft.metric_key or "")
        if metric is None:
            self.metric_about.setText(
                QCoreApplication.translate(
                    "StartingPointPage",
                    "Your own metric: name it, give its unit and say which way is better.",
                )
            )
        else:
            about = (
                QCoreApplication.translate("StartingPointPage", "Vanity metric: {description} {direction}.")
                if metric.is_vanity
                else QCoreApplication.translate("StartingPointPage", "Outcome: {description} {direction}.")
            )
            self.metric_about.setText(
                about.format(
                    description=localize(metric.description), direction=localize(metric.direction.label)
                )
            )
        vanity = draft.kind is MetricKind.VANITY
        self.vanity_warning.setText(
            QCoreApplication.translate(
                "StartingPointPage",
                "{name} is a vanity metric: a nod in the street. It can matter (a publisher may ask "
                "for a following), but say how it leads to something the business wants.",
            ).format(name=draft.metric_name)
            if draft.metric_name
            else QCoreApplication.translate(
                "StartingPointPage",
                "This is a vanity metric: a nod in the street. It can matter (a publisher may ask "
                "for a following), but say how it leads to something the business wants.",
            )
        )
        self.outcome_caption.setVisible(vanity)
        self.outcome_link.parentWidget().setVisible(vanity)  # type: ignore[union-attr]
        self.analytics_hint.setText(
            QCoreApplication.translate("StartingPointPage", "Where to find it: {hint}").format(
                hint=localize(network(draft.network or ALL_NETWORKS).analytics_hint)
            )
        )

    def _set_metric_name(self, text: str) -> None:
        if self.draft.metric_key is None:
            self.draft.metric_name = text

    def _set_unit(self, text: str) -> None:
        if self.draft.metric_key is None:
            self.draft.unit = text

    def _direction_changed(self, _index: int) -> None:
        if self._loading:
            return
        if self.draft.metric_key is None:
            self.draft.direction = Direction(self.direction_combo.currentData())
        self.changed("goal.direction")

    def _set_outcome_link(self, text: str) -> None:
        self.draft.outcome_link = text

    def _set_baseline(self, text: str) -> str | None:
        parsed = parse_number(text)
        self.draft.baseline_value = parsed.value
        return parsed.error

    def _set_baseline_date(self, text: str) -> str | None:
        parsed = parse_date(text)
        self.draft.baseline_date = parsed.value
        return parsed.error

    def _set_source(self, text: str) -> None:
        self.draft.data_source = text

    def take_from_export(self) -> None:
        """Read an analytics export: its newest day becomes today's value, and every
        day becomes the history the Attainable check compares the targets with."""
        path = self.ctx.prompts.ask_open_path(
            self,
            QCoreApplication.translate("StartingPointPage", "Read past figures from an export"),
            folders.downloads(),
            QCoreApplication.translate(
                "StartingPointPage", "Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"
            ),
        )
        if path is None:
            return
        try:
            figures = read_figures(path, today=self.ctx.today())
        except ExportError as exc:
            self._say_export(localize(exc.args[0]), error=True)
            return
        if not figures.can_import:
            self._say_export(localize(figures.blocker or ""), error=True)
            return
        points = figures.points
        last_day, last_value = points[-1]
        self.ctx.imported_history = list(points)
        self.ctx.history = [Point(day, value) for day, value in points]
        self.draft.baseline_value = last_value
        self.draft.baseline_date = last_day
        if not self.draft.data_source.strip():
            self.draft.data_source = path.name
        was_loading, self._loading = self._loading, True
        try:
            self.baseline.setText(number_text(last_value))
            self.baseline_date.setText(format_date(last_day))
            self.source.setText(self.draft.data_source)
        finally:
            self._loading = was_loading
        summary = ExportSummary().text(figures, keeps_history=self.ctx.save_history is not None)
        self._say_export(summary, error=False)
        self.changed("goal.baseline_value")

    def _say_export(self, text: str, *, error: bool) -> None:
        self.export_result.setText(text)
        self.export_result.setStyleSheet(f"color: {colour(self, 'error')};" if error else "")
        self.export_result.setVisible(bool(text))

    def domain_errors(self) -> Errors:
        # A vanity metric without a link to an outcome is allowed (it is only warned about):
        # the warning beside the field and the SMART panel's Relevant letter say so.
        return validate_starting_point(self.draft, self.ctx.today())
