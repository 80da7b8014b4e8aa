"""A live preview of any row of the sheet: the row as the batch would make it, rendered off the
GUI thread (LatestOnly), with previous/next, a row number to jump to and "next problem" from
the latest dry run. Under it, the row's status: what the check found, or why it cannot be
made."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from app.batch import mapping as columns_to_fields
from app.batch.report import STATUS
from app.errors import DiplomatError, SheetError
from app.model import formats
from app.model.design import Design, ImageRef
from app.render.raster import render

from .errors import show_error
from .preview import to_qimage
from .worker import LatestOnly

DEBOUNCE_MS = 30


def render_row(sheet, template, mapping: dict, number: int, fmt: str, brand, lang: str, library, scale: float):
    """In a worker: row `number` of `sheet` as the batch's per-row job builds its design, drawn
    at `scale`. A row the batch cannot use raises what the batch would record (RowProblem, a
    missing image's ImageError)."""
    rows = sheet.rows()
    try:
        row = next((r for r in rows if r.number == number), None)
    finally:
        rows.close()
    if row is None:
        raise SheetError(f"Baris {number} tidak ada lagi di lembar.", f"Row {number} is no longer in the sheet.")
    sheet_dir = Path(sheet.path).resolve().parent
    fields, images = columns_to_fields.row_values(row, mapping, template.manifest, sheet_dir)
    design = Design(template=template.id, format=fmt, lang=lang, fields=fields,
                    images={k: ImageRef(str(v)) for k, v in images.items()}, brand=copy.deepcopy(brand),
                    samples=False)  # as the batch makes it: what the sheet leaves out stays empty
    rendered = render(design, library, scale)
    rendered.image.load()  # drawn here, not on the GUI thread
    return number, rendered


def findings_text(result, lang: str, limit: int = 3) -> str:
    """A row's cause, or its first findings, in `lang`."""
    if result.cause:
        return result.cause.get(lang, "")
    return "; ".join(f"[{f.get('format')}] {f['message'].get(lang, '')}" for f in result.findings[:limit])


class RowPreviewPane(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session, self.lang = session, session.lang
        self.report = None  # the layout report of the row on screen, for tests and clicks
        self.shown_row: int | None = None
        self._problem = ""
        self.previous = QPushButton("◀", accessibleName=self.tr("Baris sebelumnya"))
        self.previous.setShortcut(QKeySequence("Alt+Left"))
        self.previous.setToolTip(self.tr("Baris sebelumnya (Alt+Kiri)"))
        self.next = QPushButton("▶", accessibleName=self.tr("Baris berikutnya"))
        self.next.setShortcut(QKeySequence("Alt+Right"))
        self.next.setToolTip(self.tr("Baris berikutnya (Alt+Kanan)"))
        self.row = QSpinBox(accessibleName=self.tr("Nomor baris"), keyboardTracking=False)
        self.position = QLabel()
        self.next_problem = QPushButton(self.tr("Masalah berikutnya"), accessibleName=self.tr("Masalah berikutnya"))
        self.next_problem.setShortcut(QKeySequence("F8"))
        self.next_problem.setToolTip(self.tr("Baris bermasalah berikutnya dari pemeriksaan (F8)"))
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, accessibleName=self.tr("Pratinjau baris"))
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setMinimumSize(200, 200)
        self.status = QLabel(wordWrap=True, accessibleName=self.tr("Status baris"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._job = LatestOnly(self._on_rendered, self._on_failed, self)
        self._connect()
        self._on_loaded()

    def _lay_out(self) -> None:
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addWidget(QLabel(self.tr("Baris")))
        nav.addWidget(self.row)
        nav.addWidget(self.next)
        nav.addWidget(self.position, 1)
        nav.addWidget(self.next_problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.previous.clicked.connect(lambda: self.session.step(-1))
        self.next.clicked.connect(lambda: self.session.step(1))
        self.row.valueChanged.connect(self._on_row_typed)
        self.next_problem.clicked.connect(self.session.next_problem)
        self._debounce.timeout.connect(self._on_debounce)
        self.session.loaded.connect(self._on_loaded)
        self.session.current_row_changed.connect(self._on_current_row_changed)
        self.session.mapping_changed.connect(self._debounce.start)
        self.session.formats_changed.connect(self._debounce.start)
        self.session.template_changed.connect(self._debounce.start)
        self.session.results_changed.connect(self._on_results_changed)

    # -- navigation ----------------------------------------------------------------------------
    def _on_loaded(self) -> None:
        numbers = self.session.sheet.numbers if self.session.sheet else []
        self.row.blockSignals(True)
        self.row.setRange(numbers[0] if numbers else 0, numbers[-1] if numbers else 0)
        self.row.blockSignals(False)
        for control in (self.previous, self.next, self.row):
            control.setEnabled(bool(numbers))
        self._on_results_changed()
        if not numbers:
            self.image.clear()
            self.status.setText(self.tr("Lembar ini tidak punya baris data.") if self.session.sheet else
                                self.tr("Pilih template dan lembar kerja untuk melihat pratinjau tiap baris."))

    def _on_row_typed(self, number: int) -> None:
        self.session.go_to(number)
        if self.session.current_row is not None and self.session.current_row != number:
            self._show_row_number(self.session.current_row)  # snapped to a row the sheet has

    def _on_current_row_changed(self, number: int) -> None:
        self._show_row_number(number)
        self._problem = ""
        self._update_status()
        self._debounce.start()

    def _show_row_number(self, number: int) -> None:
        self.row.blockSignals(True)
        self.row.setValue(number)
        self.row.blockSignals(False)
        numbers = self.session.sheet.numbers
        self.position.setText(self.tr("{i} dari {n}").format(i=numbers.index(number) + 1, n=len(numbers)))

    def _on_results_changed(self) -> None:
        self.next_problem.setEnabled(bool(self.session.problem_rows()))
        self._update_status()

    # -- rendering, off the GUI thread -----------------------------------------------------------
    def _scale(self, fmt: str) -> float:
        spec = formats.get(fmt)
        fit = min(max(1, self.image.width()) / spec.width, max(1, self.image.height()) / spec.height)
        return max(0.08, min(1.0, fit * self.devicePixelRatioF()))

    def _on_debounce(self) -> None:
        s = self.session
        if s.sheet is None or s.current_row is None:
            return
        fmt = s.preview_format()
        args = (s.sheet.plan.sheet, s.template, dict(s.mapping), s.current_row, fmt, s.brand, s.lang, s.library,
                self._scale(fmt))
        self._job.submit(lambda: render_row(*args))

    def _on_rendered(self, result) -> None:
        if self._job.busy:  # a newer row or mapping is being drawn
            return
        number, rendered = result
        self.report, self.shown_row, self._problem = rendered.composition.report, number, ""
        pix = QPixmap.fromImage(to_qimage(rendered.image))
        pix.setDevicePixelRatio(self.devicePixelRatioF())
        self.image.setPixmap(pix)
        self._update_status()

    def _on_failed(self, exc) -> None:
        if self._job.busy:
            return
        if not isinstance(exc, DiplomatError):
            show_error(self, exc, self.lang)  # a bug: logged, with the log's path to report it
            return
        self.report, self.shown_row = None, self.session.current_row
        self.image.clear()
        self.image.setText(self.tr("Baris ini tidak bisa dibuat."))
        self._problem = exc.message(self.lang)
        self._update_status()

    def _update_status(self) -> None:
        number = self.session.current_row
        if number is None:
            return
        result = self.session.results.get(number)
        if result is not None:
            detail = findings_text(result, self.lang)
            text = self.tr("Baris {n}: {status}").format(n=number, status=STATUS[self.lang].get(result.status,
                                                                                               result.status))
            text += f" — {detail}" if detail else ""
        else:
            text = self.tr("Baris {n}: belum diperiksa (tekan Periksa dulu).").format(n=number)
        images = self.session.image_problems.get(number, [])
        lines = [text] + [f"{key}: {why.get(self.lang, '')}" for key, _path, why in images]
        if self._problem and (result is None or not result.cause):
            lines.append(self._problem)
        missing = self.session.missing()
        if missing:
            lines.append(self.tr("Isian wajib belum punya kolom: {fields}").format(
                fields=", ".join(f.label.get(self.lang) for f in missing)))
        self.status.setText("\n".join(lines))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._debounce.start()
