"""The words of a conflict: someone else changed the row a person was editing.

Operations.run asks them through the prompts object (ask_conflict); the box itself is
dialogs.conflict_box."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from smartgoals_app.domain.validation import ConflictError
from smartgoals_app.ui import formatting as fmt


def conflict_title() -> str:
    return QCoreApplication.translate("Conflicts", "Changed by someone else")


def moment(when: datetime, today: date) -> str:
    """The local time of a UTC moment; with its day when that is not today."""
    local = _local(when)
    if local.date() == today:
        return _clock(local)
    return day_and_time(when)


def day_and_time(when: datetime) -> str:
    """The local day and time of a UTC moment (naive: UTC), the day written as every
    other day in the app is."""
    local = _local(when)
    return QCoreApplication.translate("Conflicts", "{day} {time}").format(
        day=fmt.day(local.date()), time=_clock(local)
    )


def _local(when: datetime) -> datetime:
    return when.astimezone() if when.tzinfo is not None else when.replace(tzinfo=UTC).astimezone()


def _clock(local: datetime) -> str:
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def conflict_text(exc: ConflictError, today: date | None = None, *, choosing: bool = True) -> str:
    """ "Anna changed the goal “Grow Instagram followers” at 14:05 while you were
    editing.", then the choice it leaves (or, not `choosing`, that nothing was saved)."""
    who = exc.who or QCoreApplication.translate("Conflicts", "Someone")
    fields = {"who": who, "title": exc.title}
    if exc.when is None:
        said = QCoreApplication.translate("Conflicts", "{who} changed “{title}” while you were editing.")
    else:
        fields["time"] = moment(exc.when, today or date.today())
        said = {
            "goal": QCoreApplication.translate(
                "Conflicts", "{who} changed the goal “{title}” at {time} while you were editing."
            ),
            "strategy": QCoreApplication.translate(
                "Conflicts", "{who} changed the strategy “{title}” at {time} while you were editing."
            ),
            "task": QCoreApplication.translate(
                "Conflicts", "{who} changed the task “{title}” at {time} while you were editing."
            ),
            "measurement": QCoreApplication.translate(
                "Conflicts",
                "{who} changed the check-in of {day} for “{title}” at {time} while you were editing.",
            ),
        }.get(
            exc.what,
            QCoreApplication.translate(
                "Conflicts", "{who} changed “{title}” at {time} while you were editing."
            ),
        )
        if exc.day is not None:
            fields["day"] = fmt.day(exc.day)
    choice = (
        QCoreApplication.translate(
            "Conflicts",
            "Reload theirs to see what is stored now (what you changed here is dropped), or keep "
            "yours and overwrite their change.",
        )
        if choosing
        else QCoreApplication.translate(
            "Conflicts", "Nothing was saved: look at what is stored now and make your change again."
        )
    )
    return said.format(**fields) + "\n\n" + choice
