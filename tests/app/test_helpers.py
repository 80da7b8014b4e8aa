"""Template helpers and filters: QR codes, icons, rupiah and tanggal, the layout report."""

from __future__ import annotations

import pytest
import segno

from app.errors import TemplateError
from app.model.design import Design
from app.model.layoutreport import LayoutReport
from app.render.helpers import RenderContext, icon_names
from app.render.raster import rasterize, render
from app.templating.environment import angka, rupiah
from app.templating.library import Library

from .helpers import write_svg_template


def _svg(body: str, w: int = 400, h: int = 400) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
            f'viewBox="0 0 {w} {h}">{body}</svg>')


def test_qr_modules_land_where_segno_puts_them(qt_app):
    url = "https://indonesia.go.id"
    ctx = RenderContext(LayoutReport("x", "square", 400, 400), 1.0)
    image = rasterize(_svg(ctx.qr(url, 0, 0, 400, quiet=2)), 400, 400).convert("L")
    matrix = segno.make(url, error="m", micro=False).matrix
    n = len(matrix)
    cell = 400 / (n + 4)
    mismatches = 0
    for r in range(n):
        for c in range(n):
            px = image.getpixel((int((c + 2.5) * cell), int((r + 2.5) * cell)))
            mismatches += (px < 128) != bool(matrix[r][c])
    assert mismatches == 0


def test_icon_draws_and_unknown_icon_is_an_error(qt_app):
    ctx = RenderContext(LayoutReport("x", "square", 200, 200), 1.0)
    assert {"map-pin", "coffee", "arrow-right"} <= set(icon_names())
    image = rasterize(_svg(ctx.icon("check", 0, 0, 200, stroke="#000000", stroke_width=3), 200, 200),
                      200, 200).convert("L")
    assert image.getextrema()[0] < 64
    with pytest.raises(TemplateError):
        ctx.icon("../../etc/passwd", 0, 0, 48)
    with pytest.raises(TemplateError):
        ctx.icon("tidak-ada", 0, 0, 48)


def test_rupiah_and_angka():
    assert rupiah(25000) == "Rp25.000"
    assert rupiah("1.250.000") == "Rp1.250.000"
    assert rupiah("Rp 85.000") == "Rp85.000"
    assert rupiah("gratis") == "gratis"
    assert angka({"lang": "id"}, 1_000_000) == "1.000.000"
    assert angka({"lang": "en"}, 1_000_000) == "1,000,000"


def test_tanggal_follows_design_language(tmp_path, qt_app):
    body = '{{ text_box(f.tgl|tanggal, 64, 64, 900, 200, size=48, field="tgl") }}'
    extra = ('[[fields]]\nkey = "tgl"\ntype = "date"\nlabel = { id = "Tanggal", en = "Date" }\n'
             'sample = "2026-08-17"\n')
    write_svg_template(tmp_path / "tpl" / "uji", body, extra_manifest=extra)
    lib = Library([tmp_path / "tpl"])
    for lang, expected in (("id", "17 Agustus 2026"), ("en", "17 August 2026")):
        report = render(Design(template="uji", format="square", lang=lang), lib, 0.25).composition.report
        assert report.text_boxes[0].lines == [expected]


def test_layout_report_has_what_the_checklist_needs(library):
    report = render(Design(template="produk-umkm", format="portrait"), library, 0.25).composition.report
    head = next(b for b in report.text_boxes if b.field == "nama_produk")
    assert head.lines == ["Kopi Arabika Gayo"] and head.size == 92 and head.fill == "#FFFFFF"
    assert head.font == "League Spartan" and not head.overflow
    x, y, w, h = head.ink
    bx, by, bw, bh = head.box
    assert bx <= x and x + w <= bx + bw and w > 0 and h > 0
    assert report.images[0].field == "foto"
    assert report.field_at(x + w / 2, y + h / 2) == "nama_produk"
    assert report.field_at(540, 200) == "foto"
    assert report.to_dict()["text_boxes"][0]["fill"]


def test_a_price_over_a_hundred_thousand_is_formatted_not_refused(tmp_path, qt_app):
    body = ('{{ text_box(1250000|rupiah, 64, 64, 900, 200, size=48, field="harga") }}'
            '{{ text_box(12500000|angka, 64, 400, 900, 200, size=48) }}')
    write_svg_template(tmp_path / "tpl" / "uji", body)
    report = render(Design(template="uji", format="square"), Library([tmp_path / "tpl"]), 0.25).composition.report
    assert [b.lines for b in report.text_boxes] == [["Rp1.250.000"], ["12.500.000"]]


def test_measure_gives_the_width_text_box_would_draw_without_drawing(qt_app):
    """A chip row wraps on measured widths; they must be the widths the chips are then drawn at."""
    report = LayoutReport("t", "square", 1080, 1080)
    ctx = RenderContext(report, 1.0)
    for text in ("Barista (2 orang)", "Admin media sosial", "Kurir"):
        measured = ctx.measure(text, 900, weight=700, size=30, max_lines=1)
        drawn = ctx.text_box(text, 0, 0, 900, 60, weight=700, size=30, max_lines=1)
        assert measured.width == pytest.approx(drawn.width) and measured.width > 0
        assert measured.lines == 1 and measured.size == drawn.size
    assert ctx.measure("", 900).width == 0
    assert len(report.text_boxes) == 3  # measuring reported nothing
