"""LinkedIn page analytics workbooks: "New followers", "Metrics", "Visitors" sheets,
sometimes with a description line above the header."""

from __future__ import annotations

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import translate
from smartgoals_app.io.exports.layout import Layout, column
from smartgoals_app.io.exports.source import Table


def recognise(table: Table) -> Layout | None:
    date_column = column(table, "Date")
    if date_column is None:
        return None
    total = column(table, "Total followers")
    if total is not None and column(table, "Organic followers", "Sponsored followers") is not None:
        return Layout(
            translate("ExportFormats", "a LinkedIn followers export (sheet “{sheet}”)").format(
                sheet=table.name or ""
            ),
            date_column,
            total,
            Combine.SUM,
            month_first=True,
            notes=(
                translate(
                    "ExportFormats",
                    "“Total followers” here is the number gained each day, not the follower count: "
                    "choose “Running total of daily gains” and your follower count before the first "
                    "day to import the count.",
                ),
            ),
        )
    impressions = column(table, "Impressions (total)", "Total page views (total)")
    if impressions is not None:
        return Layout(
            translate("ExportFormats", "a LinkedIn page analytics export (sheet “{sheet}”)").format(
                sheet=table.name or ""
            ),
            date_column,
            impressions,
            Combine.LAST,
            month_first=True,
        )
    return None
