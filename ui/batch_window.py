"""Berkas → Produksi massal (Ctrl+Shift+B): one spreadsheet into a checked graphic per row,
with the same core calls as `diplomat batch` (`prepare`, `preflight`, `run_batch`).

The window composes its parts around one BatchSession: the setup (template, sheet, what to
make), the column mapping, the row preview, the dry run's table and the run strip. It starts
the dry run and the batch, both off the GUI thread. Closing it while a batch runs asks first;
"yes" stops the batch (finished rows are kept, the report is written) and the window closes
once the rows in flight are done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.batch import production, runner
from app.batch.plan import prepare

from .app_icon import window_icon
from .batch_mapping import MappingPanel
from .batch_preview import RowPreviewPane
from .batch_results import ResultsTable
from .batch_run import BatchJob, RunPanel
from .batch_session import BatchSession
from .batch_setup import SetupPanel
from .errors import show_error

MAX_SIZE = (1280, 720)
FRAME = 48  # room for the title bar and a desktop panel: a 1366×768 screen shows it whole


class BatchWindow(QMainWindow):
    def __init__(self, library, lang: str, brand=None, template_id: str | None = None, jobs: int | None = None,
                 parent=None):
        super().__init__(parent)
        self.lang = lang
        self.jobs = runner.default_jobs() if jobs is None else jobs  # 0: rows in this process
        self.session = BatchSession(library, lang, brand, template_id, self)
        self.job = BatchJob(self)
        self.setup = SetupPanel(self.session, self)
        self.mapping = MappingPanel(self.session, self)
        self.preview = RowPreviewPane(self.session, self)
        self.results = ResultsTable(self.session, self)
        self.run_panel = RunPanel(self.session, self.job, self.jobs, self)
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Produksi massal — Diplomat Studio"))
        self.setWindowIcon(window_icon())
        self._lay_out()
        self._connect()
        self._fit_screen()

    def _lay_out(self) -> None:
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.addWidget(self.setup)
        column.addWidget(self.mapping)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, accessibleName=self.tr("Pengaturan produksi"))
        scroll.setWidget(choices)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview)
        right.addWidget(self.results)
        right.setSizes([420, 200])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([440, 800])
        split.setStretchFactor(1, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split, 1)
        layout.addWidget(self.run_panel)
        self.setCentralWidget(central)
        scroll.setMinimumWidth(choices.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())

    def _connect(self) -> None:
        self.session.load_failed.connect(self._on_error)
        self.run_panel.check_requested.connect(self._on_check_requested)
        self.run_panel.start_requested.connect(self._on_start_requested)
        self.job.started.connect(self._on_job_started)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)

    def _fit_screen(self) -> None:
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(MAX_SIZE[0], screen.width() - FRAME), min(MAX_SIZE[1], screen.height() - FRAME))

    # -- the dry run and the batch -------------------------------------------------------------
    def _user_dirs(self) -> list[str]:
        """The library's user template folders: worker processes build the same library."""
        return [str(folder) for folder, source in self.session.library.search if source == "user"]

    def _on_check_requested(self) -> None:
        self._start("check", production.preflight)

    def _on_start_requested(self) -> None:
        self._start("run", production.run_batch)

    def _start(self, kind: str, core) -> None:
        options, library, jobs = self.session.options(self._user_dirs()), self.session.library, self.jobs

        def work(progress, stop):
            return core(prepare(options, library), jobs, progress, stop)
        self.job.start(kind, work, options.out_dir)

    def _on_job_started(self, _kind: str) -> None:
        self.setup.setEnabled(False)
        self.mapping.setEnabled(False)

    def _on_job_finished(self, kind: str, result) -> None:
        if kind == "check":
            self.session.show_preflight(result)
        else:
            self.session.show_summary(result)
        self._after_job()

    def _on_job_failed(self, _kind: str, exc) -> None:
        self._on_error(exc)
        self._after_job()

    def _after_job(self) -> None:
        self.setup.setEnabled(True)
        self.mapping.setEnabled(True)
        if self._close_when_stopped:
            self.close()

    def _on_error(self, exc) -> None:
        show_error(self, exc, self.lang)

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.job.running:
            self._close_when_stopped = False
            event.accept()
            return
        event.ignore()
        if self._close_when_stopped:  # already stopping: it closes by itself
            return
        answer = QMessageBox.question(
            self, "Diplomat Studio",
            self.tr("Produksi massal masih berjalan. Hentikan dan tutup jendela ini?\n"
                    "Baris yang sudah jadi tetap tersimpan, begitu juga laporannya."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._close_when_stopped = True
            self.job.cancel()
