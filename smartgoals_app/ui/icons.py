"""The application icon, loaded from the PNGs shipped inside the package.

Every size from 16 to 512 pixels is added to one QIcon, so Qt picks a crisp image for any
device pixel ratio instead of scaling one bitmap. The files live in
``smartgoals_app/resources/icons`` so they are installed with the wheel and collected
by the packaged builds; ``packaging/make_icons.py`` renders them from the SVG source.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_dir() -> Path:
    """Folder of the icon files inside the installed package."""
    return Path(str(resources.files("smartgoals_app") / "resources" / "icons"))


def icon_files() -> dict[int, Path]:
    """The PNG for each size; raises FileNotFoundError naming the first one missing."""
    folder = icon_dir()
    files = {size: folder / f"smartgoals-{size}.png" for size in ICON_SIZES}
    for path in files.values():
        if not path.is_file():
            raise FileNotFoundError(f"SmartGoals icon missing from the installation: {path}")
    return files


def app_icon() -> QIcon:
    """The SmartGoals icon for windows, the tray and dialogs."""
    icon = QIcon()
    for path in icon_files().values():
        icon.addFile(str(path))
    return icon
