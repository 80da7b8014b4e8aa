"""`diplomat-studio`: the desktop app's composition root.

For now the window shows a live rendered poster: pick a template and a format, edit the
headline, and the preview re-renders off the GUI thread. The full editor comes later.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from app import formats, paths, qtenv
from app.design import Design
from app.errors import DiplomatError
from app.render import render
from app.templating.library import Library

from .worker import LatestOnly

DEBOUNCE_MS = 120
log = logging.getLogger("diplomat.ui")


class PreviewWindow(QMainWindow):
    def __init__(self, library: Library):
        super().__init__()
        self.library = library
        self.design: Design | None = None
        self.setWindowTitle("Diplomat Studio")
        self.resize(1100, 800)
        self._runner = LatestOnly(self._on_rendered, self._on_render_failed, self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._build()
        self._connect()
        self._on_template_changed()

    def _build(self) -> None:
        self.templates = QComboBox(accessibleName="Template")
        for t in self.library.templates.values():
            self.templates.addItem(t.manifest.name.id, t.id)
        self.formats = QComboBox(accessibleName="Format")
        self.headline = QLineEdit(accessibleName="Judul")
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        form = QFormLayout()
        form.addRow("&Template", self.templates)
        form.addRow("&Format", self.formats)
        form.addRow("&Judul", self.headline)
        side = QWidget()
        side.setLayout(form)
        side.setFixedWidth(340)
        root = QWidget()
        layout = QHBoxLayout(root)
        layout.addWidget(side)
        layout.addWidget(self.preview, 1)
        self.setCentralWidget(root)
        self.setStatusBar(QStatusBar())

    def _connect(self) -> None:
        self.templates.currentIndexChanged.connect(self._on_template_changed)
        self.formats.currentIndexChanged.connect(self._on_format_changed)
        self.headline.textEdited.connect(self._on_headline_edited)
        self._debounce.timeout.connect(self._on_debounce)
        QShortcut(QKeySequence.StandardKey.Quit, self, activated=self.close)

    def _headline_key(self) -> str | None:
        man = self.library.get(self.design.template).manifest
        return next((f.key for f in man.fields if f.required and f.type == "text"), None)

    def _on_template_changed(self) -> None:
        template = self.library.get(self.templates.currentData())
        self.design = Design(template=template.id, format=template.manifest.formats[0])
        self.formats.blockSignals(True)
        self.formats.clear()
        for fmt in template.manifest.formats:
            spec = formats.get(fmt)
            self.formats.addItem(f"{spec.name('id')} · {spec.width}×{spec.height}", fmt)
        self.formats.blockSignals(False)
        key = self._headline_key()
        self.headline.setText(str(template.manifest.field(key).sample_for("id")) if key else "")
        self._schedule()

    def _on_format_changed(self) -> None:
        self.design.format = self.formats.currentData()
        self._schedule()

    def _on_headline_edited(self, text: str) -> None:
        key = self._headline_key()
        if key:
            self.design.fields[key] = text
        self._schedule()

    def _schedule(self) -> None:
        self._debounce.start()

    def _preview_scale(self) -> float:
        """Render at the size the preview shows, in device pixels (sharp on HiDPI screens)."""
        spec = formats.get(self.design.format)
        fit = min(self.preview.width() / spec.width, self.preview.height() / spec.height)
        return max(0.1, min(1.0, fit * self.devicePixelRatioF()))

    def _on_debounce(self) -> None:
        snapshot = Design.from_dict(self.design.to_dict())
        scale = self._preview_scale()
        self._runner.submit(lambda: render(snapshot, self.library, scale).image)

    def _on_rendered(self, image) -> None:
        qimage = QImage(image.tobytes(), image.width, image.height, image.width * 3,
                        QImage.Format.Format_RGB888).copy()
        pix = QPixmap.fromImage(qimage)
        pix.setDevicePixelRatio(self.devicePixelRatioF())
        self.preview.setPixmap(pix)
        self.statusBar().clearMessage()

    def _on_render_failed(self, exc: Exception) -> None:
        if isinstance(exc, DiplomatError):
            self.statusBar().showMessage(exc.message("id"))
        else:
            log.error("render failed", exc_info=exc)
            self.statusBar().showMessage(f"Kesalahan tak terduga; lihat log di {paths.log_dir()}")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._schedule()


def main() -> int:
    logging.basicConfig(filename=paths.log_dir() / "diplomat-studio.log", level=logging.INFO)
    app = QApplication(sys.argv)
    app.setApplicationName("Diplomat Studio")
    qtenv.ensure_app()
    window = PreviewWindow(Library([paths.user_templates_dir()]))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
