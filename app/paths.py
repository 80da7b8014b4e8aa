"""Where the app keeps the user's files (bundled data is app.resources' business).

platformdirs decides, unless the app is portable: then config, data (templates, brand kits,
autosaves), cache, logs and the default export folder all live under one folder. It is
portable when
- DIPLOMAT_HOME names that folder (tests use it for isolation), or
- a file `portable.txt` lies beside the executable (the bundle's `diplomat-studio`, or the
  script in a venv's bin/): then the folder is `diplomat-data` beside it, so a workshop can
  run the app from a USB stick on a locked-down laptop and take everything home on it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from app.errors import WriteError

APP_NAME = "diplomat-studio"


PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "diplomat-data"


def _home() -> Path | None:
    value = os.environ.get("DIPLOMAT_HOME")
    if value:
        return Path(value).expanduser().resolve()
    for folder in _executable_dirs():
        if (folder / PORTABLE_MARKER).is_file():
            return folder / PORTABLE_FOLDER
    return None


def _executable_dirs() -> list[Path]:
    """The bundle's folder when frozen; otherwise the folder of the script that started us."""
    if getattr(sys, "frozen", False):
        return [Path(sys.executable).resolve().parent]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    return [script.resolve().parent] if script is not None and script.is_file() else []


def portable_home() -> Path | None:
    """The one folder that holds everything in portable mode, or None."""
    return _home()


def _dir(kind: str) -> Path:
    home = _home()
    if home is not None:
        path = home / kind
    else:
        getter = getattr(platformdirs, f"user_{kind}_path")
        path = Path(getter(APP_NAME, appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(path, exc) from None
    return path


def config_dir() -> Path:
    return _dir("config")


def data_dir() -> Path:
    return _dir("data")


def cache_dir() -> Path:
    return _dir("cache")


def log_dir() -> Path:
    return _dir("log")


def user_templates_dir() -> Path:
    path = data_dir() / "templates"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(path, exc) from None
    return path


def documents_dir() -> Path:
    """Where exports and projects go by default: beside the app in portable mode, otherwise
    `~/Diplomat Studio`. Created on first use by whoever writes there."""
    home = _home()
    return home / "Diplomat Studio" if home is not None else Path.home() / "Diplomat Studio"


def start_dir() -> Path:
    """Where a file dialog opens: the documents folder once it exists, else the portable home
    (never the laptop's own home folder in portable mode), else the user's home."""
    documents = documents_dir()
    if documents.is_dir():
        return documents
    return _home() or Path.home()
