"""Photos into frames: open safely, apply EXIF orientation, crop around a focus point, round
the corners, strip every byte of metadata, and embed as a data URI.

Results are cached by file identity and frame parameters, so the live preview re-renders a
design without decoding its photos again.
"""

from __future__ import annotations

import base64
import functools
import io
import os
import stat
import threading
import time
import warnings
from collections import OrderedDict
from functools import cached_property
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw, ImageOps, UnidentifiedImageError

from app.errors import ImageError
from app.render import drafted

MAX_PIXELS = 60_000_000  # 60 MP: any real camera photo fits; a decompression bomb does not
# The only decoders a user's image may reach. Pillow would otherwise pick by content, and some
# of its plugins hand the file to an external program: EPS and PS go to Ghostscript, which ran
# a poster's PostScript.
SAFE_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")  # JPEG also opens phone MPO files
SAFE_NAMES = "JPEG, PNG, WebP, GIF, BMP, TIFF"
MAX_FILE_BYTES = 80 * 1024 * 1024
FRAME_CACHE_BYTES = 96 * 1024 * 1024  # per process: two A4 photos (pixels), dozens of previews
SOURCE_CACHE_BYTES = 64 * 1024 * 1024  # decoded pixels: a couple of drafted 12 MP photos
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


class Framed:
    """A photo fitted to its frame: the pixels, and their data URI, encoded only when an SVG
    with the photo inside is asked for (an export, a PDF); the raster draws the pixels."""

    def __init__(self, pixels: Image.Image, source_size: tuple[int, int],
                 crop: tuple[float, float, float, float], box: tuple[float, float, float, float]):
        self.pixels = pixels  # RGB, or RGBA with rounded corners
        self.source_size = source_size
        self.crop = crop  # x, y, w, h in source pixels
        self.box = box  # where the image sits in the frame (contain fit)

    @cached_property
    def data_uri(self) -> str:
        return to_data_uri(self.pixels)


def _cost(framed: Framed) -> int:
    """Bytes held: the pixels (Pillow keeps 4 per pixel) and the data URI once encoded."""
    encoded = len(framed.__dict__.get("data_uri", ""))
    return framed.pixels.width * framed.pixels.height * 4 + encoded


def _label(field: str | None) -> str:
    return f"'{field}'" if field else "gambar"


def open_untrusted(source) -> Image.Image:
    """Open (headers only) an image from a user: a path or a binary file object, with the safe
    decoders only, and at most MAX_PIXELS. Raises UnidentifiedImageError for anything else
    (EPS, PDF, SVG, ...) and DecompressionBombError for a huge one: callers name the part."""
    with warnings.catch_warnings():
        # Pillow warns about huge images on open; our own cap below refuses them.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        im = Image.open(source, formats=SAFE_FORMATS)
    if im.width * im.height > MAX_PIXELS:
        im.close()
        raise Image.DecompressionBombError(f"{im.width}x{im.height} is over {MAX_PIXELS} pixels")
    return im


def open_image(path: Path, field: str | None = None, target: tuple[int, int] | None = None):
    """Open and fully decode an image, upright, in RGB or RGBA; or, for a baseline colour JPEG
    and a `target` size, a _Drafted photo (stored as the camera wrote it, at a reduced scale),
    which _fit turns into the frame (see render.drafted). Errors name the field."""
    path = Path(path)
    label = _label(field)
    info = file_stat(path)
    if info is None:
        raise ImageError(
            f"Gambar untuk kolom {label} tidak ditemukan atau tidak bisa dibuka: {_shown(path)}",
            f"Image for field {label} not found or cannot be opened: {_shown(path)}",
        )
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(label, path)
    try:
        im = open_untrusted(path)
    except Image.DecompressionBombError:
        raise _too_large(label, path) from None
    except UnidentifiedImageError:
        raise ImageError(
            f"Gambar untuk kolom {label} bukan {SAFE_NAMES}: {path.name}",
            f"Image for field {label} is not {SAFE_NAMES}: {path.name}",
        ) from None
    except (OSError, ValueError):  # ValueError: a PNG text or ICC chunk that inflates past Pillow's cap
        raise _damaged(label, path) from None
    if target and drafted.can_take(im):
        decoded = _drafted(path, im, max(target))
        if decoded is not None:
            im.close()
            return decoded
    try:
        with im:
            if target and im.format == "JPEG":
                side = max(target)
                im.draft("RGB", (side, side))  # decode at a reduced scale: far faster
            key = (_identity(path), im.size, im.mode)
            if (hit := _sources.get(key)) is not None:
                return hit  # the same photo at the same draft scale: another format of this row
            start = time.perf_counter()
            im.load()
            icc = im.info.get("icc_profile")
            # in place: leaving `with` closes only the file, and a copy of a drafted 12 MP photo
            # (12 MB of fresh pages) cost a batch row 4-5 ms
            ImageOps.exif_transpose(im, in_place=True)
            upright = _to_srgb(im, icc)
            timings.add("decode", time.perf_counter() - start)
    except ImageError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _damaged(label, path) from None
    _sources.put(key, upright)
    return upright


