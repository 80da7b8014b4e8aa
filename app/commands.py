"""The CLI commands. Each takes parsed arguments and returns an exit code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import duties as duties_mod
from . import formats
from .design import Brand, Design, ImageRef
from .errors import FieldError

TEXT = {
    "duty": {"id": "Tugas", "en": "Duty"},
    "credit": {"id": "Sumber", "en": "Source"},
    "fields": {"id": "Kolom", "en": "Fields"},
    "formats": {"id": "Format", "en": "Formats"},
    "required": {"id": "wajib", "en": "required"},
    "written": {"id": "Tersimpan", "en": "Written"},
    "overflow": {
        "id": "Peringatan: teks kolom '{field}' tidak muat di kotaknya, bahkan pada {size}px "
              "({hidden} baris tersembunyi). Persingkat teksnya.",
        "en": "Warning: the text of field '{field}' does not fit its box, even at {size}px "
              "({hidden} lines hidden). Shorten the text.",
    },
}


def _lang(args) -> str:
    return getattr(args, "lang", None) or "id"


def duties(args) -> int:
    data = duties_mod.load()
    if args.json:
        _json({
            "title": data.title, "credit": data.credit,
            "duties": [{"number": d.number, "short": d.short, "text": d.text} for d in data.items],
        })
        return 0
    langs = [args.lang] if args.lang else ["id", "en"]
    for lang in langs:
        print(data.title[lang])
        print()
        for d in data.items:
            print(f"{d.number:>2}. {d.text[lang]}")
        print()
    print(f"{TEXT['credit'][langs[0]]}: {data.credit[langs[0]]}")
    return 0


def templates(args, library) -> int:
    from . import commands_templates

    action = {"list": _templates_list, "show": _templates_show, "lint": commands_templates.lint,
              "thumbnails": commands_templates.thumbnails, "import": commands_templates.import_,
              "export": commands_templates.export}[args.templates_command]
    return action(args, library)


def _summary(t) -> dict:
    m = t.manifest
    return {
        "id": m.id, "name": {"id": m.name.id, "en": m.name.en}, "duties": m.duties,
        "topics": m.topics, "kind": m.kind, "formats": m.formats, "source": t.source,
    }


def _templates_list(args, library) -> int:
    items = library.for_duty(args.duty) if args.duty else list(library.templates.values())
    for problem in library.problems.values():
        print(f"diplomat: {problem.message(_lang(args))}", file=sys.stderr)
    if args.json:
        _json([_summary(t) for t in items])
        return 0
    lang = _lang(args)
    for t in items:
        m = t.manifest
        duty = ",".join(map(str, m.duties))
        print(f"{m.id:<22} {m.name.get(lang):<34} {TEXT['duty'][lang].lower()} {duty:<6} "
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


def _templates_show(args, library) -> int:
    t = library.get(args.id)
    m = t.manifest
    fmts = [{"id": formats.get(i).id, "width": formats.get(i).width,
             "height": formats.get(i).height} for i in m.formats]
    if args.json:
        _json({**_summary(t), "description": {"id": m.description.id, "en": m.description.en},
               "version": m.version, "themes": [th.id for th in m.themes],
               "fields": [_field_dict(f) for f in m.fields], "format_sizes": fmts})
        return 0
    lang = _lang(args)
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


def build_design(args) -> Design:
    """A Design from --design, then ID, --format, --theme, --lang, --set and --image on top."""
    design = Design.load(args.design) if args.design else Design(template=args.id or "")
    if args.id:
        design.template = args.id
    if not design.template:
        raise FieldError("Sebutkan id template atau --design.", "Give a template id or --design.")
    if args.format:
        design.format = args.format
    for attr in ("theme", "lang"):
        if getattr(args, attr, None):
            setattr(design, attr, getattr(args, attr))
    if getattr(args, "brand", None):
        design.brand = Brand.load(args.brand)
    for item in args.sets:
        key, value = _pair(item, "--set")
        design.fields[key] = _maybe_json(value)
    for item in args.images:
        key, value = _pair(item, "--image")
        design.images[key] = ImageRef(str(Path(value).expanduser().resolve()))
    return design


def _pair(item: str, flag: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key:
        raise FieldError(f"{flag} harus berbentuk KUNCI=NILAI, bukan '{item}'.",
                         f"{flag} must be KEY=VALUE, not '{item}'.")
    return key.strip(), value


def _maybe_json(value: str):
    """A list field takes JSON (`--set alasan='[{"judul": "..."}]'`); anything else is text."""
    if value.startswith("["):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            pass
    return value


def render(args, library) -> int:
    from .export import export, file_type

    file_type(args.out)  # refuse a bad extension before any work
    design = build_design(args)
    comp = export(design, library, args.out, scale=args.scale)
    lang = design.lang if not getattr(args, "lang", None) else args.lang
    for box in comp.report.overflows:
        print(TEXT["overflow"][lang].format(field=box.field or "?", size=box.size,
                                            hidden=box.hidden_lines), file=sys.stderr)
    print(f"{TEXT['written'][lang]}: {args.out}")
    return 0


def _json(data) -> None:
    from .cli import emit_json

    emit_json(data)
