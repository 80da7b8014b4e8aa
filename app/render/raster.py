"""SVG -> pixels with QtSvg (offscreen); `render` composes once and rasterises on demand.

A render depends only on its inputs and the bundled resources: each call builds its own
QSvgRenderer and QImage, so the preview thread and batch workers never share state.
"""

from __future__ import annotations

import sys

from PIL import Image

from app.errors import TemplateError
from app.model import formats
from app.model.design import Design
from app.render import layers, qtenv
from app.render.compose import Composition, compose
from app.templating.library import Library


class Rendered:
    """One design composed once at one scale. Export, the checklist and the publish kit all
    read this; the pixels are drawn on first use, so a PDF or SVG export never rasterises."""

    def __init__(self, composition: Composition, image: Image.Image | None = None):
        self.composition = composition
        self._image = image

    @property
    def image(self) -> Image.Image:
        """RGB pixels, format size x scale."""
        if self._image is None:
            comp = self.composition
            self._image = rasterize(comp.markup, comp.format.width, comp.format.height, comp.scale,
                                    comp.frames)
        return self._image

    @property
    def scale(self) -> float:
        return self.composition.scale


def svg_renderer(svg: str):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise TemplateError("QtSvg tidak bisa membaca SVG template.", "QtSvg cannot read the template SVG.")
    return renderer


def rasterize(svg: str, width: int, height: int, scale: float = 1.0, frames=None) -> Image.Image:
    """Draw the SVG onto a white canvas of (width, height) x scale; return a Pillow RGB image.
    `frames` (image_frame's href tokens in `svg` -> its Framed photos) lets the top-level photo
    frames be drawn from their pixels instead of QtSvg decoding a data URI."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    formats.check_scale(width, height, scale)
    qtenv.ensure_app()
    renderer = svg_renderer(svg) if not frames else None  # before the canvas: a bad SVG fails fast
    w, h = max(1, round(width * scale)), max(1, round(height * scale))
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    layered = layers.plan(svg, frames)
    if layered is None:
        (renderer or svg_renderer(layers.resolve(svg, frames))).render(painter, QRectF(0, 0, w, h))
    else:
        _paint_layers(painter, layered, w, h)
    painter.end()
    # Format_RGB32 is 0xffRRGGBB per pixel: little-endian bytes B, G, R, X. Pillow unpacks the
    # memoryview into its own RGB buffer; bytes(constBits()) would cost an extra 6 ms copy. The
    # buffer is made uninitialised (frombuffer would zero it first: 1-2 ms of a batch image).
    rawmode = "BGRX"
    if sys.byteorder != "little":
        image = image.convertToFormat(QImage.Format.Format_RGBX8888)
        rawmode = "RGBX"
    out = Image.new("RGB", (w, h), None)  # every pixel is written by the unpack below
    out.frombytes(image.constBits(), "raw", rawmode, image.bytesPerLine(), 1)
    return out


def _paint_layers(painter, layered: layers.Plan, w: int, h: int) -> None:
    """Each SVG layer over the whole canvas, each frame's pixels at its box: the order and the
    viewBox mapping QtSvg itself would use (IgnoreAspectRatio: x and y scale apart)."""
    from PySide6.QtCore import QRectF

    vx, vy, vw, vh = layered.view_box
    for step in layered.steps:
        if isinstance(step, str):
            svg_renderer(step).render(painter, QRectF(0, 0, w, h))
            continue
        painter.save()
        painter.scale(w / vw, h / vh)
        painter.translate(-vx, -vy)
        painter.setOpacity(step.opacity)
        image, _keep = _qimage(step.pixels)
        painter.drawImage(QRectF(*step.box), image)
        painter.restore()


def _qimage(im: Image.Image):
    """A QImage over a packed copy of the Pillow pixels, and those bytes (the QImage does not
    own them). Not RGBX: Pillow's padding byte is not always 255, and Qt reads it as alpha when
    it blends (a frame with opacity vanished)."""
    from PySide6.QtGui import QImage

    if im.mode == "RGBA":
        data, fmt, depth = im.tobytes(), QImage.Format.Format_RGBA8888, 4
    else:
        rgb = im if im.mode == "RGB" else im.convert("RGB")
        data, fmt, depth = rgb.tobytes(), QImage.Format.Format_RGB888, 3
    return QImage(data, im.width, im.height, im.width * depth, fmt), data


def render(design: Design, library: Library, scale: float = 1.0) -> Rendered:
    """Compose `design` at `scale`; its pixels follow when first asked for."""
    return Rendered(compose(design, library, scale))
