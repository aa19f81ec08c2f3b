"""A Prompts object for tests: it records what the app told the user and answers its
questions from a list, so no test patches module functions or blocks on a modal box."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from smartgoals_app.ui.operations import Change, ChangeBus, Operations


@dataclass
class Told:
    kind: str  # "error", "info" or "question"
    title: str
    text: str


@dataclass
class RecordingPrompts:
    answers: list[bool] = field(default_factory=list)  # for ask_yes_no, in order
    told: list[Told] = field(default_factory=list)
    errors_fail: bool = False  # an error message fails the test loudly

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        assert not self.errors_fail, f"error shown: {title}: {text}"
        self.told.append(Told("error", title, text))

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.told.append(Told("info", title, text))

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
        self.told.append(Told("question", title, text))
        assert self.answers, f"an unexpected question: {title}: {text}"
        return self.answers.pop(0)

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
