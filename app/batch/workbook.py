"""XLSX, XLS and ODS through python-calamine, with cell values as the user sees them.

Calamine loads a worksheet's whole used area, as wide and tall as its farthest cell: one cell
at XFD1048576 in a 5 KB file asks for billions of cells. So the sheet's XML is first read as a
stream (bounded, no DTDs) to measure that area, and the same pass finds formulas (which calamine
does not expose) and, for ODS, merged cells (calamine gives merged ranges for XLSX and XLS only).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import python_calamine

from app.batch import xlsscan
from app.batch.notes import Note, cell_ref, en_number, id_number, listing, sheet_error
from app.batch.xmlscan import SheetScan, declared_strings, scan_ods, scan_xlsx
from app.errors import SheetError

MAX_CELLS = 5_000_000  # rows x columns of the used area calamine would hold
MAX_UNZIPPED = 1024**3  # the declared size of everything in an XLSX or ODS
MAX_SHARED_STRINGS = MAX_CELLS  # distinct texts a workbook may declare (calamine reserves them)
_SMALLEST_STRING = 5  # bytes of the shortest shared string, "<si/>"; a reference takes as many
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MIDNIGHT = dt.time(0)


def is_workbook(head: bytes) -> bool:
    return head.startswith((ZIP_MAGIC, OLE_MAGIC))


def worksheet_names(path: Path, head: bytes) -> list[str]:
    return _worksheets(_open(path, head))


def _worksheets(book: python_calamine.CalamineWorkbook) -> list[str]:
    return [m.name for m in book.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet]


class WorkbookSheet:
    """One worksheet of a workbook; rows are numbered as the spreadsheet app numbers them."""

    def __init__(self, path: Path, head: bytes, wanted: str | None):
        self.path = path
        self.kind = _kind(path, head)
        book = _open(path, head)
        self.name = _pick(path, book, wanted)
        scan = _scan(path, self.kind, self.name)
        try:
            self._sheet = book.get_sheet_by_name(self.name)
        except BaseException as exc:  # noqa: BLE001 (a Rust panic is a BaseException)
            _reraise_interrupt(exc)
            raise _damaged(path, self.kind) from None
        self.notes = _notes(self.name, _worksheets(book), self._sheet, scan)

    def raw_rows(self) -> Iterator[tuple[int, list[object]]]:
        first = self._sheet.start[0] if self._sheet.start else 0
        for index, cells in enumerate(self._sheet.iter_rows()):
            yield first + index + 1, [_value(cell) for cell in cells]


def _value(cell: object) -> object:
    """A cell as the user sees it: 15000.0 is 15000, a datetime at midnight is a date."""
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    if isinstance(cell, dt.datetime) and cell.time() == _MIDNIGHT and cell.tzinfo is None:
        return cell.date()
    return cell


def _kind(path: Path, head: bytes) -> str:
    if head.startswith(OLE_MAGIC):
        return "xls"
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _damaged(path, "xlsx") from None
    names = {info.filename for info in infos}
    if sum(info.file_size for info in infos) > MAX_UNZIPPED:
        raise sheet_error(path, "isinya terlalu besar setelah dibuka (lebih dari 1 GB)",
                          "unpacks to more than 1 GB", "Pecah lembarnya menjadi beberapa berkas.",
                          "Split the sheet into several files.")
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "content.xml" in names:
        return "ods"
    raise sheet_error(path, "berkas ZIP, tetapi bukan lembar kerja", "is a ZIP file but not a spreadsheet",
                      "Pilih berkas .xlsx, .xls, .ods atau .csv.", "Choose an .xlsx, .xls, .ods or .csv file.")


def _open(path: Path, head: bytes) -> python_calamine.CalamineWorkbook:
    kind = "xls" if head.startswith(OLE_MAGIC) else "xlsx"
    if head.startswith(ZIP_MAGIC):
        _check_shared_strings(path)
    elif head.startswith(OLE_MAGIC):
        _check_xls(path)
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise sheet_error(path, "dilindungi kata sandi", "is protected with a password",
                          "Buka di aplikasi lembar kerja, hapus kata sandinya, lalu simpan ulang.",
                          "Open it in your spreadsheet app, remove the password, then save it again.") from None
    except BaseException as exc:  # noqa: BLE001 (a Rust panic is a BaseException)
        _reraise_interrupt(exc)
        raise _damaged(path, kind) from None


def _check_shared_strings(path: Path) -> None:
    """Refuse a sharedStrings part whose declared counts cannot be real, before calamine reserves
    memory for them: more distinct strings than the part has room for, or references than the
    whole workbook has room for."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            total = sum(info.file_size for info in infos)
            for info in infos:
                if info.filename.lower().endswith("sharedstrings.xml"):
                    with archive.open(info) as stream:
                        declared = declared_strings(stream)
                    room = {"uniqueCount": min(info.file_size // _SMALLEST_STRING, MAX_SHARED_STRINGS),
                            "count": total // _SMALLEST_STRING}
                    for key, claimed in declared.items():
                        if claimed > room[key]:
                            raise _impossible_strings(path, key, claimed, info.file_size)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        raise _damaged(path, "xlsx") from None


def _check_xls(path: Path) -> None:
    """Refuse an XLS whose header or a sheet's DIMENSIONS declares more than can be real, before
    calamine reserves memory for it (it asked for 43 TB and aborted)."""
    try:
        xlsscan.check(path, MAX_CELLS)
    except xlsscan.XlsDeclaration as exc:
        if exc.area is None:
            raise _damaged(path, "xls") from None
        rows, cols = exc.area
        raise sheet_error(
            path, f"sebuah lembarnya mengaku terpakai sampai {id_number(rows)} baris x {id_number(cols)} kolom, "
            f"melebihi batas {id_number(MAX_CELLS)} sel",
            f"a sheet in it claims to be used out to {en_number(rows)} rows x {en_number(cols)} columns, over "
            f"the limit of {en_number(MAX_CELLS)} cells",
            "Buka di aplikasi lembar kerja lalu simpan ulang sebagai .xlsx atau .csv.",
            "Open it in your spreadsheet app and save it again as .xlsx or .csv.") from None
    except Exception:  # noqa: BLE001 (olefile raises OSError, ValueError, struct.error and its own)
        raise _damaged(path, "xls") from None


def _impossible_strings(path: Path, key: str, claimed: int, size: int) -> SheetError:
    return sheet_error(
        path, f"daftar teksnya (sharedStrings.xml) mengaku berisi {id_number(claimed)} teks ({key}), padahal "
        f"bagian itu hanya {id_number(size)} bita: berkasnya rusak atau sengaja dibuat salah",
        f"its text table (sharedStrings.xml) claims {en_number(claimed)} strings ({key}) in a part of only "
        f"{en_number(size)} bytes: the file is damaged or deliberately malformed",
        "Buka di aplikasi lembar kerja lalu simpan ulang sebagai .xlsx atau .csv.",
        "Open it in your spreadsheet app and save it again as .xlsx or .csv.",
    )


def _reraise_interrupt(exc: BaseException) -> None:
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise exc


def _damaged(path: Path, kind: str) -> SheetError:
    extra_id, extra_en = ("", "")
    if kind == "xls":
        extra_id, extra_en = " atau dilindungi kata sandi", " or protected with a password"
    return sheet_error(
        path, f"rusak atau bukan berkas {kind.upper()} yang sebenarnya{extra_id}",
        f"is damaged or not a real {kind.upper()} file{extra_en}",
        "Buka di aplikasi lembar kerja lalu simpan ulang sebagai .xlsx atau .csv.",
        "Open it in your spreadsheet app and save it again as .xlsx or .csv.",
    )


def _pick(path: Path, book: python_calamine.CalamineWorkbook, wanted: str | None) -> str:
    sheets = [m for m in book.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet]
    names = [m.name for m in sheets]
    if not names:
        raise sheet_error(path, "tidak punya lembar kerja berisi tabel", "has no worksheet with a table",
                          "Simpan ulang dengan data di lembar pertama.", "Save it again with the data on a worksheet.")
    if wanted is None:
        visible = [m.name for m in sheets if m.visible == python_calamine.SheetVisibleEnum.Visible]
        return (visible or names)[0]
    if wanted in names:
        return wanted
    close = [n for n in names if n.strip().casefold() == wanted.strip().casefold()]
    if len(close) == 1:
        return close[0]
    have = ", ".join(f"'{n}'" for n in names)
    raise sheet_error(path, f"tidak punya lembar '{wanted}'", f"has no sheet named '{wanted}'",
                      f"Lembar yang ada: {have}.", f"The sheets it has: {have}.")


def _scan(path: Path, kind: str, name: str) -> SheetScan | None:
    if kind not in ("xlsx", "ods"):
        return None  # binary formats: calamine's own limits (XLS: 65,536 x 256) bound the area
    try:
        with zipfile.ZipFile(path) as archive:
            if kind == "ods":
                with archive.open("content.xml") as stream:
                    scan = scan_ods(stream, name, MAX_CELLS)
            else:
                with archive.open(_xlsx_part(archive, name)) as stream:
                    scan = scan_xlsx(stream, MAX_CELLS)
    except (zipfile.BadZipFile, zlib.error, KeyError, StopIteration, OSError, ValueError, EOFError,
            RuntimeError, NotImplementedError, ElementTree.ParseError):
        raise _damaged(path, kind) from None
    if scan.too_big:
        rows, cols = scan.area
        raise sheet_error(
            path, f"lembar '{name}' terpakai sampai {id_number(rows)} baris x {id_number(cols)} kolom, "
            f"melebihi batas {id_number(MAX_CELLS)} sel",
            f"sheet '{name}' is used out to {en_number(rows)} rows x {en_number(cols)} columns, over the limit "
            f"of {en_number(MAX_CELLS)} cells",
            "Hapus baris dan kolom kosong yang jauh di bawah atau di kanan data (Ctrl+End menunjukkan ujung "
            "lembar), lalu simpan ulang.",
            "Delete the empty rows and columns far below or right of the data (Ctrl+End shows where the "
            "sheet ends), then save it again.",
        )
    return scan


def _xlsx_part(archive: zipfile.ZipFile, name: str) -> str:
    """The zip member holding worksheet `name`: workbook.xml names it, its rels file locates it."""
    book = ElementTree.fromstring(_small(archive, "xl/workbook.xml"))
    rels = ElementTree.fromstring(_small(archive, "xl/_rels/workbook.xml.rels"))
    rel_id = next(s.get(f"{_NS_REL}id") for s in book.iter(f"{_NS_MAIN}sheet") if s.get("name") == name)
    target = next(r.get("Target") for r in rels.iter(f"{_NS_PKG}Relationship") if r.get("Id") == rel_id)
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")


def _small(archive: zipfile.ZipFile, member: str, limit: int = 16 * 1024 * 1024) -> bytes:
    with archive.open(member) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit or b"<!DOCTYPE" in data:
        raise ValueError(member)
    return data


def _notes(name: str, names: list[str], sheet: python_calamine.CalamineSheet,
           scan: SheetScan | None) -> list[Note]:
    notes = []
    if len(names) > 1:
        others = ", ".join(f"'{n}'" for n in names)
        notes.append(Note(f"Membaca lembar '{name}' (lembar yang ada: {others}). Pilih lembar lain "
                          "dengan --sheet.",
                          f"Reading sheet '{name}' (the sheets: {others}). Choose another with --sheet.",
                          "worksheet"))
    # calamine knows the merges of XLSX and XLS; the scan found those of an ODS
    ranges = sheet.merged_cell_ranges or []
    merged = [f"{cell_ref(*start)}:{cell_ref(*end)}" for start, end in ranges]
    total = len(merged)
    if not merged and scan is not None:
        merged, total = scan.merged, scan.counts["merged"]
    if merged:
        shown_id, shown_en = listing(merged, total)
        notes.append(Note(
            f"Ada sel gabungan (merge) di {shown_id}: hanya sel kiri-atas yang berisi nilai, sel lain di "
            "dalamnya dibaca kosong. Pisahkan gabungannya bila setiap baris perlu nilainya sendiri.",
            f"There are merged cells at {shown_en}: only the top-left cell holds the value, the others in "
            "the range are read as blank. Unmerge them if every row needs its own value.",
            "merged"))
    if scan is not None and scan.formulas:
        shown_id, shown_en = listing(scan.formulas, scan.counts["formulas"])
        cells_en = f"Cell {shown_en} holds a formula" if scan.counts["formulas"] == 1 else \
            f"Cells {shown_en} hold formulas"
        notes.append(Note(
            f"Sel {shown_id} berisi rumus. Yang dipakai adalah nilai terakhir yang disimpan aplikasi lembar "
            "kerja; bila selnya kosong atau nilainya sudah lama, buka berkasnya, hitung ulang, lalu simpan.",
            f"{cells_en}. The value used is the last value the spreadsheet app saved; if a cell is blank or "
            "out of date, open the file, let it recalculate, then save it.",
            "formula"))
    return notes
