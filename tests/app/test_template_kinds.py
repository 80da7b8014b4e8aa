"""The new kinds of post: what each promises its user, checked on its renders."""

from __future__ import annotations

import re

import pytest

from app.model.design import Design, ImageRef
from app.render.raster import render

from .helpers import PORTRAIT
from .helpers import render_texts as _texts


@pytest.mark.parametrize(("usual", "promo", "shown"), [(85000, 59000, "30%"), (1500000, 1250000, "16%"),
                                                       (100000, 50000, "50%")])
def test_the_discount_is_worked_out_from_the_prices_and_never_rounded_up(library, usual, promo, shown):
    texts, report = _texts(library, "promo-diskon", harga_awal=usual, harga_promo=promo)
    assert shown in texts
    assert [t for t in texts if t.endswith("%")] == [shown]
    assert f"Rp{usual:,}".replace(",", ".") in texts and f"Rp{promo:,}".replace(",", ".") in texts
    assert report.collisions() == []


@pytest.mark.parametrize("usual", [None, 59000, 40000])
def test_without_a_higher_usual_price_the_poster_claims_no_discount(library, usual):
    texts, _ = _texts(library, "promo-diskon", harga_awal=usual, harga_promo=59000)
    assert "PROMO" in texts and not any(t.endswith("%") for t in texts)
    assert "Rp40.000" not in texts and "Rp59.000" in texts


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
def test_the_end_date_is_on_the_promo_in_the_users_language(library, fmt):
    texts, _ = _texts(library, "promo-diskon", fmt, berakhir="2026-12-31", syarat="")
    assert "Berakhir 31 Desember 2026" in texts
    en = render(Design(template="promo-diskon", format=fmt, lang="en", fields={"berakhir": "2026-12-31"}),
                library, 0.25).composition.report
    assert any(" ".join(b.lines).startswith("Ends 31 December 2026") for b in en.text_boxes)


LONG_QUOTE = ("Pendidikan adalah senjata paling ampuh untuk mengubah dunia, dan setiap anak di pelosok "
              "negeri berhak memegangnya sejak dini, tanpa kecuali, tanpa menunggu siapa pun datang.")


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
@pytest.mark.parametrize("photo", [False, True])
def test_a_quote_is_never_cut_and_keeps_its_speaker_and_source(library, fmt, photo):
    """A cut quote says something its speaker did not; the source is what makes it checkable."""
    assert len(LONG_QUOTE) <= 180
    images = {"foto": ImageRef(str(PORTRAIT))} if photo else {}
    design = Design(template="kutipan", format=fmt, images=images,
                    fields={"kutipan": LONG_QUOTE, "tokoh": "Sari Lestari", "sumber": "Sambutan wisuda, 2025"})
    report = render(design, library, 0.25).composition.report
    quote = next(b for b in report.text_boxes if b.field == "kutipan")
    assert " ".join(quote.lines) == LONG_QUOTE and not quote.truncated and not quote.overflow
    texts = [" ".join(b.lines) for b in report.text_boxes]
    assert "Sari Lestari" in texts and any("Sambutan wisuda, 2025" in t for t in texts)
    speaker = next(b for b in report.text_boxes if b.field == "tokoh")
    assert speaker.ink[1] > quote.ink[1] + quote.ink[3]  # the attribution sits under the quote
    assert report.collisions() == []


GREETINGS = {"idulfitri": ("Selamat Hari Raya Idulfitri", "Happy Eid al-Fitr"),
             "natal": ("Selamat Hari Natal", "Merry Christmas"),
             "imlek": ("Selamat Tahun Baru Imlek", "Happy Chinese New Year"),
             "nyepi": ("Selamat Hari Raya Nyepi", "Happy Nyepi Day"),
             "waisak": ("Selamat Hari Raya Waisak", "Happy Vesak Day"),
             "tahun-baru": ("Selamat Tahun Baru", "Happy New Year")}


