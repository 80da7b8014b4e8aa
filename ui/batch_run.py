"""Running a dry run or a batch off the GUI thread, and the strip that shows it: Check first,
Start, Cancel, the progress bar with rows done, rate and time left, and at the end the buttons
that open the output folder and the HTML report.

`BatchJob` runs one core call (`production.preflight` or `production.run_batch`) on the batch
queue, a one-thread pool owned by the application: the batch never waits behind the project
saves of the file queue, and never holds up the live previews. Its `progress(done, total, row)`
callback runs on that thread; a relay signal carries it to the GUI thread. Cancel sets the stop
flag the core polls: no new rows start, those in flight finish and are kept."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from .worker import run_in_background

_queue: list[QThreadPool] = []


def batch_queue() -> QThreadPool:
    """One batch at a time. The application owns the pool and waits for it when it quits, so a
    stopped batch still finishes its rows in flight and writes its report."""
    if not _queue:
        pool = QThreadPool(QCoreApplication.instance())
        pool.setMaxThreadCount(1)
        _queue.append(pool)
    return _queue[0]


class _Relay(QObject):
    step = Signal(int, int)


class BatchJob(QObject):
    """At most one dry run ("check") or batch ("run") at a time."""

    started = Signal(str)  # kind
    stopping = Signal()  # cancel was asked for: rows in flight are finishing
    progressed = Signal(int, int)  # rows done, rows in all
    finished = Signal(str, object)  # kind, Preflight or Summary
    failed = Signal(str, object)  # kind, the exception

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind: str | None = None
        self.out_dir: Path | None = None
        self.started_at = 0.0
        self.done = self.total = 0
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.step.connect(self._on_step)

    @property
    def running(self) -> bool:
        return self.kind is not None

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def start(self, kind: str, work, out_dir: Path | None = None) -> None:
        """Run `work(progress, stop)` on the batch queue; `stop()` is the core's stop poll."""
        if self.running:
            return
        self.kind, self.out_dir, self.started_at, self.done, self.total = kind, out_dir, time.monotonic(), 0, 0
        stop, relay = threading.Event(), self._relay
        self._stop = stop

        def progress(done: int, total: int, _result) -> None:
            try:
                relay.step.emit(done, total)
            except RuntimeError:  # the window is gone: start no more rows
                stop.set()
        run_in_background(lambda: work(progress, stop.is_set), self._on_done, self._on_failed, self, batch_queue())
        self.started.emit(kind)

    def cancel(self) -> None:
        if self.running and not self._stop.is_set():
            self._stop.set()
            self.stopping.emit()

    def _on_step(self, done: int, total: int) -> None:
        if self.running:
            self.done, self.total = done, total
            self.progressed.emit(done, total)

    def _on_done(self, result) -> None:
        kind, self.kind = self.kind, None
        self.finished.emit(kind, result)

    def _on_failed(self, exc) -> None:
        kind, self.kind = self.kind, None
        self.failed.emit(kind, exc)


