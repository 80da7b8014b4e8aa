"""Field values for a render: the design's values checked against the manifest, with samples
in the design's language for whatever the user left out."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from app import fsguard
from app.errors import FieldError
from app.model.design import Design
from app.model.text import clean_text
from app.render.helpers import FieldText, ImageValue
from app.templating.library import Template
from app.templating.manifest import Field

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def resolve(design: Design, template: Template) -> dict[str, Any]:
    man = template.manifest
    known = {f.key for f in man.fields}
    for key in [*design.fields, *design.images]:
        if key not in known:
            raise FieldError(
                f"Kolom '{key}' tidak ada di template '{man.id}'. Kolom: {', '.join(sorted(known))}.",
                f"Field '{key}' is not in template '{man.id}'. Fields: {', '.join(sorted(known))}.",
            )
    values: dict[str, Any] = {}
    for fld in man.fields:
        if fld.type == "image":
            values[fld.key] = _image(design, template, fld)
        else:
            raw = design.fields.get(fld.key, fld.sample_for(design.lang) if design.samples else None)
            values[fld.key] = coerce(fld, raw, fld.key)
    return values


def _image(design: Design, template: Template, fld: Field) -> ImageValue | None:
    ref = design.images.get(fld.key)
    if ref is not None:
        return ImageValue(design.image_path(fld.key), ref.focus or fld.focus, fld.key)
    sample = fld.sample_for(design.lang) if design.samples else None
    if not sample:
        return None
    return ImageValue(fsguard.inside(template.folder, sample), fld.focus, fld.key)


def coerce(fld: Field, raw: Any, key: str) -> Any:
    if raw is None:  # left out (a batch row without that column): empty, never "None" on a poster
        if fld.type == "list":
            return []
        return FieldText("", key) if fld.type in ("text", "paragraph", "url") else None
    if fld.type == "list":
        return _list(fld, raw, key)
    if fld.type == "number":
        return _number(raw, key)
    text, cleaned = clean_text(str(raw))
    if fld.type == "color" and not _COLOR.match(text):
        raise _bad(key, f"'{text}' bukan warna #RRGGBB", f"'{text}' is not a #RRGGBB colour")
    if fld.type == "date" and text:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise _bad(key, f"'{text}' bukan tanggal TTTT-BB-HH",
                       f"'{text}' is not a YYYY-MM-DD date") from None
    if fld.type == "choice" and text not in fld.choices:
        raise _bad(key, f"pilih salah satu: {', '.join(fld.choices)}",
                   f"choose one of: {', '.join(fld.choices)}")
    return FieldText(text, key, cleaned)


MAX_NUMBER = 10**15  # a quadrillion rupiah is not a price; NaN and infinity are not numbers


def _number(raw: Any, key: str) -> float | int:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if not math.isfinite(raw) or abs(raw) > MAX_NUMBER:
            shown = "…" if isinstance(raw, int) else str(raw)  # str() of a 5,000-digit int raises
            raise _bad(key, f"{shown} bukan angka yang masuk akal (batas 10^15)",
                       f"{shown} is not a sensible number (the limit is 10^15)")
        return raw
    text = str(raw).strip().replace(".", "").replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise _bad(key, f"'{str(raw)[:40]}' bukan angka", f"'{str(raw)[:40]}' is not a number") from None
    return _number(int(value) if value.is_integer() else value, key)


def _list(fld: Field, raw: Any, key: str) -> list:
    if not isinstance(raw, list):
        raise _bad(key, "harus berupa daftar", "must be a list")
    if fld.max_items and len(raw) > fld.max_items:
        raise _bad(key, f"paling banyak {fld.max_items} butir", f"at most {fld.max_items} items")
    items = []
    for i, entry in enumerate(raw):
        if isinstance(entry, str) and len(fld.item) == 1:
            entry = {fld.item[0].key: entry}
        if not isinstance(entry, dict):
            raise _bad(f"{key}.{i + 1}", "butir harus berupa objek", "an item must be an object")
        items.append({sub.key: coerce(sub, entry.get(sub.key), f"{key}.{i}.{sub.key}")
                      for sub in fld.item})
    return items


def _bad(key: str, id_why: str, en_why: str) -> FieldError:
    return FieldError(f"Kolom '{key}': {id_why}.", f"Field '{key}': {en_why}.")


def cleaned_keys(values: dict[str, Any]) -> list[str]:
    """Fields whose text lost control characters or lone surrogates on the way in."""
    keys = []
    for key, value in values.items():
        items = value if isinstance(value, list) else [{"": value}]
        for item in items:
            for sub in (item or {}).values():
                if getattr(sub, "cleaned", False):
                    keys.append(getattr(sub, "field_key", None) or key)
    return keys
