"""The files the app writes: readable by a team (0666 minus the umask, or the mode of the file
replaced), no temp files left by a killed save, and a clear exit 2 (with nothing half-written)
when the disk is read-only or full, the folder does not exist, or the output is a folder.

The read-only and full disks are real: small tmpfs mounts. Mounting needs root, which CI and
the development machines have; elsewhere those two tests are skipped and say why."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import atomic
from app.cli.main import main
from app.errors import DiplomatError, WriteError
from app.model.design import Design
from app.project import projectfile
from app.render.raster import render

ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def umask(mask: int):
    old = os.umask(mask)
    saved = atomic.UMASK
    atomic.UMASK = mask  # read once at import; the test changes it for this process
    try:
        yield
    finally:
        os.umask(old)
        atomic.UMASK = saved


def test_new_files_get_0666_minus_the_umask_and_replaced_files_keep_their_mode(tmp_path, capsys):
    with umask(0o022):
        assert main(["render", "produk-umkm", "--format", "square", "--out", str(tmp_path / "a.jpg")]) == 0
        assert (tmp_path / "a.jpg").stat().st_mode & 0o777 == 0o644
        assert main(["publish", "produk-umkm", "--formats", "square", "--alt-text", "Kemasan kopi di meja.",
                     "--out", str(tmp_path / "kit")]) == 0
        kit = next((tmp_path / "kit").iterdir())
        assert {p.stat().st_mode & 0o777 for p in kit.iterdir()} == {0o644}
        os.chmod(tmp_path / "a.jpg", 0o640)
        assert main(["render", "produk-umkm", "--format", "square", "--out", str(tmp_path / "a.jpg")]) == 0
        assert (tmp_path / "a.jpg").stat().st_mode & 0o777 == 0o640
    with umask(0o077):
        projectfile.save(Design(template="produk-umkm"), tmp_path / "p.diplomat")
        assert (tmp_path / "p.diplomat").stat().st_mode & 0o777 == 0o600


def test_temp_files_of_a_killed_save_are_cleaned_at_the_next_save(tmp_path):
    project = tmp_path / "proyek.diplomat"
    code = ("import os, sys\n"
            "from app import atomic\n"
            "def fill(tmp):\n"
            "    open(tmp, 'wb').write(b'x' * 1_000_000)\n"
            "    os.kill(os.getpid(), 9)\n"
            f"atomic.replace_with(__import__('pathlib').Path({str(project)!r}), fill)\n")
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=60)
        assert proc.returncode == -9
    assert list(tmp_path.glob(".proyek.diplomat.*.tmp"))  # a megabyte left by the last kill
    projectfile.save(Design(template="produk-umkm"), project)
    assert [p.name for p in tmp_path.iterdir()] == ["proyek.diplomat"]


def test_temp_file_of_a_writer_left_a_zombie_is_cleaned(tmp_path):
    """A batch worker killed with its parent stays a zombie where nothing reaps orphans (as in
    some containers); its PID still answers kill(pid, 0), but it will never finish the file."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])  # not waited for: a zombie once it exits
    child = proc.pid
    try:
        deadline = time.monotonic() + 10
        while Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        leftover = tmp_path / f".13.jpg.{child}-0123abcd.tmp"
        leftover.write_bytes(b"half a poster")
        atomic.write_bytes(tmp_path / "13.jpg", b"a whole poster")
        assert [p.name for p in tmp_path.iterdir()] == ["13.jpg"]
    finally:
        proc.wait()


def test_an_output_folder_that_does_not_exist_or_a_folder_in_the_way_is_exit_2(tmp_path, capsys):
    assert main(["render", "produk-umkm", "--out", str(tmp_path / "tidak-ada" / "p.jpg")]) == 2
    assert "foldernya tidak ada" in capsys.readouterr().err
    (tmp_path / "p.jpg").mkdir()
    assert main(["render", "produk-umkm", "--out", str(tmp_path / "p.jpg"), "--lang", "en"]) == 2
    assert "it is a folder" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jpg"]


@pytest.fixture
def mount(tmp_path):
    """mount(options) -> a fresh tmpfs folder mounted with those options; unmounted afterwards."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    made = []

    def make(options: str) -> Path:
        where = tmp_path / f"mnt{len(made)}"
        where.mkdir()
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True)
        if proc.returncode != 0:
            pytest.skip(f"cannot mount tmpfs here: {proc.stderr.decode().strip()}")
        made.append(where)
        return where
    yield make
    for where in made:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _cli(env: dict, *argv, cwd=None):
    return subprocess.run([sys.executable, "-m", "app.cli", *map(str, argv)], cwd=cwd or ROOT,
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=120)


def test_a_read_only_data_folder_still_renders_and_a_read_only_output_is_exit_2(tmp_path, mount):
    home = mount("ro,size=1m")
    proc = _cli({"DIPLOMAT_HOME": str(home)}, "render", "produk-umkm", "--format", "square",
                "--out", tmp_path / "p.jpg")
    assert proc.returncode == 2, proc.stderr  # the user templates folder cannot be made: said plainly
    assert "Traceback" not in proc.stderr and "hanya-baca" in proc.stderr
    ro = mount("ro,size=1m")
    proc = _cli({"DIPLOMAT_HOME": str(tmp_path / "home")}, "render", "produk-umkm", "--lang", "en",
                "--out", ro / "p.jpg")
    assert proc.returncode == 2 and "read-only" in proc.stderr and "Traceback" not in proc.stderr


def test_a_full_disk_is_exit_2_and_leaves_nothing_half_written(tmp_path, mount):
    full = mount("size=300k")
    home = {"DIPLOMAT_HOME": str(tmp_path / "home")}
    for out in (full / "poster.png", full / "poster.pdf"):
        proc = _cli(home, "render", "produk-umkm", "--format", "a4", "--out", out)
        assert proc.returncode == 2 and "disk penuh" in proc.stderr and "Traceback" not in proc.stderr
    proc = _cli(home, "publish", "produk-umkm", "--formats", "a4", "--types", "png",
                "--alt-text", "Kemasan kopi di meja kayu.", "--out", full)
    assert proc.returncode == 2 and "disk penuh" in proc.stderr
    assert list(full.iterdir()) == []  # no poster, no temp file, no half kit


TEXT = st.text(alphabet=st.characters(codec=None, categories=None), max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TEXT, desc=TEXT, caption=TEXT)
def test_any_unicode_in_a_text_field_renders_or_is_a_clear_error(library, name, desc, caption):
    """Surrogates, control characters, RTL marks, emoji: a render or a DiplomatError (exit 2),
    never anything else (exit 3)."""
    design = Design(template="produk-umkm", format="square", fields={"nama_produk": name, "deskripsi": desc},
                    caption=caption)
    try:
        rendered = render(design, library, 0.25)
        rendered.image.load()
        assert "\x00" not in rendered.composition.svg
    except DiplomatError:
        pass


def test_write_error_names_the_reason_in_both_languages(tmp_path):
    err = WriteError(tmp_path / "x.png", OSError(28, "No space left on device"))
    assert "disk penuh" in err.message("id") and "the disk is full" in err.message("en")
