"""How a fresh worker process sets itself up to render: the one initializer that the batch
process pool and the Dask worker plugin both call.

A render needs three things that are costly to build and safe to keep for the life of a
process: Qt's offscreen QGuiApplication, the bundled fonts registered with it, and the
template Library (discovery and the Jinja2 environment). `init_worker` builds each once;
`worker_library` hands the library to the per-row job. Everything else a render touches is
either per call (RenderContext, QSvgRenderer, QImage) or a bounded, thread-safe cache (image
frames, icons, text widths), so renders in one worker share nothing that could leak between
rows. Workers are started with the spawn method: forking a process that already runs Qt is not
safe.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from app.render import drafted, qtenv
from app.templating.library import Library

_lock = threading.Lock()
_library: Library | None = None
_dirs: tuple[str, ...] | None = None


def init_worker(user_dirs: tuple[str, ...] | list[str] = ()) -> None:
    """Prepare this process to render: offscreen Qt with the bundled fonts, and the library
    over `user_dirs` (then the bundled templates). Calling it again with the same folders does
    nothing; with other folders it rebuilds the library."""
    global _library, _dirs
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qtenv.ensure_app()  # QGuiApplication + fonts.register(), once per process
    drafted.simplejpeg()  # and numpy with it: 0.1 s at start rather than in the first row
    dirs = tuple(str(d) for d in user_dirs)
    with _lock:
        if _library is None or dirs != _dirs:
            library = Library([Path(d) for d in dirs])
            _ = library.env  # the Jinja2 environment now, not mid-row; a row's `get` reads one manifest
            _library, _dirs = library, dirs


def worker_library() -> Library:
    """The library `init_worker` built; building a default one if the pool forgot to."""
    if _library is None:
        init_worker()
    return _library