@pytest.mark.parametrize("day", sorted(GREETINGS))
def test_each_holiday_gets_its_own_customary_greeting_and_message_in_both_languages(library, day):
    seen = set()
    for lang, greeting in zip(("id", "en"), GREETINGS[day], strict=True):
        design = Design(template="ucapan-hari-raya", format="portrait", lang=lang,
                        fields={"hari": day, "ucapan": "", "pesan": ""})
        report = render(design, library, 0.25).composition.report
        texts = {b.field: " ".join(b.lines) for b in report.text_boxes}
        assert texts["ucapan"] == greeting
        assert texts["pesan"] and "maaf" not in texts["pesan"] or day == "idulfitri"
        seen.add(texts["pesan"])
        assert report.collisions() == [] and report.overflows == []
    assert len(seen) == 2  # the message is in each language


def test_the_users_own_greeting_replaces_the_customary_one(library):
    design = Design(template="ucapan-hari-raya", format="square",
                    fields={"hari": "natal", "ucapan": "Selamat Natal, Sahabat Lasem"})
    texts = [" ".join(b.lines) for b in render(design, library, 0.25).composition.report.text_boxes]
    assert "Selamat Natal, Sahabat Lasem" in texts and "Selamat Hari Natal" not in texts


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
def test_the_collage_shows_three_photos_and_keeps_its_text_off_them(library, fmt):
    report = render(Design(template="wisata-kolase", format=fmt), library, 0.25).composition.report
    frames = sorted(report.images, key=lambda i: i.box[2] * i.box[3], reverse=True)
    assert [i.field for i in frames] == ["foto_1", "foto_2", "foto_3"]
    big, small = frames[0].box, frames[1].box
    assert big[2] * big[3] > 1.5 * small[2] * small[3]  # one leads, two follow
    photos_bottom = max(i.box[1] + i.box[3] for i in frames)
    assert all(b.ink[1] >= photos_bottom for b in report.text_boxes if b.lines)
    assert report.collisions() == []


def test_an_empty_collage_slot_is_drawn_as_a_placeholder_not_left_blank(library):
    design = Design(template="wisata-kolase", format="square", samples=False,
                    fields={"nama": "Pesona Sumatra"})
    result = render(design, library, 0.25)
    assert result.composition.report.images == []
    slot = result.image.convert("RGB").getpixel((40, 40))  # inside the large slot
    assert slot != result.image.convert("RGB").getpixel((4, 4))  # not the background


@pytest.mark.parametrize(("days", "lang", "count", "lead"), [
    (3, "id", "H-3", "hari lagi menuju"), (1, "en", "H-1", "day to go until"),
    (14, "en", "H-14", "days to go until"), (0, "id", "HARI INI", "saatnya"), (0, "en", "TODAY", "it's time for")])
def test_the_countdown_reads_as_people_write_it(library, days, lang, count, lead):
    for fmt in ("square", "portrait", "story"):
        design = Design(template="hitung-mundur", format=fmt, lang=lang, fields={"sisa": days})
        report = render(design, library, 0.25).composition.report
        texts = [" ".join(b.lines) for b in report.text_boxes]
        assert count in texts and lead in texts, (fmt, texts)
        assert report.collisions() == [] and report.overflows == []


