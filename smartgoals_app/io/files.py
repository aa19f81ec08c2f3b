"""Writing an export: whole or not at all, and private unless it replaces a shared one.

The data export, its tables and the calendar are written here; the PDF report keeps
the same mode rule (``keep_mode_of``)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from smartgoals_app.domain.text import Text, translate


def write_atomically(target: Path, data: bytes, *, example: str, error: type[Exception]) -> None:
    """Write ``data`` beside ``target`` and rename it into place; on failure nothing is
    written and ``error`` is raised with the reason (a Text) as its ``args[0]``.
    ``example`` is a file name to suggest when ``target`` is a folder."""
    target = target.expanduser()
    folder = target.parent if str(target.parent) else Path()
    if target.is_dir():
        raise error(
            translate("ExportFile", "{target} is a folder; give a file name such as {example}.").format(
                target=str(target), example=example
            )
        )
    if not folder.is_dir():
        raise error(no_folder(target, folder))
    try:
        handle, temp = tempfile.mkstemp(prefix=".smartgoals-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise error(cannot_write(target, exc)) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        keep_mode_of(target, temp)
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise error(cannot_write(target, exc)) from exc


def keep_mode_of(target: Path, temp: str) -> None:
    """A new export stays owner-only, as mkstemp made it (a business's plans and figures
    are private); one written over keeps the mode it had, so sharing it on purpose
    survives a re-export."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(temp, mode)


def no_folder(target: Path, folder: Path) -> Text:
    return translate("ExportFile", "Cannot write {target}: the folder {folder} does not exist.").format(
        target=str(target), folder=str(folder)
    )


def cannot_write(target: Path, exc: OSError) -> Text:
    return translate("ExportFile", "Cannot write {target}: {detail}.").format(
        target=str(target), detail=str(exc.strerror or exc)
    )
