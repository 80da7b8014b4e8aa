"""Before any QApplication: can Qt's window system plugin (xcb) load on this machine?

From Qt 6.5 the xcb plugin needs libxcb-cursor0 and a few other X libraries that a fresh
desktop may lack. Without them Qt prints a paragraph and aborts the process (exit 134). We ask
the dynamic linker first (`ldd` on the plugin lists every library it cannot find), and if
something is missing print one bilingual line with the install command for this system, and
exit 2.

`python -m ui.syscheck` runs the same check (`make run` calls it) and prints nothing when all
is well. It imports nothing from Qt, so it is safe whatever is missing.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package)
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the PySide6 we would run with (in a venv or the bundle)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def will_use_xcb(environ=os.environ) -> bool:
    """Whether Qt will pick xcb: on Linux with an X display, unless another platform is named
    (offscreen for the self-test and CI) or the session is Wayland, where Qt picks wayland."""
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].startswith("xcb")
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return True


def missing_libraries(plugin: Path) -> list[str]:
    """Every library the plugin needs that the dynamic linker cannot find."""
    if shutil.which("ldd"):
        try:
            out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=20).stdout
        except (OSError, subprocess.TimeoutExpired):
            out = None
        if out is not None:
            return list(dict.fromkeys(_NOT_FOUND.findall(out)))
    try:  # no ldd: loading it names the first library that is missing
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY)
    except OSError as exc:
        return [str(exc).split(":", 1)[0].strip()]
    return []


def _distro(os_release: Path = Path("/etc/os-release")) -> str:
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        return ""
    ids = " ".join(re.findall(r"^(?:id|id_like)=\"?([^\"\n]+)", text, re.MULTILINE))
    if re.search(r"\b(debian|ubuntu|mint|pop)\b", ids):
        return "debian"
    if re.search(r"\b(fedora|rhel|centos|rocky|almalinux)\b", ids):
        return "fedora"
    return ""


def install_command(missing: list[str], distro: str | None = None) -> str:
    distro = _distro() if distro is None else distro
    debian = sorted({PACKAGES.get(m, (m, m))[0] for m in missing})
    fedora = sorted({PACKAGES.get(m, (m, m))[1] for m in missing})
    apt, dnf = "sudo apt install " + " ".join(debian), "sudo dnf install " + " ".join(fedora)
    return {"debian": apt, "fedora": dnf}.get(distro, f"{apt}  (Fedora: {dnf})")


def problem(environ=os.environ) -> str | None:
    """One bilingual line if the window cannot open for want of a system library, else None."""
    if not will_use_xcb(environ):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None  # a Qt without the plugin fails with its own message; nothing to install
    missing = missing_libraries(plugin)
    if not missing:
        return None
    names, command = ", ".join(missing), install_command(missing)
    return (f"diplomat-studio: pustaka sistem untuk jendela (Qt xcb) belum terpasang: {names}. "
            f"Pasang dengan: {command} / System libraries for the window (Qt xcb) are missing: {names}. "
            f"Install them with: {command}")


def main() -> int:
    line = problem()
    if line:
        print(line, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
