"""`smartgoals export-plan FILE.ics`: the calendar export without a window.

Placeholder until the calendar issue lands: it says so plainly and fails.
"""

from __future__ import annotations

import sys
from pathlib import Path


def export_plan_command(db_path: Path, target: Path) -> int:
    print(f"export-plan is not available yet (database {db_path}, file {target}).", file=sys.stderr)
    return 2
