"""`diplomat-studio`: the desktop app's composition root. It sets up logging, the error
surface, the translator, settings and the template library, and opens the main window.

`diplomat-studio --self-test` opens the window offscreen, loads a sample design, waits for the
first preview, makes one edit and one undo, prints the timings and exits 0."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

START = time.perf_counter()


def _parse(argv):
    ap = argparse.ArgumentParser(prog="diplomat-studio")
    ap.add_argument("--self-test", action="store_true", help="buka, render, sunting, urungkan, keluar")
    ap.add_argument("--templates-dir", action="append", default=[])
    ap.add_argument("project", nargs="?")
    return ap.parse_known_args(argv)[0]


def build_window(app, settings, templates_dirs=()):
    # Qt and everything built on it are imported only once main() has set QT_QPA_PLATFORM
    # (Qt reads it on import) and started the clock: this module itself loads in a millisecond.
    from app import paths
    from app.project import autosave
    from app.render import qtenv
    from app.templating.library import Library

    from . import i18n
    from .main_window import MainWindow

    qtenv.ensure_app()
    i18n.install(settings.language)
    library = Library([*map(Path, templates_dirs), paths.user_templates_dir()])
    return MainWindow(library, settings, autosave.pending())


def main(argv=None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from . import syscheck  # before Qt: a missing X library would abort inside it with exit 134

    missing = syscheck.problem()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    # imported after QT_QPA_PLATFORM is settled, for the reason given in build_window
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from app.project.settings import Settings
    from app.render import qtenv

    from . import gcguard
    from .errors import install_excepthook, log_file
    from .file_open import ProjectOpener
    from .operations import drain
    from .selftest import run as self_test

    logging.basicConfig(filename=log_file(), level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Diplomat Studio")
    app.setApplicationDisplayName("Diplomat Studio")
    app.setDesktopFileName("id.diplomatstudio.DiplomatStudio")  # Wayland matches the window to its launcher and icon
    qtenv.ensure_app()  # registers the bundled fonts: the interface uses Inter as well
    app.setFont(QFont("Inter", 10))
    settings = Settings.load()
    install_excepthook(lambda: settings.language)
    gcguard.install(app)  # cycles holding Qt objects are freed on this thread, never a worker's
    state = {"window": build_window(app, settings, args.templates_dir)}

    def relaunch(lang: str) -> None:
        old = state["window"]
        doc = old.hand_over_document()
        window = build_window(app, settings, args.templates_dir)
        window.restoreGeometry(old.saveGeometry())
        if doc is not None:
            window.open_document(doc)
        old.close()
        old.deleteLater()
        gcguard.collect_soon(app)
        _watch(window)
        state["window"] = window
        window.show()

    def _watch(window) -> None:
        window.language_changed.connect(relaunch)

    _watch(state["window"])
    state["window"].show()
    opener = ProjectOpener(lambda path: state["window"].open_project(path))
    app.installEventFilter(opener)
    if args.project:
        state["window"].open_project(Path(args.project))
    if not args.self_test:
        state["window"].help.first_start()  # the tour, on the very first start
    code = self_test(app, state["window"], START) if args.self_test else app.exec()
    drain()  # a save or journal write started just before the last window closed
    # and a preview render or check still running: it must end while the app exists, or its
    # thread would build a second QApplication during the interpreter's teardown and crash
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    return code


if __name__ == "__main__":
    sys.exit(main())
