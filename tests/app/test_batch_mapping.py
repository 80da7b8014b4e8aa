"""Batch columns to template fields, and one sheet row to a design's values, against real
bundled templates (the sheets themselves are read in test_batch_sheets.py)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from app.batch.mapping import (
    apply_overrides,
    auto_map,
    missing_required,
    normalise,
    row_values,
    unmatched_columns,
)
from app.batch.sheets import Row, open_sheet
from app.errors import FieldError, RowProblem

# ---- Columns to fields -------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Nama Peserta", "nama_peserta", "NAMA-PESERTA", "Náma  peserta",
                                    "  nama.peserta ", "Nama (Peserta)"])
def test_normalise_matches_the_ways_people_write_a_header(header):
    assert normalise(header) == "namapeserta"


def test_auto_map_matches_keys_and_labels_in_either_language(sertifikat):
    columns = ["Nama Penerima", "ACARA", "tanggal", "Certificate title", "Kota", "Penanda tangan", "Nama"]
    mapping = auto_map(columns, sertifikat)
    assert mapping == {"judul": "Certificate title", "nama": "Nama Penerima", "acara": "ACARA",
                       "tanggal": "tanggal"}
    # a list field is not filled from one column; "Nama" lost to the label match before it
    assert unmatched_columns(mapping, columns) == ["Kota", "Penanda tangan", "Nama"]
    assert missing_required(mapping, sertifikat) == []


def test_auto_map_gives_each_column_one_field_and_each_field_one_column(produk):
    columns = ["Foto Produk", "Nama produk", "Harga (Rupiah)", "Product photo", "nama_produk"]
    mapping = auto_map(columns, produk)
    assert mapping == {"nama_produk": "Nama produk", "harga": "Harga (Rupiah)", "foto": "Foto Produk"}
    assert unmatched_columns(mapping, columns) == ["Product photo", "nama_produk"]


def test_map_overrides_fix_mangled_headers(tmp_path, sertifikat):
    path = tmp_path / "peserta.csv"
    path.write_bytes("  NAMA_Peserta ;Asal Kota;Tgl Lahir;Judul\r\nJosé;Malang;17/08/2001;Piagam\r\n"
                     .encode("cp1252"))
    sheet = open_sheet(path)
    mapping = auto_map(sheet.columns, sertifikat)
    assert mapping == {"judul": "Judul"}
    mapping = apply_overrides(mapping, sertifikat, sheet.columns,
                              ["nama peserta=nama", "Asal Kota=tempat", "Tgl Lahir=Tanggal"])
    assert mapping == {"judul": "Judul", "nama": "NAMA_Peserta", "tempat": "Asal Kota", "tanggal": "Tgl Lahir"}
    assert [f.key for f in missing_required(mapping, sertifikat)] == ["acara"]
    moved = apply_overrides(mapping, sertifikat, sheet.columns, ["Asal Kota=acara", "Judul="])
    assert moved == {"nama": "NAMA_Peserta", "acara": "Asal Kota", "tanggal": "Tgl Lahir"}
    assert mapping["tempat"] == "Asal Kota"  # the mapping given is not changed


@pytest.mark.parametrize("pair, expected_en, expected_id", [
    ("Kota Asal=tempat", "has no column 'Kota Asal'. Its columns: 'Nama', 'Asal Kota'", "tidak punya kolom"),
    ("Nama=peserta", "has no field 'peserta'. Fields: penyelenggara (Issued by)", "tidak punya field"),
    ("Nama=penandatangan", "is a list; it cannot come from one column", "berisi daftar"),
    ("Nama", "must be column=field", "harus berbentuk"),
])
def test_map_override_errors_say_what_exists(sertifikat, pair, expected_en, expected_id):
    with pytest.raises(FieldError) as caught:
        apply_overrides({}, sertifikat, ["Nama", "Asal Kota"], [pair])
    assert expected_en in caught.value.en_text and expected_id in caught.value.id_text


def test_required_fields_with_samples_still_count_as_missing(sertifikat):
    assert all(f.sample for f in sertifikat.fields if f.required)
    missing = missing_required({"nama": "Nama"}, sertifikat)
    assert [f.key for f in missing] == ["judul", "acara"]


# ---- One row as a design's values ---------------------------------------------------------------

def test_row_values_write_numbers_and_dates_as_people_do(sertifikat, produk, tmp_path):
    row = Row(7, {"Nama": "Ani", "Judul": dt.date(2026, 8, 17), "Acara": 15000, "Tanggal": "17/08/2026",
                  "Tempat": 3.5, "Nomor": dt.date(2026, 8, 7)})
    mapping = {"nama": "Nama", "judul": "Judul", "acara": "Acara", "tanggal": "Tanggal", "tempat": "Tempat",
               "nomor": "Nomor"}
    values, images = row_values(row, mapping, sertifikat, tmp_path)
    assert values == {"nama": "Ani", "judul": "17 Agustus 2026", "acara": "15000", "tanggal": "2026-08-17",
                      "tempat": "3,5", "nomor": "7 Agustus 2026"}
    assert images == {}
    for cell, iso in [(dt.date(2026, 8, 17), "2026-08-17"), ("2026-08-17", "2026-08-17"),
                      ("17 Agustus 2026", "2026-08-17"), ("1-2-2026", "2026-02-01")]:
        got, _ = row_values(Row(2, {"T": cell}), {"tanggal": "T"}, sertifikat, tmp_path)
        assert got == {"tanggal": iso}
    for cell, number in [(15000, 15000), ("Rp 85.000,-", 85000), ("15.000", 15000), ("3,5", 3.5),
                         ("1.250.000,50", 1250000.5), (2.25, 2.25)]:
        got, _ = row_values(Row(2, {"H": cell}), {"harga": "H"}, produk, tmp_path)
        assert got == {"harga": number} and type(got["harga"]) is type(number)


def test_a_blank_cell_leaves_its_field_out_and_a_blank_required_one_is_a_row_problem(sertifikat, tmp_path):
    mapping = {"nama": "Nama", "tempat": "Kota", "acara": "Acara"}
    values, _ = row_values(Row(3, {"Nama": "Ani", "Kota": None, "Acara": "Lomba"}), mapping, sertifikat, tmp_path)
    assert values == {"nama": "Ani", "acara": "Lomba"}  # no sample stands in for the blank city
    with pytest.raises(RowProblem) as caught:
        row_values(Row(9, {"Nama": None, "Kota": "Malang", "Acara": "  "}), mapping, sertifikat, tmp_path)
    problem = caught.value
    assert problem.row_number == 9 and len(problem.problems) == 2
    assert problem.en_text.startswith("Row 9: ") and "Recipient's name (column 'Nama') is blank" in problem.en_text
    assert problem.id_text.startswith("Baris 9: ") and "Nama acara (kolom 'Acara') kosong" in problem.id_text
    assert isinstance(problem, FieldError)


def test_numbers_and_dates_that_cannot_be_read_are_all_reported(sertifikat, produk, tmp_path):
    with pytest.raises(RowProblem) as caught:
        row_values(Row(4, {"T": "besok", "N": "Ani"}), {"tanggal": "T", "nama": "N"}, sertifikat, tmp_path)
    assert "'besok' is not a date (write 2026-08-17 or 17/08/2026)" in caught.value.en_text
    with pytest.raises(RowProblem) as caught:
        row_values(Row(5, {"H": "gratis"}), {"harga": "H"}, produk, tmp_path)
    assert "'gratis' bukan angka" in caught.value.id_text


def test_image_cells_resolve_against_the_sheet_folder(produk, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    (folder / "foto").mkdir(parents=True)
    (folder / "foto" / "kopi.jpg").write_bytes(b"")
    sheet_path = folder / "produk.csv"
    elsewhere = tmp_path / "lain" / "teh.jpg"
    monkeypatch.setenv("HOME", str(tmp_path / "rumah"))
    sheet_path.write_text(
        "Nama Produk,Foto Produk\n"
        "Kopi Gayo,foto/kopi.jpg\n"
        f"Teh Tarik,{elsewhere}\n"
        "Gula Aren,~/gambar/gula.jpg\n"
        "Kopi Toraja,foto\\kopi.jpg\n"
        "Keripik,\n"
        "Dodol,https://contoh.id/dodol.jpg\n", encoding="utf-8")
    sheet = open_sheet(sheet_path)
    mapping = auto_map(sheet.columns, produk)
    assert mapping == {"nama_produk": "Nama Produk", "foto": "Foto Produk"}
    rows = list(sheet.rows())
    found = [row_values(row, mapping, produk, sheet_path.parent)[1].get("foto") for row in rows[:5]]
    assert found[0] == folder / "foto" / "kopi.jpg" and found[0].is_file()
    assert found[1] == elsewhere
    assert found[2] == tmp_path / "rumah" / "gambar" / "gula.jpg"
    assert found[3] == folder / "foto" / "kopi.jpg"
    assert found[4] is None  # a blank image cell leaves the image out
    with pytest.raises(RowProblem) as caught:
        row_values(rows[5], mapping, produk, sheet_path.parent)
    assert caught.value.row_number == 7 and "web address" in caught.value.en_text


def test_an_xlsx_row_becomes_design_values(produk, tmp_path):
    path = tmp_path / "produk.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["nama produk", "HARGA", "Deskripsi singkat", "lokasi"])
    book.active.append(["Kopi Arabika Gayo ☕", 85000, dt.date(2026, 8, 17), None])
    book.save(path)
    sheet = open_sheet(path)
    mapping = auto_map(sheet.columns, produk)
    values, images = row_values(next(sheet.rows()), mapping, produk, path.parent)
    assert values == {"nama_produk": "Kopi Arabika Gayo ☕", "harga": 85000, "deskripsi": "17 Agustus 2026"}
    assert images == {}
