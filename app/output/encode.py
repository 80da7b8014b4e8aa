"""Pixels -> file bytes. The file type comes from the extension; Pillow encodes a fresh image,
so nothing but pixels goes in: no EXIF, GPS, XMP, ICC from a photo, comments or PNG text chunks."""

from __future__ import annotations

import io
from pathlib import Path

from app.errors import FormatError

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
    buf = io.BytesIO()
    if kind == "JPEG":
        image.save(buf, "JPEG", quality=90, subsampling=0)
    elif kind == "PNG":
        image.save(buf, "PNG", compress_level=1)
    else:
        image.save(buf, "WEBP", quality=90, method=4)
    return buf.getvalue()
