"""How numbers and dates read on screen; one place so every view agrees."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from smartgoals_app.domain.enums import Status


def number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 1000 else f"{value:,.1f}"
    return f"{text} {unit}".strip()


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def per_week(change: float, unit: str = "") -> str:
    """A weekly change read by its direction: "9.7 minutes less each week",
    "5 sign-ups more each week" (never a minus sign to decode)."""
    amount = number(abs(change), unit)
    if change > 0:
        return QCoreApplication.translate("Formatting", "{amount} more each week").format(amount=amount)
    return QCoreApplication.translate("Formatting", "{amount} less each week").format(amount=amount)


def date_text(value: date, pattern: str) -> str:
    """``value`` written with a Qt date pattern ("d MMM yyyy", "dddd dd MMMM") and the
    month and day names of the user's locale. Python's strftime would use the C library's
    locale, which stays English on Windows and macOS whatever the user's language."""
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def day(value: date | None) -> str:
    return "—" if value is None else date_text(value, "d MMM yyyy")


STATUS_COLOURS = {
    Status.NOT_STARTED: "#6b7280",
    Status.ON_TRACK: "#15803d",
    Status.BEHIND: "#b45309",
    Status.AT_RISK: "#b91c1c",
    Status.BENCHMARK_REACHED: "#1d4ed8",
    Status.STRETCH_REACHED: "#7c3aed",
    Status.OVERDUE: "#991b1b",
}
