"""Everything a post contains, gathered for the rules: texts by field, links, source images,
the layout report and rendered pixels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.checklist.labels import field_labels
from app.checklist.normalize import Normalized, normalize
from app.checklist.urls import registrable
from app.render.helpers import FieldText, ImageValue
from app.templating.manifest import over_limit

# The rules' cost grows faster than the text with many links or numbers; no post needs more.
MAX_CHECK_CHARS = 20_000
MAX_LINKS = 100
URL = re.compile(
    r"(?i)\b(?:https?://[^\s<>\"'()]+|www\.[^\s<>\"'()]+"
    r"|(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59})"
    r"(?::\d{2,5})?(?:/[^\s<>\"'()]*)?)"
)
HASHTAG = re.compile(r"(?<![\w#])#[\w\u00C0-\u024F]+")


@dataclass
class TextItem:
    field: str
    text: str
    role: str = "field"  # field | caption | hashtags | alt_text
    _norm: Normalized | None = None

    @property
    def norm(self) -> Normalized:
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm


@dataclass
class Link:
    field: str
    url: str
    span: tuple[int, int] | None
    source: str = "text"  # text | url-field | qr


@dataclass
class CheckInput:
    texts: list[TextItem] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    images: list[tuple[str, Path]] = field(default_factory=list)  # (field, user-supplied file)
    report: Any = None  # LayoutReport
    pixels: Any = None  # PIL image of the render
    scale: float = 1.0
    platform: str | None = None
    business_numbers: frozenset[str] = frozenset()
    all_business: bool = False  # the user marked every number as a business contact
    cut: list[str] = field(default_factory=list)  # texts checked only up to MAX_CHECK_CHARS
    kind: str | None = None
    is_print: bool = False
    over_limit: list = field(default_factory=list)  # (Field, length, key) past the field's max_chars
    labels: dict = field(default_factory=dict)  # lang -> field key -> the form's label

    @property
    def caption(self) -> str:
        return " ".join(t.text for t in self.texts if t.role in ("caption", "hashtags"))

    @property
    def all_text(self) -> str:
        return "\n".join(t.text for t in self.texts)

    def add_text(self, field_key: str, text: str, role: str = "field") -> None:
        if text and text.strip():
            if len(text) > MAX_CHECK_CHARS:  # a caption is at most 2,200 characters on Instagram
                self.cut.append(field_key)
                text = text[:MAX_CHECK_CHARS]
            self.texts.append(TextItem(field_key, text, role))
            for m in URL.finditer(text):
                if len(self.links) >= MAX_LINKS:
                    break
                if _plausible(m.group()):
                    self.links.append(Link(field_key, m.group(), m.span()))


def _plausible(url: str) -> bool:
    """A bare word with a dot ('Jl.Malioboro', 'No.5') is not a link; a real suffix is."""
    if url.lower().startswith(("http://", "https://", "www.")):
        return True

    return registrable(url) is not None


def from_text(text: str, platform: str | None = None, alt_text: str | None = None) -> CheckInput:
    inp = CheckInput(platform=platform)
    inp.add_text("caption", text, "caption")
    if alt_text is not None:
        inp.texts.append(TextItem("alt_text", alt_text[:MAX_CHECK_CHARS], "alt_text"))
    return inp


def from_design(design, template, values: dict, composition=None, pixels=None,
                scale: float = 1.0, platform: str | None = None) -> CheckInput:
    """Texts from every text field (samples included: they get published too), the caption,
    hashtags, alt text, url fields and QR targets, user images, the layout and the pixels."""

    inp = CheckInput(platform=platform, pixels=pixels, scale=scale, kind=template.manifest.kind,
                     business_numbers=frozenset(_digits(n) for n in [*design.business_numbers,
                                                                     *design.brand.business_numbers]))
    for key, value in values.items():
        if isinstance(value, ImageValue):
            if key in design.images:
                inp.images.append((key, value.path))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                for sub, text in (item or {}).items():
                    if isinstance(text, (FieldText, str)):
                        inp.add_text(f"{key}.{i}.{sub}", str(text))
        elif isinstance(value, (FieldText, str)):
            inp.add_text(key, str(value))
            fld = template.manifest.field(key)
            if fld is not None and fld.type == "url" and str(value).strip():
                inp.links.append(Link(key, str(value).strip(), None, "url-field"))
    inp.add_text("caption", design.caption, "caption")
    inp.add_text("hashtags", design.hashtags, "hashtags")
    inp.texts.append(TextItem("alt_text", design.alt_text[:MAX_CHECK_CHARS], "alt_text"))
    inp.over_limit = over_limit(template.manifest, design.fields)
    inp.labels = {lang: field_labels(template, lang) for lang in ("id", "en")}
    if composition is not None:
        inp.report = composition.report
        inp.is_print = composition.format.dpi != 72
        for qr in composition.report.qr_codes:
            inp.links.append(Link(qr["field"] or "qr", qr["url"], None, "qr"))
    return inp


def _digits(text: str) -> str:
    digits = re.sub(r"\D", "", str(text))
    return "0" + digits[2:] if digits.startswith("62") else digits


def hashtags(text: str) -> list[str]:
    return HASHTAG.findall(text)
