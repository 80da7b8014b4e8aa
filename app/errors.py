"""The errors a user can meet, each with a message in Indonesian and English.

Every error raised for bad input is a DiplomatError; the CLI prints `message(lang)` on one line
and exits 2, the GUI shows the same text. Nothing here carries a traceback to the user.
"""

from __future__ import annotations


class DiplomatError(Exception):
    """Bad input the user can fix. `id_text` and `en_text` say what to do in plain words."""

    exit_code = 2

    def __init__(self, id_text: str, en_text: str):
        super().__init__(en_text)
        self.id_text = id_text
        self.en_text = en_text

    def message(self, lang: str = "id") -> str:
        return self.id_text if lang == "id" else self.en_text


class TemplateError(DiplomatError):
    """A template is missing, malformed, or uses something we cannot render."""


class UnsafeTemplateError(TemplateError):
    """A template tried to reach outside its sandbox (files, entities, Python internals)."""


class TemplateLimitError(UnsafeTemplateError):
    """A template went over a budget (time, loops, sizes, output): lint stops trying it."""


class FieldError(DiplomatError):
    """A field value is unknown, missing or of the wrong kind."""


class ImageError(DiplomatError):
    """An image is missing, corrupt or too large."""


class FormatError(DiplomatError):
    """An unknown output format or file type."""


class DesignError(DiplomatError):
    """A design file is damaged or from a newer version."""


class FontError(TemplateError):
    """A template names a font family or weight we do not bundle."""


class SheetError(DiplomatError):
    """A spreadsheet for a batch cannot be read: missing, damaged, too large, no header row,
    duplicate headers, or a worksheet name it does not have."""


class RowProblem(FieldError):
    """One row of a batch sheet cannot become a design: a required field's cell is blank, a
    number or date cell cannot be read. The batch records it against the row and goes on."""

    def __init__(self, row_number: int, problems: list[tuple[str, str]]):
        self.row_number = row_number
        self.problems = list(problems)  # (Indonesian, English), one per cell
        super().__init__(f"Baris {row_number}: " + "; ".join(p[0] for p in self.problems) + ".",
                         f"Row {row_number}: " + "; ".join(p[1] for p in self.problems) + ".")


class WriteError(DiplomatError):
    """A file could not be written: read-only or full disk, no permission, a folder in the way."""

    REASONS = {
        "ENOSPC": ("disk penuh", "the disk is full"),
        "EROFS": ("disknya hanya-baca", "the disk is read-only"),
        "EACCES": ("tidak ada izin menulis di sana", "there is no permission to write there"),
        "EPERM": ("tidak ada izin menulis di sana", "there is no permission to write there"),
        "EISDIR": ("itu sebuah folder", "it is a folder"),
        "ENOENT": ("foldernya tidak ada", "its folder does not exist"),
        "ENOTDIR": ("foldernya tidak ada", "its folder does not exist"),
        "ENAMETOOLONG": ("namanya terlalu panjang", "the name is too long"),
        "EDQUOT": ("kuota disk habis", "the disk quota is used up"),
    }

    def __init__(self, path, exc: OSError):
        import errno

        code = errno.errorcode.get(exc.errno or 0, "")
        why_id, why_en = self.REASONS.get(code, (str(exc.strerror or exc), str(exc.strerror or exc)))
        super().__init__(f"Tidak bisa menyimpan {path}: {why_id}. Tidak ada berkas setengah jadi yang tertinggal.",
                         f"Cannot write {path}: {why_en}. No half-written file was left behind.")
        self.path, self.errno = path, exc.errno
