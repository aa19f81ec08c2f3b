"""X (Twitter): tweet activity per post, daily activity, and the 2024+ account overview."""

from __future__ import annotations

import re

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import translate
from smartgoals_app.io.exports.layout import Layout, cells, column, has
from smartgoals_app.io.exports.source import Table

_WEEKDAY_DATE = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,", re.IGNORECASE)


def recognise(table: Table) -> Layout | None:
    # X's 2024+ per-post export says "Post id" next to "Post text"; Meta's says "Post ID" too.
    if column(table, "Tweet id") is not None or has(table, "Post id", "Post text"):
        date_column = column(table, "time", "Date")
        if date_column is None:
            return None
        # Many posts a day: the day's figure is the sum over its posts.
        return Layout(
            translate("ExportFormats", "an X tweet activity export, one row per post"),
            date_column,
            column(table, "impressions"),
            Combine.SUM,
        )
    date_column = column(table, "Date")
    if date_column is None or not has(table, "impressions", "engagements"):
        return None
    if column(table, "New follows") is not None or any(
        _WEEKDAY_DATE.match(c.strip()) for c in cells(table, date_column)
    ):
        return Layout(
            translate("ExportFormats", "an X account overview export, one row per day"),
            date_column,
            column(table, "Impressions"),
            Combine.LAST,
        )
    return Layout(
        translate("ExportFormats", "an X daily activity export, one row per day"),
        date_column,
        column(table, "impressions"),
        Combine.LAST,
    )
