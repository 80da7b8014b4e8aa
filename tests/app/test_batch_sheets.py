"""The input side of batch: real spreadsheets written here (CSV in the encodings Excel writes,
XLSX through openpyxl, ODS through odfpy) read back as a user would expect, and their columns
mapped onto real bundled templates."""

from __future__ import annotations

import datetime as dt
import inspect
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P

from app.batch import sheets
from app.batch.sheets import open_sheet, sheet_names
from app.errors import DiplomatError, SheetError


def _kinds(sheet) -> dict[str, sheets.Note]:
    return {note.kind: note for note in sheet.notes}


def _refused(path: Path, *args) -> SheetError:
    """The error open_sheet gives, checked to be one bilingual, actionable line about `path`."""
    with pytest.raises(SheetError) as caught:
        sheets.open_sheet(path, *args)
    err = caught.value
    assert isinstance(err, DiplomatError) and err.id_text != err.en_text
    assert path.name in err.id_text and path.name in err.en_text
    assert "Traceback" not in err.en_text and "\n" not in err.en_text
    return err


# ---- CSV in the encodings people's spreadsheet apps write --------------------------------------

def test_windows_1252_semicolon_csv_keeps_accents_and_trims_headers(tmp_path):
    path = tmp_path / "peserta.csv"
    path.write_bytes("  NAMA_Peserta ;Asal Kota;Tgl Lahir\r\nJosé;Malang;17/08/2001\r\n"
                     "Rénata ; Bandung ;01/02/1999\r\n".encode("cp1252"))
    sheet = open_sheet(path)
    assert sheet.columns == ["NAMA_Peserta", "Asal Kota", "Tgl Lahir"]
    rows = list(sheet.rows())
    assert [r.values["NAMA_Peserta"] for r in rows] == ["José", "Rénata"]
    assert rows[1].values["Asal Kota"] == "Bandung" and [r.number for r in rows] == [2, 3]
    notes = _kinds(sheet)
    assert "Windows-1252" in notes["encoding"].en_text and "CSV UTF-8" in notes["encoding"].id_text
    assert "semicolon" in notes["delimiter"].en_text and "titik koma" in notes["delimiter"].id_text


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    path = tmp_path / "daftar.txt"  # what Excel's "Unicode Text" save writes: BOM, UTF-16 LE, tabs
    text = "Nama\tKota\tCatatan\r\nĐặng Thị Hà\tMedan\tSelamat 🎉\r\nBudi, S.Kom.\tSolo\t\"a; b, c\"\r\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    sheet = open_sheet(path)
    assert sheet.columns == ["Nama", "Kota", "Catatan"]
    rows = list(sheet.rows())
    assert rows[0].values == {"Nama": "Đặng Thị Hà", "Kota": "Medan", "Catatan": "Selamat 🎉"}
    assert rows[1].values["Nama"] == "Budi, S.Kom." and rows[1].values["Catatan"] == "a; b, c"
    assert "UTF-16" in _kinds(sheet)["encoding"].en_text and "tab" in _kinds(sheet)["delimiter"].en_text


def test_utf8_bom_csv_multiline_cell_and_empty_rows(tmp_path):
    path = tmp_path / "acara.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (
        "Nama,Keterangan,Kota\n"
        "Ani,\"Juara 1\nLomba Poster ✨\",Malang\n"
        ",,\n"
        "   ,  ,\n"
        "\n"
        "Budi,Peserta,Blitar\n"
        ",,\n").encode())
    sheet = open_sheet(path)
    assert sheet.columns[0] == "Nama"  # the BOM is not part of the first header
    rows = list(sheet.rows())
    assert [r.values["Nama"] for r in rows] == ["Ani", "Budi"]
    assert rows[0].values["Keterangan"] == "Juara 1\nLomba Poster ✨"
    assert [r.number for r in rows] == [2, 6]  # as the spreadsheet app numbers them: one row per record
    assert sheet.skipped_empty == 4
    assert "UTF-8 (with BOM)" in _kinds(sheet)["encoding"].en_text
    assert "comma" in _kinds(sheet)["delimiter"].en_text


