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
    _add_data_commands(commands)
    return parser


def _add_data_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Every figure out and back in (smartgoals_app/io/data_export.py, data_import.py)."""
    export_data = commands.add_parser(
        "export-data", help="write every table to one JSON file (docs/export-format.md)"
    )
    export_data.add_argument("file", metavar="FILE.json", help="where to write the JSON file")
    export_csv = commands.add_parser(
        "export-csv", help="write one CSV file per table into a folder, for spreadsheets"
    )
    export_csv.add_argument("folder", metavar="FOLDER", help="the folder for the CSV files (made if missing)")
    import_data = commands.add_parser(
        "import-data", help="read a JSON file from export-data into an empty (or new) database"
    )
    import_data.add_argument("file", metavar="FILE.json", help="the JSON file to read")


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
    if (data_result := _run_data_command(args, db_path)) is not None:
        return data_result
    from smartgoals_app.ui.app import run

    return run(db_path, self_test=args.self_test, argv=[sys.argv[0]], start_window=start_window)


def _run_data_command(args: argparse.Namespace, db_path: Path) -> int | None:
    """The exit code of export-data, export-csv or import-data; None for other commands."""
    if args.command == "export-data":
        from smartgoals_app.io.data_export import export_data_command

        return export_data_command(db_path, Path(args.file))
    if args.command == "export-csv":
        from smartgoals_app.io.data_export import export_csv_command

        return export_csv_command(db_path, Path(args.folder))
    if args.command == "import-data":
        from smartgoals_app.io.data_import import import_data_command

        return import_data_command(db_path, Path(args.file))
    return None


if __name__ == "__main__":
    raise SystemExit(main())
