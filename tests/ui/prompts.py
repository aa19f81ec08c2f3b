"""Prompts for tests, handed to a screen instead of patching the dialog functions it
would otherwise call: ``Answers`` answers every question the same way and keeps what it
was asked; ``RecordingPrompts`` answers yes/no questions from a list, in order, and can
fail the test on any error shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.services.records import TaskRecord
from smartgoals_app.ui.operations import Change, ChangeBus, Choice, Operations

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


@dataclass
class Answers:
    """Each ask_* returns the answer set here; every message shown is kept."""

    yes: bool = True
    text: str | None = ""
    save_path: Path | None = None  # also the answer of ask_save_name, with no filter chosen
    open_path: Path | None = None
    folder: Path | None = None
    keep: bool | None = True  # ask_keep_draft: keep, discard (False) or go back (None)
    print_to: Path | None = None  # ask_printer: "Print to file" to here; None: cancelled
    task: tuple[int, TaskDraft] | None = None
    conflict: Choice = Choice.RELOAD  # ask_conflict: the safe answer unless told otherwise
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (title, text) asked
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)
    edited: list[TaskRecord | None] = field(default_factory=list)
    boxes: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text), in order

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))
        self.boxes.append(("error", title, text))

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append((title, text))
        self.boxes.append(("info", title, text))

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
        self.questions.append((title, text))
        self.boxes.append(("question", title, text))
        return self.yes

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.questions.append((title, label))
        return self.text

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str, suffix: str
    ) -> Path | None:
        self.questions.append((title, str(suggested)))
        return self.save_path

    def ask_save_name(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> tuple[Path, str] | None:
        self.questions.append((title, str(suggested)))
        return (self.save_path, "") if self.save_path is not None else None

    def ask_open_path(
        self, parent: QWidget | None, title: str, start: Path | None, filters: str
    ) -> Path | None:
        self.questions.append((title, str(start or "")))
        return self.open_path

    def ask_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        self.questions.append((title, str(start)))
        return self.folder

    def ask_keep_draft(self, parent: QWidget | None, title: str, text: str) -> bool | None:
        self.questions.append((title, text))
        self.boxes.append(("question", title, text))
        return self.keep

    def ask_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        return print_to_file(printer, self.print_to)

    def ask_conflict(self, parent: QWidget | None, title: str, text: str) -> Choice:
        self.conflicts.append((title, text))
        self.boxes.append(("conflict", title, text))
        return self.conflict

    def edit_task(
        self,
        parent: QWidget | None,
        goals: list[tuple[int, str]],
        task: TaskRecord | None,
        today: date,
        *,
        goal_id: int | None = None,
    ) -> tuple[int, TaskDraft] | None:
        self.edited.append(task)
        return self.task


def print_to_file(printer: QPrinter, path: Path | None) -> bool:
    """What the print dialog does when the user picks "Print to file" (``path``) or cancels."""
    if path is None:
        return False
    from PySide6.QtPrintSupport import QPrinter

    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return True


def answering(answers: Answers | None = None) -> Operations:
    """The operation path with its own bus, asking ``answers`` (default: yes to all)."""
    return Operations(ChangeBus(), answers or Answers())


@dataclass
class Told:
    kind: str  # "error", "info", "question" or "conflict"
    title: str
    text: str


@dataclass
class RecordingPrompts:
    answers: list[bool] = field(default_factory=list)  # for ask_yes_no, in order
    told: list[Told] = field(default_factory=list)
    errors_fail: bool = False  # an error message fails the test loudly
    path: Path | None = None  # what every file chooser answers (None: cancelled)
    # Where each file chooser started (they are not in ``told``: nothing is said there).
    offered: list[Path | None] = field(default_factory=list)
    keep: bool | None = True  # ask_keep_draft: keep, discard (False) or go back (None)
    print_to: Path | None = None  # ask_printer: "Print to file" to here; None: cancelled
    choices: list[Choice] = field(default_factory=list)  # for ask_conflict, in order
    task: tuple[int, TaskDraft] | None = None  # what the task editor answers (None: cancelled)

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        assert not self.errors_fail, f"error shown: {title}: {text}"
        self.told.append(Told("error", title, text))

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.told.append(Told("info", title, text))

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
        self.told.append(Told("question", title, text))
        assert self.answers, f"an unexpected question: {title}: {text}"
        return self.answers.pop(0)

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.told.append(Told("question", title, label))
        return None

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str, suffix: str
    ) -> Path | None:
        self.offered.append(suggested)
        return self.path

    def ask_save_name(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> tuple[Path, str] | None:
        self.offered.append(suggested)
        return (self.path, "") if self.path is not None else None

    def ask_open_path(
        self, parent: QWidget | None, title: str, start: Path | None, filters: str
    ) -> Path | None:
        self.offered.append(start)
        return self.path

    def ask_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        self.offered.append(start)
        return self.path

    def ask_keep_draft(self, parent: QWidget | None, title: str, text: str) -> bool | None:
        self.told.append(Told("question", title, text))
        return self.keep

    def ask_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        return print_to_file(printer, self.print_to)

    def ask_conflict(self, parent: QWidget | None, title: str, text: str) -> Choice:
        self.told.append(Told("conflict", title, text))
        assert self.choices, f"an unexpected conflict: {title}: {text}"
        return self.choices.pop(0)

    def edit_task(
        self,
        parent: QWidget | None,
        goals: list[tuple[int, str]],
        task: TaskRecord | None,
        today: date,
        *,
        goal_id: int | None = None,
    ) -> tuple[int, TaskDraft] | None:
        return self.task

    @property
    def errors(self) -> list[Told]:
        return [told for told in self.told if told.kind == "error"]


class RecordingBus(ChangeBus):
    """The real bus, also keeping what it announced."""

    def __init__(self) -> None:
        super().__init__()
        self.announced: list[Change] = []
        self.changed.connect(self.announced.append)


def make_ops(prompts: RecordingPrompts | None = None) -> Operations:
    return Operations(RecordingBus(), prompts if prompts is not None else RecordingPrompts())


def prompts_of(ops: Operations) -> RecordingPrompts:
    assert isinstance(ops.prompts, RecordingPrompts)
    return ops.prompts


def bus_of(ops: Operations) -> RecordingBus:
    assert isinstance(ops.bus, RecordingBus)
    return ops.bus
