"""Checklist speed, to run on every keystroke.

    .venv/bin/python benchmarks/checklist_bench.py [--runs N]

- text-only rules on a caption-sized text (target ≤ 5 ms median), and the classifier's share of
  that (target ≤ 2 ms);
- every automatic rule over a full design, text and pixels, given the preview render the
  editor already has (target ≤ 20 ms median); and the same including that half-scale render.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import median_ms  # noqa: E402

from app.checklist import check_design, check_text, classifier  # noqa: E402
from app.model.design import Design  # noqa: E402
from app.render.raster import render  # noqa: E402
from app.templating.library import Library  # noqa: E402

CAPTION = (
    "Kopi Arabika Gayo dari Takengon, Aceh Tengah 🇮🇩☕ Dipetik merah, dijemur di para-para dan "
    "disangrai sendiri oleh petani. Rp85.000 per 250 gram, buka setiap hari 08.00–21.00 WIB. "
    "Pesan lewat https://kopigayo.id atau datang ke Jl. Lebe Kader No. 12, Takengon. "
    "Menurut petani, panen tahun ini naik 20%. #KopiGayo #ProdukLokal #BanggaBuatanIndonesia"
)




def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=100)
    args = ap.parse_args()
    lib = Library()
    design = Design(template="produk-umkm", format="portrait", caption=CAPTION,
                    alt_text="Poster Kopi Arabika Gayo: kemasan kopi dan secangkir kopi hitam.")
    preview = render(design, lib, 0.5)
    preview.image.load()  # the editor hands the checklist a preview that is already drawn
    rows = [
        (f"text-only rules, caption of {len(CAPTION)} chars",
         median_ms(lambda: check_text(CAPTION), args.runs), 5),
        ("  of which: the classifier (K1-K5), the same caption",
         median_ms(lambda: classifier.model().scores(CAPTION), args.runs), 2),
        ("full design, all automatic rules, given the preview",
         median_ms(lambda: check_design(design, preview, "instagram"), args.runs), 20),
        ("full design including its half-scale render",
         median_ms(lambda: check_design(design, render(design, lib, 0.5), "instagram"), args.runs), None),
    ]
    print(f"Checklist benchmark ({os.cpu_count()} cores, median of {args.runs} runs)\n")
    print(f"{'what':<56} {'median ms':>10} {'target':>8}")
    for name, ms, target in rows:
        mark = "" if target is None else (f"≤{target}" + (" ok" if ms <= target else " MISS"))
        print(f"{name:<56} {ms:>10.2f} {mark:>8}")


if __name__ == "__main__":
    main()
