"""Command line: parses arguments without importing Qt, so --help and --version
work on a machine with no display; the GUI is imported only when it is needed."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from smartgoals_app import __version__

if TYPE_CHECKING:
    from smartgoals_app.storage.server import ServerAddress

# storage.database.ENV_VAR; importing it here would load SQLAlchemy before the first
# window (tests/acceptance/test_platform_manners.py keeps the two equal).
ENV_VAR = "SMARTGOALS_DB"
# domain.figures.Combine's values, written out so --help loads nothing.
COMBINE_CHOICES = ("sum", "last", "count", "running-total")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartgoals",
        description="SmartGoals: set social media goals that mean something, and reach them.",
        epilog=f"The database is chosen by --db, then ${ENV_VAR}, then your user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"SmartGoals {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="use this database file instead of the default, or a server database "
        "(postgresql://user@host:5432/smartgoals; the password comes from ~/.pgpass or PGPASSWORD)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen against a temporary database, open the wizard and the dashboard, exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export-plan", help="write the plan of scheduled tasks to a calendar file")
    export.add_argument("file", metavar="FILE.ics", help="where to write the .ics file")
    export.add_argument(
        "--workspace", metavar="NAME", help="only this workspace's plan (default: every workspace's)"
    )
    _add_data_commands(commands)
    _add_admin_commands(commands)
    figures = commands.add_parser(
        "import-figures",
        help="read past figures from an analytics export (CSV or workbook), one per day",
        description="Read an analytics export (X, YouTube Studio, Meta, LinkedIn, TikTok, Google "
        "Analytics, Mailchimp, or any CSV or workbook with a date column) as one figure per day, "
        "and save it as the goal's history. Exit 0: a series was read; 2: it was not (the reason on stderr).",
    )
    figures.add_argument("file", metavar="FILE", help="the export: .csv, .txt, .xlsx, .xls or .ods")
    figures.add_argument("--goal", type=int, metavar="ID", help="the goal whose history it is")
    figures.add_argument("--sheet", metavar="NAME", help="the workbook sheet (or table) to read")
    figures.add_argument("--column", metavar="NAME", help="the column of figures")
    figures.add_argument("--date-column", metavar="NAME", help="the column of dates")
    figures.add_argument(
        "--combine",
        choices=COMBINE_CHOICES,
        help="how the rows of one day make its figure (default: the format's own rule)",
    )
    figures.add_argument(
        "--date-order",
        choices=("day-first", "month-first"),
        help="how to read dates such as 03/04/2026 when the column cannot tell",
    )
    figures.add_argument(
        "--start",
        type=float,
        default=0.0,
        metavar="NUMBER",
        help="the figure before the first day, for --combine running-total (default 0)",
    )
    figures.add_argument("--dry-run", action="store_true", help="read and show the figures; save nothing")
    figures.add_argument("--json", action="store_true", help="print one JSON object")

    # -- export-report ---------------------------------------------------------
    report = commands.add_parser(
        "export-report",
        help="write a PDF report of one goal, one strategy, one workspace or all goals (the default)",
    )
    report.add_argument("file", metavar="FILE.pdf", help="where to write the PDF")
    report_scope = report.add_mutually_exclusive_group()
    report_scope.add_argument("--goal", type=int, metavar="ID", help="only this goal")
    report_scope.add_argument("--strategy", type=int, metavar="ID", help="only this strategy's goals")
    report_scope.add_argument("--workspace", metavar="NAME", help="only this workspace's goals")
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


def _add_admin_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Setting up a PostgreSQL server for a team (smartgoals_app/storage/admin.py, docs/teams.md)."""
    admin = commands.add_parser(
        "admin",
        help="set up a PostgreSQL server: schema, workspaces, who may do what (--db postgresql://...)",
        description="Run as a database user that owns SmartGoals' tables and may create roles. "
        "Exit 0 on success; non-zero with one sentence on stderr otherwise.",
    )
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    actions.add_parser("init", help="create or upgrade the schema, the roles and the access rules")
    workspace = actions.add_parser("workspace", help="add a workspace (one business or client)")
    workspace_actions = workspace.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    add = workspace_actions.add_parser("add", help="add a workspace")
    add.add_argument("name", metavar="NAME", help="its name, unique in the database")
    grant = actions.add_parser("grant", help="make a database user owner, editor or viewer of a workspace")
    grant.add_argument("workspace", metavar="WORKSPACE", help="the workspace's name")
    grant.add_argument(
        "user", metavar="DBUSER", help="the database user (created without a password if missing)"
    )
    grant.add_argument("role", choices=("owner", "editor", "viewer"), help="what they may do there")
    revoke = actions.add_parser("revoke", help="take a database user out of a workspace")
    revoke.add_argument("workspace", metavar="WORKSPACE", help="the workspace's name")
    revoke.add_argument("user", metavar="DBUSER", help="the database user")


