"""A brand kit recolours a template without breaking it: text stays readable on the cards it
recolours, a button never vanishes into the background, and symbolic colours stay."""

from __future__ import annotations

from app.model.colors import contrast, hex_rgb
from app.model.design import Brand, Design
from app.render.compose import theme_colors


def _colors(library, template, primary, secondary=""):
    design = Design(template=template, theme="brand", brand=Brand(primary=primary, secondary=secondary))
    return theme_colors(library.get(template).manifest, design)


def _ratio(a, b):
    return contrast(hex_rgb(a), hex_rgb(b))


def test_card_text_is_remade_for_a_brand_card_colour(library):
    # keunggulan-produk's cards carry dark "soft" text; a dark brand secondary would hide it
    colors = _colors(library, "keunggulan-produk", "#F2C14E", "#5A6170")
    assert colors["surface"] == "#5A6170"
    assert _ratio(colors["soft"], colors["surface"]) >= 4.5 and _ratio(colors["on_surface"], colors["surface"]) >= 4.5


def test_a_primary_that_would_vanish_into_the_background_trades_places_with_the_secondary(library):
    # keunggulan-produk's first theme is navy: a navy primary button would not show
    colors = _colors(library, "keunggulan-produk", "#1B2A4A", "#F2C14E")
    assert colors["accent"] == "#F2C14E"
    assert _ratio(colors["accent"], colors["background"]) >= 3


def test_a_brand_never_recolours_merah_putih(library):
    base = library.get("hari-nasional").manifest.themes[0].colors
    colors = _colors(library, "hari-nasional", "#1B2A4A", "#0B1F44")
    assert colors["background"] == base["background"] and colors["surface"] == base["surface"]
    assert colors["accent"] in ("#1B2A4A", "#0B1F44")
