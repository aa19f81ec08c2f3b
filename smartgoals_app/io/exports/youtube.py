"""YouTube Studio: "Chart data" (one row per video per day) and "Table data" (one row
per video: not a time series)."""

from __future__ import annotations

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import translate
from smartgoals_app.io.exports.layout import Layout, column, has
from smartgoals_app.io.exports.source import Table


def recognise(table: Table) -> Layout | None:
    if not (has(table, "Video title") and (has(table, "Content") or has(table, "Video publish time"))):
        return None
    date_column = column(table, "Date")
    if date_column is None:
        return Layout(
            translate("ExportFormats", "a YouTube Studio “Table data” export, one row per video"),
            None,
            None,
            Combine.SUM,
            refuse=translate(
                "ExportFormats",
                "This is YouTube Studio's “Table data”: one row per video with its total, not one "
                "figure per day. Import “Totals.csv” from the same download (the daily totals), "
                "or “Chart data.csv” for the daily figures per video.",
            ),
        )
    value = column(table, "Views") or _last_metric(table)
    return Layout(
        translate("ExportFormats", "a YouTube Studio “Chart data” export, one row per video per day"),
        date_column,
        value,
        Combine.SUM,  # the day's figure is the sum over the channel's videos
    )


def _last_metric(table: Table) -> str | None:
    known = {"date", "content", "video title", "video publish time", "duration"}
    metrics = [c for c in table.columns if c.strip().lower() not in known]
    return metrics[-1] if metrics else None
