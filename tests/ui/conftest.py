"""GUI tests: real models, real renders, offscreen. Each test gets its own DIPLOMAT_HOME (the
root conftest), so settings, autosave journals and window geometry never leak between tests.

Tests find controls the way a screen reader user does, by their accessible names (`named`),
and act through actions, keys and clicks. Only Qt's own modal dialogs (the file chooser, the
"save changes?" question, the error box) are answered by patching their static functions."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp):
    """As the app does (ui/gcguard.py): no automatic collection, which could free a previous
    test's windows from inside a worker thread and crash; a full collection after each test, on
    this thread."""
    was = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was:
        gc.enable()


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch):
    """A message box nobody answers would block the suite for ever (one did, once, in CI's
    load): every box a test did not ask for is recorded, answered with Cancel, and fails the
    test with its text. Tests that expect one patch the same functions again (collect_warnings,
    answer_save_question)."""
    shown = []

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append(f"{kind}: {text}")
            return QMessageBox.StandardButton.Cancel
        return staticmethod(box)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(f"exec: {self.text()}") or 0)
    yield
    assert not shown, f"unexpected message boxes: {shown}"


@pytest.fixture
def make_window(qtbot, library):
    from app.project.settings import Settings
    from ui import i18n
    from ui.main_window import MainWindow

    made = []

    def make(lang: str = "id", templates=None):
        assert i18n.install(lang)
        settings = Settings.load()
        settings.language = lang
        win = MainWindow(templates or library, settings)
        win.resize(1360, 860)
        win.show()
        made.append(win)
        return win

    yield make
    # closed here, not by qtbot (which closes widgets before fixtures end): a dirty document
    # would otherwise open the modal "save changes?" question and wait forever
    for win in made:
        if win.doc is not None:
            win.doc.undo_stack.setClean()
        win.close()
        win.deleteLater()
    i18n.install("id")


@pytest.fixture
def window(make_window):
    return make_window()


def resize_to(qtbot, win, size) -> None:
    """The window at `size` exactly, as on a laptop of that screen. The offscreen screen is
    800x800: a plain resize is clamped to it unless the window state is set first."""
    from PySide6.QtCore import Qt

    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(size)
    win.move(0, 0)
    qtbot.waitUntil(lambda: win.size() == size, timeout=2000)


def named(root, cls, name: str):
    """The one widget of type `cls` under `root` that a screen reader announces as `name`."""
    found = [w for w in root.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {cls.__name__} named {name!r}"
    return found[0]


def open_editor(qtbot, win, template_id: str = "produk-umkm"):
    with qtbot.waitSignal(win.preview_ready, timeout=15000):
        win.new_design(template_id)
    return win.editor


def type_into(qtbot, widget, text: str, delay: int = -1) -> None:
    """Focus, select all and type, as a user replacing a field's text. Plain text only: an
    emoji through keyClicks aborts the process."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text, delay=delay)


def answer_save_question(monkeypatch, button) -> list:
    """Answer "save changes?" with `button`; the returned list collects each question asked."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def choose_files(monkeypatch, save=None, open_=None) -> None:
    """The file chooser picks `save` for Save as and `open_` for Open."""
    if save is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(save), ""))
    if open_ is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(open_), ""))


def collect_warnings(monkeypatch) -> list:
    """The texts of the error boxes (ui.errors shows a DiplomatError with QMessageBox.warning)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def wait_report(qtbot, editor, predicate, timeout: int = 15000):
    try:
        qtbot.waitUntil(lambda: getattr(editor, "report", None) is not None and predicate(editor.report),
                        timeout=timeout)
    except Exception:
        report = getattr(editor, "report", None)
        print("last report:", report and [(f.rule, f.field) for f in report.findings],
              "design:", editor.doc.design.fields, "status:", editor.preview.status.text())
        raise
    return editor.report
