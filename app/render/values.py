"""Field values for a render: the design's values checked against the manifest, with samples
in the design's language for whatever the user left out."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from app import fsguard
from app.errors import FieldError
from app.model.amounts import parse_amount
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


def image_value(design: Design, template: Template, key: str) -> ImageValue | None:
    """One photo field's value, resolved alone: an editor's thumbnail while another field is
    still being typed (and does not read yet)."""
    fld = template.manifest.field(key)
    return _image(design, template, fld) if fld is not None and fld.type == "image" else None


def _image(design: Design, template: Template, fld: Field) -> ImageValue | None:
    ref = design.images.get(fld.key)
    if ref is not None:
        return ImageValue(design.image_path(fld.key), ref.focus or fld.focus, fld.key, ref.zoom)
    sample = fld.sample_for(design.lang) if design.samples else None
    if not sample:
        return None
    return ImageValue(fsguard.inside(template.folder, sample), fld.focus, fld.key)


def coerce(fld: Field, raw: Any, key: str) -> Any:
    where = _where(fld, key)
    if raw is None:  # left out (a batch row without that column): empty, never "None" on a poster
        if fld.type == "list":
            return []
        return FieldText("", key) if fld.type in ("text", "paragraph", "url") else None
    if fld.type == "list":
        return _list(fld, raw, key, where)
    if fld.type == "number":  # an emptied price field is no price, not an error
        return None if isinstance(raw, str) and not raw.strip() else _number(raw, where)
    text, cleaned = clean_text(str(raw))
    if fld.type == "color" and not _COLOR.match(text):
        raise _bad(where, f"'{text}' bukan warna #RRGGBB", f"'{text}' is not a #RRGGBB colour")
    if fld.type == "date" and text:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise _bad(where, f"'{text}' bukan tanggal TTTT-BB-HH",
                       f"'{text}' is not a YYYY-MM-DD date") from None
    if fld.type == "choice" and text not in fld.choices:
        raise _bad(where, f"pilih salah satu: {', '.join(fld.choices)}",
                   f"choose one of: {', '.join(fld.choices)}")
    return FieldText(text, key, cleaned)


MAX_NUMBER = 10**15  # a quadrillion rupiah is not a price; NaN and infinity are not numbers


def _number(raw: Any, where: tuple[str, str]) -> float | int:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if not math.isfinite(raw) or abs(raw) > MAX_NUMBER:
            shown = "…" if isinstance(raw, int) else str(raw)  # str() of a 5,000-digit int raises
            raise _bad(where, f"{shown} bukan angka yang masuk akal (batas 10^15)",
                       f"{shown} is not a sensible number (the limit is 10^15)")
        return raw
    try:
        value = parse_amount(str(raw))  # "Rp 15.000", "15rb", "1,5 jt": as people write prices
    except ValueError:
        raise _bad(where, f"'{str(raw)[:40]}' bukan angka (tulis misalnya 15000, Rp 15.000, 15rb atau 1,5 jt)",
                   f"'{str(raw)[:40]}' is not a number (write e.g. 15000, Rp 15.000, 15rb or 1,5 jt)") from None
    return _number(value, where)


def _list(fld: Field, raw: Any, key: str, where: tuple[str, str]) -> list:
    if not isinstance(raw, list):
        raise _bad(where, "harus berupa daftar", "must be a list")
    if fld.max_items and len(raw) > fld.max_items:
        raise _bad(where, f"paling banyak {fld.max_items} butir", f"at most {fld.max_items} items")
    items = []
    for i, entry in enumerate(raw):
        if isinstance(entry, str) and len(fld.item) == 1:
            entry = {fld.item[0].key: entry}
        if not isinstance(entry, dict):
            raise _bad((f"{where[0]} (butir {i + 1})", f"{where[1]} (item {i + 1})"), "butir harus berupa objek",
                       "an item must be an object")
        items.append({sub.key: coerce(sub, entry.get(sub.key), f"{key}.{i}.{sub.key}")
                      for sub in fld.item})
    return items


def _where(fld: Field, key: str) -> tuple[str, str]:
    """The field as the user knows it, by its label in each language (a list item's with its
    number: "Harga (butir 2)"); the key is what the template and --set use, not the user."""
    parts = key.split(".")
    if len(parts) == 3 and parts[1].isdigit():
        n = int(parts[1]) + 1
        return f"{fld.label.id} (butir {n})", f"{fld.label.en} (item {n})"
    return fld.label.id, fld.label.en


def _bad(where: tuple[str, str], id_why: str, en_why: str) -> FieldError:
    return FieldError(f"Kolom '{where[0]}': {id_why}.", f"Field '{where[1]}': {en_why}.")


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
