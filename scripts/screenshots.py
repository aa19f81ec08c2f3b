"""Render every page and chart to PNG for the README, so screenshots never lie.

    python scripts/screenshots.py [OUT_DIR]     (default: docs/screenshots)

Each module in scripts/shots/ (but _common.py, their shared helpers) exposes
`render(out_dir) -> list[Path]`; this script provides the offscreen QApplication, runs
them all, and lists what it wrote.
A module that fails is reported and the script exits non-zero.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([argv[0]])
    app.setApplicationName("SmartGoals")
    # As the app starts: "3 goals" and "21 days", not the catalogue's "goal(s)".
    from smartgoals_app.ui.i18n import install_english_plurals

    if install_english_plurals(app) is None:
        print("no English plurals: run python packaging/translations.py", file=sys.stderr)
        return 1
    failures = 0
    sys.path.insert(0, str(ROOT / "scripts" / "shots"))  # for their shared _common.py
    for module_path in sorted((ROOT / "scripts" / "shots").glob("[!_]*.py")):
        spec = importlib.util.spec_from_file_location(f"shots_{module_path.stem}", module_path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
            for path in module.render(out_dir):
                print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        except Exception:  # report every failing module, not just the first
            failures += 1
            print(f"FAILED {module_path.name}", file=sys.stderr)
            traceback.print_exc()
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
