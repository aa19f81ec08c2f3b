"""Memory and time that the imports cost, given back.

PySide6's import hook reads the whole source of every module imported after PySide6
(to look for ``from __feature__ import``) through ``inspect.getsource``, and the
standard library's ``linecache`` keeps every line it read: about 30 MiB once the app,
SQLAlchemy, numpy and pyqtgraph are in. Nothing needs them kept: a traceback reads the
lines it shows again from the files. ``inspect.getsource`` also looks the module up
among all loaded modules each time, so the reads cost some 0.2 s of a start; the same
question asked of the file's bytes costs a few milliseconds.
"""

from __future__ import annotations

import functools
import linecache
import sys
from collections.abc import Callable
from types import ModuleType

ModuleCheck = Callable[[ModuleType], bool]


def forget_import_sources() -> None:
    """Drop the source lines the imports so far left in linecache."""
    linecache.clearcache()


def file_check(original: ModuleCheck) -> ModuleCheck:
    """PySide6's question, "does this module's source name PySide6?", answered from the
    bytes of its .py file; anything else (no file, not a .py, unreadable, a frozen or
    zipped module) is left to ``original``, so every module gets the same answer."""

    @functools.wraps(original)
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    return uses_pyside


def lighten_import_hook() -> None:
    """Make PySide6's per-import check read files directly (once; nothing when PySide6
    is not imported or no longer has that check)."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check) or hasattr(check, "__wrapped__"):
        return
    feature._mod_uses_pyside = file_check(check)  # type: ignore[attr-defined]
