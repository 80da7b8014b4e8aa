"""`diplomat render`: one design into one file (PNG, JPG, WebP, PDF or SVG)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli import options
from app.output.encode import file_type
from app.output.export import export
from app.render.raster import render

TEXT = {
    "written": {"id": "Tersimpan", "en": "Written"},
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
    rendered = render(design, library, args.scale)
    export(rendered, args.out)
    lang = args.lang or design.lang
    for box in rendered.composition.report.overflows:
        print(TEXT["overflow"][lang].format(field=box.field or "?", size=box.size,
                                            hidden=box.hidden_lines), file=sys.stderr)
    print(f"{TEXT['written'][lang]}: {args.out}")
    return 0
