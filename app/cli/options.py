"""What the command modules share: the option groups (declared once), the language of the
output, JSON output and the Design built from options. Command modules import this, never the
composition root."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import shtab

from app import fsguard
from app.cli.language import LANGS, Say
from app.errors import FieldError
from app.model import formats
from app.model.design import Brand, Design, ImageRef
from app.model.text import clean_text

PLATFORMS = ("instagram", "x", "facebook", "tiktok", "whatsapp", "linkedin")
# Shell completion (shtab): a template id is asked of the CLI itself, so user templates are
# offered too; a folder is completed as a folder. Other Path options complete files (completion.py).
TEMPLATE_IDS = shtab.cmd("diplomat templates list --ids 2>/dev/null")
FOLDER = shtab.DIRECTORY


def add_lang(p, say: Say) -> None:
    # SUPPRESS: when a subcommand is not given --lang it leaves the root's value in place
    # (`diplomat --lang en duties` and `diplomat duties --lang en` mean the same)
    p.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                   help=say("bahasa keluaran dan bantuan", "language of the output and of the help"))


def add_json(p, say: Say) -> None:
    p.add_argument("--json", action="store_true", help=say("keluaran JSON", "JSON output"))


def add_design(p, say: Say, one_format: bool = True) -> None:
    """The options that make a Design: ID, --design, --format, --set, --image, --theme,
    --brand and --lang. Commands that take --formats hide --format."""
    template = p.add_argument("id", nargs="?", help=say("id template (boleh dari --design)",
                                                       "template id (or from --design)"))
    template.complete = TEMPLATE_IDS
    p.add_argument("--design", type=Path, help=say("berkas desain JSON", "design JSON file"))
    p.add_argument("--format", help=say("salah satu dari: ", "one of: ") + ", ".join(formats.FORMATS) if one_format
                   else argparse.SUPPRESS)
    p.add_argument("--set", action="append", default=[], metavar=say("KUNCI=NILAI", "KEY=VALUE"), dest="sets",
                   help=say("isi kolom template (boleh berulang); daftar sebagai JSON",
                            "fill a template field (repeatable); a list as JSON"))
    p.add_argument("--image", action="append", default=[], metavar=say("KUNCI=BERKAS", "KEY=PATH"), dest="images",
                   help=say("gambar untuk kolom gambar (boleh berulang)", "an image for an image field (repeatable)"))
    p.add_argument("--theme", help=say("tema warna; 'brand' memakai warna brand kit",
                                       "colour theme; 'brand' uses the brand kit's colours"))
    p.add_argument("--brand", type=Path, help=say("brand kit JSON (kunci: logo, primary, secondary, handle, website)",
                                                  "brand kit JSON (keys: logo, primary, secondary, handle, website)"))
    add_lang(p, say)


def add_post(p, say: Say) -> None:
    """What goes with the poster when it is published: caption, alt text, platform and the
    reviewer's answers and overrides."""
    p.add_argument("--caption-file", type=Path, help=say("berkas teks keterangan (caption)", "caption text file"))
    p.add_argument("--alt-text", help=say("teks alternatif gambar; 'auto' membuatnya dari isi poster",
                                          "the image's alt text; 'auto' makes one from the poster's fields"))
    p.add_argument("--platform", choices=PLATFORMS, help=say("platform tujuan; batas panjangnya diperiksa",
                                                             "target platform; its limits are checked"))
    p.add_argument("--answer", action="append", default=[], metavar=say("ATURAN=ya|tidak|tidak-berlaku",
                                                                        "RULE=ya|tidak|tidak-berlaku"),
                   help=say("jawaban pertanyaan daftar periksa (boleh berulang)",
                            "answer a checklist question (repeatable)"))
    p.add_argument("--override", action="append", default=[], metavar=say("ATURAN=ALASAN", "RULE=REASON"),
                   help=say("lewati temuan dengan alasan (boleh berulang)",
                            "override a finding with a reason (repeatable)"))


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


def apply_post(design: Design, args, library=None) -> Design:
    """Caption, alt text, answers and overrides from the options onto `design`; `--alt-text
    auto` builds the alt text from the design's fields (what it is, name, price, place, date)."""
    if args.caption_file:
        design.caption = clean_text(read_text(args.caption_file))[0]
    if args.alt_text is not None and args.alt_text.strip().lower() == "auto" and library is not None:
        from app.output.alttext import auto_alt_text

        design.alt_text = auto_alt_text(design, library.get(design.template))
    elif args.alt_text is not None:
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
