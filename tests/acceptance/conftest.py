"""The cross-cutting suites drive the screens with the same fixtures as tests/ui."""

from __future__ import annotations

from tests.ui.conftest import (
    drafts,
    english_plurals,
    german,
    german_locale,
    goals,
    no_window_left,
    person,
    services,
    window,
)

# Fixtures, imported to be found here.
__all__ = [
    "drafts",
    "english_plurals",
    "german",
    "german_locale",
    "goals",
    "no_window_left",
    "person",
    "services",
    "window",
]
