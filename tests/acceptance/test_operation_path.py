"""Every change a screen makes goes through ui/operations.py: no screen catches the app's
own errors itself, so none can word them its own way, forget to say them, or forget to
tell the other screens. Read from the source with ``ast``; no Qt needed."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "smartgoals_app" / "ui"

# The errors the operation path words for the user (KeyError: NotFoundError is one).
WATCHED = frozenset({"ValidationError", "StorageError", "NotFoundError", "KeyError", "RuleError"})

# Modules that are the path itself, or what is left when everything else failed.
ALLOWED_MODULES: dict[str, str] = {
    "operations.py": "the operation path itself: the one place that turns the app's errors into words",
    "error_report.py": "the last resort for what nothing else caught",
}

# (module, function) -> (the errors it may name, why it is not a screen's change).
ALLOWED: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("file_open.py", "open_or_recover"): (
        frozenset({"StorageError"}),
        "opening the database before any window exists: the failure is about the file, "
        "said with the offer of a backup",
    ),
    ("server_app.py", "open_server_window"): (
        frozenset({"StorageError"}),
        "opening the server database before any window exists: the failure is about the "
        "address or the server, said in one dialog",
    ),
    ("app.py", "_run_app"): (
        frozenset({"StorageError"}),
        "opening the file's window before it exists: a file left with no workspace to open "
        "is said in one dialog",
    ),
    ("report/command.py", "_export"): (
        frozenset({"StorageError"}),
        "the command line: no window to speak through; one sentence on stderr and a non-zero exit",
    ),
    ("single_instance.py", "server_name"): (
        frozenset({"KeyError"}),
        "getpass.getuser() raises KeyError for a user missing from the password database; "
        "no service involved",
    ),
    ("plan/repeat_form.py", "RepeatForm._load"): (
        frozenset({"RuleError"}),
        "reads a stored repeat rule to fill the form; one it cannot read opens as a custom "
        "rule, nothing is saved",
    ),
    ("plan/task_editor.py", "TaskEditor._load_rule"): (
        frozenset({"RuleError"}),
        "reads the task's stored rule to fill the editor; nothing is saved",
    ),
    ("plan/task_editor.py", "TaskEditor._update"): (
        frozenset({"RuleError"}),
        "says what is wrong with the rule next to it while it is typed; nothing is saved",
    ),
    ("wizard/plan.py", "PlanPage._rule_changed"): (
        frozenset({"RuleError"}),
        "says what is wrong with a draft task's rule next to it while it is typed; nothing is saved",
    ),
    ("wizard/plan.py", "PlanPage._line"): (
        frozenset({"RuleError"}),
        "a draft task's line in the list while it is typed; nothing is saved",
    ),
    ("wizard/plan.py", "PlanPage.on_refresh"): (
        frozenset({"RuleError"}),
        "a draft task's summary while it is typed; nothing is saved",
    ),
    ("wizard/review.py", "ReviewPage.on_refresh"): (
        frozenset({"RuleError"}),
        "the review page shows an unreadable rule as such; nothing is saved",
    ),
}


@dataclass(frozen=True)
class Catch:
    module: str  # relative to smartgoals_app/ui, with forward slashes
    function: str  # Class.method, or the function's name, or "<module>"
    names: frozenset[str]
    line: int

    def __str__(self) -> str:
        return f"ui/{self.module}:{self.line} in {self.function}: except {', '.join(sorted(self.names))}"


def _names(node: ast.expr | None) -> set[str]:
    if node is None:
        return set()
    if isinstance(node, ast.Tuple):
        return {name for element in node.elts for name in _names(element)}
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Attribute):  # database.StorageError
        return {node.attr}
    return set()


class _Finder(ast.NodeVisitor):
    def __init__(self, module: str) -> None:
        self.module = module
        self.scope: list[str] = []
        self.found: list[Catch] = []

    def _enter(self, node: ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_ClassDef = _enter
    visit_FunctionDef = _enter
    visit_AsyncFunctionDef = _enter

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        watched = _names(node.type) & WATCHED
        if watched:
            function = ".".join(self.scope[:2]) if self.scope else "<module>"
            self.found.append(Catch(self.module, function, frozenset(watched), node.lineno))
        self.generic_visit(node)


def catches(root: Path = UI) -> Iterator[Catch]:
    """Every ``except`` under ``root`` that names one of the watched errors."""
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root).as_posix()
        finder = _Finder(module)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        yield from finder.found


def refused(found: list[Catch]) -> list[str]:
    """The catches no rule above allows."""
    wrong = []
    for catch in found:
        if catch.module in ALLOWED_MODULES:
            continue
        allowed, _why = ALLOWED.get((catch.module, catch.function), (frozenset(), ""))
        if not catch.names <= allowed:
            wrong.append(str(catch))
    return wrong


@pytest.fixture(scope="module")
def screen_catches() -> list[Catch]:
    return list(catches())


def test_no_screen_catches_the_apps_errors_itself(screen_catches: list[Catch]) -> None:
    assert refused(screen_catches) == [], (
        "run the change through Operations.run (ui/operations.py) instead; a form that "
        "shows refusals next to its fields passes on_invalid"
    )


def test_every_allowed_exception_is_still_needed(screen_catches: list[Catch]) -> None:
    """The allowances shrink as code moves to the path; a stale one would hide a new catch."""
    used = {(c.module, c.function) for c in screen_catches}
    assert [key for key in ALLOWED if key not in used] == []


def test_the_finder_sees_every_way_of_naming_an_error(tmp_path: Path) -> None:
    (tmp_path / "screen.py").write_text(
        "class Screen:\n"
        "    def save(self):\n"
        "        try:\n"
        "            pass\n"
        "        except (ValueError, database.StorageError):\n"
        "            pass\n"
        "        except KeyError as exc:\n"
        "            pass\n"
        "        except OSError:\n"
        "            pass\n",
        encoding="utf-8",
    )
    found = list(catches(tmp_path))
    assert [(c.function, sorted(c.names), c.line) for c in found] == [
        ("Screen.save", ["StorageError"], 5),
        ("Screen.save", ["KeyError"], 7),
    ]
    assert len(refused(found)) == 2


# -- dialogs reach the user through the prompts object ---------------------------------
TESTS = Path(__file__).resolve().parents[1]
PACKAGE = UI.parent
DIALOG_PREFIXES = ("ask_", "choose_", "show_")

# (test file relative to tests/, the function patched) -> why it may still be patched.
PATCH_ALLOWED: dict[tuple[str, str], str] = {}


def _ui_modules(tree: ast.Module) -> set[str]:
    """The names a test file binds to modules of smartgoals_app.ui (not to their classes)."""
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("smartgoals_app.ui"):
            folder = PACKAGE.parent.joinpath(*node.module.split("."))
            for alias in node.names:
                if (folder / f"{alias.name}.py").exists() or (folder / alias.name).is_dir():
                    bound.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("smartgoals_app.ui.") and alias.asname:
                    bound.add(alias.asname)
    return bound


def dialog_patches(root: Path = TESTS) -> Iterator[tuple[str, str, int]]:
    """Every ``monkeypatch.setattr`` under ``root`` that replaces a dialog function
    (ask_*, choose_*, show_*) of a smartgoals_app.ui module: (file, function, line)."""
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        modules = _ui_modules(tree)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setattr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "monkeypatch"
                and node.args
            ):
                continue
            target, *rest = node.args
            name = ""
            if isinstance(target, ast.Constant) and isinstance(target.value, str):  # "pkg.module.name"
                module, _dot, name = target.value.rpartition(".")
                if not module.startswith("smartgoals_app.ui"):
                    continue
            elif rest and isinstance(rest[0], ast.Constant) and isinstance(rest[0].value, str):
                if not (isinstance(target, ast.Name) and target.id in modules):
                    continue
                name = rest[0].value
            if name.startswith(DIALOG_PREFIXES):
                yield path.relative_to(root).as_posix(), name, node.lineno


@pytest.fixture(scope="module")
def patches() -> list[tuple[str, str, int]]:
    """Every test file parsed once for the two tests that read them (a second)."""
    return list(dialog_patches())


def test_no_test_patches_a_dialog_function(patches: list[tuple[str, str, int]]) -> None:
    found = [
        f"tests/{file}:{line} patches {name}"
        for file, name, line in patches
        if (file, name) not in PATCH_ALLOWED
    ]
    assert found == [], (
        "answer the screen's prompts object instead (tests/ui/prompts.py): screens reach "
        "the user through ops.prompts, passed in their constructor"
    )


def test_every_allowed_dialog_patch_is_still_needed(patches: list[tuple[str, str, int]]) -> None:
    used = {(file, name) for file, name, _line in patches}
    assert [key for key in PATCH_ALLOWED if key not in used] == []


def test_the_patch_finder_sees_every_way_of_naming_a_dialog(tmp_path: Path) -> None:
    (tmp_path / "test_screen.py").write_text(
        "from smartgoals_app.ui import dialogs\n"
        "from smartgoals_app.ui.dashboard import export\n"
        "from smartgoals_app.ui.main_window import MainWindow\n"
        "import smartgoals_app.ui.data_transfer as transfer\n"
        "from PySide6.QtWidgets import QFileDialog\n"
        "def test_it(monkeypatch):\n"
        "    monkeypatch.setattr(dialogs, 'show_error', print)\n"
        "    monkeypatch.setattr(export, 'choose_export_path', print)\n"
        "    monkeypatch.setattr(transfer, 'ask_folder', print)\n"
        "    monkeypatch.setattr('smartgoals_app.ui.dialogs.ask_yes_no', print)\n"
        "    monkeypatch.setattr(QFileDialog, 'getSaveFileName', print)\n"
        "    monkeypatch.setattr(MainWindow, 'show_help', print)\n"
        "    monkeypatch.setattr(export, 'export_folder', print)\n",
        encoding="utf-8",
    )
    assert list(dialog_patches(tmp_path)) == [
        ("test_screen.py", "show_error", 7),
        ("test_screen.py", "choose_export_path", 8),
        ("test_screen.py", "ask_folder", 9),
        ("test_screen.py", "ask_yes_no", 10),
    ]
