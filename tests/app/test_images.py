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
