"""The one way the GUI runs long work: off the GUI thread, with success/failure callbacks
delivered back on the GUI thread. Stale results (an older request finishing after a newer one)
are dropped, so a fast typist never sees an old preview flash back."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, fn, signals: _Signals):
        super().__init__()
        self.ticket, self.fn, self.signals = ticket, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI's one error surface
            self.signals.failed.emit(self.ticket, exc)
        else:
            self.signals.done.emit(self.ticket, result)


class LatestOnly(QObject):
    """Runs submitted callables in a pool; only the newest result reaches the callbacks."""

    def __init__(self, on_done, on_failed, parent=None):
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._latest = 0
        self._signals = _Signals()
        self._signals.done.connect(lambda t, r: t == self._latest and on_done(r))
        self._signals.failed.connect(lambda t, e: t == self._latest and on_failed(e))
        self._pool = QThreadPool.globalInstance()

    def submit(self, fn) -> None:
        self._latest = next(self._tickets)
        self._pool.start(_Job(self._latest, fn, self._signals))
