"""`diplomat`: the headless command line. This module is its composition root: it sets up
logging and error handling, builds the template library and dispatches to the commands."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import __version__, formats, paths
from .errors import DiplomatError

EXIT_OK, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 2, 3
log = logging.getLogger("diplomat")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="diplomat",
        description="Diplomat Studio: poster dan infografis untuk 10 Tugas Diplomat (tanpa internet).",
    )
    p.add_argument("--version", action="version", version=f"diplomat {__version__}")
    p.add_argument("--templates-dir", action="append", type=Path, default=[], metavar="DIR",
                   help="folder template pengguna; menimpa template bawaan dengan id yang sama")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    d = sub.add_parser("duties", help="tampilkan 10 tugas diplomat / list the ten duties")
    d.add_argument("--json", action="store_true")
    d.add_argument("--lang", choices=("id", "en"))

    t = sub.add_parser("templates", help="daftar dan rincian template / list and show templates")
    tsub = t.add_subparsers(dest="templates_command", required=True, metavar="ACTION")
    tl = tsub.add_parser("list", help="daftar template")
    tl.add_argument("--duty", type=int, choices=range(1, 11), metavar="N")
    tl.add_argument("--json", action="store_true")
    tl.add_argument("--lang", choices=("id", "en"))
    ts = tsub.add_parser("show", help="kolom dan format sebuah template")
    ts.add_argument("id")
    ts.add_argument("--json", action="store_true")
    ts.add_argument("--lang", choices=("id", "en"))
    tlint = tsub.add_parser("lint", help="periksa folder template / check a template folder")
    tlint.add_argument("path", type=Path)
    tlint.add_argument("--json", action="store_true")
    tlint.add_argument("--lang", choices=("id", "en"))
    tth = tsub.add_parser("thumbnails", help="buat gambar mini galeri / build gallery thumbnails")
    tth.add_argument("--lang", choices=("id", "en"))
    timp = tsub.add_parser("import", help="pasang paket template .zip / install a template pack")
    timp.add_argument("pack", type=Path)
    timp.add_argument("--lang", choices=("id", "en"))
    texp = tsub.add_parser("export", help="simpan template ke paket .zip / save templates as a pack")
    texp.add_argument("ids", nargs="+")
    texp.add_argument("--out", type=Path, required=True)
    texp.add_argument("--lang", choices=("id", "en"))

    r = sub.add_parser("render", help="render sebuah desain ke PNG/JPG/WebP/PDF/SVG")
    r.add_argument("id", nargs="?", help="id template (boleh dari --design)")
    r.add_argument("--format", help=f"salah satu dari: {', '.join(formats.FORMATS)}")
    r.add_argument("--out", required=True, type=Path, help="berkas keluaran (.png .jpg .webp .pdf .svg)")
    r.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="sets")
    r.add_argument("--image", action="append", default=[], metavar="KEY=PATH", dest="images")
    r.add_argument("--design", type=Path, help="berkas desain JSON")
    r.add_argument("--theme", help="tema warna; 'brand' memakai warna brand kit")
    r.add_argument("--brand", type=Path, help="brand kit JSON: logo, primary, secondary, handle, website")
    r.add_argument("--lang", choices=("id", "en"))
    r.add_argument("--scale", type=float, default=1.0)

    from . import commands_check

    commands_check.add_parser(sub)
    commands_check.add_publish_parser(sub)
    return p


def _setup_logging() -> Path:
    path = paths.log_dir() / "diplomat.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return path


def _lang_of(argv: list[str]) -> str:
    if "--lang" in argv:
        i = argv.index("--lang")
        if i + 1 < len(argv) and argv[i + 1] in ("id", "en"):
            return argv[i + 1]
    return os.environ.get("DIPLOMAT_LANG", "id")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(argv)
    lang = _lang_of(argv)
    log_path = _setup_logging()
    try:
        return _dispatch(args)
    except DiplomatError as exc:
        print(f"diplomat: {exc.message(lang)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `diplomat ... | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:  # one clear line for the user, the traceback in the log
        log.exception("unexpected error")
        msg = {"id": f"kesalahan tak terduga; rinciannya ada di {log_path}",
               "en": f"unexpected error; details are in {log_path}"}[lang]
        print(f"diplomat: {msg}", file=sys.stderr)
        return EXIT_INTERNAL


def _dispatch(args) -> int:
    from . import commands

    if args.command == "duties":
        return commands.duties(args)
    if args.command == "templates":
        return commands.templates(args, _library(args))
    if args.command == "check":
        from . import commands_check

        return commands_check.run(args, _library(args))
    if args.command == "publish":
        from . import commands_check

        return commands_check.publish(args, _library(args))
    return commands.render(args, _library(args))


def _library(args):
    from .templating.library import Library

    return Library([*args.templates_dir, paths.user_templates_dir()])


def emit_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    sys.exit(main())
