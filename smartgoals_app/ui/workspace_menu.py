"""The Workspace menu (Alt+W): the workspaces the user may see, the open one checked
(Ctrl+1 to Ctrl+9 open the first nine), "New workspace…" and "Rename workspace…".

Opening another workspace goes through the operation path and announces Change.ALL,
so every tab redraws from the bus with the new workspace's data. The open workspace
names the window and the status bar, and is remembered per database in the window
settings, so the next start opens it again."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from smartgoals_app.services.workspaces import WorkspaceRecord, WorkspaceService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.operations import Change, Operations

SETTINGS_GROUP = "OpenWorkspace"
SHORTCUTS = 9  # Ctrl+1 … Ctrl+9
# The status bar names the workspace in at most this many average characters: a name
# may be 80 long, and a viewer's status bar also says "Read only", within 800 px.
STATUS_NAME_CHARS = 28


def remembered_key(db: Database) -> str:
    """The settings key of this database's open workspace: the file's full path or the
    server address with its login (so each login on a shared computer has its own),
    hashed, since a path or an address holds the settings format's own separators."""
    where = db.server if db.server is not None else str(db.path.resolve())
    return f"{SETTINGS_GROUP}/{hashlib.sha256(where.encode('utf-8', 'surrogatepass')).hexdigest()[:24]}"


def remembered(settings: QSettings, db: Database) -> int | None:
    value = settings.value(remembered_key(db))
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None  # a hand-edited settings file: open the first workspace instead


def open_remembered(workspaces: WorkspaceService, settings: QSettings, db: Database) -> WorkspaceRecord:
    """Open the workspace open when this database was last closed, else the first the
    user may see (StorageError in plain words when there is none)."""
    return workspaces.open_remembered(remembered(settings, db))


