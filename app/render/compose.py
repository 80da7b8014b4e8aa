"""Design -> SVG string + layout report. The first half of the one pipeline from fields to
pixels; the preview, the CLI and batch all go through here."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from jinja2 import TemplateError as JinjaError
from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from app import fsguard
from app.errors import DiplomatError, FormatError, TemplateError, TemplateLimitError, UnsafeTemplateError
from app.model import formats
from app.model.colors import best_on, contrast, hex_rgb
from app.model.design import Design
from app.model.layoutreport import LayoutReport
from app.render import layers, qtenv, svgsafety, values
from app.render.helpers import FieldText, ImageValue, RenderContext
from app.templating import sandbox
from app.templating.explain import explain
from app.templating.library import Library, Template


@dataclass
class Composition:
    """What one compose produced: the SVG, its layout report, and the inputs that made it (the
    resolved field values and the template), so nothing downstream resolves or looks up again.

    `markup` is the template's SVG with a token as each photo frame's href, and `frames` maps
    the tokens to the frames: the raster draws their pixels, and `svg` (for an export, a PDF)
    puts their data URIs in, encoded only then."""

    markup: str
    report: LayoutReport
    format: formats.Format
    scale: float
    values: dict
    template: Template
    frames: dict = field(default_factory=dict)
    slide: int = 0  # a carousel's slide (0: the cover) and how many it has; 1 of 1 otherwise
    slides: int = 1

    @cached_property
    def svg(self) -> str:
        return layers.resolve(self.markup, self.frames)


def compose(design: Design, library: Library, scale: float = 1.0) -> Composition:

    qtenv.ensure_app()  # text is measured with Qt's font engine
    template = library.get(design.template)
    man = template.manifest
    if design.format not in man.formats:
        have = ", ".join(man.formats)
        raise FormatError(
            f"Template '{man.id}' tidak punya format '{design.format}'. Tersedia: {have}.",
            f"Template '{man.id}' has no '{design.format}' format. Available: {have}.",
        )
    fmt = formats.get(design.format)
    formats.check_scale(fmt.width, fmt.height, scale)  # before image frames are sized by it
    report = LayoutReport(man.id, fmt.id, fmt.width, fmt.height, unit=fmt.unit)
    ctx = RenderContext(report, scale * fmt.unit, whole_fields(man))
    name = f"{man.id}/{fmt.id}.svg.j2"
    resolved = values.resolve(design, template)
    report.cleaned = values.cleaned_keys(resolved)
    variables = {
        "f": resolved,
        "t": theme_colors(man, design),
        "b": _brand_vars(design),
        "fmt": _format_vars(fmt),
        "lang": design.lang,
        "s": slide_vars(man, resolved, design.slide),
        "text_box": ctx.text_box,
        "measure": ctx.measure,
        "image_frame": ctx.image_frame,
        "qr": ctx.qr,
        "icon": ctx.icon,
        "obstacle": ctx.obstacle,
    }
    svg = _render(library, name, variables)
    svgsafety.check(svg, frame_hrefs=ctx.frames.keys())
    frames, ctx.frames = ctx.frames, {}  # the context lives on in Jinja's reference cycles
    s = variables["s"]
    return Composition(svg, report, fmt, scale, resolved, template, frames, s["index"] - 1, s["count"])


def slide_vars(man, resolved: dict, slide: int) -> dict:
    """`s` in a carousel's SVG: which slide this is (`index` from 1, of `count`), its `kind`
    (cover, item, closing) and, on an item slide, the `item` and its `number` from 1. A
    carousel has the cover, one slide per item of its `slides` list, and the closing slide;
    any other template is slide 1 of 1, a cover."""
    items = [i for i in resolved.get(man.slides) or [] if _filled(i)] if man.slides else []
    count = len(items) + 2 if man.slides else 1
    index = min(max(0, slide), count - 1)
    kind = "cover" if index == 0 else ("closing" if index == count - 1 and man.slides else "item")
    item = items[index - 1] if kind == "item" else None
    return {"index": index + 1, "count": count, "kind": kind, "item": item,
            "number": index if kind == "item" else 0}


def _filled(item: dict) -> bool:
    return any(v is not None and str(v).strip() for v in item.values())


def whole_fields(man) -> frozenset[str]:
    """The fields a layout may shrink and wrap but never cut with "…": the required text fields
    (a product's or a person's name, a headline) and every number (a price)."""
    return frozenset(f.key for f in man.fields if (f.required and f.type == "text") or f.type == "number")


def theme_colors(man, design: Design) -> dict[str, str]:
    """The chosen theme's colours; the "brand" theme puts the brand kit's colours on top of the
    template's first theme (accent = primary, surface = secondary), never on a colour the
    manifest calls symbolic (merah-putih, a religious or national symbol), and with every text
    colour that read on the old surface or accent made to read on the new one."""
    if design.theme != "brand":
        return man.theme(design.theme).colors
    brand = design.brand
    if not brand.primary:
        raise TemplateError("Tema 'brand' butuh warna utama di brand kit.",
                            "The 'brand' theme needs a primary colour in the brand kit.")
    base = man.themes[0].colors
    colors = dict(base)
    primary, secondary = brand.primary, brand.secondary
    if secondary and _ratio(primary, base["background"]) < UI_CONTRAST <= _ratio(secondary, base["background"]):
        primary, secondary = secondary, primary  # a button in the primary would vanish into the background
    if "accent" not in man.symbolic:
        colors["accent"] = primary
        colors["on_accent"] = best_on(primary)
    if secondary and "surface" not in man.symbolic and "surface" in colors \
            and _ratio(secondary, base["background"]) >= CARD_CONTRAST:  # cards that still show
        colors["surface"] = secondary
        colors["on_surface"] = best_on(secondary)
    for key, value in base.items():
        if key in ("background", "surface", "accent", "on_accent", "on_surface") or key in man.symbolic:
            continue
        for ground in ("surface", "accent"):
            if ground in base and colors[ground] != base[ground] \
                    and _ratio(value, base[ground]) >= TEXT_CONTRAST > _ratio(value, base["background"]) \
                    and _ratio(colors[key], colors[ground]) < TEXT_CONTRAST:
                colors[key] = best_on(colors[ground])  # card text made for the old card colour
    return colors


TEXT_CONTRAST = 4.5  # WCAG AA for text
UI_CONTRAST = 3.0  # WCAG 1.4.11 for a button against what surrounds it
CARD_CONTRAST = 1.5  # a card or panel that still stands apart from the background


def _ratio(a: str, b: str) -> float:
    ra, rb = hex_rgb(a), hex_rgb(b)
    return contrast(ra, rb) if ra and rb else 21.0


def _brand_vars(design: Design) -> dict:
    brand = design.brand
    logo = None
    if brand.logo is not None:
        logo = ImageValue(fsguard.user_path(brand.logo.path), brand.logo.focus or (0.5, 0.5),
                          "brand.logo")
    line = "  ·  ".join(x for x in (brand.handle.strip(), brand.website.strip()) if x)
    return {"logo": logo, "handle": brand.handle.strip(), "website": brand.website.strip(),
            "line": FieldText(line, "brand"), "primary": brand.primary, "secondary": brand.secondary}


def _format_vars(fmt: formats.Format) -> dict:
    return {
        "id": fmt.id, "width": fmt.width, "height": fmt.height,
        "view_w": round(fmt.view_width, 2), "view_h": round(fmt.view_height, 2),
        "bleed": fmt.bleed_px / fmt.unit,
        "safe_top": fmt.safe.top / fmt.unit, "safe_bottom": fmt.safe.bottom / fmt.unit,
        "safe_left": fmt.safe.left / fmt.unit, "safe_right": fmt.safe.right / fmt.unit,
    }


def _render(library: Library, name: str, variables: dict) -> str:
    try:
        return sandbox.render_bounded(library.env.get_template(name), variables)
    except DiplomatError:
        raise
    except sandbox.RenderLimit as exc:
        raise TemplateLimitError(
            f"Template {name} dihentikan: {exc.id_text}. Sederhanakan templatenya.",
            f"Template {name} was stopped: {exc.en_text}. Simplify the template.",
        ) from None
    except SecurityError as exc:
        why = explain(exc)
        raise UnsafeTemplateError(
            f"Template {name} mencoba mengakses bagian dalam Python dan ditolak: {why[0]}.",
            f"Template {name} tried to reach Python internals and was refused: {why[1]}.",
        ) from None
    except TemplateSyntaxError as exc:
        why = explain(exc)
        raise TemplateError(
            f"Template {name}, baris {exc.lineno}: {why[0]}.",
            f"Template {name}, line {exc.lineno}: {why[1]}.",
        ) from None
    except UndefinedError as exc:
        why = explain(exc)
        raise TemplateError(f"Template {name}: {why[0]}.", f"Template {name}: {why[1]}.") from None
    except (RecursionError, MemoryError, SyntaxError):  # SyntaxError: Python's compiler gave up
        raise TemplateLimitError(f"Template {name} terlalu rumit untuk dibaca.",
                                 f"Template {name} is too complex to read.") from None
    except (JinjaError, TypeError, ValueError, ArithmeticError) as exc:
        why = explain(exc)
        raise TemplateError(
            f"Template {name} gagal dirender: {why[0]}.", f"Template {name} failed to render: {why[1]}."
        ) from None
