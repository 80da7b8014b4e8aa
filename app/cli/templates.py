"""`diplomat templates list | show | lint | thumbnails | import | export`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app import paths
from app.cli import options
from app.errors import TemplateError
from app.model import formats

EXIT_LINT_FAILED = 1
TEXT = {
    "duty": {"id": "tugas", "en": "duty"},
    "fields": {"id": "Kolom", "en": "Fields"},
    "formats": {"id": "Format", "en": "Formats"},
    "required": {"id": "wajib", "en": "required"},
    "written": {"id": "Tersimpan", "en": "Written"},
    "installed": {"id": "Terpasang", "en": "Installed"},
    "passed": {"id": "lolos", "en": "passed"},
    "errors": {"id": "{n} galat", "en": "{n} errors"},
    "built": {"id": "{built} dibuat, {reused} dipakai ulang", "en": "{built} built, {reused} reused"},
}


def register(sub, say) -> None:
    about = say("daftar dan rincian template", "list and show templates")
    t = sub.add_parser("templates", help=about, description=about)
    tsub = t.add_subparsers(dest="templates_command", required=True, metavar=say("AKSI", "ACTION"),
                            help=say("rincian: diplomat templates AKSI --help",
                                     "details: diplomat templates ACTION --help"))

    def action(name: str, id_text: str, en_text: str, handler):
        about = say(id_text, en_text)
        p = tsub.add_parser(name, help=about, description=about)
        p.set_defaults(handler=handler)
        return p

    tl = action("list", "daftar template", "list the templates", list_)
    tl.add_argument("--duty", type=int, choices=range(1, 11), metavar="N",
                    help=say("hanya template untuk tugas ke-N (1-10)", "only the templates for duty N (1-10)"))
    tl.add_argument("--ids", action="store_true", help=say("id saja, satu per baris (untuk skrip dan completion)",
                                                           "ids only, one per line (for scripts and completion)"))
    ts = action("show", "kolom dan format sebuah template", "a template's fields and formats", show)
    ts.add_argument("id", help=say("id template", "template id")).complete = options.TEMPLATE_IDS
    tlint = action("lint", "periksa folder template", "check a template folder", lint)
    folder = say("folder template (berisi manifest.toml)", "template folder (holding manifest.toml)")
    tlint.add_argument("path", type=Path, help=folder).complete = options.FOLDER
    for p in (tl, ts, tlint):
        options.add_json(p, say)
    tth = action("thumbnails", "buat gambar mini galeri", "build the gallery thumbnails", thumbnails)
    timp = action("import", "pasang paket template .zip", "install a template pack (.zip)", import_)
    timp.add_argument("pack", type=Path, help=say("paket template .zip", "template pack (.zip)"))
    texp = action("export", "simpan template ke paket .zip", "save templates as a pack (.zip)", export)
    ids = say("satu id template atau lebih", "one or more template ids")
    texp.add_argument("ids", nargs="+", help=ids).complete = options.TEMPLATE_IDS
    texp.add_argument("--out", type=Path, required=True, help=say("berkas paket .zip", "pack file (.zip)"))
    for p in (tl, ts, tlint, tth, timp, texp):
        options.add_lang(p, say)


def _summary(t) -> dict:
    m = t.manifest
    return {
        "id": m.id, "name": {"id": m.name.id, "en": m.name.en}, "duties": m.duties,
        "topics": m.topics, "kind": m.kind, "formats": m.formats, "source": t.source,
    }


def list_(args, library) -> int:
    lang = options.lang(args)
    for problem in library.problems().values():  # a broken user template is said, not skipped
        print(f"diplomat: {problem.message(lang)}", file=sys.stderr)
    items = library.for_duty(args.duty) if args.duty else list(library.templates.values())
    if args.ids:
        print("\n".join(t.manifest.id for t in items))
        return 0
    if args.json:
        options.emit_json([_summary(t) for t in items])
        return 0
    for t in items:
        m = t.manifest
        duty = ",".join(map(str, m.duties))
        print(f"{m.id:<22} {m.name.get(lang):<34} {TEXT['duty'][lang]} {duty:<6} "
              f"{m.kind:<12} {', '.join(m.formats)}  [{', '.join(m.topics)}]")
    return 0


def _field_dict(f) -> dict:
    out = {
        "key": f.key, "type": f.type, "label": {"id": f.label.id, "en": f.label.en},
        "required": f.required, "max_chars": f.max_chars, "sample": f.sample,
    }
    if f.choices:
        out["choices"] = f.choices
    if f.item:
        out["item"] = [_field_dict(sub) for sub in f.item]
    return out


def show(args, library) -> int:
    t = library.get(args.id)
    m = t.manifest
    fmts = [{"id": formats.get(i).id, "width": formats.get(i).width,
             "height": formats.get(i).height} for i in m.formats]
    if args.json:
        options.emit_json({**_summary(t), "description": {"id": m.description.id, "en": m.description.en},
                           "version": m.version, "themes": [th.id for th in m.themes],
                           "fields": [_field_dict(f) for f in m.fields], "format_sizes": fmts})
        return 0
    lang = options.lang(args)
    print(f"{m.name.get(lang)} ({m.id} {m.version})")
    print(m.description.get(lang))
    print(f"\n{TEXT['formats'][lang]}:")
    for f in fmts:
        print(f"  {f['id']:<10} {f['width']}×{f['height']} px")
    print(f"\n{TEXT['fields'][lang]}:")
    for f in m.fields:
        req = f" ({TEXT['required'][lang]})" if f.required else ""
        limit = f", max {f.max_chars}" if f.max_chars else ""
        sample = json.dumps(f.sample_for(lang), ensure_ascii=False)
        print(f"  {f.key:<14} {f.type:<9} {f.label.get(lang)}{req}{limit}")
        print(f"  {'':<14} {sample[:90]}")
    return 0


def lint(args, library) -> int:
    from app.authoring.lint import lint_folder  # the checklist comes with it: only when it runs

    if not (args.path / "manifest.toml").is_file():
        raise TemplateError(f"{args.path} bukan folder template (tidak ada manifest.toml).",
                            f"{args.path} is not a template folder (no manifest.toml).")
    result = lint_folder(args.path)
    if args.json:
        options.emit_json({"template": result.template, "ok": not result.errors, "renders": result.renders,
                           "issues": [i.to_dict() for i in result.issues]})
        return EXIT_LINT_FAILED if result.errors else 0
    lang = options.lang(args)
    for issue in result.issues:
        text = issue.id if lang == "id" else issue.en
        print(f"{issue.level.upper():<7} {issue.where:<24} {text}")
    ok = TEXT["errors"][lang].format(n=len(result.errors)) if result.errors else TEXT["passed"][lang]
    print(f"{result.template}: {ok} ({result.renders} render)")
    return EXIT_LINT_FAILED if result.errors else 0


def thumbnails(args, library) -> int:
    from app.authoring import thumbnails as thumbs

    built, reused = thumbs.build(library, options.lang(args))
    lang = options.lang(args)
    print(f"{TEXT['built'][lang].format(built=len(built), reused=len(reused))}: "
          f"{paths.cache_dir() / 'thumbnails'}")
    return 0


def import_(args, library) -> int:
    from app.authoring.packs import import_pack

    result = import_pack(args.pack, paths.user_templates_dir())
    lang = options.lang(args)
    print(f"{TEXT['installed'][lang]}: {', '.join(result.installed)} → {paths.user_templates_dir()}")
    for r in result.lint:
        for issue in r.issues:
            print(f"  {issue.level} {r.template} {issue.where}: {issue.id if lang == 'id' else issue.en}",
                  file=sys.stderr)
    return 0


def export(args, library) -> int:
    from app.authoring.packs import export_pack

    export_pack(library, args.ids, args.out)
    print(f"{TEXT['written'][options.lang(args)]}: {args.out}")
    return 0
