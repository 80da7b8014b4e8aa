"""A batch's spreadsheet: its columns, how it was read, and its rows as a stream.

    sheet = open_sheet(Path("peserta.xlsx"), sheet="Peserta")
    sheet.columns      # ["Nama", "Kota", ...]: the header cells, trimmed
    sheet.notes        # how it was read: encoding, delimiter, merged cells, formulas, cut cells
    for row in sheet.rows():
        row.number     # as the user's spreadsheet app shows it: the header is 1, data from 2
        row.values     # column -> cell: str, int, float, bool, date, datetime, time; None if blank

CSV and tab-separated text stream from the disk (textsheet); XLSX, XLS and ODS go through
python-calamine (workbook). The file's bytes decide which, not its name: an ".xls" that is
really a tab-separated export is read as text. Sheets come from users, so each one is bounded:
its size on disk, its columns, each cell's length, each line's length, its used area.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.batch.notes import Note, column_letters, en_number, id_number, listing, sheet_error
from app.batch.textsheet import TextSheet
from app.batch.workbook import WorkbookSheet, is_workbook, worksheet_names

__all__ = ["Note", "Row", "Sheet", "open_sheet", "sheet_names"]

MAX_BYTES = 200 * 1024 * 1024
MAX_COLUMNS = 500
MAX_CELL_CHARS = 20_000
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")


@dataclass(frozen=True)
class Row:
    number: int  # the row number the user sees in their spreadsheet app
    values: dict[str, object]  # column -> cell; a blank cell is None


class Sheet:
    """One table: the header row gives the columns; `rows()` streams the rows below it."""

    def __init__(self, path: Path, source: TextSheet | WorkbookSheet, name: str):
        self.path = path
        self.name = name  # the worksheet's name; a text file's is its stem
        self.kind = source.kind
        self._source = source
        self.skipped_empty = 0
        self._base_notes = list(source.notes)
        if self.kind == "csv" and path.suffix.lower() in _WORKBOOK_SUFFIXES:
            self._base_notes.append(Note(
                f"Berkas {path.name} sebenarnya teks biasa (CSV), bukan lembar kerja; dibaca sebagai CSV.",
                f"The file {path.name} is really plain text (CSV), not a workbook; it was read as CSV.",
                "csv_named_workbook"))
        self.header_number, self.columns = self._read_header()
        self.notes = list(self._base_notes)

    def _read_header(self) -> tuple[int, list[str]]:
        rows = self._source.raw_rows()
        try:
            for number, cells in rows:
                if any(not _blank(cell) for cell in cells):
                    return number, self._columns(number, cells)
        finally:
            rows.close()
        raise sheet_error(self.path, "kosong: tidak ada baris judul kolom", "is empty: it has no header row",
                          "Baris pertama harus berisi nama kolom, misalnya Nama, Kota, Foto.",
                          "The first row must hold the column names, e.g. Name, City, Photo.")

    def _columns(self, number: int, cells: list[object]) -> list[str]:
        if self.kind != "csv" and not any(isinstance(cell, str) and cell.strip() for cell in cells):
            raise sheet_error(self.path, f"baris {number} berisi data, bukan nama kolom",
                              f"row {number} holds data, not column names",
                              "Sisipkan satu baris di atasnya dengan nama tiap kolom.",
                              "Insert a row above it naming each column.")
        names = [_header_text(cell) for cell in cells]
        while names and not names[-1]:
            names.pop()
        if len(names) > MAX_COLUMNS:
            self._base_notes.append(Note(
                f"Lembar ini punya {id_number(len(names))} kolom; hanya {id_number(MAX_COLUMNS)} kolom pertama yang "
                "dibaca.",
                f"This sheet has {en_number(len(names))} columns; only the first {en_number(MAX_COLUMNS)} are read.",
                "too_many_columns"))
            names = names[:MAX_COLUMNS]
        unnamed = [i for i, name in enumerate(names) if not name]
        for i in unnamed:
            names[i] = f"Kolom {column_letters(i)}"
        if unnamed:
            shown_id, shown_en = listing([f"\"{names[i]}\"" for i in unnamed])
            self._base_notes.append(Note(
                f"Ada kolom tanpa judul di baris {number}; namanya menjadi {shown_id}.",
                f"Some columns have no header in row {number}; they are called {shown_en}.",
                "unnamed_column"))
        self._refuse_duplicates(number, names)
        return names

    def _refuse_duplicates(self, number: int, names: list[str]) -> None:
        seen: dict[str, int] = {}
        for i, name in enumerate(names):
            first = seen.setdefault(name.casefold(), i)
            if first != i:
                where = f"{column_letters(first)}, {column_letters(i)}"
                raise sheet_error(
                    self.path, f"judul kolom '{name}' muncul dua kali di baris {number} (kolom {where})",
                    f"the column header '{name}' appears twice in row {number} (columns {where})",
                    "Beri setiap kolom judul yang berbeda, lalu simpan ulang.",
                    "Give every column a different header, then save it again.")

    def rows(self) -> Iterator[Row]:
        """The rows below the header, one at a time; blank rows are skipped and counted in
        `skipped_empty`. Cut cells and cells beyond the last column are noted at the end."""
        self.skipped_empty = 0
        tally = _Tally()
        try:
            for number, cells in self._source.raw_rows():
                if number <= self.header_number:
                    continue
                values = self._values(number, cells, tally)
                if values is None:
                    self.skipped_empty += 1
                    continue
                yield Row(number, values)
        finally:
            self.notes = self._base_notes + tally.notes()

    def _values(self, number: int, cells: list[object], tally: _Tally) -> dict[str, object] | None:
        values: dict[str, object] = {}
        empty = True
        for column, cell in zip(self.columns, cells, strict=False):
            value = _cell(cell, number, column, tally)
            values[column] = value
            empty = empty and value is None
        for column in self.columns[len(cells):]:
            values[column] = None
        if any(not _blank(cell) for cell in cells[len(self.columns):]):
            tally.extra.append(number)
        return None if empty else values


class _Tally:
    """What happened to cells while streaming, for one note each rather than one per cell."""

    def __init__(self):
        self.cut: list[str] = []
        self.cut_count = 0
        self.extra: list[int] = []

    def notes(self) -> list[Note]:
        notes = []
        if self.cut_count:
            shown_id, shown_en = listing(self.cut, self.cut_count)
            notes.append(Note(
                f"Sel terlalu panjang dipotong menjadi {id_number(MAX_CELL_CHARS)} karakter: {shown_id}.",
                f"Cells too long were cut to {en_number(MAX_CELL_CHARS)} characters: {shown_en}.", "cut"))
        if self.extra:
            shown_id, shown_en = listing([str(n) for n in self.extra[:50]], len(self.extra))
            rows_en = f"Row {shown_en} has" if len(self.extra) == 1 else f"Rows {shown_en} have"
            notes.append(Note(
                f"Baris {shown_id} punya isi di kanan kolom terakhir yang berjudul; isi itu diabaikan.",
                f"{rows_en} cells right of the last column with a header; those cells are ignored.",
                "extra_cells"))
        return notes


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _cell(cell: object, number: int, column: str, tally: _Tally) -> object:
    if not isinstance(cell, str):
        return cell
    text = cell.strip()
    if not text:
        return None
    if len(text) > MAX_CELL_CHARS:
        tally.cut_count += 1
        if len(tally.cut) < 50:
            tally.cut.append(f"{column} (baris/row {number})")
        text = text[:MAX_CELL_CHARS].rstrip()
    return text


def _header_text(cell: object) -> str:
    if cell is None:
        return ""
    if hasattr(cell, "isoformat"):
        return cell.isoformat()
    return str(cell).strip()[:200]


def _read_head(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise sheet_error(path, "adalah folder", "is a folder", "Pilih berkas lembar kerjanya.",
                              "Choose the spreadsheet file itself.")
        if path.exists() and not path.is_file():  # a FIFO or a device: reading it would never end
            raise sheet_error(path, "bukan berkas biasa", "is not an ordinary file", "Pilih berkas lembar kerjanya.",
                              "Choose the spreadsheet file itself.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise sheet_error(
                path, f"berukuran {id_number(size // 2**20)} MB, melebihi batas {id_number(MAX_BYTES // 2**20)} MB",
                f"is {en_number(size // 2**20)} MB, over the limit of {en_number(MAX_BYTES // 2**20)} MB",
                "Pecah menjadi beberapa berkas lalu jalankan satu per satu.",
                "Split it into several files and run them one at a time.")
        with open(path, "rb") as stream:
            return stream.read(64 * 1024)
    except FileNotFoundError:
        raise sheet_error(path, "tidak ditemukan", "was not found", "Periksa nama dan foldernya.",
                          "Check its name and folder.") from None
    except OSError as exc:
        raise sheet_error(path, f"tidak bisa dibuka ({exc.strerror})", f"cannot be opened ({exc.strerror})",
                          "Periksa izin berkasnya, atau tutup aplikasi yang sedang memakainya.",
                          "Check the file's permissions, or close the app that has it open.") from None


def sheet_names(path: Path) -> list[str]:
    """The worksheets of a workbook, in order; a text file has one, named after the file."""
    path = Path(path)
    head = _read_head(path)
    if is_workbook(head):
        return worksheet_names(path, head)
    return [path.stem]


def open_sheet(path: Path, sheet: str | None = None) -> Sheet:
    """The sheet's header and notes, read now; its rows stream later through `rows()`.
    Every problem is a SheetError that names the file and says what to do."""
    path = Path(path)
    head = _read_head(path)
    if is_workbook(head):
        source = WorkbookSheet(path, head, sheet)
        return Sheet(path, source, source.name)
    if sheet is not None and sheet.strip().casefold() != path.stem.casefold():
        raise sheet_error(path, f"tidak punya lembar '{sheet}': berkas teks (CSV) hanya punya satu",
                          f"has no sheet named '{sheet}': a text (CSV) file has only one",
                          f"Hapus --sheet, atau pakai '{path.stem}'.", f"Leave out --sheet, or use '{path.stem}'.")
    return Sheet(path, TextSheet(path, head), path.stem)
