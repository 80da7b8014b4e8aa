"""Operations: one core call that touches the user's files, run off the GUI thread. Modelled on
Anki's aqt.operations (CollectionOp/QueryOp):

    Operation(self, lambda: projectfile.save(design, path), self.lang) \\
        .success(self._on_saved).run_in_background()

The callbacks run on the GUI thread. Without `.failure()`, an error goes to the app's one error
surface (ui.errors.show_error) in the user's language. Every operation runs on one serial queue,
so a save, the autosave journal and its deletion reach the disk in the order the GUI asked.
`run_modal()` is for the few places that must know the outcome before going on (save, then
close): a modal progress dialog waits for the worker while the GUI keeps painting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThreadPool
from PySide6.QtWidgets import QProgressDialog, QWidget

from .errors import show_error
from .worker import run_in_background

_queue: list[QThreadPool] = []


def file_queue() -> QThreadPool:
    """The one serial queue for user files. It belongs to the application, which waits for it
    to drain before it quits, so a write started just before closing still reaches the disk."""
    if not _queue:
        pool = QThreadPool(QCoreApplication.instance())
        pool.setMaxThreadCount(1)
        _queue.append(pool)
    return _queue[0]


def drain() -> None:
    """Wait for the queued writes: the app calls this after its last window closed."""
    if _queue:
        _queue[0].waitForDone()


class Operation:
    def __init__(self, parent: QWidget, work, lang: str):
        self._parent, self._work, self._lang = parent, work, lang
        self._on_success = lambda _result: None
        self._on_failure = lambda exc: show_error(self._parent, exc, self._lang)
        self._label = ""

    def success(self, fn) -> Operation:
        self._on_success = fn
        return self

    def failure(self, fn) -> Operation:
        self._on_failure = fn
        return self

    def with_progress(self, label: str) -> Operation:
        """The text of the modal progress dialog that run_modal() shows."""
        self._label = label
        return self

    def run_in_background(self, on_finished=None) -> None:
        """Start the work and return at once; `on_finished(ok)` follows the callbacks."""
        report = on_finished or (lambda _ok: None)

        def done(result) -> None:
            self._on_success(result)
            report(True)

        def failed(exc) -> None:
            self._on_failure(exc)
            report(False)
        run_in_background(self._work, done, failed, self._parent, file_queue())

    def run_modal(self) -> bool:
        """Run the work and wait for it behind a modal progress dialog; True if it succeeded.
        The wait ignores input (the dialog has no cancel button: a half-made save is no use),
        so nothing can change the document while it is being written."""
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        outcome: list[bool] = []
        loop = QEventLoop()

        def finished(ok: bool) -> None:
            outcome.append(ok)
            loop.quit()
        self._on_failure = _after(dialog.close, self._on_failure)  # the error shows on its own
        self.run_in_background(finished)
        dialog.show()
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        dialog.close()
        dialog.deleteLater()
        return outcome[0]


def _after(first, then):
    def both(*args) -> None:
        first()
        then(*args)
    return both
