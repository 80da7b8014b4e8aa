"""One streaming pass over a worksheet's XML: its used area, its formula cells, its merges.

Expat reads the XML in chunks, with no element tree kept, so memory stays flat however large the
sheet. A document type declaration is refused (an office file never has one; entity tricks
need one), and the pass stops as soon as the used area is over the budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import BinaryIO
from xml.parsers import expat

from app.batch.notes import cell_ref

_CHUNK = 256 * 1024
_MAX_LISTED = 50  # formula and merge cells kept for the note; the rest are only counted
_REF = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")
_MAINS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "http://purl.oclc.org/ooxml/spreadsheetml/main")  # transitional and strict OOXML
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "


class _Stop(Exception):
    """Raised inside a handler to end the pass early: the sheet is done, or too big."""


class ScanError(ValueError):
    """The XML is not well formed or declares a document type."""


@dataclass
class SheetScan:
    budget: int
    formulas: list[str] = field(default_factory=list)  # the first few, as A1 references
    merged: list[str] = field(default_factory=list)  # the first few, as A1:B2 ranges
    counts: dict[str, int] = field(default_factory=lambda: {"formulas": 0, "merged": 0})
    top: int | None = None
    left: int | None = None
    bottom: int = -1
    right: int = -1
    too_big: bool = False

    @property
    def area(self) -> tuple[int, int]:
        if self.top is None or self.left is None:
            return 0, 0
        return self.bottom - self.top + 1, self.right - self.left + 1

    def used(self, row: int, col: int, rows: int = 1, cols: int = 1) -> None:
        self.top = row if self.top is None else min(self.top, row)
        self.left = col if self.left is None else min(self.left, col)
        self.bottom, self.right = max(self.bottom, row + rows - 1), max(self.right, col + cols - 1)
        height, width = self.area
        if height * width > self.budget:
            self.too_big = True
            raise _Stop

    def remember(self, kind: str, ref: str) -> None:
        self.counts[kind] += 1
        where = self.formulas if kind == "formulas" else self.merged
        if len(where) < _MAX_LISTED:
            where.append(ref)


def _run(stream: BinaryIO, start, end=None) -> None:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end

    def refuse_doctype(*_args) -> None:
        raise ScanError("DOCTYPE")

    parser.StartDoctypeDeclHandler = refuse_doctype
    try:
        while chunk := stream.read(_CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Stop:
        return
    except expat.ExpatError as exc:
        raise ScanError(str(exc)) from None


def scan_xlsx(stream: BinaryIO, budget: int) -> SheetScan:
    """An XLSX worksheet part: the area of cells with a value, and the cells holding a formula."""
    scan = SheetScan(budget)
    rows, cells = {f"{ns} row" for ns in _MAINS}, {f"{ns} c" for ns in _MAINS}
    values, formulas = {f"{ns} {tag}" for ns in _MAINS for tag in ("v", "is")}, {f"{ns} f" for ns in _MAINS}
    pos = [-1, -1]  # the current cell's 0-based row and column

    def start(name: str, attrs: dict) -> None:
        # called for every element of the sheet: the common cases first, and the area grows
        # only when a cell with a value lies outside it
        if name in cells:
            match = _REF.match(attrs.get("r", ""))
            if match:
                pos[0], pos[1] = int(match[2]) - 1, _column_index(match[1])
            else:
                pos[1] += 1
        elif name in values:
            row, col = pos
            if scan.top is None or row > scan.bottom or col > scan.right or row < scan.top or col < scan.left:
                scan.used(row, col)
        elif name in rows:
            number = attrs.get("r", "")
            pos[0], pos[1] = (int(number) - 1 if number.isdigit() else pos[0] + 1), -1
        elif name in formulas:
            scan.remember("formulas", cell_ref(*pos))

    _run(stream, start)
    return scan


def declared_strings(stream: BinaryIO) -> dict[str, int]:
    """The `count` and `uniqueCount` an XLSX sharedStrings part declares on its root element.

    calamine reserves room for `uniqueCount` strings before it reads one, so a 1 KB part that
    claims a billion asks for 24 GB and the process aborts; the root is read and nothing more."""
    found: dict[str, int] = {}

    def start(_name: str, attrs: dict) -> None:
        for key in ("count", "uniqueCount"):
            value = attrs.get(key, "").strip()
            if value.isdigit():  # a 20-digit claim is as impossible as a 10-digit one
                found[key] = int(value) if len(value) <= 18 else 10**18
        raise _Stop

    _run(stream, start)
    return found


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def scan_ods(stream: BinaryIO, sheet: str, budget: int) -> SheetScan:
    """One table of an ODS content.xml. Repeated rows and columns count as many as they repeat,
    since calamine expands them; covered cells are the hidden part of a merge."""
    scan = SheetScan(budget)
    state = {"inside": False, "row": 0, "repeat": 1, "col": 0}

    def start(name: str, attrs: dict) -> None:
        if name == _TABLE + "table":
            state["inside"] = attrs.get(_TABLE + "name") == sheet
        elif not state["inside"]:
            return
        elif name == _TABLE + "table-row":
            state["repeat"], state["col"] = _count(attrs, "number-rows-repeated"), 0
        elif name in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
            _ods_cell(scan, state, attrs)

    def end(name: str) -> None:
        if not state["inside"]:
            return
        if name == _TABLE + "table-row":
            state["row"] += state["repeat"]
        elif name == _TABLE + "table":
            raise _Stop

    _run(stream, start, end)
    return scan


def _ods_cell(scan: SheetScan, state: dict, attrs: dict) -> None:
    row, col, repeat = state["row"], state["col"], _count(attrs, "number-columns-repeated")
    state["col"] += repeat
    if _OFFICE + "value-type" in attrs:
        scan.used(row, col, state["repeat"], repeat)
    if _TABLE + "formula" in attrs:
        scan.remember("formulas", cell_ref(row, col))
    rows, cols = _count(attrs, "number-rows-spanned"), _count(attrs, "number-columns-spanned")
    if rows > 1 or cols > 1:
        scan.remember("merged", f"{cell_ref(row, col)}:{cell_ref(row + rows - 1, col + cols - 1)}")


def _count(attrs: dict, name: str) -> int:
    value = attrs.get(_TABLE + name, "1")
    return int(value) if value.isdigit() and int(value) > 0 else 1
