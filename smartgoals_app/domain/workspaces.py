"""What a workspace's name may be: one rule for the app's menu, its services and the
administrator's command line."""

from __future__ import annotations

from collections.abc import Iterable

from smartgoals_app.domain.text import Text, translate
from smartgoals_app.domain.validation import MAX_SHORT, check_text

MAX_WORKSPACE_NAME = MAX_SHORT  # it heads the window's title and a menu


def workspace_name_error(name: str, others: Iterable[str] = ()) -> Text | None:
    """Why ``name`` cannot name a workspace, or None. ``others`` are the names already
    taken: two workspaces differing only in letter case or surrounding spaces would be
    told apart by nobody in a menu."""
    label = translate("Workspaces", "The workspace's name")
    if message := check_text(name, label=label, required=True, limit=MAX_WORKSPACE_NAME):
        return message
    for other in others:
        if same_workspace_name(other, name):
            return translate("Workspaces", "There is already a workspace named “{name}”.").format(
                name=other.strip()
            )
    return None


def same_workspace_name(one: str, other: str) -> bool:
    """Two names nobody would tell apart in a menu: they differ only in letter case or
    surrounding spaces."""
    return one.strip().casefold() == other.strip().casefold()


def unknown_workspace(name: str, names: Iterable[str]) -> Text:
    return translate(
        "Workspaces", "There is no workspace named “{name}”. The workspaces are: {names}."
    ).format(name=name.strip(), names=", ".join(f"“{n}”" for n in names))
