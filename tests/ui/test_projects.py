"""Projects from the menus: save, open, autosave and the save-before-close question. The file
work runs on the worker, never on the GUI thread, and nothing is lost when a save fails."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QProgressDialog

from app.project import autosave, projectfile

from .conftest import (
    answer_save_question,
    choose_files,
    collect_warnings,
    named,
    open_editor,
    type_into,
)


@pytest.fixture
def file_threads(monkeypatch):
    """Which thread ran each project load/save and journal write (the real ones run)."""
    seen: list[tuple[str, bool]] = []

    def watch(name, fn):
        def wrapper(*args, **kwargs):
            seen.append((name, threading.current_thread() is threading.main_thread()))
            return fn(*args, **kwargs)
        return wrapper
    monkeypatch.setattr(projectfile, "save", watch("save", projectfile.save))
    monkeypatch.setattr(projectfile, "load", watch("load", projectfile.load))
    monkeypatch.setattr(autosave.Journal, "write", watch("journal", autosave.Journal.write))
    return seen


def test_save_and_reopen_from_the_menu_off_the_gui_thread(qtbot, make_window, tmp_path, monkeypatch,
                                                          file_threads):
    import ui.main_window as mw

    monkeypatch.setattr(mw, "AUTOSAVE_MS", 50)
    window = make_window()
    editor = open_editor(qtbot, window)
    type_into(qtbot, named(editor, QLineEdit, "Nama produk"), "Dodol Garut")
    journal = window.journal.path
    qtbot.waitUntil(journal.is_file, timeout=5000)  # autosave wrote the unsaved edit
    assert ("journal", False) in file_threads

    path = tmp_path / "dodol.diplomat"
    choose_files(monkeypatch, save=path)
    with qtbot.waitSignal(window.project_saved, timeout=10000):
        window.save_action.trigger()
    assert path.is_file() and not window.doc.dirty
    assert window.windowTitle() == "dodol.diplomat — Diplomat Studio"
    qtbot.waitUntil(lambda: not journal.exists(), timeout=5000)  # saved work needs no journal
    assert str(path.resolve()) in window.settings.recent

    choose_files(monkeypatch, open_=path)
    with qtbot.waitSignal(window.preview_ready, timeout=15000):
        window.open_action.trigger()
    assert named(window.editor, QLineEdit, "Nama produk").text() == "Dodol Garut"
    assert window.doc.project == path
    assert {name for name, _ in file_threads} == {"journal", "save", "load"}
    assert not any(on_gui for _, on_gui in file_threads), file_threads


def test_edits_made_while_saving_stay_unsaved(qtbot, window, tmp_path, monkeypatch):
    slow_save = projectfile.save

    def save(design, path):
        time.sleep(0.3)
        slow_save(design, path)
    monkeypatch.setattr(projectfile, "save", save)
    editor = open_editor(qtbot, window)
    name = named(editor, QLineEdit, "Nama produk")
    type_into(qtbot, name, "Dodol")
    choose_files(monkeypatch, save=tmp_path / "dodol.diplomat")
    with qtbot.waitSignal(window.project_saved, timeout=10000):
        window.save_action.trigger()
        qtbot.keyClicks(name, " Garut")  # typed while the file is being written
    assert window.doc.dirty and window.windowTitle().startswith("*")
    assert projectfile.load(tmp_path / "dodol.diplomat", tmp_path / "x").fields["nama_produk"] == "Dodol"


def _watch_progress(seen: list) -> QTimer:
    """Note every visible modal progress dialog (timers run while the save is awaited)."""
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: seen.extend(
        w.labelText() for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible() and w.isModal()))
    timer.start()
    return timer


def test_quit_with_unsaved_changes_saves_then_closes(qtbot, window, tmp_path, monkeypatch, file_threads):
    slow_save = projectfile.save
    monkeypatch.setattr(projectfile, "save", lambda d, p: (time.sleep(0.2), slow_save(d, p)))
    editor = open_editor(qtbot, window)
    type_into(qtbot, named(editor, QLineEdit, "Nama produk"), "Bakpia Pathok")
    path = tmp_path / "bakpia.diplomat"
    choose_files(monkeypatch, save=path)
    asked = answer_save_question(monkeypatch, QMessageBox.StandardButton.Save)
    progress: list[str] = []
    timer = _watch_progress(progress)
    window.quit_action.trigger()
    timer.stop()
    assert asked == ["Simpan perubahan pada desain ini?"]
    assert "Menyimpan proyek…" in progress  # the close waited for the worker behind a modal dialog
    assert not window.isVisible()
    assert file_threads == [("save", False)]
    assert projectfile.load(path, tmp_path / "x").fields["nama_produk"] == "Bakpia Pathok"


@pytest.mark.parametrize("lang, message", [("id", "Tidak bisa menyimpan"), ("en", "Cannot write")])
def test_a_failed_save_keeps_the_window_open(qtbot, make_window, tmp_path, monkeypatch, lang, message):
    window = make_window(lang)
    editor = open_editor(qtbot, window)
    label = next(f.label.get(lang) for f in window.doc.template.manifest.fields if f.key == "nama_produk")
    type_into(qtbot, named(editor, QLineEdit, label), "Bakpia Pathok")
    (tmp_path / "bukan-folder").write_text("a file where a folder should be", encoding="utf-8")
    choose_files(monkeypatch, save=tmp_path / "bukan-folder" / "bakpia.diplomat")
    answer_save_question(monkeypatch, QMessageBox.StandardButton.Save)
    warnings = collect_warnings(monkeypatch)
    window.close()
    assert len(warnings) == 1 and warnings[0].startswith(message), warnings
    assert window.isVisible() and window.doc.dirty  # nothing closed, nothing lost
    assert window.doc.design.fields["nama_produk"] == "Bakpia Pathok"


def test_opening_a_damaged_project_shows_the_error(qtbot, window, tmp_path, monkeypatch):
    damaged = tmp_path / "rusak.diplomat"
    damaged.write_bytes(b"not a zip")
    warnings = collect_warnings(monkeypatch)
    choose_files(monkeypatch, open_=damaged)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "rusak dan tidak bisa dibuka" in warnings[0] and window.doc is None
    assert damaged.read_bytes() == b"not a zip"


def test_in_portable_mode_dialogs_and_the_first_export_stay_beside_the_app(qtbot, make_window, monkeypatch):
    """DIPLOMAT_HOME (or portable.txt) is a workshop's USB stick: the save dialog and the first
    export folder are on it, never the laptop's own home folder."""
    import ui.main_window as mw
    from app import paths

    home = paths.portable_home()
    seen = {}

    def fake_save(parent, title, start, filters):
        seen["save"] = start
        return "", ""

    class FakeExport:
        def __init__(self, doc, settings, lang, out, parent):
            seen["export"] = out
            self.options_chosen = self.written = self.fix_requested = type("S", (), {"connect": lambda *a: None})()

        def exec(self):
            return 0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    monkeypatch.setattr(mw, "ExportDialog", FakeExport)
    win = make_window()
    win.new_design("produk-umkm")
    win.save_as()
    win.export()
    assert Path(seen["save"]).is_relative_to(home) and Path(seen["export"]).is_relative_to(home)


def test_a_project_double_clicked_on_macos_arrives_as_a_file_open_event_and_opens(qtbot, make_window, tmp_path):
    from PySide6.QtGui import QFileOpenEvent

    from app.model.design import Design
    from ui.file_open import ProjectOpener

    path = tmp_path / "bakpia.diplomat"
    projectfile.save(Design(template="produk-umkm", fields={"nama_produk": "Bakpia Pathok"}), path)
    window = make_window()
    opener = ProjectOpener(window.open_project)
    app = QApplication.instance()
    app.installEventFilter(opener)
    try:
        with qtbot.waitSignal(window.preview_ready, timeout=15000):
            QApplication.sendEvent(app, QFileOpenEvent(str(path)))
    finally:
        app.removeEventFilter(opener)
    assert window.doc.project == path
    assert named(window.editor, QLineEdit, "Nama produk").text() == "Bakpia Pathok"
