"""One goal in full: title, the why, the SMART check, a due banner, the chart with its
summary beside it, and the measurements as a table (the accessible alternative)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.enums import Verdict
from smartgoals_app.domain.smart import Finding
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard.controller import GoalDetailModel
from smartgoals_app.ui.dashboard.kept import KeptFor
from smartgoals_app.ui.dashboard.measurement_table import MeasurementTable
from smartgoals_app.ui.dashboard.presenters import achieved_message, due_message
from smartgoals_app.ui.dashboard.summary import SummaryPanel
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.import_memory import forget_import_sources
from smartgoals_app.ui.plan.adherence_panel import AdherencePanel
from smartgoals_app.ui.theme import ACHIEVED_BORDER, STRETCH_REACHED_FILL, VERDICT_SYMBOL, verdict_colour

if TYPE_CHECKING:
    from smartgoals_app.ui.dashboard.chart import ProgressChart
    from smartgoals_app.ui.review.banner import ReviewBanner

CHART_MIN_HEIGHT = 360


def smart_html(findings: list[Finding], palette: QPalette) -> str:
    """One line of letters; the reasons of any letter that did not pass follow it."""
    letters = " &nbsp; ".join(
        f"<span style='color:{verdict_colour(f.verdict, palette)}'>"
        f"<b>{localize(f.letter)}</b> {VERDICT_SYMBOL[f.verdict]}</span>"
        f" {localize(f.name)}"
        for f in findings
    )
    misses = "".join(
        f"<br><b>{localize(f.name)}:</b> {escape(localize(f.reason))}"
        for f in findings
        if f.verdict is not Verdict.PASS
    )
    return QCoreApplication.translate("GoalDetail", "SMART: {letters}").format(letters=letters) + misses


def smart_tooltip(findings: list[Finding]) -> str:
    """Each letter's name and reason, one per line (the plain-text twin of smart_html)."""
    return "\n".join(
        QCoreApplication.translate("GoalDetail", "{name}: {reason}").format(
            name=localize(f.name), reason=localize(f.reason)
        )
        for f in findings
    )


