"""SVG -> vector PDF with QPdfWriter: text stays text with embedded fonts, shapes stay shapes."""

from __future__ import annotations

import os
from pathlib import Path

from app.render import qtenv
from app.render.compose import Composition
from app.render.raster import svg_renderer


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
    svg_renderer(comp.svg).render(painter, QRectF(0, 0, writer.width(), writer.height()))
    ok = painter.end()
    if not ok or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        raise OSError(f"cannot write {path}")
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)
