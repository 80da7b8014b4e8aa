"""The window's system libraries: with one missing, `diplomat-studio` says which and how to
install it, in one line and both languages, and exits 2 instead of aborting inside Qt (134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui import syscheck

FAKE_LDD = """#!/bin/sh
echo "	linux-vdso.so.1 (0x00007ffd)"
echo "	libxcb-cursor.so.0 => not found"
echo "	libxkbcommon-x11.so.0 => not found"
echo "	libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)"
"""


def _studio(tmp_path: Path, *args, **env) -> subprocess.CompletedProcess:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "ldd").write_text(FAKE_LDD)
    (bin_dir / "ldd").chmod(0o755)
    environ = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environ |= {"PATH": f"{bin_dir}:{environ['PATH']}", "DISPLAY": ":99"} | env
    script = Path(sys.executable).parent / "diplomat-studio"
    return subprocess.run([str(script), *args], env=environ, capture_output=True, text=True, timeout=60)


def test_a_missing_xcb_library_is_named_with_its_install_command(tmp_path):
    proc = _studio(tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0" in lines[0]
    assert "Pasang dengan: sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in lines[0]  # this machine is Debian
    assert "Install them with:" in lines[0]


def test_offscreen_needs_no_window_libraries(tmp_path):
    proc = _studio(tmp_path, "--self-test", QT_QPA_PLATFORM="offscreen", DIPLOMAT_HOME=str(tmp_path / "home"))
    assert proc.returncode == 0, proc.stderr
    assert "self-test: OK" in proc.stdout


def test_the_install_command_fits_the_system():
    missing = ["libxcb-cursor.so.0", "libEGL.so.1"]
    assert syscheck.install_command(missing, "fedora") == "sudo dnf install libglvnd-egl xcb-util-cursor"
    assert syscheck.install_command(missing, "debian") == "sudo apt install libegl1 libxcb-cursor0"
    assert "Fedora: sudo dnf install" in syscheck.install_command(missing, "")


def test_wayland_sessions_and_other_platforms_skip_the_check():
    assert not syscheck.will_use_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not syscheck.will_use_xcb({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"})
    assert syscheck.will_use_xcb({"DISPLAY": ":0"}) == sys.platform.startswith("linux")
    assert syscheck.will_use_xcb({"QT_QPA_PLATFORM": "xcb"}) == sys.platform.startswith("linux")


def test_on_this_machine_the_real_plugin_is_found_and_checked():
    plugin = syscheck.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    missing = syscheck.missing_libraries(plugin)
    if missing:  # a machine without them: the check must name them, not crash
        pytest.skip("this machine lacks " + ", ".join(missing) + ": " + syscheck.install_command(missing))
    assert missing == []