def _drafted(path: Path, im: Image.Image, side: int) -> drafted.Drafted | None:
    """`drafted.decode` of the photo, cached like Pillow's decodes; None sends it to Pillow,
    which reads it as before and names any damage."""
    key = (_identity(path), "drafted", side)
    if (hit := _sources.get(key)) is not None:
        return hit  # another format of this row
    try:  # `im` stays open: if this gives up, Pillow's decoder reads it next
        orientation = im.getexif().get(0x0112, 1)
        icc = im.info.get("icc_profile")
        data = path.read_bytes()
    except (OSError, ValueError, SyntaxError):
        return None
    start = time.perf_counter()
    decoded = drafted.decode(data, side, orientation, icc)
    if decoded is None:
        return None
    timings.add("decode", time.perf_counter() - start)
    _sources.put(key, decoded)
    return decoded


def file_stat(path: Path) -> os.stat_result | None:
    """The stat of an ordinary file (symlinks followed), or None: missing, a folder, a FIFO or a
    device, or a path the system cannot even look up (a 10,000-character sheet cell is
    ENAMETOOLONG, which Path.is_file() raises rather than answers)."""
    try:
        info = path.stat()
    except (OSError, ValueError):  # ValueError: a NUL inside the path
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def _shown(path: Path) -> str:
    text = "".join(c if c.isprintable() else "?" for c in str(path))
    return text if len(text) <= 200 else f"{text[:120]}…{text[-60:]}"


