"""Hostile batch input a third black-box probe found (333 cases written without reading this
code): sheets that lie about their size, image cells that cannot be opened, options that are
not what they claim, schedulers that are not Dask."""

from __future__ import annotations

import http.server
import json
import os
import socket
import struct
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from .test_batch import report_rows, run

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



XLS = ROOT / "tests" / "data" / "kecil.xls"  # two cells, written by xlwt: "judul" over "Halo"


def _xls_claiming(path: Path, last_row: int, offset: int = 44, value: int | None = None) -> Path:
    raw = bytearray(XLS.read_bytes())
    at = raw.find(struct.pack("<HH", 0x0200, 14))  # the sheet's DIMENSIONS record
    struct.pack_into("<IIHH", raw, at + 4, 0, last_row, 0, 1)
    if value is not None:
        struct.pack_into("<I", raw, offset, value)  # a count in the compound-file header
    path.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize("last_row, header, words", [
    (0xFFFFFFF0, None, "4,294,967,280 rows"),  # calamine reserved 43 TB for it and aborted
    (6_000_001, None, "6,000,001 rows"),
    (2, (44, 0x7FFFFFFF), "damaged"),  # FAT sectors: more than the file has
])
def test_an_xls_that_declares_more_than_it_holds_is_refused_before_calamine_reserves_it(
        tmp_path, last_row, header, words):
    offset, value = header or (44, None)
    path = _xls_claiming(tmp_path / "peserta.xls", last_row, offset, value)
    probe = ("import sys, pathlib; from app.batch.sheets import open_sheet\n"
             "from app.errors import SheetError\n"
             f"try: open_sheet(pathlib.Path({str(path)!r}))\n"
             "except SheetError as e: print(e.message('en')); sys.exit(2)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 2, done.stderr[-500:]
    assert "peserta.xls" in done.stdout and words in done.stdout


def test_an_honest_xls_still_reads(tmp_path):
    from app.batch.sheets import open_sheet

    sheet = open_sheet(_xls_claiming(tmp_path / "peserta.xls", 2))
    assert sheet.columns == ["judul"] and [r.values for r in sheet.rows()] == [{"judul": "Halo"}]

# -- options that are not what they claim -------------------------------------------------------

def _small_sheet(tmp_path: Path, image: str = "") -> Path:
    path = tmp_path / "umkm.csv"
    path.write_text(f"Nama Produk,Harga,Lokasi,Foto\nKeripik,15000,Malang,{image}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("pattern", ["{judul", "judul}", "{nama_produk}_{", "{{nama_produk}"])
def test_a_name_pattern_with_an_unmatched_brace_is_refused_before_any_row(tmp_path, capsys, pattern):
    out = tmp_path / "o"
    code, _, err = run(["batch", "produk-umkm", _small_sheet(tmp_path), "--out", out, "--name", pattern,
                        "--jobs", "0"], capsys)
    assert code == 2 and err.count("\n") == 1 and "--name" in err and "kurung kurawal" in err
    assert not out.exists()


@pytest.fixture
def http_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def chatty_server():
    """A server that speaks first, as the probe's black-hole address did: Dask read 'HTTP/1.1'
    as an 8-byte frame length and asked for exabytes."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
    threading.Thread(target=serve, daemon=True).start()
    yield f"tcp://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


def _closed_port() -> str:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return f"tcp://127.0.0.1:{probe.getsockname()[1]}"


@pytest.mark.parametrize("which, words", [
    ("http", "tidak menyapa seperti scheduler Dask"),
    ("http-tcp", "tidak menyapa seperti scheduler Dask"),
    ("chatty", "bukan scheduler Dask"),
    ("closed", "sambungan ditolak"),
])
def test_a_scheduler_that_is_not_dask_is_one_clear_line(tmp_path, capsys, http_server, chatty_server, which,
                                                         words):
    address = {"http": http_server, "http-tcp": f"tcp://{http_server}", "chatty": chatty_server,
               "closed": _closed_port()}[which]
    start = time.monotonic()
    code, _, err = run(["batch", "produk-umkm", _small_sheet(tmp_path), "--out", tmp_path / "o",
                        "--scheduler", address], capsys)
    assert time.monotonic() - start < 5
    assert code == 2 and err.count("\n") == 1, err
    assert f"Tidak bisa terhubung ke scheduler Dask di {address}" in err and words in err


@pytest.mark.parametrize("address", ["file:///etc/passwd", "http://127.0.0.1:8786", "/tmp/sock", "tcp://host",
                                     "tcp://host:99999", "ucx://host:1", "tcp://a b:1", "x" * 500 + ":1\n"])
def test_a_scheduler_address_of_the_wrong_form_is_refused_before_dask_sees_it(tmp_path, capsys, address):
    out = tmp_path / "o"
    code, _, err = run(["batch", "produk-umkm", _small_sheet(tmp_path), "--out", out, "--scheduler", address],
                       capsys)
    assert code == 2 and err.count("\n") == 1 and "bukan alamat scheduler Dask" in err, err
    assert not out.exists()


# -- image paths the system cannot even look up ---------------------------------------------------

LONG = "a" * 10_000 + ".png"


@pytest.mark.parametrize("cell", [LONG, f"foto/{LONG}", "~tidakada-pengguna-ini/foto.png"])
def test_an_image_cell_that_cannot_be_looked_up_is_a_failed_row_naming_the_field(tmp_path, capsys, cell):
    out = tmp_path / "o"
    code, _, err = run(["batch", "produk-umkm", _small_sheet(tmp_path, cell), "--out", out, "--jobs", "0"], capsys)
    assert code == 1, err
    cause = report_rows(out)[2]["cause"]["id"]
    assert report_rows(out)[2]["status"] == "failed" and "'foto'" in cause and "tidak bisa dibuka" in cause
    assert len(cause) < 600  # the 10,000 characters are shortened, not printed whole


def test_the_dry_run_names_an_image_cell_that_cannot_be_looked_up(tmp_path, capsys):
    code, said, _ = run(["batch", "produk-umkm", _small_sheet(tmp_path, LONG), "--out", tmp_path / "o",
                         "--dry-run", "--jobs", "0"], capsys)
    assert code == 0 and "tidak bisa dibuka" in said


def test_image_option_design_and_brand_logo_paths_too_long_to_look_up_are_one_line(tmp_path, capsys):
    long_path = str(tmp_path / LONG)
    design = tmp_path / "desain.json"
    design.write_text(json.dumps({"schema_version": 1, "template": "produk-umkm",
                                  "images": {"foto": {"path": long_path}}}), encoding="utf-8")
    brand = tmp_path / "brand.json"
    brand.write_text(json.dumps({"logo": {"path": long_path}}), encoding="utf-8")
    for argv in (["render", "produk-umkm", "--image", f"foto={long_path}"],
                 ["render", "--design", design],
                 ["render", "produk-umkm", "--brand", brand]):
        out = tmp_path / "p.png"
        code, _, err = run([*argv, "--out", out], capsys)
        assert code == 2 and err.count("\n") == 1 and "tidak bisa dibuka" in err and len(err) < 600, err
        assert not out.exists()


# -- images from outside the sheet's folder: allowed, but marked ---------------------------------

def _photo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1600, 1200), (180, 90, 40)).save(path, "JPEG")
    return path


@pytest.fixture
def sheet_folder(tmp_path):
    """A sheet in its own folder, one photo beside it, one outside it, one symlink to the outside."""
    folder = tmp_path / "kiriman"
    _photo(folder / "foto" / "dalam.jpg")
    outside = _photo(tmp_path / "pribadi" / "ktp.jpg")
    os.symlink(outside, folder / "foto" / "tautan.jpg")
    sheet = folder / "umkm.csv"
    sheet.write_text("Nama Produk,Harga,Lokasi,Foto\n"
                     "Keripik,15000,Malang,foto/dalam.jpg\n"
                     "Kopi,85000,Aceh,../pribadi/ktp.jpg\n"
                     f"Teh,20000,Solo,{outside}\n"
                     "Gula,20000,Solo,foto/tautan.jpg\n", encoding="utf-8")
    return sheet, outside


def test_the_dry_run_marks_rows_whose_image_is_outside_the_sheet_folder(tmp_path, capsys, sheet_folder):
    sheet, outside = sheet_folder
    code, said, _ = run(["batch", "produk-umkm", sheet, "--out", tmp_path / "o", "--dry-run", "--jobs", "0"], capsys)
    assert code == 0
    marked = [line for line in said.splitlines() if "gambar dari luar folder lembar kerja" in line]
    assert [line.split()[1] for line in marked] == ["3", "4", "5"], said
    assert "perlu dicek" in marked[0]


def test_the_report_marks_them_as_warnings_and_the_files_are_still_made(tmp_path, capsys, sheet_folder):
    sheet, _ = sheet_folder
    out = tmp_path / "o"
    code, _, _ = run(["batch", "produk-umkm", sheet, "--out", out, "--jobs", "0"], capsys)
    rows = report_rows(out)
    assert code == 0 and all(rows[n]["files"] for n in (2, 3, 4, 5))
    assert rows[2]["status"] == "ok" and not any(f["rule"] == "GAMBAR" for f in rows[2]["findings"])
    for n in (3, 4, 5):
        notes = [f for f in rows[n]["findings"] if f["rule"] == "GAMBAR"]
        assert rows[n]["status"] == "warn" and len(notes) == 1 and notes[0]["severity"] == "warn"
        assert "gambar dari luar folder lembar kerja" in notes[0]["message"]["id"]
    assert "gambar dari luar folder lembar kerja" in (out / "report.html").read_text(encoding="utf-8")
