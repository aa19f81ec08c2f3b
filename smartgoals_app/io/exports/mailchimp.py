"""Mailchimp audience exports: one row per contact; sign-ups per day are counted."""

from __future__ import annotations

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import translate
from smartgoals_app.io.exports.layout import Layout, column
from smartgoals_app.io.exports.source import Table


def recognise(table: Table) -> Layout | None:
    if column(table, "Email Address") is None:
        return None
    date_column = column(table, "CONFIRM_TIME", "OPTIN_TIME")
    if date_column is None:
        return None
    return Layout(
        translate("ExportFormats", "a Mailchimp audience export, one row per contact"),
        date_column,
        None,
        Combine.COUNT,
    )
