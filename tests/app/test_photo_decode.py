"""The fast JPEG path (libjpeg-turbo's scaled decode, a bilinear draw) must frame a photo as
Pillow's decode and resize do: the same crop, the same EXIF turn, the same colours; and any
JPEG it cannot take (progressive, greyscale, damaged) must still be read or refused by name.
The PNG writer must give back exactly the pixels it was handed, and nothing else."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from app.errors import ImageError
from app.output.encode import png
from app.render import drafted, images


@pytest.fixture(autouse=True)
def _fresh_caches():
    images._frames.clear()
    images._sources.clear()
    yield
    images._frames.clear()
    images._sources.clear()


def _quadrants(size=(2400, 1600)) -> Image.Image:
    """Upright reference: red top-left, green top-right, blue bottom-left, yellow bottom-right,
    and a white bar near the top, so any wrong turn or mirror shows."""
    w, h = size
    im = Image.new("RGB", size)
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, w // 2, h // 2), fill=(220, 30, 30))
    draw.rectangle((w // 2, 0, w, h // 2), fill=(30, 200, 60))
    draw.rectangle((0, h // 2, w // 2, h), fill=(40, 60, 220))
    draw.rectangle((w // 2, h // 2, w, h), fill=(240, 220, 40))
    draw.rectangle((w // 8, h // 10, w // 2, h // 10 + 60), fill=(255, 255, 255))
    return im


# the inverse of each EXIF turn: what a camera stores so that the upright picture is `_quadrants`
_STORE = {1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
          4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
          6: Image.Transpose.ROTATE_90, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_270}


def _camera_jpeg(path, orientation: int, **save) -> str:
    upright = _quadrants()
    stored = upright.transpose(_STORE[orientation]) if _STORE[orientation] is not None else upright
    exif = Image.Exif()
    exif[0x0112] = orientation
    stored.save(path, "JPEG", quality=92, exif=exif.tobytes(), **save)
    return str(path)


def _both(monkeypatch, path, size, **kw):
    """The frame from the fast path, then from Pillow's path (simplejpeg taken away)."""
    fast = images.frame(path, size, "foto", **kw)
    images._frames.clear()
    images._sources.clear()
    monkeypatch.setattr(drafted, "simplejpeg", lambda: None)
    slow = images.frame(path, size, "foto", **kw)
    monkeypatch.undo()
    return fast, slow


def _mean_difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).mean) / 3


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_turn_frames_the_photo_as_pillow_does(tmp_path, monkeypatch, orientation):
    path = _camera_jpeg(tmp_path / f"o{orientation}.jpg", orientation)
    fast, slow = _both(monkeypatch, path, (600, 700), focus=(0.3, 0.2))
    assert drafted.can_take(Image.open(path))
    assert fast.pixels.size == slow.pixels.size == (600, 700)
    assert fast.source_size[0] / fast.source_size[1] == pytest.approx(1.5)  # upright landscape
    assert fast.crop[2] / fast.crop[3] == pytest.approx(600 / 700, rel=1e-3)
    # the same picture: a wrong turn or mirror would swap whole quadrants (a difference of ~100)
    assert _mean_difference(fast.pixels, slow.pixels) < 4
    assert fast.pixels.getpixel((5, 5))[0] > 180  # red stays top-left


def test_contain_fit_and_a_badge_far_smaller_than_the_photo(tmp_path, monkeypatch):
    path = _camera_jpeg(tmp_path / "c.jpg", 6)
    fast, slow = _both(monkeypatch, path, (500, 500), fit="contain")
    assert fast.box == pytest.approx(slow.box)
    assert fast.pixels.size == slow.pixels.size == (500, 333)
    assert _mean_difference(fast.pixels, slow.pixels) < 4
    fast, slow = _both(monkeypatch, path, (90, 60))  # 1/8 scale is still 3x too big: area average
    assert _mean_difference(fast.pixels, slow.pixels) < 6


