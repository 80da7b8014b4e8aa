"""A carousel is drawn once per slide: the cover, one slide per item of the list its manifest
names (`slides = "poin"`), and the closing slide. Every other template is one slide, so the
callers that export, check or publish a design handle both through `render_all`."""

from __future__ import annotations

import copy

from app.model.design import Design
from app.render.raster import Rendered, render
from app.templating.library import Library


def render_all(design: Design, library: Library, scale: float = 1.0) -> list[Rendered]:
    """Every slide of `design` in order, each composed once; a single-page template gives one."""
    first = _at(design, 0)
    out = [render(first, library, scale)]
    for i in range(1, out[0].composition.slides):
        out.append(render(_at(design, i), library, scale))
    return out


def _at(design: Design, slide: int) -> Design:
    if design.slide == slide:
        return design
    variant = copy.copy(design)  # the fields are only read: a shallow copy is enough
    variant.slide = slide
    return variant


def slide_name(stem: str, index: int, count: int) -> str:
    """`name-01` ... for a carousel's slides (sorted as posted); `name` for a single page."""
    return stem if count == 1 else f"{stem}-{index + 1:02d}"