class WorkspaceMenu(QObject):
    """Owned by the window; rebuilds its entries when the bus announces Change.WORKSPACES."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        workspaces: WorkspaceService,
        ops: Operations,
        settings: QSettings,
        db: Database,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspaces = workspaces
        self._ops = ops
        self._settings = settings
        self._key = remembered_key(db)
        self.shown: list[WorkspaceRecord] = []
        self.current: WorkspaceRecord | None = None
        self.menu = QMenu(self.tr("&Workspace"), window)
        self.menu.setObjectName("workspaceMenu")
        window.menuBar().addMenu(self.menu)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.new_action = QAction(self.tr("&New workspace…"), window)
        self.new_action.setObjectName("newWorkspace")
        self.new_action.setStatusTip(self.tr("Add a workspace for another business or client"))
        self.new_action.triggered.connect(self.new_workspace)
        self.rename_action = QAction(self.tr("&Rename workspace…"), window)
        self.rename_action.setObjectName("renameWorkspace")
        self.rename_action.setStatusTip(self.tr("Give the open workspace another name"))
        self.rename_action.triggered.connect(self.rename_workspace)
        self.status = QLabel()
        self.status.setObjectName("workspaceStatus")
        window.statusBar().addPermanentWidget(self.status)
        self._open_actions: list[QAction] = []
        ops.bus.changed.connect(self._on_change)
        self.rebuild()

    # -- showing -------------------------------------------------------------
    def _on_change(self, what: Change) -> None:
        if what & Change.WORKSPACES:
            self.rebuild()

    def rebuild(self) -> None:
        """The entries, the window's title and the status bar, read again."""
        read = self._ops.run(
            self._window,
            self._workspaces.visible,
            Change.NONE,
            title=self.tr("The workspaces could not be read"),
        )
        if read is None:
            return
        current = next((w for w in read.value if w.id == self._workspaces.open_id), None)
        if current is None:
            # The open one went (removed, or the user from it on a server): the first
            # one the user may see opens, and the announcement comes back here.
            self._ops.run(
                self._window,
                lambda: self._workspaces.open_remembered(None),
                Change.ALL,
                title=self.tr("The workspace could not be opened"),
            )
            return
        self.shown, self.current = read.value, current
        for action in self._open_actions:
            self.group.removeAction(action)
            self._window.removeAction(action)
            action.deleteLater()
        self.menu.clear()
        self._open_actions = [self._open_action(index, shown) for index, shown in enumerate(self.shown)]
        self.menu.addSeparator()
        self.menu.addAction(self.new_action)
        self.menu.addAction(self.rename_action)
        title = self.current.name
        if self._ops.read_only:
            title = self.tr("{name} (read only)").format(name=title)
        self._window.setWindowTitle(title)
        metrics = self.status.fontMetrics()
        name = metrics.elidedText(
            self.current.name, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * STATUS_NAME_CHARS
        )
        self.status.setText(self.tr("Workspace: {name}").format(name=name))
        self.status.setToolTip(self.tr("The open workspace; the Workspace menu opens another"))

    def _open_action(self, index: int, workspace: WorkspaceRecord) -> QAction:
        # "&&": a name's own ampersand is shown, not taken as a menu key; the first nine
        # are numbered, as recent files are, so Alt+W then a digit opens one too.
        shown = workspace.name.replace("&", "&&")
        if index < SHORTCUTS:
            shown = self.tr("&{number} {name}").format(number=index + 1, name=shown)
        action = QAction(shown, self._window)
        action.setObjectName(f"openWorkspace{workspace.id}")
        action.setCheckable(True)
        action.setChecked(self.current is not None and workspace.id == self.current.id)
        action.setData(workspace.id)
        action.setStatusTip(self.tr("Show the goals and plan of “{name}”").format(name=workspace.name))
        if index < SHORTCUTS:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._window.addAction(action)  # the shortcut works with the menu closed
        action.triggered.connect(lambda _checked=False, wid=workspace.id: self.open_workspace(wid))
        self.group.addAction(action)
        self.menu.addAction(action)
        return action

    # -- changing ------------------------------------------------------------
    def open_workspace(self, workspace_id: int) -> None:
        if self.current is not None and workspace_id == self.current.id:
            self._check_current()
            return
        opened = self._ops.run(
            self._window,
            lambda: self._workspaces.open(workspace_id),
            Change.ALL,
            title=self.tr("The workspace could not be opened"),
        )
        if opened is not None:
            self._remember(opened.value)
            self._window.statusBar().showMessage(
                self.tr("Opened the workspace “{name}”.").format(name=opened.value.name), 5000
            )
        else:
            self._check_current()  # the click checked it; the open one stays checked

    def _remember(self, workspace: WorkspaceRecord) -> None:
        self._settings.setValue(self._key, workspace.id)
        self._settings.sync()

    def _check_current(self) -> None:
        for action in self._open_actions:
            action.setChecked(self.current is not None and action.data() == self.current.id)

    def new_workspace(self) -> None:
        name = self._ops.prompts.ask_text(
            self._window,
            self.tr("New workspace"),
            self.tr("Name of the new workspace (a business, or one client of yours):"),
        )
        if name is None:
            return
        # Made to be worked in: added and opened at once, one redraw of every tab.
        added = self._ops.run(
            self._window,
            lambda: self._workspaces.open(self._workspaces.add(name).id),
            Change.ALL,
            title=self.tr("The workspace was not added"),
        )
        if added is not None:
            self._remember(added.value)
            self._window.statusBar().showMessage(
                self.tr("Added the workspace “{name}”: set up its first goal.").format(name=added.value.name),
                8000,
            )

    def rename_workspace(self) -> None:
        current = self.current
        if current is None or self._ops.refuse_change(self._window):
            return
        name = self._ops.prompts.ask_text(
            self._window,
            self.tr("Rename workspace"),
            self.tr("New name for “{name}”:").format(name=current.name),
        )
        if name is None:
            return
        self._ops.run(
            self._window,
            lambda: self._workspaces.rename(current.id, name),
            Change.WORKSPACES,
            title=self.tr("The workspace was not renamed"),
        )


def add_workspace_menu(
    window: QMainWindow, *, workspaces: WorkspaceService, ops: Operations, settings: QSettings, db: Database
) -> WorkspaceMenu:
    """Call after a workspace was opened (open_remembered) and the window's menus exist."""
    return WorkspaceMenu(window, workspaces=workspaces, ops=ops, settings=settings, db=db)
