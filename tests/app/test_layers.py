"""Raster in layers: a top-level photo frame is drawn from its own pixels (QtSvg does not decode
its data URI again), in the document's paint order, with every id still resolving; anything
else is drawn by QtSvg as a whole."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw, ImageStat

from app.model.design import Design, ImageRef
from app.render import layers
from app.render.raster import rasterize, render
from app.templating.library import Library

from .helpers import write_svg_template

FOTO = '''
[[fields]]
key = "foto"
type = "image"
label = { id = "Foto", en = "Photo" }
'''
GRADIENT = ('<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0">'
            '<stop offset="0" stop-color="#0000FF"/><stop offset="1" stop-color="#0000FF"/>'
            '</linearGradient></defs>')
# a background, the photo over the top half, then a band over the photo filled from <defs>
BODY = (GRADIENT + '<rect x="0" y="0" width="1080" height="1080" fill="#FF0000"/>'
        '{{ image_frame(f.foto, 0, 0, 1080, 540) }}'
        '<rect x="0" y="400" width="1080" height="100" fill="url(#g)"/>')


def _photo(tmp_path) -> str:
    """Fine detail that a JPEG round trip would blur: a checkerboard with a coloured disc."""
    im = Image.new("RGB", (2160, 1080), "#FFFFFF")
    draw = ImageDraw.Draw(im)
    for x in range(0, 2160, 8):
        for y in range(0, 1080, 8):
            if (x + y) // 8 % 2:
                draw.rectangle((x, y, x + 7, y + 7), fill="#102030")
    draw.ellipse((800, 200, 1300, 700), fill="#E0A106")
    path = tmp_path / "foto.jpg"
    im.save(path, quality=95)
    return str(path)


def _rendered(tmp_path, body):
    write_svg_template(tmp_path / "tpl" / "uji", body, extra_manifest=FOTO)
    design = Design(template="uji", format="square", images={"foto": ImageRef(_photo(tmp_path))})
    return render(design, Library([tmp_path / "tpl"]), 1.0)


def _rgb(image) -> Image.Image:
    return image.convert("RGB")


def _same(a: Image.Image, b: Image.Image) -> bool:
    return a.size == b.size and ImageChops.difference(a, b).getbbox() is None


def test_a_top_level_frame_is_drawn_from_its_pixels_in_paint_order(tmp_path, qt_app):
    rendered = _rendered(tmp_path, BODY)
    comp = rendered.composition
    (framed,) = comp.frames.values()
    pixels = framed.pixels
    plan = layers.plan(comp.markup, comp.frames)
    assert plan is not None and [type(s).__name__ for s in plan.steps] == ["str", "Placed", "str"]
    out = _rgb(rendered.image)
    # the photo's own pixels, not a JPEG round trip of them
    assert _same(out.crop((0, 0, 1080, 400)), _rgb(pixels).crop((0, 0, 1080, 400)))
    assert out.getpixel((500, 450)) == (0, 0, 255)  # the band after the photo covers it, its gradient found
    assert out.getpixel((500, 800)) == (255, 0, 0)  # the background before the photo is drawn
    whole = _rgb(rasterize(comp.svg, 1080, 1080))  # QtSvg alone, the data URI decoded
    assert _same(whole.crop((0, 540, 1080, 1080)), out.crop((0, 540, 1080, 1080)))  # below: the very same pixels
    assert not _same(whole.crop((0, 0, 1080, 400)), out.crop((0, 0, 1080, 400)))  # above: the JPEG's artefacts


def test_a_nested_or_styled_frame_is_left_to_qtsvg(tmp_path, qt_app):
    for body in ('<g transform="translate(10 10)">{{ image_frame(f.foto, 0, 0, 1080, 540) }}</g>',
                 '<g opacity="0.5">{{ image_frame(f.foto, 0, 0, 1080, 540) }}</g>'):
        rendered = _rendered(tmp_path, body)
        comp = rendered.composition
        assert comp.frames and layers.plan(comp.markup, comp.frames) is None
        whole = rasterize(comp.svg, 1080, 1080)
        assert _same(_rgb(rendered.image), _rgb(whole))


def test_an_image_the_template_embeds_itself_is_drawn_by_qtsvg(tmp_path, qt_app):
    rendered = _rendered(tmp_path, BODY)
    comp = rendered.composition
    # the SVG with the photo's data URI in it, as a template could embed it: QtSvg draws that
    assert "data:image/jpeg;base64," in comp.svg and "data:image/jpeg" not in comp.markup
    assert layers.plan(comp.svg, comp.frames) is None
    assert layers.plan(comp.markup, {}) is None


def test_frame_opacity_is_kept(tmp_path, qt_app):
    body = ('<rect x="0" y="0" width="1080" height="1080" fill="#FF0000"/>'
            '{{ image_frame(f.foto, 0, 0, 1080, 540, opacity=0.5) }}')
    rendered = _rendered(tmp_path, body)
    comp = rendered.composition
    assert layers.plan(comp.markup, comp.frames) is not None
    difference = ImageChops.difference(_rgb(rasterize(comp.svg, 1080, 1080)), _rgb(rendered.image))
    assert max(ImageStat.Stat(difference).mean) < 2


def test_the_data_uri_is_encoded_only_for_the_svg_itself(tmp_path, qt_app):
    import base64
    import io

    rendered = _rendered(tmp_path, BODY)
    comp = rendered.composition
    rendered.image.load()
    (framed,) = comp.frames.values()
    assert "data_uri" not in framed.__dict__  # a raster (a batch JPEG) never encoded it
    head, _, payload = comp.svg.partition('xlink:href="data:image/jpeg;base64,')
    embedded = Image.open(io.BytesIO(base64.b64decode(payload.partition('"')[0])))
    assert embedded.size == framed.pixels.size and head.startswith("<svg")


def test_a_template_cannot_forge_a_frame_token(tmp_path, qt_app):
    import pytest

    from app.errors import UnsafeTemplateError

    body = f'<image x="0" y="0" width="10" height="10" xlink:href="{layers.FRAME_HREF}0000-0"/>'
    with pytest.raises(UnsafeTemplateError):
        _rendered(tmp_path, body)


def test_a_frames_pixels_go_with_their_render_not_with_the_garbage_collector(tmp_path, qt_app):
    """A batch worker drops each format's render before the next: the photo's pixels must go
    then, not when a cyclic garbage collection finds Jinja's leftovers (which held ~40 MB)."""
    import gc
    import weakref

    from app.render import images

    # an import "with context", as the bundled posters' brand badge: Jinja keeps the render's
    # context in a reference cycle
    rendered = _rendered(tmp_path, '{% import "_shared/brand.svg.j2" as brand with context %}' + BODY)
    rendered.image.load()
    (framed,) = rendered.composition.frames.values()
    gone = weakref.ref(framed.pixels)
    images._frames.clear()
    gc.disable()
    try:
        del rendered, framed
        assert gone() is None
    finally:
        gc.enable()
