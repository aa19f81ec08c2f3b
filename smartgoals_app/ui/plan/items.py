"""What one plan item looks like: its state and words, for both views (its colour is
theme.PLAN_COLOURS, by state)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.domain.text import translate
from smartgoals_app.services.plan import CheckinDue
from smartgoals_app.services.records import TaskOccurrence


class State(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    MISSED = "missed"
    TODAY = "today"
    UPCOMING = "upcoming"
    CHECKIN = "check-in"
    CHECKIN_UPCOMING = "check-in upcoming"
    CHECKIN_DONE = "logged"
    CHECKIN_MISSED = "check-in missed"


MARKS = {
    State.DONE: "✓",
    State.SKIPPED: "\u2013",  # an en dash
    State.MISSED: "✗",
    State.TODAY: "•",
    State.UPCOMING: "○",
    State.CHECKIN: "◆",
    State.CHECKIN_UPCOMING: "◇",
    State.CHECKIN_DONE: "◆",
    State.CHECKIN_MISSED: "◆",
}

# Shown through ui.i18n.localize(): Text keeps the English (tests, logs) and the source
# for the translator.
LABELS = {
    State.DONE: translate("PlanItem", "Done"),
    State.SKIPPED: translate("PlanItem", "Skipped"),
    State.MISSED: translate("PlanItem", "Missed"),
    State.TODAY: translate("PlanItem", "To do today"),
    State.UPCOMING: translate("PlanItem", "Upcoming"),
    State.CHECKIN: translate("PlanItem", "Due"),
    State.CHECKIN_UPCOMING: translate("PlanItem", "Upcoming"),
    State.CHECKIN_DONE: translate("PlanItem", "Logged"),
    State.CHECKIN_MISSED: translate("PlanItem", "Not logged"),
}

# The same states inside a sentence or a tooltip: "(to do today)". Their own words, as
# lowering the capitalised label is wrong in languages that capitalise nouns.
LOWER_LABELS = {
    State.DONE: translate("PlanItem", "done"),
    State.SKIPPED: translate("PlanItem", "skipped"),
    State.MISSED: translate("PlanItem", "missed"),
    State.TODAY: translate("PlanItem", "to do today"),
    State.UPCOMING: translate("PlanItem", "upcoming"),
    State.CHECKIN: translate("PlanItem", "due"),
    State.CHECKIN_UPCOMING: translate("PlanItem", "upcoming"),
    State.CHECKIN_DONE: translate("PlanItem", "logged"),
    State.CHECKIN_MISSED: translate("PlanItem", "not logged"),
}

# The state's own name (State values stay English: they are keys, not words on screen).
NAMES = {
    State.DONE: translate("PlanItem", "done"),
    State.SKIPPED: translate("PlanItem", "skipped"),
    State.MISSED: translate("PlanItem", "missed"),
    State.TODAY: translate("PlanItem", "today"),
    State.UPCOMING: translate("PlanItem", "upcoming"),
    State.CHECKIN: translate("PlanItem", "check-in"),
    State.CHECKIN_UPCOMING: translate("PlanItem", "upcoming check-in"),
    State.CHECKIN_DONE: translate("PlanItem", "logged"),
    State.CHECKIN_MISSED: translate("PlanItem", "check-in missed"),
}


def occurrence_state(occ: TaskOccurrence, today: date) -> State:
    if occ.outcome is TaskOutcome.DONE:
        return State.DONE
    if occ.outcome is TaskOutcome.SKIPPED:
        return State.SKIPPED
    if occ.day < today:
        return State.MISSED
    return State.TODAY if occ.day == today else State.UPCOMING


def checkin_state(checkin: CheckinDue, today: date) -> State:
    if checkin.done:
        return State.CHECKIN_DONE
    if checkin.day < today:
        return State.CHECKIN_MISSED
    # "Due" only on its day: weeks ahead, a check-in cannot be due yet.
    return State.CHECKIN if checkin.day == today else State.CHECKIN_UPCOMING
