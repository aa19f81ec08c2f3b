"""The operation path's own promises: what is announced, what is said, and to whom."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.text import translate
from smartgoals_app.domain.validation import ConflictError, NotFoundError, ValidationError
from smartgoals_app.storage.database import StorageError
from smartgoals_app.ui.operations import Change, Choice, OnConflict
from tests.ui.prompts import RecordingPrompts, bus_of, make_ops, prompts_of


def test_a_change_that_went_through_is_announced(qtbot: QtBot) -> None:
    ops = make_ops()
    done = ops.run(None, lambda: 42, Change.MEASUREMENTS)
    assert done is not None
    assert done.value == 42
    assert bus_of(ops).announced == [Change.MEASUREMENTS]
    assert prompts_of(ops).told == []


def test_a_refusal_is_said_in_the_users_words_without_field_keys(qtbot: QtBot) -> None:
    ops = make_ops()

    def refuse() -> None:
        raise ValidationError({"measurement.value": translate("Test", "Enter a number.")})

    assert ops.run(None, refuse, Change.MEASUREMENTS, title="Not saved") is None
    assert [(t.title, t.text) for t in prompts_of(ops).told] == [("Not saved", "Enter a number.")]
    assert bus_of(ops).announced == []


def test_a_form_can_show_a_refusal_next_to_its_fields_instead(qtbot: QtBot) -> None:
    ops = make_ops()
    shown: list[ValidationError] = []

    def refuse() -> None:
        raise ValidationError({"measurement.value": translate("Test", "Enter a number.")})

    assert ops.run(None, refuse, Change.MEASUREMENTS, on_invalid=shown.append) is None
    assert [error.errors for error in shown] == [{"measurement.value": "Enter a number."}]
    assert prompts_of(ops).told == []


def test_a_row_gone_meanwhile_is_said_and_the_screens_redraw(qtbot: QtBot) -> None:
    ops = make_ops()

    def gone() -> None:
        raise NotFoundError("measurement", 7)

    assert ops.run(None, gone, Change.MEASUREMENTS) is None
    assert [t.text for t in prompts_of(ops).told] == ["That check-in was deleted meanwhile."]
    assert bus_of(ops).announced == [Change.MEASUREMENTS]


def test_an_actions_own_errors_are_said_in_its_words_and_others_are_faults(qtbot: QtBot) -> None:
    ops = make_ops()

    def unwritable() -> None:
        raise OSError("disk full")

    assert (
        ops.run(None, unwritable, Change.NONE, expected=(OSError,), explain=lambda exc: f"Could not: {exc}")
        is None
    )
    assert [t.text for t in prompts_of(ops).told] == ["Could not: disk full"]
    with pytest.raises(OSError, match="disk full"):  # not expected here: a fault for the error reporter
        ops.run(None, unwritable, Change.NONE)


def test_a_storage_error_is_said_and_nothing_is_announced(qtbot: QtBot) -> None:
    ops = make_ops()

    def busy() -> None:
        raise StorageError(translate("Test", "The database is busy."))

    assert ops.run(None, busy, Change.GOALS) is None
    assert [(t.title, t.text) for t in prompts_of(ops).told] == [
        ("The change was not saved", "The database is busy.")
    ]
    assert bus_of(ops).announced == []


def _conflict(version: int = 2) -> ConflictError:
    return ConflictError(
        "task",
        5,
        title="Post the sign-up link",
        who="anna",
        when=datetime(2026, 11, 30, 14, 5, tzinfo=UTC),
        version=version,
    )


def test_a_conflict_asks_once_and_keep_mine_saves_over_their_version(qtbot: QtBot) -> None:
    ops = make_ops(RecordingPrompts(choices=[Choice.KEEP_MINE]))
    saved_over: list[int] = []

    def overwrite(theirs: ConflictError) -> str:
        saved_over.append(theirs.version)
        return "saved"

    def stale() -> str:
        raise _conflict()

    done = ops.run(None, stale, Change.TASKS, on_conflict=OnConflict(overwrite))
    assert done is not None
    assert done.value == "saved"
    assert saved_over == [2]
    [asked] = prompts_of(ops).told
    assert (asked.kind, asked.title) == ("conflict", "Changed by someone else")
    assert asked.text.startswith("anna changed the task “Post the sign-up link” at ")
    assert bus_of(ops).announced == [Change.TASKS]


def test_reload_theirs_redraws_and_rereads_the_form_and_saves_nothing(qtbot: QtBot) -> None:
    ops = make_ops(RecordingPrompts(choices=[Choice.RELOAD]))
    reloaded: list[bool] = []

    def stale() -> None:
        raise _conflict()

    def overwrite(theirs: ConflictError) -> None:
        raise AssertionError("keep mine was not chosen")

    done = ops.run(
        None, stale, Change.TASKS, on_conflict=OnConflict(overwrite, lambda: reloaded.append(True))
    )
    assert done is None
    assert reloaded == [True]
    assert bus_of(ops).announced == [Change.TASKS]


def test_a_second_conflict_while_keeping_mine_asks_again(qtbot: QtBot) -> None:
    ops = make_ops(RecordingPrompts(choices=[Choice.KEEP_MINE, Choice.RELOAD]))

    def stale() -> None:
        raise _conflict(2)

    def overwrite(theirs: ConflictError) -> None:
        raise _conflict(theirs.version + 1)  # someone saved again meanwhile

    assert ops.run(None, stale, Change.TASKS, on_conflict=OnConflict(overwrite)) is None
    assert [told.kind for told in prompts_of(ops).told] == ["conflict", "conflict"]


def test_a_conflict_on_a_form_that_cannot_overwrite_is_said_and_redrawn(qtbot: QtBot) -> None:
    ops = make_ops()

    def stale() -> None:
        raise _conflict()

    assert ops.run(None, stale, Change.GOALS) is None
    [told] = prompts_of(ops).told
    assert told.kind == "error"
    assert told.text.endswith("Nothing was saved: look at what is stored now and make your change again.")
    assert bus_of(ops).announced == [Change.GOALS]
