"""Page 1 of the PDF report (Goal > Export report…), rendered from the PDF itself with
poppler's pdftoppm, so the picture is what a reader of the file sees.

The demo goal that is behind, with a fixed "today" and British dates on A4, so the
picture only changes when the report does.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from _common import temporary_database
from PySide6.QtCore import QLocale

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.ui.report.content import Scope, gather
from smartgoals_app.ui.report.pdf import write_pdf

TODAY = date(2026, 11, 22)
BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def render(out_dir: Path) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise RuntimeError("pdftoppm is missing: install poppler-utils to render the report's page")
    before = QLocale()
    QLocale.setDefault(BRITISH)
    try:
        with temporary_database() as db, tempfile.TemporaryDirectory(prefix="smartgoals-report-") as folder:
            behind, _on_track, _stretch = populate_demo(db, TODAY)
            report = gather(
                Scope(goal_id=behind),
                goals=GoalService(db, today=lambda: TODAY),
                measurements=MeasurementService(db, today=lambda: TODAY),
                plan=PlanService(db, today=lambda: TODAY),
                today=lambda: TODAY,
            )
            pdf = Path(folder) / "report.pdf"
            write_pdf(report, pdf, locale=BRITISH)
            stem = out_dir / "report-page-1"
            subprocess.run(
                [pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                check=True,
            )
    finally:
        QLocale.setDefault(before)
    return [stem.with_suffix(".png")]
