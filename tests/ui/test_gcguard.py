"""The GUI collects cycles on its own thread (ui/gcguard.py), never inside a worker."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject

from ui import gcguard


def test_install_stops_automatic_collection_and_the_timer_collects_on_this_thread(qapp):
    try:
        gc.enable()
        gcguard.install(qapp)
        assert not gc.isenabled()
        assert qapp._diplomat_gc_timer.isActive()

        class Holder:
            pass

        holder = Holder()
        holder.me = holder  # a cycle, as a window with a lambda connected to itself makes
        holder.obj = QObject()
        gone = weakref.ref(holder)
        del holder
        kept = [[] for _ in range(20_000)]  # kept: enough new containers to trigger a collection
        assert gone() is not None  # nothing collected it behind our back
        del kept
        gcguard.collect_now()
        assert gone() is None
    finally:
        qapp._diplomat_gc_timer.stop()
        gc.disable()  # the UI tests' own fixture restores the state it found
