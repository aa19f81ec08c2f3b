"""Move the tests into folders that mirror the package, with `git mv`, once.

    python scripts/mirror_tests.py [--dry-run]

    tests/domain  tests/storage  tests/services  tests/io     (no Qt: CI's Qt-free lane)
    tests/ui  tests/ui/{wizard,dashboard,plan,report}          (pytest-qt)
    tests/acceptance                                           (cross-cutting suites)

Each known module has its home in MOVES, chosen by what it tests. A test module this
script does not know (added after it was written) is placed by a rule and reported:
by its name first (`*service*` -> services, `*export*`/`*import*`/`*ics*`/`*csv*` -> io,
`*database*`/`*migration*`/`*schema*` -> storage), then by what it imports (a GUI test
importing one of ui.wizard/dashboard/plan/report goes there, several go to acceptance;
a Qt-free one goes to the highest layer it imports). Helper modules go with the tests
that need them. Afterwards every `tests.gui.x` import, every `tests/gui/x.py` path in
code and docs, and every `Path(__file__).parents[n]` whose depth changed is rewritten;
what could not be rewritten is printed for a person to fix.

Running it again changes nothing (moved files are skipped). It never commits.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"

# Current path -> new path (both relative to the repository).
MOVES: dict[str, str] = {
    # -- domain: pure rules, no database
    **{
        f"tests/unit/{name}.py": f"tests/domain/{name}.py"
        for name in (
            "test_adherence",
            "test_catalogue",
            "test_dates",
            "test_domain_text",
            "test_domain_words",
            "test_draft",
            "test_figures_rules",
            "test_progress",
            "test_progress_same_day",
            "test_review",
            "test_rule_fuzz",
            "test_schedule",
            "test_schedule_core",
            "test_schedule_late_start",
            "test_smart",
            "test_storable_text",
            "test_task_effect",
            "test_templates",
            "test_text",
            "test_validation",
        )
    },
    # -- services: the use cases, over a real database
    "tests/unit/test_schedule_plan_service.py": "tests/services/test_schedule_plan_service.py",
    "tests/unit/test_service_words.py": "tests/services/test_service_words.py",
    "tests/storage/test_services.py": "tests/services/test_services.py",
    "tests/storage/test_service_fuzz.py": "tests/services/test_service_fuzz.py",
    "tests/storage/test_import_points.py": "tests/services/test_import_points.py",
    "tests/storage/test_measurement_series.py": "tests/services/test_measurement_series.py",
    # -- io: files in and out
    "tests/unit/test_csv_import.py": "tests/io/test_csv_import.py",
    "tests/unit/test_export_formats.py": "tests/io/test_export_formats.py",
    "tests/unit/test_export_notes.py": "tests/io/test_export_notes.py",
    "tests/unit/test_ics.py": "tests/io/test_ics.py",
    "tests/storage/test_data_export.py": "tests/io/test_data_export.py",
    "tests/storage/test_data_import.py": "tests/io/test_data_import.py",
    # tests/storage/test_{database,database_faults,database_words,maintenance,migrations,
    # schema_doc,stored_bad_rules}.py already live where they belong.
    # -- ui: shared helpers and fixtures, and the screens outside the three big ones
    "tests/gui/conftest.py": "tests/ui/conftest.py",
    "tests/gui/i18n_audit.py": "tests/ui/i18n_audit.py",
    "tests/gui/label_audit.py": "tests/ui/label_audit.py",
    "tests/unit/test_one_theme.py": "tests/ui/test_one_theme.py",
    "tests/gui/test_app_data_folder.py": "tests/ui/test_app_data_folder.py",
    "tests/gui/test_binding_refcounts.py": "tests/ui/test_binding_refcounts.py",
    "tests/gui/test_none_refcount.py": "tests/ui/test_none_refcount.py",
    "tests/gui/test_data_transfer.py": "tests/ui/test_data_transfer.py",
    "tests/gui/test_deferred_maintenance.py": "tests/ui/test_deferred_maintenance.py",
    "tests/gui/test_dialogs.py": "tests/ui/test_dialogs.py",
    "tests/gui/test_error_report.py": "tests/ui/test_error_report.py",
    "tests/gui/test_main_window.py": "tests/ui/test_main_window.py",
    "tests/gui/test_selftest.py": "tests/ui/test_selftest.py",
    # -- ui/wizard
    "tests/gui/wizard_driver.py": "tests/ui/wizard/wizard_driver.py",
    **{
        f"tests/gui/{name}.py": f"tests/ui/wizard/{name}.py"
        for name in (
            "test_wizard_app",
            "test_wizard_drafts",
            "test_wizard_export",
            "test_wizard_flows",
            "test_wizard_keyboard",
            "test_wizard_validation",
            "test_wizard_wording",
            "test_words_wizard",
        )
    },
    # -- ui/dashboard
    "tests/gui/dashboard_driver.py": "tests/ui/dashboard/dashboard_driver.py",
    **{
        f"tests/gui/{name}.py": f"tests/ui/dashboard/{name}.py"
        for name in (
            "test_dashboard",
            "test_dashboard_presenters",
            "test_dashboard_usability",
            "test_effort_beside_results",
            "test_import_dialog",
            "test_words_dashboard",
        )
    },
    # -- ui/plan
    **{
        f"tests/gui/{name}.py": f"tests/ui/plan/{name}.py"
        for name in ("test_plan_tray", "test_plan_view", "test_words_plan")
    },
    # -- ui/report
    "tests/gui/report_helpers.py": "tests/ui/report/report_helpers.py",
    **{
        f"tests/gui/{name}.py": f"tests/ui/report/{name}.py"
        for name in ("test_report", "test_report_cli", "test_words_report")
    },
    # -- acceptance: the whole app, every screen, the built package
    **{
        f"tests/gui/{name}.py": f"tests/acceptance/{name}.py"
        for name in (
            "test_desktop_manners",
            "test_label_audit",
            "test_numbers_german",
            "test_platform_manners",
            "test_startup_order",
            "test_switch_cost",
            "test_words_app",
        )
    },
    **{
        f"tests/{name}.py": f"tests/acceptance/{name}.py"
        for name in ("test_cli", "test_crash", "test_packaging", "test_readme", "test_wheel")
    },
    # -- added in the same round as this script
    "tests/unit/test_plan_controller.py": "tests/controllers/test_plan_controller.py",
    "tests/unit/test_rules_once.py": "tests/services/test_rules_once.py",
    "tests/gui/test_portfolio.py": "tests/ui/dashboard/test_portfolio.py",
    "tests/gui/test_tabs_hear_each_other.py": "tests/acceptance/test_tabs_hear_each_other.py",
    "tests/gui/test_review.py": "tests/ui/review/test_review.py",
    "tests/gui/test_words_review.py": "tests/ui/review/test_words_review.py",
    "tests/gui/test_chart_history.py": "tests/ui/dashboard/test_chart_history.py",
    "tests/gui/test_plurals.py": "tests/ui/test_plurals.py",
    "tests/test_house.py": "tests/acceptance/test_house.py",
    "tests/test_operation_path.py": "tests/acceptance/test_operation_path.py",
}

OLD_FOLDERS = ("tests/unit", "tests/gui")  # emptied and removed; tests/storage stays
NEW_PACKAGES = {
    "tests/domain": "Tests of smartgoals_app.domain: pure rules, no database, no Qt.",
    "tests/services": "Tests of smartgoals_app.services over a real SQLite file; no Qt.",
    "tests/io": "Tests of smartgoals_app.io: files read and written; no Qt.",
    "tests/ui": "Tests of smartgoals_app.ui with pytest-qt: real widgets, keys and clicks.",
    "tests/ui/wizard": "The goal wizard, driven as a person does (wizard_driver.Person).",
    "tests/ui/dashboard": "The dashboard: goal list, detail, chart, check-ins, import.",
    "tests/ui/plan": "The Plan tab: week and month views, tasks, reminders.",
    "tests/ui/report": "The PDF report: layout, menu action, command.",
    "tests/ui/review": "The review after the deadline: banner, dialog, what it stores.",
    "tests/controllers": "The Qt-free controllers of smartgoals_app.ui, tested without Qt.",
    "tests/acceptance": "Cross-cutting suites: every screen, the command line, the built package.",
}
# The Qt-free CI lane (.ci/run) runs exactly these folders.
NO_QT_OLD = "tests/unit tests/storage"
NO_QT_NEW = "tests/domain tests/storage tests/services tests/io tests/controllers"
# Sentences in the docs that name the old folders as a whole.
TEXT_FIXES = {
    "- `tests/unit` and `tests/storage` need no Qt; `tests/gui` drives real widgets with\n"
    "  pytest-qt, by keys and clicks, and checks what was stored.": (
        "- `tests/domain`, `tests/storage`, `tests/services` and `tests/io` need no Qt; `tests/ui`\n"
        "  (a folder per screen) drives real widgets with pytest-qt, by keys and clicks, and\n"
        "  checks what was stored; `tests/acceptance` holds the suites that cross screens."
    ),
    "tests/       unit/ (no Qt), storage/, gui/ (pytest-qt, driven by keys and clicks)": (
        "tests/       domain/, storage/, services/, io/ (no Qt), ui/{wizard,dashboard,plan,report}/\n"
        "             (pytest-qt, driven by keys and clicks), acceptance/ (cross-cutting)"
    ),
    "tests/gui/test_words_*.py": "tests/ui/*/test_words_*.py",
}
TEXT_SUFFIXES = {".py", ".md", ".toml", ".cfg", ".ini", ".yaml", ".yml", ".txt"}
TEXT_NAMES = {"run"}
SKIP_DIRS = {".git", ".venv", ".venv-noqt", "node_modules", "build", "dist", ".mypy_cache", ".ruff_cache"}
LAYER_BY_NAME = (
    (re.compile(r"service"), "tests/services"),
    (re.compile(r"export|import|ics|csv"), "tests/io"),
    (re.compile(r"database|migration|schema"), "tests/storage"),
)
SCREENS = ("wizard", "dashboard", "plan", "report")


def git(*args: str, dry_run: bool) -> None:
    print("git", *args)
    if not dry_run:
        subprocess.run(["git", *args], cwd=ROOT, check=True)


def module_of(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def imported(path: Path) -> set[str]:
    """Every smartgoals_app module `path` imports, at any depth in the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("smartgoals_app"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("smartgoals_app"))
    return found


