"""SVG -> vector PDF with QPdfWriter: text stays text with embedded fonts, shapes stay shapes."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from app import atomic
from app.render import qtenv
from app.render.compose import Composition
from app.render.raster import svg_renderer


def write_pdf(comp: Composition, path: Path) -> None:
    """Vector PDF: text stays text with embedded fonts, shapes stay shapes. Written atomically."""
    qtenv.ensure_app()
    atomic.replace_with(Path(path), lambda tmp: _paint(comp, tmp))


def _paint(comp: Composition, tmp: Path) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    fmt = comp.format
    dpi = fmt.dpi if fmt.dpi != 72 else 96  # social formats: 1 px = 1 CSS px
    size_mm = QSizeF(fmt.width * 25.4 / dpi, fmt.height * 25.4 / dpi)
    writer = QPdfWriter(str(tmp))
    writer.setResolution(dpi)
    writer.setPageLayout(QPageLayout(QPageSize(size_mm, QPageSize.Unit.Millimeter),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(comp.report.template)
    writer.setCreator("Diplomat Studio")
    painter = QPainter(writer)
    svg_renderer(comp.svg).render(painter, QRectF(0, 0, writer.width(), writer.height()))
    if not painter.end() or not _complete(tmp):  # Qt may not notice a full disk: check the file
        free = shutil.disk_usage(tmp.parent).free
        raise OSError(errno.ENOSPC if free < 4 * 1024 * 1024 else errno.EIO, "the PDF could not be written")


def _complete(path: Path) -> bool:
    """A whole PDF ends with its %%EOF marker; a write cut short by a full disk does not."""
    try:
        with open(path, "rb") as handle:
            handle.seek(max(0, path.stat().st_size - 32))
            return b"%%EOF" in handle.read()
    except OSError:
        return False


class PdfBook:
    """A multi-page vector PDF written page by page into `path` (a temporary file the caller
    owns): fonts are embedded once for the whole book. Every page has the format's size."""

    def __init__(self, path: Path, fmt):
        from PySide6.QtCore import QMarginsF, QSizeF
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

        qtenv.ensure_app()
        dpi = fmt.dpi if fmt.dpi != 72 else 96  # as write_pdf: social formats are 1 px = 1 CSS px
        self._writer = QPdfWriter(str(path))
        self._writer.setResolution(dpi)
        size_mm = QSizeF(fmt.width * 25.4 / dpi, fmt.height * 25.4 / dpi)
        self._writer.setPageLayout(QPageLayout(QPageSize(size_mm, QPageSize.Unit.Millimeter),
                                               QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        self._writer.setCreator("Diplomat Studio")
        self._painter = QPainter(self._writer)
        self._path = Path(path)
        self.pages = 0

    def add(self, svg: str) -> None:
        from PySide6.QtCore import QRectF

        if self.pages:
            self._writer.newPage()
        svg_renderer(svg).render(self._painter, QRectF(0, 0, self._writer.width(), self._writer.height()))
        self.pages += 1

    def close(self) -> None:
        if not self._painter.end() or not _complete(self._path):
            free = shutil.disk_usage(self._path.parent).free
            raise OSError(errno.ENOSPC if free < 4 * 1024 * 1024 else errno.EIO, "the PDF could not be written")
