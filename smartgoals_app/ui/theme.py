"""Every colour the app picks itself, and the one test for a dark palette.

Qt already gives native widgets the system's palette, light or dark; what it cannot
know is the colours the app chooses (status, verdicts, chart lines, the plan's marks,
the printed report). They are all named here, once, so a colour is changed in one
place and a dark palette is told apart in one way. ``dark_palette`` exists for
screenshots and tests of the dark look.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from smartgoals_app.domain.enums import Status, Verdict

Role = QPalette.ColorRole

# -- the colours, by name (Tailwind's scale: 300 light ... 900 dark) ----------------
GREY_300 = "#d1d5db"
GREY_500 = "#6b7280"
GREY_600 = "#4b5563"
GREY_800 = "#1f2937"
GREY_900 = "#111827"
SLATE_400 = "#94a3b8"
SLATE_500 = "#64748b"
RED_300 = "#fca5a5"
RED_500 = "#ef4444"
RED_600 = "#dc2626"
RED_700 = "#b91c1c"
RED_800 = "#991b1b"
AMBER_100 = "#fef3c7"
AMBER_300 = "#fcd34d"
AMBER_500 = "#f59e0b"
AMBER_600 = "#d97706"
AMBER_700 = "#b45309"
AMBER_800 = "#92400e"
AMBER_900 = "#78350f"
GREEN_300 = "#86efac"
GREEN_600 = "#16a34a"
GREEN_700 = "#15803d"
GREEN_800 = "#166534"
TEAL_500 = "#14b8a6"
BLUE_500 = "#3b82f6"
BLUE_700 = "#1d4ed8"
VIOLET_300 = "#c4b5fd"
VIOLET_500 = "#8b5cf6"
VIOLET_600 = "#7c3aed"
PURPLE_500 = "#a855f7"
WHITE = "#ffffff"

# -- what they are used for -----------------------------------------------------------
# Mid-tone chart lines, readable on a light and a dark background; the dashboard's
# pyqtgraph chart and the report's painter chart share them, so a line reads the same.
MEASURED = BLUE_500
BENCHMARK = GREEN_600
STRETCH = PURPLE_500
TREND = AMBER_500
TODAY = RED_500
TASK = TEAL_500
CHART_SHADE = SLATE_400  # before the start; the start and deadline lines
CHART_SHADE_DEEP = SLATE_500  # after the deadline; the baseline mark

# The printed report: always black on white paper.
INK = GREY_900
INK_HEADING = GREY_800
INK_MUTED = GREY_600
PAPER_GRID = GREY_300
PAPER_AXIS = GREY_500

# An error line under a field: a red that reads on light and dark backgrounds.
ERROR_TEXT = RED_600

STATUS_COLOURS = {
    Status.NOT_STARTED: GREY_500,
    Status.ON_TRACK: GREEN_700,
    Status.BEHIND: AMBER_700,
    Status.AT_RISK: RED_700,
    Status.BENCHMARK_REACHED: BLUE_700,
    Status.STRETCH_REACHED: VIOLET_600,
    Status.OVERDUE: RED_800,
}

# Text colours by meaning, each with its twin for a dark palette.
_LIGHT_TEXT = {
    "error": RED_700,
    "warn": AMBER_800,
    "pass": GREEN_800,
    "muted": GREY_600,
    "stretch": VIOLET_600,
}
_DARK_TEXT = {
    "error": RED_300,
    "warn": AMBER_300,
    "pass": GREEN_300,
    "muted": GREY_300,
    "stretch": VIOLET_300,
}

VERDICT_TEXT = {
    Verdict.PASS: "pass",
    Verdict.WARN: "warn",
    Verdict.FAIL: "error",
    Verdict.PENDING: "muted",  # asked on a later page: nothing is wrong yet
}
VERDICT_SYMBOL = {Verdict.PASS: "✓", Verdict.WARN: "!", Verdict.FAIL: "✗", Verdict.PENDING: "…"}

# A plan item's colour by its state (ui.plan.items.State, a str: kept by value so this
# module needs nothing from the plan).
PLAN_COLOURS = {
    "done": GREEN_700,
    "skipped": GREY_500,
    "missed": RED_700,
    "today": BLUE_700,
    "upcoming": SLATE_400,
    "check-in": VIOLET_600,
    "check-in upcoming": SLATE_400,
    "logged": GREEN_700,
    "check-in missed": RED_700,
}
PLAN_GOAL_NAME = GREY_500

# The plan's reminder banner.
BANNER_BACKGROUND = AMBER_100
BANNER_BORDER = AMBER_500
BANNER_TEXT = AMBER_900
ACHIEVED_BORDER = VIOLET_500
STRETCH_REACHED_FILL = VIOLET_600  # translucent behind the celebration


def alpha(colour: str, opacity: int) -> QColor:
    """``colour`` at ``opacity`` (0 clear, 255 solid)."""
    result = QColor(colour)
    result.setAlpha(opacity)
    return result


def is_dark(palette: QPalette) -> bool:
    """True when text is lighter than the window behind it: the palette's own answer,
    right on every platform and also for a palette set by the user or a test."""
    return palette.color(Role.WindowText).lightness() > palette.color(Role.Window).lightness()


def restyle(widget: QWidget, style: str) -> None:
    """Set a style sheet only when it differs: setting one re-polishes the widget, and
    the wizard re-colours every message on each keystroke."""
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


def text_colour(palette: QPalette, name: str) -> str:
    """A text colour by meaning ("error", "warn", "pass", "muted", "stretch") that stays
    readable on ``palette``, light or dark."""
    return (_DARK_TEXT if is_dark(palette) else _LIGHT_TEXT)[name]


def verdict_colour(verdict: Verdict, palette: QPalette) -> str:
    """The colour of a SMART verdict's mark, the same on the wizard and the dashboard."""
    return text_colour(palette, VERDICT_TEXT[verdict])


def status_colour(status: Status, palette: QPalette) -> QColor:
    """A goal status's colour, lightened on a dark palette so it still reads as text."""
    colour = QColor(STATUS_COLOURS[status])
    return colour.lighter(175) if is_dark(palette) else colour


def readable(colour: str | QColor, palette: QPalette) -> QColor:
    """``colour`` made light enough (on dark) or kept as it is (on light) to read as text."""
    result = QColor(colour)
    if is_dark(palette) and result.lightness() < 150:
        result.setHsl(
            result.hslHue(), min(result.hslSaturation(), 200), 150 + result.lightness() // 4, result.alpha()
        )
    return result


def dark_palette() -> QPalette:
    """A dark palette close to what KDE Breeze Dark and Windows 11 dark mode give."""
    text, raised, line = "#e8eaed", "#2b2d30", "#3c4043"
    palette = QPalette()
    colours = {
        Role.Window: "#202124",
        Role.WindowText: text,
        Role.Base: "#17181a",
        Role.AlternateBase: "#26282b",
        Role.Text: text,
        Role.Button: raised,
        Role.ButtonText: text,
        Role.Highlight: BLUE_500,
        Role.HighlightedText: WHITE,
        Role.ToolTipBase: raised,
        Role.ToolTipText: text,
        Role.PlaceholderText: "#9aa0a6",
        Role.Link: "#8ab4f8",
        Role.Mid: line,
        Role.Dark: "#111214",
        Role.Light: line,
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette
