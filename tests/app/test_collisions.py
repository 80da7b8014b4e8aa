"""Collisions: a text whose ink runs into another text or a declared obstacle is in the layout
report, the checklist (O2) and the lint; real renders of user and bundled templates."""

from __future__ import annotations

import json

import pytest

from app.authoring.lint import lint_folder, sample_logo
from app.errors import TemplateError
from app.model.design import Brand, Design, ImageRef
from app.model.layoutreport import LayoutReport, ObstacleReport, TextBoxReport
from app.render.compose import compose
from app.templating.library import Library

from .helpers import checked, write_svg_template

EXTRA = ('[[fields]]\nkey = "harga"\ntype = "text"\nmax_chars = 24\n'
         'label = { id = "Harga", en = "Price" }\nsample = { id = "Rp85.000", en = "Rp85.000" }\n')


def _user(tmp_path, body: str, extra: str = EXTRA) -> Library:
    write_svg_template(tmp_path / "tpl" / "uji", body, extra_manifest=extra)
    return Library([tmp_path / "tpl"])


def _report(lib, **fields) -> LayoutReport:
    return compose(Design(template="uji", format="square", fields=fields), lib, 0.25).report


def test_two_overlapping_texts_collide_and_the_checklist_says_o2(tmp_path):
    lib = _user(tmp_path, '{{ text_box(f.judul, 80, 400, 900, 120, size=64) }}'
                          '{{ text_box(f.harga, 80, 430, 900, 120, size=64) }}')
    hits = _report(lib).collisions()
    assert [(h.a, h.b, h.kind) for h in hits] == [("judul", "harga", "text-text")]
    x, y, w, h = hits[0].box
    assert w > 50 and 0 < h < 64  # the ink that overlaps, not the whole boxes
    o2 = [f for f in checked(Design(template="uji", format="square"), lib).findings if f.rule == "O2"]
    assert len(o2) == 1 and o2[0].severity == "warn" and o2[0].field == "judul"
    assert o2[0].category == "accessibility" and o2[0].duty == 6
    assert o2[0].message["id"].startswith("Teks 'judul' menabrak 'harga'")
    assert o2[0].message["en"].startswith("Text 'judul' runs into 'harga'")


def test_boxes_that_overlap_but_ink_that_does_not_is_no_collision(tmp_path):
    # generous layout boxes overlap by 100 units; the one-line texts are far apart
    lib = _user(tmp_path, '{{ text_box(f.judul, 80, 400, 900, 200, size=40) }}'
                          '{{ text_box(f.harga, 80, 500, 900, 200, size=40) }}')
    assert _report(lib).collisions() == []


def test_a_label_on_its_own_button_is_no_collision_but_a_neighbour_is(tmp_path):
    body = ('{{ obstacle("tombol", 600, 800, 400, 100, kind="button") }}'
            '<rect x="600" y="800" width="400" height="100" rx="50" fill="#CE1126"/>'
            '{{ text_box(f.judul, 630, 800, 340, 100, size=36, valign="middle", fill="#FFFFFF",'
            ' on="tombol") }}'
            '{{ text_box(f.harga, 80, 820, 900, 80, size=56, min_size=56, max_lines=1) }}')
    lib = _user(tmp_path, body)
    assert _report(lib).collisions() == []  # "Rp85.000" ends well before x=600
    hits = _report(lib, harga="Rp1.250.000 sampai Rp2.500.000").collisions()
    assert {(h.a, h.b, h.kind) for h in hits} == {("harga", "tombol", "text-obstacle"),
                                                  ("judul", "harga", "text-text")}  # and its label
    sample, long = (checked(Design(template="uji", format="square", fields=fields), lib)
                    for fields in ({}, {"harga": "Rp1.250.000 sampai Rp2.500.000"}))
    assert [f for f in sample.findings if f.rule == "O2"] == []
    o2 = {f.field: f.message["en"] for f in long.findings if f.rule == "O2"}
    assert o2["harga"].startswith("Text 'harga' runs into 'tombol'")