@pytest.mark.parametrize(("fmt", "text_from"), [("portrait", 0.5), ("story", 0.5), ("a4", 0.5), ("square", 0.4)])
def test_the_winners_photo_fills_the_poster_and_the_text_keeps_to_the_bottom(library, fmt, text_from):
    report = render(Design(template="prestasi-foto", format=fmt), library, 0.25).composition.report
    (photo,) = report.images
    width, height = report.width / report.unit, report.height / report.unit  # template units
    assert photo.box[2] * photo.box[3] >= width * height * 0.99
    tops = [b.ink[1] for b in report.text_boxes if b.lines]
    assert min(tops) >= text_from * height, (fmt, min(tops) / height)
    assert report.collisions() == [] and report.overflows == []
    texts = [" ".join(b.lines) for b in report.text_boxes]
    assert any(t.startswith("Sumber: pengumuman resmi panitia") for t in texts)


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
def test_recipe_steps_are_numbered_in_order_and_each_row_is_as_tall_as_its_text(library, fmt):
    steps = [{"langkah": "Cuci beras."},
             {"langkah": "Tumis bumbu halus bersama serai dan daun salam sampai harum, "
                         "lalu masukkan ayam dan aduk rata."},
             {"langkah": "Sajikan hangat."}]
    design = Design(template="resep", format=fmt, fields={"langkah": steps})
    report = render(design, library, 0.25).composition.report
    numbers = [b for b in report.text_boxes if b.field is None and b.lines and b.lines[0].isdigit()]
    assert [b.lines[0] for b in numbers] == ["1", "2", "3"]
    texts = {b.field: b for b in report.text_boxes if b.field and b.field.startswith("langkah")}
    assert [" ".join(texts[f"langkah.{i}.langkah"].lines) for i in range(3)] == [s["langkah"] for s in steps]
    gap_short = numbers[1].ink[1] - numbers[0].ink[1]
    gap_long = numbers[2].ink[1] - numbers[1].ink[1]
    assert gap_long > gap_short  # the long step's row is taller than the one-line step's
    assert report.collisions() == [] and report.overflows == []


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
@pytest.mark.parametrize(("zone", "second"), [("WITA", "Sari Wulandari"), ("WIT", "")])
def test_the_webinar_names_its_time_zone_and_one_or_two_speakers(library, fmt, zone, second):
    design = Design(template="webinar", format=fmt, fields={"zona": zone, "pembicara_2": second})
    report = render(design, library, 0.25).composition.report
    texts = {b.field: " ".join(b.lines) for b in report.text_boxes if b.field}
    assert texts["tanggal"] == f"Kamis, 10 Desember 2026 · 19.00–21.00 {zone}"
    speakers = [k for k in texts if k.startswith("pembicara_")]
    assert speakers == (["pembicara_1", "pembicara_2"] if second else ["pembicara_1"])
    assert report.collisions() == [] and report.overflows == []


@pytest.mark.parametrize(("rating", "filled"), [(5, 5), (3, 3), (4.4, 4), (9, 5), (0, 0), (None, 0)])
def test_the_testimonial_shows_the_customers_rating_as_whole_stars_never_more_than_five(library, rating, filled):
    composition = render(Design(template="testimoni", format="square", fields={"bintang": rating}),
                         library, 0.25).composition
    star = 'd="M 50 4 L 62 36'
    svg = composition.svg if isinstance(composition.svg, str) else composition.svg.decode()
    assert svg.count(star) == (5 if filled else 0)
    stars = svg.split(star)[1:]
    assert sum('fill="none"' not in s.split("/>")[0] for s in stars) == filled
    assert composition.report.collisions() == []


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
@pytest.mark.parametrize(("lang", "note"), [("id", "Melamar di sini gratis. Kami tidak pernah meminta biaya apa pun."),
                                            ("en", "Applying is free. We never ask for any fee.")])
def test_a_job_post_always_says_applying_is_free_and_gives_the_official_link(library, fmt, lang, note):
    """Job scams ask applicants for fees: the poster says, whatever the user fills in, that this one does not."""
    roles = [{"posisi": "Barista"}, {"posisi": "Admin media sosial"}, {"posisi": "Kurir motor"}, {"posisi": "Kasir"}]
    design = Design(template="lowongan-kerja", format=fmt, lang=lang, fields={"posisi": roles})
    report = render(design, library, 0.25).composition.report
    assert note in [" ".join(b.lines) for b in report.text_boxes]
    texts = {b.field: " ".join(b.lines) for b in report.text_boxes if b.field}
    assert texts["tautan"] == "kopilerengijen.id/karier"
    assert [texts[f"posisi.{i}.posisi"] for i in range(4)] == [r["posisi"] for r in roles]
    assert report.collisions() == [] and report.overflows == []


