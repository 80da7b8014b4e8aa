"""The one way the GUI runs long work: off the GUI thread, with success/failure callbacks
delivered back on the GUI thread.

`LatestOnly` serves the live preview and checklist: at most one job runs at a time. A request
made while one runs is held, a newer request replaces the held one, and the held one starts when
the running job finishes. A fast typist therefore never queues parallel renders, and results
arrive in the order they were asked for, so an old preview can never flash back over a newer one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn, signals: _Signals):
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI's one error surface
            _emit(self.signals.failed, exc)
        else:
            _emit(self.signals.done, result)


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the window closed while this job ran: nobody is waiting for it
        pass


class LatestOnly(QObject):
    """Runs submitted callables one at a time; only the newest request waits for its turn."""

    def __init__(self, on_done, on_failed, parent=None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._on_done_cb, self._on_failed_cb = on_done, on_failed
        self._held = None  # the newest request that is waiting for the running job
        self._running = False
        # Not a child of this object: a job still running when the window closes emits on it from
        # its thread, and a child would already be freed (a crash, not a RuntimeError). The job
        # keeps it alive; the connections die with this receiver, so nothing calls back late.
        self._signals = _Signals()
        self._signals.done.connect(self._on_job_done)
        self._signals.failed.connect(self._on_job_failed)
        self._pool = pool or QThreadPool.globalInstance()

    @property
    def busy(self) -> bool:
        """A job is running: a result delivered now is already older than what was asked for."""
        return self._running

    def submit(self, fn) -> None:
        self._held = fn
        if not self._running:
            self._start_held()

    def _start_held(self) -> None:
        fn, self._held = self._held, None
        if fn is None:
            return
        self._running = True
        self._pool.start(_Job(fn, self._signals))

    def _on_job_done(self, result) -> None:
        self._running = False
        self._start_held()
        self._on_done_cb(result)

    def _on_job_failed(self, exc) -> None:
        self._running = False
        self._start_held()
        self._on_failed_cb(exc)


def run_in_background(fn, on_done, on_failed, parent: QObject, pool: QThreadPool | None = None) -> None:
    """Run `fn` once in the pool; the callbacks run on the GUI thread (owned by `parent`)."""
    signals = _Signals(parent)
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    signals.done.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, signals))