def _line(key, y):
    return TextBoxReport(key, (0, y, 500, 60), (10, y, 400, 50), "Inter", 400, 40, 40, 28, ["x"],
                         "#000", "start", False, line_inks=[(10, y, 400, 50)])


def test_a_pixel_of_overlap_is_anti_aliasing_but_a_thin_rule_crossed_whole_collides():
    texts = [_line("judul", 100), _line("judul", 140), _line("isi", 300)]
    obstacles = [ObstacleReport("lencana", (409, 100, 100, 100), "badge"),  # 1 unit into "judul"
                 ObstacleReport("garis", (0, 349, 1000, 2), "rule"),  # touches "isi" by 1 unit
                 ObstacleReport("garis", (0, 320, 1000, 2), "rule")]  # runs through "isi"
    report = LayoutReport("t", "square", 1080, 1080, text_boxes=texts, obstacles=obstacles)
    hits = report.collisions()  # the two "judul" boxes overlap, but they are one field
    assert [(h.a, h.b, h.box) for h in hits] == [("isi", "garis", (10, 320, 400, 2))]


def test_the_threshold_is_in_pixels_so_it_follows_the_scale():
    texts, badge = [_line("judul", 100)], [ObstacleReport("lencana", (409, 100, 100, 100), "badge")]
    screen = LayoutReport("t", "square", 1080, 1080, unit=1.0, text_boxes=texts, obstacles=badge)
    print_ = LayoutReport("t", "a4", 2480, 3508, unit=2.3, text_boxes=texts, obstacles=badge)
    assert screen.collisions() == []  # 1 unit = 1 px
    assert [h.b for h in print_.collisions()] == ["lencana"]  # 1 unit = 2.3 px at 300 dpi
    assert print_.collisions(min_overlap=3) == []


def test_an_empty_text_has_no_ink_and_collides_with_nothing(tmp_path):
    lib = _user(tmp_path, '{{ obstacle("lencana", 0, 0, 1080, 1080, kind="badge") }}'
                          '{{ text_box(f.judul, 80, 400, 900, 120, size=64) }}')
    assert [h.a for h in _report(lib).collisions()] == ["judul"]
    assert _report(lib, judul="").collisions() == []


def test_an_unknown_obstacle_kind_is_a_template_error(tmp_path):
    lib = _user(tmp_path, '{{ obstacle("x", 0, 0, 10, 10, kind="tombol") }}')
    with pytest.raises(TemplateError, match="button"):
        _report(lib)


def test_the_layout_report_json_carries_obstacles_and_collisions(tmp_path):
    lib = _user(tmp_path, '{{ obstacle("tombol", 80, 400, 400, 100, kind="button") }}'
                          '{{ text_box(f.judul, 80, 400, 900, 120, size=64) }}'
                          '{{ qr("https://indonesia.go.id", 700, 700, 300) }}')
    data = json.loads(json.dumps(_report(lib).to_dict()))
    assert {"name": "tombol", "box": [80.0, 400.0, 400.0, 100.0], "kind": "button"} in data["obstacles"]
    assert any(o["kind"] == "qr" for o in data["obstacles"])  # a QR code is an obstacle by itself
    assert data["collisions"][0]["a"] == "judul" and data["collisions"][0]["b"] == "tombol"
    assert data["collisions"][0]["kind"] == "text-obstacle" and len(data["collisions"][0]["box"]) == 4
    assert data["text_boxes"][0]["line_inks"] and data["text_boxes"][0]["on"] == []


def _lint_collisions(folder) -> list[tuple[str, str]]:
    return [(i.level, i.en) for i in lint_folder(folder).issues if "runs into" in i.en]


