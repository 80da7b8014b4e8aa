"""SVG -> pixels with QtSvg (offscreen), and SVG -> vector PDF with QPdfWriter.

A render depends only on its inputs and the bundled resources: each call builds its own
QSvgRenderer and QImage, so the preview thread and batch workers never share state.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from . import formats, qtenv
from .compose import Composition, compose
from .design import Design
from .errors import TemplateError
from .templating.library import Library


@dataclass
class Rendered:
    image: Image.Image  # RGB, format size x scale
    composition: Composition


def _renderer(svg: str):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise TemplateError("QtSvg tidak bisa membaca SVG template.", "QtSvg cannot read the template SVG.")
    return renderer


def rasterize(svg: str, width: int, height: int, scale: float = 1.0) -> Image.Image:
    """Draw the SVG onto a white canvas of (width, height) x scale; return a Pillow RGB image."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    formats.check_scale(width, height, scale)
    qtenv.ensure_app()
    renderer = _renderer(svg)
    w, h = max(1, round(width * scale)), max(1, round(height * scale))
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    renderer.render(painter, QRectF(0, 0, w, h))
    painter.end()
    # Format_RGB32 is 0xffRRGGBB per pixel: little-endian bytes B, G, R, X. Pillow unpacks the
    # memoryview into its own RGB buffer (rawmode differs from mode, so nothing is shared);
    # bytes(constBits()) would cost an extra 6 ms copy.
    if sys.byteorder != "little":
        image = image.convertToFormat(QImage.Format.Format_RGBX8888)
        return Image.frombuffer("RGB", (w, h), image.constBits(), "raw", "RGBX",
                                image.bytesPerLine(), 1).copy()
    return Image.frombuffer("RGB", (w, h), image.constBits(), "raw", "BGRX", image.bytesPerLine(), 1)


def render(design: Design, library: Library, scale: float = 1.0) -> Rendered:
    comp = compose(design, library, scale)
    return Rendered(rasterize(comp.svg, comp.format.width, comp.format.height, scale), comp)


def write_pdf(comp: Composition, path: Path) -> None:
    """Vector PDF: text stays text with embedded fonts, shapes stay shapes."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    qtenv.ensure_app()
    fmt = comp.format
    dpi = fmt.dpi if fmt.dpi != 72 else 96  # social formats: 1 px = 1 CSS px
    size_mm = QSizeF(fmt.width * 25.4 / dpi, fmt.height * 25.4 / dpi)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(dpi)
    writer.setPageLayout(QPageLayout(QPageSize(size_mm, QPageSize.Unit.Millimeter),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(comp.report.template)
    writer.setCreator("Diplomat Studio")
    painter = QPainter(writer)
    _renderer(comp.svg).render(painter, QRectF(0, 0, writer.width(), writer.height()))
    ok = painter.end()
    if not ok or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        raise OSError(f"cannot write {path}")
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)
