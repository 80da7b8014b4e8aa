"""Output file names from a pattern such as "{nama}_{format}": one name per row and format,
safe on every file system, unique in the folder, and never outside it.

A name comes from the user's sheet, so it may hold anything: separators, `..`, a Windows
reserved name (CON, NUL, COM1, ...), control characters, 2,000 characters. The rules:
- `/`, `\\` and characters Windows forbids become "-", control characters go, so does a
  leading dot or trailing dots and spaces;
- a reserved Windows name gets a trailing "_";
- at most MAX_STEM characters before the extension;
- a name already taken (case-insensitively, as on Windows and macOS) gets "-2", "-3", ...
"""

from __future__ import annotations

import re
import string
import unicodedata

from app.errors import FieldError

MAX_STEM = 120
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
DEFAULT_PATTERN = "{row}_{format}"


def fields_in(pattern: str) -> list[str]:
    """The placeholders of a pattern, or FieldError if it is malformed."""
    return [name for _, name, _, _ in _parsed(pattern) if name is not None]


def _parsed(pattern: str) -> list[tuple]:
    """The pattern's parts as str.format reads them; a brace never closed (or never opened) is
    the user's typo, said in their language before any row runs."""
    try:
        return list(string.Formatter().parse(pattern))
    except ValueError:
        shown = "".join(c if c.isprintable() else "?" for c in pattern[:60])
        raise FieldError(f"Pola nama berkas (--name) '{shown}' tidak valid: ada kurung kurawal {{ atau }} yang "
                         "tidak berpasangan. Tulis {kolom}, mis. {nama}_{format}.",
                         f"The file name pattern (--name) '{shown}' is not valid: a brace {{ or }} is not "
                         "matched. Write {field}, e.g. {nama}_{format}.") from None


def check_pattern(pattern: str, known: set[str]) -> None:
    """Every placeholder is a field key, `row` or `format`; `format` must be there when the
    batch makes more than one format (checked by the caller)."""
    for _, _name, spec, conversion in _parsed(pattern):
        if spec or conversion:  # "{nama:>999999999}" would build a gigabyte name
            raise FieldError(f"Pola nama '{pattern[:60]}' memakai format atau konversi; tulis {{kolom}} saja.",
                             f"The name pattern '{pattern[:60]}' uses a format spec or conversion; "
                             "write {field} only.")
    unknown = [n for n in fields_in(pattern) if n not in known | {"row", "format"}]
    if unknown or any(not n for n in fields_in(pattern)):
        have = ", ".join(sorted(known | {"row", "format"}))
        raise FieldError(f"Pola nama memakai {{{', '.join(unknown) or ''}}} yang tidak ada. Pilihan: {have}.",
                         f"The name pattern uses {{{', '.join(unknown) or ''}}}, which does not exist. "
                         f"Choose from: {have}.")


def clean(text: str) -> str:
    """One safe path part (no extension) made from user text."""
    text = unicodedata.normalize("NFC", str(text))
    text = _FORBIDDEN.sub("-", text)
    text = re.sub(r"\s+", " ", text).strip(" .-")
    text = text.lstrip(".")
    text = text[:MAX_STEM].rstrip(" .")
    if text.split(".")[0].lower() in _RESERVED:
        text += "_"
    return text or "tanpa-nama"


def render_name(pattern: str, values: dict, row: int, fmt: str) -> str:
    """The pattern filled for one row and format, cleaned (no extension)."""
    data = {k: ("" if v is None else str(v)) for k, v in values.items()}
    data.update(row=str(row), format=fmt)
    return clean(pattern.format_map(_Missing(data)))


class _Missing(dict):
    def __missing__(self, key):
        return ""


class NameBook:
    """Hands out unique names in one output folder, as a case-insensitive file system would see
    them. It remembers names across a resumed run (seed it with the files already there)."""

    def __init__(self, taken: set[str] | None = None):
        self._taken = {n.lower() for n in (taken or ())}

    def claim(self, stem: str, suffix: str) -> str:
        name, n = f"{stem}{suffix}", 1
        while name.lower() in self._taken:
            n += 1
            name = f"{stem[:MAX_STEM - 4]}-{n}{suffix}"
        self._taken.add(name.lower())
        return name