def home_by_rule(rel: str) -> str:
    """Where a module MOVES does not name goes (see the module's docstring)."""
    path = ROOT / rel
    name = path.name
    folder = rel.rsplit("/", 1)[0]
    modules = imported(path)
    if folder == "tests/gui":
        screens = {s for s in SCREENS if any(m.startswith(f"smartgoals_app.ui.{s}") for m in modules)}
        if not name.startswith("test_") or not screens:
            return f"tests/ui/{name}"
        return f"tests/ui/{screens.pop()}/{name}" if len(screens) == 1 else f"tests/acceptance/{name}"
    if folder == "tests":
        return f"tests/acceptance/{name}"
    for pattern, target in LAYER_BY_NAME:
        if pattern.search(name):
            return f"{target}/{name}"
    if folder == "tests/storage":
        return rel  # the database's own tests stay
    if any(m.startswith("smartgoals_app.ui") for m in modules):
        return f"tests/ui/{name}"
    layers = {m.split(".")[1] for m in modules if m.count(".") >= 1}
    for layer in ("io", "services", "storage"):
        if layer in layers:
            return f"tests/{layer}/{name}"
    return f"tests/domain/{name}"


def plan_moves() -> tuple[dict[str, str], list[str]]:
    """The moves to make now, and the modules placed by rule (to report)."""
    moves: dict[str, str] = {}
    guessed: list[str] = []
    for old, new in MOVES.items():
        if (ROOT / old).exists():
            if (ROOT / new).exists():
                sys.exit(f"both {old} and {new} exist: merge them by hand, then run again")
            moves[old] = new
    candidates = [
        *(p for folder in OLD_FOLDERS for p in sorted((ROOT / folder).glob("*.py"))),
        *sorted((ROOT / "tests/storage").glob("*.py")),
        *sorted(TESTS.glob("test_*.py")),
    ]
    for path in candidates:
        rel = path.relative_to(ROOT).as_posix()
        if rel in MOVES or path.name == "__init__.py":
            continue
        new = home_by_rule(rel)
        if new != rel:
            moves[rel] = new
            guessed.append(f"{rel} -> {new}")
    return moves, guessed


