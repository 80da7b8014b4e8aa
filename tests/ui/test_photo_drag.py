"""The photo is moved where it is seen: dragged inside its frame in the preview (the part that
shows follows the pointer, with a crop overlay while dragging), zoomed with the wheel, each
drag one undo step; a press without a drag is still a click on the photo's field."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.model.design import ImageRef
from app.render.values import image_value

from .conftest import open_editor


def _photo_centre(editor) -> QPoint:
    image = editor.preview.image
    frame = next(f for f in editor.preview.report.images if f.field == "foto")
    ox, oy, k = image._geometry()
    x, y, w, h = frame.box
    return QPoint(round(ox + (x + w / 2) / k), round(oy + (y + h / 3) / k))


def _drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * i / steps)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_the_photo_moves_what_shows_and_is_one_undo_step(qtbot, window):
    editor = open_editor(qtbot, window)  # produk-umkm: the sample coffee photo fills the top
    image = editor.preview.image
    sample = image_value(editor.doc.design, editor.doc.template, "foto")
    with qtbot.waitSignal(window.preview_ready, timeout=15000):  # zoomed in: room to move either way
        editor.doc.set_image("foto", ImageRef(str(sample.path), (0.5, 0.5), 2.0))
    start = _photo_centre(editor)
    overlays = []
    image.photo_moved.connect(lambda *a: overlays.append(image._drag is not None and image._drag.moved))
    steps_before = editor.doc.undo_stack.count()
    _drag(qtbot, image, start, start + QPoint(-60, 0))  # pull the photo left: we see more of its right
    ref = editor.doc.design.images["foto"]
    assert ref.focus[0] > 0.5 and ref.focus[1] == 0.5 and ref.zoom == 2.0 and overlays and all(overlays)
    assert editor.doc.undo_stack.count() == steps_before + 1 and editor.doc.undo_stack.undoText() == "Geser foto"
    crop_x = next(f for f in editor.preview.report.images if f.field == "foto").crop[0]
    qtbot.waitUntil(lambda: next(f for f in editor.preview.report.images if f.field == "foto").crop[0] > crop_x,
                    timeout=10000)
    window.undo_action.trigger()
    assert editor.doc.design.images["foto"].focus == (0.5, 0.5)  # the whole drag undone at once


def test_the_wheel_zooms_the_photo_and_a_click_still_asks_for_its_field(qtbot, window):
    editor = open_editor(qtbot, window)
    image = editor.preview.image
    at = QPointF(_photo_centre(editor))
    for _ in range(3):
        event = QWheelEvent(at, image.mapToGlobal(at), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(image, event)
    ref = editor.doc.design.images["foto"]
    assert abs(ref.zoom - 1.1 ** 3) < 0.01 and editor.doc.undo_stack.undoText() == "Perbesar foto"
    qtbot.waitUntil(lambda: next(f for f in editor.preview.report.images if f.field == "foto").crop[2]
                    < next(f for f in editor.preview.report.images if f.field == "foto").source_size[0] * 0.8,
                    timeout=10000)
    clicked = []
    editor.preview.field_clicked.connect(clicked.append)
    qtbot.mouseClick(image, Qt.MouseButton.LeftButton, pos=_photo_centre(editor))
    assert clicked == ["foto"] and editor.doc.design.images["foto"].focus == ref.focus  # a click moves nothing


def test_a_click_on_the_forms_thumbnail_sets_the_focus_and_keeps_the_zoom(qtbot, window):
    editor = open_editor(qtbot, window)
    editor.form.editors["foto"].focus_set.emit(0.2, 0.3)  # the sample photo becomes the design's own
    assert editor.doc.design.images["foto"].focus == (0.2, 0.3)
    editor.doc.set_photo("foto", zoom=2.0)
    editor.form.editors["foto"].focus_set.emit(0.7, 0.6)
    assert editor.doc.design.images["foto"] == ImageRef(editor.doc.design.images["foto"].path, (0.7, 0.6), 2.0)
