"""Meta Business Suite (Facebook, Instagram): per-metric daily exports with a title
line, and content exports with one row per post."""

from __future__ import annotations

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import Text, translate
from smartgoals_app.io.exports.layout import Layout, cells, column
from smartgoals_app.io.exports.source import Table


def recognise(table: Table) -> Layout | None:
    publish = column(table, "Publish time")
    if publish is not None and column(table, "Permalink", "Post ID", "Page ID", "Account ID") is not None:
        date_cells = {c.strip().lower() for c in cells(table, column(table, "Date") or publish)}
        notes: tuple[Text, ...] = ()
        if date_cells <= {"lifetime", ""}:
            notes = (
                translate(
                    "ExportFormats",
                    "The “Date” column says “Lifetime”: each post's figures are dated by its publish time.",
                ),
            )
        return Layout(
            translate("ExportFormats", "a Meta content export, one row per post"),
            publish,
            column(table, "Views", "Reach", "Impressions", "Reactions, comments and shares", "Reactions"),
            Combine.SUM,
            month_first=True,
            notes=notes,
        )
    primary = column(table, "Primary")
    date_column = column(table, "Date")
    if primary is not None and date_column is not None and len(table.columns) <= 3:
        title = table.above[0] if table.above else ""
        name = (
            translate("ExportFormats", "a Meta Business Suite export (“{title}”)").format(title=title)
            if title
            else translate("ExportFormats", "a Meta Business Suite export")
        )
        return Layout(name, date_column, primary, Combine.LAST)
    return None
