"""Which sheet column fills which template field, and one row's cells as a design's values.

    mapping = auto_map(sheet.columns, manifest)            # field key -> column
    mapping = apply_overrides(mapping, manifest, sheet.columns, ["Nama Peserta=nama"])
    missing_required(mapping, manifest)                    # [] or the fields still to map
    values, images = row_values(row, mapping, manifest, sheet.path.parent)

A mapped cell left blank leaves its field out, so the template's sample never stands in for a
real person's missing data. When that field is required, or a number or date cell cannot be
read, `row_values` raises RowProblem (a FieldError) naming the row and every bad cell in it; the
batch records it against that row and goes on with the next.

List fields (a certificate's signatories) are not filled from one column: they stay as the base
design has them. auto_map skips them and --map refuses them with a message saying so.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path

from babel.dates import format_date, format_datetime, format_time, get_month_names

from app import fsguard
from app.batch.sheets import Row
from app.errors import FieldError, RowProblem
from app.model.amounts import parse_amount
from app.templating.manifest import Field, Manifest

TEXT_FIELDS = ("text", "paragraph")  # where a date is written the Indonesian way
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_IN_WORDS = re.compile(r"^(\d{1,2})\s+(\w+)\.?\s+(\d{4})$")
_MONTHS = {
    name.casefold(): number
    for locale in ("id", "en") for width in ("wide", "abbreviated")
    for number, name in get_month_names(width, locale=locale).items()
}


def normalise(name: str) -> str:
    """A header or label as compared: case, accents, spaces and punctuation (underscores,
    hyphens, dots, brackets) ignored. "Náma  peserta" and "NAMA-PESERTA" are both "namapeserta"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _names(fld: Field) -> list[str]:
    """What a column may be called to match a field, best first: its key, then its labels."""
    return [normalise(fld.key), normalise(fld.label.id), normalise(fld.label.en)]


def _mappable(manifest: Manifest) -> list[Field]:
    return [f for f in manifest.fields if f.type != "list"]


def _in_field_order(mapping: dict[str, str], manifest: Manifest) -> dict[str, str]:
    return {f.key: mapping[f.key] for f in manifest.fields if f.key in mapping}


def auto_map(columns: list[str], manifest: Manifest) -> dict[str, str]:
    """Field key -> column, for each column whose header is a field's key or label in either
    language. Each column fills at most one field and each field takes the first column that
    matches it; a key match beats a label match."""
    mapping: dict[str, str] = {}
    for column in columns:
        wanted = normalise(column)
        if not wanted:
            continue
        free = [f for f in _mappable(manifest) if f.key not in mapping]
        for rank in range(3):
            match = next((f for f in free if _names(f)[rank] == wanted), None)
            if match is not None:
                mapping[match.key] = column
                break
    return _in_field_order(mapping, manifest)


def apply_overrides(mapping: dict[str, str], manifest: Manifest, columns: list[str],
                    pairs: list[str]) -> dict[str, str]:
    """The mapping after the CLI's `--map column=field` pairs, in order. The column may be
    written as in the sheet or normalised; `column=` with no field leaves that column out."""
    result = dict(mapping)
    for pair in pairs:
        column_text, sep, field_text = pair.rpartition("=")
        if not sep or not column_text.strip():
            raise FieldError(f"--map '{pair}' harus berbentuk kolom=field, misalnya \"Nama Peserta=nama\".",
                             f"--map '{pair}' must be column=field, e.g. \"Nama Peserta=nama\".")
        column = _find_column(column_text, columns)
        result = {key: col for key, col in result.items() if col != column}
        if field_text.strip():
            fld = _find_field(field_text, manifest)
            result[fld.key] = column
    return _in_field_order(result, manifest)


def _find_column(text: str, columns: list[str]) -> str:
    text = text.strip()
    if text in columns:
        return text
    found = [c for c in columns if normalise(c) == normalise(text)] if normalise(text) else []
    if len(found) == 1:
        return found[0]
    have = ", ".join(f"'{c}'" for c in (found or columns))
    if found:
        raise FieldError(f"--map: '{text}' cocok dengan beberapa kolom ({have}). Tulis persis seperti di lembar.",
                         f"--map: '{text}' matches several columns ({have}). Write it exactly as in the sheet.")
    raise FieldError(f"--map: lembar tidak punya kolom '{text}'. Kolom yang ada: {have}.",
                     f"--map: the sheet has no column '{text}'. Its columns: {have}.")


def _find_field(text: str, manifest: Manifest) -> Field:
    wanted = normalise(text)
    fld = manifest.field(text.strip()) or next((f for f in manifest.fields if wanted in _names(f)), None)
    if fld is None:
        have = ", ".join(f"{f.key} ({f.label.id})" for f in _mappable(manifest))
        have_en = ", ".join(f"{f.key} ({f.label.en})" for f in _mappable(manifest))
        raise FieldError(f"--map: template '{manifest.id}' tidak punya field '{text.strip()}'. Field: {have}.",
                         f"--map: template '{manifest.id}' has no field '{text.strip()}'. Fields: {have_en}.")
    if fld.type == "list":
        raise FieldError(
            f"--map: field '{fld.key}' ({fld.label.id}) berisi daftar; tidak bisa diisi dari satu kolom. "
            "Atur isinya di desain dasar.",
            f"--map: field '{fld.key}' ({fld.label.en}) is a list; it cannot come from one column. "
            "Set it in the base design.")
    return fld


