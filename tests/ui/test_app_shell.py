"""The shell: English through Qt's translator, accessible names, crash recovery across a real
SIGKILL, and the self-test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton, QTabWidget

from app import paths
from app.project import autosave
from app.project.settings import Settings
from ui import i18n

from .conftest import named, open_editor

ROOT = Path(__file__).resolve().parents[2]


# Strings only Qt's translator can turn into English: tr() texts of menus, the editor's tabs,
# buttons and the window title. The duty cards are not here: their English is in duties.toml.
INTERFACE = {
    "id": {"menus": ["&Berkas", "&Sunting", "&Tampilan", "Ban&tuan"],
           "file": ["&Beranda", "&Buka proyek…", "&Simpan", "Simpan &sebagai…"],
           "search": "Cari template…", "back": "← Tugas", "tabs": ["Checklist", "Keterangan"],
           "fix": "Perbaiki", "title": "Tanpa judul — Diplomat Studio"},
    "en": {"menus": ["&File", "&Edit", "&View", "&Help"],
           "file": ["&Home", "&Open project…", "&Save", "Save &as…"],
           "search": "Search templates…", "back": "← Duties", "tabs": ["Checklist", "Caption"],
           "fix": "Fix", "title": "Untitled — Diplomat Studio"},
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_english_interface_comes_from_the_compiled_translation(qtbot, make_window, lang):
    """English after installing the committed .qm; the Indonesian originals without it."""
    assert i18n.qm_path("en").is_file(), "resources/translations/diplomat_en.qm is committed"
    expected = INTERFACE[lang]
    win = make_window(lang)
    assert [a.text() for a in win.menuBar().actions()] == expected["menus"]
    file_menu = win.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions()][:4] == expected["file"]
    assert expected["search"] in [w.placeholderText() for w in win.gallery.findChildren(QLineEdit)]
    assert expected["back"] in [b.text() for b in win.gallery.findChildren(QPushButton)]
    editor = open_editor(qtbot, win)
    tabs = editor.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == expected["tabs"]
    assert expected["fix"] in [b.text() for b in editor.findChildren(QPushButton)]
    assert win.windowTitle() == expected["title"]


SPOKEN = {"id": ("Pratinjau poster", "Temuan checklist"), "en": ("Poster preview", "Checklist findings")}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("template_id", ["produk-umkm", "peluang"])  # together: every field type in use
def test_controls_are_announced_by_their_labels(qtbot, make_window, lang, template_id):
    """What a screen reader says on each field is the field's label from the manifest, in the
    interface language, and the preview and the findings are named in words."""
    win = make_window(lang)
    editor = open_editor(qtbot, win, template_id)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    for field in win.doc.template.manifest.fields:
        editor.focus_field(field.key)  # what clicking a finding or the preview does
        focused = QApplication.focusWidget()
        assert focused is not None and editor.isAncestorOf(focused), field.key
        assert focused.accessibleName() == field.label.get(lang), (field.key, field.type)
    preview, findings = SPOKEN[lang]
    assert named(editor, QLabel, preview).pixmap() is not None
    assert named(editor, QListWidget, findings).isVisibleTo(editor)


DRIVER = """
import sys, os
sys.path.insert(0, {root!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.main as m
import ui.main_window as mw
mw.AUTOSAVE_MS = 200
app = QApplication(["diplomat-studio"])  # before the timer: ui.main reuses this application

def edit():
    win = [w for w in QApplication.topLevelWidgets() if w.__class__.__name__ == "MainWindow"][0]
    win.new_design("produk-umkm")
    win.doc.set_field("nama_produk", "Rendang belum disimpan")
    print("edited", flush=True)

QTimer.singleShot(300, edit)
m.main([])
"""


def test_sigkill_then_restart_offers_the_unsaved_edits(tmp_path, qtbot, library):
    env = {**os.environ, "DIPLOMAT_HOME": os.environ["DIPLOMAT_HOME"], "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", DRIVER.format(root=str(ROOT))], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout.readline().strip() == "edited"
        journal_dir = paths.data_dir() / "autosave"
        deadline = time.time() + 20
        while time.time() < deadline and not list(journal_dir.glob("*.json")):
            time.sleep(0.1)
        assert list(journal_dir.glob("*.json")), "autosave never wrote a journal"
    finally:
        proc.kill()  # SIGKILL: no cleanup, no atexit
        proc.wait(timeout=10)
    found = autosave.pending()
    assert [r.design.fields.get("nama_produk") for r in found] == ["Rendang belum disimpan"]

    from ui.main_window import MainWindow

    win = MainWindow(library, Settings.load(), found)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.preview_ready, timeout=15000):
        win.home.recover_button.click()
    assert win.doc.design.fields["nama_produk"] == "Rendang belum disimpan"
    assert win.doc.dirty
    win.doc.undo_stack.setClean()


def test_self_test_runs_and_exits_zero(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "ui.main", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test: OK" in proc.stdout and "edit → updated preview" in proc.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_language_menu_marks_the_language_in_use(make_window, lang):
    win = make_window(lang)
    view = win.menuBar().actions()[2].menu()
    checked = {a.text(): a.isChecked() for a in view.actions() if a.text() in ("Bahasa Indonesia", "English")}
    assert checked == {"Bahasa Indonesia": lang == "id", "English": lang == "en"}


@pytest.mark.parametrize(("lang", "export", "use"), [("id", "Ekspor", "Gunakan template"),
                                                     ("en", "Export", "Use template")])
def test_the_new_buttons_speak_the_interface_language(make_window, lang, export, use):
    win = make_window(lang)
    assert win.toolbar.export_button.text() == export and win.gallery.use.text() == use


@pytest.mark.parametrize(("lang", "title", "step"), [("id", "Panduan", "Gunakan template"),
                                                     ("en", "Guide", "Use template")])
def test_help_opens_an_offline_guide_in_the_interface_language(qtbot, make_window, lang, title, step):
    win = make_window(lang)
    help_menu = win.menuBar().actions()[3].menu()
    guide_action = help_menu.actions()[0]
    assert guide_action.shortcut().toString() == "F1"
    dialog = win.show_guide()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == title and step in dialog.text.toPlainText()
    assert "Ekspor" in dialog.text.toPlainText() or "Export" in dialog.text.toPlainText()
    dialog.close()
