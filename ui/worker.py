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
            _emit(self.signals.failed, self.ticket, exc)
        else:
            _emit(self.signals.done, self.ticket, result)


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the window closed while this job ran: nobody is waiting for it
        pass


class LatestOnly(QObject):
    """Runs submitted callables in a pool; only the newest result reaches the callbacks."""

    def __init__(self, on_done, on_failed, parent=None):
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._latest = 0
        self._signals = _Signals(self)  # dies with its owner: no late callbacks into deleted widgets
        self._signals.done.connect(lambda t, r: t == self._latest and on_done(r))
        self._signals.failed.connect(lambda t, e: t == self._latest and on_failed(e))
        self._pool = QThreadPool.globalInstance()

    def submit(self, fn) -> None:
        self._latest = next(self._tickets)
        self._pool.start(_Job(self._latest, fn, self._signals))


class _Once(QObject):
    done = Signal(object)
    failed = Signal(object)


def run_in_background(fn, on_done, on_failed, parent: QObject) -> None:
    """Run `fn` once in the pool; the callbacks run on the GUI thread (owned by `parent`)."""
    signals = _Once(parent)
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    signals.done.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)

    class Job(QRunnable):
        def run(self) -> None:
            try:
                result = fn()
            except Exception as exc:
                _emit(signals.failed, exc)
            else:
                _emit(signals.done, result)

    QThreadPool.globalInstance().start(Job())
