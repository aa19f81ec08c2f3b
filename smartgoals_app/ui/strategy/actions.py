"""The strategy's actions in the main window: "Edit strategy…", "Archive strategy…",
"Archived strategies…" and an undo of the last strategy change, in the Goal menu and on
a strategy's row of the goal list (right click, the context-menu key or Shift+F10)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from smartgoals_app.domain.validation import ConflictError
from smartgoals_app.services.strategies import StrategyService, draft_of
from smartgoals_app.ui.dashboard.goal_list import STRATEGY_ID, GoalList, ListRow
from smartgoals_app.ui.operations import Change, OnConflict, Operations

STRATEGY_CHANGES = Change.STRATEGIES | Change.GOALS


class StrategyActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        goal_list: GoalList,
        menu: QMenu,
        *,
        strategies: StrategyService,
        ops: Operations,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._list = goal_list
        self._strategies = strategies
        self._ops = ops
        self._undo: Callable[[], object] | None = None
        self._undo_done = ""
        self._overwrite: Callable[[ConflictError], object] | None = None
        self.editor: QObject | None = None  # the open editor, for tests and to keep it alive

        self.edit_action = self._action(
            self.tr("Edit &strategy…"),
            self.edit,
            self.tr("Change the chosen strategy's sentence, networks and hours"),
        )
        self.edit_action.setObjectName("editStrategy")
        self.archive_action = self._action(
            self.tr("Archi&ve strategy…"),
            self.archive,
            self.tr("Set the chosen strategy aside with its goals; nothing is deleted"),
        )
        self.archive_action.setObjectName("archiveStrategy")
        self.archived_action = self._action(
            self.tr("Arc&hived strategies…"),
            self.show_archived,
            self.tr("Bring back a strategy archived with its goals"),
        )
        self.archived_action.setObjectName("archivedStrategies")
        self.undo_action = self._action(
            self.tr("&Undo strategy change"), self.undo, self.tr("Restore the strategy as it was")
        )
        self.undo_action.setObjectName("undoStrategy")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        # Ctrl+Z in the goal list, where strategies are edited: a window-wide one would
        # collide with the measurement table's own Ctrl+Z and neither would fire.
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        goal_list.addAction(self.undo_action)
        menu.addSeparator()
        menu.addActions([self.edit_action, self.archive_action, self.archived_action, self.undo_action])

        # A strategy's row gets the strategy's menu; a goal's row keeps the goal's actions.
        tree = goal_list.tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        tree.installEventFilter(self)
        tree.viewport().installEventFilter(self)
        tree.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self._enable()

    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    # -- which strategy --------------------------------------------------------
    def current_strategy_id(self) -> int | None:
        """The strategy of the chosen row: the row itself, or the goal's strategy."""
        return _strategy_of(self._list.current_row())

    def _enable(self) -> None:
        chosen = self.current_strategy_id() is not None
        self.edit_action.setEnabled(chosen)
        self.archive_action.setEnabled(chosen)

    # -- the context menu ------------------------------------------------------
    def _archive_question(self, statement: str, count: int) -> str:
        if count == 0:
            text = self.tr(
                "Archive the strategy “{strategy}”? It has no active goals. It leaves the goal list; "
                "Goal ▸ Archived strategies… brings it back."
            )
        else:
            text = self.tr(
                "Archive the strategy “{strategy}” with its %Ln active goal(s)? They leave the goal "
                "list, the plan and the reminders; nothing is deleted, and Goal ▸ Archived "
                "strategies… brings them back.",
                None,
                count,
            )
        return text.format(strategy=statement)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        tree = self._list.tree
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            if event.reason() == QContextMenuEvent.Reason.Keyboard:
                item = self._list.current_row()
                at = tree.visualRect(item.index()).center() if item is not None else QPoint(8, 8)
            else:
                at = tree.viewport().mapFrom(tree, event.pos()) if watched is tree else event.pos()
                item = self._list.row_at(at)
                if item is not None:
                    tree.setCurrentIndex(item.index())
            self.context_menu(item).popup(tree.viewport().mapToGlobal(at))
            return True
        if (
            watched is tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (
                event.key() == Qt.Key.Key_Menu
                or (event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
            )
        ):
            # Shift+F10 is the context-menu key on keyboards without one (Qt maps it on
            # Windows only); taking the key itself here keeps it to one menu.
            item = self._list.current_row()
            at = tree.visualRect(item.index()).center() if item is not None else QPoint(8, 8)
            self.context_menu(item).popup(tree.viewport().mapToGlobal(at))
            return True
        return super().eventFilter(watched, event)

    def context_menu(self, item: ListRow | None) -> QMenu:
        menu = QMenu(self._list)
        menu.setObjectName("goalListMenu")
        menu.aboutToHide.connect(menu.deleteLater)
        if item is not None and item.data(0, STRATEGY_ID) is not None:
            menu.addActions([self.edit_action, self.archive_action])
        else:
            menu.addActions(self._list.tree.actions())
            menu.addSeparator()
            menu.addActions([self.edit_action, self.archive_action])
        self.last_menu = menu
        return menu

    # -- editing ---------------------------------------------------------------
    def edit(self) -> None:
        strategy_id = self.current_strategy_id()
        if strategy_id is None or self._ops.refuse_change(self._window):
            return
        from smartgoals_app.ui.strategy.editor import StrategyEditor  # loads on first use

        record = self._ops.run(self._window, lambda: self._strategies.strategy(strategy_id), Change.NONE)
        if record is None:
            return
        editor = StrategyEditor(self._window, record=record.value, strategies=self._strategies, ops=self._ops)
        self.editor = editor
        editor.accepted.connect(self._edited)
        editor.finished.connect(self._editor_closed)
        editor.open()

    def _edited(self) -> None:
        editor = self.editor
        previous = getattr(editor, "previous", None)
        if previous is None:
            return
        strategies, saved = self._strategies, int(getattr(editor, "saved_version", 0))

        def put_back(version: int) -> object:  # against the version this change stored, or theirs
            return strategies.update(previous.id, replace(draft_of(previous), version=version))

        self._offer_undo(
            lambda: put_back(saved),
            self.tr("Strategy saved. Ctrl+Z brings back the old wording, networks and hours."),
            self.tr("The strategy's old wording, networks and hours are back."),
            overwrite=lambda theirs: put_back(theirs.version),
        )

    def _editor_closed(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.deleteLater()

    # -- archiving -------------------------------------------------------------
    def archive(self) -> None:
        strategy_id = self.current_strategy_id()
        if strategy_id is None or self._ops.refuse_change(self._window):
            return
        found = self._ops.run(
            self._window,
            lambda: (self._strategies.strategy(strategy_id), self._strategies.active_goal_count(strategy_id)),
            Change.NONE,
        )
        if found is None:
            return
        record, count = found.value
        question = self._archive_question(record.statement, count)
        if not self._ops.prompts.ask_yes_no(self._window, self.tr("Archive strategy"), question):
            return
        done = self._ops.run(
            self._window,
            lambda: self._strategies.archive(strategy_id),
            STRATEGY_CHANGES,
            title=self.tr("The strategy was not archived"),
        )
        if done is None:
            return
        self._offer_undo(
            lambda: self._strategies.unarchive(strategy_id),
            self.tr("Archived “{strategy}” with its goals. Ctrl+Z brings them back.").format(
                strategy=record.statement
            ),
            self.tr("“{strategy}” and its goals are back.").format(strategy=record.statement),
        )

    def show_archived(self) -> None:
        from smartgoals_app.ui.strategy.archived import ArchivedStrategies  # loads on first use

        dialog = ArchivedStrategies(self._window, strategies=self._strategies, ops=self._ops)
        self.editor = dialog
        dialog.finished.connect(self._editor_closed)
        dialog.open()

    # -- undo ------------------------------------------------------------------
    def _offer_undo(
        self,
        undo: Callable[[], object],
        said: str,
        done: str,
        *,
        overwrite: Callable[[ConflictError], object] | None = None,
    ) -> None:
        """``overwrite``: the undo again over a change someone made after this one, when
        the person chooses to keep theirs; without it the undo cannot meet a conflict."""
        self._undo, self._undo_done, self._overwrite = undo, done, overwrite
        self.undo_action.setEnabled(True)
        self._window.statusBar().showMessage(said, 15000)

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_action.setEnabled(False)
        if undo is None:
            return
        overwrite = self._overwrite
        on_conflict = None if overwrite is None else OnConflict(overwrite)
        if (
            self._ops.run(
                self._window, undo, STRATEGY_CHANGES, title=self.tr("Could not undo"), on_conflict=on_conflict
            )
            is not None
        ):
            self._window.statusBar().showMessage(self._undo_done, 10000)


def add_strategy_actions(
    window: QMainWindow, goal_list: GoalList, menu: QMenu, *, strategies: StrategyService, ops: Operations
) -> StrategyActions:
    """The strategy's actions in ``menu`` and on the goal list's strategy rows."""
    return StrategyActions(window, goal_list, menu, strategies=strategies, ops=ops)


def _strategy_of(item: ListRow | None) -> int | None:
    while item is not None:
        value = item.data(0, STRATEGY_ID)
        if value is not None:
            return int(value)
        item = item.parent()
    return None
