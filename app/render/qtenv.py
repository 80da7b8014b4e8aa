"""The one place the core starts Qt: a QGuiApplication on the offscreen platform.

The core needs QtGui for text metrics and QtSvg for rasterising, never the widgets. When the
desktop GUI already made a QApplication, that instance is reused.
"""

from __future__ import annotations

import os
import sys
import threading

from app.render import fonts

_lock = threading.Lock()


def ensure_app():
    """Return the running Q(Gui)Application, creating an offscreen one if there is none."""
    from PySide6.QtGui import QGuiApplication

    with _lock:
        app = QGuiApplication.instance()
        if app is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            # Qt warns about a missing XDG_RUNTIME_DIR on headless machines; it is harmless.
            # and its SVG warnings ("Cycles detected") would add lines to our one-line errors
            os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;qt.svg*=false")
            app = QGuiApplication(sys.argv[:1] or ["diplomat"])
        fonts.register()
        return app
