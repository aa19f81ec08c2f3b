"""Command line: parses arguments without importing Qt, so --help and --version
work on a machine with no display; the GUI is imported only when it is needed."""

from __future__ import annotations

import argparse
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

    # -- export-report ---------------------------------------------------------
    report = commands.add_parser(
        "export-report", help="write a PDF report of one goal, one strategy or all goals (the default)"
    )
    report.add_argument("file", metavar="FILE.pdf", help="where to write the PDF")
    report_scope = report.add_mutually_exclusive_group()
    report_scope.add_argument("--goal", type=int, metavar="ID", help="only this goal")
    report_scope.add_argument("--strategy", type=int, metavar="ID", help="only this strategy's goals")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    start_window = None
    if args.command is None and not args.self_test:
        # The first window appears before SQLAlchemy, the services and pyqtgraph are
        # imported (smartgoals_app/ui/startup.py); the main window replaces it right after.
        from smartgoals_app.ui.startup import show_start_window

        start_window = show_start_window([sys.argv[0]])
    from smartgoals_app.storage.database import resolve_db_path

    db_path: Path = resolve_db_path(args.db)
    if args.command == "export-plan":
        from smartgoals_app.io.export_plan import export_plan_command

        return export_plan_command(db_path, Path(args.file))
    if args.command == "export-report":
        # Qt loads inside the command, offscreen when there is no display.
        from smartgoals_app.ui.report.command import export_report_command

        return export_report_command(db_path, Path(args.file), goal_id=args.goal, strategy_id=args.strategy)
    from smartgoals_app.ui.app import run

    return run(db_path, self_test=args.self_test, argv=[sys.argv[0]], start_window=start_window)


if __name__ == "__main__":
    raise SystemExit(main())
