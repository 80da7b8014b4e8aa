"""Paths that come from users stay inside their folders.

A template's manifest names its sample images, its layouts include other files, and a user's
template folder may hold symlinks. Every such path is resolved here: absolute paths, `..`,
symlinks anywhere below the root and anything that resolves outside it are refused. The root
itself may be reached through a symlink (a user may keep templates on another disk); what is
inside it may not.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

from app.errors import UnsafeTemplateError


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
