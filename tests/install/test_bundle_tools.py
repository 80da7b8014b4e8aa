"""The bundle's build step that turns identical copies (a sample photo several templates ship)
into one file with several names: each name still reads the same bytes, different files stay
apart, and `du` counts the shared bytes once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "hardlink-duplicates"


def test_identical_files_become_one_and_different_ones_stay_apart(tmp_path):
    photo = os.urandom(50_000)
    for name in ("a/samples/potret.jpg", "b/samples/potret.jpg", "c/samples/foto.jpg"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(photo)
    (tmp_path / "d.jpg").write_bytes(photo[:-1] + b"x")  # same size, other bytes
    (tmp_path / "small.txt").write_bytes(b"x" * 10)
    (tmp_path / "small2.txt").write_bytes(b"x" * 10)

    before = _du(tmp_path)
    out = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True, check=True)

    assert "hard-linked 2 duplicate files" in out.stdout
    inode = (tmp_path / "a/samples/potret.jpg").stat().st_ino
    for name in ("b/samples/potret.jpg", "c/samples/foto.jpg"):
        assert (tmp_path / name).stat().st_ino == inode
        assert (tmp_path / name).read_bytes() == photo
    assert (tmp_path / "d.jpg").stat().st_ino != inode
    assert (tmp_path / "small.txt").stat().st_ino != (tmp_path / "small2.txt").stat().st_ino  # too small to bother
    assert _du(tmp_path) == before - 2 * len(photo)  # the photo counted once, not three times


def _du(folder: Path) -> int:
    return int(subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True).stdout.split()[0])