class WrappingScrollArea(QScrollArea):
    """A scroll area that scrolls word-wrapped text instead of squeezing it.

    QScrollArea sizes its widget from the layout's minimum, and QGridLayout
    underestimates how tall wrapped labels grow at their real width; at 800x600
    the summary's lines were clipped. Each wrapped label is therefore given the
    height it needs at its current width, and the area scrolls when that is more."""

    def fit_content(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        for label in widget.findChildren(QLabel):
            if label.wordWrap() and label.width() > 0:
                label.setMinimumHeight(label.heightForWidth(label.width()))
        layout = widget.layout()
        if layout is not None:
            layout.activate()

    def viewportEvent(self, event: QEvent) -> bool:
        # The viewport narrows when the vertical scroll bar appears: refit then too.
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.fit_content()
        return handled


class GoalDetail(QWidget):
    checkinRequested = Signal()
    raiseRequested = Signal()

    def __init__(self, adherence: AdherencePanel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("goalTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.why = QLabel()
        self.why.setObjectName("goalWhy")
        self.why.setWordWrap(True)
        self.smart = QLabel()
        self.smart.setObjectName("smartSummary")
        self.smart.setWordWrap(True)
        self.smart.setTextFormat(Qt.TextFormat.RichText)

        self.due = QFrame()
        self.due.setObjectName("checkinDue")
        self.due.setFrameShape(QFrame.Shape.StyledPanel)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.due_button = QPushButton(self.tr("Log check-in…"))
        self.due_button.clicked.connect(self.checkinRequested.emit)
        due_layout = QHBoxLayout(self.due)
        due_layout.setContentsMargins(8, 4, 8, 4)
        due_layout.addWidget(self.due_label, 1)
        due_layout.addWidget(self.due_button)
        self.due.setVisible(False)

        # Review and raise: a reached target is celebrated, and the
        # next step is offered right there.
        self.achieved = QFrame()
        self.achieved.setObjectName("achievedBanner")
        self.achieved.setFrameShape(QFrame.Shape.StyledPanel)
        # Translucent violet (the stretch colour) reads as a celebration on light and dark.
        fill = QColor(STRETCH_REACHED_FILL)
        self.achieved.setStyleSheet(
            f"#achievedBanner {{ background: rgba({fill.red()}, {fill.green()}, {fill.blue()}, 0.14);"
            f" border: 1px solid {ACHIEVED_BORDER}; border-radius: 4px; }}"
        )
        self.achieved_label = QLabel()
        self.achieved_label.setObjectName("achievedMessage")
        self.achieved_label.setWordWrap(True)
        bold = self.achieved_label.font()
        bold.setBold(True)
        self.achieved_label.setFont(bold)
        self.raise_button = QPushButton(self.tr("&Raise the target…"))
        self.raise_button.setObjectName("raiseTarget")
        self.raise_button.clicked.connect(self.raiseRequested.emit)
        achieved_layout = QHBoxLayout(self.achieved)
        achieved_layout.setContentsMargins(8, 4, 8, 4)
        achieved_layout.addWidget(self.achieved_label, 1)
        achieved_layout.addWidget(self.raise_button)
        self.achieved.setVisible(False)
        self._can_raise = False

        # The chart (pyqtgraph and numpy, a third of a second to import) is built once
        # the rest of the dashboard has painted; `chart` builds it at once if asked sooner.
        self._chart: ProgressChart | None = None
        self._chart_pending = False
        self.chart_slot = QWidget()
        self.chart_slot.setObjectName("chartSlot")
        # Legend, trend caption and the task strip take about 190 px: this keeps the
        # plot itself at least 150 px tall (the window scrolls on a short screen).
        self.chart_slot.setMinimumSize(200, CHART_MIN_HEIGHT)
        slot_layout = QVBoxLayout(self.chart_slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_placeholder = QLabel(self.tr("Drawing the chart…"))
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_placeholder.setEnabled(False)  # greyed: a moment's notice, not content
        slot_layout.addWidget(self.chart_placeholder)
        self.summary = SummaryPanel()
        scroll = WrappingScrollArea()
        scroll.setWidget(self.summary)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(250)
        self.summary_scroll = scroll
        # Effort beside outcome: the plan's adherence sits under the results.
        self.adherence = adherence
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(scroll, 1)
        if adherence is not None:
            side_layout.addWidget(adherence)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.chart_slot)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 300])  # proportions: the summary keeps ~30%

        self.table = MeasurementTable()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.splitter, self.tr("&Chart and summary"))
        self.tabs.addTab(self.table, self.tr("&Measurements table"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.why)
        layout.addWidget(self.smart)
        layout.addWidget(self.achieved)
        layout.addWidget(self.due)
        layout.addWidget(self.tabs, 1)
        self.model: GoalDetailModel | None = None
        self.review: ReviewBanner | None = None
        self._smart_kept: KeptFor[tuple[str, str]] = KeptFor()

    def set_review_banner(self, banner: ReviewBanner) -> None:
        """Show the review banner (a goal past its deadline, or its stored review) above the chart."""
        self.review = banner
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.due), banner)
        if self.model is not None:
            banner.show_goal(self.model.goal)

    @property
    def chart(self) -> ProgressChart:
        """The chart, built into its slot now if it is not built yet."""
        if self._chart is not None:
            return self._chart
        # Holding the top-level window keeps it alive while pyqtgraph runs: a window
        # reachable only through a reference cycle (a closed one, say) would otherwise
        # be deleted by a garbage collection that pyqtgraph's allocations set off, and
        # this widget with it, in the middle of the build.
        window = self.window()
        from smartgoals_app.ui.dashboard.chart import ProgressChart

        forget_import_sources()  # pyqtgraph's and numpy's, before the series is read
        chart = self._chart = ProgressChart()
        layout = self.chart_slot.layout()
        assert layout is not None
        layout.removeWidget(self.chart_placeholder)
        self.chart_placeholder.deleteLater()
        layout.addWidget(chart)
        chart.show()  # a layout shows a new child only on the next event loop turn
        layout.activate()  # and gives it its size now, so it draws (and maps points) at once
        if self.model is not None:
            self._draw_chart(self.model)
        chart.update()
        del window  # from here on the window may go, and the chart with it
        return chart

    @property
    def built_chart(self) -> ProgressChart | None:
        """The chart if it is built already, without building it."""
        return self._chart

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # After the first paint of the dashboard, never before: the user sees the goal
        # at once and the chart a moment later.
        if self._chart is None and self.model is not None and not self._chart_pending:
            self._chart_pending = True
            QTimer.singleShot(0, self, self._build_pending_chart)

    def _build_pending_chart(self) -> None:
        self._chart_pending = False
        # A window closed between the paint and this turn of the event loop may be deleted
        # while pyqtgraph builds the chart: a hidden one waits for its next paint instead.
        if shiboken6.isValid(self) and self.isVisible():
            _ = self.chart

    def _draw_chart(self, model: GoalDetailModel) -> None:
        assert self._chart is not None
        self._chart.set_data(model.chart, model.series, model.goal.unit)

    def set_can_raise(self, can_raise: bool) -> None:
        """Offer "Raise the target…" only when there is a wizard to raise it in."""
        self._can_raise = can_raise
        self.raise_button.setVisible(can_raise)

    def _smart_words(self, findings: list[Finding]) -> tuple[str, str]:
        """The SMART line and its tooltip, written once for the findings of a goal read
        a moment ago (kept with its reading until something changes) in this palette."""
        palette = self.smart.palette()
        return self._smart_kept.get(
            findings, lambda: (smart_html(findings, palette), smart_tooltip(findings)), palette.cacheKey()
        )

    def set_model(self, model: GoalDetailModel) -> None:
        self.model = model
        goal = model.goal
        self.title.setText(goal.title)
        why = escape(model.why) or self.tr("<i>not written yet</i>")
        self.why.setText(self.tr("<b>Why it matters:</b> {why}").format(why=why))
        html, tooltip = self._smart_words(model.findings)
        self.smart.setText(html)
        self.smart.setToolTip(tooltip)
        message = localize(due_message(goal, fmt))
        self.due_label.setText(message)
        self.due.setVisible(bool(message))
        celebration = localize(achieved_message(goal, fmt))
        self.achieved_label.setText(celebration)
        self.achieved.setVisible(bool(celebration))
        self.raise_button.setVisible(self._can_raise)
        if self.review is not None:
            self.review.show_goal(goal)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # a banner shown or hidden reflows the chart now, not later
        if self._chart is not None:
            self._draw_chart(model)
        # Measuring every wrapped line again is needed only when a text changed; a new
        # width refits them by itself (see WrappingScrollArea).
        if self.summary.set_goal(goal):
            self.summary_scroll.fit_content()
        if self.adherence is not None:
            self.adherence.show_goal(goal.id, model.adherence)
        self.table.set_series_later(lambda: model.count, lambda: model.series, goal.unit)