def _identity(path: Path) -> tuple:
    stat = path.stat()
    return (str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def _damaged(label: str, path: Path) -> ImageError:
    return ImageError(
        f"Gambar untuk kolom {label} rusak atau formatnya tidak didukung: {path.name}",
        f"Image for field {label} is damaged or of an unsupported type: {path.name}",
    )


def _too_large(label: str, path: Path) -> ImageError:
    return ImageError(
        f"Gambar untuk kolom {label} terlalu besar (maks. {MAX_PIXELS // 1_000_000} MP): {path.name}",
        f"Image for field {label} is too large (max {MAX_PIXELS // 1_000_000} MP): {path.name}",
    )


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    mode = "RGBA" if im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info else "RGB"
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            base = im.convert(mode if im.mode != "CMYK" else "CMYK")
            return ImageCms.profileToProfile(base, source, _SRGB, outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: use the pixels as they are
    return im if im.mode == mode else im.convert(mode)


def cover_crop(size: tuple[int, int], frame: tuple[float, float], focus=(0.5, 0.5), zoom: float = 1.0):
    """The source rectangle that fills `frame` at the same aspect, centred on `focus` (as near
    as the photo's edges allow); `zoom` > 1 takes 1/zoom of its width and height."""
    iw, ih = size
    fw, fh = frame
    scale = max(fw / iw, fh / ih) * max(1.0, min(4.0, float(zoom)))
    cw, ch = min(iw, fw / scale), min(ih, fh / scale)  # min(): float error may overshoot
    fx, fy = (min(1.0, max(0.0, float(v))) for v in focus)
    x = max(0.0, min(fx * iw - cw / 2, iw - cw))
    y = max(0.0, min(fy * ih - ch / 2, ih - ch))
    return (x, y, cw, ch)


class _Cache:
    """Least-recently-used, bounded by the bytes it holds, not by a count: one A4 frame is
    tens of megabytes of pixels, a thumbnail's a few kilobytes. Safe to share between threads."""

    def __init__(self, budget_bytes: int = FRAME_CACHE_BYTES, cost=_cost):
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self.budget = budget_bytes
        self.size = 0
        self._cost = cost

    def get(self, key):
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key][0]
        return None

    def put(self, key, value) -> None:
        cost = self._cost(value)
        if cost > self.budget:
            return  # a frame larger than the whole budget is drawn, not kept
        with self._lock:
            if key in self._items:
                self.size -= self._items.pop(key)[1]
            self._items[key] = (value, cost)
            self.size += cost
            while self.size > self.budget:
                self.size -= self._items.popitem(last=False)[1][1]

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.size = 0


_frames = _Cache()
# Decoded photos by file and decode scale (Pillow's upright and in sRGB, a _Drafted as stored):
# a batch row's portrait and story frames need the same scale of the same photo, so it is
# decoded once for all formats.
_sources = _Cache(SOURCE_CACHE_BYTES, cost=lambda im: im.nbytes if isinstance(im, drafted.Drafted)
                  else im.width * im.height * len(im.getbands()))


class _Timings(threading.local):
    """Seconds spent per stage in this thread, for the batch report's cost split."""

    def __init__(self):
        self.spent: dict[str, float] = {}

    def add(self, stage: str, seconds: float) -> None:
        self.spent[stage] = self.spent.get(stage, 0.0) + seconds

    def take(self) -> dict[str, float]:
        spent, self.spent = self.spent, {}
        return spent


timings = _Timings()


def frame(path, px_size, field=None, fit="cover", focus=(0.5, 0.5), radius_px=0, zoom=1.0) -> Framed:
    """Fit an image into a frame of `px_size` output pixels and return it as a data URI; `zoom`
    (cover only) shows 1/zoom of what fills the frame, around `focus`."""
    path = Path(path)
    info = file_stat(path)
    ident = (str(path.resolve()), info.st_mtime_ns, info.st_size) if info else None
    key = (ident, tuple(px_size), fit, tuple(focus), radius_px, zoom)
    if ident is not None and (hit := _frames.get(key)) is not None:
        return hit
    w, h = max(1, round(px_size[0])), max(1, round(px_size[1]))
    k = max(1.0, min(4.0, float(zoom))) if fit == "cover" else 1.0  # a zoomed crop needs more pixels
    im = open_image(path, field, target=(round(w * k), round(h * k)))
    start = time.perf_counter()
    result = _fit(im, w, h, fit, focus, radius_px, zoom)
    timings.add("resize", time.perf_counter() - start)
    _frames.put(key, result)
    return result


def _fit(im, w: int, h: int, fit: str, focus, radius_px: int, zoom: float = 1.0) -> Framed:
    """`im` (a Pillow image, upright and in sRGB, or a drafted.Drafted) fitted to a w x h frame."""
    iw, ih = im.size
    if fit == "contain":
        scale = min(w / iw, h / ih)
        ow, oh = max(1, round(iw * scale)), max(1, round(ih * scale))
        crop = (0.0, 0.0, float(iw), float(ih))
        box = ((w - ow) / 2 / w, (h - oh) / 2 / h, ow / w, oh / h)
    else:
        ow, oh = w, h
        crop = cover_crop(im.size, (w, h), focus, zoom)
        box = (0.0, 0.0, 1.0, 1.0)
    if isinstance(im, drafted.Drafted):
        out = drafted.draw(im, crop, (ow, oh))
        if im.icc:
            out = _to_srgb(out, im.icc)
    elif fit == "contain":
        out = im.resize((ow, oh), Image.LANCZOS)
    else:
        x, y, cw, ch = crop
        # Pillow widens its filters with the scale factor, so a downscale is antialiased with any
        # of them. Shrinking a drafted photo by 1.4-2x, the box filter (area averaging, as Qt's
        # smooth scaling and browsers do) costs 9 ms where bilinear costs 13 and Lanczos 27, and
        # looks the same at that factor; from 1.2x bilinear; near 1:1 or enlarging, bicubic keeps
        # edges crisp.
        shrink = cw / w
        resample = Image.BOX if shrink >= 1.4 else Image.BILINEAR if shrink >= 1.2 else Image.BICUBIC
        out = im.resize((w, h), resample, box=(x, y, x + cw, y + ch), reducing_gap=3.0)
    if radius_px > 0:
        out = _round(out, radius_px)
    return Framed(out, im.size, crop, box)


def _round(im: Image.Image, radius: int) -> Image.Image:
    # Supersampled mask: a smooth edge without QtSvg's missing clipPath.
    factor = 3
    mask = Image.new("L", (im.width * factor, im.height * factor), 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        (0, 0, mask.width - 1, mask.height - 1), radius=radius * factor, fill=255
    )
    mask = mask.resize(im.size, Image.LANCZOS)
    out = im.convert("RGBA")
    if im.mode == "RGBA":
        mask = Image.composite(im.getchannel("A"), Image.new("L", im.size, 0), mask)
    out.putalpha(mask)
    return out


def to_data_uri(im: Image.Image) -> str:
    """Encode without any metadata: JPEG when opaque (fast for QtSvg to decode), else PNG."""
    buf = io.BytesIO()
    if im.mode == "RGBA":
        im.save(buf, "PNG", compress_level=1)
        mime = "image/png"
    else:
        im.convert("RGB").save(buf, "JPEG", quality=90)  # 4:2:0: decodes faster in QtSvg
        mime = "image/jpeg"
    return f"data:{mime};base64,{base64.b64encode(buf.getvalue()).decode('ascii')}"


@functools.lru_cache(maxsize=256)
def _upright_size(ident) -> tuple[int, int] | None:
    path = Path(ident[0])
    try:
        with Image.open(path, formats=SAFE_FORMATS) as im:  # the header only: no pixels decoded
            w, h = im.size
            turned = im.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    return (h, w) if turned else (w, h)


def upright_size(path) -> tuple[int, int] | None:
    """The photo's own size, upright, from its header: what a frame's pixels are measured against
    (a drafted decode holds fewer). None for a file that cannot be read."""
    path = Path(path)
    info = file_stat(path)
    if info is None:
        return None
    return _upright_size((str(path.resolve()), info.st_mtime_ns, info.st_size))
