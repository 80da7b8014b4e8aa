"""Contrast maths of checklist rule A1: the Pillow-only `box_contrast` against the numpy one it
replaced (issue 11: drop numpy from the bundle if Pillow is as fast), side by side in one run.

    .venv/bin/python benchmarks/contrast_bench.py [--runs N] [--crops N] [--seed N]

numpy is a need of this script only (the `bench` extra: `pip install -e '.[bench]'`); the
reference below is the app's numpy code as it was, unchanged.

1. Agreement: every text box of every bundled template × format × theme, as check_design
   measures them on the half-scale preview (its A1 findings must be identical with either
   function), then random crops: photos, gradients, flat colours, tiny boxes, text drawn on them.
2. Speed: median ms per box for both, interleaved run by run, by box size at preview (0.5) and
   full (1.0) scale; and check_design per design with either function.
3. What numpy costs a process that imports it: `-X importtime`, wall time and RSS.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from timing import median_ms  # noqa: E402

from app.checklist import check_design, rules_visual  # noqa: E402
from app.model.colors import channel, luminance  # noqa: E402
from app.model.design import Design  # noqa: E402
from app.render.raster import render  # noqa: E402
from app.templating.library import Library  # noqa: E402

PILLOW = rules_visual.box_contrast
PHOTOS = sorted(ROOT.glob("templates/*/samples/*.jpg"))
FONTS = sorted(ROOT.glob("resources/fonts/*/*.otf"))  # the emoji font has fixed sizes only


LUT = np.array([channel(c) for c in range(256)])


def numpy_box_contrast(image, box_px, fill_rgb) -> float | None:
    """The app's box_contrast before issue 11, verbatim but for the cached LUT."""
    x0, y0, x1, y1 = (int(round(v)) for v in box_px)
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(image.width, x1), min(image.height, y1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    px = np.asarray(image.crop((x0, y0, x1, y1)).convert("RGB"), dtype=np.int16)
    dist = np.abs(px - np.array(fill_rgb, dtype=np.int16)).max(axis=2)
    far = np.percentile(dist, 95)
    if far < 12:
        return 1.0
    ink = dist < far * 0.5
    grown = ink.copy()
    for dy, dx in ((-2, 0), (2, 0), (0, -2), (0, 2), (-1, -1), (1, 1), (-1, 1), (1, -1)):
        grown |= np.roll(np.roll(ink, dy, axis=0), dx, axis=1)
    background = px[~grown]
    if background.size == 0:
        return None
    lut = LUT
    lum = 0.2126 * lut[background[:, 0]] + 0.7152 * lut[background[:, 1]] + 0.0722 * lut[background[:, 2]]
    lf = luminance(fill_rgb)
    ratios = (np.maximum(lum, lf) + 0.05) / (np.minimum(lum, lf) + 0.05)
    return float(np.percentile(ratios, 10))


def using(fn):
    """Run the checklist with `fn` as its contrast function."""
    rules_visual.box_contrast = fn


def designs(lib: Library):
    for template in lib.templates.values():
        man = template.manifest
        for fmt in man.formats:
            for theme in man.themes:
                yield Design(template=man.id, format=fmt, theme=theme.id)


def a1(report) -> list[tuple]:
    return [(f.field, f.severity, f.message["en"]) for f in report.findings if f.rule == "A1"]


def recorded_boxes(design, rendered) -> list[tuple]:
    """The (image, box, fill) calls check_design makes, in order."""
    calls = []

    def record(image, box, fill):
        calls.append((image, box, fill))
        return PILLOW(image, box, fill)

    using(record)
    check_design(design, rendered, "instagram")
    using(PILLOW)
    return calls


def _timed(fn, *args):
    start = time.perf_counter()
    out = fn(*args)
    return out, (time.perf_counter() - start) * 1000


def agree_templates(lib: Library) -> tuple[dict, list[tuple], list[tuple[float, float]]]:
    """Both functions over every design's preview: A1 findings, each box's ratio, and the time
    of one check_design per design with either (interleaved)."""
    n_designs = n_boxes = same = nones = 0
    worst, boxes, times = 0.0, [], []
    for design in designs(lib):
        preview = render(design, lib, 0.5)
        preview.image.load()
        using(numpy_box_contrast)
        old, old_ms = _timed(check_design, design, preview, "instagram")
        using(PILLOW)
        new, new_ms = _timed(check_design, design, preview, "instagram")
        times.append((old_ms, new_ms))
        same += a1(old) == a1(new)
        n_designs += 1
        for call in recorded_boxes(design, preview):
            a, b = numpy_box_contrast(*call), PILLOW(*call)
            n_boxes += 1
            nones += (a is None) != (b is None)
            if a is not None and b is not None:
                worst = max(worst, abs(a - b))
            boxes.append(call)
    summary = {"designs": n_designs, "identical A1": same, "boxes": n_boxes, "None mismatch": nones,
               "max |diff|": worst}
    return summary, boxes, times


def _text_on(bg: Image.Image, rng: random.Random) -> tuple[Image.Image, tuple, tuple]:
    fill = tuple(rng.randrange(256) for _ in range(3))
    img = bg.copy()
    draw = ImageDraw.Draw(img)
    size = rng.choice((8, 12, 20, 32, 48, 72))
    font = ImageFont.truetype(str(rng.choice(FONTS)), size)
    words = rng.choice(("Kopi Gayo", "Festival Budaya 2025", "Pesan sekarang!", "Rp85.000", "ABC xyz"))
    draw.text((rng.randrange(max(1, img.width // 3)), rng.randrange(max(1, img.height // 2))), words,
              fill=fill, font=font)
    box = (rng.uniform(-10, img.width / 2), rng.uniform(-10, img.height / 2),
           rng.uniform(img.width / 2, img.width + 10), rng.uniform(img.height / 2, img.height + 10))
    return img, box, fill


def _backgrounds(rng: random.Random):
    photos = [Image.open(p).convert("RGB") for p in PHOTOS]
    while True:
        kind = rng.choice(("photo", "gradient", "flat", "tiny"))
        w, h = (rng.randrange(2, 9), rng.randrange(2, 9)) if kind == "tiny" else (
            rng.randrange(20, 700), rng.randrange(10, 260))
        if kind == "photo":
            p = rng.choice(photos)
            x, y = rng.randrange(p.width - w), rng.randrange(p.height - h)
            yield kind, p.crop((x, y, x + w, y + h))
        elif kind == "gradient":
            a, b = (tuple(rng.randrange(256) for _ in range(3)) for _ in range(2))
            ramp = Image.linear_gradient("L").rotate(rng.choice((0, 90))).resize((w, h))
            bands = [ramp.point(lambda v, c0=c0, c1=c1: round(c0 + (c1 - c0) * v / 255))
                     for c0, c1 in zip(a, b, strict=True)]
            yield kind, Image.merge("RGB", bands)
        else:
            yield kind, Image.new("RGB", (w, h), tuple(rng.randrange(256) for _ in range(3)))


def agree_crops(n: int, seed: int) -> dict:
    rng = random.Random(seed)
    worst, nones, counts = 0.0, 0, {}
    bgs = _backgrounds(rng)
    for _ in range(n):
        kind, bg = next(bgs)
        img, box, fill = _text_on(bg, rng)
        a, b = numpy_box_contrast(img, box, fill), PILLOW(img, box, fill)
        counts[kind] = counts.get(kind, 0) + 1
        nones += (a is None) != (b is None)
        if a is not None and b is not None:
            worst = max(worst, abs(a - b))
    return {"crops": n, "by kind": counts, "None mismatch": nones, "max |diff|": worst}


def _box_ms(call, runs: int) -> tuple[float, float]:
    """Median ms of each function on one box, interleaved so drift hits both alike."""
    numpy_box_contrast(*call), PILLOW(*call)
    old, new = [], []
    for _ in range(runs):
        for fn, out in ((numpy_box_contrast, old), (PILLOW, new)):
            start = time.perf_counter()
            fn(*call)
            out.append((time.perf_counter() - start) * 1000)
    return statistics.median(old), statistics.median(new)


def full_scale_boxes(lib: Library, every: int) -> list[tuple]:
    out = []
    for i, design in enumerate(designs(lib)):
        if i % every == 0:
            out += recorded_boxes(design, render(design, lib, 1.0))
    return out


def speed_table(boxes: dict, runs: int, per_bucket: int) -> None:
    print(f"\nPer box (median of {runs} runs each; then the median over the boxes)")
    print(f"{'scale':>5} {'pixels':>16} {'boxes':>5} {'numpy ms':>9} {'pillow ms':>9} {'pillow/numpy':>12}")
    for scale, calls in boxes.items():
        buckets = {"< 20k": [], "20k-100k": [], "100k-400k": [], ">= 400k": []}
        for call in calls:
            x0, y0, x1, y1 = call[1]
            px = max(0, x1 - x0) * max(0, y1 - y0)
            key = "< 20k" if px < 2e4 else "20k-100k" if px < 1e5 else "100k-400k" if px < 4e5 else ">= 400k"
            buckets[key].append(call)
        for key, group in buckets.items():
            if not group:
                continue
            step = max(1, len(group) // per_bucket)
            times = [_box_ms(c, runs) for c in group[::step][:per_bucket]]
            old = statistics.median(t[0] for t in times)
            new = statistics.median(t[1] for t in times)
            print(f"{scale:>5} {key:>16} {len(times):>5} {old:>9.2f} {new:>9.2f} {new / old:>12.2f}")


def checklist_table(lib: Library, runs: int, every_design: list[tuple[float, float]]) -> None:
    print(f"\ncheck_design on the half-scale preview (median of {runs} runs)")
    print(f"{'design':<44} {'numpy ms':>9} {'pillow ms':>9}")
    for template, fmt in (("produk-umkm", "portrait"), ("destinasi-wisata", "story"),
                          ("acara-budaya", "square"), ("acara-budaya", "a4")):
        design = Design(template=template, format=fmt)
        preview = render(design, lib, 0.5)
        preview.image.load()
        row = []
        for fn in (numpy_box_contrast, PILLOW):
            using(fn)
            row.append(median_ms(lambda d=design, p=preview: check_design(d, p, "instagram"), runs))
        using(PILLOW)
        print(f"{template + ' ' + fmt:<44} {row[0]:>9.2f} {row[1]:>9.2f}")
    old, new = (statistics.median(t[i] for t in every_design) for i in (0, 1))
    total_old, total_new = (sum(t[i] for t in every_design) / 1000 for i in (0, 1))
    print(f"{f'all {len(every_design)} designs, median of one run each':<44} {old:>9.2f} {new:>9.2f}")
    print(f"{'  the same, total seconds':<44} {total_old:>9.2f} {total_new:>9.2f}")


def _python(code: str, *flags: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)


def numpy_cost(runs: int) -> None:
    base = "import PIL.Image, app.checklist"
    rss = "print(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1])"
    print("\nnumpy's cost to a process (a batch worker imports the checklist)")
    lines = [ln for ln in _python("import numpy", "-X", "importtime").stderr.splitlines()
             if ln.rstrip().endswith("| numpy")]
    print(f"  -X importtime, numpy cumulative: {int(lines[-1].split('|')[1]) / 1000:.1f} ms")
    for label, code in (("without numpy", base), ("with numpy", base + ", numpy")):
        wall = []
        for _ in range(runs):
            start = time.perf_counter()
            out = _python(f"{code}; {rss}")
            wall.append((time.perf_counter() - start) * 1000)
        print(f"  {label:<14} process wall {statistics.median(wall):6.1f} ms, RSS {int(out.stdout) / 1024:5.1f} MB")
    site = Path(np.__file__).parent
    size = sum(f.stat().st_size for d in (site, site.parent / "numpy.libs") if d.exists()
               for f in d.rglob("*") if f.is_file())
    print(f"  numpy {np.__version__} on disk (numpy/ + numpy.libs/): {size / 1e6:.1f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=25)
    ap.add_argument("--crops", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--per-bucket", type=int, default=40)
    ap.add_argument("--full-every", type=int, default=4, help="full-scale boxes from every Nth design")
    args = ap.parse_args()
    lib = Library()
    print(f"Contrast benchmark ({os.cpu_count()} cores, Pillow {Image.__version__}, numpy {np.__version__})\n")
    summary, preview_boxes, every_design = agree_templates(lib)
    print("Agreement, template text boxes (check_design on the preview):", summary)
    print("Agreement, random crops:", agree_crops(args.crops, args.seed))
    boxes = {0.5: preview_boxes, 1.0: full_scale_boxes(lib, args.full_every)}
    speed_table(boxes, args.runs, args.per_bucket)
    checklist_table(lib, args.runs, every_design)
    numpy_cost(max(5, args.runs // 3))


if __name__ == "__main__":
    main()
