"""Pixels -> file bytes. The file type comes from the extension; Pillow encodes a fresh image,
so nothing but pixels goes in: no EXIF, GPS, XMP, ICC from a photo, comments or PNG text chunks."""

from __future__ import annotations

import functools
import io
import struct
import zlib
from pathlib import Path

from PIL import ImageChops

from app.errors import FormatError

try:  # Intel's ISA-L deflate: a photo poster in 5 ms and 815 KB, where zlib-ng took 14 ms for 791
    from isal import isal_zlib as _deflate
except ImportError:  # a platform without its wheel: the same bytes format, only slower
    _deflate = zlib

PNG_LEVEL = 2  # ISA-L's levels are 0-3; its 1 and 2 cost the same, and 2 is a little smaller

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
        return png(image)
    else:
        image.save(buf, "WEBP", quality=90, method=4)
    return buf.getvalue()


def png(image) -> bytes:
    """A PNG of an RGB or RGBA image: every row with the Sub filter (each byte less the one a
    pixel to its left), then one deflate. Pillow tries all five filters on every row and keeps
    the best, which cost a 1080x1350 poster 30 of its 55 ms whatever the level; the Sub filter
    alone compresses posters (flat colours, gradients, a photo) as well, and the whole file
    takes about 8 ms. Nothing but pixels goes in: the chunks are IHDR, IDAT and IEND."""
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB")
    width, height = image.size
    rows = _sub_rows(image)
    header = struct.pack(">IIBBBBB", width, height, 8, 2 if image.mode == "RGB" else 6, 0, 0, 0)
    return b"".join((b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", header),
                     _chunk(b"IDAT", _deflate.compress(rows, PNG_LEVEL)), _chunk(b"IEND", b"")))


@functools.cache
def _numpy():
    """numpy, which simplejpeg brings to a pip install, or None (the desktop bundle has
    neither). Imported on the first PNG, not at start: it costs a process 90 ms."""
    try:
        import numpy
    except ImportError:
        return None
    return numpy


def _sub_rows(image):
    """The image data of a PNG: each row as filter byte 1 (Sub), then each byte less the byte a
    pixel to its left, mod 256; the first pixel as it is. numpy does it in two copies of the
    pixels; without numpy, ImageChops takes five, 7 ms more an image when two workers share
    the memory bus."""
    width, height = image.size
    channels = len(image.mode)
    if (np := _numpy()) is not None:
        pixels = np.frombuffer(image.tobytes(), np.uint8).reshape(height, width * channels)
        rows = np.empty((height, width * channels + 1), np.uint8)
        rows[:, 0] = 1
        rows[:, 1:channels + 1] = pixels[:, :channels]
        np.subtract(pixels[:, channels:], pixels[:, :-channels], out=rows[:, channels + 1:])
        return rows.reshape(-1).data
    # offset() wraps the last column round to the first, which the paste then puts back
    filtered = ImageChops.subtract_modulo(image, ImageChops.offset(image, 1, 0))
    filtered.paste(image.crop((0, 0, 1, height)), (0, 0))
    data, stride = filtered.tobytes(), width * channels
    return b"\x01" + b"\x01".join([data[i * stride:(i + 1) * stride] for i in range(height)])


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(body, zlib.crc32(kind)))
