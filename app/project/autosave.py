"""Autosave and crash recovery. Every change is written, a few seconds later, as a small
journal file in the data dir; a clean close deletes it. At the next start, any journal left
behind is work that a crash (or SIGKILL) would otherwise have lost, and the app offers it back."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt

from app import atomic, fsguard, paths
from app.errors import DesignError, DiplomatError
from app.model.design import Design

log = logging.getLogger(__name__)
MAX_JOURNAL_BYTES = 20_000_000


@dataclass
class Recovery:
    path: Path
    design: Design
    project: str | None  # the .diplomat file it belongs to, if it had been saved
    saved_at: float
    pid: int


def _dir() -> Path:
    folder = paths.data_dir() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Journal:
    """One open editor's autosave file, and the lock that says its editor is alive.

    The lock is an OS file lock on `<session>.lock`, held for as long as this Journal lives; the
    system drops it when the process dies, however it dies. A bare pid would not do: after a
    reboot another process often has the same pid, and the work would never be offered."""

    def __init__(self, session: str | None = None):
        self.path = _dir() / f"{session or uuid.uuid4().hex}.json"
        self._lock = _hold(self.path.with_suffix(".lock"))

    def write(self, design: Design, project: Path | None = None) -> None:
        self._keep_lock()
        record = {"pid": os.getpid(), "saved_at": time.time(),
                  "project": str(project) if project else None, "design": design.to_dict()}
        atomic.write_text(self.path, json.dumps(record, ensure_ascii=False))

    def _keep_lock(self) -> None:
        """Another instance's sweep may have removed our lock file in the instant before we
        locked it; then lock a fresh one, so the journal is never without a live lock."""
        lock_path = self.path.with_suffix(".lock")
        try:
            same = os.path.samestat(os.fstat(self._lock.fileno()), os.stat(lock_path))
        except FileNotFoundError:
            same = False
        if not same:
            self._lock.close()
            self._lock = _hold(lock_path)

    def discard(self) -> None:
        """The work is saved: no journal until the next change. The lock stays held."""
        self.path.unlink(missing_ok=True)


def _hold(lock_path: Path):
    """Open and lock `lock_path` for this process; the open file is the lock."""
    handle = open(lock_path, "a+b")  # noqa: SIM115 (kept open: closing it would drop the lock)
    _lock_file(handle, blocking=True)
    return handle


def _lock_file(handle, blocking: bool) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
            return True
        except BlockingIOError:
            return False
    try:  # Windows
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK if not blocking else msvcrt.LK_LOCK, 1)
        return True
    except OSError:
        return False


def _owner_alive(journal: Path) -> bool:
    """True while the process that writes `journal` holds its lock."""
    lock_path = journal.with_suffix(".lock")
    if not lock_path.is_file() or lock_path.is_symlink():
        return False  # no lock (or not one of ours): nobody is editing it
    try:
        with open(lock_path, "a+b") as handle:
            return not _lock_file(handle, blocking=False)  # closing the handle releases a lock we got
    except OSError:
        return False


def pending() -> list[Recovery]:
    """Journals whose app is no longer running: unsaved work to offer back, newest first. A
    damaged journal never stops the app: it is moved to autosave/damaged/ and named in the log."""
    found = []
    try:
        folder = _dir()
        locks, journals = list(folder.glob("*.lock")), list(folder.glob("*.json"))
    except (OSError, DiplomatError) as exc:
        log.warning("autosave folder cannot be read: %s", exc)
        return found
    for lock in locks:  # a clean close or a taken-back journal left its lock file
        with contextlib.suppress(OSError):
            if not lock.with_suffix(".json").exists() and not _owner_alive(lock.with_suffix(".json")):
                lock.unlink(missing_ok=True)
    for path in journals:
        if _owner_alive(path):
            continue  # an editor that is open right now (this process's or another's)
        try:
            found.append(_read(path))
        except (OSError, ValueError, KeyError, TypeError, RecursionError, DesignError, fsguard.NotAFile) as exc:
            _set_aside(path, exc)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _read(path: Path) -> Recovery:
    if path.is_symlink():
        raise ValueError("a journal is never a symlink")
    record = json.loads(fsguard.read_bytes(path, MAX_JOURNAL_BYTES).decode("utf-8"))
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    saved_at, project, pid = record.get("saved_at"), record.get("project"), record.get("pid")
    if isinstance(saved_at, bool) or not isinstance(saved_at, (int, float)):
        raise ValueError(f"saved_at is {saved_at!r}")
    if project is not None and not isinstance(project, str):
        raise ValueError(f"project is {project!r}")
    pid = pid if isinstance(pid, int) and not isinstance(pid, bool) else 0  # informative only
    return Recovery(path, Design.from_dict(record["design"]), project, float(saved_at), pid)


def _set_aside(path: Path, exc: Exception) -> None:
    aside = path.parent / "damaged"
    target = aside / f"{path.stem}-{int(time.time())}{path.suffix}"
    try:
        aside.mkdir(exist_ok=True)
        os.replace(path, target)
        path.with_suffix(".lock").unlink(missing_ok=True)
    except OSError:  # "damaged" is not a folder, a read-only disk...: leave it, say so
        target = path
    log.warning("damaged autosave journal set aside: %s (%s: %s)", target, type(exc).__name__, exc)


def forget(recovery: Recovery) -> None:
    """The user took the work back (or declined it): its journal and lock go."""
    recovery.path.unlink(missing_ok=True)
    recovery.path.with_suffix(".lock").unlink(missing_ok=True)
