"""Any Unicode a user types, including emoji and < & " ', comes out as the same text."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.design import Design
from app.render.compose import compose

NS = "{http://www.w3.org/2000/svg}"
# XML 1.0 cannot carry control characters or surrogates; everything else must survive.
chars = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"), blacklist_characters="\ufffe\uffff")
names = st.text(chars, min_size=1, max_size=30).filter(lambda s: s.split())


def _lines(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{NS}text")]


def _texts(svg: str) -> str:
    return " ".join(_lines(svg))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=names)
def test_arbitrary_unicode_survives_escaping(library, name):
    design = Design(template="daftar-alasan", format="portrait", fields={"judul": name})
    comp = compose(design, library)
    drawn = sorted(_lines(comp.svg))
    laid_out = sorted(line for box in comp.report.text_boxes for line in box.lines)
    assert drawn == laid_out  # every line comes out of the XML exactly as laid out
    box = next(b for b in comp.report.text_boxes if b.field == "judul")
    if not box.overflow:
        assert " ".join(box.lines).split() == name.split()


def test_markup_characters_and_emoji(library):
    value = '<script>alert("x")</script> & \'kutip\' 🇮🇩☕'
    svg = compose(Design(template="produk-umkm", format="portrait",
                         fields={"nama_produk": value}), library).svg
    assert "<script>" not in svg
    assert value.split()[0] in _texts(svg)
    assert "🇮🇩☕" in _texts(svg)
