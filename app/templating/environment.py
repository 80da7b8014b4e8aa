"""The one function that builds the Jinja2 environment for templates.

Templates come from users, so this is a security boundary: an immutable sandbox (no Python
internals, no mutating our objects) with budgets for time, loops, sizes and output
(app/templating/sandbox.py), autoescaping for SVG, StrictUndefined so a typo in a field
name is an error rather than an empty poster, and a loader that refuses DOCTYPE and ENTITY.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from jinja2 import FileSystemBytecodeCache, FileSystemLoader, PrefixLoader, StrictUndefined, pass_context

from app import __version__, fsguard, paths
from app.errors import DiplomatError, UnsafeTemplateError
from app.model.amounts import parse_amount
from app.templating import sandbox

_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class SafeFileLoader(FileSystemLoader):
    """Reads one template folder; refuses symlinks, paths that resolve outside the folder and
    sources that declare a DTD or entities."""

    def get_source(self, environment, template):
        fsguard.inside(Path(self.searchpath[0]), template)
        source, filename, uptodate = super().get_source(environment, template)
        if _DTD.search(source):
            raise UnsafeTemplateError(
                f"Template {filename} memuat DOCTYPE/ENTITY; itu tidak diizinkan demi keamanan.",
                f"Template {filename} declares a DOCTYPE/ENTITY, which is refused for safety.",
            )
        return source, filename, uptodate


def build(folders: dict[str, Path], shared: Path | None = None) -> sandbox.BoundedSandbox:
    """An environment whose template names are `<template-id>/<file>`; `_shared/<file>` holds
    the macros every template may import (the brand kit pieces)."""
    prefixes = {tid: SafeFileLoader(str(path)) for tid, path in folders.items()}
    if shared is not None and shared.is_dir():
        prefixes["_shared"] = SafeFileLoader(str(shared))
    loader = PrefixLoader(prefixes)
    env = sandbox.BoundedSandbox(
        loader=loader,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["rupiah"] = rupiah
    env.filters["angka"] = angka
    env.filters["tanggal"] = tanggal
    sandbox.install(env)
    return env


class _QuietCache(FileSystemBytecodeCache):
    """Jinja2's compiled templates on disk, so a fresh process (a batch worker, `diplomat
    render`, the app) does not compile them again: 30 ms for a poster's three files. Keyed by
    the source's checksum, so an edited template compiles anew. A cache that cannot be read or
    written (a damaged file, a full disk, a folder removed under it) only costs the compile,
    never the render."""

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 (a damaged file, whatever it holds: compile instead)
            bucket.reset()


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    try:  # per version: the sandbox's compiled code must match the code that runs it
        folder = paths.cache_dir() / f"jinja-{__version__}"
        folder.mkdir(exist_ok=True)
    except (OSError, DiplomatError):
        return None
    return _QuietCache(str(folder), "%s.cache")


def _number(value) -> float:
    """A number for the filters; text is read as the fields read it (`parse_amount`)."""
    if isinstance(value, (int, float)):
        return value
    return parse_amount(str(value)) if str(value).strip() else 0


def rupiah(value) -> str:
    """25000 -> 'Rp25.000' (Babel, id_ID); text that is not a number passes through."""
    if value is None or value == "":
        return ""
    try:
        return format_currency(_number(value), "IDR", format="¤#,##0", currency_digits=False,
                               locale="id_ID")
    except ValueError:
        return str(value)


@pass_context
def angka(context, value, lang: str | None = None) -> str:
    """1000000 -> '1.000.000' (or '1,000,000' for an English design)."""
    if value is None or value == "":
        return ""
    lang = lang or context.get("lang", "id")
    try:
        return format_decimal(_number(value), locale="id_ID" if lang == "id" else "en")
    except ValueError:
        return str(value)


@pass_context
def tanggal(context, value, pattern: str = "d MMMM y") -> str:
    """'2026-08-17' -> '17 Agustus 2026' (or '17 August 2026' for an English design)."""
    if value is None or value == "":
        return ""
    lang = context.get("lang", "id")
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return format_date(day, pattern, locale="id_ID" if lang == "id" else "en")
