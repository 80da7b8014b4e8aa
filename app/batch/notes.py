"""What a sheet reader tells the user: notes (read, but worth knowing) and errors (cannot read)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import SheetError


@dataclass(frozen=True)
class Note:
    """A plain-language remark about how a sheet was read, in Indonesian and English.

    `kind` names the remark for programs (encoding, delimiter, worksheet, merged, formula,
    cut, extra_cells, unnamed_column, too_many_columns, csv_named_workbook)."""

    id_text: str
    en_text: str
    kind: str = ""

    def message(self, lang: str = "id") -> str:
        return self.id_text if lang == "id" else self.en_text


def sheet_error(path: Path, id_problem: str, en_problem: str, id_fix: str, en_fix: str) -> SheetError:
    """'<file>: <what is wrong>. <what to do>' in both languages."""
    return SheetError(f"{path}: {id_problem}. {id_fix}", f"{path}: {en_problem}. {en_fix}")


def id_number(n: int) -> str:
    """12,345 as Indonesians write it: 12.345."""
    return f"{n:,}".replace(",", ".")


def en_number(n: int) -> str:
    return f"{n:,}"


def column_letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column's name in a spreadsheet app."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """A 0-based (row, column) as the user reads it: (4, 1) -> B5."""
    return f"{column_letters(col)}{row + 1}"


def listing(items: list[str], total: int | None = None, most: int = 5) -> tuple[str, str]:
    """'A, B, C' or 'A, B, C, D, E dan 3 lainnya' / '... and 3 more'; `total` counts items not kept."""
    shown = ", ".join(items[:most])
    rest = (len(items) if total is None else total) - min(len(items), most)
    if rest <= 0:
        return shown, shown
    return f"{shown} dan {id_number(rest)} lainnya", f"{shown} and {en_number(rest)} more"
