"""`diplomat batch ID SHEET --out DIR`: one spreadsheet into a checked graphic per row and format.

Exit codes: 0 every row made (warnings allowed), 1 some rows blocked or failed (the report says
why; the others are made), 2 bad input (no such template, an unmapped required field, ...),
130 stopped with Ctrl+C (what is done is kept; --resume carries on)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.batch import FILE_TYPES
from app.cli import options as opt
from app.errors import FieldError
from app.model.design import Brand, Design

if TYPE_CHECKING:
    from app.batch import production
    from app.batch.plan import Options

# The command's machinery is imported when the command runs, not when the parser is built:
# every `diplomat` start builds all parsers, and the checklist and the batch pool cost 0.2 s
# to import (docs/architecture.md, "The command line").

EXIT_SOME_ROWS, EXIT_INTERRUPTED = 1, 130
T = {
    "id": {"missing": "Kolom wajib tanpa kolom lembar", "unmatched": "Kolom lembar yang tidak dipakai",
           "images": "Gambar yang hilang atau tidak terbaca", "rows": "Baris bermasalah", "row": "baris",
           "ready": "Siap: {n} baris, {ok} tanpa masalah.", "none": "tidak ada",
           "done": "Selesai: {ok} siap, {warn} perlu dicek, {blocked} diblokir, {failed} gagal; {images} gambar "
                   "dalam {secs:.1f} detik. Laporan: {report}",
           "stopped": "Dihentikan. Yang sudah jadi tersimpan; jalankan lagi dengan --resume.",
           "bar": "baris", "empty": "{n} baris kosong dilewati.", "status": {"blocked": "diblokir", "failed": "gagal",
                                                                               "warn": "perlu dicek"}},
    "en": {"missing": "Required fields with no sheet column", "unmatched": "Sheet columns that match no field",
           "images": "Missing or unreadable images", "rows": "Rows with problems", "row": "row",
           "ready": "Ready: {n} rows, {ok} without problems.", "none": "none",
           "done": "Done: {ok} ok, {warn} to check, {blocked} blocked, {failed} failed; {images} images in "
                   "{secs:.1f} s. Report: {report}",
           "stopped": "Stopped. Finished rows are kept; run again with --resume.",
           "bar": "rows", "empty": "{n} empty rows skipped.", "status": {"blocked": "blocked", "failed": "failed",
                                                                          "warn": "to check"}},
}


def register(sub, say) -> None:
    about = say("produksi massal dari lembar kerja", "one graphic per spreadsheet row")
    b = sub.add_parser("batch", help=about, description=about)
    b.add_argument("id", help=say("id template", "template id")).complete = opt.TEMPLATE_IDS
    b.add_argument("sheet", type=Path, help=say("CSV, XLSX, XLS atau ODS", "CSV, XLSX, XLS or ODS"))
    b.add_argument("--out", type=Path, required=True, help=say("folder keluaran", "output folder")
                   ).complete = opt.FOLDER
    b.add_argument("--formats", default="", help=say("mis. portrait,story (bawaan: format pertama template)",
                                                     "e.g. portrait,story (default: the template's first format)"))
    b.add_argument("--type", default="jpg", choices=[t.lstrip(".") for t in FILE_TYPES],
                   help=say("jenis berkas (bawaan: jpg)", "file type (default: jpg)"))
    b.add_argument("--name", default="", help=say('pola nama berkas, mis. "{nama}_{format}"; juga {row}',
                                                  'file name pattern, e.g. "{nama}_{format}"; also {row}'))
    b.add_argument("--map", action="append", default=[], metavar=say("KOLOM=KOLOM_TEMPLATE", "COLUMN=FIELD"),
                   help=say("pasangkan kolom lembar ke kolom template (boleh berulang)",
                            "map a sheet column to a template field (repeatable)"))
    b.add_argument("--sheet", dest="sheet_name", help=say("nama lembar (XLSX/ODS)", "sheet name (XLSX/ODS)"))
    b.add_argument("--design", type=Path, help=say("desain JSON dasar: nilai yang sama untuk semua baris "
                                                   "(mis. penandatangan sertifikat)",
                                                   "base design JSON: the values every row shares "
                                                   "(e.g. a certificate's signatories)"))
    b.add_argument("--brand", type=Path, help=say("berkas brand kit JSON", "brand kit JSON file"))
    b.add_argument("--theme", help=say("tema warna", "colour theme"))
    b.add_argument("--platform", choices=opt.PLATFORMS, help=say("platform tujuan; batas panjangnya diperiksa",
                                                                 "target platform; its limits are checked"))
    opt.add_lang(b, say)
    b.add_argument("--jobs", type=_jobs(say), default=0, help=say("proses pekerja (bawaan: jumlah inti CPU)",
                                                             "worker processes (default: the CPU cores)"))
    b.add_argument("--resume", action="store_true", help=say("lewati baris yang sudah jadi dan tidak berubah",
                                                             "skip rows already made and unchanged"))
    b.add_argument("--scheduler", metavar="tcp://HOST:PORT", help=say("kluster Dask (paket tambahan 'cluster')",
                                                                      "a Dask cluster (the 'cluster' extra)"))
    b.add_argument("--dry-run", action="store_true", help=say("periksa saja, jangan render",
                                                              "check only, render nothing"))
    b.add_argument("--single-pdf", type=Path, metavar=say("BERKAS", "FILE"),
                   help=say("juga satu PDF berhalaman banyak", "also one PDF with a page per graphic"))
    b.add_argument("--zip", action="store_true", help=say("kemas folder keluaran jadi satu .zip",
                                                          "pack the output folder into one .zip"))
    b.set_defaults(handler=run)


def _jobs(say):
    def jobs(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = -1
        if not 0 <= value <= 256:  # argparse turns this into its usage error, exit 2
            raise argparse.ArgumentTypeError(say(
                f"'{text}' bukan bilangan bulat 0 sampai 256 (0: sebanyak inti CPU)",
                f"'{text}' is not a whole number from 0 to 256 (0: as many as the CPU cores)"))
        return value
    return jobs


def options_from(args) -> Options:
    from app.batch.plan import Options

    return Options(
        template=args.id, sheet=args.sheet, out_dir=args.out,
        formats=[f.strip() for f in args.formats.split(",") if f.strip()], file_type=args.type,
        name_pattern=args.name, maps=args.map, sheet_name=args.sheet_name,
        brand=Brand.load(args.brand) if args.brand else Brand(), lang=opt.lang(args), theme=args.theme,
        platform=args.platform, jobs=args.jobs, resume=args.resume, scheduler=args.scheduler,
        single_pdf=args.single_pdf, zip=args.zip, user_dirs=[str(d) for d in args.templates_dir],
        base_fields=_base_fields(args))


def _base_fields(args) -> dict:
    """--design: its field values are the starting point of every row (a certificate's
    organiser and signatories); the sheet's columns fill in the rest."""
    if not args.design:
        return {}
    base = Design.load(args.design)
    if base.template and base.template != args.id:
        raise FieldError(f"--design dibuat untuk template '{base.template}', bukan '{args.id}'.",
                         f"--design was made for template '{base.template}', not '{args.id}'.")
    return dict(base.fields)


