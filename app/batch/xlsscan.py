"""What an XLS declares before calamine believes it: the sizes in its compound-file header and
the used area each worksheet's DIMENSIONS record claims.

calamine reserves memory for those declarations before it reads a cell: a 6 KB XLS whose
DIMENSIONS says 4 billion rows x 255 columns asked for 43 TB and the process aborted, with
no message. The compound file is read with olefile (pure Python, bounded by the file), and
the BIFF records are walked from the start of the workbook stream and from every sheet's
offset (calamine jumps to those, so a record hidden from a walk from the start is still seen).
"""

from __future__ import annotations

import struct
from pathlib import Path

import olefile

_BOUNDSHEET, _DIMENSIONS, _EOF = 0x0085, 0x0200, 0x000A


class XlsDeclaration(ValueError):
    """The file declares more than it can hold; `area` is (rows, columns) when a sheet's is."""

    def __init__(self, what: str, area: tuple[int, int] | None = None):
        super().__init__(what)
        self.area = area


def check(path: Path, max_cells: int) -> None:
    """XlsDeclaration if a header size or a sheet's declared area cannot be real; any other
    fault of the compound file is an OSError or ValueError for the caller to call damage."""
    _check_header(path)
    with olefile.OleFileIO(str(path)) as ole:
        name = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
        if name is None:
            return  # not a workbook: calamine says so
        with ole.openstream(name) as stream:
            data = stream.read()
    starts = {0} | set(_sheet_offsets(data))
    for start in sorted(starts):
        _check_dimensions(data, start, max_cells)


def _check_header(path: Path) -> None:
    """Every FAT, mini-FAT and DIFAT sector the header counts is a sector of the file."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        head = handle.read(512)
    if len(head) < 76:
        raise ValueError("short header")
    shift = struct.unpack_from("<H", head, 30)[0]
    if not 7 <= shift <= 16:
        raise XlsDeclaration("sector size")
    sectors = size >> shift
    fat, mini, difat = (struct.unpack_from("<I", head, at)[0] for at in (44, 64, 72))
    if max(fat, mini, difat) > sectors:
        raise XlsDeclaration("header counts")


def _records(data: bytes, start: int):
    pos = start
    while pos + 4 <= len(data):
        kind, size = struct.unpack_from("<HH", data, pos)
        yield kind, data[pos + 4:pos + 4 + size]
        pos += 4 + size


def _sheet_offsets(data: bytes) -> list[int]:
    return [struct.unpack_from("<I", body)[0] for kind, body in _records(data, 0)
            if kind == _BOUNDSHEET and len(body) >= 4]


def _check_dimensions(data: bytes, start: int, max_cells: int) -> None:
    for kind, body in _records(data, start):
        if kind == _DIMENSIONS and len(body) in (10, 14):
            rows, cols = _area(body)
            if rows * cols > max_cells:
                raise XlsDeclaration("dimensions", (rows, cols))
        elif kind == _EOF and start:
            return


def _area(body: bytes) -> tuple[int, int]:
    """(rows, columns) as calamine computes them from DIMENSIONS, wrapping as its u32 does."""
    if len(body) == 14:
        first, last, col_first, col_last = struct.unpack_from("<IIHH", body)
    else:
        first, last, col_first, col_last = struct.unpack_from("<HHHH", body)
    if col_first > 0xFF or col_last < col_first:
        col_first = 0
    if last < 1 or col_last < 1:
        return 1, 1
    return ((last - 1 - first) % 2**32) + 1, ((col_last - 1 - col_first) % 2**32) + 1
