"""Screenshots of the real window for the AppStream metainfo (packaging/linux/screenshots/), taken
on an X display of 1366×768 (a workshop laptop's screen) with a window manager:

    xvfb-run -s '-screen 0 1366x768x24' sh -c \\
        'openbox & .venv/bin/python tools/desktop_screenshots.py packaging/linux/screenshots'

It opens the app as `diplomat-studio` does (ui.main.build_window) with a fresh DIPLOMAT_HOME,
walks home → gallery → editor → Help → About, and grabs the whole screen at each step with
ImageMagick's `import -window root`. `--lang en` takes the English set (files end in -en).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _settle(app, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _shoot(app, out: Path, ms: int = 1500) -> None:
    _settle(app, ms)
    subprocess.run(["import", "-window", "root", str(out)], check=True)
    print(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="id", choices=("id", "en"))
    args = ap.parse_args()
    os.environ.setdefault("DIPLOMAT_HOME", tempfile.mkdtemp(prefix="diplomat-shots-"))
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from app.project.settings import Settings
    from app.render import qtenv
    from ui.main import build_window

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Diplomat Studio")
    qtenv.ensure_app()
    app.setFont(QFont("Inter", 10))
    settings = Settings.load()
    settings.language = args.lang
    window = build_window(app, settings)
    window.showMaximized()
    suffix = "" if args.lang == "id" else "-en"
    args.out.mkdir(parents=True, exist_ok=True)
    _shoot(app, args.out / f"home{suffix}.png", 3000)
    window.show_gallery(3)
    _shoot(app, args.out / f"gallery{suffix}.png", 3000)
    window.new_design("produk-umkm")
    _shoot(app, args.out / f"editor{suffix}.png", 6000)
    about = window.show_about()
    _shoot(app, args.out / f"about{suffix}.png")
    about.tabs.setCurrentIndex(1)
    _shoot(app, args.out / f"about-third-party{suffix}.png")
    about.close()
    if window.doc is not None:
        window.doc.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
