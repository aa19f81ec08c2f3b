"""The operation path's own promises: what is announced, what is said, and to whom."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.text import translate
from smartgoals_app.domain.validation import NotFoundError, ValidationError
from smartgoals_app.storage.database import StorageError
from smartgoals_app.ui.operations import Change
from tests.ui.prompts import bus_of, make_ops, prompts_of


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
