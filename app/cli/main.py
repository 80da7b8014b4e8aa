"""`diplomat`: the headless command line. This module is its composition root: it sets up
logging and error handling, builds the template library and dispatches to the command modules.
Each command module registers its own parser and handler; none of them imports this module."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app import __version__, paths
from app.cli import batch, check, completion, duties, language, options, publish, render, templates
from app.errors import DiplomatError
from app.templating.library import Library

EXIT_OK, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 2, 3
COMMANDS = (duties, templates, render, check, publish, batch)
log = logging.getLogger("diplomat")
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"


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
    p.add_argument("-v", "--verbose", action="count", default=0, help=say(
        "log juga ke stderr: -v info, -vv debug", "log to stderr as well: -v info, -vv debug"))
    sub = p.add_subparsers(dest="command", required=True, metavar=say("PERINTAH", "COMMAND"), help=say(
        "rincian tiap perintah: diplomat PERINTAH --help", "each command's details: diplomat COMMAND --help"))
    for command in COMMANDS:
        command.register(sub, say)
    completion.register(sub, say, root=p)
    return p


def _setup_logging(verbose: int) -> tuple[Path | None, list[logging.Handler], int]:
    """The log file in the log dir (INFO), and with -v/-vv stderr too (INFO/DEBUG). The handlers
    and the old level are returned so that main() puts things back: it may run more than once
    in one process (the tests do)."""
    root, level = logging.getLogger(), logging.getLogger().level
    path, file_handler = _file_handler()
    handlers = [h for h in (file_handler, _stderr_handler(verbose)) if h]
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(min([logging.INFO, *(h.level for h in handlers)]))
    return path, handlers, level


def _file_handler() -> tuple[Path | None, logging.Handler | None]:
    """None when the log folder cannot be written (a read-only or full disk): the command
    still runs, and an unexpected error is then told on stderr."""
    try:
        path = paths.log_dir() / "diplomat.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except (OSError, DiplomatError):
        return None, None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    return path, handler


def _stderr_handler(verbose: int) -> logging.Handler | None:
    if not verbose:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.DEBUG if verbose > 1 else logging.INFO)
    handler.setFormatter(logging.Formatter(STDERR_FORMAT))
    return handler


def _teardown_logging(handlers: list[logging.Handler], level: int) -> None:
    for handler in handlers:
        logging.getLogger().removeHandler(handler)
        handler.close()
    logging.getLogger().setLevel(level)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = language.detect(argv)  # before argparse, so that its help and errors speak it too
    with language.argparse_speaks(lang):
        args = parser(lang).parse_args(argv)
    log_path, handlers, level = _setup_logging(args.verbose)
    try:
        log.info("version %s, command %s, lang %s", __version__, " ".join(_command_path(args)), lang)
        log.debug("argv %r; log file %s", argv, log_path)
        return _run(args, lang, log_path)
    finally:
        _teardown_logging(handlers, level)


def _command_path(args) -> list[str]:
    return [args.command] + ([args.templates_command] if getattr(args, "templates_command", None) else [])


def _run(args, lang: str, log_path: Path | None) -> int:
    started = time.perf_counter()
    try:
        library = None
        if getattr(args, "needs_library", True):
            folders = [*args.templates_dir, paths.user_templates_dir()]
            library = Library(folders)
            log.debug("%d templates; user folders %s", len(library.templates), [str(d) for d in folders])
        code = args.handler(args, library)
        log.info("done in %.2f s, exit %d", time.perf_counter() - started, code)
        return code
    except DiplomatError as exc:
        log.info("stopped: %s (exit %d)", exc.message("en"), exc.exit_code)
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
