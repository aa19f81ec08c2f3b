"""Importing past figures (Goal ▸ Import past figures…), driven as in its own tests, once
more on a PostgreSQL server as a workspace editor (tests/ui/test_flows_on_server.py says
how). A module of its own: its goal fixture is not the Plan tab's."""

from __future__ import annotations

import pytest

from tests.ui.dashboard.test_import_dialog import (
    export_file,
    goal_id,
    opened,
    test_a_person_imports_past_figures,
    test_the_same_day_can_be_kept_as_logged,
)
from tests.ui.test_flows_on_server import bakery, db

FLOWS = (test_a_person_imports_past_figures, test_the_same_day_can_be_kept_as_logged)
FIXTURES = (bakery, db, export_file, goal_id, opened)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
