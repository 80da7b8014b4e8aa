"""The app icon for the windows, drawn from the bundled SVG (app.resources.app_icon) at the sizes
a window manager asks for. QSvgRenderer draws it, so the icon needs no image-format plugin: a
lean bundle that leaves Qt's SVG plugins out still shows it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app import resources

SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache  # drawn once per process; both windows and the About dialog share it
def window_icon() -> QIcon:
    renderer = QSvgRenderer(str(resources.app_icon()))
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_draw(renderer, size))
    return icon


def _draw(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pixmap
