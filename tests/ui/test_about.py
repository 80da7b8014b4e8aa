"""Bantuan → Tentang Diplomat Studio, and the app icon on both windows."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QTextBrowser

from ui.about_dialog import AboutDialog
from ui.app_icon import window_icon

from .conftest import named


def _about(qtbot, win) -> AboutDialog:
    win.about_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def test_both_windows_carry_the_app_icon(window):
    assert not window.windowIcon().isNull()
    batch = window.open_batch(jobs=0)
    assert not batch.windowIcon().isNull()
    assert window.windowIcon().cacheKey() == batch.windowIcon().cacheKey() == window_icon().cacheKey()


def test_the_icon_is_drawn_as_its_svg_says():
    """Qt's SVG renderer ignores clip-path: the icon must not need one (the red half once
    covered the whole top of the icon in the window, though rsvg drew it right)."""
    image = window_icon().pixmap(256, 256).toImage()
    assert image.width() == 256
    assert QColor(image.pixel(128, 20)).name() == "#14213d"  # indigo above the bubble
    assert QColor(image.pixel(128, 80)).name() == "#ce1126"  # the red half
    assert QColor(image.pixel(128, 140)).name() == "#ffffff"  # the white half


@pytest.mark.parametrize("lang", ["id", "en"])
def test_about_shows_version_credits_licence_and_the_legal_texts(qtbot, make_window, lang):
    win = make_window(lang)
    dialog = _about(qtbot, win)
    words = {
        "id": ("Tentang Diplomat Studio", "Versi ", "Sepuluh tugas", "Komunikonten, Institut Media Sosial",
               "Lisensi GPL-3.0", "Pihak ketiga", "&Tutup"),
        "en": ("About Diplomat Studio", "Version ", "The ten duties", "Komunikonten, Institute for Social Media",
               "GPL-3.0 licence", "Third parties", "&Close"),
    }[lang]
    title, version, ten, credit, licence_name, third_name, close = words
    assert dialog.windowTitle() == title and not dialog.windowIcon().isNull()
    assert version + metadata.version("diplomat-studio") in dialog.version_label.text()
    credits = dialog.credits_label.text()
    assert ten in credits and credit in credits and "2018" in credits
    assert "10 Tugas Diplomat di Internet dan Media Sosial" in credits  # the work's own title, untranslated
    assert "GPL-3.0-or-later" in credits and "LGPL-3.0" in credits
    licence = named(dialog, QPlainTextEdit, licence_name)
    assert licence.toPlainText().lstrip().startswith("GNU GENERAL PUBLIC LICENSE") and licence.isReadOnly()
    assert licence.verticalScrollBar().maximum() > 0  # long enough to scroll, and it can
    third = named(dialog, QTextBrowser, third_name)
    assert "PySide6" in third.toPlainText() and "Inter" in third.toPlainText()
    tabs = {"id": ["Lisensi", "Pihak ketiga"], "en": ["Licence", "Third parties"]}[lang]
    assert [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())] == tabs
    assert close in [b.text() for b in dialog.findChildren(QPushButton)]
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_missing_legal_text_is_said_in_the_dialog_not_raised(qtbot, monkeypatch):
    from app import resources

    def missing(name):
        raise resources.ResourceMissing(name)
    monkeypatch.setattr(resources, "legal_text", missing)
    dialog = AboutDialog("en")
    qtbot.addWidget(dialog)
    text = named(dialog, QPlainTextEdit, "Lisensi GPL-3.0").toPlainText()
    assert text.startswith("Bundled data not found: LICENSE.")
