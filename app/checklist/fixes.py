"""Applying a finding's fix to a design: mask a number, switch to https, add a source line,
replace a shortened link. Returns a new Design; the original is left untouched (undo-friendly)."""

from __future__ import annotations

import copy

from app.checklist.model import Fix
from app.errors import FieldError

TOP_LEVEL = ("caption", "alt_text", "hashtags")


def _get(design, values: dict, field: str) -> str:
    if field in TOP_LEVEL:
        return getattr(design, field)
    if "." in field:
        key, index, sub = field.split(".", 2)
        items = design.fields.get(key, values.get(key))
        return str(items[int(index)][sub])
    return str(design.fields.get(field, values.get(field, "")))


def _set(design, values: dict, field: str, text: str) -> None:
    if field in TOP_LEVEL:
        setattr(design, field, text)
    elif "." in field:
        key, index, sub = field.split(".", 2)
        items = copy.deepcopy(design.fields.get(key, values.get(key)))
        items = [dict(item) for item in items]
        items[int(index)][sub] = text
        design.fields[key] = items
    else:
        design.fields[field] = text


def apply_fix(design, fix: Fix, values: dict | None = None, replacement: str | None = None):
    """`values` are the resolved field values (samples included), so a fix on a sample text
    edits what the user sees. `replacement` supplies what the fix asks for (a full URL)."""
    new = copy.deepcopy(design)
    values = values or {}
    if fix.action in ("strip_metadata",):
        return new  # exports always strip metadata; nothing to change in the design
    if fix.action == "append_source":
        line = replacement or fix.replacement or "Sumber: "
        new.caption = (new.caption.rstrip() + "\n\n" + line).lstrip()
        return new
    text_new = replacement if replacement is not None else fix.replacement
    if text_new is None or fix.field is None or fix.span is None:
        raise FieldError("Perbaikan ini butuh isian dari Anda.", "This fix needs your input.")
    text = _get(new, values, fix.field)
    start, end = fix.span
    _set(new, values, fix.field, text[:start] + text_new + text[end:])
    return new