def unmatched_columns(mapping: dict[str, str], columns: list[str]) -> list[str]:
    """The sheet's columns no field takes, in sheet order."""
    used = set(mapping.values())
    return [c for c in columns if c not in used]


def missing_required(mapping: dict[str, str], manifest: Manifest) -> list[Field]:
    """Required fields with no column. A sample in the manifest does not count: in a batch every
    poster needs its own value."""
    return [f for f in manifest.fields if f.required and f.key not in mapping]


class _Bad(Exception):
    def __init__(self, id_text: str, en_text: str):
        super().__init__(en_text)
        self.pair = (id_text, en_text)


def row_values(row: Row, mapping: dict[str, str], manifest: Manifest,
               sheet_dir: Path) -> tuple[dict[str, object], dict[str, Path]]:
    """(field values, image paths) for one row. Raises RowProblem listing each blank required
    cell and each number or date it cannot read; images are not opened here."""
    values: dict[str, object] = {}
    images: dict[str, Path] = {}
    problems: list[tuple[str, str]] = []
    for key, column in mapping.items():
        fld = manifest.field(key)
        if fld is None or fld.type == "list":
            raise FieldError(f"Field '{key}' tidak bisa diisi dari lembar.", f"Field '{key}' cannot come from a sheet.")
        cell = row.values.get(column)
        try:
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                if fld.required:
                    raise _Bad("kosong, padahal wajib diisi", "is blank but required")
            elif fld.type == "image":
                images[key] = _image_path(cell, sheet_dir)
            else:
                values[key] = _field_value(fld, cell)
        except _Bad as bad:
            problems.append((f"{fld.label.id} (kolom '{column}') {bad.pair[0]}",
                             f"{fld.label.en} (column '{column}') {bad.pair[1]}"))
    if problems:
        raise RowProblem(row.number, problems)
    return values, images


def _field_value(fld: Field, cell: object) -> object:
    if fld.type == "number":
        return _number(cell)
    if fld.type == "date":
        return _date(cell).isoformat()
    return _text(cell, indonesian_dates=fld.type in TEXT_FIELDS)


def _text(cell: object, indonesian_dates: bool) -> str:
    """A cell as text, as an Indonesian reader writes it; integers keep no grouping, since they
    are as often a year, a phone or an ID number as an amount."""
    if isinstance(cell, bool):
        return "Ya" if cell else "Tidak"
    if isinstance(cell, float):
        return f"{cell:.10g}".replace(".", ",")
    if isinstance(cell, dt.datetime):
        if indonesian_dates:
            return format_datetime(cell, "d MMMM y HH.mm", locale="id_ID")
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, dt.date):
        return format_date(cell, "d MMMM y", locale="id_ID") if indonesian_dates else cell.isoformat()
    if isinstance(cell, dt.time):
        return format_time(cell, "HH.mm", locale="id_ID")
    return str(cell).strip()


def _number(cell: object) -> int | float:
    """A number cell as is; text as people type amounts: "15.000", "Rp 85.000,-", "15rb", "3,5"."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return cell
    try:
        return parse_amount(str(cell))
    except ValueError:
        raise _Bad(f"'{cell}' bukan angka", f"'{cell}' is not a number") from None


def _date(cell: object) -> dt.date:
    """A date cell, or text written as 2026-08-17, 17/08/2026 or 17 Agustus 2026."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = str(cell).strip() if isinstance(cell, str) else ""
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    parts = _DAY_FIRST.match(text) or _IN_WORDS.match(text)
    if parts:
        day, month, year = parts.groups()
        month_number = int(month) if month.isdigit() else _MONTHS.get(month.casefold())
        try:
            return dt.date(int(year), month_number or 0, int(day))
        except ValueError:
            pass
    raise _Bad(f"'{cell}' bukan tanggal (tulis 2026-08-17 atau 17/08/2026)",
               f"'{cell}' is not a date (write 2026-08-17 or 17/08/2026)")


def _image_path(cell: object, sheet_dir: Path) -> Path:
    """A path relative to the sheet's folder, an absolute path or one starting with ~. A sheet
    made on Windows may write foto\\budi.jpg; on macOS and Linux that means foto/budi.jpg."""
    text = str(cell).strip()
    if _URL.match(text):
        raise _Bad(f"'{text}' adalah alamat web; gambar harus berkas di komputer ini",
                   f"'{text}' is a web address; an image must be a file on this computer")
    if os.sep == "/":
        text = text.replace("\\", "/")
    path = fsguard.user_path(text)
    return path if path.is_absolute() else Path(sheet_dir) / path
