"""A contact sheet of every template in every format: one PNG per format, to look at.

    .venv/bin/python benchmarks/contact_sheet.py [--out out/contact] [--lang id] [--theme N]

Each cell is the template rendered with its samples, at phone width (390 px wide for social
formats), labelled with its id. Look at all of it before a release.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from app import resources  # noqa: E402
from app.model import formats  # noqa: E402
from app.model.design import Design  # noqa: E402
from app.render.raster import render  # noqa: E402
from app.templating.library import Library  # noqa: E402

CELL_W = 390
GAP = 24
LABEL_H = 44


def sheet(library: Library, fmt_id: str, lang: str, theme_index: int) -> Image.Image | None:
    fmt = formats.get(fmt_id)
    templates = [t for t in library.templates.values() if fmt_id in t.manifest.formats]
    if not templates:
        return None
    cell_h = round(CELL_W * fmt.height / fmt.width)
    cols = min(6, len(templates))
    rows = (len(templates) + cols - 1) // cols
    out = Image.new("RGB", (GAP + cols * (CELL_W + GAP), GAP + rows * (cell_h + LABEL_H + GAP)), "#E9E7E2")
    draw = ImageDraw.Draw(out)
    font = ImageFont.truetype(str(resources.resource("fonts", "inter", "Inter-SemiBold.otf")), 22)
    for i, template in enumerate(templates):
        themes = template.manifest.themes
        theme = themes[min(theme_index, len(themes) - 1)].id
        image = render(Design(template=template.id, format=fmt_id, lang=lang, theme=theme),
                       library, CELL_W / fmt.width).image
        x = GAP + (i % cols) * (CELL_W + GAP)
        y = GAP + (i // cols) * (cell_h + LABEL_H + GAP)
        out.paste(image, (x, y))
        draw.text((x, y + cell_h + 10), f"{template.id} · {theme}", fill="#333333", font=font)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "contact")
    ap.add_argument("--lang", default="id", choices=("id", "en"))
    ap.add_argument("--theme", type=int, default=0, help="theme index to use (0 = first)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    library = Library()
    for fmt_id in formats.FORMATS:
        image = sheet(library, fmt_id, args.lang, args.theme)
        if image is not None:
            path = args.out / f"contact-{fmt_id}-{args.lang}-t{args.theme}.png"
            image.save(path, optimize=False, compress_level=3)
            print(path)


if __name__ == "__main__":
    main()
