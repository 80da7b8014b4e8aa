"""An alt text made from the poster's own fields (A3, a missing alt text, is the most common
finding): what it is, the name, the price, the place and the date, in the design's language."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.model.design import Design
from app.output.alttext import auto_alt_text


@pytest.mark.parametrize(("lang", "expected"), [
    ("id", "Keripik Tempe Bu Sari, poster produk lokal. Harga Rp15.000. Tempat: Malang, Jawa Timur."),
    ("en", "Keripik Tempe Bu Sari, local product poster. Price Rp15.000. Place: Malang, Jawa Timur."),
])
def test_the_alt_text_says_what_the_poster_says_in_its_language(library, lang, expected):
    design = Design(template="produk-umkm", lang=lang, fields={"nama_produk": "Keripik Tempe Bu Sari", "harga": "15rb",
                                                                 "lokasi": "Malang, Jawa Timur"}, samples=False)
    assert auto_alt_text(design, library.get("produk-umkm")) == expected


def test_dates_are_written_out_and_nothing_empty_is_mentioned(library):
    design = Design(template="acara-tipografi", fields={"judul": "Malam Keroncong", "tanggal": "2026-09-12"},
                    samples=False)
    text = auto_alt_text(design, library.get("acara-tipografi"))
    assert text == "Malam Keroncong, poster acara tipografi. Tanggal 12 September 2026."
    assert "None" not in text and "Harga" not in text and len(text) <= 250


def test_publish_alt_text_auto_writes_it_into_the_kit_and_answers_a3(tmp_path):
    out = tmp_path / "kit"
    proc = subprocess.run([sys.executable, "-m", "app.cli", "publish", "produk-umkm", "--formats", "square",
                           "--types", ".jpg", "--alt-text", "auto", "--out", str(out)],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    kit = next(out.iterdir())
    alt = (kit / "alt-text.txt").read_text(encoding="utf-8").strip()
    assert alt.startswith("Kopi Arabika Gayo, poster produk lokal") and "Rp85.000" in alt
    report = json.loads((kit / "laporan-checklist.json").read_text(encoding="utf-8"))
    assert "A3" not in {f["rule"] for f in report["findings"]}
