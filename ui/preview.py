"""The live preview in the middle of the editor: the poster as rendered off the GUI thread,
fitted to the pane at the screen's device pixel ratio, with a format switcher (and, for a
carousel, a slide stepper). A click on a text or photo asks for its field; a photo can be
dragged inside its frame and zoomed with the wheel (ui/photo_drag.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model import formats

from .photo_drag import PreviewImage


def to_qimage(image) -> QImage:
    """A Pillow RGB image as a QImage that owns its pixels."""
    data = image.tobytes()
    return QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()


class PreviewPane(QWidget):
    field_clicked = Signal(str)
    format_chosen = Signal(str)
    slide_chosen = Signal(int)  # a carousel's slide to show, from 0 (the cover)

    def __init__(self, doc, lang: str, parent=None):
        super().__init__(parent)
        self.doc, self.lang = doc, lang
        self.report = None
        self.formats = QComboBox(accessibleName=self.tr("Format"))
        for fmt in doc.template.manifest.formats:
            spec = formats.get(fmt)
            self.formats.addItem(spec.label(lang), fmt)
        self.image = PreviewImage(alignment=Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setAccessibleName(self.tr("Pratinjau poster"))
        self.image.setMinimumSize(240, 240)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Format:")))
        top.addWidget(self.formats, 1)
        self.slide_label = QLabel(self)
        self.prev_slide = QToolButton(self, text="◀", toolTip=self.tr("Slide sebelumnya (PgUp)"),
                                      accessibleName=self.tr("Slide sebelumnya"))
        self.next_slide = QToolButton(self, text="▶", toolTip=self.tr("Slide berikutnya (PgDown)"),
                                      accessibleName=self.tr("Slide berikutnya"))
        # PgUp/PgDown only while the preview has the focus: in a text field they move the cursor
        for key, step in (("PgUp", -1), ("PgDown", 1)):
            QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                      activated=lambda step=step: self._step_slide(step))
        for w in (self.prev_slide, self.slide_label, self.next_slide):
            top.addWidget(w)
            w.setVisible(bool(doc.template.manifest.slides))
        self.prev_slide.clicked.connect(lambda: self._step_slide(-1))
        self.next_slide.clicked.connect(lambda: self._step_slide(1))
        self._slides = (0, 1)
        # the story's safe areas, where Instagram and TikTok draw their own bar and buttons
        self.safe_guide = QCheckBox(self.tr("Area aman"), self, checked=True)
        self.safe_guide.setToolTip(self.tr("Tampilkan bagian story yang tertutup tombol aplikasi"))
        top.addWidget(self.safe_guide)
        self.safe_guide.toggled.connect(self._redraw)
        self._last = None
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.status)
        self.formats.currentIndexChanged.connect(lambda: self.format_chosen.emit(self.formats.currentData()))
        self.image.clicked.connect(self._on_image_clicked)
        self.doc.field_changed.connect(self._on_field_changed)
        self._sync_format()
        self._pixmap_scale = 1.0

    def _sync_format(self) -> None:
        self.formats.blockSignals(True)
        self.formats.setCurrentIndex(max(0, self.formats.findData(self.doc.design.format)))
        self.formats.blockSignals(False)

    def _on_field_changed(self, key: str) -> None:
        if key == "format":
            self._sync_format()

    def render_scale(self) -> float:
        """The scale that fills the pane at the screen's device pixel ratio (sharp on HiDPI)."""
        spec = formats.get(self.doc.design.format)
        fit = min(max(1, self.image.width()) / spec.width, max(1, self.image.height()) / spec.height)
        return max(0.08, min(1.0, fit * self.devicePixelRatioF()))

    def _redraw(self) -> None:
        if self._last is not None:
            self.show_render(self._last)

    def _guide(self, pix: QPixmap, spec) -> None:
        """Shade the story's top and bottom where the platform's controls sit, with a dashed
        edge: text and buttons belong between the two."""
        k = pix.width() / spec.width
        painter = QPainter(pix)
        pen = QPen(QColor("#E63946"), max(1.0, 2 * pix.devicePixelRatio()))
        pen.setStyle(Qt.PenStyle.DashLine)
        for y, h in ((0, spec.safe.top), (spec.height - spec.safe.bottom, spec.safe.bottom)):
            painter.fillRect(0, round(y * k), pix.width(), round(h * k), QColor(230, 57, 70, 70))
            edge = round((y + h if y == 0 else y) * k)
            painter.setPen(pen)
            painter.drawLine(0, edge, pix.width(), edge)
        painter.end()

    def show_render(self, rendered) -> None:
        self._last = rendered
        self.report = rendered.composition.report
        self.image.report = self.report
        pix = QPixmap.fromImage(to_qimage(rendered.image))
        spec = rendered.composition.format
        has_safe = bool(spec.safe.top or spec.safe.bottom) and spec.dpi == 72
        self.safe_guide.setVisible(has_safe)
        if has_safe and self.safe_guide.isChecked():
            self._guide(pix, spec)
        pix.setDevicePixelRatio(self.devicePixelRatioF())
        self._pixmap_scale = rendered.composition.scale
        comp = rendered.composition
        self._slides = (comp.slide, comp.slides)
        self.slide_label.setText(self.tr("Slide {n} dari {count}").format(n=comp.slide + 1, count=comp.slides))
        self.prev_slide.setEnabled(comp.slide > 0)
        self.next_slide.setEnabled(comp.slide < comp.slides - 1)
        self.image.setPixmap(pix)
        self.status.clear()

    def _step_slide(self, step: int) -> None:
        slide, count = self._slides
        if 0 <= slide + step < count:
            self.slide_chosen.emit(slide + step)

    def show_error(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #B00020;")

    def _on_image_clicked(self, pos) -> None:
        at = self.image.to_units(pos)
        key = self.report.field_at(*at) if at is not None else None
        if key:
            self.field_clicked.emit(key)
