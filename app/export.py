"""Write a render to disk. The file type comes from the extension; every write is atomic and
carries no metadata: no EXIF, GPS, XMP, ICC from a photo, comments or PNG text chunks."""

from __future__ import annotations

import io
from pathlib import Path

from . import atomic
from .compose import compose
from .design import Design
from .errors import FormatError
from .render import rasterize, write_pdf
from .templating.library import Library

RASTER = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}
TYPES = (".png", ".jpg", ".jpeg", ".webp", ".pdf", ".svg")


def file_type(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in TYPES:
        have = ", ".join(TYPES)
        raise FormatError(
            f"Jenis berkas '{suffix or '(tanpa ekstensi)'}' tidak didukung. Pakai: {have}.",
            f"File type '{suffix or '(no extension)'}' is not supported. Use: {have}.",
        )
    return suffix


def encode(image, kind: str) -> bytes:
    """Pillow encodes a fresh image: nothing but pixels goes in, so nothing else comes out."""
    buf = io.BytesIO()
    if kind == "JPEG":
        image.save(buf, "JPEG", quality=90, subsampling=0)
    elif kind == "PNG":
        image.save(buf, "PNG", compress_level=1)
    else:
        image.save(buf, "WEBP", quality=90, method=4)
    return buf.getvalue()


def export(design: Design, library: Library, out: Path, scale: float = 1.0):
    """Render `design` into `out`; return the Composition (its layout report has overflows)."""
    out = Path(out)
    suffix = file_type(out)
    comp = compose(design, library, scale)
    if suffix == ".svg":
        atomic.write_text(out, comp.svg)
    elif suffix == ".pdf":
        out.parent.mkdir(parents=True, exist_ok=True)
        write_pdf(comp, out)
    else:
        image = rasterize(comp.svg, comp.format.width, comp.format.height, scale)
        atomic.write_bytes(out, encode(image, RASTER[suffix]))
    return comp
