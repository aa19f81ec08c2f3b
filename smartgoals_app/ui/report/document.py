"""The report as a QTextDocument: text flows across pages, the charts are painter objects.

Built with QTextCursor rather than HTML, so no user text (a why with "<" or "&") is
ever read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTableFormat,
)

from smartgoals_app.domain.catalogue import network_name
from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.services.records import ReviewRecord
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.plan.adherence_panel import EXPLAIN, adherence_text
from smartgoals_app.ui.report.chart import CHART_INDEX, CHART_OBJECT, ChartObject, chart_caption
from smartgoals_app.ui.report.content import GoalSection, Report
from smartgoals_app.ui.theme import INK, INK_HEADING, INK_MUTED, STATUS_COLOURS

BASE_POINTS = 10.0
MUTED = INK_MUTED
OBJECT_REPLACEMENT = "\ufffc"


class _Writer:
    def __init__(self, doc: QTextDocument, font: QFont) -> None:
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.font = font
        self.first_block = True

    def char(self, *, points: float = BASE_POINTS, bold: bool = False, colour: str = INK) -> QTextCharFormat:
        made = QTextCharFormat()
        font = QFont(self.font)
        font.setPointSizeF(points)
        font.setBold(bold)
        made.setFont(font)
        made.setForeground(QColor(colour))
        return made

    def block(self, *, before: float = 0.0, after: float = 4.0, page_break: bool = False) -> None:
        made = QTextBlockFormat()
        made.setTopMargin(before)
        made.setBottomMargin(after)
        if page_break:
            made.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if self.first_block:
            self.cursor.setBlockFormat(made)
            self.first_block = False
        else:
            self.cursor.insertBlock(made)

    def paragraph(self, text: str, char: QTextCharFormat, **block: float | bool) -> None:
        self.block(**block)  # type: ignore[arg-type]
        # Line breaks the user typed stay line breaks inside the paragraph.
        self.cursor.insertText(text.replace("\r\n", "\n").replace("\n", "\u2028"), char)

    def table(self, rows: list[tuple[str, str, str]]) -> None:
        """Label and value rows; the third item colours the value ('' for the default)."""
        self.block(after=0)
        form = QTextTableFormat()
        form.setBorder(0)
        form.setCellPadding(2)
        form.setCellSpacing(0)
        form.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        form.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 30),
                QTextLength(QTextLength.Type.PercentageLength, 70),
            ]
        )
        table = self.cursor.insertTable(len(rows), 2, form)
        for row, (label, value, colour) in enumerate(rows):
            table.cellAt(row, 0).firstCursorPosition().insertText(label, self.char(colour=MUTED))
            table.cellAt(row, 1).firstCursorPosition().insertText(
                value, self.char(bold=bool(colour), colour=colour or INK)
            )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def chart(self, index: int) -> None:
        self.block(before=6, after=2)
        made = QTextCharFormat()
        made.setObjectType(CHART_OBJECT)
        made.setProperty(CHART_INDEX, index)
        self.cursor.insertText(OBJECT_REPLACEMENT, made)


def build_document(report: Report, font: QFont | None = None) -> QTextDocument:
    """The report's text and charts; lay it out on a device with ``layout.paint``."""
    base = QFont(font) if font is not None else QFont()
    base.setPointSizeF(BASE_POINTS)
    doc = QTextDocument()
    doc.setDefaultFont(base)
    doc.setDocumentMargin(0)
    charts = [section.chart for strategy in report.strategies for section in strategy.goals]
    doc.documentLayout().registerHandler(CHART_OBJECT, ChartObject(charts, base, doc))
    out = _Writer(doc, base)
    out.paragraph(
        QCoreApplication.translate("Report", "SmartGoals progress report"),
        out.char(points=20, bold=True),
        after=2,
    )
    out.paragraph(
        QCoreApplication.translate("Report", "Made on {day}. Goals in this report: {count}.").format(
            day=fmt.day(report.made_on), count=report.goal_count
        ),
        out.char(colour=MUTED),
        after=10,
    )
    index = 0
    for number, strategy in enumerate(report.strategies):
        out.paragraph(
            QCoreApplication.translate("Report", "Strategy: {statement}").format(
                statement=strategy.statement or "—"
            ),
            out.char(points=13, bold=True, colour=INK_HEADING),
            before=4,
            after=8,
            page_break=number > 0,
        )
        for position, section in enumerate(strategy.goals):
            _goal(out, section, index, page_break=position > 0)
            index += 1
    return doc


