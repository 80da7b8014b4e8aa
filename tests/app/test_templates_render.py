"""Every bundled template renders in every declared format, in both languages, at the exact
pixel size, and is not blank; no sample overflows its box."""

from __future__ import annotations

import pytest

from app.model import formats
from app.model.design import Design, ImageRef
from app.render.raster import render
from app.templating.library import Library

from .helpers import is_blank

CASES = [
    (tid, fmt)
    for tid, t in Library().templates.items()
    for fmt in t.manifest.formats
]


def test_starter_templates_exist(library):
    assert {"produk-umkm", "destinasi-wisata", "daftar-alasan"} <= set(library.templates)
    for tid in ("produk-umkm", "destinasi-wisata"):
        assert {"square", "portrait", "story", "a4"} <= set(library.get(tid).manifest.formats)
    assert {"square", "portrait", "story"} <= set(library.get("daftar-alasan").manifest.formats)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("template_id", "fmt"), CASES)
def test_renders_at_exact_size_and_not_blank(library, template_id, fmt, lang):
    scale = 0.5 if fmt == "a4" else 1.0
    result = render(Design(template=template_id, format=fmt, lang=lang), library, scale)
    f = formats.get(fmt)
    assert result.image.size == (round(f.width * scale), round(f.height * scale))
    assert not is_blank(result.image)
    overflowing = [(b.field, b.lines) for b in result.composition.report.overflows]
    assert overflowing == [], f"sample text overflows in {template_id}/{fmt}/{lang}"


