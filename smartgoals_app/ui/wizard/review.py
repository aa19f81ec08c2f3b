"""Page 8: everything on one page with the SMART summary; Finish saves it all."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel

from smartgoals_app.domain.catalogue import network_name
from smartgoals_app.domain.enums import Direction, MetricKind
from smartgoals_app.domain.schedule import WEEKDAYS, RuleError, summary
from smartgoals_app.domain.smart import check_smart
from smartgoals_app.domain.templates import template
from smartgoals_app.domain.validation import Errors, validate_goal, validate_has_task
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dialogs import error_text
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.wizard.common import (
    DraftPage,
    WizardContext,
    day_labels,
    finish_button,
    plain,
    wrap_label,
)
from smartgoals_app.ui.wizard.smart_panel import SmartPanel


def _row(name: str, value: str) -> str:
    shown = (
        escape(value)
        if value.strip()
        else "<i>" + escape(QCoreApplication.translate("ReviewPage", "not given")) + "</i>"
    )
    return f"<tr><td style='padding-right:12px'><b>{escape(name)}</b></td><td>{shown}</td></tr>"


class ReviewPage(DraftPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("ReviewPage", "Review and finish"),
            QCoreApplication.translate(
                "ReviewPage",
                "Check everything once more. “{finish}” saves the goal, its strategy and its plan together.",
            ).format(finish=plain(finish_button())),
        )
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.summary)
        self.body_layout.addWidget(wrap_label(QCoreApplication.translate("ReviewPage", "SMART check:")))
        self.panel = SmartPanel()
        self.body_layout.addWidget(self.panel)
        self.finish_layout()
        self.setFinalPage(True)

    def load(self) -> None:
        self.setButtonText(
            self.wizard().WizardButton.FinishButton,
            finish_button(),
        )

    def domain_errors(self) -> Errors:
        return validate_goal(self.draft, self.ctx.today()) | validate_has_task(self.draft)

    def on_refresh(self) -> None:
        d = self.draft
        s = d.strategy
        hours = ""
        if s.business_start is not None and s.business_end is not None:
            labels = day_labels()
            days = ", ".join(labels[WEEKDAYS.index(c)] for c in s.business_days)
            hours = QCoreApplication.translate("ReviewPage", "{days} {opens}-{closes}").format(
                days=days, opens=f"{s.business_start:%H:%M}", closes=f"{s.business_end:%H:%M}"
            )
        tasks = []
        for task in d.tasks:
            try:
                when = localize(
                    summary(task.rrule, start_time=task.start_time, duration_minutes=task.duration_minutes)
                )
            except RuleError as exc:
                when = error_text(exc)
            tasks.append(
                QCoreApplication.translate("ReviewPage", "{title}: {when}").format(
                    title=task.title.strip(), when=when
                )
            )
        metric = d.metric_name.strip()
        if d.kind is MetricKind.VANITY:
            metric = QCoreApplication.translate("ReviewPage", "{metric} (vanity metric)").format(
                metric=metric
            )
        measured = (
            QCoreApplication.translate("ReviewPage", "{metric}, in {unit}, less is better")
            if d.direction is Direction.LESS
            else QCoreApplication.translate("ReviewPage", "{metric}, in {unit}, more is better")
        )
        rows = [
            (QCoreApplication.translate("ReviewPage", "Strategy"), s.statement.strip()),
            (QCoreApplication.translate("ReviewPage", "Template"), localize(template(s.template).name)),
            (
                QCoreApplication.translate("ReviewPage", "Networks"),
                ", ".join(localize(network_name(n)) for n in s.networks),
            ),
            (QCoreApplication.translate("ReviewPage", "Business hours"), hours),
            (QCoreApplication.translate("ReviewPage", "Goal"), d.title.strip()),
            (
                QCoreApplication.translate("ReviewPage", "Network"),
                localize(network_name(d.network)) if d.network else "",
            ),
            (
                QCoreApplication.translate("ReviewPage", "Metric"),
                measured.format(metric=metric, unit=d.unit.strip()),
            ),
        ]
        if d.kind is MetricKind.VANITY:
            rows.append(
                (QCoreApplication.translate("ReviewPage", "Leads to an outcome by"), d.outcome_link.strip())
            )
        rows += [
            (
                QCoreApplication.translate("ReviewPage", "Starting value"),
                QCoreApplication.translate("ReviewPage", "{value} on {day}").format(
                    value=fmt.number(d.baseline_value, d.unit), day=fmt.day(d.baseline_date)
                ),
            ),
            (QCoreApplication.translate("ReviewPage", "Read from"), d.data_source.strip()),
            (
                QCoreApplication.translate("ReviewPage", "Dates"),
                QCoreApplication.translate("ReviewPage", "{start} to {deadline}").format(
                    start=fmt.day(d.start_date), deadline=fmt.day(d.deadline)
                ),
            ),
            (QCoreApplication.translate("ReviewPage", "Benchmark"), fmt.number(d.benchmark_target, d.unit)),
            (QCoreApplication.translate("ReviewPage", "Stretch"), fmt.number(d.stretch_target, d.unit)),
            (QCoreApplication.translate("ReviewPage", "Purpose"), d.why.strip()),
            (QCoreApplication.translate("ReviewPage", "Impact"), d.impact.strip()),
            (QCoreApplication.translate("ReviewPage", "Audience"), d.audience.strip()),
            (QCoreApplication.translate("ReviewPage", "Tasks"), "\n".join(tasks)),
            (QCoreApplication.translate("ReviewPage", "Check-ins"), localize(d.cadence.label)),
            (
                QCoreApplication.translate("ReviewPage", "Budget per month"),
                QLocale().toCurrencyString(d.budget_per_month) if d.budget_per_month is not None else "",
            ),
            (
                QCoreApplication.translate("ReviewPage", "Hours per week"),
                fmt.number(d.hours_per_week) if d.hours_per_week is not None else "",
            ),
        ]
        html = "<table>" + "".join(_row(k, v) for k, v in rows) + "</table>"
        self.summary.setText(html.replace("\n", "<br>"))
        self.panel.show_findings(check_smart(d, self.ctx.today(), self.ctx.history))
