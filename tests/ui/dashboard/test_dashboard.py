"""The dashboard driven like a person: keys, clicks and typing, against a temp database."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.enums import Direction, Status, TaskOutcome
from smartgoals_app.services.plan import adherence_from
from smartgoals_app.storage.database import Database
from smartgoals_app.ui import folders
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard import export
from smartgoals_app.ui.dashboard.chart import ProgressChart
from smartgoals_app.ui.dashboard.chart_data import seconds
from smartgoals_app.ui.dashboard.goal_list import STATUS_COLUMN
from smartgoals_app.ui.dashboard.presenters import GoalFilter, summary_rows
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.main_window import MainWindow
from tests.ui.dashboard.dashboard_driver import Services, make_window, ok_button, open_checkin
from tests.ui.events import settle
from tests.ui.prompts import prompts_of

# The offscreen platform warns that it cannot pass size hints to a window manager
# it does not have; harmless, and only on a shown top-level window.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_list_shows_the_statuses_the_domain_computes(window: MainWindow, services: Services) -> None:
    overviews = services.goals.overview()
    assert {o.direction for o in overviews} == {Direction.MORE, Direction.LESS}
    assert {o.progress.status for o in overviews} == {Status.BEHIND, Status.ON_TRACK, Status.STRETCH_REACHED}
    for overview in overviews:
        item = window.goal_list.item_for(overview.id)
        assert item is not None
        assert item.text(STATUS_COLUMN) == overview.progress.status.label
        parent = item.parent()
        assert parent is not None
        assert parent.text(0) == overview.strategy  # grouped by strategy


def test_filter_shows_only_the_achieved_goal(window: MainWindow, demo_ids: list[int]) -> None:
    window.goal_list.set_filter(GoalFilter.ACHIEVED)
    assert window.goal_list.visible_ids() == [demo_ids[2]]
    window.goal_list.set_filter(GoalFilter.ACTIVE)
    assert sorted(window.goal_list.visible_ids()) == sorted(demo_ids[:2])
    window.goal_list.set_filter(GoalFilter.ALL)
    assert len(window.goal_list.visible_ids()) == 3


def test_clicking_a_goal_shows_its_why_and_smart_summary(
    qtbot: QtBot, window: MainWindow, demo_ids: list[int], services: Services
) -> None:
    item = window.goal_list.item_for(demo_ids[1])
    assert item is not None
    tree = window.goal_list.tree
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(item.index()).center())
    assert window.current_goal_id() == demo_ids[1]
    draft = services.goals.load_draft(demo_ids[1])
    assert window.detail.title.text() == draft.title
    assert draft.why in window.detail.why.text()
    assert window.detail.why.isVisible()
    for letter in ("Specific", "Measurable", "Attainable", "Relevant", "Timely"):
        assert letter in window.detail.smart.text()


def test_logging_a_checkin_updates_database_chart_summary_and_list(
    qtbot: QtBot, window: MainWindow, demo_ids: list[int], services: Services, today: date
) -> None:
    behind = demo_ids[0]
    window.select_goal(behind)
    before = len(services.measurements.list(behind))

    dialog = open_checkin(qtbot, window)
    assert dialog.goal.currentData() == behind
    assert dialog.day.text() == today.isoformat()
    qtbot.keyClicks(dialog.value, "1,234")
    qtbot.keyClicks(dialog.note, "Giveaway week")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.checkin_dialog is None)

    saved = services.measurements.list(behind)
    assert len(saved) == before + 1
    assert any(m.value == 1234 and m.note == "Giveaway week" and m.day == today for m in saved)
    xs, ys = window.detail.chart.measurements.getData()
    assert ys is not None
    assert 1234.0 in ys
    assert xs[-1] == seconds(today)
    assert window.detail.summary.text_of("Latest").startswith("1,234 sign-ups")
    item = window.goal_list.item_for(behind)
    assert item is not None
    assert item.text(3) == "1,234 sign-ups a week"
    assert item.text(STATUS_COLUMN) == Status.STRETCH_REACHED.label


def test_a_value_that_is_not_a_number_is_refused_next_to_the_field(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_checkin(qtbot, window)
    assert not ok_button(dialog).isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.value, "lots")
    error = dialog.findChild(QLabel, "valueError")
    assert error is not None
    assert error.isVisible()
    assert "not a number" in error.text()
    assert not ok_button(dialog).isEnabled()
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "12.5")
    assert not error.isVisible()
    assert ok_button(dialog).isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.checkin_dialog is None)


def test_a_service_refusal_shows_next_to_the_field(
    qtbot: QtBot, window: MainWindow, services: Services, demo_ids: list[int], today: date
) -> None:
    dialog = open_checkin(qtbot, window)
    qtbot.keyClicks(dialog.value, "50")
    qtbot.keyClicks(dialog.note, "x" * 2001)  # longer than the domain allows
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "noteError")
    assert error is not None
    assert error.isVisible()
    assert dialog.isVisible()
    dialog.reject()


def test_editing_a_measurement_in_the_table(
    qtbot: QtBot, window: MainWindow, demo_ids: list[int], services: Services
) -> None:
    on_track = demo_ids[1]
    window.select_goal(on_track)
    window.detail.tabs.setCurrentIndex(1)
    table = window.detail.table
    newest = services.measurements.list(on_track)[-1]
    table.select_row(0)  # newest first
    qtbot.mouseClick(table.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.checkin_dialog is not None)
    dialog = window.checkin_dialog
    assert dialog is not None
    assert not dialog.goal.isEnabled()
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "12")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.checkin_dialog is None)

    edited = [m for m in services.measurements.list(on_track) if m.id == newest.id]
    assert edited[0].value == 12
    _xs, ys = window.detail.chart.measurements.getData()
    assert ys is not None
    assert ys[-1] == 12.0
    assert table.model.index(0, 1).data() == "12 minutes"


def test_deleting_a_measurement_and_undoing_it(
    qtbot: QtBot, window: MainWindow, demo_ids: list[int], services: Services
) -> None:
    stretch = demo_ids[2]
    window.select_goal(stretch)
    window.detail.tabs.setCurrentIndex(1)
    table = window.detail.table
    before = services.measurements.list(stretch)
    table.select_row(0)
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)

    after = services.measurements.list(stretch)
    assert [m.id for m in after] == [m.id for m in before[:-1]]
    xs, _ys = window.detail.chart.measurements.getData()
    assert xs is not None
    assert len(xs) == len(before) - 1
    assert table.undo_button.isVisible()
    assert "Deleted" in table.undo_label.text()
    # Also where it is always in view, however small the screen: the table's Undo is not.
    assert window.statusBar().currentMessage().startswith("Deleted (Ctrl+Z brings it back): ")

    qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)
    assert services.measurements.list(stretch) == before
    xs, _ys = window.detail.chart.measurements.getData()
    assert xs is not None
    assert len(xs) == len(before)
    assert not table.undo_button.isVisible()


def test_chart_shows_roads_trend_tasks_and_tooltips(
    window: MainWindow, demo_ids: list[int], services: Services, today: date
) -> None:
    on_track = demo_ids[1]
    window.select_goal(on_track)
    chart = window.detail.chart
    overview = next(o for o in services.goals.overview() if o.id == on_track)
    spec = overview.spec

    xs, ys = chart.benchmark_road.getData()
    assert list(xs) == [seconds(spec.start), seconds(spec.deadline)]
    assert list(ys) == [spec.baseline, spec.benchmark]
    _xs, ys = chart.stretch_road.getData()
    assert list(ys) == [spec.baseline, spec.stretch]
    assert chart.stretch_road.opts["pen"].style() == Qt.PenStyle.DashLine
    _xs, ys = chart.trend.getData()
    assert overview.progress.projected_at_deadline is not None
    assert ys[-1] == pytest.approx(overview.progress.projected_at_deadline)
    assert "benchmark 30 reached" in chart.trend_label.text
    assert chart.today_line.value() == seconds(today)

    done = [
        o
        for o in services.plan.occurrences(spec.start, today, goal_id=on_track)
        if o.outcome is TaskOutcome.DONE
    ]
    marks_x, _ = chart.task_marks.getData()
    assert sorted(marks_x) == sorted(seconds(o.day) for o in done)

    noted = next(m for m in services.measurements.list(on_track) if m.note)
    text = chart.tooltip_at(seconds(noted.day), noted.value)
    assert text is not None
    assert "58 minutes" in text
    assert noted.note in text
    assert chart.tooltip_at(seconds(noted.day), noted.value + 40) is None  # far from any point


def test_checkin_due_banner_for_a_goal_whose_checkin_is_due(
    qtbot: QtBot, services: Services, db: Database, demo_ids: list[int], today: date
) -> None:
    later = today + timedelta(days=8)
    services = Services(db, later)
    window = make_window(qtbot, services, db, later)
    window.select_goal(demo_ids[0])
    assert window.detail.due.isVisible()
    assert "check-in is due" in window.detail.due_label.text()
    qtbot.mouseClick(window.detail.due_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.checkin_dialog is not None)
    assert window.checkin_dialog is not None
    window.checkin_dialog.reject()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_writes_png_and_svg_with_the_curves(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"chart{suffix}"
    prompts_of(window.ops).path = target
    qtbot.keyClick(
        window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert target.exists()
    if suffix == ".png":
        image = QImage(str(target))
        assert not image.isNull()
        assert image.width() > 200
    else:
        root = ET.parse(target).getroot()
        paths = root.findall(".//{http://www.w3.org/2000/svg}path")
        # roads, trend, measurements, shading: far more than an empty frame
        assert len(paths) >= 6
        strokes = ET.tostring(root).decode().lower()
        assert "#3b82f6" in strokes  # the measurements' colour


def test_export_cancelled_writes_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    prompts_of(window.ops).path = None
    window.export_action.trigger()
    assert len(prompts_of(window.ops).offered) == 1  # asked, and cancelled
    assert list(tmp_path.glob("*.png")) == []


def test_a_chart_name_without_its_kind_gets_the_kind_chosen(tmp_path: Path) -> None:
    _title, filters = export.chooser()
    png, svg = filters.split(";;")
    assert export.chosen_path(tmp_path / "chart", svg) == tmp_path / "chart.svg"
    assert export.chosen_path(tmp_path / "chart", png) == tmp_path / "chart.png"
    assert export.chosen_path(tmp_path / "Q1.final", svg) == tmp_path / "Q1.svg"
    assert export.chosen_path(tmp_path / "chart.SVG", png) == tmp_path / "chart.SVG"


def test_large_series_uses_downsampling_and_no_symbols(window: MainWindow) -> None:
    chart = window.detail.chart
    assert chart.plot.getViewBox() is not None
    assert chart.measurements.opts["clipToView"]
    assert chart.measurements.opts["autoDownsample"]
    assert chart.measurements.opts["downsampleMethod"] == "peak"
    xs, _ = chart.measurements.getData()
    assert xs is not None
    assert np.asarray(xs).dtype == np.float64


def test_showing_a_goal_again_lays_out_and_polishes_nothing_that_did_not_change(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = window.detail.chart
    goal = window.current_goal_id()
    assert goal is not None
    window.select_goal(goal)
    calls: list[str] = []

    def counting(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def counted(*args: object, **kwargs: object) -> object:
            calls.append(name)
            return real(*args, **kwargs)

        return counted

    status = window.detail.summary.values["Status"]
    monkeypatch.setattr(chart.plot, "setLabel", counting("label", chart.plot.setLabel))
    monkeypatch.setattr(status, "setStyleSheet", counting("style", status.setStyleSheet))
    lines = (chart.past_benchmark, chart.past_stretch, chart.final)
    empty = [i for i in lines if i.xData is None or not len(i.xData)]
    assert empty  # a goal with no target history and no final figure
    for item in empty:
        monkeypatch.setattr(item, "setData", counting("empty", item.setData))
    window.select_goal(goal)
    assert calls == []


def _fixed_items(chart: ProgressChart) -> dict[str, Any]:
    """The chart's items but the figures' curve, by the ChartData line each shows."""
    names: tuple[str, ...] = ("baseline", "benchmark_road", "stretch_road", "good_edge", "past_benchmark")
    names += ("past_stretch", "after_benchmark", "after_stretch", "final", "trend")
    return {name: getattr(chart, name) for name in names}


def test_showing_a_goal_again_feeds_the_chart_its_figures_and_sets_no_text_again(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A refresh of the goal shown (after a tick, a note, a rename) and a switch to a goal
    # with the same roads or caption: what shows the same already is left alone.
    chart = window.detail.chart
    detail = window.detail
    goal = window.current_goal_id()
    assert goal is not None
    window.select_goal(goal)
    assert chart.trend_label.text  # a caption that could be set again
    fed: list[str] = []

    def counting(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def counted(*args: object, **kwargs: object) -> object:
            fed.append(name)
            return real(*args, **kwargs)

        return counted

    items = {**_fixed_items(chart), "task marks": chart.task_marks, "figures": chart.measurements}
    for name, item in items.items():
        monkeypatch.setattr(item, "setData", counting(name, item.setData))
    monkeypatch.setattr(chart.trend_label, "setText", counting("caption", chart.trend_label.setText))
    for label, field in detail.summary.values.items():
        monkeypatch.setattr(field, "setText", counting(label, field.setText))
    scroll = detail.summary_scroll
    monkeypatch.setattr(scroll, "fit_content", counting("fit", scroll.fit_content))
    window.select_goal(goal)
    assert fed == ["figures"]


def test_every_chart_item_shows_the_goal_switched_to(window: MainWindow, demo_ids: list[int]) -> None:
    chart = window.detail.chart
    for goal in (demo_ids[0], demo_ids[2], demo_ids[1], demo_ids[0], demo_ids[1], demo_ids[2], demo_ids[0]):
        window.select_goal(goal)
        model = window.detail.model
        assert model is not None
        data = model.chart
        for name, item in _fixed_items(chart).items():
            line = getattr(data, name)
            xs, ys = item.getData()
            shown = (np.empty(0), np.empty(0)) if xs is None else (xs, ys)
            assert np.array_equal(shown[0], line.x, equal_nan=True), (goal, name)
            assert np.array_equal(shown[1], line.y, equal_nan=True), (goal, name)
        marks, _ = chart.task_marks.getData()
        assert np.array_equal(marks, data.task_days), goal
        caption = localize(data.trend_caption).replace("\n", "<br>") if len(data.trend.x) else ""
        assert chart.trend_label.text == caption
        assert chart.plot.getViewBox().viewRange() == [list(data.x_range), list(data.y_range)]
        summary = dict(summary_rows(model.goal, fmt))
        for label, field in window.detail.summary.values.items():
            assert field.text() == localize(summary[label])


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_switch_to_a_goal_with_other_dates_and_figures_paints_the_chart_once(
    window: MainWindow, demo_ids: list[int]
) -> None:
    chart = window.detail.chart
    settle()  # the window's own first paint
    paints = _Paints()
    chart.canvas.viewport().installEventFilter(paints)
    for goal in (demo_ids[0], demo_ids[2], demo_ids[1], demo_ids[0]):
        before = window.detail.model
        window.select_goal(goal)
        assert window.detail.model is not None
        assert before is not None
        assert window.detail.model.chart.x_range != before.chart.x_range  # a new view
        paints.count = 0
        settle()
        assert paints.count == 1, goal
    chart.canvas.viewport().removeEventFilter(paints)


def test_a_switch_to_another_view_gives_the_figures_curve_its_points_once(
    window: MainWindow, demo_ids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new view clips and thins the curve again: the last goal's figures were redone
    # for it on the way, and the new goal's twice.
    chart = window.detail.chart
    window.select_goal(demo_ids[0])
    settle()
    curve = chart.measurements.curve
    given: list[int] = []
    real = curve.setData

    def counted(*args: Any, **kwargs: Any) -> Any:
        xs = args[0] if args else kwargs.get("x")
        if xs is not None and len(xs):
            given.append(len(xs))
        return real(*args, **kwargs)

    monkeypatch.setattr(curve, "setData", counted)
    before = chart.plot.getViewBox().viewRange()
    window.select_goal(demo_ids[2])
    settle()
    assert chart.plot.getViewBox().viewRange() != before
    model = window.detail.model
    assert model is not None
    assert given == [len(model.chart.measurements.x)]


def test_a_goal_s_adherence_is_worked_out_once_per_reading_not_per_switch(
    window: MainWindow, demo_ids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    worked_out: list[int] = []
    real = adherence_from

    def counted(*args: Any, **kwargs: Any) -> Any:
        worked_out.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr("smartgoals_app.ui.dashboard.controller.adherence_from", counted)
    window.refresh()  # read afresh: every goal's detail is read again on its first show
    shown = window.current_goal_id()
    other = next(goal for goal in demo_ids if goal != shown)
    assert shown is not None
    once = len(worked_out)
    for _ in range(3):
        window.select_goal(other)
        window.select_goal(shown)
    assert window.detail.model is not None
    assert window.detail.model.adherence is not None  # a goal with a plan
    assert len(worked_out) <= once + 1  # the other goal's, once


def test_a_pan_clips_and_thins_only_the_figures_not_the_fixed_items(window: MainWindow) -> None:
    chart = window.detail.chart
    items = chart.plot.listDataItems()
    assert len(items) > 5  # roads, trend, baseline, past roads, final figure
    # A clipped or thinned item works its data out again on every change of view.
    assert [i for i in items if i.opts["clipToView"] or i.opts["autoDownsample"]] == [chart.measurements]
    updated: list[object] = []
    for item in items:
        item.sigPlotChanged.connect(updated.append)
    view = chart.plot.getViewBox()
    view.translateBy(x=86_400.0 * 3)
    chart.canvas.viewport().repaint()
    assert set(updated) <= {chart.measurements}


# Showing a tooltip raises its window, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("propagateSizeHints|does not support raise")
def test_hovering_a_point_shows_its_date_value_and_note(
    qtbot: QtBot, window: MainWindow, demo_ids: list[int], services: Services
) -> None:
    window.select_goal(demo_ids[1])
    chart = window.detail.chart
    noted = next(m for m in services.measurements.list(demo_ids[1]) if m.note)
    view = chart.plot.getViewBox()

    # pyqtgraph's scene drops a move that comes within 10 ms of the one before (its
    # mouseRateLimit) and Qt drops one to where the pointer already is: each try moves to
    # the point or a pixel beside it in turn, so a later try always lands.
    beside = itertools.cycle([QPoint(0, 0), QPoint(1, 0)])

    def hover_shows_the_note() -> bool:
        # Mapped again on each try: a layout that settles late (a loaded machine) moves
        # the point.
        scene_point = view.mapViewToScene(QPointF(seconds(noted.day), noted.value))
        qtbot.mouseMove(chart.canvas.viewport(), chart.canvas.mapFromScene(scene_point) + next(beside))
        return noted.note in chart.canvas.toolTip()

    # Qt drops a move to where the cursor already is, and an earlier test in the same
    # process may have left it on this very point: the pointer comes in from a corner.
    qtbot.mouseMove(chart.canvas.viewport(), QPoint(1, 1))
    settle()
    qtbot.waitUntil(hover_shows_the_note)
    assert "58 minutes" in chart.canvas.toolTip()


def test_exported_png_carries_title_status_and_date_and_goes_to_pictures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pictures = tmp_path / "Pictures"
    pictures.mkdir()
    monkeypatch.setattr(folders, "pictures", lambda: pictures)
    target = tmp_path / "chart.png"
    prompts = prompts_of(window.ops)
    prompts.path = target
    painted: list[list[str]] = []
    paint = export._paint_caption

    def paint_and_record(painter: QPainter, lines: list[str], width: int, font: QFont) -> None:
        painted.append(lines)
        paint(painter, lines, width, font)

    monkeypatch.setattr(export, "_paint_caption", paint_and_record)
    window.export_action.trigger()
    suggested = prompts.offered
    assert suggested[0] is not None
    assert suggested[0].parent == pictures
    assert suggested[0].name.endswith("-2026-11-22.png")
    title = window.detail.model.goal.title  # type: ignore[union-attr]
    assert painted[0][0] == title
    assert "as of 22 Nov 2026" in painted[0][1]
    image = QImage(str(target))
    chart = window.detail.chart.canvas.grab()
    assert image.height() > chart.height()  # the caption band above the chart
    assert QColor(image.pixel(2, 2)) == QColor("white")


def test_the_deadline_word_sits_above_the_roads_on_its_own_patch(window: MainWindow) -> None:
    chart = window.detail.chart
    for road in (chart.stretch_road, chart.benchmark_road):
        assert chart.deadline_line.zValue() > road.zValue()
    assert chart.deadline_label.fill.style() != Qt.BrushStyle.NoBrush
    assert chart.deadline_label.fill.color().alpha() > 128
