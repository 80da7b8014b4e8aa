"""The gallery: a user template that cannot be read is named in a notice, in the interface
language, instead of silently missing; the templates that can be read are listed as usual."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.templating.library import Library
from tests.app.helpers import write_svg_template

from .conftest import named

NOTICE = {"id": "Template yang tidak bisa dibaca", "en": "Templates that could not be read"}
HEAD = {"id": "Template ini tidak bisa dibaca", "en": "These templates could not be read"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_broken_user_template_is_named_in_the_gallery(qtbot, make_window, tmp_path, lang):
    user = tmp_path / "templat-saya"
    write_svg_template(user / "poster-uji", '<rect width="100" height="100" fill="#CE1126"/>')
    broken = write_svg_template(user / "poster-rusak", "<rect/>")
    (broken / "manifest.toml").write_text('id = "poster-rusak"\nkind = [\n', encoding="utf-8")
    templates = Library([user])
    problem = templates.problems()[str(broken)]

    window = make_window(lang, templates)
    qtbot.mouseClick(window.home.cards[2], Qt.MouseButton.LeftButton)  # duty 3, as the test template
    notice = named(window.gallery, QLabel, NOTICE[lang])
    assert notice.isVisible() and QApplication.activeModalWidget() is None  # a notice, not a dialog
    assert HEAD[lang] in notice.text()
    assert "<b>poster-rusak</b>" in notice.text()
    assert html.escape(problem.message(lang)) in notice.text()
    assert "poster-uji" in window.gallery.shown_templates()
    assert "poster-rusak" not in window.gallery.shown_templates()


def test_no_notice_when_every_template_reads(qtbot, window):
    qtbot.mouseClick(window.home.cards[2], Qt.MouseButton.LeftButton)
    assert not named(window.gallery, QLabel, NOTICE["id"]).isVisible()


def test_a_single_click_selects_and_the_use_button_or_a_double_click_opens(qtbot, window):
    from PySide6.QtWidgets import QListWidget, QPushButton

    window.show_gallery(3)
    gallery = window.gallery
    templates = named(gallery, QListWidget, "Daftar template")
    use = named(gallery, QPushButton, "Gunakan template terpilih")
    row = gallery.shown_templates().index("produk-warna")
    rect = templates.visualItemRect(templates.item(row))
    qtbot.mouseClick(templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is gallery  # a click selects only
    assert gallery.chosen.text() == "Terpilih: Produk di Atas Warna" and use.isEnabled()
    assert "Klik dua kali" in templates.item(row).toolTip()
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert window.doc.design.template == "produk-warna"
    window.show_gallery(3)
    qtbot.wait(50)  # the icon grid is laid out
    row = gallery.shown_templates().index("banner-stan")
    rect = templates.visualItemRect(templates.item(row))
    qtbot.mouseClick(templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        qtbot.mouseDClick(templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.doc.design.template == "banner-stan"
