"""One sentence per history entry, in the user's language: what was changed, with the
figure, day or title that tells it apart."""

from __future__ import annotations

from datetime import UTC, date
from typing import Any

from PySide6.QtCore import QCoreApplication

from smartgoals_app.domain.review import Outcome
from smartgoals_app.services.history import HistoryEntry
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.conflicts import day_and_time
from smartgoals_app.ui.i18n import localize


def when(entry: HistoryEntry) -> str:
    """The moment in the user's time zone, its day written as the entry's own words
    write theirs (a locale's short date form can be all digits, "8 11 2026")."""
    return day_and_time(entry.changed_at.replace(tzinfo=UTC))


def _day(summary: dict[str, Any], key: str = "on") -> str:
    try:
        return fmt.day(date.fromisoformat(str(summary.get(key, ""))[:10]))
    except ValueError:
        return "—"


def _number(summary: dict[str, Any], key: str, unit: str) -> str:
    value = summary.get(key)
    return fmt.number(float(value), unit) if isinstance(value, (int, float)) else "—"


def _text(summary: dict[str, Any], key: str) -> str:
    return str(summary.get(key) or "")


def what(entry: HistoryEntry, unit: str) -> str:
    s, action = entry.summary, entry.action
    if entry.kind == "measurement":
        value, day = _number(s, "value", unit), _day(s)
        if action == "insert":
            return QCoreApplication.translate("History", "Logged {value} for {day}").format(
                value=value, day=day
            )
        if action == "update":
            return QCoreApplication.translate("History", "Changed the figure for {day} to {value}").format(
                value=value, day=day
            )
        return QCoreApplication.translate("History", "Deleted the figure {value} of {day}").format(
            value=value, day=day
        )
    if entry.kind == "goal":
        title, fields = _text(s, "title"), s.get("fields") or []
        if action == "insert":
            return QCoreApplication.translate("History", "Created the goal “{title}”").format(title=title)
        if action == "delete":
            return QCoreApplication.translate("History", "Deleted the goal “{title}”").format(title=title)
        if "status" in fields and s.get("status") == "archived":
            return QCoreApplication.translate("History", "Archived the goal “{title}”").format(title=title)
        if "status" in fields:
            return QCoreApplication.translate("History", "Unarchived the goal “{title}”").format(title=title)
        return QCoreApplication.translate("History", "Changed the goal “{title}”").format(title=title)
    if entry.kind == "task":
        title = _text(s, "title")
        if action == "insert":
            return QCoreApplication.translate("History", "Added the task “{title}”").format(title=title)
        if action == "update":
            return QCoreApplication.translate("History", "Changed the task “{title}”").format(title=title)
        return QCoreApplication.translate("History", "Deleted the task “{title}”").format(title=title)
    if entry.kind == "task_completion":
        task, day = _text(s, "task"), _day(s)
        if action == "delete":
            return QCoreApplication.translate("History", "Took back the mark of “{task}” on {day}").format(
                task=task, day=day
            )
        if s.get("outcome") == "skipped":
            return QCoreApplication.translate("History", "Skipped “{task}” on {day}").format(
                task=task, day=day
            )
        return QCoreApplication.translate("History", "Marked “{task}” done on {day}").format(
            task=task, day=day
        )
    if entry.kind == "review":
        if action == "delete":
            return QCoreApplication.translate("History", "Deleted a review")
        try:
            outcome = localize(Outcome(str(s.get("outcome"))).label)
        except ValueError:
            outcome = "—"
        return QCoreApplication.translate("History", "Reviewed the goal: {outcome}").format(outcome=outcome)
    if entry.kind == "target_change" and action == "insert":
        return QCoreApplication.translate(
            "History", "New targets: benchmark {benchmark}, stretch {stretch}"
        ).format(benchmark=_number(s, "benchmark", unit), stretch=_number(s, "stretch", unit))
    return QCoreApplication.translate("History", "Changed a record of the targets")
