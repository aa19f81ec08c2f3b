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

Plurals are written the way Qt wants them: ``self.tr("%Ln day(s)", None, count)``, the
"(s)" marking the English plural ending. ``smartgoals_en.ts`` holds only those messages
(``lupdate -pluralonly``) with their English singular and plural, filled in here from the
"(s)"; every language falls back to it, so an English screen says "1 day" and "2 days".
A plural that "(s)" cannot spell ("entry/entries") is left unfinished for a person to
write in pyside6-linguist, and tests/acceptance/test_packaging.py says so.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "smartgoals_app"
CATALOGUES = ROOT / "smartgoals_app" / "resources" / "translations"
ENGLISH = CATALOGUES / "smartgoals_en.ts"  # the plural forms only


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
        only = ["-pluralonly"] if ts == ENGLISH else []
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *only, *sources, "-ts", str(ts)], check=True)
    fill_english_plurals(ENGLISH)


def english_plurals(source: str) -> tuple[str, str] | None:
    """("%Ln day", "%Ln days") from "%Ln day(s)"; None when "(s)" does not spell it."""
    if "(s)" not in source:
        return None
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english_plurals(ts: Path) -> None:
    """Write the singular and plural of each unfinished English plural message (empty, or
    guessed by lupdate from a moved message), keeping the file as lupdate wrote it otherwise."""
    if not ts.exists():
        return
    text = ts.read_text(encoding="utf-8")
    unfinished = re.compile(
        r"(<source>(?P<source>[^<]*)</source>\s*)<translation type=\"unfinished\">\s*"
        r"(?:<numerusform>[^<]*</numerusform>\s*)+</translation>"
    )

    def fill(match: re.Match[str]) -> str:
        forms = english_plurals(match.group("source"))
        if forms is None:
            return match.group(0)
        one, many = forms
        return (
            f"{match.group(1)}<translation>\n"
            f"            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n"
            f"        </translation>"
        )

    ts.write_text(unfinished.sub(fill, text), encoding="utf-8")


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
