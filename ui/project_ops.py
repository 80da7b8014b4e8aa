"""The file work behind the main window's menus, as Operations (like Anki's operations/note.py):
open and save a `.diplomat` project, write and delete the autosave journal, save the settings.
The work runs on the worker; an OSError (a full disk, a folder without write permission)
becomes a DiplomatError, so the user reads what failed in their language."""

from __future__ import annotations

import copy
from pathlib import Path

from app import paths
from app.errors import DiplomatError
from app.project import projectfile

from .operations import Operation


def _guarded(work, id_text: str, en_text: str):
    def run():
        try:
            return work()
        except OSError as exc:
            raise DiplomatError(f"{id_text}: {exc}", f"{en_text}: {exc}") from exc
    return run


def open_project(parent, path: Path, lang: str) -> Operation:
    """Success receives the loaded Design; its images are unpacked into the data dir."""
    def load():
        return projectfile.load(path, paths.data_dir() / "proyek" / path.stem)
    return Operation(parent, _guarded(load, "Gagal membuka proyek", "Could not open the project"), lang)


def save_project(parent, design, path: Path, lang: str) -> Operation:
    """`design` must be a snapshot: the user may keep editing while it is written."""
    def save():
        projectfile.save(design, path)
        return path
    return Operation(parent, _guarded(save, "Gagal menyimpan", "Could not save"), lang)


def write_journal(parent, journal, design, project: Path | None, lang: str) -> Operation:
    def write():
        journal.write(design, project)
    return Operation(parent, _guarded(write, "Simpan otomatis gagal", "Autosave failed"), lang)


def delete_file(parent, path: Path, lang: str) -> Operation:
    """An autosave journal that is no longer needed (saved, or recovered into a new one)."""
    return Operation(parent, _guarded(lambda: Path(path).unlink(missing_ok=True),
                                      "Gagal menghapus berkas", "Could not delete a file"), lang)


def save_settings(parent, settings, lang: str) -> Operation:
    snapshot = copy.deepcopy(settings)  # the GUI may change the settings while they are written
    return Operation(parent, _guarded(snapshot.save, "Pengaturan tidak tersimpan", "Settings were not saved"),
                     lang)
