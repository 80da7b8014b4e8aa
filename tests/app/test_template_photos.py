"""Photos in templates: the photo slots, where a photo is optional and what it replaces; the
hoax screenshot and its stamp; photo-led infographics; stories recomposed around a photo or a
single column. Each checked on its renders: nothing runs into the photo or is cut."""

from __future__ import annotations

import pytest

from app.model.design import Design, ImageRef
from app.render.raster import render

from .helpers import PORTRAIT
from .helpers import render_texts as _texts


@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
def test_the_hoax_screenshot_is_stamped_with_the_verdict_and_runs_into_nothing(library, fmt):
    texts, report = _texts(library, "fakta-vs-hoaks", fmt)
    assert any(img.field == "tangkapan" for img in report.images)
    stamps = [b for b in report.text_boxes if b.field == "vonis"]
    # the story stacks: the verdict is on the screenshot only; elsewhere also in its own row
    assert len(stamps) == (1 if fmt == "story" else 2) and all(" ".join(b.lines) == "SALAH" for b in stamps)
    assert report.collisions() == [] and report.overflows == []


def test_without_a_screenshot_the_hoax_is_quoted_in_its_column(library):
    fields = {"klaim": "Benarkah ini?", "hoaks": "“Kabar bohong yang dikutip.”", "fakta": "Faktanya begini.",
              "sumber": "Sumber: Kominfo", "vonis": "Hoaks"}
    report = render(Design(template="fakta-vs-hoaks", format="story", fields=fields, samples=False),
                    library, 0.25).composition.report
    assert not report.images
    assert [" ".join(b.lines) for b in report.text_boxes if b.field == "hoaks"] == ["“Kabar bohong yang dikutip.”"]
    assert [" ".join(b.lines) for b in report.text_boxes if b.field == "vonis"] == ["HOAKS"]


PHOTO_SLOTS = [("keunggulan-produk", "foto"), ("daftar-harga", "foto"), ("prestasi", "foto"),
               ("promosi-karya", "foto"), ("kartu-fakta", "foto"), ("aturan-bermedsos", "foto"),
               ("rute-perjalanan", "foto"), ("belajar-dari-negara-lain", "foto"), ("saring-sebelum-sharing", "foto")]


@pytest.mark.parametrize(("template", "key"), PHOTO_SLOTS)
@pytest.mark.parametrize("fmt", ["square", "portrait", "story"])
def test_a_photo_slot_shows_the_photo_and_nothing_runs_into_it(library, template, key, fmt):
    design = Design(template=template, format=fmt, images={key: ImageRef(str(PORTRAIT))})
    rendered = render(design, library, 0.25)
    report = rendered.composition.report
    assert [img.field for img in report.images if img.field == key] == [key]
    assert report.collisions() == [] and report.overflows == []
    # left empty, the template draws its own illustration or colour instead
    plain = render(Design(template=template, format=fmt), library, 0.25).composition.report
    assert not any(img.field == key for img in plain.images)


@pytest.mark.parametrize("template", ["keunggulan-produk", "daftar-harga", "kartu-fakta", "aturan-bermedsos",
                                      "rute-perjalanan", "belajar-dari-negara-lain"])
def test_the_headline_on_a_photo_is_white_on_a_darkened_photo(library, template):
    from app.checklist import rules_visual
    from app.checklist.collector import Collector
    from app.checklist.inputs import CheckInput

    rendered = render(Design(template=template, format="portrait", images={"foto": ImageRef(str(PORTRAIT))}),
                      library, 0.5)
    report = rendered.composition.report
    heads = [b for b in report.text_boxes if b.field in ("judul", "nama_usaha", "isi", "tujuan")]
    assert heads and all(b.fill.upper() == "#FFFFFF" for b in heads)
    out = Collector()
    rules_visual.layout(CheckInput(report=report, pixels=rendered.image, scale=0.5), out)
    assert not [f for f in out.findings if f.rule == "A1"]


def test_the_reasons_story_opens_on_a_photo_and_keeps_every_item(library):
    report = render(Design(template="daftar-alasan", format="story", images={"foto": ImageRef(str(PORTRAIT))}),
                    library, 0.25).composition.report
    px, py, pw, ph = next(img.box for img in report.images if img.field == "foto")
    assert py == 0 and pw == report.width / report.unit
    head = next(b for b in report.text_boxes if b.field == "judul")
    assert head.ink[1] > ph  # the headline sits under the photo, on the page
    bodies = [b for b in report.text_boxes if b.field and b.field.startswith("butir") and b.field.endswith("isi")]
    assert len(bodies) == 5
    assert report.collisions() == [] and report.overflows == []
    square = render(Design(template="daftar-alasan", format="square", images={"foto": ImageRef(str(PORTRAIT))}),
                    library, 0.25).composition.report
    assert not square.images  # the square's list needs all the room: no photo there, as its help says


@pytest.mark.parametrize("template", ["data-statistik", "linimasa", "saring-sebelum-sharing"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_infographic_story_opens_on_a_photo_with_nothing_on_it_or_cut(library, template, lang):
    report = render(Design(template=template, format="story", lang=lang, images={"foto": ImageRef(str(PORTRAIT))}),
                    library, 0.25).composition.report
    _, _, _, ph = next(img.box for img in report.images if img.field == "foto")
    assert all(b.ink[1] > ph for b in report.text_boxes if b.lines)  # no text on the photo
    assert report.collisions() == [] and report.overflows == []


def test_the_share_checklist_story_reads_down_the_phone_one_tip_a_row(library):
    _, report = _texts(library, "saring-sebelum-sharing", "story")
    titles = [b for b in report.text_boxes if b.field and b.field.endswith(".judul")]
    assert len(titles) == 6
    assert max(b.ink[0] for b in titles) - min(b.ink[0] for b in titles) < 4  # one column: the same x
    assert [b.ink[1] for b in titles] == sorted(b.ink[1] for b in titles)
    _, square = _texts(library, "saring-sebelum-sharing", "square")
    xs = sorted(b.ink[0] for b in square.text_boxes if b.field and b.field.endswith(".judul"))
    assert xs[-1] - xs[0] > 300  # the square keeps two columns
    assert report.collisions() == [] and report.overflows == []
