"""Shared fixtures. Every test runs with DIPLOMAT_HOME in a temporary folder, so no test reads
or writes the real config, data, cache or log folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app import resources

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



@pytest.fixture(autouse=True)
def diplomat_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DIPLOMAT_HOME", str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def qt_app(qapp):
    """pytest-qt's QApplication, made before anything else: the core reuses whatever
    application exists, and GUI tests need a QApplication rather than a QGuiApplication."""
    from app.render import qtenv

    return qtenv.ensure_app()


@pytest.fixture(scope="session")
def library(qt_app):
    from app.templating.library import Library

    return Library()


@pytest.fixture
def user_templates(tmp_path):
    """A user template folder holding a copy of a bundled template, ready to be edited."""

    def make(template_id: str = "produk-umkm", new_id: str | None = None) -> Path:
        root = tmp_path / "user-templates"
        dest = root / (new_id or template_id)
        shutil.copytree(resources.templates_dir() / template_id, dest)
        if new_id:
            manifest = dest / "manifest.toml"
            manifest.write_text(
                manifest.read_text(encoding="utf-8").replace(
                    f'id = "{template_id}"', f'id = "{new_id}"', 1
                ).replace(f'"{template_id}/', f'"{new_id}/'),
                encoding="utf-8",
            )
            for j2 in dest.glob("*.svg.j2"):
                j2.write_text(j2.read_text(encoding="utf-8").replace(f'"{template_id}/', f'"{new_id}/'),
                              encoding="utf-8")
        return dest

    return make
