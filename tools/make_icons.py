"""Render the app icon's PNG sizes from its SVG, and copy the SVG to where the window finds it.

    .venv/bin/python tools/make_icons.py

Source: packaging/linux/icons/<app id>.svg. Writes packaging/linux/icons/hicolor/<N>x<N>/apps/
<app id>.png for each size the desktop asks for, and resources/icons/app/<app id>.svg (the wheel
ships resources/, packaging/ is not part of it). rsvg-convert draws the PNGs when it is installed
(the renderer desktops use for hicolor icons); otherwise Qt's SVG renderer does, offscreen.
It also writes packaging/windows/diplomat-studio.ico and packaging/macos/diplomat-studio.icns
(Pillow, from the PNGs) for the Windows and macOS bundles.
Both outputs are committed; run this again after editing the SVG.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "id.diplomatstudio.DiplomatStudio"
SOURCE = ROOT / "packaging" / "linux" / "icons" / f"{APP_ID}.svg"
HICOLOR = SOURCE.parent / "hicolor"
APP_COPY = ROOT / "resources" / "icons" / "app" / f"{APP_ID}.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def _render_rsvg(rsvg: str, size: int, out: Path) -> None:
    subprocess.run([rsvg, "-w", str(size), "-h", str(size), "-o", str(out), str(SOURCE)], check=True)


def _render_qt(size: int, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs it alive)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    rsvg = shutil.which("rsvg-convert")
    for size in SIZES:
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if rsvg:
            _render_rsvg(rsvg, size, out)
        else:
            _render_qt(size, out)
        print(f"{out.relative_to(ROOT)}")
    from PIL import Image

    biggest = Image.open(png_path(SIZES[-1])).convert("RGBA")
    for out, sizes in ((ROOT / "packaging" / "windows" / "diplomat-studio.ico", [16, 24, 32, 48, 64, 128, 256]),
                       (ROOT / "packaging" / "macos" / "diplomat-studio.icns", [16, 32, 64, 128, 256, 512])):
        out.parent.mkdir(parents=True, exist_ok=True)
        biggest.save(out, sizes=[(n, n) for n in sizes])
        print(f"{out.relative_to(ROOT)}")
    APP_COPY.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, APP_COPY)
    print(f"{APP_COPY.relative_to(ROOT)} (copy)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
