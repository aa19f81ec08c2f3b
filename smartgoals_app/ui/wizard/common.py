"""What every wizard page shares: the draft context, labelled fields with an inline
error line, text fields parsed by the domain, and palette-aware colours.

The pattern: a page writes each edit into
the shared draft, asks pure domain validation for its errors, shows each message
next to the field whose objectName is the error's `table.column` key, and reports
isComplete() = no errors, which is what enables Next.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.domain.enums import Verdict
from smartgoals_app.domain.progress import Point
from smartgoals_app.domain.schedule import SHORT_DAY_NAMES, WEEKDAYS
from smartgoals_app.domain.smart import suggest_title
from smartgoals_app.domain.validation import MAX_TITLE, Errors
from smartgoals_app.services.drafts import SavedDraft
from smartgoals_app.services.records import StrategyRecord
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Prompts
from smartgoals_app.ui.theme import VERDICT_SYMBOL, restyle, text_colour

# Page ids, stable because the autosaved draft stores the page the user was on.
WELCOME, STRATEGY, STARTING_POINT, SMART, WHY, TARGETS, PLAN, REVIEW = range(8)


@dataclass
class WizardContext:
    """The state all pages share; the wizard owns it and hands it to each page."""

    draft: GoalDraft
    today: Callable[[], date]
    strategies: list[StrategyRecord]
    pending: SavedDraft | None
    prompts: Prompts  # how a page asks the user (a file to read)
    # Measurements of the goal being edited: Attainable compares the targets with them.
    history: Sequence[Point] = ()
    # Past figures read from an analytics export on the starting-point page: saved with
    # the goal as its history when `save_history` is given.
    imported_history: list[tuple[date, float]] = field(default_factory=list)
    save_history: Callable[[int, Sequence[tuple[date, float]]], int] | None = None
    # The last title the wizard suggested: while the title still equals it, the user
    # has not edited it and later choices (the targets) may refresh it.
    auto_title: str = ""

    def adopt_title(self) -> None:
        """On load or resume: a title equal to what the wizard would suggest now is
        still the automatic one (the autosaved draft does not store auto_title)."""
        title = self.draft.title
        self.auto_title = title if title.strip() and title == suggested_title(self.draft) else ""


def suggested_title(draft: GoalDraft) -> str:
    """The wording the wizard suggests, in the user's language (it becomes the user's own text)."""
    return localize(suggest_title(draft))[:MAX_TITLE]


def colour(widget: QWidget, name: str) -> str:
    """A text colour (theme.text_colour) that stays readable on the widget's palette."""
    return text_colour(widget.palette(), name)


def verdict_mark(verdict: Verdict) -> str:
    """A symbol as well as a colour: the verdict must not depend on telling colours apart.
    The symbol is the dashboard's (theme.VERDICT_SYMBOL), so both screens mark alike."""
    mark = VERDICT_SYMBOL[verdict]
    if verdict is Verdict.PASS:
        return QCoreApplication.translate("SmartPanel", "{mark} Pass").format(mark=mark)
    if verdict is Verdict.WARN:
        return QCoreApplication.translate("SmartPanel", "{mark} Warning").format(mark=mark)
    if verdict is Verdict.FAIL:
        return QCoreApplication.translate("SmartPanel", "{mark} Fail").format(mark=mark)
    return QCoreApplication.translate("SmartPanel", "{mark} Later").format(mark=mark)


def day_labels() -> tuple[str, ...]:
    """Short weekday names, Monday first (the order of domain.schedule.WEEKDAYS)."""
    return tuple(localize(name) for name in SHORT_DAY_NAMES)


def day_ticks(column: str, on_toggle: Callable[[], None]) -> tuple[QWidget, dict[str, QCheckBox]]:
    """A row of weekday boxes, Monday first, named "<column>:MO" and so on, and the boxes
    by weekday code."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    boxes: dict[str, QCheckBox] = {}
    for code, text in zip(WEEKDAYS, day_labels(), strict=True):
        box = QCheckBox(text)
        box.setObjectName(f"{column}:{code}")
        box.setAccessibleName(text)
        layout.addWidget(box)
        boxes[code] = box
        box.toggled.connect(lambda _on: on_toggle())
    layout.addStretch(1)
    return row, boxes


def plain(label: str) -> str:
    """The visible text of a label: mnemonic ampersands removed ("&&" stays "&")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def finish_button() -> str:
    """The last page's button, with its Alt key; the pages that mention it name it by
    this text, so no translation can call it something else."""
    return QCoreApplication.translate("ReviewPage", "&Finish and save")


