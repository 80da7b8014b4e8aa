"""Template helpers: text_box, image_frame, qr, icon and obstacle.

Each render gets its own RenderContext, so helpers share no state between renders (batch
workers and the preview thread can render at once). Every helper returns escaped SVG markup and
records what it drew in the layout report.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.etree import ElementTree as ET

from markupsafe import Markup, escape

from app import resources
from app.errors import FieldError, TemplateError
from app.model.layoutreport import ImageFrameReport, LayoutReport, ObstacleReport, TextBoxReport
from app.render import fonts, images, layers, textlayout

OBSTACLE_KINDS = ("button", "badge", "seal", "price", "rule", "logo", "photo", "card", "qr", "shape")
ALIGN = {"start": "start", "left": "start", "middle": "middle", "center": "middle", "end": "end",
         "right": "end"}


class FieldText(str):
    """A field's text that remembers which field it came from, for the layout report, and
    whether unsafe characters were dropped from it."""

    field_key: str | None = None
    cleaned: bool = False

    def __new__(cls, value: str, key: str | None, cleaned: bool = False):
        obj = super().__new__(cls, value)
        obj.field_key = key
        obj.cleaned = cleaned
        return obj


class TextMarkup(Markup):
    """text_box's markup, plus where it landed, so a template can stack the next element
    under it (`{% set h = text_box(...) %}{{ h }} ... y=h.bottom + 24`)."""

    top: float = 0.0
    bottom: float = 0.0
    baseline: float = 0.0  # of the last line
    width: float = 0.0
    size: float = 0.0
    line_count: int = 0
    overflow: bool = False


def _text_markup(parts, top, bottom, baseline, width, size, count, overflow) -> TextMarkup:
    out = TextMarkup("\n".join(parts))
    out.top, out.bottom, out.baseline, out.width, out.size = top, bottom, baseline, width, size
    out.line_count, out.overflow = count, overflow
    return out


class ImageValue:
    """An image field's value: a file and the point to keep in view when cropping. A template
    can only hand it to image_frame: the sandbox lets it read nothing inside (not the path)."""

    template_opaque = True

    def __init__(self, path: Path, focus: tuple[float, float], key: str | None, zoom: float = 1.0):
        self.path, self.focus, self.field_key, self.zoom = Path(path), tuple(focus), key, float(zoom)

    def __bool__(self) -> bool:
        return True


def _number(name: str, value, lo: float, hi: float) -> float:
    """A helper's number from a template: finite and within reason, or a clear error (a NaN or
    an infinity would break the layout maths; a size of 99999 would shrink for ever)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or not lo <= number <= hi:
        raise TemplateError(f"Nilai '{name}' harus angka antara {lo:g} dan {hi:g}, bukan {value!r}.",
                            f"'{name}' must be a number from {lo:g} to {hi:g}, not {value!r}.")
    return number


def _type_args(font, weight, size, min_size, max_lines, line_height):
    """A text's type settings from a template, checked: a bundled font and weight, and sizes,
    a line count and a line height in sane ranges."""
    family, weight = fonts.check(font, weight)
    return (family, weight, _number("size", size, 4, 1_000), _number("min_size", min_size, 4, 1_000),
            int(_number("max_lines", max_lines, 1, 200)), _number("line_height", line_height, 0.5, 5))


@dataclass(frozen=True)
class Measured:
    size: float
    lines: int
    width: float = 0.0  # the widest line, as text_box would report it


