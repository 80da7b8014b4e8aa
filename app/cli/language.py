"""The command line's language: which one a run speaks, and argparse's own words in it.

The language is known before argparse runs, from the raw argv (`--lang` anywhere, before or
after the subcommand), then DIPLOMAT_LANG, then Indonesian. The parser is then built in that
language: our help strings are chosen by `chooser(lang)`, and argparse's own words ("usage:",
"options", "error:", "invalid choice", ...) come from a gettext translations object that stands
in for argparse's gettext calls while the parser is built and run."""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

LANGS = ("id", "en")
DEFAULT = "id"

Say = Callable[[str, str], str]


def explicit(argv: list[str]) -> str | None:
    """The last valid `--lang id|en` or `--lang=id|en` before `--`, as argparse would keep it."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg.removeprefix("--lang=")
        if arg.startswith("--lang") and value in LANGS:
            found = value
    return found


def detect(argv: list[str]) -> str:
    env = os.environ.get("DIPLOMAT_LANG")
    return explicit(argv) or (env if env in LANGS else DEFAULT)


def chooser(lang: str) -> Say:
    """`say("teks", "text")`: our strings are written in both languages side by side."""
    return (lambda id_text, en_text: id_text) if lang == "id" else (lambda id_text, en_text: en_text)


# argparse's messages (CPython 3.11-3.13 `_()`/`ngettext()` calls in Lib/argparse.py), in
# Indonesian. English needs no catalog: argparse's own text is the msgid.
# tests/app/test_cli_language.py checks that every message of the running Python is here.
ARGPARSE_ID = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "subcommands": "subperintah",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan nomor versi lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "memerlukan satu nilai",
    "expected at most one argument": "memerlukan paling banyak satu nilai",
    "expected at least one argument": "memerlukan sedikitnya satu nilai",
    "expected %s argument": "memerlukan %s nilai",
    "expected %s arguments": "memerlukan %s nilai",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "ambiguous option: %(option)s could match %(matches)s": "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "argumen eksplisit %r diabaikan",
    "unexpected option string: %s": "opsi tak terduga: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "perintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "tidak bisa membuka '%(filename)s': %(error)s",
    'argument "-" with mode %r': 'argumen "-" dengan mode %r',
    "option '%(option)s' is deprecated": "opsi '%(option)s' sudah usang",
    "argument '%(argument_name)s' is deprecated": "argumen '%(argument_name)s' sudah usang",
    "command '%(parser_name)s' is deprecated": "perintah '%(parser_name)s' sudah usang",
    # mistakes in a parser's definition: a programmer meets them, but they are argparse's words too
    ".__call__() not defined": ".__call__() belum didefinisikan",
    "'required' is an invalid argument for positionals": "'required' tidak berlaku untuk argumen posisi",
    "mutually exclusive arguments must be optional": "argumen yang saling meniadakan harus berupa opsi",
    "%r is not callable": "%r tidak bisa dipanggil",
    "cannot merge actions - two groups are named %r": "aksi tidak bisa digabung - dua grup bernama %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "string opsi %(option)r tidak sah: harus diawali karakter %(prefix_chars)r",
    "dest= is required for options like %r": "dest= wajib untuk opsi seperti %r",
    "invalid conflict_resolution value: %r": "nilai conflict_resolution tidak sah: %r",
    "cannot have multiple subparser arguments": "tidak boleh ada lebih dari satu argumen subperintah",
    "conflicting subparser: %s": "subperintah bentrok: %s",
    "conflicting subparser alias: %s": "alias subperintah bentrok: %s",
    "conflicting option string: %s": "string opsi bentrok: %s",
    "conflicting option strings: %s": "string opsi bentrok: %s",
}


class Catalog(gettext.NullTranslations):
    """A gettext translations object from a dict; a message it lacks stays in English."""

    def __init__(self, messages: dict[str, str]):
        super().__init__()
        self._messages = messages

    def gettext(self, message):
        return self._messages.get(message, message)

    def ngettext(self, singular, plural, n):
        return self._messages.get(singular if n == 1 else plural, singular if n == 1 else plural)


CATALOGS = {"id": Catalog(ARGPARSE_ID), "en": gettext.NullTranslations()}


@contextmanager
def argparse_speaks(lang: str) -> Iterator[None]:
    """argparse looks its messages up through the module globals `_` and `ngettext` (it did
    `from gettext import gettext as _, ngettext`), at the moment it needs each one: group titles
    when a parser is made, "usage:" and errors when it formats or fails. So the parser is built
    and run inside this block, and the globals are put back after, even on SystemExit."""
    catalog = CATALOGS[lang]
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = catalog.gettext, catalog.ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