def wrap_label(text: str = "", *, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Top-aligned: a wrapped label may be given more height than its text needs.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    return label


def hint_label(text: str, *, name: str = "") -> QLabel:
    label = wrap_label(text, name=name)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    return label


def text_box(lines: int = 3) -> QPlainTextEdit:
    """A multi-line box where Tab moves on (keyboard-only use) instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setFixedHeight(height)
    return box


class DraftPage(QWizardPage):
    """Base of every page: a scrollable form, inline errors, isComplete from the domain."""

    edited = Signal()

    def __init__(self, ctx: WizardContext, title: str, subtitle: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._error_labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self._parse_errors: dict[str, str] = {}
        self._touched: set[str] = set()
        self._loading = False
        self._complete_told: bool | None = None  # what the wizard last heard from completeChanged

        # A scroll area per page keeps every label whole at 800x600: the page
        # scrolls instead of squeezing or clipping text.
        self.body = QWidget()
        self.body.setObjectName("pageBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: focus goes straight to the fields, and the area
        # scrolls to whichever field has focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Errors whose field is not on screen (should not happen, but never hide one).
        self.other_errors = wrap_label(name="pageErrors")
        self.other_errors.hide()

    @property
    def draft(self) -> GoalDraft:
        return self.ctx.draft

    # -- building ----------------------------------------------------------------
    def new_form(self) -> QFormLayout:
        form = QFormLayout()
        # Labels above fields once the window is narrow, so nothing is clipped at 800 px.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body_layout.addLayout(form)
        return form

    def add_field(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        key: str,
        *,
        hint: str | QLabel | None = None,
        extra: QWidget | None = None,
    ) -> QLabel:
        """Add `widget` under a label with a mnemonic and buddy, plus its error line.

        objectName is the `table.column` the field fills; accessibleName is the visible
        label, so a screen reader says what a sighted user reads.
        """
        widget.setObjectName(key)
        widget.setAccessibleName(plain(label))
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setObjectName(f"label:{key}")
        column = QWidget()
        column.setObjectName(f"field:{key}")
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(2)
        column_layout.addWidget(widget)
        if extra is not None:
            column_layout.addWidget(extra)
        error = self.error_label(key)
        column_layout.addWidget(error)
        if hint is not None:
            column_layout.addWidget(hint if isinstance(hint, QLabel) else wrap_label(hint))
        form.addRow(caption, column)
        self._inputs[key] = widget
        return caption

    def error_label(self, key: str) -> QLabel:
        label = self._error_labels.get(key)
        if label is None:
            label = wrap_label(name=f"error:{key}")
            label.hide()
            self._error_labels[key] = label
        return label

    def finish_layout(self, *, stretch: bool = True) -> None:
        self.body_layout.addWidget(self.other_errors)
        if stretch:
            self.body_layout.addStretch(1)

    # -- editing -----------------------------------------------------------------
    def bind_line(self, edit: QLineEdit, apply: Callable[[str], str | None]) -> None:
        """Run `apply(text)` on every change; it updates the draft and returns a parse
        error (shown before any domain message for the same field) or None."""
        key = edit.objectName()

        def changed(text: str) -> None:
            error = apply(text)
            if error is None:
                self._parse_errors.pop(key, None)
            else:
                self._parse_errors[key] = error
            self.changed(key)

        edit.textChanged.connect(changed)

    def bind_box(self, box: QPlainTextEdit, apply: Callable[[str], None]) -> None:
        key = box.objectName()

        def changed() -> None:
            apply(box.toPlainText())
            self.changed(key)

        box.textChanged.connect(changed)

    def untouch(self, key: str) -> None:
        """A field that starts afresh (a new task's title) is calm again until typed in."""
        self._touched.discard(key)

    def changed(self, key: str | None = None) -> None:
        if self._loading:
            return
        if key is not None:
            self._touched.add(key)
        self.refresh()
        self.edited.emit()

    def initializePage(self) -> None:
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self.refresh()

    def entered(self) -> None:
        """The wizard moved to this page (Back included) and asked isComplete itself;
        other pages may have changed the draft since: tell it again on the next refresh."""
        self._complete_told = None

    def focus_first(self) -> None:
        """Put the keyboard focus on the first field, so typing starts right away."""
        widget = self.body.nextInFocusChain()
        while widget is not None and widget is not self.body:
            if (
                self.body.isAncestorOf(widget)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def load(self) -> None:
        """Fill the widgets from the draft (signals are muted by the _loading flag)."""

    def domain_errors(self) -> Errors:
        return {}

    def errors(self) -> Errors:
        errors = dict(self.domain_errors())
        errors.update(self._parse_errors)
        return errors

    def isComplete(self) -> bool:
        return not self.errors()

    def validatePage(self) -> bool:
        # QWizard.next() called from code (or a stray Enter) skips isComplete: refuse here too.
        return self.isComplete()

    def refresh(self) -> None:
        errors = self.errors()
        unshown: list[str] = []
        for key, label in self._error_labels.items():
            message = localize(errors.get(key, ""))
            # Untouched empty fields say what they need in a calm colour; once the
            # user has typed, a remaining problem is shown as an error.
            tone = "error" if key in self._touched or key in self._parse_errors else "muted"
            restyle(label, f"color: {colour(self, tone)};")
            label.setText(message)
            label.setVisible(bool(message))
            widget = self._inputs.get(key)
            if widget is not None:
                widget.setAccessibleDescription(message)
        for key, message in errors.items():
            if key not in self._error_labels:
                unshown.append(localize(message))
        restyle(self.other_errors, f"color: {colour(self, 'error')};")
        self.other_errors.setText("\n".join(unshown))
        self.other_errors.setVisible(bool(unshown))
        self.on_refresh()
        # The wizard redoes its buttons on every completeChanged, which cost more than the
        # rest of a keystroke's refresh: tell it only when completeness changes.
        complete = not errors
        if complete != self._complete_told:
            self._complete_told = complete
            self.completeChanged.emit()

    def on_refresh(self) -> None:
        """Hook: update derived displays (summaries, charts) after every edit."""


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    # Never "%g": it would round 1234567 to 1.23457e+06 and change what the user typed.
    return str(int(value)) if float(value).is_integer() else repr(float(value))
