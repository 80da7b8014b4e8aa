"""Batch throughput, memory and peers, on this machine.

    .venv/bin/python benchmarks/batch_bench.py                 # 1,000 rows, peers on 100, Dask
    .venv/bin/python benchmarks/batch_bench.py --rows 200 --memory-rows 0 --no-dask   # quick

- Throughput: N rows x 2 formats (portrait and story JPEG), each row with its own 12 MP
  camera-like JPEG (made here with Pillow, cached in --photos), sheet read to report written,
  with --jobs 2. The per-image cost split (decode, resize, layout, raster, check, encode) is
  the workers' own timing of each stage.
- Peers, side by side in one run, on the same 100 rows' SVGs: rsvg-convert and Inkscape, one
  process per row (as NextGenerator drives Inkscape), against our batch writing PNG too;
  --peer-runs (3) interleaved rounds of all three, and the medians compared.
- Memory: peak RSS summed over the batch process and all its workers, sampled every 0.2 s, for
  --memory-rows rows (photos reused, 1 format).
- Dask: the same N rows through a LocalCluster of 2 worker processes, against --jobs 2.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.batch import production  # noqa: E402
from app.batch.plan import Options, prepare  # noqa: E402
from app.model.design import Design, ImageRef  # noqa: E402
from app.render.compose import compose  # noqa: E402
from app.templating.library import Library  # noqa: E402

NAMES = ["Keripik Tempe", "Kopi Gayo", "Batik Tulis", "Gula Aren", "Tenun Ikat", "Sambal Roa", "Madu Hutan"]
CITIES = ["Malang", "Takengon", "Solo", "Banyumas", "Kupang", "Manado", "Sumbawa"]


def make_photo(path_and_seed) -> str:
    """A 4000x3000 'camera' JPEG: a gradient scene with sensor-like noise, about 3-5 MB."""
    from PIL import Image, ImageDraw, ImageFilter

    path, seed = path_and_seed
    if Path(path).is_file():
        return path
    base = Image.linear_gradient("L").resize((4000, 3000))
    tint = Image.merge("RGB", (base, base.rotate(90, expand=False).resize((4000, 3000)),
                               Image.new("L", (4000, 3000), seed % 255)))
    draw = ImageDraw.Draw(tint)
    for i in range(12):
        x, y = (seed * 97 + i * 331) % 3600, (seed * 53 + i * 211) % 2600
        draw.ellipse((x, y, x + 400, y + 400), fill=((seed * 7 + i * 40) % 255, (i * 60) % 255, 120))
    noise = Image.effect_noise((4000, 3000), 24).convert("RGB")
    out = Image.blend(tint.filter(ImageFilter.GaussianBlur(2)), noise, 0.12)
    out.save(path, "JPEG", quality=90)
    return path


def photos(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    wanted = [(str(folder / f"foto-{i:05d}.jpg"), i) for i in range(n)]
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        return [Path(p) for p in pool.map(make_photo, wanted, chunksize=8)]


def write_sheet(path: Path, pics: list[Path], rows: int) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nama Produk", "Harga", "Lokasi", "Foto"])
        for i in range(rows):
            writer.writerow([f"{NAMES[i % 7]} {i}", 10000 + i * 50, CITIES[i % 7], str(pics[i % len(pics)])])
    return path


def run_ours(sheet: Path, out: Path, formats: list[str], file_type: str, jobs: int, scheduler=None):
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    plan = prepare(Options("produk-umkm", sheet, out, formats=formats, file_type=file_type,
                           scheduler=scheduler), Library())
    summary = production.run_batch(plan, jobs)
    return time.perf_counter() - start, summary


def cost_split(summary) -> dict[str, float]:
    """Milliseconds per image for each stage, as the workers timed them."""
    totals: dict[str, float] = {}
    for row in summary.rows:
        for stage, seconds in (row.timings or {}).items():
            totals[stage] = totals.get(stage, 0.0) + seconds
    images = max(1, summary.images)
    return {k: 1000 * v / images for k, v in sorted(totals.items())}


class RssSampler(threading.Thread):
    """Peak of (process `root` + all its descendants) RSS, from /proc."""

    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root, self.peak, self.running = root, 0, True

    def run(self):
        while self.running:
            self.peak = max(self.peak, sum(_rss(p) for p in [self.root, *_descendants(self.root)]))
            time.sleep(0.2)


def memory_run(sheet: Path, out: Path, jobs: int) -> tuple[float, int]:
    """A fresh `diplomat batch` process (as a user runs it), its tree sampled: seconds, peak bytes."""
    cmd = [sys.executable, "-m", "app.cli", "batch", "produk-umkm", str(sheet), "--out", str(out),
           "--formats", "portrait", "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    sampler = RssSampler(proc.pid)
    sampler.start()
    proc.wait()
    sampler.running = False
    sampler.join()
    return time.perf_counter() - start, sampler.peak


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                continue
            out += kids
            todo += kids
    return out


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def peer_svgs(sheet_rows: list[dict], tmp: Path) -> list[Path]:
    """The rows' SVGs, from our compose, that the peers are given (written once, not per round)."""
    lib = Library()
    svgs = []
    for i, row in enumerate(sheet_rows):
        design = Design(template="produk-umkm", format="portrait",
                        fields={"nama_produk": row["Nama Produk"], "harga": row["Harga"], "lokasi": row["Lokasi"]},
                        images={"foto": ImageRef(row["Foto"])})
        path = tmp / f"row-{i}.svg"
        path.write_text(compose(design, lib).svg, encoding="utf-8")
        svgs.append(path)
    return svgs


