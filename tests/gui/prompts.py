"""Prompts that answer as a test says and remember what they were asked, handed to a
screen instead of patching the dialog functions it would otherwise call."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.services.records import TaskRecord
from smartgoals_app.ui.operations import ChangeBus, Operations


@dataclass
class Answers:
    """Each ask_* returns the answer set here; every message shown is kept."""

    yes: bool = True
    text: str | None = ""
    save_path: Path | None = None
    task: tuple[int, TaskDraft] | None = None
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


def answering(answers: Answers | None = None) -> Operations:
    """The operation path with its own bus, asking ``answers`` (default: yes to all)."""
    return Operations(ChangeBus(), answers or Answers())
