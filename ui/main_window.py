"""The main window: home → gallery → editor in one stack, the menus and shortcuts, saving and
opening projects, autosave, the export and brand kit dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget

from app import paths
from app.errors import DiplomatError
from app.model.design import Design
from app.project import autosave
from app.project import projectfile as project

from .brand_dialog import BrandDialog
from .document import DesignDocument
from .editor import EditorPage
from .errors import show_error
from .export_dialog import ExportDialog
from .gallery import GalleryPage
from .home import HomePage

AUTOSAVE_MS = 3000
PROJECT_FILTER = "Proyek Diplomat Studio (*.diplomat)"


def _window_settings() -> QSettings:
    """Window geometry only, in the app's config dir (so DIPLOMAT_HOME isolates it too)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    preview_ready = Signal(float)

    def __init__(self, library, settings, recoveries=(), parent=None):
        super().__init__(parent)
        self.library, self.settings, self.lang = library, settings, settings.language
        self.doc: DesignDocument | None = None
        self.editor: EditorPage | None = None
        self.journal = autosave.Journal()
        self.setWindowTitle("Diplomat Studio")
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.home = HomePage(library, settings, list(recoveries), self.lang, self)
        self.gallery = GalleryPage(library, self.lang, self)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.gallery)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._actions()
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
        self._action(self.tr("&Buka proyek…"), QKeySequence.StandardKey.Open, self._on_open, f)
        self.save_action = self._action(self.tr("&Simpan"), QKeySequence.StandardKey.Save, self.save, f)
        self._action(self.tr("Simpan &sebagai…"), QKeySequence("Ctrl+Shift+S"), self.save_as, f)
        self.export_action = self._action(self.tr("&Ekspor paket terbit…"), QKeySequence("Ctrl+E"), self.export, f)
        self._action(self.tr("Brand &kit…"), QKeySequence("Ctrl+B"), self._on_brand, f)
        f.addSeparator()
        self._action(self.tr("&Keluar"), QKeySequence.StandardKey.Quit, self.close, f)
        e = bar.addMenu(self.tr("&Sunting"))
        self.undo_action = self._action(self.tr("&Urungkan"), QKeySequence.StandardKey.Undo, self._on_undo, e)
        self.redo_action = self._action(self.tr("&Ulangi"), [QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")],
                                        self._on_redo, e)
        v = bar.addMenu(self.tr("&Tampilan"))
        self._action("Bahasa Indonesia", None, lambda: self._set_language("id"), v)
        self._action("English", None, lambda: self._set_language("en"), v)
        h = bar.addMenu(self.tr("Ban&tuan"))
        self._action(self.tr("Lokasi berkas log"), None, self._on_log, h)
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
        self.gallery.list.setFocus()

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
        first = next(iter(self.editor.form.editors.values()), None)
        if first:
            first.setFocus()

    # -- projects ----------------------------------------------------------------------------
    def open_project(self, path: Path) -> None:
        try:
            design = project.load(path, paths.data_dir() / "proyek" / path.stem)
            doc = DesignDocument(design, self.library, path)
        except DiplomatError as exc:
            show_error(self, exc, self.lang)
            return
        self.settings.add_recent(path)
        self.settings.save()
        self.open_document(doc)

    def _on_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Buka proyek"), str(Path.home()), PROJECT_FILTER)
        if path:
            self.open_project(Path(path))

    def save(self) -> bool:
        if self.doc is None:
            return False
        if self.doc.project is None:
            return self.save_as()
        return self._write(self.doc.project)

    def save_as(self) -> bool:
        if self.doc is None:
            return False
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan proyek"), str(Path.home() / "poster.diplomat"),
                                              PROJECT_FILTER)
        if not path:
            return False
        path = Path(path) if path.endswith(project.SUFFIX) else Path(path + project.SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            project.save(self.doc.design, path)
        except (DiplomatError, OSError) as exc:
            show_error(self, exc if isinstance(exc, DiplomatError) else
                       DiplomatError(f"Gagal menyimpan: {exc}", f"Could not save: {exc}"), self.lang)
            return False
        self.doc.mark_saved(path)
        self.settings.add_recent(path)
        self.settings.save()
        self.journal.discard()
        self.statusBar().showMessage(self.tr("Tersimpan: {path}").format(path=path), 4000)
        return True

    def _on_autosave(self) -> None:
        if self.doc is not None and self.doc.dirty:
            self.journal.write(self.doc.design, self.doc.project)

    def _on_recover(self, recovery) -> None:
        doc = DesignDocument(recovery.design, self.library, Path(recovery.project) if recovery.project else None)
        self.open_document(doc)
        doc.undo_stack.resetClean()  # recovered work is unsaved work: the title shows it, close asks
        self.journal.write(doc.design, doc.project)  # our journal now holds it
        recovery.path.unlink(missing_ok=True)

    def _confirm_discard(self) -> bool:
        if self.doc is None or not self.doc.dirty:
            return True
        answer = QMessageBox.question(
            self, "Diplomat Studio", self.tr("Simpan perubahan pada desain ini?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- dialogs and edits -----------------------------------------------------------------
    def export(self) -> None:
        if self.doc is None:
            return
        out = Path(self.settings.recent[0]).parent if self.settings.recent else Path.home() / "Diplomat Studio"
        dialog = ExportDialog(self.doc, self.settings, self.lang, out, self)
        dialog.written.connect(lambda kit: self.statusBar().showMessage(
            self.tr("Paket terbit ditulis: {path}").format(path=kit.folder), 8000))
        dialog.exec()
        self.settings.save()

    def _on_brand(self) -> None:
        dialog = BrandDialog(self.settings.brand, self)
        if dialog.exec():
            self.settings.brand = dialog.brand()
            self.settings.save()

    def _on_undo(self) -> None:
        if self.doc:
            self.doc.undo_stack.undo()

    def _on_redo(self) -> None:
        if self.doc:
            self.doc.undo_stack.redo()

    def _on_log(self) -> None:
        QMessageBox.information(self, "Diplomat Studio", str(paths.log_dir()))

    def _set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.settings.language = lang
            self.settings.save()
            self.language_changed.emit(lang)

    def _update_title(self, *_args) -> None:
        name = self.doc.project.name if self.doc and self.doc.project else self.tr("Tanpa judul")
        mark = "*" if self.doc and self.doc.dirty else ""
        self.setWindowTitle(f"{mark}{name} — Diplomat Studio")

    # -- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = _window_settings().value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._confirm_discard():
            event.ignore()
            return
        _window_settings().setValue("geometry", self.saveGeometry())
        self.journal.discard()
        event.accept()
