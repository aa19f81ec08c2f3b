"""About SmartGoals: version, licence, and where the user's data lives."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app import APP_NAME, __version__
from smartgoals_app.ui.icons import app_icon

LICENCE = "MIT"


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager (a function, so tests can replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """Modeless-friendly: the caller decides between ``exec()`` and ``show()``."""

    def __init__(self, *, db_path: Path, settings_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self._db_path = db_path

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.title_label = QLabel(
            f"<h2 style='margin-bottom:0'>{APP_NAME}</h2>"
            + self.tr("<p style='margin-top:2px'>Version {version}</p>").format(version=__version__)
        )
        self.title_label.setObjectName("aboutTitle")
        summary = QLabel(self.tr("Set social media goals that mean something, and reach them."))
        summary.setWordWrap(True)

        self.licence_label = QLabel(
            self.tr("Free software under the {licence} licence.").format(licence=LICENCE)
        )
        self.licence_label.setObjectName("aboutLicence")

        data_heading = QLabel(self.tr("<b>Your data</b>"))
        self.data_label = QLabel(str(db_path))
        self.data_label.setObjectName("aboutDataPath")
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setWordWrap(True)
        data_note = QLabel(self.tr("One SQLite file on this computer; backups are kept beside it."))
        data_note.setWordWrap(True)
        self.settings_label = QLabel(self.tr("Settings: {path}").format(path=settings_path))
        self.settings_label.setObjectName("aboutSettingsPath")
        self.settings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_label.setWordWrap(True)
        self.settings_label.setVisible(bool(settings_path))

        versions = QLabel(
            self.tr("Python {python} · Qt {qt} · PySide6 {pyside}").format(
                python=platform.python_version(), qt=qVersion(), pyside=pyside_version
            )
        )
        versions.setObjectName("aboutVersions")
        small = versions.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        versions.setFont(small)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = QPushButton(self.tr("Open data folder"))
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self._open_data_folder)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        for widget in (self.title_label, summary, self.licence_label):
            text.addWidget(widget)
        text.addSpacing(8)
        for widget in (data_heading, self.data_label, data_note, self.settings_label):
            text.addWidget(widget)
        text.addSpacing(8)
        text.addWidget(versions)
        text.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(12)
        top.addLayout(text, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _open_data_folder(self) -> None:
        open_folder(self._db_path.parent)


def add_help_menu(window: QMainWindow, *, db_path: Path, settings_path: str = "") -> QAction:
    """A Help menu with "About SmartGoals" (the About entry of the application menu on macOS)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    action = QAction(QCoreApplication.translate("HelpMenu", "&About {app}").format(app=APP_NAME), window)
    action.setObjectName("aboutAction")
    action.setMenuRole(QAction.MenuRole.AboutRole)

    def show_about() -> None:
        dialog = AboutDialog(db_path=db_path, settings_path=settings_path, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without a nested event loop

    action.triggered.connect(show_about)
    menu.addAction(action)
    return action
