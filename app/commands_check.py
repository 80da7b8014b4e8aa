"""`diplomat check`: the pre-publish checklist from the command line.

Exit codes: 0 pass or warn, 1 block, 2 bad input."""

from __future__ import annotations

import argparse
from pathlib import Path

from .errors import FieldError

EXIT_BLOCK = 1
HEAD = {
    "id": {"verdict": "Hasil", "pass": "LULUS", "warn": "PERLU DICEK", "block": "DIBLOKIR",
           "questions": "Pertanyaan untuk Anda", "unanswered": "belum dijawab",
           "overridden": "dilewati dengan alasan", "fix": "perbaikan"},
    "en": {"verdict": "Verdict", "pass": "PASS", "warn": "CHECK", "block": "BLOCKED",
           "questions": "Questions for you", "unanswered": "not answered",
           "overridden": "overridden with reason", "fix": "fix"},
}


def add_parser(sub) -> None:
    c = sub.add_parser("check", help="periksa sebelum terbit (tugas 5 & 6) / pre-publish checklist")
    c.add_argument("id", nargs="?", help="id template (atau --design / --text-file)")
    c.add_argument("--format")
    c.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="sets")
    c.add_argument("--image", action="append", default=[], metavar="KEY=PATH", dest="images")
    c.add_argument("--design", type=Path)
    c.add_argument("--theme")
    c.add_argument("--brand", type=Path)
    c.add_argument("--caption-file", type=Path)
    c.add_argument("--alt-text")
    c.add_argument("--platform", choices=("instagram", "x", "facebook", "tiktok", "whatsapp", "linkedin"))
    c.add_argument("--text-file", type=Path, help="periksa teks bebas saja, seperti keterangan")
    c.add_argument("--answer", action="append", default=[], metavar="RULE=ya|tidak|tidak-berlaku")
    c.add_argument("--override", action="append", default=[], metavar="RULE=ALASAN")
    c.add_argument("--business-number", action="append", default=[], metavar="NOMOR")
    c.add_argument("--json", action="store_true")
    c.add_argument("--report-html", type=Path)
    c.add_argument("--report-json", type=Path)
    c.add_argument("--lang", choices=("id", "en"))


def add_publish_parser(sub) -> None:
    p = sub.add_parser("publish", help="tulis paket terbit yang sudah dicek / write a checked publish kit")
    p.add_argument("id", nargs="?")
    p.add_argument("--design", type=Path)
    p.add_argument("--format", help=argparse.SUPPRESS)
    p.add_argument("--formats", default="portrait", help="mis. square,portrait,story")
    p.add_argument("--types", default=".jpg", help="mis. .jpg,.png,.pdf")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="sets")
    p.add_argument("--image", action="append", default=[], metavar="KEY=PATH", dest="images")
    p.add_argument("--theme")
    p.add_argument("--brand", type=Path)
    p.add_argument("--caption-file", type=Path)
    p.add_argument("--alt-text")
    p.add_argument("--platform", choices=("instagram", "x", "facebook", "tiktok", "whatsapp", "linkedin"))
    p.add_argument("--answer", action="append", default=[], metavar="RULE=JAWABAN")
    p.add_argument("--override", action="append", default=[], metavar="RULE=ALASAN")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--lang", choices=("id", "en"))


def publish(args, library) -> int:
    from .commands import build_design
    from .publish import write_kit

    design = build_design(args)
    if args.caption_file:
        design.caption = _read(args.caption_file)
    if args.alt_text is not None:
        design.alt_text = args.alt_text
    design.answers.update(_pairs(args.answer, "--answer"))
    design.overrides.update(_pairs(args.override, "--override"))
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    types = [t.strip() if t.strip().startswith(".") else "." + t.strip()
             for t in args.types.split(",") if t.strip()]
    lang = args.lang or design.lang
    kit = write_kit(design, library, args.out, formats, types, args.platform, lang)
    print(f"{ {'id': 'Paket terbit', 'en': 'Publish kit'}[lang] }: {kit.folder} ({len(kit.files)})")
    return 0


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FieldError(f"Berkas tidak ditemukan: {path}", f"File not found: {path}") from None
    except UnicodeDecodeError:
        try:
            return path.read_text(encoding="cp1252")
        except UnicodeDecodeError:
            raise FieldError(f"Berkas bukan teks UTF-8: {path}",
                             f"The file is not UTF-8 text: {path}") from None


def _pairs(items: list[str], flag: str) -> dict[str, str]:
    from .commands import _pair

    return dict(_pair(item, flag) for item in items)


def run(args, library) -> int:
    from . import checklist
    from .checklist import report as report_mod
    from .commands import build_design

    answers = _pairs(args.answer, "--answer")
    overrides = _pairs(args.override, "--override")
    design = rendered = None
    if args.text_file:
        report = checklist.check_text(_read(args.text_file), args.platform, args.alt_text)
        checklist.engine.apply_answers(report, answers)
        checklist.engine.apply_overrides(report, overrides)
    else:
        if not (args.id or args.design):
            raise FieldError("Sebutkan id template, --design atau --text-file.",
                             "Give a template id, --design or --text-file.")
        design = build_design(args)
        if args.caption_file:
            design.caption = _read(args.caption_file)
        if args.alt_text is not None:
            design.alt_text = args.alt_text
        design.answers.update(answers)
        design.overrides.update(overrides)
        design.business_numbers += args.business_number
        from .render import render

        rendered = render(design, library, 0.5)
        report = checklist.check_design(design, library, rendered, args.platform)
    lang = args.lang or (design.lang if design else "id")
    if args.report_json:
        report_mod.write_json(report, args.report_json, design)
    if args.report_html:
        report_mod.write_html(report, args.report_html, design, rendered, lang)
    if args.json:
        from .cli import emit_json

        emit_json(report.to_json_dict())
    else:
        _print(report, lang)
    return EXIT_BLOCK if report.verdict == "block" else 0


def _print(report, lang: str) -> None:
    h = HEAD[lang]
    print(f"{h['verdict']}: {h[report.verdict]}")
    for f in report.findings:
        where = f" [{f.field}]" if f.field else ""
        note = f" ({h['overridden']}: {f.overridden})" if f.overridden else ""
        print(f"  {f.severity.upper():<5} {f.rule:<4}{where} {f.message[lang]}{note}")
        if f.fix:
            print(f"        → {h['fix']}: {f.fix.label[lang]}")
    if report.questions:
        print(f"\n{h['questions']}:")
        for q in report.questions:
            answer = q.answer or h["unanswered"]
            print(f"  {q.rule:<4} {q.text[lang]} [{answer}]")