def test_a_row_decodes_its_photo_once_for_every_format(tmp_path):
    path = _camera_jpeg(tmp_path / "once.jpg", 1)
    images.timings.take()
    images.frame(path, (1080, 760), "foto")
    images.frame(path, (1080, 1020), "foto")
    assert len(images._sources) == 1
    assert "decode" in images.timings.take()


def test_progressive_and_greyscale_jpegs_keep_pillows_decoder(tmp_path):
    progressive = _camera_jpeg(tmp_path / "p.jpg", 6, progressive=True)
    grey = tmp_path / "g.jpg"
    _quadrants().convert("L").save(grey, "JPEG")
    for path in (progressive, grey):
        assert not drafted.can_take(Image.open(path))
        framed = images.frame(path, (400, 300), "foto")
        assert framed.pixels.size == (400, 300)
    width, height = images.frame(progressive, (400, 300), "foto").source_size
    assert width / height == pytest.approx(1.5)  # turned upright: landscape, as the camera saw it


def test_a_truncated_baseline_jpeg_is_named_as_damaged(tmp_path):
    whole = (tmp_path / "whole.jpg")
    _camera_jpeg(whole, 1)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])
    with pytest.raises(ImageError) as caught:
        images.frame(cut, (600, 400), "foto")
    assert "rusak" in caught.value.message("id") and "cut.jpg" in caught.value.message("id")


def _chunks(data: bytes) -> list[bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    kinds, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        kinds.append(data[at + 4:at + 8])
        at += 12 + length
    return kinds


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_png_gives_back_exactly_the_pixels_and_nothing_else(mode):
    im = _quadrants((301, 203)).convert(mode)  # an odd width: no row lines up by chance
    if mode == "RGBA":
        im.putalpha(Image.linear_gradient("L").resize(im.size))
    data = png(im)
    back = Image.open(io.BytesIO(data))
    back.load()
    assert back.mode == mode and back.size == im.size
    assert ImageChops.difference(im, back).getbbox() is None
    assert _chunks(data) == [b"IHDR", b"IDAT", b"IEND"]  # no text, time, gamma or profile


def test_without_simplejpeg_and_numpy_as_in_the_bundle_photos_and_png_still_work(tmp_path):
    # the desktop bundle leaves both out (160 MB budget): Pillow decodes, the PNG writer needs
    # neither
    photo = _camera_jpeg(tmp_path / "b.jpg", 6)
    code = ("import sys; sys.modules['numpy'] = None; sys.modules['simplejpeg'] = None\n"
            "import io\n"
            "from PIL import Image\n"
            "from app.render import images\n"
            "from app.output.encode import png\n"
            "from app.render import drafted\n"
            "assert drafted.simplejpeg() is None\n"
            f"framed = images.frame({photo!r}, (600, 700), 'foto')\n"
            "back = Image.open(io.BytesIO(png(framed.pixels)))\n"
            "print(back.size, framed.pixels.getpixel((5, 5))[0] > 180)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "(600, 700) True"


def test_the_png_rows_are_the_same_with_and_without_numpy(monkeypatch):
    from app.output import encode

    im = _quadrants((257, 131))
    with_numpy = png(im)
    monkeypatch.setattr(encode, "_numpy", lambda: None)
    assert png(im) == with_numpy


@pytest.mark.parametrize(("side", "decoded"), [(420, (800, 600)), (300, (400, 300)), (700, (1600, 1200))])
def test_a_photo_is_decoded_at_a_fast_scale_that_still_covers_the_frame(side, decoded):
    # 3/8 (600x450) would cover a 420 px frame too, but libjpeg-turbo has no SIMD code for it and
    # it is slower than 1/2; for 700 px nothing below full size covers the frame
    buf = io.BytesIO()
    Image.new("RGB", (1600, 1200), (200, 120, 40)).save(buf, "JPEG", quality=90)
    result = drafted.decode(buf.getvalue(), side, 1, None)
    assert result is not None and result.size == decoded
