"""A contact sheet of every template in every format, to look at before a release.

    .venv/bin/python benchmarks/contact_sheet.py [--out docs/templates] [--lang id] [--theme N]
    .venv/bin/python benchmarks/contact_sheet.py --full out/contact-full      # every render full size

One JPEG per format in --out: each cell is the template rendered with its samples at phone
width (390 px wide, what a post is on a phone), labelled with its id and theme; a carousel's
cell is its cover, and contact-carousel-*.jpg has every slide of every carousel, one row each.
decor.jpg shows the decoration library (_shared/decor.svg.j2). --full also writes every
template x format (every slide of a carousel) at its full size (1080 px wide; print formats at
half their dpi) as separate files: too big to keep in git, so they go where you point them.
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
from app.render.slides import render_all  # noqa: E402
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


def carousel_sheet(library: Library, lang: str, theme_index: int) -> Image.Image | None:
    """Every slide of every carousel in portrait, one carousel per row."""
    rows = []
    for template in library.templates.values():
        if not template.manifest.slides:
            continue
        themes = template.manifest.themes
        theme = themes[min(theme_index, len(themes) - 1)].id
        fmt = formats.get("portrait")
        slides = render_all(Design(template=template.id, format="portrait", lang=lang, theme=theme), library,
                            CELL_W / fmt.width)
        rows.append((f"{template.id} · {theme}", [r.image for r in slides]))
    if not rows:
        return None
    cell_h = rows[0][1][0].height
    cols = max(len(images) for _, images in rows)
    out = Image.new("RGB", (GAP + cols * (CELL_W + GAP), GAP + len(rows) * (cell_h + LABEL_H + GAP)), "#E9E7E2")
    draw = ImageDraw.Draw(out)
    font = ImageFont.truetype(str(resources.resource("fonts", "inter", "Inter-SemiBold.otf")), 22)
    for r, (label, images) in enumerate(rows):
        y = GAP + r * (cell_h + LABEL_H + GAP)
        for c, image in enumerate(images):
            out.paste(image, (GAP + c * (CELL_W + GAP), y))
        draw.text((GAP, y + cell_h + 10), label, fill="#333333", font=font)
    return out


def decor_sheet() -> Image.Image:
    """The decoration library, drawn by the demo template the tests use."""
    demo = ROOT / "tests" / "data" / "decor"
    return render(Design(template="pola-demo", format="square"), Library([demo]), 0.75).image


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "templates")
    ap.add_argument("--full", type=Path, help="also write every render at full size into this folder")
    ap.add_argument("--lang", default="id", choices=("id", "en"))
    ap.add_argument("--theme", type=int, default=0, help="theme index to use (0 = first)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    library = Library()
    for fmt_id in formats.FORMATS:
        image = sheet(library, fmt_id, args.lang, args.theme)
        if image is not None:
            path = args.out / f"contact-{fmt_id}-{args.lang}-t{args.theme}.jpg"
            image.save(path, quality=82, optimize=True, progressive=True)
            print(path)
    slides = carousel_sheet(library, args.lang, args.theme)
    if slides is not None:
        path = args.out / f"contact-carousel-{args.lang}-t{args.theme}.jpg"
        slides.save(path, quality=82, optimize=True, progressive=True)
        print(path)
    decor_sheet().save(args.out / "decor.jpg", quality=85, optimize=True)
    print(args.out / "decor.jpg")
    if args.full:
        args.full.mkdir(parents=True, exist_ok=True)
        for template in library.templates.values():
            for fmt_id in template.manifest.formats:
                scale = 0.5 if formats.get(fmt_id).dpi > 72 else 1.0
                design = Design(template=template.id, format=fmt_id, lang=args.lang)
                for rendered in render_all(design, library, scale):
                    comp = rendered.composition
                    suffix = f"-{comp.slide + 1:02d}" if comp.slides > 1 else ""
                    rendered.image.save(args.full / f"{template.id}-{fmt_id}{suffix}-{args.lang}.png", compress_level=3)
        print(args.full)


if __name__ == "__main__":
    main()
