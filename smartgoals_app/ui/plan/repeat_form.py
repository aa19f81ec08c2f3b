"""How often a task repeats, chosen in words: every day, every week on the days ticked,
every month on a date or on "the last Friday", every N of them; a rule the form cannot
show stays editable as text ("Custom rule"). The task editor and the wizard's plan
page both use it, so a task is planned the same way wherever it is made.

The rule is composed by domain.schedule.build_rule and read back by parse_rule.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.schedule import DAY_NAMES, WEEKDAYS, RuleError, build_rule, parse_rule
from smartgoals_app.domain.text import translate
from smartgoals_app.ui.i18n import localize

DAILY, WEEKLY, MONTHLY_DAY, MONTHLY_NTH, CUSTOM = range(5)
MAX_INTERVAL = 52
RULE_EXAMPLE = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"  # rule syntax, the same in every language
# Whole phrases, so a translator can inflect them; shown through localize().
_NTH = [
    (1, translate("RepeatForm", "the first")),
    (2, translate("RepeatForm", "the second")),
    (3, translate("RepeatForm", "the third")),
    (4, translate("RepeatForm", "the fourth")),
    (-1, translate("RepeatForm", "the last")),
]
_SIMPLE = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL"}


class RepeatForm(QWidget):
    """The interval and the details of the chosen repeat; the choice itself is
    ``repeat``, a combo box the caller places (beside a label, or as a wizard field).
    ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, name: str = "repeat", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repeat = QComboBox()
        self.repeat.addItems(
            [
                self.tr("Every day"),
                self.tr("Every week, on the days ticked"),
                self.tr("Every month, on a date"),
                self.tr("Every month, on a weekday"),
                self.tr("Custom rule"),
            ]
        )
        self.interval = QSpinBox()
        self.interval.setRange(1, MAX_INTERVAL)
        self.interval.setAccessibleName(self.tr("Repeat every"))
        self.interval_unit = QLabel()
        every = QHBoxLayout()
        every.setContentsMargins(0, 0, 0, 0)
        every.addWidget(QLabel(self.tr("every")))
        every.addWidget(self.interval)
        every.addWidget(self.interval_unit)
        every.addStretch(1)

        self.details = QStackedWidget()
        self.details.addWidget(QWidget())  # daily: nothing more
        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: dict[str, QCheckBox] = {}
        for number, (code, day_name) in enumerate(zip(WEEKDAYS, DAY_NAMES, strict=True), start=1):
            # The system's short day name ("Mon"): slicing a translated name would not abbreviate it.
            box = QCheckBox(QLocale().dayName(number, QLocale.FormatType.ShortFormat))
            box.setObjectName(f"{name}:{code}")
            box.setToolTip(localize(day_name))
            box.setAccessibleName(localize(day_name))
            self.day_boxes[code] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.details.addWidget(days)
        self.monthday = QSpinBox()
        self.monthday.setRange(1, 31)
        self.monthday.setPrefix(self.tr("on day "))
        self.monthday.setAccessibleName(self.tr("Day of the month"))
        monthday = QWidget()
        monthday_row = QHBoxLayout(monthday)
        monthday_row.setContentsMargins(0, 0, 0, 0)
        monthday_row.addWidget(self.monthday)
        monthday_row.addStretch(1)
        self.details.addWidget(monthday)
        nth = QWidget()
        nth_row = QHBoxLayout(nth)
        nth_row.setContentsMargins(0, 0, 0, 0)
        self.nth = QComboBox()
        for value, text in _NTH:
            self.nth.addItem(localize(text), value)
        self.nth_day = QComboBox()
        for code, day_name in zip(WEEKDAYS, DAY_NAMES, strict=True):
            self.nth_day.addItem(localize(day_name), code)
        nth_row.addWidget(self.nth)
        nth_row.addWidget(self.nth_day)
        nth_row.addStretch(1)
        self.details.addWidget(nth)
        self.custom = QLineEdit()
        self.custom.setPlaceholderText(RULE_EXAMPLE)
        self.custom.setAccessibleName(self.tr("Custom rule"))
        self.details.addWidget(self.custom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(every)
        layout.addWidget(self.details)

        for signal in (
            self.repeat.currentIndexChanged,
            self.interval.valueChanged,
            self.monthday.valueChanged,
            self.nth.currentIndexChanged,
            self.nth_day.currentIndexChanged,
            self.custom.textChanged,
        ):
            signal.connect(self._edited)
        for box in self.day_boxes.values():
            box.toggled.connect(self._edited)
        self._loading = False
        self._show_mode()

    def load(self, rule: str, start: date) -> None:
        """Show ``rule``; ``start`` (the task's first day) gives the day of a monthly
        rule that names none, and the weekday of a weekly one."""
        self._loading = True
        try:
            self._load(rule, start)
        finally:
            self._loading = False
        self._show_mode()

    def _load(self, rule: str, start: date) -> None:
        self.monthday.setValue(start.day)
        for box in self.day_boxes.values():
            box.setChecked(False)
        try:
            parts = parse_rule(rule)
        except RuleError:
            parts = {}
        freq = parts.get("FREQ")
        days = [d for d in parts.get("BYDAY", "").split(",") if d]
        plain_days = all(len(d) == 2 for d in days)
        interval = int(parts.get("INTERVAL", "1"))
        self.interval.setValue(min(interval, MAX_INTERVAL))
        simple = set(parts) <= _SIMPLE and "BYMONTHDAY" not in parts and interval <= MAX_INTERVAL
        if freq == "DAILY" and not days and simple:
            self.repeat.setCurrentIndex(DAILY)
        elif freq in ("WEEKLY", "DAILY") and plain_days and simple and (freq == "WEEKLY" or interval == 1):
            # Daily on some weekdays ("Mon to Fri") is weekly on those days: the same dates.
            self.repeat.setCurrentIndex(WEEKLY)
            for code in days or [WEEKDAYS[start.weekday()]]:
                self.day_boxes[code].setChecked(True)
        elif (
            freq == "MONTHLY"
            and not days
            and set(parts) <= _SIMPLE
            and interval <= MAX_INTERVAL
            and parts.get("BYMONTHDAY", "1").isdigit()  # one day of the month, or none: the start's
        ):
            self.repeat.setCurrentIndex(MONTHLY_DAY)
            if "BYMONTHDAY" in parts:
                self.monthday.setValue(int(parts["BYMONTHDAY"]))
        elif freq == "MONTHLY" and len(days) == 1 and len(days[0]) > 2 and simple:
            self.repeat.setCurrentIndex(MONTHLY_NTH)
            nth, code = int(days[0][:-2]), days[0][-2:]
            if (index := self.nth.findData(nth)) >= 0:
                self.nth.setCurrentIndex(index)
            self.nth_day.setCurrentIndex(WEEKDAYS.index(code))
        else:
            self.repeat.setCurrentIndex(CUSTOM)
            self.custom.setText(rule)

    def rule(self, until: date | None = None) -> str:
        """The RRULE value the form describes; raises RuleError with a plain message."""
        mode = self.repeat.currentIndex()
        interval = self.interval.value()
        if mode == DAILY:
            return build_rule("DAILY", interval=interval, until=until)
        if mode == WEEKLY:
            days = [code for code, box in self.day_boxes.items() if box.isChecked()]
            if not days:
                raise RuleError(translate("RepeatForm", "Tick at least one day of the week."))
            return build_rule("WEEKLY", interval=interval, weekdays=days, until=until)
        if mode == MONTHLY_DAY:
            return build_rule("MONTHLY", interval=interval, monthday=self.monthday.value(), until=until)
        if mode == MONTHLY_NTH:
            return build_rule(
                "MONTHLY",
                interval=interval,
                weekdays=[self.nth_day.currentData()],
                nth=self.nth.currentData(),
                until=until,
            )
        text = self.custom.text().strip().removeprefix("RRULE:")
        parse_rule(text)
        return text

    def _edited(self) -> None:
        self._show_mode()
        if not self._loading:
            self.changed.emit()

    def _show_mode(self) -> None:
        mode = self.repeat.currentIndex()
        self.details.setCurrentIndex(mode)
        self.interval.setEnabled(mode != CUSTOM)
        one = self.interval.value() == 1
        units = {
            DAILY: self.tr("day") if one else self.tr("days"),
            WEEKLY: self.tr("week") if one else self.tr("weeks"),
            MONTHLY_DAY: self.tr("month") if one else self.tr("months"),
            MONTHLY_NTH: self.tr("month") if one else self.tr("months"),
            CUSTOM: "",
        }
        self.interval_unit.setText(units[mode])
