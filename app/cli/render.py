"""`diplomat render`: one design into one file (PNG, JPG, WebP, PDF or SVG); a carousel into
one file per slide (name-01.jpg ...) and one PDF of them all."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli import options
from app.output.encode import file_type
from app.output.export import export_slides
from app.render.slides import render_all
from app.templating.manifest import over_limit, too_long

TEXT = {
    "written": {"id": "Tersimpan", "en": "Written"},
    "too_long": {
        "id": "Peringatan: {what}. Periksa hasilnya: tata letak diuji sampai {limit} karakter.",
        "en": "Warning: {what}. Check the result: the layout was tested up to {limit} characters.",
    },
    "overflow": {
        "id": "Peringatan: teks kolom '{field}' tidak muat di kotaknya, bahkan pada {size}px "
              "({hidden} baris tersembunyi). Persingkat teksnya.",
        "en": "Warning: the text of field '{field}' does not fit its box, even at {size}px "
              "({hidden} lines hidden). Shorten the text.",
    },
}


def register(sub, say) -> None:
    about = say("render sebuah desain ke PNG/JPG/WebP/PDF/SVG", "render a design to PNG/JPG/WebP/PDF/SVG")
    r = sub.add_parser("render", help=about, description=about)
    options.add_design(r, say)
    r.add_argument("--out", required=True, type=Path, help=say("berkas keluaran (.png .jpg .webp .pdf .svg)",
                                                               "output file (.png .jpg .webp .pdf .svg)"))
    r.add_argument("--scale", type=float, default=1.0, help=say("skala ukuran piksel (bawaan: 1)",
                                                                "pixel size scale (default: 1)"))
    r.set_defaults(handler=run)


def run(args, library) -> int:
    file_type(args.out)  # refuse a bad extension before any work
    design = options.build_design(args)
    renders = render_all(design, library, args.scale)
    files = export_slides(renders, args.out)
    lang = args.lang or design.lang
    warn_over_limit(library, design, lang)
    labels = {f.key: f.label.get(lang) for f in library.get(design.template).manifest.fields}
    for rendered in renders:
        for box in rendered.composition.report.overflows:
            print(TEXT["overflow"][lang].format(field=labels.get(box.field, box.field or "?"), size=box.size,
                                                hidden=box.hidden_lines), file=sys.stderr)
    for path in files:
        print(f"{TEXT['written'][lang]}: {path}")
    return 0


def warn_over_limit(library, design, lang: str) -> None:
    """A value over its field's max_chars: a warning on stderr, in the user's language."""
    for f, n, _where in over_limit(library.get(design.template).manifest, design.fields):
        print(TEXT["too_long"][lang].format(what=too_long(f, n)[lang], limit=f.max_chars), file=sys.stderr)
