"""Render speed on this machine, side by side with rsvg-convert and Inkscape.

    .venv/bin/python benchmarks/render_bench.py [--runs N] [--peer-runs N]

Measures (medians):
- export of a portrait 1080×1350 JPEG in-process, template + layout + raster + encode
  (warm: the photo frame is cached as in the live preview; cold: the photo is decoded again);
- the half-scale preview render; PNG export;
- the same emitted SVG rasterised by rsvg-convert and by Inkscape, as whole processes (how a
  user of those tools renders a poster), and the ratio to our per-poster time;
- a fresh `diplomat render` process to the first poster file.
Not run by CI: timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import median_ms  # noqa: E402

from app.model.design import Design  # noqa: E402
from app.output.encode import RASTER, encode  # noqa: E402
from app.output.export import export  # noqa: E402
from app.output.publish import write_kit  # noqa: E402
from app.render import images  # noqa: E402
from app.render.compose import compose  # noqa: E402
from app.render.raster import rasterize, render  # noqa: E402
from app.templating.library import Library  # noqa: E402


def process_ms(cmd: list[str], runs: int, env=None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=60)
    ap.add_argument("--peer-runs", type=int, default=7)
    ap.add_argument("--template", default="produk-umkm")
    args = ap.parse_args()

    lib = Library()
    design = Design(template=args.template, format="portrait")
    tmp = Path(tempfile.mkdtemp(prefix="diplomat-bench-"))
    rows = []

    def jpeg_warm():
        export(render(design, lib), tmp / "p.jpg")

    def jpeg_cold():
        images._frames.clear()
        export(render(design, lib), tmp / "p.jpg")

    def kit():
        folder = Path(tempfile.mkdtemp(dir=tmp))
        write_kit(kit_design, lib, folder, ["square", "story"], [".jpg", ".pdf"])

    rows.append(("export portrait JPEG (warm photo cache)", median_ms(jpeg_warm, args.runs), 40))
    rows.append(("export portrait JPEG (cold: photo decoded)", median_ms(jpeg_cold, args.runs), None))
    rows.append(("preview render, half scale", median_ms(lambda: render(design, lib, 0.5).image,
                                                           args.runs), 15))
    rows.append(("export portrait PNG", median_ms(lambda: export(render(design, lib), tmp / "p.png"),
                                                  args.runs), 100))
    kit_design = Design(template=args.template, alt_text="Kemasan kopi dan secangkir kopi di meja kayu.")
    rows.append(("publish kit: 2 formats × (JPEG + PDF) + checklist", median_ms(kit, max(5, args.runs // 6)),
                 None))
    comp = compose(design, lib)
    raster = median_ms(lambda: rasterize(comp.svg, 1080, 1350), args.runs)
    rows.append(("  of which: QtSvg rasterise only", raster, None))
    image = rasterize(comp.svg, 1080, 1350)
    rows.append(("  of which: Pillow JPEG encode", median_ms(lambda: encode(image, RASTER[".jpg"]),
                                                           args.runs), None))
    ours = rows[0][1]

    svg_path = tmp / "poster.svg"
    svg_path.write_text(comp.svg, encoding="utf-8")
    peers = []
    if shutil.which("rsvg-convert"):
        ms = process_ms(["rsvg-convert", "-w", "1080", "-h", "1350", str(svg_path),
                         "-o", str(tmp / "rsvg.png")], args.peer_runs)
        peers.append(("rsvg-convert (process, PNG)", ms))
    if shutil.which("inkscape"):
        ms = process_ms(["inkscape", str(svg_path), "--export-type=png",
                         f"--export-filename={tmp / 'ink.png'}", "-w", "1080", "-h", "1350"],
                        args.peer_runs, env={**os.environ, "HOME": str(tmp)})
        peers.append(("inkscape (process, PNG)", ms))

    env = {**os.environ, "DIPLOMAT_HOME": str(tmp / "home")}
    cli = [sys.executable, "-m", "app.cli", "render", args.template, "--format", "portrait",
           "--out", str(tmp / "cli.jpg")]
    subprocess.run(cli, check=True, capture_output=True, env=env, cwd=ROOT)  # warm the OS cache
    fresh = process_ms(cli, args.peer_runs, env=env)
    rows.append(("fresh process `diplomat render` to first JPEG", fresh, 1000))

    print(f"Diplomat Studio render benchmark ({args.template}, 1080×1350, {os.cpu_count()} cores, "
          f"median of {args.runs} in-process / {args.peer_runs} process runs)\n")
    print(f"{'what':<48} {'median ms':>10} {'target':>8}")
    for name, ms, target in rows:
        mark = "" if target is None else (f"≤{target}" + (" ok" if ms <= target else " MISS"))
        print(f"{name:<48} {ms:>10.1f} {mark:>8}")
    for name, ms in peers:
        print(f"{name:<48} {ms:>10.1f}   {ms / ours:.1f}× slower than ours")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