class RenderContext:
    def __init__(self, report: LayoutReport, scale: float, whole: frozenset[str] = frozenset()):
        self.report = report
        self.scale = scale
        self.whole = whole  # fields never cut with "…": names, headlines, prices
        # image_frame writes a token as the href; the Composition turns it into the data URI
        # only when the SVG itself is needed, and the raster draws the frame's pixels
        self.frames: dict[str, images.Framed] = {}
        self._token = secrets.token_hex(8)

    def text_box(self, value, x, y, w, h, font="Inter", weight=400, size=40, min_size=28,
                 max_lines=3, align="start", line_height=1.3, fill="#000000", valign="top",
                 field=None, italic=False, on=None):
        family, weight, size, min_size, max_lines, line_height = _type_args(
            font, weight, size, min_size, max_lines, line_height)
        x, y = _number("x", x, -10_000, 10_000), _number("y", y, -10_000, 10_000)
        w, h = _number("w", w, 0.01, 10_000), _number("h", h, 0.01, 10_000)
        text = "" if value is None else str(value)
        key = field or getattr(value, "field_key", None)
        anchor = ALIGN.get(align)
        if anchor is None:
            raise TemplateError(f"align '{align}' tidak valid.", f"align '{align}' is not valid.")
        fitted = textlayout.fit(text, w, h, family, weight, size, min_size, max_lines,
                                line_height, italic, whole=key in self.whole)
        shown = fitted.display
        step = fitted.size * line_height
        block = fitted.cap_height + (len(shown) - 1) * step + fitted.descent
        # "middle" centres cap top to last baseline: what the eye reads as the text's middle.
        ink_block = block - fitted.descent
        top = {"top": y, "middle": y + (h - ink_block) / 2, "bottom": y + h - block}.get(valign)
        if top is None:
            raise TemplateError(f"valign '{valign}' tidak valid.", f"valign '{valign}' is not valid.")
        ax = {"start": x, "middle": x + w / 2, "end": x + w}[anchor]
        parts, ink, line_inks = [], None, []
        style = ' font-style="italic"' if italic else ""
        for i, line in enumerate(shown):
            baseline = top + fitted.cap_height + i * step
            parts.append(
                f'<text x="{ax:.1f}" y="{baseline:.1f}" font-family="{family}" '
                f'font-size="{fitted.size:g}" font-weight="{weight}" fill="{escape(fill)}" '
                f'text-anchor="{anchor}"{style} '
                f'xml:space="preserve">{escape(line)}</text>'
            )
            line_ink = _line_ink(fitted, i, line, ax, anchor, baseline)
            ink = _union(ink, line_ink)
            if line_ink:
                line_inks.append(_xywh(line_ink))
        ix0, iy0, ix1, iy1 = ink or (x, y, x, y)
        self.report.text_boxes.append(TextBoxReport(
            field=key, box=(x, y, w, h), ink=(ix0, iy0, ix1 - ix0, iy1 - iy0), font=family,
            weight=weight, size=fitted.size, requested_size=size, min_size=min_size, lines=shown,
            fill=str(fill), align=anchor, overflow=fitted.overflow, truncated=fitted.truncated,
            hidden_lines=max(0, len(fitted.lines) - len(shown)), line_inks=line_inks,
            on=_names(on),
        ))
        width = max(fitted.display_widths, default=0.0)
        baseline = top + fitted.cap_height + (len(shown) - 1) * step
        return _text_markup(parts, top, top + block, baseline, width, fitted.size, len(shown),
                            fitted.overflow)

    def measure(self, value, w, font="Inter", weight=400, size=40, min_size=28, max_lines=3,
                line_height=1.3, italic=False):
        """How `value` would set in a box `w` wide (the size, the number of lines and the widest
        line), drawing nothing and reporting nothing: for a layout that gives each item the room
        it needs."""
        family, weight, size, min_size, max_lines, line_height = _type_args(
            font, weight, size, min_size, max_lines, line_height)
        w = _number("w", w, 0.01, 10_000)
        text = "" if value is None else str(value)
        fitted = textlayout.fit(text, w, 10_000, family, weight, size, min_size, max_lines, line_height, italic)
        if not text.strip():
            return Measured(fitted.size, 0)
        return Measured(fitted.size, len(fitted.display), max(fitted.display_widths, default=0.0))

    def image_frame(self, image, x, y, w, h, fit="cover", focus=None, radius=0, opacity=1):
        if not isinstance(image, ImageValue):
            raise FieldError("image_frame butuh kolom gambar.", "image_frame needs an image field.")
        x, y = _number("x", x, -10_000, 10_000), _number("y", y, -10_000, 10_000)
        w, h = _number("w", w, 0.01, 10_000), _number("h", h, 0.01, 10_000)
        radius, opacity = _number("radius", radius, 0, 10_000), _number("opacity", opacity, 0, 1)
        if fit not in ("cover", "contain"):
            raise TemplateError(f"fit '{fit}' tidak valid (cover atau contain).",
                                f"fit '{fit}' is not valid (cover or contain).")
        if focus is not None:
            focus = (_number("focus", focus[0], 0, 1), _number("focus", focus[1], 0, 1))
        px = (w * self.scale, h * self.scale)
        framed = images.frame(image.path, px, image.field_key, fit, focus or image.focus,
                              round(radius * self.scale), image.zoom)
        bx, by, bw, bh = framed.box
        ix, iy, iw, ih = x + bx * w, y + by * h, bw * w, bh * h
        own = images.upright_size(image.path)
        decoded_w = framed.source_size[0] or 1
        self.report.images.append(ImageFrameReport(
            field=image.field_key, box=(ix, iy, iw, ih), source_size=framed.source_size,
            crop=framed.crop, crop_original_w=framed.crop[2] * (own[0] / decoded_w if own else 1.0),
            fit=fit,
        ))
        href = f"{layers.FRAME_HREF}{self._token}-{len(self.frames)}"
        self.frames[href] = framed
        extra = f' opacity="{float(opacity):g}"' if opacity != 1 else ""
        return Markup(
            f'<image x="{ix:g}" y="{iy:g}" width="{iw:g}" height="{ih:g}" '
            f'preserveAspectRatio="none"{extra} xlink:href="{href}"/>'
        )

    def qr(self, url, x, y, size, dark="#000000", light="#FFFFFF", quiet=2):
        x, y = _number("x", x, -10_000, 10_000), _number("y", y, -10_000, 10_000)
        size, quiet = _number("size", size, 1, 10_000), int(_number("quiet", quiet, 0, 20))
        """A QR code as one path, so it stays sharp in PDF and at any scale."""
        import segno

        text = str(url).strip()
        if not text:
            return Markup("")
        key = getattr(url, "field_key", None)
        self.report.qr_codes.append({"field": key, "url": text, "box": (x, y, size, size)})
        self.obstacle(key or "qr", x, y, size, size, kind="qr")  # text over a code stops a scan
        code = segno.make(text, error="m", micro=False)
        n = code.symbol_size(border=0)[0]
        cell = size / (n + 2 * quiet)
        d = []
        for row, bits in enumerate(code.matrix):
            col = 0
            while col < n:
                if bits[col]:
                    start = col
                    while col < n and bits[col]:
                        col += 1
                    d.append(f"M{start} {row}h{col - start}v1h-{col - start}z")
                col += 1
        ox, oy = x + quiet * cell, y + quiet * cell
        return Markup(
            f'<rect x="{x:g}" y="{y:g}" width="{size:g}" height="{size:g}" fill="{escape(light)}"/>'
            f'<path transform="translate({ox:.2f} {oy:.2f}) scale({cell:.4f})" '
            f'fill="{escape(dark)}" d="{"".join(d)}"/>'
        )

    def icon(self, name, x, y, size=48, stroke="#000000", stroke_width=2):
        x, y = _number("x", x, -10_000, 10_000), _number("y", y, -10_000, 10_000)
        size, stroke_width = _number("size", size, 1, 10_000), _number("stroke_width", stroke_width, 0, 100)
        """A bundled line icon (24-unit grid), drawn with one stroke colour."""
        inner = _icon_body(str(name))
        k = size / 24
        return Markup(
            f'<g transform="translate({x:g} {y:g}) scale({k:.4f})" fill="none" '
            f'stroke="{escape(stroke)}" stroke-width="{float(stroke_width):g}" '
            f'stroke-linecap="round" stroke-linejoin="round">{inner}</g>'
        )

    def obstacle(self, name, x, y, w, h, kind="shape"):
        """Declares a shape that text must not run into (a button, badge, seal, price tag,
        divider rule, logo or photo frame). Draws nothing; a text meant to sit on it says
        `text_box(..., on=name)`."""
        if kind not in OBSTACLE_KINDS:
            raise TemplateError(
                f"obstacle kind '{kind}' tidak valid. Pilih: {', '.join(OBSTACLE_KINDS)}.",
                f"obstacle kind '{kind}' is not valid. Choose: {', '.join(OBSTACLE_KINDS)}.")
        box = (float(x), float(y), max(0.0, float(w)), max(0.0, float(h)))
        self.report.obstacles.append(ObstacleReport(str(name), box, kind))
        return Markup("")


