"""--single-pdf: every finished row's first format as one page of one PDF, in sheet order, for
printing certificates. Pages are drawn here, in the main process, from the SVG each worker
sends back; rows finish out of order, so a page waits until the rows before it are settled
(at most the rows in flight). Fonts are embedded once for the whole file."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from app import atomic
from app.batch.job import RowResult
from app.model import formats
from app.render import qtenv
from app.render.raster import svg_renderer


class SinglePdf:
    def __init__(self, path: Path, fmt: formats.Format):
        self.path, self.format = Path(path), fmt
        self._stage = atomic.staged(self.path)
        self._tmp = self._stage.__enter__()
        self._order: deque[int] = deque()
        self._waiting: dict[int, RowResult] = {}
        self._writer = self._painter = None
        self.pages = 0

    def expect(self, number: int) -> None:
        """Row `number` comes next in the sheet."""
        self._order.append(number)

    def add(self, result: RowResult) -> None:
        self._waiting[result.number] = result
        while self._order and self._order[0] in self._waiting:
            settled = self._waiting.pop(self._order.popleft())
            if settled.svg and settled.status in ("ok", "warn"):
                self._page(settled.svg)

    def _page(self, svg: str) -> None:
        from PySide6.QtCore import QRectF  # noqa: PLC0415 (Qt only when a PDF is asked for)

        if self._writer is None:
            self._open(svg)
        else:
            self._writer.newPage()
        svg_renderer(svg).render(self._painter, QRectF(0, 0, self._writer.width(), self._writer.height()))
        self.pages += 1

    def _open(self, svg: str) -> None:
        from PySide6.QtCore import QMarginsF, QSizeF  # noqa: PLC0415
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter  # noqa: PLC0415

        qtenv.ensure_app()
        fmt = self.format
        dpi = fmt.dpi if fmt.dpi != 72 else 96  # as render.pdf: social formats are 1 px = 1 CSS px
        writer = QPdfWriter(str(self._tmp))
        writer.setResolution(dpi)
        size_mm = QSizeF(fmt.width * 25.4 / dpi, fmt.height * 25.4 / dpi)
        writer.setPageLayout(QPageLayout(QPageSize(size_mm, QPageSize.Unit.Millimeter),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        writer.setCreator("Diplomat Studio")
        self._writer, self._painter = writer, QPainter(writer)

    def close(self) -> bool:
        """Finish the file with the pages made (a run cut short keeps its pages too). With no
        page at all (every row failed) no file is made; returns whether one was."""
        if self._painter is None:
            self._stage.__exit__(RuntimeError, RuntimeError("no page"), None)  # drops the temp file
            return False
        try:
            if not self._painter.end():
                raise OSError(5, "the PDF could not be written")
        except BaseException as exc:
            self._stage.__exit__(type(exc), exc, exc.__traceback__)
            raise
        self._stage.__exit__(None, None, None)
        return True
