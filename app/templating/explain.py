"""What went wrong inside a template, in the user's words: Jinja's and Python's messages are
English, so each family of them gets an Indonesian sentence (and a plain English one).

`explain(exc)` gives the detail as (Indonesian, English); the caller says which template.
A message we cannot translate still gets an Indonesian sentence, with the English only in
the English text, so the Indonesian line never carries raw Python.
"""

from __future__ import annotations

import re

from jinja2.sandbox import MAX_RANGE

_ATTRIBUTE = re.compile(r"access to attribute '([^']{0,80})' of '[^']{0,80}' object is unsafe")
_NAMED = re.compile(r"No (filter|test) named '([^']{0,80})'")
_UNKNOWN_TAG = re.compile(r"Encountered unknown tag '([^']{0,80})'")
_UNDEFINED = re.compile(r"'([^']{0,80})' is undefined")
_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']{0,80})'")
_TOML_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")

Pair = tuple[str, str]


def one_line(text: str, limit: int = 160) -> str:
    """User or library text fit to quote in a one-line message: control characters (a newline
    in an href) shown as '?', and cut to `limit` characters."""
    text = "".join(c if c.isprintable() else "?" for c in str(text))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def explain(exc: BaseException) -> Pair:
    """The detail of a template failure, in Indonesian and English."""
    text = one_line(getattr(exc, "message", None) or str(exc))
    for family in (_security, _named, _syntax, _undefined, _numbers, _text, _qr):
        found = family(exc, text)
        if found:
            return found
    return (f"kesalahan saat menjalankan template ({type(exc).__name__})", text)


def _security(exc, text: str) -> Pair | None:
    if type(exc).__name__ != "SecurityError":
        return None
    if match := _ATTRIBUTE.search(text):
        return (f"akses ke atribut '{match[1]}' tidak diizinkan di template",
                f"access to attribute '{match[1]}' is not allowed in a template")
    return ("template mencoba memakai bagian Python yang tidak diizinkan",
            "the template tried to use a part of Python that is not allowed")


def _named(exc, text: str) -> Pair | None:
    """An unknown filter or test: a syntax error when Jinja sees it at compile time, a runtime
    error when it sits in a condition."""
    if "jinja2" in type(exc).__module__ and (match := _NAMED.search(text)):
        kind = {"filter": "filter", "test": "tes"}[match[1]]
        return f"{kind} '{match[2]}' tidak dikenal", f"there is no {match[1]} named '{match[2]}'"
    return None


def _syntax(exc, text: str) -> Pair | None:
    if type(exc).__name__ not in ("TemplateSyntaxError", "TemplateAssertionError"):
        return None
    if match := _UNKNOWN_TAG.search(text):
        return f"tag '{match[1]}' tidak dikenal", f"there is no tag named '{match[1]}'"
    if "Unexpected end of template" in text:
        return ("template berakhir sebelum semua blok ditutup (misalnya {% endfor %} atau {% endif %} kurang)",
                f"the template ends before every block is closed ({text})")
    return "sintaksnya salah; periksa tanda {{ }}, {% %} dan tanda kutip di baris itu", f"syntax error ({text})"


def _undefined(exc, text: str) -> Pair | None:
    if type(exc).__name__ != "UndefinedError":
        return None
    if "No caller defined" in text:
        return ("caller() dipakai di luar blok {% call %}", "caller() is used outside a {% call %} block")
    if match := _UNDEFINED.search(text) or _NO_ATTRIBUTE.search(text):
        return f"nilai '{match[1]}' tidak ada", f"the value '{match[1]}' does not exist"
    return "memakai nilai yang tidak ada", f"uses a value that does not exist ({text})"


def _numbers(exc, text: str) -> Pair | None:
    if isinstance(exc, ZeroDivisionError):
        return "pembagian dengan nol", "division by zero"
    if isinstance(exc, ValueError) and "integer string conversion" in text:
        return int_digits()
    if not isinstance(exc, (OverflowError, ValueError)):
        return None
    if "Range too big" in text:
        limit = f"{MAX_RANGE:,}"
        return (f"range() lebih dari {limit.replace(',', '.')} angka tidak diizinkan",
                f"a range() of more than {limit} numbers is not allowed")
    if "infinity" in text or "NaN" in text:
        return ("tak hingga (inf) atau NaN tidak bisa dijadikan bilangan bulat",
                "infinity or NaN cannot become a whole number")
    if isinstance(exc, OverflowError):
        return "bilangannya terlalu besar", "the number is too large"
    return None


def int_digits() -> Pair:
    """Python's limit on writing or reading a whole number (4,300 digits)."""
    return ("bilangan bulat lebih dari 4.300 digit tidak bisa ditulis atau dibaca",
            "a whole number of more than 4,300 digits cannot be written or read")


def _text(exc, _text: str) -> Pair | None:
    if isinstance(exc, UnicodeDecodeError):
        return ("berkas template bukan UTF-8; simpan ulang sebagai teks UTF-8",
                "the template file is not UTF-8; save it again as UTF-8 text")
    return None


def _qr(exc, text: str) -> Pair | None:
    if type(exc).__name__ == "DataOverflowError" or "No QR Code can handle" in text:
        return "datanya terlalu panjang untuk satu kode QR", "the data is too long for one QR code"
    return None


def toml_error(exc: BaseException) -> Pair:
    """tomllib's message ("Illegal character '\\n' (at line 14, column 106)") as a place."""
    text = one_line(str(exc))
    if match := _TOML_WHERE.search(text):
        return (f"TOML tidak valid di baris {match[1]}, kolom {match[2]}", f"invalid TOML: {text}")
    return "TOML tidak valid", f"invalid TOML: {text}"
