"""The read-only half of the review: where the goal ended, the plan, the notes, and
which tasks moved the number. Every figure comes from the ReviewSheet (the domain's)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from smartgoals_app.domain.progress import reaches
from smartgoals_app.services.reviews import ReviewSheet
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.i18n import localize


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _signed(value: float, unit: str) -> str:
    text = fmt.number(value, unit)
    return "+" + text if value > 0 else text


class ReviewSummary(QWidget):
    def __init__(self, sheet: ReviewSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, QLabel] = {}

        figures_box = QGroupBox(self.tr("Where the goal ended"))
        form = QFormLayout(figures_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, label, text in self._figure_rows(sheet):
            field = _label(text, f"review {key}")
            name = QLabel(label)
            name.setBuddy(field)
            form.addRow(name, field)
            self.rows[key] = field
        layout.addWidget(figures_box)

        notes_box = QGroupBox(self.tr("Check-in notes, oldest first"))
        notes_layout = QVBoxLayout(notes_box)
        if sheet.notes:
            lines = "".join(
                f"<li><b>{escape(fmt.day(n.day))}</b> ({escape(fmt.number(n.value, sheet.unit))}): "
                f"{escape(n.note)}</li>"
                for n in sheet.notes
            )
            self.notes = _label(f"<ul style='margin-left:-20px'>{lines}</ul>", "reviewNotes")
        else:
            self.notes = _label(self.tr("No check-in has a note."), "reviewNotes")
        notes_layout.addWidget(self.notes)
        layout.addWidget(notes_box)

        tasks_box = QGroupBox(self.tr("Which tasks moved the number"))
        tasks_layout = QVBoxLayout(tasks_box)
        if sheet.tasks:
            items = "".join(
                f"<p><b>{escape(t.title)}</b><br>{escape(localize(t.hint))}</p>" for t in sheet.tasks
            )
            self.tasks = _label(items, "reviewTasks")
        else:
            self.tasks = _label(self.tr("This goal has no tasks in its plan."), "reviewTasks")
        tasks_layout.addWidget(self.tasks)
        layout.addWidget(tasks_box)

    def _way(self, percent: float, reached: bool) -> str:
        # Two whole sentences: a translation may word "reached" and "missed" differently.
        if reached:
            return self.tr("{percent} of the way, reached").format(percent=fmt.percent(percent))
        return self.tr("{percent} of the way, missed").format(percent=fmt.percent(percent))

    def _figure_rows(self, sheet: ReviewSheet) -> list[tuple[str, str, str]]:
        figures, spec, unit = sheet.figures, sheet.spec, sheet.unit
        if figures is None:
            return [
                ("final", self.tr("Final figure:"), self.tr("No check-in yet: log one to review the goal."))
            ]
        final = figures.final
        change = (
            self.tr("{change} ({percent})").format(
                change=_signed(figures.change, unit),
                percent=("+" if figures.change_percent > 0 else "") + fmt.percent(figures.change_percent),
            )
            if figures.change_percent is not None
            else _signed(figures.change, unit)
        )
        rows = [
            (
                "final",
                self.tr("Final figure:"),
                self.tr("{value} on {day}").format(
                    value=fmt.number(final.value, unit), day=fmt.day(final.day)
                ),
            ),
            (
                "change",
                self.tr("Since the baseline of {baseline}:").format(baseline=fmt.number(spec.baseline, unit)),
                change,
            ),
            (
                "benchmark",
                self.tr("Benchmark {target}:").format(target=fmt.number(spec.benchmark, unit)),
                self._way(figures.percent_to_benchmark, reaches(final.value, spec.benchmark, spec.direction)),
            ),
            (
                "stretch",
                self.tr("Stretch {target}:").format(target=fmt.number(spec.stretch, unit)),
                self._way(figures.percent_to_stretch, reaches(final.value, spec.stretch, spec.direction)),
            ),
            (
                "trend",
                self.tr("Trend at the end:"),
                fmt.per_week(figures.trend.per_week, unit)
                if figures.trend is not None
                else self.tr("too few check-ins for a trend"),
            ),
            ("state", self.tr("In the method's words:"), localize(figures.state.label)),
        ]
        if sheet.plan is not None and sheet.plan.counted:
            plan = self.tr("{done} of {counted} planned tasks done ({percent})").format(
                done=fmt.count(sheet.plan.done),
                counted=fmt.count(sheet.plan.counted),
                percent=fmt.percent((sheet.plan.ratio or 0) * 100),
            )
        elif sheet.plan is not None:
            plan = self.tr("no task was due yet")
        else:
            plan = self.tr("no plan of tasks")
        rows.append(("plan", self.tr("Plan done:"), plan))
        return rows
