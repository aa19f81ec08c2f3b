"""Render the application icon from its SVG source into every file a platform needs.

    python packaging/make_icons.py

Reads   resources/icons/io.github.smartgoals.SmartGoals.svg (the one source of truth)
Writes  smartgoals_app/resources/icons/smartgoals.svg       (a copy, shipped in the wheel)
        smartgoals_app/resources/icons/smartgoals-<N>.png    (N = 16 ... 512, for QIcon and Linux)
        smartgoals_app/resources/icons/smartgoals.ico        (Windows: PNG entries 16 ... 256)
        smartgoals_app/resources/icons/smartgoals.icns       (macOS: PNG entries 16 ... 1024)

Qt's own SVG renderer draws the PNGs, so no other image tool is needed. The .ico and .icns
containers are written here by hand: both formats are a small index followed by PNG data,
which Windows (Vista and later) and macOS (10.7 and later) read directly.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "io.github.smartgoals.SmartGoals.svg"
TARGET = ROOT / "smartgoals_app" / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns chunk types that hold PNG data, by pixel size (the @2x types reuse the larger images).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: Qt cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    sizes = [size for size in ICO_SIZES if size in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    TARGET.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, TARGET / "smartgoals.svg")
    pngs = {size: render_png(SOURCE, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, 1024})}
    for size in PNG_SIZES:
        (TARGET / f"smartgoals-{size}.png").write_bytes(pngs[size])
    (TARGET / "smartgoals.ico").write_bytes(ico_bytes(pngs))
    (TARGET / "smartgoals.icns").write_bytes(icns_bytes(pngs))
    del app
    for path in sorted(TARGET.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