def _goal(out: _Writer, section: GoalSection, index: int, *, page_break: bool) -> None:
    goal = section.goal
    out.paragraph(goal.title, out.char(points=15, bold=True), before=4, after=2, page_break=page_break)
    values = {"metric": goal.metric_name, "network": network_name(goal.network)}
    if goal.lifecycle is GoalLifecycle.ARCHIVED:
        facts = QCoreApplication.translate("Report", "{metric} on {network} (archived)").format(**values)
    else:
        facts = QCoreApplication.translate("Report", "{metric} on {network}").format(**values)
    out.paragraph(facts, out.char(colour=MUTED), after=8)

    out.paragraph(
        QCoreApplication.translate("Report", "Why it matters"), out.char(points=11, bold=True), after=2
    )
    out.paragraph(
        section.why.strip() or QCoreApplication.translate("Report", "Not written yet."), out.char(), after=8
    )

    out.paragraph(QCoreApplication.translate("Report", "Figures"), out.char(points=11, bold=True), after=2)
    status = goal.progress.status
    rows = [
        (localize(label), localize(value), STATUS_COLOURS[status] if label == "Status" else "")
        for label, value in section.rows
    ]
    out.table(rows)

    out.chart(index)
    caption = chart_caption(section.chart)
    if caption:
        out.paragraph(caption, out.char(points=9, colour=MUTED), after=8)

    _adherence(out, section)
    if section.review is not None:
        _review(out, section.review, goal.unit)


def _review(out: _Writer, review: ReviewRecord, unit: str) -> None:
    out.paragraph(
        QCoreApplication.translate("Report", "Review"), out.char(points=11, bold=True), before=4, after=2
    )
    rows = [
        (QCoreApplication.translate("Report", "Reviewed on"), fmt.day(review.reviewed_on), ""),
        (QCoreApplication.translate("Report", "Outcome"), localize(review.outcome.label), ""),
        (
            QCoreApplication.translate("Report", "Final figure"),
            QCoreApplication.translate("Report", "{value} on {day}").format(
                value=fmt.number(review.final_value, unit), day=fmt.day(review.final_date)
            ),
            "",
        ),
    ]
    if review.what_worked:
        rows.append((QCoreApplication.translate("Report", "What worked"), review.what_worked, ""))
    if review.what_did_not:
        rows.append((QCoreApplication.translate("Report", "What did not work"), review.what_did_not, ""))
    rows.append((QCoreApplication.translate("Report", "Next step"), localize(review.next_step.label), ""))
    out.table(rows)


def _adherence(out: _Writer, section: GoalSection) -> None:
    out.paragraph(
        QCoreApplication.translate("AdherencePanel", "Plan adherence"),
        out.char(points=11, bold=True),
        before=4,
        after=2,
    )
    if section.adherence is None:
        out.paragraph(
            QCoreApplication.translate("AdherencePanel", "No tasks planned for this goal"),
            out.char(),
            after=4,
        )
        return
    short, long, streak = adherence_text(section.adherence)
    out.table(
        [
            (QCoreApplication.translate("AdherencePanel", "Last 4 weeks"), short, ""),
            (QCoreApplication.translate("AdherencePanel", "Last 12 weeks"), long, ""),
            (QCoreApplication.translate("AdherencePanel", "Streak"), streak, ""),
        ]
    )
    out.paragraph(localize(EXPLAIN), out.char(points=8, colour=MUTED), before=2, after=4)
