"""The one path every change takes: call the service, turn the app's own errors into one
dialog, and on success announce what changed on one application-wide signal.

Screens never catch service errors themselves and never refresh each other: they run
their change through :class:`Operations` and redraw when :class:`ChangeBus` says that
something they show has changed. A change on the dashboard therefore reaches the Plan tab
at once, and a new screen only has to listen.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from smartgoals_app.domain.schedule import RuleError
from smartgoals_app.domain.validation import ConflictError, NotFoundError, ValidationError
from smartgoals_app.io.export_plan import ExportError
from smartgoals_app.storage.database import StorageError
from smartgoals_app.ui import dialogs
from smartgoals_app.ui.conflicts import conflict_text, conflict_title
from smartgoals_app.ui.i18n import localize

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from smartgoals_app.domain.draft import TaskDraft
    from smartgoals_app.services.records import TaskRecord

T = TypeVar("T")


class Change(enum.Flag):
    """What a change touched; screens redraw only for the parts they show."""

    NONE = 0
    STRATEGIES = enum.auto()
    GOALS = enum.auto()
    MEASUREMENTS = enum.auto()
    TASKS = enum.auto()
    MARKS = enum.auto()  # a task ticked, skipped or unticked
    REVIEWS = enum.auto()
    WORKSPACES = enum.auto()  # a workspace added or renamed; with ALL, another one opened
    ALL = STRATEGIES | GOALS | MEASUREMENTS | TASKS | MARKS | REVIEWS | WORKSPACES


class ChangeBus(QObject):
    """One per application window; passed to every screen that changes or shows data."""

    changed = Signal(object)  # a Change

    def announce(self, what: Change) -> None:
        if what:
            self.changed.emit(what)


class Choice(enum.Enum):
    """The answer to a conflict (someone else changed what the person was editing)."""

    RELOAD = "reload"  # theirs: read again what is stored; what the person typed is dropped
    KEEP_MINE = "keep"  # mine: save it over theirs


@dataclass(frozen=True)
class OnConflict(Generic[T]):
    """What a form does with each answer to a conflict. ``overwrite`` saves the person's
    work again against the version the error names (Keep mine); ``reload`` reads the
    row again into the form (Reload theirs), after the bus has announced the change."""

    overwrite: Callable[[ConflictError], T]
    reload: Callable[[], None] | None = None


class Prompts(Protocol):
    """How a screen reaches the user: a small object passed in, so tests answer it
    instead of patching module functions."""

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def ask_yes_no(
        self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False
    ) -> bool: ...

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A line of text (may be empty); None when the user cancels."""
        ...

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str, suffix: str
    ) -> Path | None: ...

    def ask_save_name(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> tuple[Path, str] | None:
        """A file to save of one of several kinds: (the name as typed, the filter chosen)."""
        ...

    def ask_open_path(
        self, parent: QWidget | None, title: str, start: Path | None, filters: str
    ) -> Path | None: ...

    def ask_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None: ...

    def ask_keep_draft(self, parent: QWidget | None, title: str, text: str) -> bool | None:
        """Keep (True), discard (False), or None to go back to what the user was doing."""
        ...

    def ask_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """The print dialog on ``printer``; False when the user cancels."""
        ...

    def ask_conflict(self, parent: QWidget | None, title: str, text: str) -> Choice:
        """Someone else changed what the person was editing: reload theirs or keep mine."""
        ...

    def edit_task(
        self,
        parent: QWidget | None,
        goals: list[tuple[int, str]],
        task: TaskRecord | None,
        today: date,
        *,
        goal_id: int | None = None,
    ) -> tuple[int, TaskDraft] | None:
        """A task added (task None) or edited: (goal id, draft), or None when cancelled."""
        ...


class DialogPrompts:
    """The real prompts: modal message boxes."""

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        dialogs.show_error(parent, title, text)

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        dialogs.show_info(parent, title, text)

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
        return dialogs.ask_yes_no(parent, title, text, default_yes=default_yes)

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        return dialogs.ask_text(parent, title, label)

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str, suffix: str
    ) -> Path | None:
        return dialogs.ask_save_path(parent, title, suggested, filters, suffix)

    def ask_save_name(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> tuple[Path, str] | None:
        return dialogs.ask_save_name(parent, title, suggested, filters)

    def ask_open_path(
        self, parent: QWidget | None, title: str, start: Path | None, filters: str
    ) -> Path | None:
        return dialogs.ask_open_path(parent, title, start, filters)

    def ask_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        return dialogs.ask_folder(parent, title, start)

    def ask_keep_draft(self, parent: QWidget | None, title: str, text: str) -> bool | None:
        return dialogs.ask_keep_draft(parent, title, text)

    def ask_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        return dialogs.ask_printer(parent, printer)

    def ask_conflict(self, parent: QWidget | None, title: str, text: str) -> Choice:
        return Choice.KEEP_MINE if dialogs.ask_conflict(parent, title, text) else Choice.RELOAD

    def edit_task(
        self,
        parent: QWidget | None,
        goals: list[tuple[int, str]],
        task: TaskRecord | None,
        today: date,
        *,
        goal_id: int | None = None,
    ) -> tuple[int, TaskDraft] | None:
        # Imported when first asked: the editor is not needed to open the window.
        from smartgoals_app.ui.plan.task_editor import edit_task

        return edit_task(parent, goals, task, today, goal_id=goal_id)


# The errors the app words for the user itself. Anything else is a fault: it reaches the
# error reporter (a dialog with details and the log), never a silent failure.
EXPECTED: tuple[type[BaseException], ...] = (
    ValidationError,
    StorageError,
    RuleError,
    NotFoundError,
    ExportError,
)


@dataclass(frozen=True)
class Done(Generic[T]):
    """A change that went through; ``value`` is what the service returned."""

    value: T


class Operations:
    def __init__(self, bus: ChangeBus, prompts: Prompts, *, read_only: bool = False) -> None:
        self.bus = bus
        self.prompts = prompts
        # A viewer on a server: every change, and every editor that would lead to one,
        # is answered with one plain sentence before anything is typed or sent.
        self.read_only = read_only

    def refuse_change(self, parent: QWidget | None) -> bool:
        """True (after saying so) when this window may only read; call it before opening
        an editor whose work would be refused."""
        if not self.read_only:
            return False
        self.prompts.show_info(
            parent,
            QCoreApplication.translate("Operations", "You may only read here"),
            QCoreApplication.translate(
                "Operations",
                "You are a viewer of this database: you may read its goals and plans but not "
                "change them. To change them, ask its administrator to make you an editor.",
            ),
        )
        return True

    def run(
        self,
        parent: QWidget | None,
        action: Callable[[], T],
        changes: Change,
        *,
        title: str | None = None,
        expected: tuple[type[BaseException], ...] = (),
        explain: Callable[[BaseException], str] | None = None,
        on_invalid: Callable[[ValidationError], None] | None = None,
        on_conflict: OnConflict[T] | None = None,
    ) -> Done[T] | None:
        """Run ``action``; on success announce ``changes`` and return :class:`Done`, on an
        expected error tell the user (under ``title``) and return None. Nothing is
        announced when nothing was written, except that a row found gone is announced
        as ``changes`` so that the screens still showing it redraw.

        ``expected`` adds errors this action's own work may raise (a file that cannot be
        written); ``explain`` words the message instead of :func:`message`; a form that
        shows each refusal next to its field passes ``on_invalid`` and gets the
        ValidationError instead of a dialog.

        A ConflictError (someone else changed the row since the form read it) asks the
        person whose change to keep, here and nowhere else: Keep mine runs
        ``on_conflict.overwrite`` through this same path (it may meet another
        conflict); Reload theirs announces ``changes`` and calls ``on_conflict.reload``.
        A form without ``on_conflict`` can only reload: it is told so instead."""
        if changes and self.refuse_change(parent):
            return None
        try:
            value = action()
        except ConflictError as exc:
            if on_conflict is None:
                self.prompts.show_error(parent, conflict_title(), conflict_text(exc, choosing=False))
                self.bus.announce(changes)
                return None
            if self.prompts.ask_conflict(parent, conflict_title(), conflict_text(exc)) is Choice.KEEP_MINE:
                theirs = exc
                return self.run(
                    parent,
                    lambda: on_conflict.overwrite(theirs),
                    changes,
                    title=title,
                    expected=expected,
                    explain=explain,
                    on_invalid=on_invalid,
                    on_conflict=on_conflict,
                )
            self.bus.announce(changes)  # every screen shows what is stored now
            if on_conflict.reload is not None:
                on_conflict.reload()
            return None
        except (*EXPECTED, *expected) as exc:
            if on_invalid is not None and isinstance(exc, ValidationError):
                on_invalid(exc)
            else:
                self.prompts.show_error(
                    parent,
                    title or QCoreApplication.translate("Operations", "The change was not saved"),
                    (explain or message)(exc),
                )
            if isinstance(exc, NotFoundError):
                # Nothing was written here, but what the screens show is out of date (the
                # row went elsewhere meanwhile): they redraw what is there.
                self.bus.announce(changes)
            return None
        self.bus.announce(changes)
        return Done(value)


def message(exc: BaseException) -> str:
    """The words for an expected error, in the user's language."""
    if isinstance(exc, NotFoundError):
        words = {
            "goal": QCoreApplication.translate("Operations", "That goal was deleted meanwhile."),
            "measurement": QCoreApplication.translate("Operations", "That check-in was deleted meanwhile."),
            "task": QCoreApplication.translate("Operations", "That task was deleted meanwhile."),
            "workspace": QCoreApplication.translate(
                "Operations", "That workspace is gone, or you are no longer a member of it."
            ),
        }
        return words.get(exc.what, QCoreApplication.translate("Operations", "That was deleted meanwhile."))
    if isinstance(exc, ValidationError):
        # The messages alone: the field keys in str(exc) mean nothing to the user.
        return "\n".join(localize(words) for words in exc.errors.values())
    return dialogs.error_text(exc)
