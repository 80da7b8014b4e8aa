"""What the command modules share: the option groups (declared once), the language of the
output, JSON output and the Design built from options. Command modules import this, never the
composition root."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from app import fsguard
from app.errors import FieldError
from app.model import formats
from app.model.design import Brand, Design, ImageRef
from app.model.text import clean_text

PLATFORMS = ("instagram", "x", "facebook", "tiktok", "whatsapp", "linkedin")


def add_lang(p) -> None:
    p.add_argument("--lang", choices=("id", "en"), help="bahasa keluaran / output language")


def add_json(p) -> None:
    p.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")


def add_design(p, one_format: bool = True) -> None:
    """The options that make a Design: ID, --design, --format, --set, --image, --theme,
    --brand and --lang. Commands that take --formats hide --format."""
    p.add_argument("id", nargs="?", help="id template (boleh dari --design)")
    p.add_argument("--design", type=Path, help="berkas desain JSON")
    p.add_argument("--format", help=f"salah satu dari: {', '.join(formats.FORMATS)}" if one_format
                   else argparse.SUPPRESS)
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="sets")
    p.add_argument("--image", action="append", default=[], metavar="KEY=PATH", dest="images")
    p.add_argument("--theme", help="tema warna; 'brand' memakai warna brand kit")
    p.add_argument("--brand", type=Path, help="brand kit JSON: logo, primary, secondary, handle, website")
    add_lang(p)


def add_post(p) -> None:
    """What goes with the poster when it is published: caption, alt text, platform and the
    reviewer's answers and overrides."""
    p.add_argument("--caption-file", type=Path)
    p.add_argument("--alt-text")
    p.add_argument("--platform", choices=PLATFORMS)
    p.add_argument("--answer", action="append", default=[], metavar="RULE=ya|tidak|tidak-berlaku")
    p.add_argument("--override", action="append", default=[], metavar="RULE=ALASAN")


def lang(args) -> str:
    return getattr(args, "lang", None) or os.environ.get("DIPLOMAT_LANG") or "id"


def emit_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def pair(item: str, flag: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key:
        raise FieldError(f"{flag} harus berbentuk KUNCI=NILAI, bukan '{item}'.",
                         f"{flag} must be KEY=VALUE, not '{item}'.")
    return key.strip(), value


def pairs(items: list[str], flag: str) -> dict[str, str]:
    return dict(pair(item, flag) for item in items)


MAX_TEXT_BYTES = 1_000_000  # a caption is a few kB; the checklist reads the first part of a long text


def read_text(path: Path) -> str:
    try:
        data = fsguard.read_bytes(path, MAX_TEXT_BYTES)
    except fsguard.NotAFile as exc:
        raise FieldError(exc.id_text, exc.en_text) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise FieldError(f"Berkas bukan teks UTF-8: {path}",
                             f"The file is not UTF-8 text: {path}") from None


def build_design(args) -> Design:
    """A Design from --design, then ID, --format, --theme, --lang, --set and --image on top."""
    design = Design.load(args.design) if args.design else Design(template=args.id or "")
    if args.id:
        design.template = args.id
    if not design.template:
        raise FieldError("Sebutkan id template atau --design.", "Give a template id or --design.")
    if args.format:
        design.format = args.format
    for attr in ("theme", "lang"):
        if getattr(args, attr, None):
            setattr(design, attr, getattr(args, attr))
    if getattr(args, "brand", None):
        design.brand = Brand.load(args.brand)
    for item in args.sets:
        key, value = pair(item, "--set")
        design.fields[key] = _maybe_json(value)
    for item in args.images:
        key, value = pair(item, "--image")
        design.images[key] = ImageRef(str(Path(value).expanduser().resolve()))
    return design


def apply_post(design: Design, args) -> Design:
    """Caption, alt text, answers and overrides from the options onto `design`."""
    if args.caption_file:
        design.caption = clean_text(read_text(args.caption_file))[0]
    if args.alt_text is not None:
        design.alt_text = clean_text(args.alt_text)[0]
    design.answers.update(pairs(args.answer, "--answer"))
    design.overrides.update(pairs(args.override, "--override"))
    return design


def _maybe_json(value: str):
    """A list field takes JSON (`--set alasan='[{"judul": "..."}]'`); anything else is text."""
    if value.startswith("["):
        try:
            return json.loads(value)
        except ValueError:  # not JSON (or a 5,000-digit number in it): taken as text
            pass
        except RecursionError:
            raise FieldError("Nilai --set bersarang terlalu dalam.", "A --set value is nested too deeply.") from None
    return value
