"""One editor widget per field type, generated from the manifest. Each editor shows a value
(`set_value`, which never echoes back) and emits `edited(value)` when the user changes it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.model.amounts import parse_amount

from .click_label import ClickableLabel

IMAGE_FILTER = "Gambar (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)"


class FieldEditor(QWidget):
    edited = Signal(object)

    def __init__(self, field, lang: str, parent=None):
        super().__init__(parent)
        self.field = field
        self._quiet = False
        self.setAccessibleName(field.label.get(lang))

    def set_value(self, value) -> None:
        self._quiet = True
        try:
            self._show(value)
        finally:
            self._quiet = False

    def _emit(self, value) -> None:
        if not self._quiet:
            self.edited.emit(value)

    def focus_span(self, span) -> None:
        self.setFocus()


class TextEditor(FieldEditor):
    """text, url, number: one line, with a character counter against max_chars. A number (a
    price) takes it as people write it ("Rp 15.000", "15rb", "1,5 jt"); what does not read as
    one is said under the field, in words, and not passed on: no dialog ever opens while the
    user types, and a half-typed "Rp" leaves the poster as it was."""

    def __init__(self, field, lang, parent=None):
        super().__init__(field, lang, parent)
        self.label = field.label.get(lang)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(self.label)
        self.counter = QLabel(self)
        self.hint = QLabel(self, wordWrap=True)
        self.hint.setStyleSheet("color: #B00020;")
        self.hint.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.line.textEdited.connect(self._on_edited)
        self.setFocusProxy(self.line)

    def _show(self, value) -> None:
        text = "" if value is None else str(value)
        if self.line.text() != text:  # the echo of our own typing must not move the cursor
            self.line.setText(text)
        self._count()
        if self.field.type == "number":
            self._reads_as_number(self.line.text())

    def _on_edited(self, text: str) -> None:
        self._count()
        if self.field.type == "number" and not self._reads_as_number(text):
            return
        self._emit(text)

    def _reads_as_number(self, text: str) -> bool:
        ok = not text.strip()
        if not ok:
            try:
                parse_amount(text)
                ok = True
            except ValueError:
                ok = False
        self.hint.setVisible(not ok)
        self.hint.setText("" if ok else self.tr("{label}: tulis angka, misalnya 15000, Rp 15.000, 15rb atau 1,5 jt.")
                          .format(label=self.label))
        self.line.setStyleSheet("" if ok else "border: 2px solid #B00020; border-radius: 3px;")
        return ok

    def _count(self) -> None:
        limit = self.field.max_chars
        n = len(self.line.text())
        self.counter.setText(f"{n}/{limit}" if limit else "")
        self.counter.setStyleSheet("color: #B00020; font-weight: 600;" if limit and n > limit else "color: #666;")

    def focus_span(self, span) -> None:
        self.line.setFocus()
        if span:
            self.line.setSelection(span[0], span[1] - span[0])


class ParagraphEditor(FieldEditor):
    def __init__(self, field, lang, parent=None):
        super().__init__(field, lang, parent)
        self.box = QPlainTextEdit(self)
        self.box.setAccessibleName(field.label.get(lang))
        self.box.setTabChangesFocus(True)
        self.box.setFixedHeight(84)
        self.counter = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignRight)
        self.box.textChanged.connect(self._on_changed)
        self.setFocusProxy(self.box)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _show(self, value) -> None:
        text = "" if value is None else str(value)
        if self.box.toPlainText() != text:  # the echo of our own typing must not move the cursor
            self.box.setPlainText(text)
        self._count()

    def _on_changed(self) -> None:
        self._count()
        self._emit(self.box.toPlainText())

    def _count(self) -> None:
        limit, n = self.field.max_chars, len(self.box.toPlainText())
        self.counter.setText(f"{n}/{limit}" if limit else "")
        self.counter.setStyleSheet("color: #B00020; font-weight: 600;" if limit and n > limit else "color: #666;")

    def focus_span(self, span) -> None:
        self.box.setFocus()
        if span:
            cursor = self.box.textCursor()
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
            self.box.setTextCursor(cursor)


class DateEditor(FieldEditor):
    def __init__(self, field, lang, parent=None):
        super().__init__(field, lang, parent)
        self.date = QDateEdit(self, calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.date.setAccessibleName(field.label.get(lang))
        QHBoxLayout(self).addWidget(self.date)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.date.dateChanged.connect(lambda d: self._emit(d.toString("yyyy-MM-dd")))
        self.setFocusProxy(self.date)

    def _show(self, value) -> None:
        try:
            day = dt.date.fromisoformat(str(value))
            self.date.setDate(QDate(day.year, day.month, day.day))
        except ValueError:
            self.date.setDate(QDate.currentDate())


class ChoiceEditor(FieldEditor):
    def __init__(self, field, lang, parent=None):
        super().__init__(field, lang, parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(field.label.get(lang))
        self.combo.addItems(field.choices)
        QHBoxLayout(self).addWidget(self.combo)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.combo.currentTextChanged.connect(self._emit)
        self.setFocusProxy(self.combo)

    def _show(self, value) -> None:
        self.combo.setCurrentText(str(value or ""))


class ColorEditor(FieldEditor):
    def __init__(self, field, lang, parent=None):
        super().__init__(field, lang, parent)
        self.button = QPushButton(self)
        self.button.setAccessibleName(field.label.get(lang))
        QHBoxLayout(self).addWidget(self.button)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.button.clicked.connect(self._on_clicked)
        self.setFocusProxy(self.button)
        self._value = "#000000"

    def _show(self, value) -> None:
        self._value = str(value or "#000000")
        self.button.setText(self._value)
        self.button.setStyleSheet(f"background: {self._value};")

    def _on_clicked(self) -> None:
        color = QColorDialog.getColor(QColor(self._value), self)
        if color.isValid():
            self._show(color.name().upper())
            self._emit(color.name().upper())


class ImageEditor(FieldEditor):
    """A picker (dialog or drag and drop) and the photo itself: click it to set the focus point
    the crop keeps in view. The file is decoded off the GUI thread."""

    picked = Signal(str)
    focus_set = Signal(float, float)

    def __init__(self, field, lang, loader, parent=None):
        super().__init__(field, lang, parent)
        self.loader = loader  # callable(path, callback) that decodes a preview in the background
        self.setAcceptDrops(True)
        self.photo = ClickableLabel(self)
        self.photo.setFixedHeight(150)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #F1EFEA; border: 1px dashed #B9B4AA; border-radius: 6px;")
        self.photo.setAccessibleName(field.label.get(lang))
        self.button = QPushButton(self.tr("Pilih gambar…"), self)
        self.button.setAccessibleName(field.label.get(lang))  # which picture, not just "choose"
        self.button.setAccessibleDescription(self.tr("Pilih gambar…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.photo)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._on_browse)
        self.photo.clicked.connect(self._on_photo_clicked)
        self._image: QImage | None = None
        self._focus = (0.5, 0.5)
        self.setFocusProxy(self.button)

    def _show(self, value) -> None:
        if value is None:
            self.photo.setText(self.tr("Seret gambar ke sini"))
            return
        self._focus = tuple(value.focus)
        self.loader(str(value.path), self._on_loaded)

    def _on_loaded(self, image: QImage) -> None:
        self._image = image
        self._draw()

    def _draw(self) -> None:
        if self._image is None or self._image.isNull():
            return
        pix = QPixmap.fromImage(self._image).scaled(self.photo.width(), self.photo.height(),
                                                    Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#FFFFFF"), 3))
        center = QPointF(self._focus[0] * pix.width(), self._focus[1] * pix.height())
        painter.drawEllipse(center, 12, 12)
        painter.setPen(QPen(QColor("#CE1126"), 2))
        painter.drawEllipse(center, 12, 12)
        painter.end()
        self.photo.setPixmap(pix)

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih gambar"), "", IMAGE_FILTER)
        if path:
            self.picked.emit(path)

    def _on_photo_clicked(self, pos) -> None:
        pix = self.photo.pixmap()
        if pix is None or pix.isNull():
            return self._on_browse()
        ox = (self.photo.width() - pix.width()) / 2
        oy = (self.photo.height() - pix.height()) / 2
        x = min(1.0, max(0.0, (pos.x() - ox) / pix.width()))
        y = min(1.0, max(0.0, (pos.y() - oy) / pix.height()))
        self._focus = (x, y)
        self._draw()
        self.focus_set.emit(x, y)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.picked.emit(urls[0])