def test_cells_keep_emoji_and_a_2000_character_paragraph_whole(tmp_path):
    long = ("Pelatihan pemasaran digital untuk UMKM 👩🏽‍💻. " * 60)[:2000].strip()
    path = tmp_path / "emoji.csv"
    path.write_text(f"Nama,Deskripsi\n👨‍👩‍👧 Keluarga Santoso,\"{long}\"\n", encoding="utf-8")
    sheet = open_sheet(path)
    row = next(sheet.rows())
    assert row.values["Nama"] == "👨‍👩‍👧 Keluarga Santoso"
    assert row.values["Deskripsi"] == long and "cut" not in _kinds(sheet)


def test_a_cell_over_the_cap_is_cut_with_a_note(tmp_path):
    path = tmp_path / "panjang.csv"
    path.write_text(f"Nama,Isi\nAni,{'a' * 25_000}\n", encoding="utf-8")
    sheet = open_sheet(path)
    row = next(sheet.rows())
    assert len(row.values["Isi"]) == sheets.MAX_CELL_CHARS
    list(sheet.rows())
    note = _kinds(sheet)["cut"]
    assert "Isi" in note.en_text and "row 2" in note.en_text and "20.000" in note.id_text


def test_ten_thousand_rows_stream_in_little_memory(tmp_path):
    path = tmp_path / "besar.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Nama,Kota,Nomor,Catatan\n")
        for i in range(10_000):
            out.write(f"Peserta {i},Kota {i % 50},{i},\"Catatan panjang untuk peserta nomor {i}, baris kedua\"\n")
    sheet = open_sheet(path)
    rows = sheet.rows()
    assert inspect.isgenerator(rows)
    tracemalloc.start()
    try:
        count, last = 0, None
        for row in rows:
            count, last = count + 1, row
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 10_000 and last.number == 10_001 and last.values["Nomor"] == "9999"
    assert peak < 3 * 1024 * 1024, f"peak {peak} bytes while streaming"


# ---- Workbooks: XLSX and ODS --------------------------------------------------------------------

