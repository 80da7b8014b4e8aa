from app.model import formats


def test_registry_sizes():
    sizes = {f.id: (f.width, f.height) for f in formats.FORMATS.values()}
    assert sizes["square"] == (1080, 1080)
    assert sizes["portrait"] == (1080, 1350)
    assert sizes["story"] == (1080, 1920)
    assert sizes["landscape"] == (1200, 675)
    assert sizes["youtube"] == (1280, 720)
    w_mm, h_mm = formats.get("a4").size_mm
    assert abs(w_mm - 216) < 0.2 and abs(h_mm - 303) < 0.2  # 210×297 + 3 mm bleed each side
    assert formats.get("a4").dpi == 300


def test_story_safe_area_and_bilingual_names():
    story = formats.get("story")
    assert story.safe.top == 250 and story.safe.bottom == 340
    for f in formats.FORMATS.values():
        assert f.name("id") and f.name("en") and f.platforms


def test_print_formats_carry_trim_and_bleed_in_millimetres():
    """A print shop checks the PDF's page size: trim plus bleed on every side."""
    expected = {"a5": (148 + 6, 210 + 6), "xbanner": (600 + 10, 1600 + 10)}
    for fid, (w, h) in expected.items():
        fmt = formats.get(fid)
        w_mm, h_mm = fmt.size_mm
        assert abs(w_mm - w) < 0.3 and abs(h_mm - h) < 0.3, fid
        assert fmt.bleed_px > 0 and fmt.width * fmt.height <= formats.MAX_OUTPUT_PIXELS
    banner = formats.get("xbanner")
    # the stand's hooks at the corners: text keeps 3 cm from the top and bottom trim
    assert banner.safe.top - banner.bleed_px >= round(30 / 25.4 * banner.dpi) - 1
    # A5 has A4's proportions, so an A4 layout prints on it unchanged
    assert abs(formats.get("a5").view_height - formats.get("a4").view_height) < 2