def _names(on) -> list[str]:
    """`on="tombol"` or, for a text on a badge on a card, `on=["tiket", "label-harga"]`."""
    if not on:
        return []
    return [str(on)] if isinstance(on, str) else [str(name) for name in on]


def _xywh(edges):
    x0, y0, x1, y1 = edges
    return (x0, y0, x1 - x0, y1 - y0)


def _line_ink(fitted, i, line, ax, anchor, baseline):
    left, top, right, bottom = fitted.ink[i]
    if right <= left:
        return None
    width = fitted.display_widths[i]
    ox = {"start": ax, "middle": ax - width / 2, "end": ax - width}[anchor]
    return (ox + left, baseline + top, ox + right, baseline + bottom)


def _union(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


_SVG_NS = "{http://www.w3.org/2000/svg}"


def icon_names() -> list[str]:
    return sorted(p.stem for p in resources.resource("icons").glob("*.svg"))


@cache  # lru_cache keeps its table consistent across threads
def _icon_body(name: str) -> str:
    path = resources.resource("icons") / f"{name}.svg"
    if not name.replace("-", "").isalnum() or not path.is_file():
        raise TemplateError(f"Ikon '{name}' tidak ada.", f"Icon '{name}' does not exist.")
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    body = []
    for child in root:
        tag = child.tag.replace(_SVG_NS, "")
        attrs = " ".join(
            f'{k}="{escape(v)}"' for k, v in child.attrib.items() if not k.startswith("{")
            and k not in ("class", "stroke", "fill")
        )
        body.append(f"<{tag} {attrs}/>")
    return "".join(body)
