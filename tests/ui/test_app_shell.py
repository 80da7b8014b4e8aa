"""The shell: English through Qt's translator, accessible names, crash recovery across a real
SIGKILL, and the self-test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from app import paths
from app.project import autosave
from app.project.settings import Settings
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def test_english_interface_comes_from_the_compiled_translation(qtbot, library):
    from ui.main_window import MainWindow

    assert i18n.qm_path("en").is_file(), "resources/translations/diplomat_en.qm is committed"
    assert i18n.install("en")
    try:
        settings = Settings.load()
        settings.language = "en"
        win = MainWindow(library, settings)
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus[:2] == ["&File", "&Edit"]
        assert "Duty 3" in win.home.cards[2].accessibleName() or "Promote" in win.home.cards[2].accessibleName()
    finally:
        i18n.install("id")
    win2 = MainWindow(library, Settings.load())
    qtbot.addWidget(win2)
    assert [a.text() for a in win2.menuBar().actions()][:2] == ["&Berkas", "&Sunting"]


def test_controls_have_accessible_names(qtbot, window):
    from .conftest import open_editor

    editor = open_editor(qtbot, window)
    for editor_widget in editor.form.editors.values():
        assert editor_widget.accessibleName()
    assert editor.preview.image.accessibleName() and editor.checklist.list.accessibleName()


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
