"""text_box: words are never dropped or reordered; lines stay inside the box unless the
report says overflow; measurement agrees with the pixels Qt draws."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.layoutreport import LayoutReport
from app.render import textlayout
from app.render.helpers import RenderContext
from app.render.raster import rasterize

words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=14
)
texts = st.lists(words, min_size=0, max_size=40).map(" ".join)


@pytest.fixture(autouse=True)
def _qt(qt_app):
    return qt_app


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, width=st.integers(120, 1000), size=st.integers(28, 120), max_lines=st.integers(1, 6))
def test_words_kept_in_order_and_inside_box(text, width, size, max_lines):
    height = 1200
    fitted = textlayout.fit(text, width, height, "Inter", 700, size, 28, max_lines, 1.2)
    assert " ".join(fitted.lines).split() == text.split()
    if not fitted.overflow:
        assert len(fitted.lines) <= max_lines
        assert all(w <= width + 0.01 for w in fitted.widths)
        assert fitted.block_height(1.2) <= height + 0.01
        assert fitted.display == fitted.lines
    assert len(fitted.display) <= max_lines


def test_shrinks_before_overflowing(qt_app):
    text = "Festival Budaya Lembah Baliem di Wamena, Papua Pegunungan"
    fitted = textlayout.fit(text, 1000, 400, "League Spartan", 800, 120, 48, 2, 1.05)
    assert 48 <= fitted.size < 120
    assert not fitted.overflow
    assert len(fitted.lines) <= 2


def test_overflow_is_reported_never_silent(qt_app):
    report = LayoutReport("x", "square", 1080, 1080)
    markup = RenderContext(report, 1.0).text_box(
        "kata " * 200, 0, 0, 400, 100, size=40, min_size=28, max_lines=2, field="judul"
    )
    box = report.text_boxes[0]
    assert box.overflow and box.field == "judul" and box.size == 28
    assert box.hidden_lines > 0
    assert markup.count("<text") == 2
    assert box.lines[-1].endswith("…")


def test_huge_value_is_truncated_and_reported(qt_app):
    fitted = textlayout.fit("a" * 100_000, 800, 200, "Inter", 400, 40, 28, 3, 1.3)
    assert fitted.truncated and fitted.overflow


def test_measured_width_matches_drawn_pixels(qt_app):
    report = LayoutReport("x", "square", 1200, 200)
    ctx = RenderContext(report, 1.0)
    markup = ctx.text_box("Keripik Tempe Bu Sari, Malang", 20, 40, 1160, 140, font="Inter",
                          weight=700, size=72, min_size=72, max_lines=1, fill="#000000")
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="200" '
           f'viewBox="0 0 1200 200">{markup}</svg>')
    image = rasterize(svg, 1200, 200).convert("L")
    left, top, right, bottom = image.point(lambda v: 255 if v < 128 else 0).getbbox()
    ink_x, ink_y, ink_w, ink_h = report.text_boxes[0].ink
    assert abs((right - left) - ink_w) <= max(3, 0.01 * ink_w)
    assert abs(left - ink_x) <= 3
    assert abs(top - ink_y) <= 3
