"""Direct manipulation of a photo in the preview: drag it inside its frame to choose the part
that shows (its focus point), turn the wheel over it to zoom (1x to 4x), and see the frame's
crop while dragging: the frame outlined with its thirds, the rest of the poster dimmed. A
press without a drag is still a click (it asks for the field).

The label knows where the last render put each photo (the layout report's image frames: box,
crop and decoded size), so a drag of d points moves the crop by d x crop/box source pixels:
the photo follows the pointer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPen

from .click_label import ClickableLabel

DRAG_START = 4  # points the pointer moves before a press becomes a drag
WHEEL_STEP = 1.1  # zoom per notch of the wheel
MIN_ZOOM, MAX_ZOOM = 1.0, 4.0
OUTLINE = "#1F5AA6"


@dataclass
class _Drag:
    field: str
    start: QPointF
    focus: tuple[float, float]
    frame: object  # ImageFrameReport
    moved: bool = False


class PreviewImage(ClickableLabel):
    photo_moved = Signal(str, float, float)  # field, new focus x, y (0..1), live during a drag
    photo_zoomed = Signal(str, float)  # field, new zoom
    drag_started = Signal(str)
    drag_finished = Signal(str)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.report = None
        self.photo_state = lambda field: None  # field -> (focus, zoom) of the photo shown, or None
        self._drag: _Drag | None = None
        self.setMouseTracking(True)

    # -- where things are ----------------------------------------------------------------
    def _geometry(self):
        """(offset x, offset y, units per point) of the shown poster, or None."""
        pix = self.pixmap()
        if self.report is None or pix is None or pix.isNull():
            return None
        w = pix.width() / pix.devicePixelRatio()
        h = pix.height() / pix.devicePixelRatio()
        return (self.width() - w) / 2, (self.height() - h) / 2, (self.report.width / self.report.unit) / w

    def to_units(self, pos: QPointF) -> tuple[float, float] | None:
        geo = self._geometry()
        if geo is None:
            return None
        ox, oy, k = geo
        return (pos.x() - ox) * k, (pos.y() - oy) * k

    def photo_at(self, pos: QPointF):
        """The topmost photo frame (cover-fitted, of a field) under `pos`, or None."""
        at = self.to_units(pos)
        if at is None:
            return None
        for frame in reversed(self.report.images):
            x, y, w, h = frame.box
            if frame.field and frame.fit == "cover" and x <= at[0] <= x + w and y <= at[1] <= y + h:
                return frame
        return None

    # -- mouse -------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        frame = self.photo_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        state = self.photo_state(frame.field) if frame is not None else None
        if frame is None or state is None:
            super().mousePressEvent(event)  # a click on a text (or anything else)
            return
        self._drag = _Drag(frame.field, event.position(), state[0], frame)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        drag = self._drag
        if drag is None:
            over = self.photo_at(event.position()) is not None
            self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor))
            return
        delta = event.position() - drag.start
        if not drag.moved:
            if abs(delta.x()) + abs(delta.y()) < DRAG_START:
                return
            drag.moved = True
            self.setCursor(QCursor(Qt.CursorShape.ClosedHandCursor))
            self.drag_started.emit(drag.field)
        geo = self._geometry()
        if geo is None:
            return
        k = geo[2]
        _x, _y, bw, bh = drag.frame.box
        cx, cy, cw, ch = drag.frame.crop
        sw, sh = drag.frame.source_size
        if not (bw and bh and sw and sh):
            return
        # the photo follows the pointer: the crop moves the other way, in source pixels
        fx = drag.focus[0] - delta.x() * k * cw / bw / sw
        fy = drag.focus[1] - delta.y() * k * ch / bh / sh
        half_w, half_h = cw / sw / 2, ch / sh / 2  # beyond these the crop is at the photo's edge
        fx = min(max(fx, half_w), 1 - half_w) if half_w < 0.5 else 0.5
        fy = min(max(fy, half_h), 1 - half_h) if half_h < 0.5 else 0.5
        self.photo_moved.emit(drag.field, round(fx, 4), round(fy, 4))
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        if drag is None:
            super().mouseReleaseEvent(event)
            return
        self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))
        if drag.moved:
            self.drag_finished.emit(drag.field)
            self.update()
        else:
            self.clicked.emit(event.position())  # a press without a drag: a click on the photo

    def wheelEvent(self, event) -> None:  # noqa: N802
        frame = self.photo_at(event.position())
        state = self.photo_state(frame.field) if frame is not None else None
        if state is None or not event.angleDelta().y():
            super().wheelEvent(event)
            return
        zoom = state[1] * WHEEL_STEP ** (event.angleDelta().y() / 120)
        zoom = round(min(MAX_ZOOM, max(MIN_ZOOM, zoom)), 3)
        if zoom != state[1]:
            self.photo_zoomed.emit(frame.field, zoom)
        event.accept()

    # -- the crop overlay while dragging -------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        drag, geo = self._drag, self._geometry()
        if drag is None or not drag.moved or geo is None:
            return
        ox, oy, k = geo
        x, y, w, h = drag.frame.box
        rect = QRectF(ox + x / k, oy + y / k, w / k, h / k)
        pix = self.pixmap()
        poster = QRectF(ox, oy, pix.width() / pix.devicePixelRatio(), pix.height() / pix.devicePixelRatio())
        painter = QPainter(self)
        shade = QColor(0, 0, 0, 110)
        for part in (QRectF(poster.left(), poster.top(), poster.width(), rect.top() - poster.top()),
                     QRectF(poster.left(), rect.bottom(), poster.width(), poster.bottom() - rect.bottom()),
                     QRectF(poster.left(), rect.top(), rect.left() - poster.left(), rect.height()),
                     QRectF(rect.right(), rect.top(), poster.right() - rect.right(), rect.height())):
            if part.width() > 0 and part.height() > 0:
                painter.fillRect(part.intersected(poster), shade)
        thirds = QPen(QColor(255, 255, 255, 170), 1)
        painter.setPen(thirds)
        for i in (1, 2):
            painter.drawLine(QPointF(rect.left() + rect.width() * i / 3, rect.top()),
                             QPointF(rect.left() + rect.width() * i / 3, rect.bottom()))
            painter.drawLine(QPointF(rect.left(), rect.top() + rect.height() * i / 3),
                             QPointF(rect.right(), rect.top() + rect.height() * i / 3))
        painter.setPen(QPen(QColor(OUTLINE), 2))
        painter.drawRect(rect.intersected(poster))
        painter.end()
