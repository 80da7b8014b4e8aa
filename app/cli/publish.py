"""`diplomat publish`: a checked publish kit (images in every format and type, caption, alt text
and the checklist report); a block that is not fixed or overridden stops it with exit 1."""

from __future__ import annotations

from pathlib import Path

from app.cli import options

# The command's machinery is imported when the command runs, not when the parser is built:
# every `diplomat` start builds all parsers, and the checklist and the batch pool cost 0.2 s
# to import (docs/architecture.md, "The command line").

DONE = {"id": "Paket terbit", "en": "Publish kit"}


def register(sub, say) -> None:
    about = say("tulis paket terbit yang sudah dicek", "write a checked publish kit")
    p = sub.add_parser("publish", help=about, description=about)
    options.add_design(p, say, one_format=False)
    p.add_argument("--formats", default="portrait", help=say("mis. square,portrait,story (bawaan: portrait)",
                                                             "e.g. square,portrait,story (default: portrait)"))
    p.add_argument("--types", default=".jpg", help=say("mis. .jpg,.png,.pdf (bawaan: .jpg)",
                                                       "e.g. .jpg,.png,.pdf (default: .jpg)"))
    options.add_post(p, say)
    kit = say("folder paket terbit", "the publish kit's folder")
    p.add_argument("--out", type=Path, required=True, help=kit).complete = options.FOLDER
    p.set_defaults(handler=run)


def run(args, library) -> int:
    from app.output.publish import write_kit

    design = options.apply_post(options.build_design(args), args, library)
    # each once, in the order given: "square,square,…" five thousand times is one square
    formats = list(dict.fromkeys(f.strip() for f in args.formats.split(",") if f.strip()))
    types = list(dict.fromkeys(t.strip() if t.strip().startswith(".") else "." + t.strip()
                               for t in args.types.split(",") if t.strip()))
    lang = args.lang or design.lang
    kit = write_kit(design, library, args.out, formats, types, args.platform, lang)
    print(f"{DONE[lang]}: {kit.folder} ({len(kit.files)})")
    return 0
