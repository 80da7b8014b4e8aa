"""Gallery thumbnails in the cache dir, rebuilt only when a template's files change."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app import atomic, paths
from app.model.design import Design
from app.model.formats import get
from app.output.encode import encode
from app.render.raster import render

THUMB_WIDTH = 360


def fingerprint(template) -> str:
    """A hash of every file in the template folder (names, sizes, mtimes) and the shared macros."""
    h = hashlib.sha256(template.manifest.version.encode())
    for path in sorted(template.folder.rglob("*")):
        if path.is_file():
            st = path.stat()
            h.update(f"{path.relative_to(template.folder)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def thumbnail_path(template, fmt: str) -> Path:
    return paths.cache_dir() / "thumbnails" / f"{template.id}-{fmt}-{fingerprint(template)}.jpg"


def build_one(template, fmt: str, library, lang: str = "id") -> Path:
    """Render one thumbnail into the cache, replacing older versions of it."""

    path = thumbnail_path(template, fmt)
    for old in path.parent.glob(f"{template.id}-{fmt}-*.jpg") if path.parent.is_dir() else []:
        old.unlink(missing_ok=True)
    scale = THUMB_WIDTH / get(fmt).width
    image = render(Design(template=template.id, format=fmt, lang=lang), library, scale).image
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(path, encode(image, "JPEG"))
    return path


def build(library, lang: str = "id") -> tuple[list[Path], list[Path]]:
    """Return (built, reused) thumbnail files for every template and format."""
    built, reused = [], []
    for template in library.templates.values():
        for fmt in template.manifest.formats:
            path = thumbnail_path(template, fmt)
            if path.is_file():
                reused.append(path)
            else:
                built.append(build_one(template, fmt, library, lang))
    return built, reused
