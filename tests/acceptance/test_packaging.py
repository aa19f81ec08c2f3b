"""The files that make SmartGoals an installed desktop program: icon, desktop entry,
AppStream metainfo. Validators run when installed (.ci/run installs them)."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from smartgoals_app import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
SVG_SOURCE = RESOURCES / "icons" / f"{APP_ID}.svg"
PACKAGE_ICONS = ROOT / "smartgoals_app" / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return path


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # hints count as failures too


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_names_the_app_its_command_and_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "smartgoals"  # the [project.gui-scripts] name


def test_metainfo_matches_the_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("launchable") == DESKTOP.name
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__, "add a <release> for the new version to the metainfo"


def test_package_svg_is_the_source_svg() -> None:
    assert (PACKAGE_ICONS / "smartgoals.svg").read_bytes() == SVG_SOURCE.read_bytes(), (
        "run python packaging/make_icons.py after editing the SVG"
    )


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_has_its_size(size: int) -> None:
    data = (PACKAGE_ICONS / f"smartgoals-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size)


def test_ico_holds_png_images_up_to_256() -> None:
    data = (PACKAGE_ICONS / "smartgoals.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sides = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sides.append(width or 256)
    assert {16, 32, 48, 256} <= set(sides)


def test_icns_holds_png_images_up_to_1024() -> None:
    data = (PACKAGE_ICONS / "smartgoals.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, position = [], 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        assert data[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def test_pyproject_ships_the_resources_in_the_wheel() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources/**/*"' in pyproject


def test_translation_catalogue_builds(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    written = translations.release(tmp_path)
    assert written
    for qm in written:
        committed = ROOT / "smartgoals_app" / "resources" / "translations" / qm.name
        assert qm.read_bytes() == committed.read_bytes(), "run python packaging/translations.py"


def test_translation_catalogue_holds_every_wrapped_string(
    known_messages: set[tuple[str, str]], tmp_path: Path
) -> None:
    """The committed .ts holds exactly what lupdate collects from the code now, so no
    wrapped string is missing for translators and none is left over."""
    from xml.etree import ElementTree

    from tests.ui.i18n_audit import extracted_messages

    every, plurals = known_messages, extracted_messages(tmp_path, plural_only=True)
    assert plurals <= every
    for ts in (ROOT / "smartgoals_app" / "resources" / "translations").glob("*.ts"):
        now = plurals if ts.name == "smartgoals_en.ts" else every  # English: its plurals only
        committed = {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in ElementTree.parse(ts).getroot().iter("context")
            for message in context.iter("message")
            if (translation := message.find("translation")) is None
            or translation.get("type") not in ("obsolete", "vanished")
        }
        assert sorted(now - committed) == [], f"{ts.name}: run python packaging/translations.py"
        assert sorted(committed - now) == [], f"{ts.name}: run python packaging/translations.py"


CATALOGUES = ROOT / "smartgoals_app" / "resources" / "translations"


def _messages(ts: Path) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, translation type) of every message in ``ts``, once
    per plural form."""
    from xml.etree import ElementTree

    found: list[tuple[str, str, str, str | None]] = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            # A plural message has a form per number; each must stand on its own.
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found.extend(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    form,
                    translation.get("type"),
                )
                for form in forms
            )
    return found


def test_german_is_complete_and_keeps_every_field_and_key() -> None:
    """A German user sees no English: every message is translated, and each translation
    keeps the {fields} the code fills in and one Alt-key mnemonic where the source has one."""
    import re

    fields = re.compile(r"\{[^{}]*\}")

    def mnemonics(text: str) -> int:
        return len(re.findall(r"&(?!&|[a-z]+;|#\d+;)\w", text.replace("&&", "")))

    wrong = []
    for context, source, german, kind in _messages(CATALOGUES / "smartgoals_de.ts"):
        where = f"{context}: {source!r}"
        if kind == "unfinished" or not german.strip():
            wrong.append(f"not translated: {where}")
        elif sorted(fields.findall(source)) != sorted(fields.findall(german)):
            wrong.append(f"fields differ: {where} -> {german!r}")
        elif mnemonics(source) != mnemonics(german):
            wrong.append(f"mnemonics differ: {where} -> {german!r}")
    assert wrong == [], "translate them with pyside6-linguist, then run python packaging/translations.py"


def test_build_scripts_parse() -> None:
    for script in ("build_linux.sh", "build_macos.sh"):
        subprocess.run(["bash", "-n", str(ROOT / "packaging" / script)], check=True)
    compile((ROOT / "packaging" / "smartgoals.spec").read_text(encoding="utf-8"), "smartgoals.spec", "exec")


def test_english_plurals_have_a_singular_and_a_plural() -> None:
    """Each "%Ln day(s)" message reads "1 day" / "2 days": two written forms, the count
    kept in each."""
    from xml.etree import ElementTree

    wrong = []
    for context in ElementTree.parse(CATALOGUES / "smartgoals_en.ts").getroot().iter("context"):
        for message in context.iter("message"):
            where = f"{context.findtext('name')}: {message.findtext('source')!r}"
            translation = message.find("translation")
            forms = (
                [] if translation is None else [form.text or "" for form in translation.iter("numerusform")]
            )
            if translation is not None and translation.get("type") == "unfinished":
                wrong.append(f"unfinished (lrelease leaves it out): {where}")
            elif message.get("numerus") != "yes":
                wrong.append(f"not a plural message: {where}")
            elif len(forms) != 2 or any("%Ln" not in form and "%n" not in form for form in forms):
                wrong.append(f"write its singular and plural in pyside6-linguist: {where} -> {forms}")
    assert wrong == []
