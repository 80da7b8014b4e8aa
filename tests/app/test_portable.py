"""Portable mode: with `portable.txt` beside the executable (or DIPLOMAT_HOME), settings,
autosaves, brand kits, user templates, logs and the default export folder all live in one
folder beside the app, and nothing is written to the laptop's own home folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from app import paths

ROOT = Path(__file__).resolve().parents[2]


def test_portable_txt_beside_the_bundle_keeps_everything_beside_it(tmp_path, monkeypatch):
    stick = tmp_path / "usb" / "DiplomatStudio"
    stick.mkdir(parents=True)
    (stick / "diplomat-studio").write_bytes(b"")
    (stick / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.delenv("DIPLOMAT_HOME")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stick / "diplomat-studio"))
    home = stick / "diplomat-data"
    assert paths.portable_home() == home
    for folder in (paths.config_dir(), paths.data_dir(), paths.cache_dir(), paths.log_dir(),
                   paths.user_templates_dir(), paths.documents_dir()):
        assert folder.is_relative_to(home), folder
    assert paths.start_dir() == home  # no export yet: dialogs open beside the app, not in ~


def test_without_the_marker_the_bundle_uses_the_platform_folders(tmp_path, monkeypatch):
    (tmp_path / "diplomat-studio").write_bytes(b"")
    monkeypatch.delenv("DIPLOMAT_HOME")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "diplomat-studio"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.portable_home() is None
    assert paths.data_dir().is_relative_to(tmp_path / "xdg")
    assert paths.documents_dir() == Path.home() / "Diplomat Studio"


def test_diplomat_home_holds_the_default_export_folder_too(tmp_path):
    assert paths.documents_dir() == Path(os.environ["DIPLOMAT_HOME"]).resolve() / "Diplomat Studio"


def test_a_script_with_portable_txt_beside_it_writes_nothing_to_home(tmp_path):
    """The real console script, copied (as a workshop copies the app) into a folder with
    portable.txt: the template list runs, and its log, settings and data land beside the script
    while the clean HOME stays empty."""
    stick = tmp_path / "usb"
    stick.mkdir()
    script = stick / "diplomat"
    shutil.copy2(Path(sys.executable).parent / "diplomat", script)  # its #! names this venv's python
    (stick / "portable.txt").write_text("", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DIPLOMAT_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    proc = subprocess.run([str(script), "templates", "list"], cwd=tmp_path, env=env | {"HOME": str(home)},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert list(home.iterdir()) == []
    assert (stick / "diplomat-data" / "log").is_dir()
