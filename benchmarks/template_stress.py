"""Issue 13's numbers for the bundled library: how many templates, how many layouts each of the
six most-made jobs has, and what `templates lint` finds over every format x language x theme,
the brand kit and the three stress sets (maximum-length values, long-and-short, odd photos).

    .venv/bin/python benchmarks/template_stress.py [--json]

Collisions and overflowing names or headlines in the stress sets are counted from lint's own
warnings (they are warnings there, so that a user's template can still be imported); the
goal is zero of both. Secondary text that does not fit at max_chars is counted apart: it is
allowed to end in "…", and is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.authoring.lint import lint_folder  # noqa: E402
from app.templating.library import Library  # noqa: E402

# The six jobs people make most (issue 13) and the bundled templates that do each, every one a
# distinctly different layout (photo-led, editorial serif, type only, collage, minimal, ...).
JOBS = {
    "promosi produk / UMKM": ["produk-umkm", "produk-warna", "promo-diskon", "katalog-produk",
                              "keunggulan-produk", "testimoni", "banner-stan", "carousel-produk"],
    "kuliner / menu": ["kuliner-khas", "kuliner-cerita", "resep", "daftar-harga"],
    "destinasi wisata": ["destinasi-wisata", "wisata-kolase", "wisata-minimal", "rute-perjalanan"],
    "acara": ["acara-budaya", "acara-tipografi", "hitung-mundur", "webinar"],
    "kartu info edukasi": ["kartu-fakta", "data-statistik", "daftar-alasan", "carousel-edukasi",
                           "saring-sebelum-sharing", "aturan-bermedsos"],
    "prestasi": ["prestasi", "prestasi-foto", "ucapan-selamat", "sertifikat"],
}


def stress_renders(manifest) -> int:
    """Designs lint composes beyond the format x language x theme renders, per format: the brand
    kit, max_chars, two long-and-short sets and, with a photo field, three odd photos (a
    carousel's every slide is checked within each)."""
    photos = any(f.type == "image" for f in manifest.fields)
    return len(manifest.formats) * (1 + 1 + 2 + (3 if photos else 0))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    library = Library()
    templates = sorted(library.templates.values(), key=lambda t: t.id)
    missing = {job: [t for t in ids if t not in library.templates] for job, ids in JOBS.items()}
    start = time.perf_counter()
    totals = {"templates": len(templates), "renders": 0, "stress_compositions": 0, "errors": 0,
              "stress_collisions": 0, "stress_main_overflows": 0, "max_chars_collisions": 0,
              "max_chars_secondary_overflows": 0, "small_photo_without_O3": 0}
    failing = []
    for template in templates:
        result = lint_folder(template.folder)
        totals["renders"] += result.renders
        totals["stress_compositions"] += stress_renders(template.manifest)
        totals["errors"] += len(result.errors)
        if result.errors:
            failing.append(template.id)
        for issue in result.issues:
            if issue.level != "warning":
                continue
            stress = "panjang-pendek" in issue.where or "foto/photo" in issue.where
            if "runs into" in issue.en:
                totals["stress_collisions" if stress else "max_chars_collisions"] += 1
            elif "Main field" in issue.en:
                totals["stress_main_overflows"] += 1
            elif "overflows when filled to its max_chars" in issue.en:
                totals["max_chars_secondary_overflows"] += 1
            elif "(O3)" in issue.en:
                totals["small_photo_without_O3"] += 1
    totals["seconds"] = round(time.perf_counter() - start, 1)
    jobs = {job: len(ids) - len(missing[job]) for job, ids in JOBS.items()}
    if args.json:
        print(json.dumps({"totals": totals, "jobs": jobs, "failing": failing, "missing": missing}, indent=2))
        return
    print(f"templates: {totals['templates']}   (issue 13: at least 45)")
    for job, n in jobs.items():
        gone = f"  missing {missing[job]}" if missing[job] else ""
        print(f"  {job}: {n} layouts{'' if n >= 3 else '  << under 3'}{gone}")
    print(f"lint renders (format x language x theme, every slide): {totals['renders']}")
    print(f"stress compositions (brand kit, max_chars, long-short x2, odd photos x3): {totals['stress_compositions']}")
    print(f"lint errors: {totals['errors']}  {failing if failing else ''}")
    print(f"collisions in the stress sets: {totals['stress_collisions']}   (goal 0)")
    print(f"names/headlines/prices overflowing in the stress sets: {totals['stress_main_overflows']}   (goal 0)")
    print(f"collisions at max_chars: {totals['max_chars_collisions']}")
    print(f"secondary text over its box at max_chars (ends in '…'): {totals['max_chars_secondary_overflows']}")
    print(f"400 px photo in a frame it cannot fill, without O3: {totals['small_photo_without_O3']}")
    print(f"({totals['seconds']} s)")


if __name__ == "__main__":
    main()