@pytest.mark.parametrize("template_id", ["produk-umkm", "destinasi-wisata", "daftar-alasan"])
def test_every_theme_renders_differently(library, template_id):
    man = library.get(template_id).manifest
    assert len(man.themes) >= 3
    pixels = set()
    for theme in man.themes:
        image = render(Design(template=template_id, format="square", theme=theme.id), library, 0.25).image
        pixels.add(image.getpixel((image.width // 2, image.height - 8)))
    assert len(pixels) == len(man.themes)


def test_story_text_stays_in_safe_area(library):
    fmt = formats.get("story")
    for tid in ("produk-umkm", "destinasi-wisata", "daftar-alasan"):
        report = render(Design(template=tid, format="story"), library, 0.25).composition.report
        for box in report.text_boxes:
            x, y, w, h = box.ink
            assert y >= fmt.safe.top - 1, (tid, box.field, y)
            assert y + h <= fmt.height - fmt.safe.bottom + 1, (tid, box.field, y + h)


def test_margins_and_minimum_text_size(library):
    for tid, fmt in CASES:
        report = render(Design(template=tid, format=fmt), library, 0.25).composition.report
        width = report.width / report.unit
        for box in report.text_boxes:
            assert box.size >= 28, (tid, fmt, box.field, box.size)
            x, _, w, _ = box.ink
            if w:
                assert x >= 0.05 * width - 1 and x + w <= 0.95 * width + 1, (tid, fmt, box.field)


# Real names are long: a 59- and a 63-character one, inside the 60-character limits (the last
# word of the product name beyond it). Neither may be cut with "…" nor run into anything, in any
# format, with every other field at its sample.
LONG_NAMES = [
    ("produk-umkm", "nama_produk", "Keripik Tempe Renyah Khas Malang Bu Sri Rahayu Asli Blitar"),
    ("sertifikat", "nama", "Raden Ajeng Siti Nurhaliza Kusumawardhani Purnamasari Putri"),
    ("prestasi", "nama", "Muhammad Rizky Ananda Pratama Wicaksono, SMAN 3 Yogyakarta"),
    ("promo-diskon", "nama_produk", "Keripik Tempe Renyah Khas Malang Bu Sri Rahayu Asli Blitar"),
    ("prestasi-foto", "nama", "Muhammad Rizky Ananda Pratama Wicaksono, SMAN 3 Yogyakarta"),
]


@pytest.mark.parametrize(("template_id", "key", "name"), LONG_NAMES)
def test_a_long_name_is_never_cut_and_collides_with_nothing(library, template_id, key, name):
    manifest = library.get(template_id).manifest
    assert len(name) <= next(f.max_chars for f in manifest.fields if f.key == key) and len(name) >= 58
    for fmt in manifest.formats:
        report = render(Design(template=template_id, format=fmt, fields={key: name}), library, 0.5).composition.report
        box = next(b for b in report.text_boxes if b.field == key)
        assert " ".join(box.lines) == name and not box.truncated and not box.overflow, (fmt, box.lines)
        assert report.collisions() == [], (fmt, report.collisions())


def test_a_name_or_a_price_past_every_limit_is_shown_whole_and_reported_never_cut(library):
    # the rule for a name, a headline or a price: wrap, shrink to min_size, then report the
    # overflow; only secondary text may end in "…"
    name = "Keripik Tempe Renyah Khas Malang Bu Sri Rahayu Asli Blitar " * 3
    fields = {"nama_produk": name, "harga": 1250000000, "deskripsi": "Gurih " * 60}
    report = render(Design(template="produk-umkm", format="square", fields=fields), library, 0.5).composition.report
    head = next(b for b in report.text_boxes if b.field == "nama_produk")
    assert " ".join(head.lines) == name.strip() and head.overflow and head.hidden_lines == 0
    price = next(b for b in report.text_boxes if b.field == "harga")
    assert "…" not in "".join(price.lines)
    desc = next(b for b in report.text_boxes if b.field == "deskripsi")
    assert desc.lines[-1].endswith("…") and desc.hidden_lines > 0


def test_list_rows_follow_their_content(library):
    # daftar-alasan's sample: item 4's body is one line, the others two; it gets no two-line slot
    report = render(Design(template="daftar-alasan", format="square"), library, 0.5).composition.report
    bodies = [b for b in report.text_boxes if b.field and b.field.startswith("butir.") and b.field.endswith(".isi")]
    one = [b for b in bodies if len(b.lines) == 1]
    two = [b for b in bodies if len(b.lines) == 2]
    assert one and two
    assert max(b.box[3] for b in one) < min(b.box[3] for b in two) - 20
    assert report.collisions() == []


def test_a_small_photo_gets_the_low_resolution_finding_and_the_sample_does_not(library):
    from app.authoring.lint import odd_photos
    from app.checklist.engine import check_design

    small = Design(template="produk-umkm", format="portrait", images={"foto": ImageRef(str(odd_photos()["kecil"]))})
    rules_found = {f.rule for f in check_design(small, render(small, library, 0.5)).findings}
    assert "O3" in rules_found
    sample = Design(template="produk-umkm", format="portrait")
    assert "O3" not in {f.rule for f in check_design(sample, render(sample, library, 0.5)).findings}


def test_the_stress_sets_find_no_collision_or_cut_name_in_the_product_poster(library):
    from app.authoring import lint

    result = lint.LintResult("produk-umkm")
    for fmt in library.get("produk-umkm").manifest.formats:
        lint._stress(library, library.get("produk-umkm"), fmt, 0.5, result)
    assert result.issues == []


def test_a_headline_is_balanced_never_one_short_word_alone(library):
    report = render(Design(template="acara-budaya", format="portrait",
                           fields={"nama_acara": "Festival Wayang Nusantara 2026"}), library, 0.5).composition.report
    head = next(b for b in report.text_boxes if b.field == "nama_acara")
    assert head.lines == ["Festival Wayang", "Nusantara 2026"]


def test_a_users_photo_leads_the_event_poster_down_to_the_ticket(library):
    from app.authoring.lint import odd_photos

    photo = ImageRef(str(odd_photos()["panorama"]))
    for fmt in library.get("acara-budaya").manifest.formats:
        with_photo = render(Design(template="acara-budaya", format=fmt, images={"foto": photo}), library, 0.5)
        report = with_photo.composition.report
        frame = next(img for img in report.images if img.field == "foto")
        view_h = report.height / report.unit
        assert frame.box[3] > 0.5 * view_h, fmt  # not the top third any more
        assert report.collisions() == [] and report.overflows == [], fmt


def test_the_destination_scrim_darkens_the_photo_only_where_the_text_sits(library):
    import re

    from app.render.compose import compose

    comp = compose(Design(template="destinasi-wisata", format="portrait"), library)
    sky = re.search(r'<rect x="0" y="0" width="[\d.]+" height="([\d.]+)" fill="url\(#sky\)"/>', comp.svg)
    desc = next(b for b in comp.report.text_boxes if b.field == "deskripsi")
    height = float(sky.group(1))
    assert desc.ink[1] + desc.ink[3] < height < 0.5 * (comp.report.height / comp.report.unit)
