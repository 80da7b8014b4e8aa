"""Baseline JPEG photos decoded by libjpeg-turbo at a reduced scale, and frames drawn from them.

simplejpeg reaches libjpeg-turbo (the library inside Pillow's own JPEG plugin) and decodes at
1/8, 1/4 or 1/2 scale, the scales it has SIMD code for (the 1/8-step scales between are slower
than the next fast one up), straight into Qt's RGB32 layout where Pillow gives RGB that Qt must
repack. Each frame is then one bilinear draw (3.8 ms where Pillow's box resize took 11.4). The
pixels stay as the camera stored them; the EXIF turn is applied to the small frame.

`render.images` decides when this path is taken (`can_take`), caches what `decode` gives, and
falls back to Pillow when it gives nothing. simplejpeg brings numpy, so the desktop bundle
leaves both out and every photo takes Pillow's path there.
"""

from __future__ import annotations

import functools

from PIL import Image

# EXIF orientation -> the Pillow turn that makes the stored pixels upright (as exif_transpose)
TRANSPOSE = {1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
             4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
             6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_90}
# libjpeg-turbo has SIMD code for the 1/8, 1/4 and 1/2 scaled IDCTs and for the full one only:
# a 12 MP photo decodes in 21, 25, 30 and 42 ms at those, but 34 at 3/8 and 54-81 at 5/8-7/8
FAST_EIGHTHS = (1, 2, 4)
AREA_AVERAGE_BEYOND = 2.0  # a frame this many times smaller than the decode: Qt's smooth scaling


@functools.cache
def simplejpeg():
    """The simplejpeg module, or None in the desktop bundle (which leaves it and numpy out) or
    on a platform without its wheel. Imported on the first photo, not at start."""
    try:
        import simplejpeg as module
    except ImportError:
        return None
    return module


def can_take(im: Image.Image) -> bool:
    """A plain colour JPEG (opened by Pillow, headers only) that this path can decode:
    baseline (a progressive file keeps Pillow's decoder and its limits), YCbCr, not a phone's
    multi-picture MPO."""
    return (im.format == "JPEG" and im.mode == "RGB" and not im.info.get("progressive")
            and not im.info.get("progression") and simplejpeg() is not None)


class Drafted:
    """A decoded photo in the file's own orientation and colours: numpy (h, w, 4) BGRX pixels,
    the EXIF orientation and the embedded colour profile, both still to apply."""

    def __init__(self, pixels, orientation, icc: bytes | None):
        self.pixels = pixels  # the QImages drawn from it borrow these bytes
        self.orientation = orientation if orientation in TRANSPOSE else 1
        self.icc = icc
        height, width = pixels.shape[:2]
        self.stored = (width, height)
        self.size = (height, width) if self.orientation in (5, 6, 7, 8) else (width, height)  # upright

    @property
    def nbytes(self) -> int:
        return self.pixels.nbytes


def decode(data: bytes, side: int, orientation, icc: bytes | None) -> Drafted | None:
    """`data` decoded at the smallest of the fast scales (1/8, 1/4, 1/2, else full) whose sides
    are both at least `side` (what Pillow's draft asks for), or None when libjpeg-turbo, in
    strict mode, finds anything amiss."""
    try:
        height, width, _, _ = simplejpeg().decode_jpeg_header(data, strict=True)

        def scaled(eighths: int) -> tuple[int, int]:  # libjpeg-turbo rounds a scaled side up
            return -(-width * eighths // 8), -(-height * eighths // 8)

        w, h = scaled(next((n for n in FAST_EIGHTHS if min(scaled(n)) >= side), 8))
        pixels = simplejpeg().decode_jpeg(data, "BGRX", min_width=w, min_height=h, strict=True)
    except (ValueError, OSError, MemoryError):
        return None
    return Drafted(pixels, orientation, icc)


def draw(src: Drafted, crop: tuple[float, float, float, float], size: tuple[int, int]) -> Image.Image:
    """The upright `crop` (x, y, w, h in upright pixels) of `src` at `size`, as RGB: found in
    the stored pixels, drawn at the size turned back if the photo is turned, then turned
    upright. The colour profile is the caller's to apply."""
    from PySide6.QtCore import QRect, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    x, y, cw, ch = crop
    (ax, ay), (bx, by) = (_stored_point(src, px, py) for px, py in ((x, y), (x + cw, y + ch)))
    rect = QRectF(min(ax, bx), min(ay, by), abs(bx - ax), abs(by - ay))
    w, h = size
    tw, th = (h, w) if src.orientation in (5, 6, 7, 8) else (w, h)
    width, height = src.stored
    image = QImage(src.pixels.data, width, height, src.pixels.strides[0], QImage.Format.Format_RGB32)
    if rect.width() / tw > AREA_AVERAGE_BEYOND or rect.height() / th > AREA_AVERAGE_BEYOND:
        # a small badge from a big photo: a bilinear draw would skip pixels and alias
        whole = QRect(round(rect.x()), round(rect.y()), max(1, round(rect.width())), max(1, round(rect.height())))
        drawn = image.copy(whole).scaled(tw, th, Qt.AspectRatioMode.IgnoreAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
    else:
        drawn = QImage(tw, th, QImage.Format.Format_RGB32)
        painter = QPainter(drawn)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, tw, th), image, rect)
        painter.end()
    out = Image.new("RGB", (tw, th), None)  # every pixel is written by the unpack
    out.frombytes(drawn.constBits(), "raw", "BGRX", drawn.bytesPerLine(), 1)
    method = TRANSPOSE[src.orientation]
    return out.transpose(method) if method is not None else out


def _stored_point(src: Drafted, x: float, y: float) -> tuple[float, float]:
    """Where an upright point lies in the stored (not yet turned) pixels."""
    sw, sh = src.stored
    return {1: (x, y), 2: (sw - x, y), 3: (sw - x, sh - y), 4: (x, sh - y), 5: (y, x),
            6: (y, sh - x), 7: (sw - y, sh - x), 8: (sw - y, x)}[src.orientation]