def test_lint_a_collision_with_the_samples_is_an_error(tmp_path):
    body = ('<rect width="1080" height="1080" fill="#FFFFFF"/>'
            '{{ obstacle("lencana", 60, 380, 300, 140, kind="badge") }}'
            '{{ text_box(f.judul, 80, 400, 900, 120, size=64, fill="#111111") }}')
    write_svg_template(tmp_path / "tpl" / "uji", body, extra_manifest=EXTRA)
    found = _lint_collisions(tmp_path / "tpl" / "uji")
    assert ("error", "Text 'judul' runs into 'lencana'. Overlapping text cannot be read, least of "
            "all on a phone screen (digital empathy, Duty 6). Shorten the text or choose another "
            "format.") in found


def test_lint_a_collision_only_at_max_chars_is_a_warning_naming_both(tmp_path):
    body = ('<rect width="1080" height="1080" fill="#FFFFFF"/>'
            '{{ obstacle("tombol", 600, 800, 400, 100, kind="button") }}'
            '<rect x="600" y="800" width="400" height="100" rx="50" fill="#CE1126"/>'
            '{{ text_box(f.judul, 80, 200, 900, 120, size=64, fill="#111111") }}'
            '{{ text_box(f.harga, 80, 820, 900, 80, size=56, min_size=56, max_lines=1,'
            ' fill="#111111") }}')
    write_svg_template(tmp_path / "tpl" / "uji", body, extra_manifest=EXTRA)
    # and the long-and-short stress set, with 'harga' long and 'judul' short, finds it too
    assert _lint_collisions(tmp_path / "tpl" / "uji") == [
        ("warning", "Field 'harga' runs into 'tombol' when filled to its max_chars."),
        ("warning", "Field 'harga' runs into 'tombol'.")]


# -- the known cases, in the bundled templates -------------------------------------------------

def _bundled(library, template: str, fmt: str, lang: str = "id", **fields) -> LayoutReport:
    design = Design(template=template, format=fmt, lang=lang, fields=fields)
    return compose(design, library, 0.25).report


def _box(report: LayoutReport, key: str) -> TextBoxReport:
    return next(b for b in report.text_boxes if b.field == key)


def _whole(box: TextBoxReport, text: str) -> bool:
    """The text is all there: not overflowing, no line hidden, every word drawn."""
    return not box.overflow and " ".join(box.lines).split() == text.split()


LONG_UMKM = {"harga": 1_250_000, "ajakan": "Pesan sekarang juga!",  # 20, its max_chars
             "lokasi": "Jl. Pahlawan No. 12, Takengon, Aceh", "kontak": "@kopigayo.takengon.official"}


@pytest.mark.parametrize("fmt", ["a4", "story", "square", "portrait"])
def test_a_long_price_shrinks_beside_the_button_and_the_place_wraps_beside_the_handle(library, fmt):
    report = _bundled(library, "produk-umkm", fmt, **LONG_UMKM)
    assert report.collisions() == []
    price, place = _box(report, "harga"), _box(report, "lokasi")
    assert price.lines == ["Rp1.250.000"] and not price.overflow and price.size >= price.min_size
    assert _whole(place, LONG_UMKM["lokasi"]) and _whole(_box(report, "kontak"), LONG_UMKM["kontak"])
    button = next(o for o in report.obstacles if o.name == "tombol")
    assert button.kind == "button" and price.ink[0] + price.ink[2] < button.box[0]
    label = _box(report, "ajakan")
    assert label.on == ["tombol"] and _whole(label, LONG_UMKM["ajakan"])


def test_the_product_label_sits_on_its_badge(library):
    report = _bundled(library, "produk-umkm", "square")
    assert _box(report, "label").on == ["lencana"]
    assert {(o.name, o.kind) for o in report.obstacles} == {
        ("lencana", "badge"), ("tombol", "button"), ("garis", "rule")}


