"""Templates and images come from users: the sandbox, the data:-only rule, DTD refusal, the
pixel cap and field-named image errors are security boundaries."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.errors import FontError, ImageError, TemplateError, UnsafeTemplateError
from app.model.design import Design, ImageRef
from app.render import images
from app.render.raster import render
from app.render.svgsafety import check
from app.templating.library import Library

from .helpers import write_svg_template
from .test_export import export

TEXT = '{{ text_box(f.judul, 80, 80, 900, 200, font="Inter", weight=700, size=64) }}'


def _render_user(tmp_path, body, **kw):
    write_svg_template(tmp_path / "tpl" / "uji", body, **kw)
    lib = Library([tmp_path / "tpl"])
    rendered = render(Design(template="uji", format="square"), lib, 0.25)
    rendered.image.load()  # draw it: some refusals happen in QtSvg
    return rendered


def test_plain_template_renders(tmp_path, qt_app):
    assert _render_user(tmp_path, TEXT).image.size == (270, 270)


@pytest.mark.parametrize("href", [
    "/etc/passwd", "file:///etc/passwd", "../../secret.png", "http://example.com/a.png",
    "photo.jpg", "data:image/svg+xml;base64,PHN2Zy8+",
])
def test_non_data_href_is_refused(tmp_path, qt_app, href):
    body = f'<image x="0" y="0" width="10" height="10" xlink:href="{href}"/>' + TEXT
    with pytest.raises(UnsafeTemplateError):
        _render_user(tmp_path, body)


def test_plain_href_attribute_is_refused_too(tmp_path, qt_app):
    with pytest.raises(UnsafeTemplateError):
        _render_user(tmp_path, '<image width="9" height="9" href="/etc/hostname"/>' + TEXT)


@pytest.mark.parametrize("attr", [
    'fill="url(/etc/passwd)"', 'style="fill:url(file:///x.svg#a)"', 'filter="url(other.svg#f)"',
])
def test_external_url_references_are_refused(tmp_path, qt_app, attr):
    with pytest.raises(UnsafeTemplateError):
        _render_user(tmp_path, f'<rect width="10" height="10" {attr}/>' + TEXT)


def test_internal_gradient_reference_is_fine(tmp_path, qt_app):
    body = ('<defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient></defs>'
            '<rect width="1080" height="1080" fill="url(#g)"/>' + TEXT)
    assert _render_user(tmp_path, body).image.getpixel((5, 5))[0] > 200


def test_doctype_and_entities_are_refused(tmp_path, qt_app):
    folder = write_svg_template(tmp_path / "tpl" / "uji", TEXT)
    (folder / "square.svg.j2").write_text(
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080">&x;</svg>'
    )
    with pytest.raises(UnsafeTemplateError):
        render(Design(template="uji", format="square"), Library([tmp_path / "tpl"])).image.load()


def test_entity_smuggled_through_a_field_is_escaped_not_expanded():
    with pytest.raises(UnsafeTemplateError):
        check('<!DOCTYPE a [<!ENTITY b "c">]><svg xmlns="http://www.w3.org/2000/svg"/>')


@pytest.mark.parametrize("expr", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ text_box.__globals__ }}",
    "{{ f.__class__ }}",
    "{{ cycler.__init__.__globals__.os }}",
])
def test_sandbox_escape_fails_with_clear_error(tmp_path, qt_app, expr):
    with pytest.raises((UnsafeTemplateError, TemplateError)) as err:
        _render_user(tmp_path, expr + TEXT)
    assert "template" in err.value.message("en").lower()


def test_script_and_foreign_object_refused(tmp_path, qt_app):
    for body in ("<script>alert(1)</script>", "<foreignObject><p>x</p></foreignObject>"):
        with pytest.raises(UnsafeTemplateError):
            _render_user(tmp_path, body + TEXT)


def test_filter_on_text_is_refused(tmp_path, qt_app):
    body = ('<defs><filter id="b"><feGaussianBlur stdDeviation="4"/></filter></defs>'
            f'<g filter="url(#b)">{TEXT}</g>')
    with pytest.raises(UnsafeTemplateError):
        _render_user(tmp_path, body)


def test_unknown_font_family_or_weight_is_refused(tmp_path, qt_app):
    with pytest.raises(FontError):
        _render_user(tmp_path, '<text x="9" y="90" font-family="Comic Sans MS">hi</text>')
    with pytest.raises(FontError):
        _render_user(tmp_path, '<text x="9" y="90" font-family="Bebas Neue" font-weight="300">hi</text>')
    with pytest.raises(FontError):
        _render_user(tmp_path, '<text x="9" y="90">no family</text>')
    with pytest.raises(FontError):
        _render_user(tmp_path, "{{ text_box(f.judul, 0, 0, 100, 100, font='Arial') }}")


def test_decompression_bomb_is_refused(tmp_path, qt_app, library):
    bomb = tmp_path / "bomb.png"
    Image.new("1", (10_000, 10_000)).save(bomb)  # 100 MP, a few KB on disk
    design = Design(template="produk-umkm", format="square", images={"foto": ImageRef(str(bomb))})
    with pytest.raises(ImageError) as err:
        render(design, library, 0.25).image.load()
    assert "foto" in err.value.message("id")
    assert "terlalu besar" in err.value.message("id")


def test_corrupt_image_error_names_the_field(tmp_path, qt_app, library):
    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg" + bytes(500))
    design = Design(template="produk-umkm", format="square", images={"foto": ImageRef(str(bad))})
    with pytest.raises(ImageError) as err:
        render(design, library, 0.25).image.load()
    assert "'foto'" in err.value.message("id") and "'foto'" in err.value.message("en")


def test_missing_image_error_names_the_field(tmp_path, qt_app, library):
    design = Design(template="produk-umkm", format="square",
                    images={"foto": ImageRef(str(tmp_path / "tidak-ada.jpg"))})
    with pytest.raises(ImageError, match="foto"):
        render(design, library, 0.25).image.load()


def test_embedded_bomb_in_template_is_refused():
    buf = io.BytesIO()
    Image.new("1", (9000, 9000)).save(buf, "PNG")
    import base64

    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    with pytest.raises(UnsafeTemplateError):
        check(f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
              f'<image xlink:href="{uri}"/></svg>')
    assert images.MAX_PIXELS < 9000 * 9000


def test_hundred_thousand_characters_do_not_hang(tmp_path, qt_app, library):
    design = Design(template="produk-umkm", format="portrait", fields={"nama_produk": "x" * 100_000})
    comp = export(design, library, tmp_path / "out.png")
    box = next(b for b in comp.report.text_boxes if b.field == "nama_produk")
    assert box.overflow and box.truncated
    assert (tmp_path / "out.png").stat().st_size > 0
