"""Where the app keeps the user's files (bundled data is app.resources' business).

platformdirs decides, unless DIPLOMAT_HOME is set: then config, data, cache and logs all live
under that one folder (a portable install on a workshop USB stick, or isolation for tests).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app.errors import WriteError

APP_NAME = "diplomat-studio"


def _home() -> Path | None:
    value = os.environ.get("DIPLOMAT_HOME")
    return Path(value).expanduser().resolve() if value else None


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