NAME_46 = "Raden Roro Kartika Dewi Sekarwangi Puspitasari"
LONG_CERT = {"nama": NAME_46, "acara": "Pelatihan Pemasaran Digital dan Literasi Keuangan UMKM Kota Batu",
             "tempat": "Kabupaten Malang, Jawa Timur"}  # 46, 64 and 28 characters: the max_chars


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_46_character_name_shrinks_and_nothing_runs_under_the_seal(library, lang):
    assert len(NAME_46) == 46
    report = _bundled(library, "sertifikat", "a4-landscape", lang, **LONG_CERT)
    assert report.collisions() == []
    name = _box(report, "nama")
    assert _whole(name, NAME_46) and len(name.lines) == 2 and name.size >= name.min_size
    assert _whole(_box(report, "acara"), LONG_CERT["acara"])
    seal_top = min(o.box[1] for o in report.obstacles if o.kind == "seal")
    signatures = min(b.ink[1] for b in report.text_boxes if (b.field or "").startswith("penandatangan"))
    when = _box(report, "tanggal")
    assert LONG_CERT["tempat"] in " ".join(when.lines) and not when.overflow
    assert when.ink[1] + when.ink[3] < min(seal_top, signatures)


def test_the_certificate_samples_keep_their_sizes(library):
    report = _bundled(library, "sertifikat", "a4-landscape")
    assert _box(report, "nama").size == 112 and _box(report, "nama").lines == ["Dewi Anggraini Putri"]
    assert report.collisions() == []


SIX_REASONS = [{"judul": judul, "isi": isi} for judul, isi in [
    ("Dimasak berjam-jam", "Santan dan rempah dimasak perlahan 4–8 jam sampai kering dan meresap ke daging."),
    ("Kaya rempah Nusantara", "Cabai, serai, lengkuas, kunyit, jahe dan daun jeruk berpadu dalam satu bumbu."),
    ("Awet tanpa pengawet", "Rendang kering tahan berminggu-minggu, bekal setia para perantau Minang."),
    ("Sarat makna adat", "Hadir di setiap acara adat Minangkabau sebagai lambang musyawarah dan mufakat."),
    ("Diakui dunia", "Masuk daftar 50 makanan terenak dunia pilihan pembaca CNN Travel sejak 2011."),
    ("Cocok untuk semua", "Disantap dengan nasi hangat, ketupat atau roti, rendang selalu jadi favorit keluarga."),
]]


@pytest.mark.parametrize("fmt", ["square", "portrait"])
def test_six_two_line_reasons_stay_clear_of_the_divider_rules(library, fmt):
    report = _bundled(library, "daftar-alasan", fmt, butir=SIX_REASONS)
    assert report.collisions() == []
    rules = [o for o in report.obstacles if o.name == "garis"]
    assert len(rules) == 6 and {o.kind for o in rules} == {"rule"}  # five between items, one above the source
    for i, item in enumerate(SIX_REASONS):
        body = _box(report, f"butir.{i}.isi")
        assert _whole(body, item["isi"]) and len(body.lines) == 2


@pytest.mark.parametrize("fmt", ["square", "portrait", "story", "a4"])
def test_a_festival_price_fits_its_tag_on_the_ticket(library, fmt):
    report = _bundled(library, "acara-budaya", fmt, harga=1_250_000)
    price = _box(report, "harga")
    assert price.lines == ["Rp1.250.000"] and not price.overflow
    assert price.on == ["tiket", "label-harga"] and report.collisions() == []
    tag = next(o for o in report.obstacles if o.name == "label-harga")
    x, _, w, _ = price.ink
    assert tag.box[0] < x and x + w < tag.box[0] + tag.box[2]  # inside the tag, not over its ends


def test_every_bundled_template_declares_its_obstacles(library):
    bare = [tid for tid, template in library.templates.items()
            if not any(compose(Design(template=tid, format=fmt), library, 0.25).report.obstacles
                       for fmt in template.manifest.formats)]
    assert bare == []


def test_a_brand_logo_is_an_obstacle_and_the_story_headline_clears_it(library):
    brand = Brand(logo=ImageRef(str(sample_logo())), primary="#0B6E4F", handle="@contoh.merek")
    design = Design(template="daftar-alasan", format="story", theme="brand", brand=brand)
    report = compose(design, library, 0.25).report
    assert [o.kind for o in report.obstacles if o.name == "logo"] == ["logo"]
    assert report.collisions() == []
