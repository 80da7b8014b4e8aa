"""Checks on every SVG before QtSvg sees it. This is a security boundary, not style.

QtSvg reads plain file paths in `href` (it opened /etc/passwd in a test), falls back to system
fonts for names it does not know, and expands internal entities. So before rendering we refuse:
any reference that is not a `data:` URI or an in-document `#id`; DOCTYPE and ENTITY; scripts and
foreign objects; filters on text; text in a font we do not bundle; embedded images over the
pixel cap.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from xml.etree import ElementTree as ET

from PIL import Image, UnidentifiedImageError

from app.errors import FontError, UnsafeTemplateError
from app.render import fonts
from app.render.images import SAFE_NAMES, open_untrusted
from app.templating.explain import one_line

_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
# Any processing instruction but the XML declaration: QtSvg follows <?xml-stylesheet href=...?>
# to a file anywhere (and blocks forever on a FIFO, or runs out of memory on /dev/zero).
_PI = re.compile(r"<\?(?!xml[\s?])", re.IGNORECASE)
_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)", re.IGNORECASE)
_FONT_DECL = re.compile(r"font-family\s*:\s*([^;}\"]+)", re.IGNORECASE)
_STYLE_PROP = re.compile(r"([a-z-]+)\s*:\s*([^;]+)", re.IGNORECASE)
# scripts and foreign content; and animation, which can set an href after our check has run
_FORBIDDEN_TAGS = {"script", "foreignObject", "iframe", "object", "embed", "audio", "video",
                   "set", "animate", "animateTransform", "animateMotion", "animateColor", "discard"}
_TEXT_TAGS = {"text", "tspan", "textArea", "textPath"}
MAX_DEPTH = 64  # the bundled templates nest under 10 levels
MAX_DRAWN = 100_000  # elements drawn once every <use> is followed; the bundled ones draw under 2,000


def _unsafe(id_text: str, en_text: str) -> UnsafeTemplateError:
    # the texts quote the template's own attributes: a newline in an href must not split the line
    return UnsafeTemplateError(f"Template ditolak demi keamanan: {one_line(id_text, 400)}",
                               f"Template refused for safety: {one_line(en_text, 400)}")


def check(svg: str, frame_hrefs=()) -> None:
    """Raise UnsafeTemplateError (or FontError) for anything QtSvg must not see. `frame_hrefs`
    are the tokens image_frame wrote for its own photos, already opened with the safe
    decoders; every other href must be an in-document #id or a data: image checked here."""
    if _DTD.search(svg):
        raise _unsafe("memuat DOCTYPE/ENTITY.", "it declares a DOCTYPE/ENTITY.")
    if _PI.search(svg):
        raise _unsafe("memuat instruksi pemrosesan (<?...?>), mis. xml-stylesheet.",
                      "it holds a processing instruction (<?...?>), such as xml-stylesheet.")
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as exc:
        raise UnsafeTemplateError(
            f"Hasil template bukan SVG yang valid: {exc}.", f"The template output is not valid SVG: {exc}."
        ) from None
    _walk(root, {}, frozenset(frame_hrefs))
    _check_uses(root)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _props(elem: ET.Element) -> dict[str, str]:
    """Presentation attributes and inline style declarations, by local name."""
    props = {_local(k): v for k, v in elem.attrib.items()}
    for prop, value in _STYLE_PROP.findall(props.get("style", "")):
        props[prop.lower()] = value.strip()
    return props


def _walk(root: ET.Element, inherited: dict[str, str], frames: frozenset) -> None:
    """Every element, iteratively (a deep document cannot exhaust the stack), at most MAX_DEPTH
    levels deep: QtSvg itself recurses per level."""
    stack = [(root, inherited, 1)]
    while stack:
        elem, state, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _unsafe(f"elemen bersarang lebih dari {MAX_DEPTH} tingkat.",
                          f"elements are nested more than {MAX_DEPTH} levels deep.")
        state = _check_element(elem, state, frames)
        stack.extend((child, state, depth + 1) for child in reversed(elem))


def _check_uses(root: ET.Element) -> None:
    """`<use>` draws its target again: ten uses of a group of ten uses, nine levels down, is a
    billion rectangles from 3 KB of SVG. Count what would be drawn, each element once per use
    (a memo keeps the count linear in the document), and refuse a reference loop outright."""
    by_id = {elem.get("id"): elem for elem in root.iter() if elem.get("id")}
    drawn: dict[int, int] = {}
    on_path: set[int] = set()
    stack = [(root, False)]
    while stack:
        elem, done = stack.pop()
        key = id(elem)
        parts = [*elem, *_used(elem, by_id)]
        if not done:
            if key in drawn:
                continue
            on_path.add(key)
            stack.append((elem, True))
            for part in parts:
                if id(part) in on_path:
                    raise _unsafe("<use> merujuk ke dirinya sendiri (berputar).",
                                  "a <use> refers back to itself (a loop).")
                stack.append((part, False))
            continue
        on_path.discard(key)
        drawn[key] = 1 + sum(drawn[id(part)] for part in parts)
        if drawn[key] > MAX_DRAWN:
            raise _unsafe(f"<use> menggambar lebih dari {MAX_DRAWN:,} elemen.".replace(",", "."),
                          f"<use> would draw more than {MAX_DRAWN:,} elements.")


