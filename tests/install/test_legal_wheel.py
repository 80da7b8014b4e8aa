"""LICENSE and THIRD-PARTY.md ship in the wheel (dist-info/licenses/) and an installed copy reads
them through app.resources.legal_text, with no checkout to fall back on."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", "out",
                                ".hypothesis", ".ruff_cache")
READ = ("from app import resources; import sys; "
        "sys.stdout.write(resources.legal_text(sys.argv[1]))")


def _run(cmd, **kw):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src") / "diplomat-studio"
    shutil.copytree(ROOT, src, ignore=IGNORE)
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
          str(src)])
    (whl,) = out.glob("diplomat_studio-*.whl")
    return whl


def test_the_wheel_carries_both_legal_texts_and_the_app_icon(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    licenses = {n.split("/")[-1] for n in names if n.split("/")[0].endswith(".dist-info") and "/licenses/" in n}
    assert licenses == {"LICENSE", "THIRD-PARTY.md"}
    assert "app/bundled_resources/icons/app/id.diplomatstudio.DiplomatStudio.svg" in names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-Expression: GPL-3.0-or-later" in text and "License-File: THIRD-PARTY.md" in text


def test_an_installed_wheel_reads_them_through_the_resolver(wheel, tmp_path):
    where = tmp_path / "v"
    venv.EnvBuilder(with_pip=True).create(where)
    py = str(where / "bin" / "python")
    # the resolver needs only the standard library, so the dependencies can stay out
    _run([py, "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check", str(wheel)])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    for name in ("LICENSE", "THIRD-PARTY.md"):
        got = _run([py, "-c", READ, name], cwd=elsewhere, env=env).stdout
        assert got == (ROOT / name).read_text(encoding="utf-8"), name
    site = next((where / "lib").glob("python3*/site-packages"))
    assert not (site / "pyproject.toml").exists()  # so it was the dist-info copy, not a checkout
