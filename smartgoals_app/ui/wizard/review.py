"""Page 8: everything on one page with the SMART summary; Finish saves it all."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from smartgoals_app.domain.catalogue import network_name
from smartgoals_app.domain.enums import MetricKind
from smartgoals_app.domain.schedule import DAY_NAMES, WEEKDAYS, RuleError, summary
from smartgoals_app.domain.smart import check_smart
from smartgoals_app.domain.templates import template
from smartgoals_app.domain.validation import Errors, validate_goal
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.wizard.common import DraftPage, WizardContext, wrap_label
from smartgoals_app.ui.wizard.smart_panel import SmartPanel


def _row(name: str, value: str) -> str:
    shown = escape(value) if value.strip() else "<i>not given</i>"
    return f"<tr><td style='padding-right:12px'><b>{escape(name)}</b></td><td>{shown}</td></tr>"


class ReviewPage(DraftPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(
            ctx,
            "Review and finish",
            "Check everything once more. Finish saves the goal, its strategy and its plan together.",
        )
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.summary)
        self.body_layout.addWidget(wrap_label("SMART check:"))
        self.panel = SmartPanel()
        self.body_layout.addWidget(self.panel)
        self.finish_layout()
        self.setFinalPage(True)

    def load(self) -> None:
        self.setButtonText(self.wizard().WizardButton.FinishButton, "&Finish and save")

    def domain_errors(self) -> Errors:
        return validate_goal(self.draft, self.ctx.today())

    def on_refresh(self) -> None:
        d = self.draft
        s = d.strategy
        hours = ""
        if s.business_start is not None and s.business_end is not None:
            days = ", ".join(DAY_NAMES[WEEKDAYS.index(c)][:3] for c in s.business_days)
            hours = f"{days} {s.business_start:%H:%M}-{s.business_end:%H:%M}"
        tasks = []
        for task in d.tasks:
            try:
                when = summary(task.rrule, start_time=task.start_time, duration_minutes=task.duration_minutes)
            except RuleError as exc:
                when = str(exc)
            tasks.append(f"{task.title.strip()}: {when}")
        metric = d.metric_name.strip() + (" (vanity metric)" if d.kind is MetricKind.VANITY else "")
        rows = [
            ("Strategy", s.statement.strip()),
            ("Template", template(s.template).name),
            ("Networks", ", ".join(network_name(n) for n in s.networks)),
            ("Business hours", hours),
            ("Goal", d.title.strip()),
            ("Network", network_name(d.network) if d.network else ""),
            ("Metric", f"{metric}, in {d.unit.strip()}, {d.direction.label.lower()}"),
        ]
        if d.kind is MetricKind.VANITY:
            rows.append(("Leads to an outcome by", d.outcome_link.strip()))
        rows += [
            ("Starting value", f"{fmt.number(d.baseline_value, d.unit)} on {fmt.day(d.baseline_date)}"),
            ("Read from", d.data_source.strip()),
            ("Dates", f"{fmt.day(d.start_date)} to {fmt.day(d.deadline)}"),
            ("Benchmark", fmt.number(d.benchmark_target, d.unit)),
            ("Stretch", fmt.number(d.stretch_target, d.unit)),
            ("Purpose", d.why.strip()),
            ("Impact", d.impact.strip()),
            ("Audience", d.audience.strip()),
            ("Tasks", "\n".join(tasks)),
            ("Check-ins", d.cadence.label),
            ("Budget per month", fmt.number(d.budget_per_month) if d.budget_per_month is not None else ""),
            ("Hours per week", fmt.number(d.hours_per_week) if d.hours_per_week is not None else ""),
        ]
        html = "<table>" + "".join(_row(k, v) for k, v in rows) + "</table>"
        self.summary.setText(html.replace("\n", "<br>"))
        self.panel.show_findings(check_smart(d, self.ctx.today(), self.ctx.history))
