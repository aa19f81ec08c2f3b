"""TikTok Studio: Overview.csv and FollowerHistory.csv, dated without a year."""

from __future__ import annotations

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import translate
from smartgoals_app.io.exports.layout import Layout, column, has
from smartgoals_app.io.exports.source import Table


def recognise(table: Table) -> Layout | None:
    date_column = column(table, "Date")
    if date_column is None:
        return None
    if has(table, "Video Views", "Profile Views"):
        return Layout(
            translate("ExportFormats", "a TikTok Studio overview export"),
            date_column,
            column(table, "Video Views"),
            Combine.LAST,
        )
    if has(table, "Followers") and column(table, "Difference in Followers from Previous Day") is not None:
        return Layout(
            translate("ExportFormats", "a TikTok Studio follower history export"),
            date_column,
            column(table, "Followers"),
            Combine.LAST,
        )
    return None
