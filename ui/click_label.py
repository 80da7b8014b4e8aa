"""A label that says where it was clicked: the preview (click a text to edit its field) and
the photo of an image field (click to set the focus point)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel


class ClickableLabel(QLabel):
    clicked = Signal(QPointF)  # in the label's own coordinates

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(event.position())
        super().mousePressEvent(event)
