"""CSV and tab-separated text: the encoding and the delimiter are found, then rows stream.

Excel on Windows writes "CSV" in the machine's code page (Windows-1252 for Indonesian and
English), "CSV UTF-8" with a BOM, and "Unicode text" as UTF-16 with tabs. A BOM or a strict
UTF-8 pass over the whole file decides most files; charset-normalizer judges the rest among the
encodings our users' files actually come in, and Windows-1252 is the fallback. The file is read
a line at a time, each line bounded, so a 10,000-row sheet never sits in memory.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

from app.batch.notes import Note, id_number, sheet_error
from app.errors import SheetError

MAX_LINE_CHARS = 2_000_000  # one physical line; a cell is cut far below this
SAMPLE_BYTES = 64 * 1024
SNIFF_CHARS = 4096
_CHUNK = 1024 * 1024
# Latin-script text that is not UTF-8 is Windows-1252 in practice; UTF-16 without a BOM is the
# other real case. Left unconstrained, charset-normalizer calls short Indonesian text cp1250.
_CANDIDATES = ["cp1252", "utf_16_le", "utf_16_be"]
_BOMS = [  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (dengan BOM)", "UTF-8 (with BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (Unicode)", "UTF-16 (Unicode)"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (Unicode)", "UTF-16 (Unicode)"),
]
_NAMES = {"cp1252": "Windows-1252", "utf_16_le": "UTF-16 LE", "utf_16_be": "UTF-16 BE"}
_DELIMITERS = {",": ("koma (,)", "comma (,)"), ";": ("titik koma (;)", "semicolon (;)"),
               "\t": ("tab", "tab")}


class TextSheet:
    """Rows of a delimited text file, numbered as a spreadsheet app numbers them."""

    kind = "csv"

    def __init__(self, path: Path, head: bytes):
        self.path = path
        self.encoding, encoding_note = _detect_encoding(path, head)
        sample = self._sample()
        self.delimiter = _sniff_delimiter(sample)
        name_id, name_en = _DELIMITERS[self.delimiter]
        self.notes = [encoding_note, Note(f"Pemisah kolom: {name_id}.", f"Column delimiter: {name_en}.",
                                          "delimiter")]

    def _sample(self) -> str:
        with open(self.path, encoding=self.encoding, errors="replace", newline="") as stream:
            text = stream.read(SAMPLE_BYTES)
        if "\x00" in text:
            raise _not_a_sheet(self.path)
        if text.lstrip()[:1] == "<":
            raise sheet_error(  # web apps export "Excel" files that are really HTML or XML
                self.path, "berisi halaman web (HTML) atau XML, bukan lembar kerja",
                "holds a web page (HTML) or XML, not a spreadsheet",
                "Buka di aplikasi lembar kerja lalu simpan ulang sebagai .xlsx atau .csv.",
                "Open it in your spreadsheet app and save it again as .xlsx or .csv.")
        # csv.Sniffer's regular expressions take cubic time on some input ('",' repeated: 27 s
        # for 64 KB), so it sees the first lines only: 4 KB is a header and a few rows
        text = text[:SNIFF_CHARS]
        cut = max(text.rfind("\n"), text.rfind("\r"))
        return text[:cut] if cut > 0 else text

    def raw_rows(self) -> Iterator[tuple[int, list[object]]]:
        number = 0
        with open(self.path, encoding=self.encoding, errors="replace", newline="") as stream:
            # strict: a quote never closed is an error naming its row, not the rest of the file
            # swallowed into one cell
            reader = csv.reader(_bounded_lines(stream, lambda: number + 1), delimiter=self.delimiter,
                                strict=True)
            try:
                for number, cells in enumerate(reader, start=1):
                    yield number, cells
            except csv.Error as exc:
                raise _bad_row(self.path, number + 1, exc) from None


def _bounded_lines(stream, row_number) -> Iterator[str]:
    while line := stream.readline(MAX_LINE_CHARS + 1):
        if len(line) > MAX_LINE_CHARS:
            raise SheetError(
                f"{stream.name}: baris {row_number()} lebih dari {id_number(MAX_LINE_CHARS)} karakter. Periksa "
                "tanda kutip (\") yang tidak ditutup di sekitar baris itu, lalu simpan ulang.",
                f"{stream.name}: row {row_number()} is longer than {MAX_LINE_CHARS:,} characters. Look for "
                "a quote mark (\") that is never closed near that row, then save the file again.",
            )
        yield line


def _bad_row(path: Path, number: int, exc: csv.Error) -> SheetError:
    return SheetError(
        f"{path}: baris {number} tidak bisa dibaca. Sering karena tanda kutip (\") yang tidak "
        "ditutup; perbaiki baris itu atau simpan ulang dari aplikasi lembar kerja.",
        f"{path}: row {number} cannot be read ({exc}). Often a quote mark (\") that is never closed; "
        "fix that row or save the file again from your spreadsheet app.",
    )


def _not_a_sheet(path: Path) -> SheetError:
    return sheet_error(path, "bukan lembar kerja atau CSV", "is not a spreadsheet or a CSV file",
                       "Pilih berkas .csv, .xlsx, .xls atau .ods.", "Choose a .csv, .xlsx, .xls or .ods file.")


def _detect_encoding(path: Path, head: bytes) -> tuple[str, Note]:
    for bom, encoding, name_id, name_en in _BOMS:
        if head.startswith(bom):
            return encoding, _encoding_note(name_id, name_en)
    if b"\x00" not in head:
        bad_at = _first_invalid_utf8(path)
        if bad_at is None:
            return "utf-8", _encoding_note("UTF-8", "UTF-8")
        return _guess(path, head, bad_at)
    return _guess(path, head, None)


def _first_invalid_utf8(path: Path) -> int | None:
    """The offset of the first byte that is not UTF-8, or None: the whole file is checked, since
    Windows-1252 letters may first appear in row 9,000."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    offset = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return offset + exc.start
            offset += len(chunk)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return offset
    return None


def _guess(path: Path, head: bytes, bad_at: int | None) -> tuple[str, Note]:
    sample = head
    if bad_at is not None and bad_at >= len(head):
        with open(path, "rb") as stream:
            stream.seek(max(0, bad_at - SAMPLE_BYTES // 2))
            sample = head + b"\n" + stream.read(SAMPLE_BYTES)
    best = charset_normalizer.from_bytes(sample, cp_isolation=_CANDIDATES).best()
    if best is None and b"\x00" in head:
        raise _not_a_sheet(path)
    encoding = best.encoding if best is not None else "cp1252"
    name = _NAMES.get(encoding, encoding)
    if encoding == "cp1252":
        return encoding, Note(
            f"Berkas ini bukan UTF-8; dibaca sebagai {name}, pengodean CSV dari Excel di Windows. Bila ada "
            "huruf yang tampak aneh, simpan ulang sebagai \"CSV UTF-8\".",
            f"This file is not UTF-8; it was read as {name}, the encoding of Excel's CSV on Windows. If "
            "some letters look wrong, save it again as \"CSV UTF-8\".",
            "encoding",
        )
    return encoding, _encoding_note(name, name)


def _encoding_note(name_id: str, name_en: str) -> Note:
    return Note(f"Pengodean teks: {name_id}.", f"Text encoding: {name_en}.", "encoding")


def _sniff_delimiter(sample: str) -> str:
    header = next((line for line in sample.splitlines() if line.strip()), "")
    try:
        found = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        found = None
    if found in _DELIMITERS and found in header:
        return found
    # The header line decides: the delimiter it holds most of; one column means a comma.
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","
