"""`diplomat check`: the pre-publish checklist from the command line.

Exit codes: 0 pass or warn, 1 block, 2 bad input."""

from __future__ import annotations

from pathlib import Path

from app.cli import options
from app.errors import FieldError

# The command's machinery is imported when the command runs, not when the parser is built:
# every `diplomat` start builds all parsers, and the checklist and the batch pool cost 0.2 s
# to import (docs/architecture.md, "The command line").

EXIT_BLOCK = 1
PREVIEW_SCALE = 0.5  # what the editor's live checklist reads; contrast is judged on these pixels
HEAD = {
    "id": {"verdict": "Hasil", "pass": "LULUS", "warn": "PERLU DICEK", "block": "DIBLOKIR",
           "questions": "Pertanyaan untuk Anda", "unanswered": "belum dijawab",
           "overridden": "dilewati dengan alasan", "fix": "perbaikan"},
    "en": {"verdict": "Verdict", "pass": "PASS", "warn": "CHECK", "block": "BLOCKED",
           "questions": "Questions for you", "unanswered": "not answered",
           "overridden": "overridden with reason", "fix": "fix"},
}


def register(sub, say) -> None:
    about = say("periksa sebelum terbit (tugas 5 & 6)", "the pre-publish checklist (duties 5 & 6)")
    c = sub.add_parser("check", help=about, description=about)
    options.add_design(c, say)
    options.add_post(c, say)
    c.add_argument("--text-file", type=Path, help=say("periksa teks bebas saja, seperti keterangan",
                                                      "check free text only, such as a caption"))
    c.add_argument("--business-number", action="append", default=[], metavar=say("NOMOR", "NUMBER"),
                   help=say("NIK/NPWP usaha yang boleh tampil (boleh berulang)",
                            "a business NIK/NPWP that may be shown (repeatable)"))
    options.add_json(c, say)
    c.add_argument("--report-html", type=Path, help=say("tulis laporan HTML", "write an HTML report"))
    c.add_argument("--report-json", type=Path, help=say("tulis laporan JSON", "write a JSON report"))
    c.set_defaults(handler=run)


def run(args, library) -> int:
    from app import checklist
    from app.checklist import engine
    from app.checklist import report as report_mod
    from app.render.raster import render

    design = rendered = None
    if args.text_file:
        report = checklist.check_text(options.read_text(args.text_file), args.platform, args.alt_text)
        engine.apply_answers(report, options.pairs(args.answer, "--answer"))
        engine.apply_overrides(report, options.pairs(args.override, "--override"))
    else:
        if not (args.id or args.design):
            raise FieldError("Sebutkan id template, --design atau --text-file.",
                             "Give a template id, --design or --text-file.")
        design = options.apply_post(options.build_design(args), args, library)
        design.business_numbers += args.business_number
        rendered = render(design, library, PREVIEW_SCALE)
        report = checklist.check_design(design, rendered, args.platform)
    lang = args.lang or (design.lang if design else "id")
    if args.report_json:
        report_mod.write_json(report, args.report_json, design)
    if args.report_html:
        report_mod.write_html(report, args.report_html, design, rendered, lang)
    if args.json:
        options.emit_json(report.to_json_dict())
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