def run(args, library) -> int:
    from app.batch import production, runner
    from app.batch.plan import prepare

    options = options_from(args)
    plan = prepare(options, library)
    lang = options.lang
    jobs = options.jobs or runner.default_jobs()
    if args.dry_run:
        with _bar(lang) as bar:
            pre = production.preflight(plan, jobs, _progress(bar))
        _print_preflight(pre, lang)
        return 2 if pre.missing else 0
    with _bar(lang) as bar:
        summary = production.run_batch(plan, jobs, _progress(bar))
    counts = summary.counts()
    if summary.interrupted:
        print(T[lang]["stopped"], file=sys.stderr)
        return EXIT_INTERRUPTED
    print(T[lang]["done"].format(**counts, images=summary.images, secs=summary.seconds,
                                 report=Path(options.out_dir) / "report.html"))
    return EXIT_SOME_ROWS if counts["blocked"] or counts["failed"] else 0


def _bar(lang: str):
    from tqdm import tqdm

    return tqdm(total=None, unit=T[lang]["bar"], file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                disable=None)  # no bar when stderr is not a terminal (a log, a pipe)


def _progress(bar):
    def update(done: int, total: int, result) -> None:
        if bar.total != total:
            bar.total = total
        bar.update(done - bar.n)
    return update


def _print_preflight(pre: production.Preflight, lang: str) -> None:
    t = T[lang]
    print(f"{t['missing']}: " + (", ".join(f"{f.key} ({f.label.get(lang)})" for f in pre.missing) or t["none"]))
    print(f"{t['unmatched']}: " + (", ".join(pre.unmatched) or t["none"]))
    print(f"{t['images']}:" + ("" if pre.image_problems else f" {t['none']}"))
    for row, key, _path, why in pre.image_problems:
        print(f"  {t['row']} {row:<6} {key:<14} {why[lang]}")
    bad = [r for r in pre.rows if r.status != "ok"]
    print(f"{t['rows']}:" + ("" if bad else f" {t['none']}"))
    for r in bad:
        detail = (r.cause or {}).get(lang) or "; ".join(f"{f['rule']} {f['message'][lang]}" for f in r.findings[:3])
        print(f"  {t['row']} {r.number:<6} {t['status'].get(r.status, r.status):<12} {detail}")
    if pre.skipped_empty:
        print(t["empty"].format(n=pre.skipped_empty))
    if not pre.missing:
        print(t["ready"].format(n=len(pre.rows), ok=sum(r.status == "ok" for r in pre.rows)))
