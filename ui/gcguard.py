"""Python's cyclic garbage collector runs in whichever thread happens to allocate. When it frees
a cycle that holds a Qt object (a closed window, a dialog, a lambda connected to a widget), the
object's C++ destructor runs in that thread; from a worker thread (a preview render, a sheet
being read) that crashes the process. A test run crashed this way once, inside a worker reading
a CSV. So, as Anki does (aqt/main.py, "disable_automatic_garbage_collection"), the GUI switches
automatic collection off and collects on the GUI thread: on a timer, and soon after a window or
dialog closes. Reference counting still frees everything without a cycle at once.
"""

from __future__ import annotations

import gc

INTERVAL_MS = 60_000  # cycles are few: a minute keeps memory flat in a long editing session


def install(app) -> None:
    """Collect on `app`'s thread from now on; call once, after the QApplication exists."""
    from PySide6.QtCore import QTimer

    gc.collect()
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collect_now)
    timer.start()
    app._diplomat_gc_timer = timer  # kept alive with the application


def collect_soon(parent) -> None:
    """After a window or dialog closes: its cycles are collected on the GUI thread in a moment."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(1000, parent, collect_now)


def collect_now() -> None:
    gc.collect()  # not connected directly: the timer would pass its own arguments