def clock(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class RunPanel(QWidget):
    check_requested = Signal()
    start_requested = Signal()

    def __init__(self, session, job: BatchJob, jobs: int, parent=None):
        super().__init__(parent)
        self.session, self.job, self.jobs, self.lang = session, job, jobs, session.lang
        self.check = QPushButton(self.tr("Periksa dulu"), accessibleName=self.tr("Periksa dulu"))
        self.start = QPushButton(self.tr("Mulai"), accessibleName=self.tr("Mulai produksi"))
        self.cancel = QPushButton(self.tr("Batal"), accessibleName=self.tr("Batalkan"), enabled=False)
        self.progress = QProgressBar(accessibleName=self.tr("Kemajuan"), textVisible=True)
        self.progress.setFormat("%v / %m")
        self.rate = QLabel(accessibleName=self.tr("Laju dan sisa waktu"))
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Keterangan produksi"))
        self.open_folder = QPushButton(self.tr("Buka folder"), accessibleName=self.tr("Buka folder"), enabled=False)
        self.open_report = QPushButton(self.tr("Buka laporan"), accessibleName=self.tr("Buka laporan"),
                                       enabled=False)
        self._lay_out()
        self._connect()
        self._on_choices_changed()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for widget in (self.check, self.start, self.cancel):
            buttons.addWidget(widget)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.rate)
        buttons.addWidget(self.open_folder)
        buttons.addWidget(self.open_report)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.check.clicked.connect(self.check_requested)
        self.start.clicked.connect(self.start_requested)
        self.cancel.clicked.connect(self.job.cancel)
        self.open_folder.clicked.connect(self._on_open_folder)
        self.open_report.clicked.connect(self._on_open_report)
        self.session.loaded.connect(self._on_choices_changed)
        self.session.mapping_changed.connect(self._on_choices_changed)
        self.session.template_changed.connect(self._on_choices_changed)
        self.job.started.connect(self._on_started)
        self.job.stopping.connect(self._on_stopping)
        self.job.progressed.connect(self._on_progressed)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)

    def _on_choices_changed(self) -> None:
        ready = self.session.sheet is not None and not self.session.missing() and bool(self.session.sheet.numbers)
        for button in (self.check, self.start):
            button.setEnabled(ready and not self.job.running)
        if self.job.running:
            return
        if self.session.sheet is None:
            self.message.setText(self.tr("Pilih lembar kerja untuk mulai."))
        elif self.session.missing():
            self.message.setText(self.tr("Mulai menunggu kolom untuk isian wajib."))
        elif not self.session.sheet.numbers:
            self.message.setText(self.tr("Lembar ini tidak punya baris data."))
        else:
            self.message.setText(self.tr("Siap: {n} baris. Periksa dulu untuk melihat masalah sebelum membuat berkas.")
                                 .format(n=len(self.session.sheet.numbers)))

    def _on_started(self, kind: str) -> None:
        for button in (self.check, self.start, self.open_folder, self.open_report):
            button.setEnabled(False)
        self.cancel.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the first row is done
        self.rate.clear()
        text = self.tr("Memeriksa…") if kind == "check" else self.tr("Membuat berkas…")
        if self.jobs:
            text += " " + self.tr("({n} proses pekerja)").format(n=self.jobs)
        self.message.setText(text)

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        elapsed = max(1e-6, time.monotonic() - self.job.started_at)
        rate = done / elapsed
        left = (total - done) / rate if rate else 0.0
        self.rate.setText(self.tr("{rate} baris/detik · sisa {left}").format(
            rate=QLocale().toString(rate, "f", 1), left=clock(left)))

    def _on_stopping(self) -> None:
        self.cancel.setEnabled(False)
        self.message.setText(self.tr("Menghentikan… baris yang sedang dibuat diselesaikan; yang sudah jadi tetap "
                                     "tersimpan."))

    def _on_finished(self, kind: str, result) -> None:
        self._reset()
        if kind == "check":
            rows = result.rows
            ok = sum(r.status == "ok" for r in rows)
            text = self.tr("Pemeriksaan selesai: {n} baris, {ok} tanpa masalah, {bad} perlu perhatian.").format(
                n=len(rows), ok=ok, bad=len(rows) - ok)
            if self.job.cancelled:
                text = self.tr("Pemeriksaan dihentikan setelah {n} baris.").format(n=len(rows))
        else:
            text = self._summary_text(result)
            self._offer_outputs()
        self.message.setText(text)

    def _summary_text(self, summary) -> str:
        counts = summary.counts()
        text = self.tr("{ok} siap, {warn} perlu dicek, {blocked} diblokir, {failed} gagal; {images} berkas dalam "
                       "{secs} detik.").format(**counts, images=summary.images,
                                               secs=QLocale().toString(summary.seconds, "f", 1))
        if summary.interrupted:
            return self.tr("Dihentikan: {done} dari {total} baris selesai. Baris yang sudah jadi tetap tersimpan "
                           "di folder keluaran dan tercantum di laporan. ").format(
                done=len(summary.rows), total=max(self.job.total, len(summary.rows))) + text
        return self.tr("Selesai: ") + text

    def _on_failed(self, _kind: str, _exc) -> None:
        self._reset()
        self.message.setText(self.tr("Tidak jadi dijalankan."))
        self._offer_outputs()

    def _reset(self) -> None:
        self.cancel.setEnabled(False)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
        self._on_choices_changed()

    def _offer_outputs(self) -> None:
        out = self.job.out_dir
        self.open_folder.setEnabled(out is not None and out.is_dir())
        self.open_report.setEnabled(out is not None and (out / "report.html").is_file())

    def _on_open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.job.out_dir)))

    def _on_open_report(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.job.out_dir / "report.html")))
