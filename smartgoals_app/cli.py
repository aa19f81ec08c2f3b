"""Command line: parses arguments without importing Qt, so --help and --version
work on a machine with no display; the GUI is imported only when it is needed."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from smartgoals_app import __version__

# storage.database.ENV_VAR; importing it here would load SQLAlchemy before the first
# window (tests/gui/test_platform_manners.py keeps the two equal).
ENV_VAR = "SMARTGOALS_DB"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartgoals",
        description="SmartGoals: set social media goals that mean something, and reach them.",
        epilog=f"The database is chosen by --db, then ${ENV_VAR}, then your user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"SmartGoals {__version__}")
    parser.add_argument("--db", metavar="PATH", help="use this database file instead of the default")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen against a temporary database, open the wizard and the dashboard, exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export-plan", help="write the plan of scheduled tasks to a calendar file")
    export.add_argument("file", metavar="FILE.ics", help="where to write the .ics file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    start_window = None
    if args.command is None and not args.self_test:
        from smartgoals_app.ui.display_check import missing_display

        reason = missing_display()
        if reason is not None:  # instead of Qt's abort (exit 134) and its paragraph
            print(reason, file=sys.stderr)
            return 1
        from smartgoals_app.ui.single_instance import bring_forward_running
        from smartgoals_app.ui.startup import make_application, show_start_window

        make_application([sys.argv[0]])
        explicit = args.db or os.environ.get(ENV_VAR)
        if bring_forward_running(Path(explicit) if explicit else None):
            print("SmartGoals is already open with this file: its window was brought forward.")
            return 0
        # The first window appears before SQLAlchemy, the services and pyqtgraph are
        # imported (smartgoals_app/ui/startup.py); the main window replaces it right after.
        start_window = show_start_window([sys.argv[0]])
    from smartgoals_app.storage.database import resolve_db_path

    db_path: Path = resolve_db_path(args.db)
    if args.command == "export-plan":
        from smartgoals_app.io.export_plan import export_plan_command

        return export_plan_command(db_path, Path(args.file))
    from smartgoals_app.ui.app import run

    return run(db_path, self_test=args.self_test, argv=[sys.argv[0]], start_window=start_window)


if __name__ == "__main__":
    raise SystemExit(main())
