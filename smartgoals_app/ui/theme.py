"""Light and dark, following the system.

Qt already gives native widgets the system's palette; what it cannot know is the colours
the app picks itself (status colours, chart lines and backgrounds). ``chart_colours``
derives those from the current palette, and ``follow_color_scheme`` calls back whenever
the system switches between light and dark, so a chart can re-colour itself without a
restart. ``dark_palette`` exists for screenshots and tests of the dark look.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

Role = QPalette.ColorRole


def is_dark(palette: QPalette) -> bool:
    """True when text is lighter than the window behind it: the palette's own answer,
    right on every platform and also for a palette set by the user or a test."""
    return palette.color(Role.WindowText).lightness() > palette.color(Role.Window).lightness()


def readable(colour: str | QColor, palette: QPalette) -> QColor:
    """``colour`` made light enough (on dark) or kept as it is (on light) to read as text."""
    result = QColor(colour)
    if is_dark(palette) and result.lightness() < 150:
        result.setHsl(
            result.hslHue(), min(result.hslSaturation(), 200), 150 + result.lightness() // 4, result.alpha()
        )
    return result


@dataclass(frozen=True)
class ChartColours:
    background: QColor
    foreground: QColor
    grid: QColor
    line: QColor
    benchmark: QColor
    stretch: QColor


def chart_colours(palette: QPalette) -> ChartColours:
    """Colours for a pyqtgraph chart that match the window around it."""
    background = palette.color(Role.Base)
    foreground = palette.color(Role.Text)
    grid = QColor(foreground)
    grid.setAlpha(60)
    return ChartColours(
        background=background,
        foreground=foreground,
        grid=grid,
        line=readable("#1d4ed8", palette),
        benchmark=readable("#15803d", palette),
        stretch=readable("#7c3aed", palette),
    )


def follow_color_scheme(app: QGuiApplication, on_change: Callable[[bool], None]) -> None:
    """Call ``on_change(dark)`` whenever the system switches between light and dark
    (Qt 6.5+ reports it through the style hints; the palette follows by itself)."""

    def changed(scheme: Qt.ColorScheme) -> None:
        on_change(scheme == Qt.ColorScheme.Dark or is_dark(app.palette()))

    app.styleHints().colorSchemeChanged.connect(changed)


def dark_palette() -> QPalette:
    """A dark palette close to what KDE Breeze Dark and Windows 11 dark mode give."""
    palette = QPalette()
    colours = {
        Role.Window: "#202124",
        Role.WindowText: "#e8eaed",
        Role.Base: "#17181a",
        Role.AlternateBase: "#26282b",
        Role.Text: "#e8eaed",
        Role.Button: "#2b2d30",
        Role.ButtonText: "#e8eaed",
        Role.Highlight: "#3b82f6",
        Role.HighlightedText: "#ffffff",
        Role.ToolTipBase: "#2b2d30",
        Role.ToolTipText: "#e8eaed",
        Role.PlaceholderText: "#9aa0a6",
        Role.Link: "#8ab4f8",
        Role.Mid: "#3c4043",
        Role.Dark: "#111214",
        Role.Light: "#3c4043",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette
