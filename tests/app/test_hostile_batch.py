"""Hostile batch input a third black-box probe found (333 cases written without reading this
code): sheets that lie about their size, image cells that cannot be opened, options that are
not what they claim, schedulers that are not Dask."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]


# -- sheets that declare more than they hold ----------------------------------------------------

def _xlsx_claiming(path: Path, unique: str, count: str) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Nama Produk", "Harga", "Lokasi", "Foto"])
    book.active.append(["Keripik", 15000, "Malang", ""])
    book.save(path)
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{count}" uniqueCount="{unique}"><si><t>Nama Produk</t></si><si><t>x</t></si></sst>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


@pytest.mark.parametrize("unique, count", [("1000000000", "2"), ("2", "1000000000"), ("9" * 5000, "2")])
def test_a_shared_string_table_that_claims_a_billion_is_refused_before_calamine_reserves_it(
        tmp_path, unique, count):
    path = _xlsx_claiming(tmp_path / "peserta.xlsx", unique, count)
    # in a child process: before the fix calamine reserved 24 GB and aborted the interpreter
    probe = ("import sys; from app.batch.sheets import open_sheet\n"
             "from app.errors import SheetError\n"
             f"try: open_sheet(__import__('pathlib').Path({str(path)!r}))\n"
             "except SheetError as e: print(e.message('en')); sys.exit(2)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 2, done.stderr[-500:]
    assert "peserta.xlsx" in done.stdout and "sharedStrings.xml" in done.stdout and "claims" in done.stdout


def test_a_shared_string_table_with_honest_counts_still_reads(tmp_path):
    from app.batch.sheets import open_sheet

    path = _xlsx_claiming(tmp_path / "peserta.xlsx", "2", "2")
    assert open_sheet(path).columns[0] == "Nama Produk"


def test_batch_refuses_the_lying_workbook_with_one_line(tmp_path):
    path = _xlsx_claiming(tmp_path / "peserta.xlsx", "1000000000", "1000000000")
    done = subprocess.run([sys.executable, "-m", "app.cli", "batch", "produk-umkm", str(path), "--out",
                           str(tmp_path / "o"), "--jobs", "0"], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr[-500:]
    assert "sharedStrings.xml" in done.stderr and "kesalahan tak terduga" not in done.stderr
