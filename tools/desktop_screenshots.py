"""Screenshots of the real window for the AppStream metainfo (packaging/linux/screenshots/), taken
on an X display of 1366×768 (a workshop laptop's screen) with a window manager:

    xvfb-run -s '-screen 0 1366x768x24' sh -c \\
        'openbox & .venv/bin/python tools/desktop_screenshots.py packaging/linux/screenshots'

It opens the app as `diplomat-studio` does (ui.main.build_window) with a fresh DIPLOMAT_HOME,
walks home → gallery → editor → Help → About, and grabs the whole screen at each step with
ImageMagick's `import -window root`. `--lang en` takes the English set (files end in -en).

`--flow` takes the first-run set for docs/screenshots/ instead, as JPEG: the tour on the first
start, home, gallery, the editor with findings (a NIK, a phone number, a shouted call to
share), a fixed finding with its Undo, and the export dialog naming its block:

    xvfb-run -s '-screen 0 1366x768x24' sh -c \
        'openbox & .venv/bin/python tools/desktop_screenshots.py docs/screenshots --flow'
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


FINDINGS = {"id": "Hubungi NIK 3174095708900001, tanya Bu Sri di 0812-3456-7890. SEBARKAN SEKARANG!!",
            "en": "Call NIK 3174095708900001, ask Bu Sri on 0812-3456-7890. SHARE THIS NOW!!"}


def flow(app, window, out: Path, lang: str) -> None:
    """The first-run screens, as a participant meets them."""
    from ui.export_dialog import ExportDialog

    tour = window.help.first_start() or window.help.show_tour()
    _shoot(app, out / f"tour-{lang}.jpg", 2000)
    tour.reject()
    _shoot(app, out / f"home-{lang}.jpg", 1500)
    window.show_gallery(3)
    _shoot(app, out / f"gallery-{lang}.jpg", 3000)
    window.new_design("produk-umkm")
    _settle(app, 4000)
    window.editor.doc.set_field("deskripsi", FINDINGS[lang], merge=False)
    _shoot(app, out / f"editor-{lang}.jpg", 5000)
    findings = window.editor.checklist.list
    row = next(i for i, f in enumerate(window.editor.report.findings) if f.rule == "P1")
    findings.setCurrentRow(row)
    window.editor.checklist.fix.click()  # Samarkan nomor
    _shoot(app, out / f"fixed-{lang}.jpg", 4000)
    window.editor.doc.undo_stack.undo()
    _settle(app, 3000)
    dialog = ExportDialog(window.editor.doc, window.settings, lang, Path(os.environ["DIPLOMAT_HOME"]), window)
    dialog.open()
    dialog.go.click()
    _shoot(app, out / f"export-{lang}.jpg", 5000)
    dialog.reject()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="id", choices=("id", "en"))
    ap.add_argument("--flow", action="store_true", help="the first-run set for docs/screenshots, JPEG")
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
    if args.flow:
        flow(app, window, args.out, args.lang)
        window.doc.undo_stack.setClean()
        window.close()
        return 0
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
