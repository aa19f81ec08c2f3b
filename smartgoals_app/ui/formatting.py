"""How numbers and dates read on screen; one place so every view agrees."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from smartgoals_app.domain.text import Fixed


def _locale() -> QLocale:
    """The user's locale, grouping thousands even in the C locale (whose default omits
    them), so "1,620" in English reads "1.620" in German and never "1620"."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def group_thousands() -> None:
    """Make the user's locale, with thousands grouped, the default, so Qt's own numbers
    ("%Ln days" in a plural message) read "1,500 days" as ours do, in the C locale too."""
    QLocale.setDefault(_locale())


DAY_PATTERN = "d MMM yyyy"
_DAY_NUMBER = re.compile(r"(?<!d)d{1,2}(?!d)")  # "d" or "dd"; "ddd", "dddd" name the weekday
_DOTTED_DAY = re.compile(r"(?<!d)d{1,2}\.")


def day_pattern(pattern: str, locale: QLocale) -> str:
    """``pattern`` with the day number written as ``locale`` writes it: German, Danish,
    Czech and others put a dot after it ("1. Dez. 2026"), which a Qt pattern spells out
    and Qt does not add. Read from the locale's own long date format."""
    if _DOTTED_DAY.search(locale.dateFormat(QLocale.FormatType.LongFormat)):
        return _DAY_NUMBER.sub(r"\g<0>.", pattern)
    return pattern


class LocaleFormat:
    """The functions below with one locale read once: a list of thousands of rows
    formats its cells through one of these (a QLocale built per cell cost a third of
    the list's fill). Build a fresh one per fill, so a changed locale is picked up."""

    def __init__(self) -> None:
        self.locale = _locale()
        # QLocale has no percent format, so the spacing is a translation (as Qt's own
        # progress bar does it) and the sign is the locale's.
        template = QCoreApplication.translate("Formatting", "{number}%")
        self._percent = template.replace("%", self.locale.percent())
        self._day_pattern = day_pattern(DAY_PATTERN, self.locale)

    def decimal(self, value: float, decimals: int) -> str:
        """``value`` with ``decimals`` places and the locale's separators."""
        return self.locale.toString(float(value), "f", decimals)

    def number(self, value: float | None, unit: str = "") -> str:
        if value is None:
            return "—"
        places = 0 if float(value).is_integer() or abs(value) >= 1000 else 1
        return f"{self.decimal(value, places)} {unit}".strip()

    def count(self, value: int) -> str:
        return self.locale.toString(int(value))

    def percent(self, value: float | None) -> str:
        return "—" if value is None else self._percent.format(number=self.decimal(value, 0))

    def per_week(self, change: float, unit: str = "") -> str:
        return per_week(change, unit, self)

    def day(self, value: date | None) -> str:
        if value is None:
            return "—"
        return self.locale.toString(QDate(value.year, value.month, value.day), self._day_pattern)


def decimal(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` places and the locale's separators."""
    return LocaleFormat().decimal(value, decimals)


def number(value: float | None, unit: str = "") -> str:
    return LocaleFormat().number(value, unit)


def count(value: int) -> str:
    """A whole number of things (days, rows) with the locale's thousands separator."""
    return _locale().toString(int(value))


def plain(value: float) -> str:
    """A number inside a sentence made outside the UI: every digit it has (a limit such
    as 0.25 is not rounded), with the locale's separators."""
    if isinstance(value, int):
        return count(value)
    if isinstance(value, Fixed):
        text = decimal(value, value.places)
        return _locale().positiveSign() + text if value.signed and value >= 0 else text
    return _locale().toString(float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def percent(value: float | None) -> str:
    """A percentage as the locale writes it: "168%" in English, "168 %" in German."""
    return LocaleFormat().percent(value)


def per_week(change: float, unit: str = "", numbers: LocaleFormat | None = None) -> str:
    """A weekly change read by its direction: "9.7 minutes less each week",
    "5 sign-ups more each week" (never a minus sign to decode)."""
    amount = (numbers or LocaleFormat()).number(abs(change), unit)
    if change > 0:
        return QCoreApplication.translate("Formatting", "{amount} more each week").format(amount=amount)
    return QCoreApplication.translate("Formatting", "{amount} less each week").format(amount=amount)


def date_text(value: date, pattern: str) -> str:
    """``value`` written with a Qt date pattern ("d MMM yyyy", "dddd dd MMMM") and the
    month and day names of the user's locale. Python's strftime would use the C library's
    locale, which stays English on Windows and macOS whatever the user's language."""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), day_pattern(pattern, locale))


def day(value: date | None) -> str:
    return "—" if value is None else date_text(value, DAY_PATTERN)
