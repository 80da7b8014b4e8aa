"""Paint order for rasterising: the SVG in layers around the photo frames, so the frames' own
pixels are drawn straight onto the canvas.

QtSvg decodes an `<image>`'s data URI every time it parses the document: for a full-width
photo that was half of a batch image's raster cost, for pixels `images.frame` already holds.
So `plan(svg, frames)` splits the document at each frame that `image_frame` put at the top
level: the children before it are one SVG layer, the frame is drawn by the caller, the
children after it are the next layer. Every layer keeps the rest of the document inside a
`<defs>`, where nothing is drawn but every id (gradients, `use` targets, CSS) still resolves,
so a layer paints exactly what the whole document would paint in that stretch.

A frame nested in a group, or one with a transform, clip, mask, filter or style of its own, is
left inside the SVG for QtSvg to draw, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree as ET

FRAME_HREF = "diplomat-frame:"  # image_frame's href until resolve() puts the data URI in
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_HREFS = (f"{{{XLINK_NS}}}href", "href")
# what image_frame writes on its <image>; anything more and QtSvg draws the frame itself
_PLAIN = {"x", "y", "width", "height", "preserveAspectRatio", "opacity", *_HREFS}
ET.register_namespace("", SVG_NS)  # layers keep the plain `xlink:href` that QtSvg reads
ET.register_namespace("xlink", XLINK_NS)


@dataclass(frozen=True)
class Placed:
    """A frame's pixels and where they go, in the SVG's user units."""

    pixels: object  # a Pillow image, RGB or RGBA
    box: tuple[float, float, float, float]
    opacity: float


@dataclass(frozen=True)
class Plan:
    """What to paint, in order: SVG documents (str) and frames (Placed); and the viewBox that
    maps user units to the canvas."""

    steps: list
    view_box: tuple[float, float, float, float]


def resolve(svg: str, frames) -> str:
    """`svg` with each frame token replaced by the frame's data URI (encoded now, if not yet)."""
    for href, framed in frames.items():
        if href in svg:
            svg = svg.replace(href, framed.data_uri)
    return svg


def plan(svg: str, frames) -> Plan | None:
    """The layers of `svg` around its top-level frames, or None when no frame can be drawn
    directly (then QtSvg draws the resolved document whole). `frames` maps image_frame's
    tokens to its Framed photos; a frame left to QtSvg gets its data URI in its layer."""
    if not frames:
        return None
    try:
        root = ET.fromstring(svg)
        view_box = tuple(float(v) for v in root.attrib["viewBox"].replace(",", " ").split())
    except (ET.ParseError, KeyError, ValueError):
        return None
    if len(view_box) != 4 or view_box[2] <= 0 or view_box[3] <= 0:
        return None
    children = list(root)
    placed = {i: p for i, child in enumerate(children) if (p := _placed(child, frames)) is not None}
    if not placed:
        return None
    steps, start = [], 0
    for index in [*sorted(placed), len(children)]:
        if index > start:
            steps.append(resolve(_layer(root, children, range(start, index), placed), frames))
        if index in placed:
            steps.append(placed[index])
        start = index + 1
    return Plan(steps, view_box)


def _placed(elem: ET.Element, frames) -> Placed | None:
    if elem.tag != f"{{{SVG_NS}}}image" or not set(elem.attrib) <= _PLAIN:
        return None
    href = next((elem.attrib[k] for k in _HREFS if k in elem.attrib), None)
    framed = frames.get(href)
    if framed is None or elem.attrib.get("preserveAspectRatio", "none") != "none":
        return None
    try:
        box = tuple(float(elem.attrib.get(k, "0")) for k in ("x", "y", "width", "height"))
        opacity = min(1.0, max(0.0, float(elem.attrib.get("opacity", "1"))))
    except ValueError:
        return None
    return Placed(framed.pixels, box, opacity)


def _layer(root: ET.Element, children: list, drawn: range, placed: dict) -> str:
    """One SVG document that draws `children[drawn]`; the other children (not the directly
    drawn frames) sit in a <defs> so their ids still resolve."""
    doc = ET.Element(root.tag, root.attrib)
    doc.text = root.text
    hidden = ET.SubElement(doc, f"{{{SVG_NS}}}defs")
    hidden.extend(c for i, c in enumerate(children) if i not in drawn and i not in placed)
    doc.extend(children[i] for i in drawn)
    return ET.tostring(doc, encoding="unicode")