def text_files() -> Iterable[Path]:
    """The repository's text files, but this script (its table names the old places)."""
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info")]
        for name in files:
            path = Path(folder) / name
            if path.resolve() == Path(__file__).resolve():
                continue
            if path.suffix in TEXT_SUFFIXES or name in TEXT_NAMES:
                yield path


FILE_DEPTH = re.compile(r"Path\(__file__\)\.resolve\(\)(\.parents\[(\d+)\]|(?:\.parent(?!s))+)")


def fix_depth(text: str, old: str, new: str) -> tuple[str, list[str]]:
    """Keep `Path(__file__).resolve().parents[n]` pointing at the same folder."""
    problems: list[str] = []
    old_path, new_path = ROOT / old, ROOT / new

    def repoint(match: re.Match[str]) -> str:
        up = int(match.group(2)) + 1 if match.group(2) is not None else match.group(1).count(".parent")
        target = old_path.parents[up - 1]
        if target not in new_path.parents:
            problems.append(f"{new}: {match.group(0)} pointed at {target}; fix by hand")
            return match.group(0)
        index = list(new_path.parents).index(target)
        return "Path(__file__).resolve()" + (".parent" if index == 0 else f".parents[{index}]")

    fixed = FILE_DEPTH.sub(repoint, text)
    if fixed.count("Path(__file__)") != len(FILE_DEPTH.findall(fixed)):
        problems.append(f"{new}: uses __file__ in a way this script does not rewrite; check it")
    return fixed, problems


