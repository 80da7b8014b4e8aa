"""The first-run tour: five steps, shown once at the first start, skippable at every step, and
re-opened from Bantuan → Tur singkat."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.project.settings import Settings
from ui.tour import TourDialog


def test_the_first_start_shows_the_tour_once_and_finishing_it_is_remembered(qtbot, make_window):
    win = make_window()
    tour = win.help.first_start()
    assert tour is not None and tour.isVisible()
    assert tour.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec(): the app runs on
    titles = []
    for _ in range(5):
        titles.append(tour.title.text())
        assert tour.counter.text() == f"Langkah {len(titles)} dari 5"
        if len(titles) < 5:
            qtbot.keyClick(tour, Qt.Key.Key_Return)  # Enter goes on
    assert titles == ["Pilih tugas", "Pilih template", "Isi dan sunting", "Baca checklist", "Ekspor"]
    assert tour.next.text() == "Mulai" and not tour.skip.isVisible()
    qtbot.mouseClick(tour.next, Qt.MouseButton.LeftButton)
    assert not tour.isVisible()
    qtbot.waitUntil(lambda: Settings.load().tour_seen, timeout=5000)
    again = make_window()
    assert again.help.first_start() is None  # never again at start ...
    action = next(a for a in again.menuBar().actions()[-1].menu().actions() if a.text() == "&Tur singkat")
    action.trigger()  # ... but always from Bantuan
    shown = [d for d in again.findChildren(TourDialog) if d.isVisible()]
    assert len(shown) == 1 and shown[0].step == 0


def test_the_tour_can_be_skipped_at_any_step_and_fits_a_small_screen(qtbot, make_window):
    win = make_window()
    tour = win.help.first_start()
    qtbot.mouseClick(tour.next, Qt.MouseButton.LeftButton)
    assert tour.step == 1 and tour.back.isEnabled()
    qtbot.keyClick(tour, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tour.step == 0 and not tour.back.isEnabled()
    assert tour.width() <= 1366 and tour.height() <= 728
    qtbot.mouseClick(tour.skip, Qt.MouseButton.LeftButton)  # Lewati tur
    assert not tour.isVisible()
    qtbot.waitUntil(lambda: Settings.load().tour_seen, timeout=5000)


def test_the_tour_speaks_english_in_the_english_interface(qtbot, make_window):
    win = make_window("en")
    tour = win.help.show_tour()
    assert tour.windowTitle() == "Quick tour" and tour.title.text() == "Choose a duty"
    assert tour.skip.text() == "Skip tour" and tour.next.text() == "Next"
