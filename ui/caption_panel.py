"""Caption, hashtags and alt text, with the chosen platform's limits counted as you type."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.checklist.inputs import hashtags
from app.model.platforms import platforms


class CaptionPanel(QWidget):
    FIELDS = ("caption", "hashtags", "alt_text")  # the design attributes this panel edits
    platform_changed = Signal(str)

    def __init__(self, doc, lang: str, platform: str, parent=None):
        super().__init__(parent)
        self.doc, self.lang = doc, lang
        self.platform = QComboBox(accessibleName=self.tr("Platform"))
        for key, spec in platforms().items():
            self.platform.addItem(spec["name"], key)
        self.platform.setCurrentIndex(max(0, self.platform.findData(platform)))
        self.caption = QPlainTextEdit(accessibleName=self.tr("Keterangan"))
        self.caption.setTabChangesFocus(True)
        self.hashtags = QLineEdit(accessibleName=self.tr("Tagar"))
        self.alt = QPlainTextEdit(accessibleName=self.tr("Teks alternatif"))
        self.alt.setTabChangesFocus(True)
        self.alt.setFixedHeight(80)
        self.counts = QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Keterangan"), self.caption)
        form.addRow(self.tr("Tagar"), self.hashtags)
        form.addRow(self.tr("Teks alternatif"), self.alt)
        form.addRow(self.counts)
        self._load()
        self.caption.textChanged.connect(lambda: self._on_edit("caption", self.caption.toPlainText()))
        self.hashtags.textEdited.connect(lambda t: self._on_edit("hashtags", t))
        self.alt.textChanged.connect(lambda: self._on_edit("alt_text", self.alt.toPlainText()))
        self.platform.currentIndexChanged.connect(self._on_platform)
        self.doc.field_changed.connect(self._on_field_changed)
        self.doc.replaced.connect(self._load)

    def focus_field(self, name: str) -> bool:
        """Focus the editor of caption, hashtags or alt_text; False for any other name."""
        widget = {"caption": self.caption, "hashtags": self.hashtags, "alt_text": self.alt}.get(name)
        if widget is None:
            return False
        widget.setFocus()
        if hasattr(widget, "moveCursor"):  # at the end, where the user goes on writing
            widget.moveCursor(QTextCursor.MoveOperation.End)
        return True

    def _load(self) -> None:
        for widget, text in ((self.caption, self.doc.design.caption), (self.alt, self.doc.design.alt_text)):
            if widget.toPlainText() != text:
                widget.blockSignals(True)
                widget.setPlainText(text)
                widget.blockSignals(False)
        if self.hashtags.text() != self.doc.design.hashtags:
            self.hashtags.setText(self.doc.design.hashtags)
        self._count()

    def _on_field_changed(self, key: str) -> None:
        if key in self.FIELDS:
            self._load()

    def _on_edit(self, name: str, text: str) -> None:
        self.doc.set_attr(name, text)
        self._count()

    def _on_platform(self) -> None:
        self._count()
        self.platform_changed.emit(self.platform.currentData())

    def _count(self) -> None:
        spec = platforms()[self.platform.currentData()]
        caption, alt = self.caption.toPlainText(), self.alt.toPlainText()
        tags = hashtags(caption + " " + self.hashtags.text())
        parts = [self.tr("Keterangan {n}/{limit}").format(n=len(caption), limit=spec["caption"])]
        if spec["hashtags"]:
            parts.append(self.tr("Tagar {n}/{limit}").format(n=len(tags), limit=spec["hashtags"]))
        if spec["alt_text"]:
            parts.append(self.tr("Alt {n}/{limit}").format(n=len(alt), limit=spec["alt_text"]))
        over = len(caption) > spec["caption"] or (spec["alt_text"] and len(alt) > spec["alt_text"])
        self.counts.setText(" · ".join(parts))
        self.counts.setStyleSheet("color: #B00020;" if over else "color: #555;")
