"""Every figure out, and back in, from the menu: "Export all data…" (one JSON file),
"Export all data as CSV…" (one file per table, for spreadsheets) and "Import all
data…" (a JSON export into this database while it is still empty).

The file dialogs sit behind small module-level functions so tests replace them
instead of blocking on a modal dialog (pytest-qt's advice); messages go through
ui/dialogs.py for the same reason.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.io.data_export import DataExportError, export_csv, export_data
from smartgoals_app.io.data_import import DataImportError, import_data, is_empty
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.ui import dialogs
from smartgoals_app.ui.i18n import localize

PROBLEMS_SHOWN = 10  # a file broken everywhere: the first few, and how many in all


def choose_export_file(parent: QWidget | None, suggested: Path) -> Path | None:
    return dialogs.ask_save_path(
        parent,
        QCoreApplication.translate("DataTransfer", "Export all data"),
        suggested,
        QCoreApplication.translate("DataTransfer", "SmartGoals data (*.json)"),
        ".json",
    )


def choose_csv_folder(parent: QWidget | None, start: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("DataTransfer", "Export all data as CSV: choose a folder"),
        str(start),
    )
    return Path(name) if name else None


def choose_import_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DataTransfer", "Import all data"),
        str(start),
        QCoreApplication.translate("DataTransfer", "SmartGoals data (*.json);;All files (*)"),
    )
    return Path(name) if name else None


class DataTransfer(QObject):
    """The three actions and what they do; owned by the window."""

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        *,
        today: Callable[[], date] = date.today,
        on_imported: Sequence[Callable[[], object]] = (),
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._today = today
        self._on_imported = tuple(on_imported)
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

    def _folder(self) -> Path:
        return Path.home()

    # -- export ---------------------------------------------------------------
    def export_json(self) -> Path | None:
        suggested = self._folder() / f"smartgoals-data-{self._today().isoformat()}.json"
        target = choose_export_file(self._window, suggested)
        if target is None:
            return None
        try:
            with busy():
                result = export_data(self._db, target)
        except (DataExportError, StorageError, OSError) as exc:
            dialogs.show_error(self._window, self.tr("Export all data"), dialogs.error_text(exc))
            return None
        dialogs.show_info(
            self._window,
            self.tr("Export all data"),
            self.tr(
                "Saved everything to {path}. Tables: {tables}; rows: {rows}.\n\n"
                "Import all data reads it into a new, empty SmartGoals file, for example on another computer."
            ).format(rows=result.total, tables=len(result.rows), path=result.path),
        )
        return result.path

    def export_csv(self) -> Path | None:
        folder = choose_csv_folder(self._window, self._folder())
        if folder is None:
            return None
        try:
            with busy():
                result = export_csv(self._db, folder)
        except (DataExportError, StorageError, OSError) as exc:
            dialogs.show_error(self._window, self.tr("Export all data as CSV"), dialogs.error_text(exc))
            return None
        dialogs.show_info(
            self._window,
            self.tr("Export all data as CSV"),
            self.tr(
                "Saved one CSV file per table to the folder {path}. Tables: {tables}; rows: {rows}."
            ).format(tables=len(result.rows), rows=result.total, path=result.path),
        )
        return result.path

    # -- import ---------------------------------------------------------------
    def import_json(self) -> bool:
        title = self.tr("Import all data")
        if not is_empty(self._db):
            dialogs.show_info(
                self._window,
                title,
                self.tr(
                    "This database already holds goals or other data, and an import never mixes "
                    "two sets of goals.\n\nTo import, start SmartGoals with a new, empty file "
                    "(smartgoals --db NEW_FILE.db), or run: smartgoals --db NEW_FILE.db import-data FILE.json"
                ),
            )
            return False
        source = choose_import_file(self._window, self._folder())
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
            with busy():
                result = import_data(self._db, source, today=self._today(), progress=progress)
        except DataImportError as exc:
            dialogs.show_error(self._window, title, _problems_text(exc))
            return False
        except (StorageError, OSError) as exc:
            dialogs.show_error(
                self._window,
                title,
                self.tr("Nothing was imported: {reason}").format(reason=dialogs.error_text(exc)),
            )
            return False
        finally:
            self._window.statusBar().removeWidget(bar)
            bar.deleteLater()
        for show in self._on_imported:
            show()
        dialogs.show_info(
            self._window,
            title,
            self.tr("Imported everything from {path}. Tables: {tables}; rows: {rows}.").format(
                rows=result.total, tables=len(result.rows), path=source
            ),
        )
        return True


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
    menu: QMenu | None = None,
    today: Callable[[], date] = date.today,
    on_imported: Sequence[Callable[[], object]] = (),
) -> DataTransfer:
    """Add the three actions to `menu` (the window's Goal menu unless given), after a
    separator, and an import button to the window's empty state. `on_imported` run
    after an import, for the window to show what came in."""
    transfer = DataTransfer(window, db, today=today, on_imported=on_imported)
    _offer_on_empty_page(window, transfer)
    target = menu if menu is not None else window.findChild(QMenu, "goalMenu")
    if target is None:
        target = window.menuBar().addMenu(QCoreApplication.translate("DataTransfer", "&Data"))
    target.addSeparator()
    for action in transfer.actions:
        target.addAction(action)
    return transfer
