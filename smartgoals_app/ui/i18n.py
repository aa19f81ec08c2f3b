"""The user's language: loading the catalogues and showing words made outside the UI.

Widgets wrap their words with ``self.tr()`` and functions with
``QCoreApplication.translate``. Domain and service code, which must not import Qt,
marks its words with ``smartgoals_app.domain.text.translate`` and returns ``Text``
values; widgets pass those through :func:`localize` before showing them.
``packaging/translations.py`` collects all three kinds into the ``.ts`` catalogues in
``smartgoals_app/resources/translations`` and compiles the ``.qm`` files loaded here.
The language follows the system (on Linux ``LANGUAGE``/``LC_ALL``/``LANG``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smartgoals_app.domain.text import render
from smartgoals_app.ui import formatting


def translations_dir() -> Path:
    return Path(str(resources.files("smartgoals_app") / "resources" / "translations"))


def localize(value: str) -> str:
    """``value`` in the user's language when it came from ``domain.text.translate``,
    its numbers written as the user's locale writes them."""
    return str(render(value, QCoreApplication.translate, formatting.plain))


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """The app's catalogue and Qt's own (the "OK", "Cancel" and "Next" Qt draws itself)
    for ``locale`` (default: the system's); none installed for a language with neither,
    and the English source strings are shown. Keep the returned objects alive."""
    chosen = locale or QLocale()
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = [
        _install(app, chosen, "qtbase", qt_dir),
        install_english_plurals(app),
        # Installed last, so asked first: the user's language has its own plural forms.
        None
        if chosen.language() == QLocale.Language.English
        else _install(app, chosen, "smartgoals", translations_dir()),
    ]
    return [translator for translator in found if translator is not None]


def install_english_plurals(app: QCoreApplication) -> QTranslator | None:
    """English singular and plural of each "%Ln day(s)" message ("1 day", "2 days"),
    the fallback under every language."""
    return _install(app, QLocale(QLocale.Language.English), "smartgoals", translations_dir())


def _install(app: QCoreApplication, locale: QLocale, name: str, folder: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(locale, name, "_", str(folder), ".qm"):
        return None
    app.installTranslator(translator)
    return translator
