"""Reading a report PDF back as a person would: its words (pdftotext), its paper
(pdfinfo), its pictures (pdfimages) and its drawing operators."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import zlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from tests.factories import signups_draft


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing: install poppler-utils (.ci/run does)")
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return found


def pdf_text(path: Path, *, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        [poppler("pdftotext"), "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run([poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return {
        key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())
    }


def pdf_images(path: Path) -> list[str]:
    out = subprocess.run(
        [poppler("pdfimages"), "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return out.splitlines()[2:]  # past the two header lines


def content_streams(path: Path) -> str:
    """Every stream of the file, inflated where it is compressed."""
    raw = path.read_bytes()
    parts = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.DOTALL):
        body = match.group(1)
        with contextlib.suppress(zlib.error):
            # A stream whose last byte is a line feed loses it to the pattern: read what
            # inflates rather than all or nothing.
            body = zlib.decompressobj().decompress(body)
        parts.append(body.decode("latin-1"))
    return "\n".join(parts)


def squeeze(text: str) -> str:
    """pdftotext -layout pads columns with runs of spaces: one space between words."""
    return re.sub(r"[ \t]+", " ", text)


# One goal whose every figure the tests work out by hand.
START_DAYS_AGO = 40
DAYS_TO_GO = 60
BASELINE, BENCHMARK, STRETCH = 120.0, 200.0, 300.0
LATEST = 160.0
LATEST_DAYS_AGO = 5
STRATEGY = "Grow the newsletter before the spring launch"
TITLE = "Grow newsletter sign-ups from Facebook to 200"
WHY = "Launch the spring collection to people who already want it"


def add_known_goal(db: Database, today: date, **changes: object) -> int:
    """Started 40 days ago, 60 to go; 160 sign-ups logged 5 days ago; the task done on
    its 6 newest Tuesdays and Thursdays (one older in the last 4 weeks missed)."""
    start = today - timedelta(days=START_DAYS_AGO)
    draft = signups_draft(
        start,
        title=TITLE,
        why=WHY,
        baseline_value=BASELINE,
        benchmark_target=BENCHMARK,
        stretch_target=STRETCH,
        deadline=today + timedelta(days=DAYS_TO_GO),
    )
    for key, value in changes.items():
        setattr(draft, key, value)
    goal_id = GoalService(db, today=lambda: start).save(draft)
    MeasurementService(db, today=lambda: today).log(goal_id, today - timedelta(days=LATEST_DAYS_AGO), LATEST)
    plan = PlanService(db, today=lambda: today)
    task = plan.tasks(goal_id)[0]
    days = [o.day for o in plan.occurrences(start, today - timedelta(days=1), goal_id=goal_id)]
    for day in days[-6:]:
        plan.mark(task.id, day, TaskOutcome.DONE)
    return goal_id
