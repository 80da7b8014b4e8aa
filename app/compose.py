"""Design -> SVG string + layout report. The first half of the one pipeline from fields to
pixels; the preview, the CLI and batch all go through here."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import TemplateError as JinjaError
from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from . import formats, svgsafety, values
from .design import Design
from .errors import DiplomatError, FormatError, TemplateError, UnsafeTemplateError
from .layoutreport import LayoutReport
from .templating.helpers import RenderContext
from .templating.library import Library


@dataclass
class Composition:
    svg: str
    report: LayoutReport
    format: formats.Format
    scale: float


def compose(design: Design, library: Library, scale: float = 1.0) -> Composition:
    from . import qtenv

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
    ctx = RenderContext(report, scale * fmt.unit)
    name = f"{man.id}/{fmt.id}.svg.j2"
    variables = {
        "f": values.resolve(design, template),
        "t": man.theme(design.theme).colors,
        "fmt": _format_vars(fmt),
        "lang": design.lang,
        "text_box": ctx.text_box,
        "image_frame": ctx.image_frame,
        "qr": ctx.qr,
        "icon": ctx.icon,
    }
    svg = _render(library, name, variables)
    svgsafety.check(svg)
    return Composition(svg, report, fmt, scale)


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
        return library.env.get_template(name).render(variables)
    except DiplomatError:
        raise
    except SecurityError as exc:
        raise UnsafeTemplateError(
            f"Template {name} mencoba mengakses bagian dalam Python dan ditolak: {exc}",
            f"Template {name} tried to reach Python internals and was refused: {exc}",
        ) from None
    except TemplateSyntaxError as exc:
        raise TemplateError(
            f"Template {name}, baris {exc.lineno}: sintaks salah ({exc.message}).",
            f"Template {name}, line {exc.lineno}: syntax error ({exc.message}).",
        ) from None
    except UndefinedError as exc:
        raise TemplateError(
            f"Template {name} memakai nilai yang tidak ada: {exc.message}.",
            f"Template {name} uses a value that does not exist: {exc.message}.",
        ) from None
    except (JinjaError, TypeError, ValueError, ArithmeticError) as exc:
        raise TemplateError(
            f"Template {name} gagal dirender: {exc}.", f"Template {name} failed to render: {exc}."
        ) from None
