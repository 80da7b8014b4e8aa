"""Paths that come from users stay inside their folders.

A template's manifest names its sample images, its layouts include other files, and a user's
template folder may hold symlinks. Every such path is resolved here: absolute paths, `..`,
symlinks anywhere below the root and anything that resolves outside it are refused. The root
itself may be reached through a symlink (a user may keep templates on another disk); what is
inside it may not.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePath

from app.errors import DiplomatError, UnsafeTemplateError


def _refuse(rel, root: Path, id_why: str, en_why: str) -> UnsafeTemplateError:
    return UnsafeTemplateError(
        f"Jalur '{rel}' di {root.name} ditolak demi keamanan: {id_why}.",
        f"The path '{rel}' in {root.name} was refused for safety: {en_why}.",
    )


def inside(root: Path, rel: str | PurePath) -> Path:
    """`root / rel`, or UnsafeTemplateError if that would leave `root` or pass a symlink."""
    root = Path(root)
    text = str(rel)
    parts = PurePath(text.replace("\\", "/")).parts
    if not text or PurePath(text).is_absolute() or text.startswith(("/", "\\")) or ":" in text:
        raise _refuse(rel, root, "jalur mutlak tidak diizinkan", "absolute paths are not allowed")
    if ".." in parts:
        raise _refuse(rel, root, "'..' keluar dari folder template", "'..' leaves the template folder")
    path = root
    for part in parts:
        path = path / part
        if path.is_symlink():
            raise _refuse(rel, root, "tautan simbolik tidak diikuti", "symbolic links are not followed")
    real_root = root.resolve()
    if not path.resolve().is_relative_to(real_root):
        raise _refuse(rel, root, "berada di luar folder template", "it is outside the template folder")
    if path.exists() and not (path.is_file() or path.is_dir()):
        raise _refuse(rel, root, "bukan berkas biasa (pipa atau perangkat)",
                      "it is not an ordinary file (a pipe or a device)")
    return path


def symlinks_below(root: Path) -> list[Path]:
    """Every symlink inside `root` (not following any), for lint and pack checks."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            if path.is_symlink():
                found.append(path)
    return found


class NotAFile(DiplomatError):
    """A path a user gave is a folder, a pipe, a device or a socket, or too large to read."""


def regular_file(path: Path, max_bytes: int) -> Path:
    """`path`, if it is an ordinary file (symlinks followed) of at most `max_bytes`; else
    NotAFile. Reading a FIFO would wait forever and /dev/zero never ends."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise NotAFile(f"Berkas tidak ditemukan: {path}", f"File not found: {path}") from None
    except OSError as exc:
        raise NotAFile(f"Berkas {path} tidak bisa dibuka ({exc.strerror}).",
                       f"The file {path} cannot be opened ({exc.strerror}).") from None
    if not stat.S_ISREG(info.st_mode):
        what = ("folder", "a folder") if stat.S_ISDIR(info.st_mode) else ("bukan berkas biasa (pipa atau perangkat)",
                                                                           "not an ordinary file (a pipe or a device)")
        raise NotAFile(f"{path} adalah {what[0]}; pilih berkasnya sendiri." if what[0] == "folder" else
                       f"{path} {what[0]}; pilih berkas biasa.",
                       f"{path} is {what[1]}; choose an ordinary file.")
    if info.st_size > max_bytes:
        raise NotAFile(f"Berkas {path} terlalu besar (lebih dari {max_bytes // 1_000_000} MB).",
                       f"The file {path} is too large (over {max_bytes // 1_000_000} MB).")
    return path


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of an ordinary file of at most `max_bytes` (checked again while reading)."""
    with open(regular_file(path, max_bytes), "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise NotAFile(f"Berkas {path} terlalu besar.", f"The file {path} is too large.")
    return data


def user_path(text: str) -> Path:
    """A path a user wrote, with a leading ~ or ~name expanded when that user exists; a ~name
    that names nobody stays as written (Path.expanduser raises RuntimeError), to be reported
    as not found like any other missing file."""
    path = Path(text)
    try:
        return path.expanduser()
    except RuntimeError:
        return path
