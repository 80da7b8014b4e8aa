"""The editor: form (left), live preview (centre), checklist and caption (right).

Renders and checks run off the GUI thread through LatestOnly workers: a keystroke schedules a
render after a short debounce. At most one render runs; edits made meanwhile wait as one
request for the newest text. Every finished render is shown, so the preview follows a fast
typist, but only a render of the latest edit is announced (`rendered`) and checked: the
checklist runs on that same render right after."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.checklist import check_design
from app.checklist.fixes import apply_fix
from app.errors import DiplomatError
from app.model.design import ImageRef
from app.output.alttext import auto_alt_text
from app.render.raster import render
from app.render.values import image_value

from .banner import KitBanner
from .caption_panel import CaptionPanel
from .checklist_panel import ChecklistPanel
from .form import FieldForm
from .preview import PreviewPane
from .worker import LatestOnly, run_in_background

DEBOUNCE_MS = 20
# Qt's readers for the same formats app.render.images lets Pillow open. Qt's SVG reader would
# follow file paths in a "photo" that is really SVG.
SAFE_QT_FORMATS = {"jpeg", "jpg", "png", "webp", "gif", "bmp", "tiff", "tif"}


def _render_pixels(design, library, scale: float):
    """Compose and rasterise in the worker: the preview needs the pixels, and drawing them on
    first use would otherwise happen on the GUI thread."""
    rendered = render(design, library, scale)
    rendered.image.load()  # Rendered draws lazily: draw here, not on the GUI thread
    return rendered


class EditorPage(QWidget):
    rendered = Signal(float)  # seconds from the edit to the preview on screen
    failed = Signal(object)

    def __init__(self, doc, lang: str, platform: str, parent=None):
        super().__init__(parent)
        self.doc, self.lang, self.platform = doc, lang, platform
        self.form = FieldForm(doc, lang, self._load_thumbnail, self)
        self.preview = PreviewPane(doc, lang, self)
        self.checklist = ChecklistPanel(doc, lang, self)
        self.caption = CaptionPanel(doc, lang, platform, self)
        side = QTabWidget(self)
        side.addTab(self.checklist, self.tr("Checklist"))
        side.addTab(self.caption, self.tr("Keterangan"))
        self.side = side
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.form)
        split.addWidget(self.preview)
        split.addWidget(side)
        split.setSizes([340, 620, 360])
        self.banner = KitBanner(self)  # after an export: where the kit went, open folder / report
        column = QVBoxLayout(self)
        column.addWidget(self.banner)
        column.addWidget(split)
        self.layout().setContentsMargins(4, 4, 4, 4)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._render_job = LatestOnly(self._on_rendered, self._on_failed, self)
        self._check_job = LatestOnly(self._on_checked, self._on_failed, self)
        self._edit_started = time.perf_counter()
        self._last_render = None
        self.report = None  # the latest checklist report, for the export dialog and tests
        self._connect()
        self.schedule()

    def _connect(self) -> None:
        self.doc.changed.connect(self.schedule)
        self.doc.checklist_inputs_changed.connect(self._run_check)
        self._debounce.timeout.connect(self._on_debounce)
        self.form.image_requested.connect(self._on_image_requested)
        self.preview.format_chosen.connect(self._on_format)
        self.preview.field_clicked.connect(self.focus_field)
        self.preview.image.photo_state = self._photo_state
        self.preview.image.drag_started.connect(lambda _key: self.doc.undo_stack.beginMacro(self.tr("Geser foto")))
        self.preview.image.drag_finished.connect(lambda _key: self.doc.undo_stack.endMacro())
        self.preview.image.photo_moved.connect(lambda key, x, y: self._set_photo(key, focus=(x, y)))
        self.preview.image.photo_zoomed.connect(lambda key, zoom: self._set_photo(key, zoom=zoom))
        self.preview.slide_chosen.connect(self._on_slide)
        self.checklist.finding_activated.connect(self.show_finding)
        self.checklist.fix_requested.connect(self._on_fix)
        self.checklist.business_number.connect(self._on_business_number)
        self.checklist.alt_text_requested.connect(self._on_alt_text)
        self.checklist.undo_requested.connect(self.doc.undo_stack.undo)
        self.checklist.source_requested.connect(self._on_source)
        self.caption.platform_changed.connect(self._on_platform)

    def schedule(self) -> None:
        self._edit_started = time.perf_counter()
        self._debounce.start()

    def _on_debounce(self) -> None:
        design, library, scale = self.doc.snapshot(), self.doc.library, self.preview.render_scale()
        self._render_job.submit(lambda: _render_pixels(design, library, scale))

    def _on_rendered(self, rendered) -> None:
        self.preview.show_render(rendered)
        if self._render_job.busy:  # a newer edit is being rendered: announce and check that one
            return
        self._last_render = rendered
        self.rendered.emit(time.perf_counter() - self._edit_started)
        self._run_check()

    def _run_check(self) -> None:
        if self._last_render is None:
            return
        design, rendered, platform = self.doc.snapshot(), self._last_render, self.platform
        self._check_job.submit(lambda: check_design(design, rendered, platform))

    def _on_checked(self, report) -> None:
        if self._check_job.busy:  # a check of newer inputs is running
            return
        self.report = report
        self.checklist.show_report(report)

    def _on_failed(self, exc) -> None:
        if isinstance(exc, DiplomatError):
            self.preview.show_error(exc.message(self.lang))
        else:
            self.failed.emit(exc)

    def _on_format(self, fmt: str) -> None:
        """Which format the preview shows is a view, as the slide is: the design is not marked
        unsaved (the format is still saved with it, and exports choose their own formats)."""
        self.doc.design.format = fmt
        self.doc.field_changed.emit("format")
        self.schedule()

    def _on_slide(self, slide: int) -> None:
        """Which slide the preview shows is a view of the design, not an edit: nothing to save."""
        self.doc.design.slide = slide
        self.schedule()

    def _on_platform(self, platform: str) -> None:
        self.platform = platform
        self._run_check()

    def _photo_state(self, key: str):
        """(focus, zoom) of the photo the preview shows for `key` (a sample too), or None."""
        value = image_value(self.doc.design, self.doc.template, key)
        return (value.focus, value.zoom) if value is not None else None

    def _set_photo(self, key: str, **change) -> None:
        """A drag's focus or the wheel's zoom: one undo step per drag (a macro), and turns of
        the wheel merge into one."""
        text = self.tr("Perbesar foto") if "zoom" in change else self.tr("Geser foto")
        self.doc.set_photo(key, merge=True, text=text, **change)

    def _on_image_requested(self, key: str, path: str) -> None:
        self.doc.set_image(key, ImageRef(path))

    def show_finding(self, field: str | None, span=None) -> None:
        """Take the user to a finding's field (the caption tab for the caption's own fields)."""
        if not field:
            return
        if field in CaptionPanel.FIELDS:
            self.side.setCurrentWidget(self.caption)
            self.caption.focus_field(field)
        else:
            self.focus_field(field, span)

    def focus_field(self, field: str, span=None) -> None:
        self.form.focus_field(field, span)

    def focus_first_field(self) -> None:
        self.form.focus_first()

    def _on_fix(self, finding) -> None:
        try:
            new = apply_fix(self.doc.design, finding.fix, self.doc.values())
        except DiplomatError as exc:
            self.preview.show_error(exc.message(self.lang))
            return
        self.doc.replace_design(new, self.tr("Perbaikan {rule}").format(rule=finding.rule))

    def _on_business_number(self, finding) -> None:
        """The user says the number is the shop's own contact: remembered with the design, so
        the checklist stops asking to mask it (the brand kit can hold it for every design)."""
        try:
            text = str(self.doc.values().get(finding.field.split(".")[0]) or "")
        except DiplomatError:
            return
        number = text[finding.span[0]:finding.span[1]] if finding.span else ""
        if number and number not in self.doc.design.business_numbers:
            self.doc.set_attr("business_numbers", [*self.doc.design.business_numbers, number], merge=False,
                              text=self.tr("Tandai nomor usaha"))

    def _on_alt_text(self) -> None:
        """An alt text made from the poster's fields, in the Keterangan tab, for the user to edit."""
        try:
            text = auto_alt_text(self.doc.snapshot(), self.doc.template)
        except DiplomatError as exc:
            self.preview.show_error(exc.message(self.lang))
            return
        self.doc.set_attr("alt_text", text, merge=False, text=self.tr("Teks alternatif dari isi poster"))
        self.side.setCurrentWidget(self.caption)
        self.caption.focus_field("alt_text")

    def _on_source(self) -> None:
        """Where the poster says where its facts come from: the template's source field, or
        else a "Sumber: " line at the end of the caption, for the user to finish."""
        field = next((f.key for f in self.doc.template.manifest.fields if f.key.startswith("sumber")), None)
        if field is not None:
            self.focus_field(field)
            return
        caption = self.doc.design.caption
        if "sumber:" not in caption.lower():
            start = self.tr("Sumber: ")
            self.doc.set_attr("caption", f"{caption.rstrip()}\n{start}" if caption.strip() else start, merge=False,
                              text=self.tr("Tambahkan sumber"))
        self.side.setCurrentWidget(self.caption)
        self.caption.focus_field("caption")

    def _load_thumbnail(self, path: str, callback) -> None:
        """Decode a photo for the form's thumbnail off the GUI thread, at thumbnail size."""
        def job():
            reader = QImageReader(path)
            reader.setDecideFormatFromContent(True)
            if bytes(reader.format().data()).decode().lower() not in SAFE_QT_FORMATS:
                return QImage()  # SVG, PDF or anything else: never decoded, even for a thumbnail
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid():
                reader.setScaledSize(size.scaled(QSize(480, 300), Qt.AspectRatioMode.KeepAspectRatio))
            return reader.read()
        run_in_background(job, callback, lambda exc: None, self)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.schedule()