CONDOLENCES = {"umum": ("Turut berduka cita", "With deepest sympathy"),
               "islam": ("Innalillahi wa inna ilaihi raji'un",) * 2,
               "kristen": ("Beristirahatlah dalam damai", "Rest in peace"),
               "hindu": ("Om Swargantu, Moksantu, Sunyantu, Murcantu",) * 2,
               "buddha": ("Semoga terlahir di alam bahagia", "May they be reborn in a happy realm")}


@pytest.mark.parametrize("faith", sorted(CONDOLENCES))
def test_a_condolence_card_uses_the_chosen_faiths_phrase_and_the_checklist_lets_it_through(library, faith):
    from .helpers import checked

    for lang, phrase in zip(("id", "en"), CONDOLENCES[faith], strict=True):
        design = Design(template="duka-cita", format="portrait", lang=lang, fields={"ungkapan": faith},
                        alt_text="Kartu ucapan duka cita dengan nama almarhum dan pesan penghiburan.")
        report = render(design, library, 0.25).composition.report
        texts = {b.field: " ".join(b.lines) for b in report.text_boxes if b.field}
        assert texts["ungkapan"] == phrase
        assert report.images == [] and report.collisions() == []  # no photo unless the family gives one
        findings = checked(design, library).findings
        assert [f.rule for f in findings if f.severity != "info"] == []


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
@pytest.mark.parametrize("count", [4, 3, 1])
def test_the_catalogue_shows_each_named_product_with_its_price_and_closes_up_the_grid(library, fmt, count):
    fields = {f"nama_{i}": "" for i in range(count + 1, 5)}
    report = render(Design(template="katalog-produk", format=fmt, fields=fields), library, 0.25).composition.report
    names = [b for b in report.text_boxes if b.field and b.field.startswith("nama_")]
    prices = {b.field: " ".join(b.lines) for b in report.text_boxes if b.field and b.field.startswith("harga_")}
    assert len(names) == count and len(report.images) == count
    assert prices["harga_1"] == "Rp85.000" and len(prices) == count
    largest = max(i.box[2] * i.box[3] for i in report.images)
    if count == 1:  # one product takes the whole grid
        assert largest > 0.3 * (report.width / report.unit) ** 2
    assert report.collisions() == [] and report.overflows == []


def test_the_youtube_thumbnail_keeps_the_corner_where_youtube_shows_the_length_clear(library):
    from app.model import formats

    assert (formats.get("youtube").width, formats.get("youtube").height) == (1280, 720)
    long_title = "Cara Cek Hoaks dalam 1 Menit Tanpa Aplikasi Apa"
    report = render(Design(template="sampul-video", format="youtube", fields={"judul": long_title}),
                    library, 0.25).composition.report
    title = next(b for b in report.text_boxes if b.field == "judul")
    assert " ".join(title.lines) == long_title.upper() and not title.overflow
    for box in report.text_boxes:
        x, y, w, h = box.ink
        assert not (x + w > 1280 - 180 and y + h > 720 - 90), box.field
    assert report.collisions() == []


