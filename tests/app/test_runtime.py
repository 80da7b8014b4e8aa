"""Process-level guarantees: the core never loads QtWidgets, and the PySide6 6.12 / Python 3.11
refcount bug (DESIGN.md) cannot be hit by the combination we install."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_does_not_load_qtwidgets(tmp_path):
    code = (
        "import sys\n"
        "import app.cli.main, app.authoring.lint, app.output.publish, app.project.autosave\n"
        "from app.model.design import Design\n"
        "from app.render.raster import render\n"
        "from app.templating.library import Library\n"
        "render(Design(template='produk-umkm', format='square'), Library(), 0.25).image\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets was loaded'\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "DIPLOMAT_HOME": str(tmp_path),
                               "PATH": "/usr/bin:/bin"}, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def test_none_refcount_survives_void_calls(qt_app):
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QFont, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = QByteArray(b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    renderer = QSvgRenderer(svg)
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    font = QFont()
    before = sys.getrefcount(None)
    for i in range(20_000):
        image.fill(0)
        font.setPixelSize(10 + i % 5)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, 4, 4))
        painter.end()
    assert sys.getrefcount(None) >= before - 100


def test_no_core_module_imports_qtwidgets_even_inside_a_function():
    """import-linter sees PySide6 only as a whole; this reads every import in app/ itself."""
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                names += [f"PySide6.{a.name}" for a in node.names]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.startswith("PySide6.QtWidgets")]
    assert not offenders
