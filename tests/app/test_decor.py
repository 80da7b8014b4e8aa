"""The decoration library (templates/_shared/decor.svg.j2): every motif, sticker and frame
draws in QtSvg, inside its box, and the motifs are told apart."""

from __future__ import annotations

from pathlib import Path

from PIL import ImageChops, ImageStat

from app import resources
from app.model.design import Design
from app.render.raster import render
from app.templating.library import Library

DEMO = Path(__file__).resolve().parent.parent / "data" / "decor"
CELLS = ["kawung", "parang", "songket", "tenun", "titik", "garis", "starburst", "gelombang", "bingkai"]


def _cells():
    image = render(Design(template="pola-demo", format="square"), Library([DEMO]), 1.0).image
    out = {}
    for i, name in enumerate(CELLS):
        x, y = (20, 375, 730)[i % 3], (20, 375, 730)[i // 3]
        out[name] = image.crop((x, y, x + 330, y + 330)).convert("L")
    return image, out


def test_every_decoration_draws_in_its_cell_and_the_motifs_differ(qt_app):
    image, cells = _cells()
    for name, cell in cells.items():
        assert ImageStat.Stat(cell).stddev[0] > 20, f"{name} draws nothing"
    motifs = CELLS[:6]
    for i, a in enumerate(motifs):
        for b in motifs[i + 1:]:
            diff = ImageStat.Stat(ImageChops.difference(cells[a], cells[b])).mean[0]
            assert diff > 10, (a, b)
    # nothing spills into the gutters between cells: a pattern fills its box and stops
    gutter = image.crop((352, 20, 373, 1060)).convert("L")
    assert ImageStat.Stat(gutter).extrema[0][0] > 240


def test_starburst_is_an_obstacle_text_must_not_cover(qt_app):
    report = render(Design(template="pola-demo", format="square"), Library([DEMO]), 0.25).composition.report
    assert any(o.name == "bintang" and o.kind == "shape" for o in report.obstacles)


def test_the_drawings_are_listed_with_their_licence():
    listed = (resources.templates_dir() / "_shared" / "SOURCES.md").read_text(encoding="utf-8")
    source = (resources.templates_dir() / "_shared" / "decor.svg.j2").read_text(encoding="utf-8")
    for name in (*CELLS[:6], "starburst", "gelombang", "sudut", "bingkai"):
        assert f"macro {name}(" in source
        assert f"`{name}`" in listed
    assert "CC0-1.0" in listed
