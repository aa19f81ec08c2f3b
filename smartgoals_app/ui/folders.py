"""Where a file dialog opens: one rule for every save and open in the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths

Location = QStandardPaths.StandardLocation


def user_folder(*kinds: Location) -> Path:
    """The first of the user's own folders of these kinds that exists, else home: never
    the folder the app happened to be started from, nor the hidden one the database
    lives in."""
    for kind in kinds:
        folder = QStandardPaths.writableLocation(kind)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def documents() -> Path:
    """For what the app writes: reports, calendars, data exports."""
    return user_folder(Location.DocumentsLocation)


def downloads() -> Path:
    """For the analytics exports a network gives: they arrive as downloads."""
    return user_folder(Location.DownloadLocation, Location.DocumentsLocation)


def pictures() -> Path:
    """For an exported chart."""
    return user_folder(Location.PicturesLocation, Location.DocumentsLocation)


def file_name(title: str, day: date, suffix: str, *, fallback: str) -> str:
    """A name to suggest for what the app writes: the title's first six words and the
    day, "reach-120-newsletter-sign-ups-a-2026-11-22.pdf"; ``fallback`` when the title
    has no letters or digits."""
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return f"{'-'.join(words[:6]) or fallback}-{day.isoformat()}{suffix}"
