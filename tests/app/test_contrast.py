"""box_contrast, the pixel maths of rule A1, pinned against the WCAG formula written out here
independently: a regression in the Pillow-only maths (issue 11) must fail a test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from app.checklist.rules_visual import box_contrast

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "inter" / "Inter-Bold.otf"
WHITE, GREY_76, GREY_77, GREY_94, GREY_95 = "#FFFFFF", "#767676", "#777777", "#949494", "#959595"


def wcag(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio of two #RRGGBB colours."""
    def lum(hex_colour: str) -> float:
        lin = []
        for i in (1, 3, 5):
            s = int(hex_colour[i:i + 2], 16) / 255
            lin.append(s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4)
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def poster(bg: str, fill: str, size=(400, 120), patch: tuple | None = None) -> Image.Image:
    """Bars of text colour (glyphs) on a flat background, with an optional patch of another colour."""
    img = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(img)
    if patch:
        draw.rectangle(patch[0], fill=patch[1])
    for x in range(40, size[0] - 40, 30):
        draw.rectangle((x, 40, x + 9, 80), fill=fill)
    return img


@pytest.mark.parametrize(("bg", "fill", "expected"), [
    (WHITE, GREY_76, 4.542),  # just passes body text (4.5:1)
    (WHITE, GREY_77, 4.478),  # just fails it
    (WHITE, GREY_94, 3.033),  # just passes large text (3:1)
    (WHITE, GREY_95, 2.995),  # just fails it, though shown rounded it reads 3.0:1
    ("#1A1A2E", "#F5C518", 10.464),
])
def test_flat_background_gives_the_wcag_ratio(bg, fill, expected):
    got = box_contrast(poster(bg, fill), (0, 0, 400, 120), rgb(fill))
    assert got == pytest.approx(wcag(bg, fill), abs=1e-9)
    assert got == pytest.approx(expected, abs=5e-4)


def test_anti_aliased_glyphs_are_left_out():
    img = Image.new("RGB", (600, 160), WHITE)
    font = ImageFont.truetype(str(FONT), 64)
    ImageDraw.Draw(img).text((20, 30), "Kopi Gayo 85rb", fill=GREY_77, font=font)
    assert box_contrast(img, (0, 0, 600, 160), rgb(GREY_77)) == pytest.approx(wcag(WHITE, GREY_77), abs=1e-9)


def test_the_worst_tenth_of_the_background_decides():
    # a light grey patch of about a third of the background: the 10th percentile lies in it
    big = poster(WHITE, GREY_76, patch=((0, 0, 400, 40), "#CCCCCC"))
    assert box_contrast(big, (0, 0, 400, 120), rgb(GREY_76)) == pytest.approx(wcag("#CCCCCC", GREY_76), abs=1e-9)
    # a patch of under a tenth does not
    small = poster(WHITE, GREY_76, patch=((0, 0, 400, 5), "#CCCCCC"))
    assert box_contrast(small, (0, 0, 400, 120), rgb(GREY_76)) == pytest.approx(wcag(WHITE, GREY_76), abs=1e-9)


def test_between_two_colours_the_percentile_interpolates():
    # 10 background pixels in a 5×2 box with no ink, against mid grey: 1 white (the lower ratio)
    # and 9 black. numpy's linear percentile sits 0.9 of the way from rank 0 to rank 1.
    img = Image.new("RGB", (5, 2), "#000000")
    img.putpixel((0, 0), rgb(WHITE))
    fill = "#808080"
    low, high = wcag(WHITE, fill), wcag("#000000", fill)
    assert low < high
    assert box_contrast(img, (0, 0, 5, 2), rgb(fill)) == pytest.approx(low + (high - low) * 0.9, abs=1e-12)


def test_invisible_text_and_boxes_too_small():
    img = Image.new("RGB", (200, 60), "#336699")
    assert box_contrast(img, (0, 0, 200, 60), rgb("#336699")) == 1.0  # text the colour of its background
    assert box_contrast(img, (10, 10, 11, 40), (0, 0, 0)) is None  # one pixel wide
    assert box_contrast(img, (190, 50, 400, 400), (0, 0, 0)) is not None  # clipped to the image


@settings(max_examples=40, deadline=None)
@given(bg=st.tuples(*[st.integers(0, 255)] * 3), fill=st.tuples(*[st.integers(0, 255)] * 3),
       w=st.integers(24, 300), h=st.integers(12, 90))
def test_any_flat_poster_measures_its_two_colours(bg, fill, w, h):
    img = Image.new("RGB", (w, h), bg)
    ImageDraw.Draw(img).rectangle((w // 3, h // 3, w // 2, h // 2), fill=fill)
    got = box_contrast(img, (0, 0, w, h), fill)
    as_hex = ["#{:02X}{:02X}{:02X}".format(*c) for c in (bg, fill)]
    if max(abs(a - b) for a, b in zip(bg, fill, strict=True)) < 12:
        assert got == 1.0
    else:
        assert got == pytest.approx(wcag(*as_hex), abs=1e-9)



def test_the_checklist_needs_no_numpy():
    # the bundle leaves numpy out (issue 11): a core that imported it again would crash there
    code = ("import sys; sys.modules['numpy'] = None\n"
            "from PIL import Image\n"
            "from app.checklist.rules_visual import box_contrast\n"
            "img = Image.new('RGB', (60, 30), 'white'); img.paste((0, 0, 0), (20, 10, 40, 20))\n"
            "print(round(box_contrast(img, (0, 0, 60, 30), (0, 0, 0)), 2))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "21.0"
