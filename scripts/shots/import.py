"""The "Import past figures" dialog with a sample analytics export: the columns
chosen, the first rows shown, the figure of each day, and the rows at fault listed.

Rendered against a temp database of the demo goals with a fixed "today", so the
picture only changes when the dialog does.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from _common import save, temporary_database
from PySide6.QtWidgets import QApplication

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.goals import GoalService
from smartgoals_app.ui.app import build_operations
from smartgoals_app.ui.dashboard.import_dialog import ImportDialog, Progress

TODAY = date(2026, 11, 22)
SIZE = (700, 760)


def sample_export(path: Path) -> Path:
    """A Google-Analytics-like export: semicolons, day-first dates, a few faults."""
    start = TODAY - timedelta(days=110)
    rows = [
        (f"{start + timedelta(days=i):%d/%m/%Y}", f'"{1100 + 9 * i:,}"', str(800 + 5 * i), str(60 + i // 5))
        for i in range(0, 110, 5)
    ]
    rows[3] = (rows[3][0], "n/a", "0", "n/a")  # a gap in the export
    rows.insert(8, ("31/02/2026", "1", "1", "1"))  # a date that does not exist
    rows.append((rows[-1][0], "2,090", "1,340", "81"))  # the same day twice
    rows.append((f"{TODAY + timedelta(days=3):%d/%m/%Y}", "1,400", "1,000", "90"))  # the future
    lines = ["Date;Sessions;Users;Sign-ups", *(";".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def render(out_dir: Path) -> list[Path]:
    written: list[Path] = []
    with temporary_database() as db:
        behind, _on_track, _stretch = populate_demo(db, TODAY)
        goal = next(g for g in GoalService(db, today=lambda: TODAY).overview() if g.id == behind)

        def submit(points: Sequence[tuple[date, float]], replace: bool, progress: Progress) -> int:
            raise AssertionError("the screenshot never imports")

        dialog = ImportDialog(
            None, goal_title=goal.title, unit=goal.unit, today=TODAY, submit=submit, ops=build_operations()
        )
        # A fixed path: the dialog shows it, and a random temporary folder's name would
        # change the picture on every run.
        sample = Path(tempfile.gettempdir()) / "smartgoals-shots" / "analytics.csv"
        sample.parent.mkdir(exist_ok=True)
        try:
            dialog.load(sample_export(sample))
        finally:
            sample.unlink(missing_ok=True)
        dialog.value_column.setCurrentIndex(3)  # Sign-ups
        dialog.resize(*SIZE)
        dialog.show()
        written.append(save(dialog, out_dir / "import-dialog.png"))
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
    return written
