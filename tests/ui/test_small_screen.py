"""On a workshop laptop (1366x768, or 1280x720, less the panel) the window fits the screen and
every control is on it: nothing sits off the edge, and the form never scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLineEdit, QStatusBar, QWidget

from ui.screenfit import fitted_size

from .conftest import open_editor, resize_to

SCREENS = [QSize(1366, 728), QSize(1280, 680)]  # the screen less a 40 px panel


@pytest.mark.parametrize(("available", "maximise", "size"), [
    (QSize(1366, 728), True, QSize(1360, 728)), (QSize(1280, 680), True, QSize(1280, 680)),
    (QSize(1920, 1040), False, QSize(1360, 860)), (QSize(1600, 860), True, QSize(1360, 860)),
])
def test_the_first_start_fits_the_screen_and_maximises_on_a_small_one(available, maximise, size):
    assert fitted_size(available) == (maximise, size)


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("available", SCREENS, ids=["1366x768", "1280x720"])
@pytest.mark.parametrize("page", ["home", "editor"])
def test_every_control_is_on_the_screen(qtbot, window, available, page):
    if page == "editor":
        open_editor(qtbot, window)
    resize_to(qtbot, window, available)
    hint = window.minimumSizeHint()
    assert hint.width() <= available.width() and hint.height() <= available.height(), hint
    assert window.width() <= available.width() and window.height() <= available.height()
    screen = QRect(QPoint(0, 0), window.size())
    off = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QStatusBar,
                                                             QAbstractScrollArea)):
            continue
        if _inside_scroll_area(widget):
            continue  # reached by scrolling its area, which is itself checked here
        box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not screen.contains(box):
            off.append((type(widget).__name__, widget.accessibleName() or widget.objectName(), box))
    assert off == []


@pytest.mark.parametrize("available", SCREENS, ids=["1366x768", "1280x720"])
def test_the_form_column_never_scrolls_sideways_however_long_the_text(qtbot, window, available):
    editor = open_editor(qtbot, window)
    resize_to(qtbot, window, available)
    name = next(w for w in editor.form.findChildren(QLineEdit) if w.accessibleName() == "Nama produk")
    name.setText("Keripik Tempe Renyah Khas Malang Bu Sri Rahayu " * 3)
    name.textEdited.emit(name.text())
    qtbot.wait(200)
    # nothing is wider than the column: no counter or photo button is cut off at its edge
    assert editor.form.widget().width() <= editor.form.viewport().width()
    counters = [w for w in editor.form.findChildren(QWidget) if w.isVisible() and isinstance(w, QAbstractButton)]
    right = editor.form.viewport().mapTo(window, QPoint(editor.form.viewport().width(), 0)).x()
    assert all(w.mapTo(window, QPoint(w.width(), 0)).x() <= right + 1 for w in counters)


def test_colour_themes_show_swatches_of_their_colours(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    editor = open_editor(qtbot, window)
    themes = next(c for c in editor.form.findChildren(QComboBox) if c.accessibleName() == "Tema warna")
    man = editor.doc.template.manifest
    assert themes.count() >= len(man.themes)
    for i, theme in enumerate(man.themes):
        image = themes.itemIcon(i).pixmap(64, 20).toImage()
        accent = image.pixelColor(40, 10).name().upper()  # the third quarter of the strip
        assert accent == theme.colors["accent"].upper(), theme.id


def test_a_focused_field_has_a_visible_two_pixel_ring(qtbot, window):
    from PySide6.QtGui import QColor

    from ui.main_window import FOCUS_RING

    editor = open_editor(qtbot, window)
    name = next(w for w in editor.form.findChildren(QLineEdit) if w.accessibleName() == "Nama produk")
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    image = name.grab().toImage()
    y = image.height() // 2
    ring = [image.pixelColor(x, y).name().upper() for x in (0, 1)]
    assert ring == [QColor(FOCUS_RING).name().upper()] * 2  # 2 px of the ring colour at the edge
    other = next(w for w in editor.form.findChildren(QLineEdit) if w.accessibleName() == "Lokasi")
    assert other.grab().toImage().pixelColor(1, y).name().upper() != QColor(FOCUS_RING).name().upper()
