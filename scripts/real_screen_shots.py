"""The README's 800x600 pictures, taken on a real X server by the real-display lane.

    python scripts/real_screen_shots.py [OUT_DIR]     (default: docs/screenshots)

Runs ``pytest tests/display`` (Xvfb and openbox must be installed) with
SMARTGOALS_LANE_SHOTS set, so every scenario saves the whole screen, window manager's
frame included, at each check; then copies the ones the README shows as
``real-800x600-*.png``. The pictures show the day they were taken.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHOSEN = {
    "main-window-800x600-en.png": "real-800x600-dashboard.png",
    "wizard-welcome-800x600-en.png": "real-800x600-first-start.png",
    "wizard-plan-800x600-en.png": "real-800x600-wizard-plan.png",
    "checkin-future-date-800x600-en.png": "real-800x600-check-in.png",
    "plan-ticked-800x600-en.png": "real-800x600-plan.png",
    "add-task-800x600-en.png": "real-800x600-add-task.png",
    "wizard-page-2-800x600-de.png": "real-800x600-de-wizard-starting-point.png",
}


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="smartgoals-lane-shots-") as shots:
        env = {**os.environ, "SMARTGOALS_LANE_SHOTS": shots, "SMARTGOALS_REQUIRE_DISPLAY": "1"}
        lane = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "tests/display"], cwd=ROOT, env=env, check=False
        )
        missing = [name for name in CHOSEN if not (Path(shots) / name).exists()]
        for name, target in CHOSEN.items():
            if name not in missing:
                shutil.copyfile(Path(shots) / name, out_dir / target)
                print(f"wrote {out_dir / target}")
    if missing:
        print(f"not taken: {', '.join(missing)}", file=sys.stderr)
    return lane.returncode or (1 if missing else 0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
