"""Write smartgoals_app/storage/new_file.sql: the schema the migrations leave in a new
file, which new files are made from (see storage/new_file.py). Run it after adding a
migration; tests/storage/test_new_file.py fails until then.

    python scripts/new_file_schema.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smartgoals_app.storage import new_file  # noqa: E402


def main() -> None:
    target = ROOT / "smartgoals_app" / "storage" / new_file.SCRIPT
    target.write_text(new_file.migrated_script(), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
