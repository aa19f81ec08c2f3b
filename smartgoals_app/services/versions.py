"""The one check every edit form's save makes: is the row still the version the person
saw when the form opened? Otherwise a ConflictError says who changed it, and when."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol

from smartgoals_app.domain.validation import ConflictError


class Versioned(Protocol):
    id: int | None
    version: int
    changed_by: str | None
    changed_at: datetime | None


def check_seen(what: str, row: Versioned, seen: int | None, *, title: str, day: date | None = None) -> None:
    """Raise ConflictError when `seen` (None: the caller saw no version, nothing to
    check) is not the row's version as read in the saving transaction."""
    if seen is None or row.version == seen:
        return
    assert row.id is not None
    when = row.changed_at
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # stored without a zone, always UTC
    raise ConflictError(
        what, row.id, title=title, who=row.changed_by or "", when=when, version=row.version, day=day
    )
