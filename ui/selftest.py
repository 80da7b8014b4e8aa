"""The self-test: proves on any machine that the window opens, renders, edits and undoes."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, QTimer


def _wait(app, signal, timeout_ms: int = 15000) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *a: (fired.append(a), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def run(app, window, start: float) -> int:
    app.processEvents()
    t_window = time.perf_counter() - start
    template = "produk-umkm" if "produk-umkm" in window.library.templates else next(iter(window.library.templates))
    window.new_design(template)
    if not _wait(app, window.preview_ready):
        print("self-test: GAGAL / FAILED: no first preview")
        return 1
    t_preview = time.perf_counter() - start
    doc = window.doc
    key = next(f.key for f in doc.template.manifest.fields if f.type == "text")
    edit_start = time.perf_counter()
    doc.set_field(key, "Uji coba Diplomat Studio")
    ok = _wait(app, window.preview_ready)
    t_edit = time.perf_counter() - edit_start
    window.undo_action.trigger()
    undone = key not in doc.design.fields
    ok = ok and _wait(app, window.preview_ready) and undone
    print(f"start → window: {t_window * 1000:.0f} ms")
    print(f"start → first preview: {t_preview * 1000:.0f} ms")
    print(f"edit → updated preview: {t_edit * 1000:.0f} ms")
    print(f"undo: {'ok' if undone else 'FAILED'}")
    about = window.show_about()  # the licences must be readable wherever the app was installed
    texts = about.tabs.widget(0).toPlainText() + about.tabs.widget(1).toPlainText()
    licences = "GNU GENERAL PUBLIC LICENSE" in texts and "PySide6" in texts
    about.close()
    print(f"about, licences: {'ok' if licences else 'FAILED'}")
    ok = ok and licences
    print("self-test: OK" if ok else "self-test: GAGAL / FAILED")
    window.doc.undo_stack.setClean()
    window.close()
    return 0 if ok else 1
