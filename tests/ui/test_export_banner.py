"""Export is hard to miss and its result is shown: a prominent Ekspor button in the editor's
toolbar, a banner with Buka folder / Buka laporan after the kit is written, and the next
export starting in the folder the last one went to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

import ui.banner
import ui.main_window
from app.project.settings import Settings
from ui.export_dialog import ExportDialog, ExportOptions

from .conftest import open_editor


def test_the_ekspor_button_is_on_the_editor_toolbar_only_and_opens_the_export(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(ui.main_window.ExportDialog, "exec", lambda self: opened.append(self.folder.text()))
    assert not window.toolbar.isVisible()  # the home page has nothing to export
    editor = open_editor(qtbot, window)
    button = window.toolbar.export_button
    assert window.toolbar.isVisible() and button.text() == "Ekspor" and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    window.go_home()
    assert not window.toolbar.isVisible() and editor is window.editor


def test_a_written_kit_shows_a_banner_that_opens_its_folder_and_report(qtbot, window, tmp_path, monkeypatch):
    urls = []
    monkeypatch.setattr(ui.banner.QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    editor = open_editor(qtbot, window)
    editor.doc.set_attr("alt_text", "Kopi Arabika Gayo, poster produk lokal.")
    dialog = ExportDialog(editor.doc, window.settings, "id", tmp_path)
    qtbot.addWidget(dialog)
    for box in dialog.findChildren(QCheckBox):
        box.setChecked(box.text() in ("Potret", "JPG"))
    dialog.written.connect(window._on_kit_written)
    with qtbot.waitSignal(dialog.written, timeout=60000) as written:
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Tulis paket terbit").click()
    kit = written.args[0]
    banner = editor.banner
    assert banner.isVisible() and str(kit.folder) in banner.text.text() and "1 berkas gambar" in banner.text.text()
    banner.open_folder.click()
    banner.open_report.click()
    assert urls == [str(kit.folder), str(kit.folder / "laporan-checklist.html")]


def test_the_next_export_starts_where_the_last_kit_went(qtbot, window, tmp_path, monkeypatch):
    folders = []
    monkeypatch.setattr(ui.main_window.ExportDialog, "exec", lambda self: folders.append(self.folder.text()))
    open_editor(qtbot, window)
    window.export()
    target = tmp_path / "paket"
    target.mkdir()
    window._on_export_options(ExportOptions(["square"], [".jpg"], "instagram", str(target)))
    qtbot.waitUntil(lambda: Settings.load().export_dir == str(target), timeout=5000)  # saved, in the background
    window.export()
    assert folders[1] == str(target) and folders[0] != str(target)


def test_a_blocked_export_names_the_finding_and_goes_back_to_its_field(qtbot, window, tmp_path, monkeypatch):
    """The block is named in words with a way back: Kembali dan perbaiki closes the dialog on
    the field that blocks, and the dialog grows with its text (nothing clipped at 1366x768)."""
    editor = open_editor(qtbot, window)
    editor.doc.set_field("lokasi", "NIK saya 3174095708900001")
    dialog = ExportDialog(editor.doc, window.settings, "id", tmp_path, window)
    dialog.fix_requested.connect(editor.show_finding)
    dialog.show()
    next(b for b in dialog.findChildren(QPushButton) if b.text() == "Tulis paket terbit").click()
    qtbot.waitUntil(dialog.back.isVisible, timeout=30000)
    shown = dialog.blocked.text()
    assert "Lokasi" in shown and "NIK" in shown and not list(tmp_path.iterdir())
    qtbot.waitUntil(lambda: dialog.height() >= dialog.sizeHint().height(), timeout=2000)
    assert dialog.width() <= 1366 and dialog.height() <= 728
    for box in dialog.findChildren(QCheckBox):  # no clipped label
        assert box.width() >= box.sizeHint().width(), box.text()
    qtbot.mouseClick(dialog.back, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    field = editor.form.editors["lokasi"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field or field.isAncestorOf(QApplication.focusWidget()),
                    timeout=2000)
