"""The live preview under a fast typist: one render at a time, the newest request waiting for
its turn, and the preview ending on the last text typed."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLineEdit

import ui.editor
from ui.worker import LatestOnly

from .conftest import named, open_editor, type_into


def test_latest_only_runs_one_job_and_then_only_the_newest_request(qtbot):
    release, ran, results = threading.Event(), [], []

    def job(n: int):
        def run():
            ran.append(n)
            if n == 1:
                release.wait(5)
            return n
        return run
    jobs = LatestOnly(results.append, pytest.fail)
    jobs.submit(job(1))
    qtbot.waitUntil(lambda: ran == [1])
    for n in (2, 3, 4):  # while 1 runs: held, each replacing the one before
        jobs.submit(job(n))
    assert jobs.busy and ran == [1]
    release.set()
    qtbot.waitUntil(lambda: results == [1, 4], timeout=5000)
    assert ran == [1, 4] and not jobs.busy


@pytest.fixture
def watched_renders(monkeypatch):
    """The editor's real render, slowed down so that keystrokes arrive while it runs, and
    counted: how many ran at once, and how many ran in all."""
    real = ui.editor.render
    lock = threading.Lock()
    stats = {"running": 0, "most": 0, "calls": 0}

    def render(design, library, scale):
        with lock:
            stats["running"] += 1
            stats["calls"] += 1
            stats["most"] = max(stats["most"], stats["running"])
        try:
            time.sleep(0.06)
            return real(design, library, scale)
        finally:
            with lock:
                stats["running"] -= 1
    monkeypatch.setattr(ui.editor, "render", render)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 8))  # room for parallel renders, even on a 2-core laptop
    yield stats
    pool.setMaxThreadCount(threads)


def _shown_text(editor, key: str) -> str | None:
    report = editor.preview.report
    box = next((b for b in report.text_boxes if b.field == key), None) if report else None
    return " ".join(box.lines) if box else None


def test_fast_typing_never_runs_two_renders_and_ends_on_the_last_text(qtbot, window, watched_renders):
    editor = open_editor(qtbot, window)
    name = named(editor, QLineEdit, "Nama produk")
    text = "Sambal Roa Manado"
    calls_before = watched_renders["calls"]
    type_into(qtbot, name, text, delay=25)  # each key outlasts the debounce: a render request per key
    qtbot.waitUntil(lambda: _shown_text(editor, "nama_produk") == text, timeout=15000)
    assert watched_renders["most"] == 1
    assert watched_renders["calls"] - calls_before < len(text)  # waiting requests were replaced
    assert editor.doc.design.fields["nama_produk"] == text
    qtbot.wait(200)  # nothing older arrives afterwards
    assert _shown_text(editor, "nama_produk") == text and watched_renders["running"] == 0


def test_a_carousel_steps_through_its_slides_without_marking_the_design_unsaved(qtbot, window):
    from PySide6.QtWidgets import QToolButton

    editor = open_editor(qtbot, window, "carousel-edukasi")
    nxt = named(editor, QToolButton, "Slide berikutnya")
    prev = named(editor, QToolButton, "Slide sebelumnya")
    assert nxt.isVisible() and not prev.isEnabled()
    assert editor.preview.slide_label.text() == "Slide 1 dari 7"
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        nxt.click()
    assert editor.preview.slide_label.text() == "Slide 2 dari 7"
    assert _shown_text(editor, "label") == "LITERASI DIGITAL" and prev.isEnabled()
    assert not editor.doc.dirty  # which slide is shown is a view, not an edit
    # a single-page template has no stepper
    editor = open_editor(qtbot, window, "kartu-fakta")
    assert not named(editor, QToolButton, "Slide berikutnya").isVisible()


def test_page_down_in_a_text_field_moves_its_cursor_not_the_slide(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolButton

    editor = open_editor(qtbot, window, "carousel-edukasi")
    text = (editor.form.findChildren(QPlainTextEdit) + editor.form.findChildren(QTextEdit))[0]
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_PageDown)
    qtbot.wait(100)
    assert editor.preview.slide_label.text() == "Slide 1 dari 7"
    button = named(editor, QToolButton, "Slide berikutnya")
    button.setFocus()
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        qtbot.keyClick(button, Qt.Key.Key_PageDown)  # with the focus on the preview's controls it steps
    assert editor.preview.slide_label.text() == "Slide 2 dari 7"


def test_switching_the_preview_format_does_not_mark_the_design_unsaved(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    editor = open_editor(qtbot, window)
    combo = named(editor, QComboBox, "Format")
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        combo.setCurrentIndex(combo.findData("story"))
    assert editor.doc.design.format == "story" and editor.preview.report.format == "story"
    assert not editor.doc.dirty and "*" not in window.windowTitle()


def test_save_suggests_the_designs_own_name(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def save_as(parent, title, start, filters):
        asked.append(start)
        return "", ""  # the user cancels
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    open_editor(qtbot, window)
    window._ask_project_path()
    assert asked and asked[0].endswith("kopi-arabika-gayo.diplomat")


def test_the_story_preview_shades_the_safe_areas_and_the_guide_can_be_turned_off(qtbot, window):
    from PySide6.QtWidgets import QCheckBox, QComboBox

    editor = open_editor(qtbot, window)
    guide = next(c for c in editor.preview.findChildren(QCheckBox) if c.text() == "Area aman")
    assert not guide.isVisible()  # a portrait post has no platform bars over it
    combo = named(editor, QComboBox, "Format")
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        combo.setCurrentIndex(combo.findData("story"))
    assert guide.isVisible() and guide.isChecked()

    def top_pixel():
        image = editor.preview.image.pixmap().toImage()
        return image.pixelColor(image.width() // 2, 3)

    raw = editor.preview._last.image
    shaded = top_pixel()
    guide.setChecked(False)
    plain = top_pixel()
    r, g, b = raw.getpixel((raw.width // 2, 3))
    assert (plain.red(), plain.green(), plain.blue()) == (r, g, b)
    assert shaded.red() > shaded.blue() and (shaded.red(), shaded.green(), shaded.blue()) != (r, g, b)
