"""`diplomat templates lint | thumbnails | import | export`."""

from __future__ import annotations

import sys

from . import paths
from .errors import TemplateError

EXIT_LINT_FAILED = 1


def _lang(args) -> str:
    return getattr(args, "lang", None) or "id"


def lint(args, library) -> int:
    from .templating.lint import lint_folder

    if not (args.path / "manifest.toml").is_file():
        raise TemplateError(f"{args.path} bukan folder template (tidak ada manifest.toml).",
                            f"{args.path} is not a template folder (no manifest.toml).")
    result = lint_folder(args.path)
    if args.json:
        from .cli import emit_json

        emit_json({"template": result.template, "ok": not result.errors, "renders": result.renders,
                   "issues": [i.to_dict() for i in result.issues]})
    else:
        lang = _lang(args)
        for issue in result.issues:
            text = issue.id if lang == "id" else issue.en
            print(f"{issue.level.upper():<7} {issue.where:<24} {text}")
        ok = {"id": "lolos", "en": "passed"}[lang] if not result.errors else \
            {"id": f"{len(result.errors)} galat", "en": f"{len(result.errors)} errors"}[lang]
        print(f"{result.template}: {ok} ({result.renders} render)")
    return EXIT_LINT_FAILED if result.errors else 0


def thumbnails(args, library) -> int:
    from .templating import thumbnails as thumbs

    built, reused = thumbs.build(library, _lang(args))
    words = {"id": "dibuat", "en": "built"}, {"id": "dipakai ulang", "en": "reused"}
    lang = _lang(args)
    print(f"{len(built)} {words[0][lang]}, {len(reused)} {words[1][lang]}: "
          f"{paths.cache_dir() / 'thumbnails'}")
    return 0


def import_(args, library) -> int:
    from .templating.packs import import_pack

    result = import_pack(args.pack, paths.user_templates_dir())
    lang = _lang(args)
    label = {"id": "Terpasang", "en": "Installed"}[lang]
    print(f"{label}: {', '.join(result.installed)} → {paths.user_templates_dir()}")
    for r in result.lint:
        for issue in r.issues:
            print(f"  {issue.level} {r.template} {issue.where}: {issue.id if lang == 'id' else issue.en}",
                  file=sys.stderr)
    return 0


def export(args, library) -> int:
    from .templating.packs import export_pack

    export_pack(library, args.ids, args.out)
    print(f"{ {'id': 'Tersimpan', 'en': 'Written'}[_lang(args)] }: {args.out}")
    return 0
