"""Photo framing: the crop box always lies inside the photo, keeps the frame's aspect and
follows the focus point."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.render.images import cover_crop

sizes = st.tuples(st.integers(1, 8000), st.integers(1, 8000))
frames = st.tuples(st.floats(1, 5000), st.floats(1, 5000))
unit = st.floats(-0.5, 1.5, allow_nan=False)


@given(size=sizes, frame=frames, fx=unit, fy=unit)
def test_crop_inside_image_with_frame_aspect(size, frame, fx, fy):
    x, y, w, h = cover_crop(size, frame, (fx, fy))
    assert x >= 0 and y >= 0
    assert x + w <= size[0] + 1e-6 and y + h <= size[1] + 1e-6
    assert abs(w / h - frame[0] / frame[1]) <= 0.01 * frame[0] / frame[1] + 1 / h + 1 / w


def test_focus_moves_the_crop():
    left = cover_crop((2000, 1000), (500, 500), (0.0, 0.5))
    right = cover_crop((2000, 1000), (500, 500), (1.0, 0.5))
    assert left[0] == 0 and right[0] == 1000


@given(size=sizes, frame=frames, fx=unit, fy=unit, zoom=st.floats(1, 4))
def test_a_zoomed_crop_is_smaller_stays_inside_and_keeps_the_aspect(size, frame, fx, fy, zoom):
    x, y, w, h = cover_crop(size, frame, (fx, fy), zoom)
    _, _, w1, h1 = cover_crop(size, frame, (fx, fy))
    assert x >= 0 and y >= 0 and x + w <= size[0] + 1e-6 and y + h <= size[1] + 1e-6
    assert w <= w1 / zoom + 1e-6 and h <= h1 / zoom + 1e-6


def test_zoom_two_shows_half_the_width_around_the_focus():
    assert cover_crop((2000, 1000), (500, 500), (0.5, 0.5), 2.0) == (750.0, 250.0, 500.0, 500.0)


def test_frame_cache_is_bounded_by_bytes_not_count():
    from PIL import Image

    from app.render.images import Framed, _Cache

    def framed(kb: int) -> Framed:  # Pillow holds 4 bytes a pixel: 256 pixels a KiB
        return Framed(Image.new("RGB", (256, kb)), (1, 1), (0, 0, 1, 1), (0, 0, 1, 1))

    cache = _Cache(budget_bytes=1024 * 1024)  # 1 MiB
    for i in range(100):  # a hundred small thumbnails fit
        cache.put(("thumb", i), framed(4))
    assert len(cache) == 100
    cache.get(("thumb", 0))  # recently used: survives
    for i in range(3):  # three 300 KiB A4 frames push out the oldest thumbnails
        cache.put(("a4", i), framed(300))
    assert cache.size <= 1024 * 1024
    assert cache.get(("thumb", 0)) is not None and cache.get(("thumb", 1)) is None
    assert all(cache.get(("a4", i)) is not None for i in range(3))
    cache.put(("huge", 0), framed(2048))  # larger than the whole budget: not kept, nothing evicted
    assert cache.get(("huge", 0)) is None and cache.get(("a4", 0)) is not None
