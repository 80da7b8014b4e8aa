"""Autosave and crash recovery. Every change is written, a few seconds later, as a small
journal file in the data dir; a clean close deletes it. At the next start, any journal left
behind is work that a crash (or SIGKILL) would otherwise have lost, and the app offers it back."""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from app import atomic, paths
from app.errors import DesignError
from app.model.design import Design


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
    """One open editor's autosave file."""

    def __init__(self, session: str | None = None):
        self.path = _dir() / f"{session or uuid.uuid4().hex}.json"

    def write(self, design: Design, project: Path | None = None) -> None:
        record = {"pid": os.getpid(), "saved_at": time.time(),
                  "project": str(project) if project else None, "design": design.to_dict()}
        atomic.write_text(self.path, json.dumps(record, ensure_ascii=False))

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def pending() -> list[Recovery]:
    """Journals whose app is no longer running: unsaved work to offer back, newest first."""
    found = []
    for path in _dir().glob("*.json"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            design = Design.from_dict(record["design"])
        except (OSError, ValueError, KeyError, TypeError, DesignError):
            continue  # a half-written or foreign file: never offered, never deleted silently
        if record.get("pid") == os.getpid() or _alive(int(record.get("pid", 0))):
            continue
        found.append(Recovery(path, design, record.get("project"), float(record.get("saved_at", 0)),
                              int(record.get("pid", 0))))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
