"""Workspaces: which one the window has open, the ones the user may see, and adding and
renaming them.

A window has one open workspace. :class:`OpenWorkspace` says which; the window hands the
same one to every service that lists or creates things (goals, plan, strategies), and
they read it at each call, so a switch redraws every screen without rebuilding a
service. On a server, the workspaces a user may see are those the server shows them
(row-level security, storage/admin.py)."""

from __future__ import annotations

from dataclasses import dataclass

from smartgoals_app.domain.text import translate
from smartgoals_app.domain.validation import NotFoundError, ValidationError, is_storable_int
from smartgoals_app.domain.workspaces import workspace_name_error
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database, StorageError

NAME_FIELD = "workspace.name"


@dataclass(frozen=True, slots=True)
class WorkspaceRecord:
    id: int
    name: str


class OpenWorkspace:
    """The workspace a window shows and writes new strategies to; None until one is
    opened, which means every workspace (as the command line's exports read a file)."""

    def __init__(self) -> None:
        self._id: int | None = None

    @property
    def id(self) -> int | None:
        return self._id

    def set(self, workspace_id: int) -> None:
        """Only WorkspaceService.open calls this, after checking the workspace is there."""
        self._id = workspace_id


class WorkspaceService:
    def __init__(self, db: Database, open_workspace: OpenWorkspace) -> None:
        self._db = db
        self._open = open_workspace

    # -- reading -------------------------------------------------------------
    def visible(self) -> list[WorkspaceRecord]:
        """The workspaces the user may see, oldest first."""
        with self._db.reading() as session:
            return [WorkspaceRecord(wid, name) for wid, name in repo.workspaces(session)]

    @property
    def open_id(self) -> int | None:
        """The open workspace's id (None before one is opened)."""
        return self._open.id

    def named(self, name: str) -> WorkspaceRecord:
        """The workspace the user may see by that name (letter case and surrounding
        spaces aside); a StorageError naming those there are otherwise."""
        with self._db.reading() as session:
            workspace_id = repo.workspace_named(session, name)
            names = dict(repo.workspaces(session))
        return WorkspaceRecord(workspace_id, names[workspace_id])

    # -- opening -------------------------------------------------------------
    def open(self, workspace_id: int) -> WorkspaceRecord:
        """Make ``workspace_id`` the open workspace; NotFoundError (nothing changed) when
        it does not exist or the user may not see it."""
        found = next((w for w in self.visible() if w.id == workspace_id), None)
        if found is None:
            raise NotFoundError("workspace", workspace_id)
        self._open.set(found.id)
        return found

    def open_remembered(self, remembered: int | None) -> WorkspaceRecord:
        """Open the workspace the user had open last time when it is still there and
        theirs, else the first one they may see. A StorageError in plain words when
        they may see none (a server login that is a member of no workspace)."""
        seen = self.visible()
        if not seen:
            raise repo.no_workspace()
        chosen = next((w for w in seen if w.id == remembered), seen[0])
        self._open.set(chosen.id)
        return chosen

    # -- writing -------------------------------------------------------------
    def add(self, name: str) -> WorkspaceRecord:
        """A new workspace (not opened). On a server only the administrator adds them,
        with the command line, where the members are granted too."""
        if self._db.server is not None:
            raise ValidationError(
                {
                    NAME_FIELD: translate(
                        "Workspaces",
                        "On a server only its administrator adds workspaces: ask your administrator "
                        "(smartgoals admin workspace add).",
                    )
                }
            )
        self._check(name)
        with self._db.transaction() as session:
            # Checked again inside the transaction: the name is unique in the table.
            self._check_in(repo.workspaces(session), name, exclude=None)
            workspace_id = repo.add_workspace(session, name=name.strip())
        return WorkspaceRecord(workspace_id, name.strip())

    def rename(self, workspace_id: int, name: str) -> WorkspaceRecord:
        """Give the workspace a new name; NotFoundError when it is gone. On a server
        only its owners may (the server refuses anyone else)."""
        if not is_storable_int(workspace_id):
            raise NotFoundError("workspace", workspace_id)
        self._check(name)
        with self._db.transaction() as session:
            seen = repo.workspaces(session)
            if all(wid != workspace_id for wid, _name in seen):
                raise NotFoundError("workspace", workspace_id)
            self._check_in(seen, name, exclude=workspace_id)
            if not repo.rename_workspace(session, workspace_id=workspace_id, name=name.strip()):
                # Seen but not changed: on a server, the user is not its owner.
                raise StorageError(
                    translate(
                        "Workspaces",
                        "Only an owner of this workspace may rename it: ask its administrator. "
                        "Nothing was changed.",
                    )
                )
        return WorkspaceRecord(workspace_id, name.strip())

    @staticmethod
    def _check(name: str) -> None:
        if message := workspace_name_error(name):
            raise ValidationError({NAME_FIELD: message})

    @staticmethod
    def _check_in(seen: list[tuple[int, str]], name: str, *, exclude: int | None) -> None:
        others = [other for wid, other in seen if wid != exclude]
        if message := workspace_name_error(name, others):
            raise ValidationError({NAME_FIELD: message})