def peers(svgs: list[Path], tmp: Path) -> dict[str, float]:
    """The SVGs through rsvg-convert and Inkscape, one process per row; seconds in all."""
    results = {}
    if shutil.which("rsvg-convert"):
        start = time.perf_counter()
        for path in svgs:
            subprocess.run(["rsvg-convert", "-w", "1080", "-h", "1350", str(path), "-o", str(path.with_suffix(".png"))],
                           check=True, capture_output=True)
        results["rsvg-convert"] = time.perf_counter() - start
    if shutil.which("inkscape"):
        env = {**os.environ, "HOME": str(tmp)}
        start = time.perf_counter()
        for path in svgs:
            subprocess.run(["inkscape", str(path), "--export-type=png",
                            f"--export-filename={path.with_suffix('.i.png')}", "-w", "1080", "-h", "1350"],
                           check=True, capture_output=True, env=env)
        results["inkscape"] = time.perf_counter() - start
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--peer-rows", type=int, default=100)
    ap.add_argument("--peer-runs", type=int, default=3, help="interleaved runs of ours and each peer; medians")
    ap.add_argument("--memory-rows", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--photos", type=Path, default=Path(tempfile.gettempdir()) / "diplomat-bench-photos")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--only-memory", action="store_true", help="just the memory run")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="diplomat-batch-bench-"))
    print(f"making {args.rows} distinct 12 MP photos in {args.photos} (cached between runs)...", flush=True)
    pics = photos(args.photos, args.rows)
    mb = statistics.median(p.stat().st_size for p in pics[:50]) / 1e6
    sheet = write_sheet(tmp / "umkm.csv", pics, args.rows)
    print(f"\nDiplomat Studio batch benchmark ({os.cpu_count()} cores, --jobs {args.jobs}, "
          f"photos {mb:.1f} MB median)\n")

    if args.only_memory:
        args.peer_rows, args.no_dask = 0, True
    local_secs, summary = run_ours(sheet, tmp / "out", ["portrait", "story"], ".jpg", args.jobs) \
        if not args.only_memory else (1.0, None)
    secs = local_secs
    rate = summary.images / secs if summary else 0
    if summary:
        print(f"{args.rows} rows x 2 formats (portrait + story JPEG): {summary.images} images in {secs:.1f} s "
              f"= {rate:.1f} images/s (target >= 40) {'ok' if rate >= 40 else 'MISS'}; {summary.counts()}")
        split = cost_split(summary)
        print("  per-image cost in the workers (ms): " + ", ".join(f"{k} {v:.1f}" for k, v in split.items())
              + f"; sum {sum(split.values()):.1f} ms of CPU per image, {args.jobs} workers")

    if args.peer_rows:
        peer_sheet = write_sheet(tmp / "peers.csv", pics, args.peer_rows)
        with open(peer_sheet, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, delimiter=";"))
        svgs = peer_svgs(rows, tmp)
        runs: dict[str, list[float]] = {"ours": []}
        for _ in range(args.peer_runs):  # interleaved, so a slow minute of the machine hits all three
            runs["ours"].append(run_ours(peer_sheet, tmp / "peer-out", ["portrait"], ".png", args.jobs)[0])
            for name, seconds in peers(svgs, tmp).items():
                runs.setdefault(name, []).append(seconds)
        ours_secs = statistics.median(runs["ours"])
        print(f"\n{args.peer_rows} rows, portrait PNG, median of {args.peer_runs} interleaved runs "
              f"(each run: {', '.join(f'{k} ' + '/'.join(f'{v:.1f}' for v in vs) for k, vs in runs.items())} s):")
        print(f"  ours (batch, --jobs {args.jobs}, checklist included)       {ours_secs:7.1f} s")
        for name, times in runs.items():
            if name == "ours":
                continue
            need = 10 if name == "inkscape" else 3
            seconds = statistics.median(times)
            ratio = seconds / ours_secs
            print(f"  {name:<12} one process per row, SVG in    {seconds:7.1f} s  = {ratio:.1f}x slower than ours "
                  f"(target >= {need}x) {'ok' if ratio >= need else 'MISS'}")

    if args.memory_rows:
        mem_sheet = write_sheet(tmp / "mem.csv", pics, args.memory_rows)
        secs, peak = memory_run(mem_sheet, tmp / "mem-out", args.jobs)
        peak = peak / 1e6
        print(f"\nmemory: {args.memory_rows} rows in {secs:.0f} s, peak RSS of the batch and all its workers "
              f"{peak:.0f} MB (target <= 400) {'ok' if peak <= 400 else 'MISS'}")
        shutil.rmtree(tmp / "mem-out", ignore_errors=True)

    if not args.no_dask:
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=40) as cluster:
            dsecs, dsummary = run_ours(sheet, tmp / "dask-out", ["portrait", "story"], ".jpg", args.jobs,
                                       scheduler=cluster.scheduler_address)
        drate = dsummary.images / dsecs
        print(f"\nDask LocalCluster, 2 workers: {dsummary.images} images in {dsecs:.1f} s = {drate:.1f} images/s; "
              f"overhead against --jobs {args.jobs}: {100 * (dsecs - local_secs) / local_secs:+.0f}%")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
