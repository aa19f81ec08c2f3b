"""Every figure out, and back in, from the menu: "Export all data…" (one JSON file),
"Export all data as CSV…" (one file per table, for spreadsheets) and "Import all
data…" (a JSON export into this database while it is still empty).

Every write runs through the operation path, and the file choosers and messages
reach the user through its prompts, so tests answer them instead of blocking on a
modal dialog (pytest-qt's advice).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.storage.database import Database
from smartgoals_app.ui import folders
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Change, Operations, message

if TYPE_CHECKING:
    from smartgoals_app.io.data_import import DataImportError

PROBLEMS_SHOWN = 10  # a file broken everywhere: the first few, and how many in all
T = TypeVar("T")


def _file_errors() -> tuple[type[BaseException], ...]:
    """A file or folder that cannot be written, or data that cannot be written out."""
    # The exporter and the importer load when first used, not while the window starts.
    from smartgoals_app.io.data_export import DataExportError

    return (DataExportError, OSError)


class DataTransfer(QObject):
    """The three actions and what they do; owned by the window."""

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        *,
        ops: Operations,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._ops = ops
        self._today = today
        self.export_action = self._action(
            self.tr("Expor&t all data…"),
            "exportAllDataAction",
            self.tr("Write everything in this database to one JSON file, to keep or to move"),
            self.export_json,
        )
        self.export_csv_action = self._action(
            self.tr("Export all data as &CSV…"),
            "exportCsvAction",
            self.tr("Write one CSV file per table into a folder, to open in a spreadsheet"),
            self.export_csv,
        )
        self.import_action = self._action(
            self.tr("Im&port all data…"),
            "importAllDataAction",
            self.tr("Read a JSON export into this database while it holds no goals yet"),
            self.import_json,
        )

    def _action(self, text: str, name: str, tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.export_csv_action, self.import_action]

    # -- export ---------------------------------------------------------------
    def export_json(self) -> Path | None:
        suggested = folders.documents() / f"smartgoals-data-{self._today().isoformat()}.json"
        target = self._ops.prompts.ask_save_path(
            self._window,
            QCoreApplication.translate("DataTransfer", "Export all data"),
            suggested,
            QCoreApplication.translate("DataTransfer", "SmartGoals data (*.json)"),
            ".json",
        )
        if target is None:
            return None
        from smartgoals_app.io.data_export import export_data

        title = self.tr("Export all data")
        done = self._ops.run(
            self._window,
            busy_doing(lambda: export_data(self._db, target)),
            Change.NONE,
            title=title,
            expected=_file_errors(),
        )
        if done is None:
            return None
        result = done.value
        self._ops.prompts.show_info(
            self._window,
            self.tr("Export all data"),
            self.tr(
                "Saved everything to {path}. Tables: {tables}; rows: {rows}.\n\n"
                "Import all data reads it into a new, empty SmartGoals file, for example on another computer."
            ).format(rows=result.total, tables=len(result.rows), path=result.path),
        )
        return result.path

    def export_csv(self) -> Path | None:
        folder = self._ops.prompts.ask_folder(
            self._window,
            QCoreApplication.translate("DataTransfer", "Export all data as CSV: choose a folder"),
            folders.documents(),
        )
        if folder is None:
            return None
        from smartgoals_app.io.data_export import export_csv

        done = self._ops.run(
            self._window,
            busy_doing(lambda: export_csv(self._db, folder)),
            Change.NONE,
            title=self.tr("Export all data as CSV"),
            expected=_file_errors(),
        )
        if done is None:
            return None
        result = done.value
        self._ops.prompts.show_info(
            self._window,
            self.tr("Export all data as CSV"),
            self.tr(
                "Saved one CSV file per table to the folder {path}. Tables: {tables}; rows: {rows}."
            ).format(tables=len(result.rows), rows=result.total, path=result.path),
        )
        return result.path

    # -- import ---------------------------------------------------------------
    def import_json(self) -> bool:
        from smartgoals_app.io.data_import import DataImportError, import_data, is_empty

        title = self.tr("Import all data")
        if self._ops.refuse_change(self._window):
            return False
        if not is_empty(self._db):
            self._ops.prompts.show_info(
                self._window,
                title,
                self.tr(
                    "This database already holds goals or other data, and an import never mixes "
                    "two sets of goals.\n\nTo import, start SmartGoals with a new, empty file "
                    "(smartgoals --db NEW_FILE.db), or run: smartgoals --db NEW_FILE.db import-data FILE.json"
                ),
            )
            return False
        source = self._ops.prompts.ask_open_path(
            self._window,
            QCoreApplication.translate("DataTransfer", "Import all data"),
            folders.documents(),
            QCoreApplication.translate("DataTransfer", "SmartGoals data (*.json);;All files (*)"),
        )
        if source is None:
            return False
        bar = QProgressBar()
        bar.setObjectName("importAllProgress")
        bar.setMaximumWidth(220)
        self._window.statusBar().addPermanentWidget(bar)

        def progress(done: int, total: int) -> None:
            bar.setMaximum(total)
            bar.setValue(done)
            # Paint the bar, but take no clicks or keys while the transaction is open.
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        try:
            done = self._ops.run(
                self._window,
                busy_doing(lambda: import_data(self._db, source, today=self._today(), progress=progress)),
                Change.ALL,
                title=title,
                expected=(DataImportError, OSError),
                explain=_import_failure,
            )
        finally:
            self._window.statusBar().removeWidget(bar)
            bar.deleteLater()
        if done is None:
            return False
        self._ops.prompts.show_info(
            self._window,
            title,
            self.tr("Imported everything from {path}. Tables: {tables}; rows: {rows}.").format(
                rows=done.value.total, tables=len(done.value.rows), path=source
            ),
        )
        return True


def _import_failure(exc: BaseException) -> str:
    from smartgoals_app.io.data_import import DataImportError

    if isinstance(exc, DataImportError):
        return _problems_text(exc)
    return QCoreApplication.translate("DataTransfer", "Nothing was imported: {reason}").format(
        reason=message(exc)
    )


def _problems_text(exc: DataImportError) -> str:
    lines = [localize(problem) for problem in exc.problems[:PROBLEMS_SHOWN]]
    text = QCoreApplication.translate("DataTransfer", "Nothing was imported:\n\n{problems}").format(
        problems="\n".join(lines)
    )
    if len(exc.problems) > PROBLEMS_SHOWN:
        text += "\n\n" + QCoreApplication.translate("DataTransfer", "… {count} more not shown.").format(
            count=len(exc.problems) - PROBLEMS_SHOWN
        )
    return text


def busy_doing(action: Callable[[], T]) -> Callable[[], T]:
    """``action`` under a wait cursor."""

    def run() -> T:
        with busy():
            return action()

    return run


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a big file is read or written."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _offer_on_empty_page(window: QMainWindow, transfer: DataTransfer) -> None:
    """Where a new user lands with no goal yet, a second way in: their data from before."""
    page = window.findChild(QWidget, "emptyPage")
    layout = page.layout() if page is not None else None
    if not isinstance(layout, QVBoxLayout):
        return
    button = QPushButton(
        QCoreApplication.translate("DataTransfer", "Or import all data from another computer…")
    )
    button.setObjectName("emptyImportData")
    button.setFlat(True)
    button.setToolTip(transfer.import_action.toolTip())
    button.clicked.connect(lambda _checked=False: transfer.import_json())
    layout.insertWidget(layout.count() - 1, button, 0, Qt.AlignmentFlag.AlignHCenter)
    button.show()  # added after the window was shown: Qt keeps it hidden until told


def add_data_transfer(
    window: QMainWindow,
    db: Database,
    *,
    ops: Operations,
    menu: QMenu | None = None,
    today: Callable[[], date] = date.today,
) -> DataTransfer:
    """Add the three actions to `menu` (the window's Goal menu unless given), after a
    separator, and an import button to the window's empty state. What an import
    brings in is announced on the change bus, so every screen shows it."""
    transfer = DataTransfer(window, db, ops=ops, today=today)
    _offer_on_empty_page(window, transfer)
    target = menu if menu is not None else window.findChild(QMenu, "goalMenu")
    if target is None:
        target = window.menuBar().addMenu(QCoreApplication.translate("DataTransfer", "&Data"))
    target.addSeparator()
    for action in transfer.actions:
        target.addAction(action)
    return transfer
