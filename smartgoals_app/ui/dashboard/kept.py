"""What a screen made from an object the controller keeps for a goal shown a moment ago
(its overview row, its SMART findings): made once while that same object comes back.
The controller reads a goal afresh, as new objects, whenever it may have changed, so an
object seen again means nothing it shows has changed."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from smartgoals_app.ui.dashboard.controller import KEEP_READ

Made = TypeVar("Made")


class KeptFor(Generic[Made]):
    """The last KEEP_READ things made, each by the identity of what it was made from (and
    any ``also`` it depends on, such as the palette)."""

    def __init__(self) -> None:
        self._kept: dict[tuple[Hashable, ...], tuple[object, Made]] = {}

    def get(self, source: object, make: Callable[[], Made], *also: Hashable) -> Made:
        key = (id(source), *also)
        kept = self._kept.get(key)
        if kept is not None and kept[0] is source:  # not another object at a reused address
            return kept[1]
        made = make()
        self._kept[key] = (source, made)
        while len(self._kept) > KEEP_READ:
            del self._kept[next(iter(self._kept))]  # made the longest ago
        return made
