"""Before the first window: can Qt open a display here?

When it cannot, Qt prints a paragraph about plugins and aborts the process (exit 134).
``missing_display`` finds the usual causes first, without creating a QApplication: no
display to connect to, or a system library of Qt's X11 platform plugin that is not
installed. It answers with one plain sentence naming what is missing, or None.
Linux and the X11 (xcb) platform only; elsewhere, and with other platforms (Wayland,
offscreen), Qt is left to it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# Debian and Ubuntu package of each library Qt's xcb plugin loads.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
_MISSING = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def _platform(environ: Mapping[str, str]) -> str:
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    package = Path(PySide6.__file__).parent
    for folder in (package / "Qt" / "plugins", package / "plugins"):
        plugin = folder / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin needs that cannot be loaded ([] when it loads)."""
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as exc:
        first = _MISSING.findall(str(exc))
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            listing = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
            )
            lines = listing.stdout.splitlines()
            found = [line.split("=>")[0].strip() for line in lines if "not found" in line]
            if found:
                return found
        except (OSError, subprocess.TimeoutExpired):
            pass
    return first or [plugin.name]


def can_connect(display: str) -> bool:
    """Whether an X server answers at ``display`` (libxcb's own connect, auth included)."""
    name = ctypes.util.find_library("xcb")
    if name is None:
        return True  # cannot tell: leave it to Qt
    xcb = ctypes.CDLL(name)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def missing_display(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """One sentence saying why no window can open here, or None when one can (or when
    this cannot be told before Qt tries)."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or _platform(env) != "xcb":
        return None
    plugin = xcb_plugin()
    if plugin is not None:
        missing = missing_libraries(plugin)
        if missing:
            packages = sorted({PACKAGES.get(library, library) for library in missing})
            return (
                f"SmartGoals cannot open its window because these system libraries are missing: "
                f"{', '.join(missing)} (on Debian or Ubuntu: sudo apt-get install {' '.join(packages)})."
            )
    display = env.get("DISPLAY", "")
    if not display:
        return "SmartGoals cannot open its window because no display was found (DISPLAY is not set)."
    if not can_connect(display):
        return f"SmartGoals cannot open its window because the display {display} does not answer."
    return None
