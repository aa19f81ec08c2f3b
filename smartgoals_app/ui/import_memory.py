"""Memory that the imports leave behind, given back once they are done.

PySide6's import hook reads the whole source of every module imported after PySide6
(to look for ``from __feature__ import``) through ``inspect.getsource``, and the
standard library's ``linecache`` keeps every line it read: about 30 MiB once the app,
SQLAlchemy, numpy and pyqtgraph are in. Nothing needs them kept: a traceback reads the
lines it shows again from the files.
"""

from __future__ import annotations

import linecache


def forget_import_sources() -> None:
    """Drop the source lines the imports so far left in linecache."""
    linecache.clearcache()