def _xlsx(path: Path) -> Path:
    """A workbook like a real one: a date, a midnight datetime, 15000 stored as a number, a float,
    a formula whose last saved value is 30000, a boolean, emoji, a merged range, two sheets."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Peserta"
    sheet.append(["Nama", "Tanggal", "Harga", "Nilai", "Total", "Aktif"])
    sheet.append(["José 🎉", dt.date(2026, 8, 17), 15000, 3.5, "=C2*2", True])
    sheet.append(["Rénata", dt.datetime(2026, 8, 18, 0, 0), 20000.0, 0.25, None, False])
    sheet.append([None] * 6)
    sheet.append(["Gabungan", None, 1, 2, 3, None])
    sheet.merge_cells("A5:B5")
    book.create_sheet("Lain")["A1"] = "Catatan"
    book.save(path)
    # openpyxl saves a formula without a value; Excel saves the last one it computed
    _rewrite_member(path, "xl/worksheets/sheet1.xml", b"<f>C2*2</f><v />", b"<f>C2*2</f><v>30000</v>")
    return path


def _rewrite_member(path: Path, member: str, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    assert old in parts[member]
    parts[member] = parts[member].replace(old, new)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def test_xlsx_cells_come_back_as_the_user_sees_them(tmp_path):
    sheet = open_sheet(_xlsx(tmp_path / "peserta.xlsx"))
    assert sheet.columns == ["Nama", "Tanggal", "Harga", "Nilai", "Total", "Aktif"]
    first, second, merged = list(sheet.rows())
    assert first.values == {"Nama": "José 🎉", "Tanggal": dt.date(2026, 8, 17), "Harga": 15000,
                            "Nilai": 3.5, "Total": 30000, "Aktif": True}
    assert type(first.values["Harga"]) is int and type(second.values["Harga"]) is int
    assert type(second.values["Tanggal"]) is dt.date  # midnight: a date, not a datetime
    assert second.values["Aktif"] is False and second.values["Total"] is None
    assert merged.number == 5 and sheet.skipped_empty == 1


def test_xlsx_notes_name_the_merged_range_the_formula_and_the_sheets(tmp_path):
    notes = _kinds(open_sheet(_xlsx(tmp_path / "peserta.xlsx")))
    assert "A5:B5" in notes["merged"].en_text and "A5:B5" in notes["merged"].id_text
    assert "E2" in notes["formula"].en_text and "last value the spreadsheet app saved" in notes["formula"].en_text
    assert "nilai terakhir" in notes["formula"].id_text
    assert "'Peserta'" in notes["worksheet"].en_text and "'Lain'" in notes["worksheet"].en_text


def _ods(path: Path) -> Path:
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Data")

    def text(value, **kw):
        cell = TableCell(valuetype="string", **kw)
        cell.addElement(P(text=value))
        return cell

    def number(value, **kw):
        cell = TableCell(valuetype="float", value=value, **kw)
        cell.addElement(P(text=str(value)))
        return cell

    def date(value):
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
        cell.addElement(P(text=value.isoformat()))
        return cell

    rows = [
        [text("Nama"), text("Tanggal"), text("Harga"), text("Nilai"), text("Total")],
        [text("Siti 🌸"), date(dt.date(2026, 8, 17)), number(15000), number(3.5), number(30000, formula="of:=[.C2]*2")],
        [text("Gabungan", numbercolumnsspanned=2), CoveredTableCell(), number(1), number(2), number(3)],
    ]
    for cells in rows:
        row = TableRow()
        for cell in cells:
            row.addElement(cell)
        table.addElement(row)
    tail = TableRow(numberrowsrepeated=1_048_000)  # LibreOffice's trailing empty rows
    tail.addElement(TableCell(numbercolumnsrepeated=1024))
    table.addElement(tail)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def test_ods_cells_and_notes(tmp_path):
    sheet = open_sheet(_ods(tmp_path / "data.ods"))
    assert sheet.columns == ["Nama", "Tanggal", "Harga", "Nilai", "Total"]
    first, merged = list(sheet.rows())
    assert first.values == {"Nama": "Siti 🌸", "Tanggal": dt.date(2026, 8, 17), "Harga": 15000,
                            "Nilai": 3.5, "Total": 30000}
    assert type(first.values["Harga"]) is int and merged.values["Tanggal"] is None
    notes = _kinds(sheet)
    assert "A3:B3" in notes["merged"].en_text and "E2" in notes["formula"].en_text
    assert "worksheet" not in notes  # one sheet: nothing to choose


def test_choosing_a_sheet_by_name_and_a_name_that_does_not_exist(tmp_path):
    path = _xlsx(tmp_path / "peserta.xlsx")
    assert sheet_names(path) == ["Peserta", "Lain"]
    assert open_sheet(path, "Lain").columns == ["Catatan"]
    assert open_sheet(path, " lain ").name == "Lain"
    err = _refused(path, "Absensi")
    assert "'Absensi'" in err.en_text and "'Peserta', 'Lain'" in err.en_text and "Lembar yang ada" in err.id_text
    csv_path = tmp_path / "data.csv"
    csv_path.write_text("Nama\nAni\n", encoding="utf-8")
    assert sheet_names(csv_path) == ["data"] and open_sheet(csv_path, "data").columns == ["Nama"]
    assert "--sheet" in _refused(csv_path, "Peserta").en_text


# ---- What cannot be read: one bilingual line, never a traceback ---------------------------------

def test_a_damaged_xlsx(tmp_path):
    good = _xlsx(tmp_path / "asli.xlsx").read_bytes()
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(good[: len(good) // 2])
    assert "damaged" in _refused(path).en_text and "rusak" in _refused(path).id_text


@pytest.mark.parametrize("name, content, expected", [
    ("foto.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "not a spreadsheet"),
    ("laporan.xls", b"<html><body><table><tr><td>Nama</td></tr></table></body></html>", "web page"),
    ("arsip.xlsx", None, "ZIP file but not a spreadsheet"),
    ("kosong.csv", b"", "no header row"),
    ("kosong2.csv", b"\n;;\n ; \n\n", "no header row"),
    ("ganda.csv", b"Nama,Kota,nama \nAni,Malang,Ani\n", "'nama' appears twice"),
])
def test_files_that_cannot_be_read(tmp_path, name, content, expected):
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("foto.jpg", b"not really")
    else:
        path.write_bytes(content)
    assert expected in _refused(path).en_text


def test_an_xls_that_is_really_text_is_read_with_a_note(tmp_path):
    path = tmp_path / "pesanan.xls"  # what many shop and bank exports are
    path.write_text("No. Pesanan\tProduk\tHarga\n1001\tKopi Gayo\t85000\n", encoding="utf-8")
    sheet = open_sheet(path)
    assert next(sheet.rows()).values == {"No. Pesanan": "1001", "Produk": "Kopi Gayo", "Harga": "85000"}
    assert "really plain text" in _kinds(sheet)["csv_named_workbook"].en_text


def test_a_workbook_whose_first_row_is_data(tmp_path):
    path = tmp_path / "tanpa-judul.xlsx"
    book = openpyxl.Workbook()
    book.active.append([15000, dt.date(2026, 8, 17)])
    book.save(path)
    err = _refused(path)
    assert "row 1 holds data, not column names" in err.en_text and "Sisipkan" in err.id_text


def test_missing_folder_and_oversized_files(tmp_path):
    assert "was not found" in _refused(tmp_path / "tidak-ada.csv").en_text
    (tmp_path / "folder.csv").mkdir()
    assert "is a folder" in _refused(tmp_path / "folder.csv").en_text
    huge = tmp_path / "besar.csv"
    with huge.open("wb") as out:
        out.truncate(sheets.MAX_BYTES + 1)  # sparse: nothing is written
    assert "over the limit of 200 MB" in _refused(huge).en_text


def test_duplicate_headers_name_both_columns(tmp_path):
    path = tmp_path / "ganda.csv"
    path.write_text("Nama,Kota,NAMA\nAni,Malang,Budi\n", encoding="utf-8")
    err = _refused(path)
    assert "columns A, C" in err.en_text and "kolom A, C" in err.id_text


def test_a_cell_far_away_is_refused_before_anything_is_loaded(tmp_path):
    path = tmp_path / "jauh.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nama"])
    book.active.cell(row=1_048_576, column=16_384, value="x")  # XFD1048576: 17 billion cells
    book.save(path)
    started = time.perf_counter()
    err = _refused(path)
    assert time.perf_counter() - started < 2
    assert "Ctrl+End" in err.en_text and "Ctrl+End" in err.id_text


def test_hostile_text_does_not_hang_the_reader(tmp_path):
    path = tmp_path / "jahat.csv"
    path.write_text('",' * 40_000, encoding="utf-8")  # csv.Sniffer needs 27 s for 64 KB of this
    started = time.perf_counter()
    assert "appears twice" in _refused(path).en_text  # its "headers" repeat; refused at once
    assert time.perf_counter() - started < 2
    unclosed = tmp_path / "kutip.csv"
    unclosed.write_text('Nama,Isi\nAni,"tidak ditutup\n' + "x" * 200 + "\n" * 10, encoding="utf-8")
    with pytest.raises(SheetError) as caught:
        list(open_sheet(unclosed).rows())
    assert "row 2" in caught.value.en_text and "quote" in caught.value.en_text


def test_too_many_columns_and_unnamed_columns_are_noted(tmp_path):
    path = tmp_path / "lebar.csv"
    header = ",".join(["Nama", "", "Kota"] + [f"K{i}" for i in range(600)])
    path.write_text(header + "\n" + ",".join(["Ani", "x", "Malang"] + ["1"] * 600) + "\n", encoding="utf-8")
    sheet = open_sheet(path)
    assert len(sheet.columns) == sheets.MAX_COLUMNS and sheet.columns[:3] == ["Nama", "Kolom B", "Kota"]
    row = next(sheet.rows())
    assert row.values["Kolom B"] == "x" and len(row.values) == sheets.MAX_COLUMNS
    list(sheet.rows())
    notes = _kinds(sheet)
    assert "only the first 500" in notes["too_many_columns"].en_text
    assert '"Kolom B"' in notes["unnamed_column"].en_text and "Row 2 has" in notes["extra_cells"].en_text
