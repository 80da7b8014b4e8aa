"""`diplomat`: the headless command line. This module is its composition root: it sets up
logging and error handling, builds the template library and dispatches to the command modules.
Each command module registers its own parser and handler; none of them imports this module."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app import __version__, paths
from app.cli import batch, check, completion, duties, language, options, publish, render, templates
from app.errors import DiplomatError
from app.templating.library import Library

EXIT_OK, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 2, 3
COMMANDS = (duties, templates, render, check, publish, batch)
log = logging.getLogger("diplomat")


def parser(lang: str = language.DEFAULT) -> argparse.ArgumentParser:
    """The whole command line in one language; build and use it inside
    `language.argparse_speaks(lang)`, so that argparse's own words are in that language too."""
    say = language.chooser(lang)
    p = argparse.ArgumentParser(prog="diplomat", description=say(
        "Diplomat Studio: poster dan infografis untuk 10 Tugas Diplomat (tanpa internet).",
        "Diplomat Studio: posters and infographics for the 10 Duties of a Diplomat (offline)."))
    p.add_argument("--version", action="version", version=f"diplomat {__version__}",
                   help=say("tampilkan versi lalu keluar", "show the version and exit"))
    p.add_argument("--templates-dir", action="append", type=Path, default=[], metavar="DIR",
                   help=say("folder template pengguna; menimpa template bawaan dengan id yang sama",
                            "a user template folder; overrides the bundled template with the same id")
                   ).complete = options.FOLDER
    p.add_argument("--lang", choices=language.LANGS, help=say(
        "bahasa keluaran dan bantuan (bawaan: DIPLOMAT_LANG, lalu id)",
        "language of the output and of the help (default: DIPLOMAT_LANG, then id)"))
    sub = p.add_subparsers(dest="command", required=True, metavar=say("PERINTAH", "COMMAND"), help=say(
        "rincian tiap perintah: diplomat PERINTAH --help", "each command's details: diplomat COMMAND --help"))
    for command in COMMANDS:
        command.register(sub, say)
    completion.register(sub, say, root=p)
    return p


def _setup_logging() -> Path | None:
    """The log file in the log dir; None when that folder cannot be written (a read-only or
    full disk): the command still runs, and an unexpected error is then told on stderr."""
    try:
        path = paths.log_dir() / "diplomat.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except (OSError, DiplomatError):
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return path


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = language.detect(argv)  # before argparse, so that its help and errors speak it too
    with language.argparse_speaks(lang):
        args = parser(lang).parse_args(argv)
    log_path = _setup_logging()
    try:
        library = None
        if getattr(args, "needs_library", True):
            library = Library([*args.templates_dir, paths.user_templates_dir()])
        return args.handler(args, library)
    except DiplomatError as exc:
        print(f"diplomat: {exc.message(lang)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `diplomat ... | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # one clear line for the user, the traceback in the log
        log.exception("unexpected error")
        where = log_path or {"id": "(log tidak bisa ditulis)", "en": "(the log cannot be written)"}[lang]
        msg = {"id": f"kesalahan tak terduga ({type(exc).__name__}); rinciannya ada di {where}",
               "en": f"unexpected error ({type(exc).__name__}); details are in {where}"}[lang]
        print(f"diplomat: {msg}", file=sys.stderr)
        return EXIT_INTERNAL