def test_the_stand_banner_prints_at_x_banner_size_with_its_qr_and_every_price(library, tmp_path):
    from app.output.export import export

    rendered = render(Design(template="banner-stan", format="xbanner"), library, 0.2)
    report = rendered.composition.report
    texts = [" ".join(b.lines) for b in report.text_boxes]
    assert {"Rp85.000", "Rp95.000", "Rp25.000", "Rp10.000"} <= set(texts)
    assert [q["url"] for q in report.qr_codes] == ["https://kopigayo.id/pesan"]
    assert report.collisions() == [] and report.overflows == []
    pdf = export(render(Design(template="banner-stan", format="xbanner"), library, 1.0), tmp_path / "banner.pdf")
    box = re.search(rb"MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", pdf.read_bytes())
    w_mm, h_mm = (float(v) * 25.4 / 72 for v in box.groups())
    assert abs(w_mm - 610) < 1 and abs(h_mm - 1610) < 1  # 60 x 160 cm and 5 mm bleed each side


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
def test_the_product_on_colour_puts_the_price_on_its_sticker_and_stacks_a_long_foot(library, fmt):
    texts, report = _texts(library, "produk-warna", fmt)
    assert "Rp25.000" in texts and report.collisions() == []
    price = next(b for b in report.text_boxes if " ".join(b.lines) == "Rp25.000")
    sx, sy, sw, sh = next(o.box for o in report.obstacles if o.name == "stiker")
    x, y, w, h = price.ink
    assert sx <= x and x + w <= sx + sw and sy <= y and y + h <= sy + sh
    _, long_foot = _texts(library, "produk-warna", fmt, ajakan="Pesan sekarang lewat DM Instagram",
                          kontak="@pempek.cek.molek.palembang.id")
    assert long_foot.collisions() == [] and long_foot.overflows == []


def test_the_food_story_sets_photo_and_page_side_by_side_in_the_square_and_stacked_elsewhere(library):
    for fmt, side in (("square", True), ("portrait", False), ("story", False)):
        _, report = _texts(library, "kuliner-cerita", fmt)
        px, py, pw, ph = next(img.box for img in report.images if img.field == "foto")
        texts = [b for b in report.text_boxes if b.lines]
        if side:
            assert all(b.ink[0] >= px + pw for b in texts)
        else:
            assert all(b.ink[1] >= py + ph for b in texts)
        assert report.collisions() == [] and report.overflows == []


@pytest.mark.parametrize(("lang", "weekday"), [("id", "Sabtu, 2026"), ("en", "Saturday, 2026")])
def test_the_type_poster_spells_the_date_in_the_designs_language(library, lang, weekday):
    report = render(Design(template="acara-tipografi", format="portrait", lang=lang), library, 0.25).composition.report
    dates = [" ".join(b.lines) for b in report.text_boxes if b.field == "tanggal"]
    assert dates == ["12", "September", weekday]
    assert report.collisions() == [] and report.overflows == []


@pytest.mark.parametrize("photo", [True, False])
def test_the_congratulation_is_centred_in_its_frame_with_or_without_a_photo(library, photo):
    design = Design(template="ucapan-selamat", format="portrait", samples=photo,
                    fields={} if photo else {"ucapan": "Selamat Wisuda", "nama": "Maria Goreti Tefa, S.Pd.",
                                              "atas": "atas kelulusannya", "dari": "Dari keluarga", "kontak": "@ntt"})
    report = render(design, library, 0.25).composition.report
    inks = [b.ink for b in report.text_boxes if b.lines] + [img.box for img in report.images]
    top, bottom = min(i[1] for i in inks), max(i[1] + i[3] for i in inks)
    H = report.height / report.unit
    assert abs(top - (H - bottom)) < 0.12 * H  # as much room above the block as below it
    assert report.collisions() == [] and report.overflows == []


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
def test_the_minimal_postcard_mounts_the_photo_and_sets_the_name_under_it(library, fmt):
    _, report = _texts(library, "wisata-minimal", fmt)
    px, py, pw, ph = next(img.box for img in report.images if img.field == "foto")
    W = report.width / report.unit
    assert px >= 0.05 * W and px + pw <= 0.95 * W  # a paper margin all round: the mount
    name = next(b for b in report.text_boxes if b.field == "nama_tempat")
    assert name.ink[1] > py + ph and " ".join(name.lines) == "Danau Toba"
    assert report.collisions() == [] and report.overflows == []
