"""Loading the translation catalogue that matches the user's language.

Strings are wrapped with ``self.tr()`` in widgets and ``QCoreApplication.translate`` in
functions; ``packaging/translations.py`` collects them into the ``.ts`` catalogues in
``smartgoals_app/resources/translations`` and compiles the ``.qm`` files loaded here.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator


def translations_dir() -> Path:
    return Path(str(resources.files("smartgoals_app") / "resources" / "translations"))


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Install the catalogue for ``locale`` (default: the system's); None when there is
    none, and the English source strings are shown. Keep the returned object alive."""
    translator = QTranslator(app)
    if not translator.load(locale or QLocale(), "smartgoals", "_", str(translations_dir()), ".qm"):
        return None
    app.installTranslator(translator)
    return translator
