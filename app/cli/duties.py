"""`diplomat duties`: the ten duties, quoted from Komunikonten (2018)."""

from __future__ import annotations

from app.cli import options
from app.model import duties as duties_model

CREDIT = {"id": "Sumber", "en": "Source"}


def register(sub, say) -> None:
    about = say("tampilkan 10 tugas diplomat", "list the ten duties of a diplomat")
    d = sub.add_parser("duties", help=about, description=about)
    options.add_json(d, say)
    options.add_lang(d, say)
    d.set_defaults(handler=run, needs_library=False)


def run(args, library=None) -> int:
    data = duties_model.load()
    if args.json:
        options.emit_json({
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
    print(f"{CREDIT[langs[0]]}: {data.credit[langs[0]]}")
    return 0
