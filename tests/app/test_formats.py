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
