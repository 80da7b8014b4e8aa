"""GUI tests: real models, real renders, offscreen. Each test gets its own DIPLOMAT_HOME (the
root conftest), so settings, autosave journals and window geometry never leak between tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, library):
    from app.project.settings import Settings
    from ui.main_window import MainWindow

    win = MainWindow(library, Settings.load())
    win.resize(1360, 860)
    win.show()
    yield win
    # closed here, not by qtbot (which closes widgets before fixtures end): a dirty document
    # would otherwise open the modal "save changes?" question and wait forever
    if win.doc is not None:
        win.doc.undo_stack.setClean()
    win.close()
    win.deleteLater()


def open_editor(qtbot, win, template_id: str = "produk-umkm"):
    with qtbot.waitSignal(win.preview_ready, timeout=15000):
        win.new_design(template_id)
    return win.editor


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
