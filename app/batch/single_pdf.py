"""--single-pdf: every finished row's first format as one page of one PDF, in sheet order, for
printing certificates. Pages are drawn here, in the main process, from the SVG each worker
sends back (render.pdf.PdfBook: fonts embedded once for the whole file). Rows finish out of
order, so a page waits until the rows before it are settled: at most the rows in flight."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from app import atomic
from app.batch.job import RowResult
from app.model import formats
from app.render.pdf import PdfBook


class SinglePdf:
    def __init__(self, path: Path, fmt: formats.Format):
        self.path, self.format = Path(path), fmt
        self._stage = atomic.staged(self.path)
        self._tmp = self._stage.__enter__()
        self._order: deque[int] = deque()
        self._waiting: dict[int, RowResult] = {}
        self._book: PdfBook | None = None

    @property
    def pages(self) -> int:
        return self._book.pages if self._book else 0

    def expect(self, number: int) -> None:
        """Row `number` comes next in the sheet."""
        self._order.append(number)

    def add(self, result: RowResult) -> None:
        self._waiting[result.number] = result
        while self._order and self._order[0] in self._waiting:
            settled = self._waiting.pop(self._order.popleft())
            if settled.svg and settled.status in ("ok", "warn"):
                if self._book is None:
                    self._book = PdfBook(self._tmp, self.format)
                self._book.add(settled.svg)

    def close(self) -> bool:
        """Finish the file with the pages made (a run cut short keeps its pages too). With no
        page at all (every row failed) no file is made; returns whether one was."""
        if self._book is None:
            self._stage.__exit__(RuntimeError, RuntimeError("no page"), None)  # drops the temp file
            return False
        try:
            self._book.close()
        except BaseException as exc:
            self._stage.__exit__(type(exc), exc, exc.__traceback__)
            raise
        self._stage.__exit__(None, None, None)
        return True
