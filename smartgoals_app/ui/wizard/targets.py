"""Page 6: a realistic benchmark and a bold stretch target,
the growth each asks for, and a small preview of both roads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from smartgoals_app.domain.enums import Direction
from smartgoals_app.domain.progress import GoalSpec, weeks_between
from smartgoals_app.domain.smart import draft_spec, required_per_week
from smartgoals_app.domain.validation import Errors, parse_number, validate_targets
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.wizard.common import (
    DraftPage,
    WizardContext,
    colour,
    number_text,
    suggested_title,
    wrap_label,
)

WEEKS_PER_MONTH = 52 / 12


class TargetsPage(DraftPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("TargetsPage", "Two targets"),
            QCoreApplication.translate(
                "TargetsPage", "A realistic benchmark you expect to reach, and a bold stretch beyond it."
            ),
        )
        self.start_text = wrap_label(name="targetsStart")
        self.body_layout.addWidget(self.start_text)
        form = self.new_form()
        self.benchmark = QLineEdit()
        self.benchmark_growth = wrap_label(name="benchmarkGrowth")
        self.add_field(
            form,
            QCoreApplication.translate("TargetsPage", "Benchmar&k target"),
            self.benchmark,
            "goal.benchmark_target",
            hint=self.benchmark_growth,
        )
        self.stretch = QLineEdit()
        self.stretch_growth = wrap_label(name="stretchGrowth")
        self.add_field(
            form,
            QCoreApplication.translate("TargetsPage", "S&tretch target"),
            self.stretch,
            "goal.stretch_target",
            hint=self.stretch_growth,
        )
        self.chart_holder = QWidget()
        self.chart_holder.setObjectName("roadPreviewHolder")
        self.chart_holder.setMinimumHeight(200)
        self.chart_holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.body_layout.addWidget(self.chart_holder, 1)
        # Until a benchmark can be drawn, words instead of an empty plot with a
        # meaningless axis (a usability test read "x0.001" from -400 to 400).
        self.chart_placeholder = wrap_label(
            QCoreApplication.translate("TargetsPage", "Type a benchmark to see the road to it."),
            name="roadPlaceholder",
        )
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chart_layout = QVBoxLayout(self.chart_holder)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_placeholder)
        self.finish_layout(stretch=False)  # the chart takes the room that is left
        self._plot: Any = None
        self._legend: Any = None
        self._foreground = ""
        self._curves: dict[str, Any] = {}

        self.bind_line(self.benchmark, lambda text: self._set_target("benchmark_target", text))
        self.bind_line(self.stretch, lambda text: self._set_target("stretch_target", text))

    def load(self) -> None:
        self._ensure_chart()
        self.benchmark.setText(number_text(self.draft.benchmark_target))
        self.stretch.setText(number_text(self.draft.stretch_target))
        draft = self.draft
        sentence = (
            QCoreApplication.translate(
                "TargetsPage",
                "You start at {start} ({metric}) on {start_day}, with the deadline on {deadline}. "
                "Less is better: both targets must be lower than where you start, "
                "and the stretch lower than the benchmark.",
            )
            if draft.direction is Direction.LESS
            else QCoreApplication.translate(
                "TargetsPage",
                "You start at {start} ({metric}) on {start_day}, with the deadline on {deadline}. "
                "More is better: both targets must be higher than where you start, "
                "and the stretch higher than the benchmark.",
            )
        )
        self.start_text.setText(
            sentence.format(
                start=fmt.number(draft.baseline_value, draft.unit),
                metric=draft.metric_name.strip() or QCoreApplication.translate("TargetsPage", "your metric"),
                start_day=fmt.day(draft.start_date),
                deadline=fmt.day(draft.deadline),
            )
        )

    def _set_target(self, column: str, text: str) -> str | None:
        parsed = parse_number(text)
        setattr(self.draft, column, parsed.value)
        return parsed.error

    def domain_errors(self) -> Errors:
        return validate_targets(self.draft)

    # -- derived displays ----------------------------------------------------------
    def _growth(self, spec: GoalSpec, target: float | None) -> str:
        """The pace a target asks for, worded and rounded as the dashboard words its paces."""
        if target is None:
            return ""
        week = required_per_week(spec, target)
        unit = self.draft.unit.strip()
        return QCoreApplication.translate(
            "TargetsPage", "From the start to the deadline: {weekly}, about {monthly} a month."
        ).format(
            weekly=fmt.per_week(week, unit),
            monthly=fmt.number(abs(week) * WEEKS_PER_MONTH, unit),
        )

    def on_refresh(self) -> None:
        errors = self.errors()
        spec = draft_spec(self.draft)
        d = self.draft
        ok_bench = "goal.benchmark_target" not in errors
        ok_stretch = ok_bench and "goal.stretch_target" not in errors
        self.benchmark_growth.setText(self._growth(spec, d.benchmark_target) if spec and ok_bench else "")
        self.stretch_growth.setText(self._growth(spec, d.stretch_target) if spec and ok_stretch else "")
        if self.ctx.auto_title and d.title == self.ctx.auto_title and not self._loading:
            # The user kept the suggested wording: let it carry the target number.
            self.ctx.auto_title = d.title = suggested_title(d)
        self._draw(spec, ok_bench, ok_stretch)

    # -- chart -------------------------------------------------------------------
    def _ensure_chart(self) -> None:
        if self._plot is not None:
            return
        # pyqtgraph costs ~0.3 s to import: only when this page is first shown.
        import pyqtgraph as pg

        background = self.palette().color(self.backgroundRole())
        foreground = self.palette().color(self.foregroundRole())
        self._foreground = foreground.name()
        from smartgoals_app.ui.axis import locale_axes

        plot = pg.PlotWidget(background=background, axisItems=locale_axes("left", "bottom"))
        plot.setObjectName("roadPreview")
        plot.setAccessibleName(
            QCoreApplication.translate("TargetsPage", "Preview of the benchmark and stretch roads")
        )
        plot.setMinimumHeight(190)
        # Its own size hint (about 640x480) would force a scroll bar: take the room left.
        plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        item = plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(foreground)
            axis.setTextPen(foreground)
        item.setLabel(
            "bottom",
            QCoreApplication.translate("TargetsPage", "weeks from the start"),
            color=foreground.name(),
        )
        self._legend = item.addLegend(offset=(-10, 10), labelTextColor=foreground)
        bench_colour = colour(self, "pass")
        stretch_colour = colour(self, "stretch")
        self._curves["benchmark"] = item.plot(
            name=QCoreApplication.translate("TargetsPage", "Benchmark road"),
            pen=pg.mkPen(bench_colour, width=2),
        )
        self._curves["stretch"] = item.plot(
            name=QCoreApplication.translate("TargetsPage", "Stretch road"),
            pen=pg.mkPen(stretch_colour, width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
        )
        self._curves["start"] = item.plot(
            name=QCoreApplication.translate("TargetsPage", "Where you start"),
            pen=None,
            symbol="o",
            symbolBrush=foreground,
            symbolSize=8,
        )
        layout = self.chart_holder.layout()
        assert layout is not None
        layout.addWidget(plot)
        plot.hide()
        self._plot = plot

    def _draw(self, spec: GoalSpec | None, ok_bench: bool, ok_stretch: bool) -> None:
        if self._plot is None:
            return
        import numpy as np

        drawable = spec is not None and ok_bench and self.draft.benchmark_target is not None
        self._plot.setVisible(drawable)
        self.chart_placeholder.setVisible(not drawable)
        if spec is None or not drawable:
            for curve in self._curves.values():
                curve.setData([], [])
            return
        weeks = weeks_between(spec.start, spec.deadline)
        # The legend sits in the corner the roads leave empty: top right when the
        # figures go down, bottom right when they go up.
        if spec.direction is Direction.LESS:
            self._legend.anchor((1, 0), (1, 0), offset=(-10, 10))
        else:
            self._legend.anchor((1, 1), (1, 1), offset=(-10, -10))
        self._plot.getPlotItem().setLabel("left", self.draft.unit.strip(), color=self._foreground)
        xs = np.array([0.0, weeks], dtype=np.float64)
        self._curves["start"].setData(np.array([0.0]), np.array([spec.baseline], dtype=np.float64))
        if ok_bench and self.draft.benchmark_target is not None:
            self._curves["benchmark"].setData(xs, np.array([spec.baseline, spec.benchmark], dtype=np.float64))
        else:
            self._curves["benchmark"].setData([], [])
        if ok_stretch and self.draft.stretch_target is not None:
            self._curves["stretch"].setData(xs, np.array([spec.baseline, spec.stretch], dtype=np.float64))
        else:
            self._curves["stretch"].setData([], [])
        # Fixed ranges from what is drawn: 0 to the deadline, the start to the farthest target.
        shown = [spec.baseline, spec.benchmark]
        if ok_stretch and self.draft.stretch_target is not None:
            shown.append(spec.stretch)
        self._plot.setXRange(0.0, weeks, padding=0.05)
        self._plot.setYRange(min(shown), max(shown), padding=0.1)
        self._plot.setAccessibleDescription(
            QCoreApplication.translate(
                "TargetsPage",
                "From {baseline} now to {benchmark} (benchmark) and {stretch} (stretch) in {weeks} weeks.",
            ).format(
                baseline=fmt.number(spec.baseline),
                benchmark=fmt.number(spec.benchmark),
                stretch=fmt.number(spec.stretch),
                weeks=fmt.decimal(weeks, 0),
            )
        )
