"""The app on a real X server with a window manager, at the screen sizes people have:
800x600 (old or virtual machines), 1024x600 (netbooks) and 1920x1080."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.display.conftest import Lane, Screen

SIZES = [(800, 600), (1024, 600), (1920, 1080)]
Screens = Callable[[int, int], Screen]


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_first_start_on_an_empty_file_fits_the_screen(
    lane: Lane, screens: Screens, width: int, height: int
) -> None:
    lane.run(screens(width, height), "first_start")


@pytest.mark.parametrize(
    ("width", "height", "language"),
    [(800, 600, "en"), (1024, 600, "en"), (800, 600, "de")],
    ids=["800x600-en", "1024x600-en", "800x600-de"],
)
def test_every_window_and_dialog_fits_and_the_chart_stays_readable(
    lane: Lane, screens: Screens, width: int, height: int, language: str
) -> None:
    output = lane.run(screens(width, height), "dialogs", language=language)
    assert "chart plot height" in output


def test_a_window_remembered_on_a_large_screen_comes_back_on_a_small_one(
    lane: Lane, screens: Screens
) -> None:
    lane.run(screens(1920, 1080), "remember_large")
    output = lane.run(screens(800, 600), "remember_small")
    assert "restored at" in output


def test_a_first_goal_a_check_in_a_ticked_task_and_quit_by_keyboard_alone(
    lane: Lane, screens: Screens
) -> None:
    output = lane.run(screens(800, 600), "keyboard")
    assert "app exited with 0" in output


@pytest.mark.parametrize(
    ("width", "height", "language"),
    [(800, 600, "en"), (800, 600, "de"), (1920, 1080, "en")],
    ids=["800x600-en", "800x600-de", "1920x1080-en"],
)
def test_every_wizard_page_fits_and_passes_the_label_audit(
    lane: Lane, screens: Screens, width: int, height: int, language: str
) -> None:
    lane.run(screens(width, height), "wizard_pages", language=language)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_workspace_menu_and_the_history_fit_800_by_600(
    lane: Lane, screens: Screens, language: str
) -> None:
    output = lane.run(screens(800, 600), "workspace_menu", language=language)
    assert "workspace menu at" in output
