"""Opening the database file for the window: a damaged file offers its newest backup,
a file another copy holds open is explained, and the integrity check and rotating backup
run after the first paint (storage/maintenance.py), their outcome shown when they end."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QWidget

from smartgoals_app.storage.database import (
    DamagedDatabaseError,
    Database,
    StorageError,
    latest_backup,
    open_database,
    restore_backup,
    unwritable_folder_error,
)
from smartgoals_app.storage.maintenance import DeferredMaintenance
from smartgoals_app.ui import dialogs
from smartgoals_app.ui.operations import Prompts
from smartgoals_app.ui.startup import after_first_paint


def offer_restore(
    parent: QWidget | None,
    path: Path,
    exc: DamagedDatabaseError,
    *,
    prompts: Prompts,
    release: Callable[[], None] | None = None,
) -> Path | None:
    """Offer the newest backup in place of a damaged file; the backup put back, if any.

    ``release`` closes what still holds the damaged file open before it is set aside."""
    reason = dialogs.error_text(exc)
    title = QCoreApplication.translate("App", "Database damaged")
    backup = latest_backup(path)
    if backup is None:
        prompts.show_error(
            parent,
            title,
            QCoreApplication.translate("App", "{reason}\n\nNo backup was found next to it.").format(
                reason=reason
            ),
        )
        return None
    if not prompts.ask_yes_no(
        parent,
        title,
        QCoreApplication.translate(
            "App",
            "{reason}\n\nRestore the newest backup ({backup})? "
            "The damaged file is kept beside it with the ending .damaged.",
        ).format(reason=reason, backup=backup.name),
        default_yes=True,
    ):
        return None
    try:
        if release is not None:
            release()
        restore_backup(path, backup)
    except (OSError, sqlite3.Error) as failed:
        _restore_failed(parent, failed, backup, prompts)
        return None
    return backup


def _restore_failed(parent: QWidget | None, failed: Exception, backup: Path, prompts: Prompts) -> None:
    # The backup itself is only read, so it is still there to try again.
    prompts.show_error(
        parent,
        QCoreApplication.translate("App", "Database damaged"),
        QCoreApplication.translate(
            "App", "The backup could not be restored: {reason}\n\nThe backup {backup} is unchanged."
        ).format(reason=dialogs.error_text(failed), backup=backup.name),
    )


def open_or_recover(path: Path, *, prompts: Prompts, defer_maintenance: bool = False) -> Database | None:
    """Open the database, offering the newest backup when the file is damaged. A new
    file's first workspace is named in the user's language."""
    first_workspace = QCoreApplication.translate("Workspaces", "My business")
    try:
        return open_database(path, defer_maintenance=defer_maintenance, first_workspace=first_workspace)
    except DamagedDatabaseError as exc:
        backup = offer_restore(None, path, exc, prompts=prompts)
        if backup is None:
            return None
        try:
            return open_database(path)
        except (StorageError, OSError, sqlite3.Error) as failed:
            _restore_failed(None, failed, backup, prompts)
            return None
    except StorageError as exc:
        prompts.show_error(
            None,
            QCoreApplication.translate("App", "SmartGoals cannot open its database"),
            dialogs.error_text(exc),
        )
        return None


def explain_lock_refused(db_path: Path, error: QLockFile.LockError, prompts: Prompts) -> None:
    if error == QLockFile.LockError.LockFailedError:
        prompts.show_info(
            None,
            QCoreApplication.translate("App", "SmartGoals is already open"),
            QCoreApplication.translate(
                "App", "Another SmartGoals window is using {path}. Switch to it instead."
            ).format(path=db_path),
        )
    else:  # the lock file could not be made: the folder, not a second copy
        prompts.show_error(
            None,
            QCoreApplication.translate("App", "SmartGoals cannot use its data folder"),
            dialogs.error_text(unwritable_folder_error(db_path.parent)),
        )


def maintain_after_paint(
    window: QWidget,
    maintenance: DeferredMaintenance,
    db: Database,
    *,
    prompts: Prompts,
    refresh: Callable[[], None] | None = None,
) -> None:
    """Start the integrity check and backup once the window has painted. Writes wait for
    them (storage/maintenance.py); a damaged file is reported at once with the offer to
    restore the newest backup, as at start-up, and writes stay refused unless it is."""
    after_first_paint(window, maintenance.start)
    poll = QTimer(window)
    poll.setInterval(100)

    def check() -> None:
        if not maintenance.finished:
            return
        poll.stop()
        error = maintenance.error
        if isinstance(error, DamagedDatabaseError):
            if offer_restore(window, db.path, error, prompts=prompts, release=db.engine.dispose) is not None:
                maintenance.restart()
                poll.start()
                if refresh is not None:
                    refresh()
        elif error is not None:
            prompts.show_error(
                window,
                QCoreApplication.translate("App", "SmartGoals cannot open its database"),
                dialogs.error_text(error),
            )

    poll.timeout.connect(check)
    poll.start()
