"""Finding words on screen that would stay English in another language.

A pseudo-language wraps every translated string in ⟦ ⟧. With it installed, a screen is
built and every word a person can see or hear (labels, buttons, titles, tooltips,
placeholders, accessible names, list and table cells, menu entries) is collected; any
that contains letters but no ⟦ was never passed through ``tr()``, ``translate()`` or
``i18n.localize()``. The user's own data (goal titles, notes, ...) is read from the
database and allowed, as are month and day names and the networks' brand names.
"""

from __future__ import annotations

import html
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizardPage,
)

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
BRANDS = (
    "Instagram",
    "Facebook",
    "LinkedIn",
    "TikTok",
    "YouTube",
    "Pinterest",
    "X",
    "Threads",
    "Twitter",
    "SmartGoals",
    "MIT",  # the licence's name
)
_TAGS = re.compile(r"<[^>]+>")
_LETTER = re.compile(r"[^\W\d_]")
_FIELD = re.compile(r"\{[^{}]*\}")
# An opening bracket runs to the next bracket: an elided text may have lost its closing one.
_BRACKETED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*(?:{CLOSE}|(?={OPEN})|$)")
_LONE_LETTER = re.compile(r"\b[A-Z]\b")


def extracted_messages(folder: Path, *, plural_only: bool = False) -> set[tuple[str, str]]:
    """(context, source) of every string pyside6-lupdate collects from the package now
    (only the "%Ln day(s)" plural messages with ``plural_only``)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    ts = folder / "extracted.ts"
    sources = sorted(str(path) for path in translations.SOURCES.rglob("*.py"))
    subprocess.run(
        [
            translations.tool("pyside6-lupdate"),
            "-silent",
            *(["-pluralonly"] if plural_only else []),
            *sources,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )
    found: set[tuple[str, str]] = set()
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.update((name, message.findtext("source") or "") for message in context.iter("message"))
    return found


class PseudoTranslator(QTranslator):
    """Each string the catalogue holds comes back as ⟦string⟧ (⟦Goal: ⟧{title}⟦⟧ when it
    has fields); any other stays as it is.

    Only strings lupdate collected (and Qt's own) are wrapped, so a string wrapped at run time under
    another context than the one lupdate saw (``self.tr`` in a base class method runs
    under the subclass's name in PySide6) shows up as untranslated, as it would in German.
    """

    def __init__(self, known: set[tuple[str, str]]) -> None:
        super().__init__()
        self.known = known

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        ours = (context, source) in self.known
        qts = re.match(r"Q[A-Z]", context) is not None  # Qt's own words ("OK", "Next >"), from qtbase_*.qm
        if not source or not (ours or qts):
            return source
        # The brackets close around each {field}, so whatever fills it (a status, a
        # reason from the domain, a catalogue name) is judged on its own.
        return OPEN + _FIELD.sub(lambda field: f"{CLOSE}{field.group(0)}{OPEN}", source) + CLOSE

    def isEmpty(self) -> bool:
        return False


@contextmanager
def pseudo_language(known: set[tuple[str, str]]) -> Iterator[None]:
    """With only ``known`` messages (see extracted_messages) shown as ⟦translated⟧, and
    numbers in German form ("1.450", "12,5", "75 %"), so that a number formatted in
    English ("1,450", "12.5", "75%") shows up in the same audit as an English word."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator(known)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)


# English forms that German never writes: a comma before three digits ("1,450"), a
# point before one or two digits that end the number ("12.5"; "30.11.2026" and "1.450"
# are German), a percent sign right after a digit ("75%"; German has "75 %"), a day
# without its dot before a month ("1 Dez."; German has "1. Dez.").
_GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
_GERMAN_MONTHS = sorted(
    {
        _GERMAN.monthName(month, style)
        for month in range(1, 13)
        for style in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    },
    key=len,
    reverse=True,
)
_ENGLISH_NUMBER = re.compile(
    r"\d+,\d{3}(?!\d)|(?<![\d.])\d+\.\d{1,2}(?![\d.])|\d+%"
    rf"|(?<![\d.])\d{{1,2}}[ \u00a0](?:{'|'.join(map(re.escape, _GERMAN_MONTHS))})"
)


def english_number(text: str, allowed: Iterable[str] = ()) -> str | None:
    """The first number in ``text`` written the English way, leaving out the user's own
    words (a goal called "Reach 1,500" keeps its comma)."""
    rest = html.unescape(_TAGS.sub(" ", _BRACKETED.sub(" ", text)))  # translated words are the translator's
    for word in sorted({*allowed} - {""}, key=len, reverse=True):
        rest = rest.replace(word, " ")
    found = _ENGLISH_NUMBER.search(rest)
    return found.group(0) if found else None


def user_data(db_path: Path) -> set[str]:
    """Every text the user (or the demo) typed: any TEXT value in any table."""
    found: set[str] = set()
    with sqlite3.connect(db_path) as connection:
        tables = [row[0] for row in connection.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            for row in connection.execute(f'select * from "{table}"'):
                found.update(value for value in row if isinstance(value, str) and value.strip())
    return found


def _names() -> list[str]:
    """Month and day names, which Qt writes in the locale's language (English, and German
    under the pseudo-language)."""
    names: list[str] = []
    styles = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    for language in (QLocale.Language.English, QLocale.Language.German):
        locale = QLocale(language)
        for style in styles:
            names.extend(locale.monthName(month, style) for month in range(1, 13))
            names.extend(locale.standaloneMonthName(month, style) for month in range(1, 13))
            names.extend(locale.dayName(day, style) for day in range(1, 8))
    return names


def is_foreign(text: str, allowed: Iterable[str]) -> bool:
    """True when ``text`` has letters that no translation reached."""
    rest = html.unescape(_TAGS.sub(" ", _BRACKETED.sub(" ", text)))
    if not _LETTER.search(rest):
        return False
    if "…" in rest:  # the user's words elided to fit a cell: "Post a sign-u…"
        for word in sorted({*allowed} - {""}, key=len, reverse=True):
            for end in range(len(word) - 1, 0, -1):
                rest = rest.replace(word[:end] + "…", " ")
    for word in sorted({*allowed, *_names()} - {""}, key=len, reverse=True):
        rest = rest.replace(word, " ")
    rest = re.sub(r"\b(" + "|".join(map(re.escape, BRANDS)) + r")\b", " ", rest)
    # Lone capitals: key names in shortcuts ("⟦Ctrl⟧+L") and the SMART letters.
    return bool(_LETTER.search(_LONE_LETTER.sub(" ", rest)))


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()

    def columns(parent: QModelIndex) -> int:
        # PySide6 makes a list model's columnCount() private (a QListWidget's model).
        return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)

    for column in range(columns(QModelIndex())):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            yield "header", header

    def walk(parent: QModelIndex) -> Iterator[tuple[str, str]]:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"cell {row},{column}", value
            if not isinstance(model, QAbstractListModel):
                yield from walk(model.index(row, 0, parent))

    yield from walk(QModelIndex())


def visible_words(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every string ``root`` and its children show or announce."""
    widgets: list[QWidget] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        texts: list[tuple[str, str]] = [
            ("tooltip", widget.toolTip()),
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
            ("whats this", widget.whatsThis()),
        ]
        if widget.isWindow() or isinstance(widget, QMainWindow):
            texts.append(("window title", widget.windowTitle()))
        if isinstance(widget, QLabel):
            texts.append(("text", widget.text()))
        if isinstance(widget, QAbstractButton):
            texts.append(("text", widget.text()))
        if isinstance(widget, QGroupBox):
            texts.append(("title", widget.title()))
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            texts.extend(("item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                texts.extend((("tab", widget.tabText(i)), ("tab tooltip", widget.tabToolTip(i))))
        if isinstance(widget, QWizardPage):
            texts.extend((("title", widget.title()), ("subtitle", widget.subTitle())))
        if isinstance(widget, QAbstractItemView):
            texts.extend(_model_texts(widget))
        for action in widget.actions():
            texts.extend((("action", action.text()), ("action tooltip", action.toolTip())))
            menu = action.menu()
            if isinstance(menu, QMenu):
                texts.extend(("menu entry", sub.text()) for sub in menu.actions())
        for kind, text in texts:
            if text:
                yield f"{where} {kind}", text


def untranslated(root: QWidget, allowed: Iterable[str] = ()) -> list[str]:
    """ "where: text" for each string on ``root`` that stayed in English, words or (under
    the pseudo-language's German locale) numbers."""
    allowed = set(allowed)
    german = QLocale().language() == QLocale.Language.German
    found = []
    for where, text in visible_words(root):
        if is_foreign(text, allowed):
            found.append(f"{where}: {text!r}")
        elif german and (number := english_number(text, allowed)) is not None:
            found.append(f"{where}: {text!r} ({number!r} is in English form)")
    return sorted(set(found))


Boxes = list[tuple[str, str, str]]
