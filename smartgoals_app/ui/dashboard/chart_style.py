"""The chart's colours, apart from any drawing library: the dashboard's pyqtgraph chart
and the report's painter chart use the same ones, so a line reads the same in both."""

from __future__ import annotations

# Mid-tone colours readable on both a light and a dark background.
MEASURED = "#3b82f6"
BENCHMARK = "#16a34a"
STRETCH = "#a855f7"
TREND = "#f59e0b"
TODAY = "#ef4444"
TASK = "#14b8a6"
