"""Update and compile the translation catalogues.

    python packaging/translations.py          # lupdate: collect new strings into every .ts
    python packaging/translations.py --check  # lrelease only, into a temporary folder (CI)
    python packaging/translations.py --add fr # start a catalogue for a new language

Strings are collected from all of smartgoals_app (``tr``/``translate`` in ui, and
``domain.text.translate`` elsewhere) with
pyside6-lupdate and compiled with pyside6-lrelease; both ship with PySide6-Essentials.
The compiled .qm files are committed beside the .ts files so the wheel carries them
without a build step. Add a language with ``--add <code>`` (e.g. ``--add fr``), translate
its .ts with pyside6-linguist, and run the script again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "smartgoals_app"
CATALOGUES = ROOT / "smartgoals_app" / "resources" / "translations"


def tool(name: str) -> str:
    """The PySide6 tool beside this Python, or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: pip install PySide6-Essentials")
    return found


def catalogues() -> list[Path]:
    """Every smartgoals_<code>.ts in the folder: adding a language is adding its file."""
    return sorted(CATALOGUES.glob("smartgoals_*.ts"))


def update(new: str | None = None) -> None:
    """Collect the code's strings into every catalogue (and a new one for ``new``)."""
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    targets = catalogues()
    if new is not None:
        targets.append(CATALOGUES / f"smartgoals_{new}.ts")  # lupdate creates it
    for ts in targets:
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)


def release(into: Path) -> list[Path]:
    written = []
    for ts in catalogues():
        qm = into / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compile into a temporary folder only")
    parser.add_argument("--add", metavar="CODE", help="start a catalogue for a new language, e.g. fr")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            for qm in release(Path(folder)):
                print(f"{qm.name}: {qm.stat().st_size} bytes")
        return 0
    update(args.add)
    for qm in release(CATALOGUES):
        print(f"{qm.relative_to(ROOT)}: {qm.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
