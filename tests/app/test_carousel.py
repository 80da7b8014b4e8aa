"""Carousels: a cover, one slide per point and a closing slide; every slide exported as
name-01.jpg ... with one PDF of them all, and the checklist reading every slide."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from app.errors import TemplateError
from app.model.design import Design
from app.output.publish import write_kit
from app.render.slides import render_all
from app.templating import manifest as manifest_mod

from .helpers import write_svg_template

POINTS = [{"judul": f"Poin {i}", "isi": f"Penjelasan poin ke-{i}."} for i in range(1, 4)]


def _pages(pdf) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))


def test_a_carousel_is_a_cover_each_point_and_a_closing_slide(library):
    renders = render_all(Design(template="carousel-edukasi", format="portrait", fields={"poin": POINTS}),
                         library, 0.25)
    assert [r.composition.slide for r in renders] == [0, 1, 2, 3, 4]
    texts = [" ".join(" ".join(b.lines) for b in r.composition.report.text_boxes) for r in renders]
    assert "5 Langkah Cek Fakta" in texts[0]
    for i in (1, 2, 3):
        assert f"Poin {i}" in texts[i] and f"0{i} / 03" in texts[i]
        assert all(f"Poin {j}" not in texts[i] for j in (1, 2, 3) if j != i)
    assert "Saring dulu, baru sharing." in texts[4] and "Sumber" in texts[4]
    assert "Geser" in texts[0] and "Geser" not in texts[4]  # the last slide has nowhere to swipe to


def test_empty_points_make_no_slide_and_a_single_page_template_is_one_slide(library):
    points = [*POINTS[:1], {"judul": "", "isi": ""}]
    renders = render_all(Design(template="carousel-edukasi", format="square", fields={"poin": points}), library, 0.2)
    assert len(renders) == 3
    assert len(render_all(Design(template="produk-umkm", format="square"), library, 0.2)) == 1


def test_the_command_line_writes_numbered_slides_and_one_pdf(tmp_path):
    out = tmp_path / "cek-fakta.jpg"
    proc = subprocess.run([sys.executable, "-m", "app.cli", "render", "carousel-edukasi", "--format", "square",
                           "--out", str(out), "--scale", "0.25"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"cek-fakta-0{i}.jpg" for i in range(1, 8)] + ["cek-fakta.pdf"]
    assert _pages(tmp_path / "cek-fakta.pdf") == 7
    pdf_only = subprocess.run([sys.executable, "-m", "app.cli", "render", "carousel-edukasi", "--format", "portrait",
                               "--out", str(tmp_path / "buku.pdf")], capture_output=True, text=True, timeout=120)
    assert pdf_only.returncode == 0 and _pages(tmp_path / "buku.pdf") == 7
    assert not list(tmp_path.glob("buku-*"))


def test_the_publish_kit_has_every_slide_and_the_checklist_reads_them_all(library, tmp_path):
    long_point = {"judul": "Poin yang terlalu panjang " * 6, "isi": "Isi."}
    design = Design(template="carousel-edukasi", format="portrait", fields={"poin": [*POINTS, long_point]})
    kit = write_kit(design, library, tmp_path, ["portrait"], [".jpg"])
    names = sorted(p.name for p in kit.files if p.suffix in (".jpg", ".pdf"))
    stem = names[0].rsplit("-portrait", 1)[0]
    assert names == [f"{stem}-portrait-0{i}.jpg" for i in range(1, 7)] + [f"{stem}-portrait.pdf"]
    assert _pages(kit.folder / f"{stem}-portrait.pdf") == 6
    # the fourth point's title overflows on its own slide (5 of 6): the kit's checklist says so
    assert any(f.rule == "O1" and f.field and f.field.startswith("poin") for f in kit.report.findings)


@pytest.mark.parametrize(("extra", "problem"), [
    ('slides = "judul"', "list"),  # not a list field
    ("", "slides"),  # a carousel must say which list
])
def test_a_carousel_manifest_names_its_list(tmp_path, extra, problem):
    folder = write_svg_template(tmp_path / "c", "", kind="carousel", head_manifest=extra)
    with pytest.raises(TemplateError) as info:
        manifest_mod.load(folder / "manifest.toml")
    assert "slides" in info.value.message("en") and problem in info.value.message("en")


def test_batch_refuses_a_carousel_in_words_instead_of_making_only_its_covers(tmp_path, capsys):
    from app.cli.main import main

    sheet = tmp_path / "s.csv"
    sheet.write_text("judul\nCek fakta\n", encoding="utf-8")
    code = main(["batch", "carousel-edukasi", str(sheet), "--out", str(tmp_path / "out"), "--lang", "id"])
    err = capsys.readouterr().err
    assert code == 2 and "carousel" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_the_product_carousel_closes_with_the_price_the_button_and_the_qr(library):
    renders = render_all(Design(template="carousel-produk", format="portrait"), library, 0.25)
    assert len(renders) == 5
    last = renders[-1].composition.report
    texts = [" ".join(b.lines) for b in last.text_boxes]
    assert "Rp85.000" in texts and "Pesan sekarang" in texts
    assert [q["url"] for q in last.qr_codes] == ["https://kopigayo.id/pesan"]
    assert all(r.composition.report.collisions() == [] for r in renders)
