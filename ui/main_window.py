"""The main window: home → gallery → editor in one stack, the menus and shortcuts, saving and
opening projects, autosave, the export and brand kit dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget

from app import paths
from app.errors import DiplomatError
from app.model.design import Design
from app.output.naming import slug
from app.project import autosave
from app.project import projectfile as project

from . import project_ops
from .app_icon import window_icon
from .batch_window import BatchWindow
from .brand_dialog import BrandDialog
from .document import DesignDocument
from .editor import EditorPage
from .errors import show_error
from .export_dialog import ExportDialog
from .gallery import GalleryPage
from .help_menu import HelpMenu
from .home import HomePage
from .screenfit import DEFAULT_SIZE, fitted_size
from .toolbar import EditorToolbar

AUTOSAVE_MS = 3000
PROJECT_FILTER = "Proyek Diplomat Studio (*.diplomat)"


# WCAG 2.2 focus appearance for the fields: a 2 px ring in a blue with 6.8:1 on white (the
# platform's own ring was a faint 1 px tint)
FOCUS_RING = "#1F5AA6"
FOCUS_STYLE = ("QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus,"
               f" QListWidget:focus {{ border: 2px solid {FOCUS_RING}; border-radius: 3px; }}")
def _window_settings() -> QSettings:
    """Window geometry only, in the app's config dir (so DIPLOMAT_HOME isolates it too)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    preview_ready = Signal(float)
    project_saved = Signal(str)  # the path, once the file is on disk

    def __init__(self, library, settings, recoveries=(), parent=None):
        super().__init__(parent)
        self.library, self.settings, self.lang = library, settings, settings.language
        self.doc: DesignDocument | None = None
        self.editor: EditorPage | None = None
        self.batch_window: BatchWindow | None = None
        self.journal = autosave.Journal()
        self._autosave_failing = False
        self.setWindowTitle("Diplomat Studio")
        self.setWindowIcon(window_icon())
        self.setStyleSheet(FOCUS_STYLE)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.home = HomePage(library, settings, list(recoveries), self.lang, self)
        self.gallery = GalleryPage(library, self.lang, self)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.gallery)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._actions()
        self.toolbar = EditorToolbar(self)
        self.addToolBar(self.toolbar)
        self.toolbar.setVisible(False)
        self.stack.currentChanged.connect(lambda: self.toolbar.setVisible(self.stack.currentWidget() is self.editor))
        self._connect()
        self._restore_geometry()

    # -- wiring ----------------------------------------------------------------------------
    def _action(self, text: str, shortcut, slot, menu) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _actions(self) -> None:
        bar = self.menuBar()
        f = bar.addMenu(self.tr("&Berkas"))
        self._action(self.tr("&Beranda"), QKeySequence("Ctrl+H"), self.go_home, f)
        self.open_action = self._action(self.tr("&Buka proyek…"), QKeySequence.StandardKey.Open, self._on_open, f)
        self.save_action = self._action(self.tr("&Simpan"), QKeySequence.StandardKey.Save, self.save, f)
        self._action(self.tr("Simpan &sebagai…"), QKeySequence("Ctrl+Shift+S"), self.save_as, f)
        self.export_action = self._action(self.tr("&Ekspor paket terbit…"), QKeySequence("Ctrl+E"), self.export, f)
        self.batch_action = self._action(self.tr("&Produksi massal…"), QKeySequence("Ctrl+Shift+B"),
                                         lambda: self.open_batch(), f)
        self._action(self.tr("Brand &kit…"), QKeySequence("Ctrl+B"), self._on_brand, f)
        f.addSeparator()
        self.quit_action = self._action(self.tr("&Keluar"), QKeySequence.StandardKey.Quit, self.close, f)
        e = bar.addMenu(self.tr("&Sunting"))
        self.undo_action = self._action(self.tr("&Urungkan"), QKeySequence.StandardKey.Undo, self._on_undo, e)
        self.redo_action = self._action(self.tr("&Ulangi"), [QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")],
                                        self._on_redo, e)
        v = bar.addMenu(self.tr("&Tampilan"))
        for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):  # the current one checked
            action = self._action(name, None, lambda _checked=False, code=code: self._set_language(code), v)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
        self.help = HelpMenu(self, bar)
        self.about_action = self.help.about_action
        for action in (self.save_action, self.export_action, self.undo_action, self.redo_action):
            action.setEnabled(False)

    def _connect(self) -> None:
        self.home.duty_chosen.connect(self.show_gallery)
        self.home.project_chosen.connect(lambda p: self.open_project(Path(p)))
        self.home.recover_chosen.connect(self._on_recover)
        self.gallery.back.connect(self.go_home)
        self.gallery.template_chosen.connect(self.new_design)
        self._autosave.timeout.connect(self._on_autosave)

    # -- navigation --------------------------------------------------------------------------
    def go_home(self) -> None:
        self.stack.setCurrentWidget(self.home)

    def show_gallery(self, duty: int | None = None) -> None:
        self.gallery.show_duty(duty)
        self.stack.setCurrentWidget(self.gallery)
        self.gallery.focus_templates()

    def new_design(self, template_id: str) -> None:
        template = self.library.get(template_id)
        design = Design(template=template_id, lang=self.lang, brand=self.settings.brand,
                        format="portrait" if "portrait" in template.manifest.formats else template.manifest.formats[0])
        self.open_document(DesignDocument(design, self.library))

    def open_document(self, doc: DesignDocument) -> None:
        if not self._confirm_discard():
            return
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.doc = doc
        self.editor = EditorPage(doc, self.lang, self.settings.platform, self)
        self.editor.rendered.connect(self.preview_ready)
        self.editor.failed.connect(lambda exc: show_error(self, exc, self.lang))
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        doc.changed.connect(self._autosave.start)
        doc.checklist_inputs_changed.connect(self._autosave.start)
        doc.dirty_changed.connect(self._update_title)
        self.undo_action.setEnabled(True)
        self.redo_action.setEnabled(True)
        self.save_action.setEnabled(True)
        self.export_action.setEnabled(True)
        self._update_title()
        self.editor.focus_first_field()
        if doc.dirty:  # unsaved work from another window: journal it here at once
            self._on_autosave()

    def hand_over_document(self) -> DesignDocument | None:
        """Give the open document to another window (a language switch rebuilds the window);
        this one forgets it, so closing it does not ask to save it."""
        doc, self.doc = self.doc, None
        return doc

    # -- projects: the file work runs through ui.project_ops, never on the GUI thread --------
    def open_project(self, path: Path) -> None:
        project_ops.open_project(self, path, self.lang) \
            .success(lambda design: self._on_project_loaded(path, design)).run_in_background()

    def _on_project_loaded(self, path: Path, design: Design) -> None:
        try:
            self.library.get(design.template)  # a project whose template is gone cannot open
        except DiplomatError as exc:
            show_error(self, exc, self.lang)
            return
        doc = DesignDocument(design, self.library, path)
        self.settings.add_recent(path)
        self._save_settings()
        self.open_document(doc)

    def _on_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Buka proyek"), str(paths.start_dir()), PROJECT_FILTER)
        if path:
            self.open_project(Path(path))

    def save(self) -> None:
        """Save in the background; the title loses its mark when the file is written."""
        path = self._project_path()
        if path is not None:
            self._save_op(path).run_in_background()

    def save_as(self) -> None:
        path = self._ask_project_path()
        if path is not None:
            self._save_op(path).run_in_background()

    def _save_and_wait(self) -> bool:
        """Save and wait behind a modal progress dialog: for a question that needs the answer
        (save, then close or open another design). False, and nothing closes, if it failed."""
        path = self._project_path()
        if path is None:
            return False
        return self._save_op(path).with_progress(self.tr("Menyimpan proyek…")).run_modal()

    def _project_path(self) -> Path | None:
        if self.doc is None:
            return None
        return self.doc.project or self._ask_project_path()

    def _ask_project_path(self) -> Path | None:
        if self.doc is None:
            return None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan proyek"),
                                              str(paths.start_dir() / (self._suggested_name() + project.SUFFIX)),
                                              PROJECT_FILTER)
        if not path:
            return None
        return Path(path) if path.endswith(project.SUFFIX) else Path(path + project.SUFFIX)

    def _suggested_name(self) -> str:
        """The design's own name for its file: the product, event or headline, as a slug."""
        man, fields = self.doc.template.manifest, self.doc.design.fields
        key = man.headline_key()
        value = fields.get(key) if key else None
        if not value and key and self.doc.design.samples:
            value = man.field(key).sample_for(self.doc.design.lang)
        return slug(str(value or man.name.get(self.lang)))

    def _save_op(self, path: Path):
        doc, design = self.doc, self.doc.snapshot()
        return project_ops.save_project(self, design, path, self.lang) \
            .success(lambda _path: self._on_saved(doc, design, path))

    def _on_saved(self, doc: DesignDocument, design: Design, path: Path) -> None:
        doc.mark_saved(path, design)
        self.settings.add_recent(path)
        self._save_settings()
        if doc is self.doc and not doc.dirty:  # the journal belongs to the open design
            project_ops.delete_file(self, self.journal.path, self.lang).run_in_background()
        self._update_title()
        self.statusBar().showMessage(self.tr("Tersimpan: {path}").format(path=path), 4000)
        self.project_saved.emit(str(path))

    def _on_autosave(self) -> None:
        if self.doc is not None and self.doc.dirty:
            project_ops.write_journal(self, self.journal, self.doc.snapshot(), self.doc.project, self.lang) \
                .success(self._on_autosaved).failure(self._on_autosave_failed).run_in_background()

    def _on_autosaved(self, _result) -> None:
        self._autosave_failing = False

    def _on_autosave_failed(self, exc) -> None:
        if not self._autosave_failing:  # say it once, not every few seconds
            self._autosave_failing = True
            show_error(self, exc, self.lang)

    def _on_recover(self, recovery) -> None:
        doc = DesignDocument(recovery.design, self.library, Path(recovery.project) if recovery.project else None)
        self.open_document(doc)
        if self.doc is not doc:  # the user kept the design that was open
            return
        doc.undo_stack.resetClean()  # recovered work is unsaved work: the title shows it, close asks
        # our journal takes it over first; only then is the old one deleted (the queue keeps order)
        project_ops.write_journal(self, self.journal, doc.snapshot(), doc.project, self.lang).run_in_background()
        project_ops.delete_file(self, recovery.path, self.lang).run_in_background()

    def _save_settings(self) -> None:
        project_ops.save_settings(self, self.settings, self.lang).run_in_background()

    def _confirm_discard(self) -> bool:
        if self.doc is None or not self.doc.dirty:
            return True
        answer = QMessageBox.question(
            self, "Diplomat Studio", self.tr("Simpan perubahan pada desain ini?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self._save_and_wait()
        return answer == QMessageBox.StandardButton.Discard

    # -- dialogs and edits -----------------------------------------------------------------
    def export(self) -> None:
        if self.doc is None:
            return
        # the last kit's folder; else the documents folder (in DIPLOMAT_HOME when portable)
        last = Path(self.settings.export_dir) if self.settings.export_dir else None
        out = last if last is not None and last.is_dir() else paths.documents_dir()
        dialog = ExportDialog(self.doc, self.settings, self.lang, out, self)
        dialog.options_chosen.connect(self._on_export_options)
        dialog.written.connect(self._on_kit_written)
        if self.editor is not None:
            dialog.fix_requested.connect(self.editor.show_finding)
        dialog.exec()

    def _on_export_options(self, options) -> None:
        self.settings.export_formats, self.settings.export_types = options.formats, options.types
        self.settings.platform = options.platform
        if options.folder:
            self.settings.export_dir = options.folder
        self._save_settings()

    def _on_kit_written(self, kit) -> None:
        self.statusBar().showMessage(self.tr("Paket terbit ditulis: {path}").format(path=kit.folder), 8000)
        if self.editor is not None:
            self.editor.banner.show_kit(kit)

    def open_batch(self, jobs: int | None = None) -> BatchWindow:
        """The batch window, made once and shown again with what the user set up in it; it
        starts on the template open in the editor. `jobs`: worker processes (None: one per
        core; 0: in this process), fixed when the window is made."""
        if self.batch_window is None:
            template = self.doc.design.template if self.doc else None
            self.batch_window = BatchWindow(self.library, self.lang, self.settings.brand, template, jobs, self)
        self.batch_window.show()
        self.batch_window.raise_()
        self.batch_window.activateWindow()
        return self.batch_window

    def _on_brand(self) -> None:
        dialog = BrandDialog(self.settings.brand, self)
        if dialog.exec():
            self.settings.brand = dialog.brand()
            self._save_settings()

    def _on_undo(self) -> None:
        if self.doc:
            self.doc.undo_stack.undo()

    def _on_redo(self) -> None:
        if self.doc:
            self.doc.undo_stack.redo()

    def show_guide(self):
        return self.help.show_guide()

    def show_about(self):
        return self.help.show_about()

    def _set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.settings.language = lang
            self._save_settings()
            self.language_changed.emit(lang)

    def _update_title(self, *_args) -> None:
        name = self.doc.project.name if self.doc and self.doc.project else self.tr("Tanpa judul")
        mark = "*" if self.doc and self.doc.dirty else ""
        self.setWindowTitle(f"{mark}{name} — Diplomat Studio")

    # -- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The last size and place; else, or when that no longer fits this screen (a 1366x768
        laptop after a large monitor), a size that fits it: maximised on a small screen."""
        geometry = _window_settings().value("geometry")
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if geometry is not None and self.restoreGeometry(geometry) and (
                available is None or available.contains(self.frameGeometry())):
            return
        if available is None:
            self.resize(DEFAULT_SIZE)
            return
        maximise, size = fitted_size(available.size())
        self.resize(size)
        self.move(available.center() - self.rect().center())
        if maximise:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.batch_window is not None and self.batch_window.isVisible() and not self.batch_window.close():
            event.ignore()  # a batch is running and the user kept it, or it is still stopping
            return
        if not self._confirm_discard():
            event.ignore()
            return
        _window_settings().setValue("geometry", self.saveGeometry())
        project_ops.delete_file(self, self.journal.path, self.lang).run_in_background()
        event.accept()