def _used(elem: ET.Element, by_id: dict) -> list[ET.Element]:
    if _local(elem.tag) != "use":
        return []
    href = next((v for k, v in elem.attrib.items() if _local(k) == "href"), "")
    target = by_id.get(href[1:]) if href.startswith("#") else None
    return [target] if target is not None else []


def _check_element(elem: ET.Element, inherited: dict[str, str], frames: frozenset) -> dict[str, str]:
    tag = _local(elem.tag)
    if tag in _FORBIDDEN_TAGS:
        raise _unsafe(f"elemen <{tag}> tidak diizinkan.", f"the <{tag}> element is not allowed.")
    props = _props(elem)
    for name, value in elem.attrib.items():
        if _local(name) == "style":
            _check_css_text(value)
        if not (_local(name) == "href" and value in frames):
            _check_reference(_local(name), value)
    if tag == "style":
        if len(elem):  # CSS after a child element would hide in that child's tail
            raise _unsafe("<style> tidak boleh berisi elemen lain.", "<style> must not hold other elements.")
        _check_stylesheet(elem.text or "")
    state = {**inherited}
    for key in ("font-family", "font-weight", "filter"):
        if key in props:
            state[key] = props[key]
    if tag in _TEXT_TAGS:
        _check_text(state)
    return state


def _check_reference(name: str, value: str) -> None:
    if name == "href":
        if value.startswith("#"):
            return
        if not value.startswith("data:"):
            raise _unsafe(
                f"tautan '{value[:60]}' bukan data: URI.", f"the link '{value[:60]}' is not a data: URI."
            )
        _check_data_image(value)
        return
    for target in _URL.findall(value):
        if not target.strip().startswith("#"):
            raise _unsafe(
                f"url({target[:60]}) merujuk ke luar dokumen.",
                f"url({target[:60]}) points outside the document.",
            )


def _check_css_text(css: str) -> None:
    """CSS escapes (u\\72l for url) would hide a reference from the checks below."""
    if "\\" in css:
        raise _unsafe("escape CSS (\\) tidak diizinkan.", "CSS escapes (\\) are not allowed.")


def _check_stylesheet(css: str) -> None:
    _check_css_text(css)
    if "@import" in css.lower():
        raise _unsafe("@import di <style> tidak diizinkan.", "@import in <style> is not allowed.")
    _check_reference("style", css)
    for family in _FONT_DECL.findall(css):
        _check_family(family.strip())


def _check_text(state: dict[str, str]) -> None:
    if state.get("filter", "none") != "none":
        raise _unsafe(
            "filter pada teks (bayangan/blur) tidak diizinkan; buat bayangan sebagai gambar.",
            "a filter on text (shadow/blur) is not allowed; pre-blur shadows into an image.",
        )
    family = state.get("font-family")
    if family is None:
        raise FontError(
            "Setiap teks di template wajib menyebut font-family dari font bawaan.",
            "Every text in a template must name a bundled font-family.",
        )
    _check_family(family)
    fonts.check(family, state.get("font-weight", "400"))


def _check_family(family: str) -> None:
    if "," in family or "'" in family or '"' in family:
        raise FontError(
            f"font-family '{family}': sebut satu nama font tanpa tanda kutip (QtSvg tidak membaca daftar).",
            f"font-family '{family}': name one family without quotes (QtSvg does not read lists).",
        )
    fonts.check(family)


def _check_data_image(uri: str) -> None:
    head, _, payload = uri.partition(",")
    if not head.startswith("data:image/") or ";base64" not in head:
        raise _unsafe("data: URI harus gambar base64.", "a data: URI must be a base64 image.")
    if head.startswith("data:image/svg"):
        raise _unsafe("gambar SVG bersarang tidak diizinkan.", "nested SVG images are not allowed.")
    try:
        raw = base64.b64decode(payload, validate=False)
        with open_untrusted(io.BytesIO(raw)):
            pass
    except Image.DecompressionBombError:
        raise _unsafe("gambar tersemat terlalu besar.", "an embedded image is too large.") from None
    except UnidentifiedImageError:
        raise _unsafe(f"gambar data: URI bukan {SAFE_NAMES}.", f"a data: URI image is not {SAFE_NAMES}.") from None
    except (binascii.Error, OSError, ValueError):
        raise _unsafe("gambar data: URI rusak.", "a data: URI image is damaged.") from None