def rewrite(moves: dict[str, str], dry_run: bool) -> list[str]:
    """Imports, paths in code and docs, and __file__ depths; returns what is left to fix."""
    renames = {module_of(old): module_of(new) for old, new in moves.items()}
    paths = dict(moves)
    problems: list[str] = []
    # Longest first, so tests.gui.test_words_plan is not caught by a shorter name.
    module_pattern = re.compile(
        r"\b(" + "|".join(re.escape(m) for m in sorted(renames, key=len, reverse=True)) + r")\b"
    )
    path_pattern = re.compile("|".join(re.escape(p) for p in sorted(paths, key=len, reverse=True)))
    new_of_old_place = {new: old for old, new in moves.items()}
    for path in text_files():
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        changed = module_pattern.sub(lambda m: renames[m.group(1)], text) if renames else text
        changed = path_pattern.sub(lambda m: paths[m.group(0)], changed) if paths else changed
        for old, new in TEXT_FIXES.items():
            changed = changed.replace(old, new)
        if rel == ".ci/run":
            changed = changed.replace(NO_QT_OLD, NO_QT_NEW)
        if rel in new_of_old_place:
            changed, found = fix_depth(changed, new_of_old_place[rel], rel)
            problems.extend(found)
        if changed != text:
            print("rewrote", rel)
            if not dry_run:
                path.write_text(changed, encoding="utf-8")
    return problems


def acceptance_conftest(dry_run: bool) -> None:
    """The cross-cutting suites drive screens with the GUI fixtures of tests/ui."""
    ui_conftest = ROOT / "tests/ui/conftest.py"
    target = ROOT / "tests/acceptance/conftest.py"
    if target.exists() or not ui_conftest.exists():
        return
    tree = ast.parse(ui_conftest.read_text(encoding="utf-8"))
    fixtures = sorted(
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any("fixture" in ast.unparse(decorator) for decorator in node.decorator_list)
    )
    names = "".join(f"    {name},\n" for name in fixtures)
    quoted = "".join(f'    "{name}",\n' for name in fixtures)
    body = (
        '"""The cross-cutting suites drive the screens with the same fixtures as tests/ui."""\n\n'
        "from __future__ import annotations\n\n"
        f"from tests.ui.conftest import (\n{names})\n\n"
        f"# Fixtures, imported to be found here.\n__all__ = [\n{quoted}]\n"
    )
    print("write tests/acceptance/conftest.py")
    if not dry_run:
        target.write_text(body, encoding="utf-8")
        git("add", "tests/acceptance/conftest.py", dry_run=dry_run)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    args = parser.parse_args(argv)
    dry_run: bool = args.dry_run

    moves, guessed = plan_moves()
    if not moves:
        print("Nothing to move: the tests already mirror the package.")
        return 0
    for folder, doc in NEW_PACKAGES.items():
        init = ROOT / folder / "__init__.py"
        if not init.exists():
            print("create", init.relative_to(ROOT))
            if not dry_run:
                init.parent.mkdir(parents=True, exist_ok=True)
                init.write_text(f'"""{doc}"""\n', encoding="utf-8")
                git("add", init.relative_to(ROOT).as_posix(), dry_run=dry_run)
    for old, new in sorted(moves.items()):
        if not dry_run:
            (ROOT / new).parent.mkdir(parents=True, exist_ok=True)
        git("mv", old, new, dry_run=dry_run)
    problems = rewrite(moves, dry_run)
    acceptance_conftest(dry_run)
    for folder in OLD_FOLDERS:
        left = [p for p in (ROOT / folder).glob("*") if p.name not in {"__init__.py", "__pycache__"}]
        if (ROOT / folder / "__init__.py").exists() and not left:
            git("rm", "-q", f"{folder}/__init__.py", dry_run=dry_run)
    if guessed:
        print("\nPlaced by rule (check they sit where they belong):")
        print("\n".join(f"  {line}" for line in guessed))
    leftovers = []
    for path in text_files():
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(r"tests[./](unit|gui)\b", line) and path.name != "mirror_tests.py":
                leftovers.append(f"  {path.relative_to(ROOT)}:{number}: {line.strip()}")
    if problems or (leftovers and not dry_run):
        print("\nStill naming the old layout (fix by hand):")
        print("\n".join([*(f"  {p}" for p in problems), *leftovers]))
    print("\nDone. Check with: ruff check . && mypy && pytest --collect-only -q; then commit.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