def admin_command(args: argparse.Namespace, target: Path | ServerAddress) -> int:
    """0 with one line on stdout when done; 2 with one sentence on stderr when not."""
    from smartgoals_app.domain.text import translate
    from smartgoals_app.storage import admin
    from smartgoals_app.storage.database import StorageError
    from smartgoals_app.storage.server import ServerAddress

    if not isinstance(target, ServerAddress):
        print(
            translate(
                "Admin",
                "admin sets up a server database: give its address with --db postgresql://user@host/database.",
            ),
            file=sys.stderr,
        )
        return 2
    try:
        if args.admin_command == "init":
            result = admin.init(target)
            words = admin.result_words("init", address=target, revision=result.revision, tables=result.tables)
        elif args.admin_command == "workspace":
            admin.add_workspace(target, args.name)
            words = admin.result_words("workspace", name=args.name.strip())
        elif args.admin_command == "grant":
            created = admin.grant(target, args.workspace, args.user, args.role)
            words = admin.result_words(args.role, user=args.user, name=args.workspace)
            if created:
                print(_one_line(str(words)))
                words = admin.result_words("new_login", user=args.user)
        else:
            admin.revoke(target, args.workspace, args.user)
            words = admin.result_words("revoke", user=args.user, name=args.workspace)
    except StorageError as exc:  # admin.AdminError, or the server out of reach
        print(_one_line(str(exc.args[0])), file=sys.stderr)
        return 2
    print(_one_line(str(words)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    start_window = None
    if args.command == "import-figures":
        return import_figures_command(args)
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
    from smartgoals_app.storage.database import StorageError
    from smartgoals_app.storage.server import ServerAddress, resolve_db_target

    try:
        db_path = resolve_db_target(args.db)
    except StorageError as exc:  # an address SmartGoals does not take (or one with a password)
        print(_one_line(str(exc.args[0])), file=sys.stderr)
        if start_window is not None:  # a window was promised: the reason goes there too
            from smartgoals_app.ui.operations import DialogPrompts
            from smartgoals_app.ui.server_app import show_cannot_open

            show_cannot_open(exc, DialogPrompts())
        return 2
    if args.command == "admin":
        return admin_command(args, db_path)
    if args.command == "export-plan":
        from smartgoals_app.io.export_plan import export_plan_command

        return export_plan_command(db_path, Path(args.file), workspace=args.workspace)
    if (data_result := _run_data_command(args, db_path)) is not None:
        return data_result
    if isinstance(db_path, ServerAddress):
        if args.command is not None:
            from smartgoals_app.domain.text import translate

            print(
                translate(
                    "Server", "{command} works on a database file only, not on a server database."
                ).format(command=args.command),
                file=sys.stderr,
            )
            return 2
        from smartgoals_app.ui.server_app import run_on_server

        return run_on_server(db_path, argv=[sys.argv[0]], start_window=start_window)
    if args.command == "export-report":
        # Qt loads inside the command, offscreen when there is no display.
        from smartgoals_app.ui.report.command import export_report_command

        return export_report_command(
            db_path, Path(args.file), goal_id=args.goal, strategy_id=args.strategy, workspace=args.workspace
        )
    from smartgoals_app.ui.app import run

    return run(db_path, self_test=args.self_test, argv=[sys.argv[0]], start_window=start_window)


def _run_data_command(args: argparse.Namespace, db_path: Path | ServerAddress) -> int | None:
    """The exit code of export-data, export-csv or import-data; None for other commands
    (and for import-data into a server database, which is not offered yet)."""
    if args.command == "export-data":
        from smartgoals_app.io.data_export import export_data_command

        return export_data_command(db_path, Path(args.file))
    if args.command == "export-csv":
        from smartgoals_app.io.data_export import export_csv_command

        return export_csv_command(db_path, Path(args.folder))
    if args.command == "import-data" and isinstance(db_path, Path):
        from smartgoals_app.io.data_import import import_data_command

        return import_data_command(db_path, Path(args.file))
    return None


def import_figures_command(args: argparse.Namespace) -> int:
    """Exit 0 when the file was read as a series of daily figures (and saved, unless
    --dry-run); 2 with a one-line reason on stderr when it was not."""
    import json
    from datetime import date

    from smartgoals_app.domain.figures import Combine
    from smartgoals_app.domain.text import translate
    from smartgoals_app.io.exports import ExportError, read_figures
    from smartgoals_app.io.exports.cells import DateOrder

    if not args.dry_run and args.goal is None:
        print(
            translate("ImportFigures", "Give --goal ID to save the figures, or --dry-run to only read them."),
            file=sys.stderr,
        )
        return 2
    try:
        figures = read_figures(
            Path(args.file),
            today=date.today(),
            sheet=args.sheet,
            date_column=args.date_column,
            value_column=args.column,
            combine=Combine(args.combine) if args.combine else None,
            start=args.start,
            date_order=DateOrder(args.date_order) if args.date_order else DateOrder.AUTO,
        )
    except ExportError as exc:
        print(_one_line(exc.args[0]), file=sys.stderr)
        return 2
    if not figures.can_import:
        reason = figures.blocker or translate("ImportFigures", "No figures were read.")
        print(_one_line(reason), file=sys.stderr)
        return 2
    saved = None
    if not args.dry_run:
        from smartgoals_app.domain.validation import ValidationError
        from smartgoals_app.services.measurements import MeasurementService
        from smartgoals_app.storage.database import StorageError, open_database
        from smartgoals_app.storage.server import ServerAddress, open_server_database, resolve_db_target

        try:
            db_path = resolve_db_target(args.db)
        except StorageError as exc:
            print(_one_line(str(exc.args[0])), file=sys.stderr)
            return 2
        if isinstance(db_path, Path) and not db_path.exists():
            print(
                translate("ImportFigures", "No SmartGoals database at {path}; nothing imported.").format(
                    path=str(db_path)
                ),
                file=sys.stderr,
            )
            return 2
        try:
            db = (
                open_server_database(db_path)
                if isinstance(db_path, ServerAddress)
                else open_database(db_path, backup=False)
            )
            try:
                saved = MeasurementService(db).import_points(args.goal, figures.points)
            finally:
                db.close()
        except ValidationError as exc:
            print(_one_line(" ".join(exc.errors.values())), file=sys.stderr)
            return 2
        except StorageError as exc:
            print(_one_line(str(exc.args[0]) if exc.args else str(exc)), file=sys.stderr)
            return 2
    if args.json:
        print(
            json.dumps(
                {
                    "source": figures.source,
                    "sheet": figures.sheet,
                    "date_column": figures.date_column,
                    "value_column": figures.value_column,
                    "combine": figures.combine.value,
                    "points": [[day.isoformat(), _number(value)] for day, value in figures.points],
                    "faults": [{"row": fault.row, "reason": fault.reason} for fault in figures.faults],
                },
                ensure_ascii=False,
            )
        )
        return 0
    first, last = figures.points[0][0], figures.points[-1][0]
    print(
        translate("ImportFigures", "Looks like {format}.").format(format=figures.source)
        if figures.source
        else translate("ImportFigures", "A table with a column of dates.")
    )
    print(
        translate(
            "ImportFigures",
            "Days: {count}, from {first} to {last}; dates from “{dates}”, figures from “{values}”, "
            "combined by {rule}.",
        ).format(
            count=len(figures.points),
            first=first.isoformat(),
            last=last.isoformat(),
            dates=figures.date_column or "",
            values=figures.value_column or "",
            rule=figures.combine.value,
        )
    )
    for note in figures.notes:
        print(note)
    for fault in figures.faults:
        print(fault.message)
    for day, value in figures.points:
        print(f"{day.isoformat()}\t{_number(value)}")
    if saved is not None:
        print(
            translate("ImportFigures", "Saved to goal {goal}. Days: {count}.").format(
                count=saved, goal=args.goal
            )
        )
    return 0


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _number(value: float) -> float | int:
    return int(value) if value.is_integer() else value


if __name__ == "__main__":
    raise SystemExit(main())
