"""One batch from start to end: the checks before rendering, the run (local or on a cluster),
the journal for --resume, the reports, --single-pdf and --zip. The CLI and the desktop app's
batch window both call `preflight` and `run_batch`; neither does any of this by itself."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from app import atomic
from app.batch import names, report, runner
from app.batch.job import RowResult
from app.batch.plan import Plan, tasks
from app.batch.single_pdf import SinglePdf
from app.batch.state import STATE_DIR, Journal
from app.errors import FieldError, WriteError
from app.model import formats
from app.render import images
from app.templating import manifest

Progress = Callable[[int, int, RowResult], None]  # (rows done, rows in all, the latest row)


@dataclass
class Preflight:
    """What the dry run finds, before anything is rendered."""

    missing: list  # required Fields with no column
    unmatched: list[str]
    image_problems: list[tuple[int, str, str, dict]] = field(default_factory=list)  # row, field, path, why
    rows: list[RowResult] = field(default_factory=list)  # per row: overflow, collision, block, ...
    skipped_empty: int = 0

    @property
    def can_start(self) -> bool:
        return not self.missing


def require_mapping(plan: Plan) -> None:
    """Nothing starts while a required field has no column."""
    if plan.missing:
        keys = ", ".join(f"{f.key} ({f.label.id})" for f in plan.missing)
        keys_en = ", ".join(f"{f.key} ({f.label.en})" for f in plan.missing)
        raise FieldError(f"Kolom wajib belum punya kolom lembar: {keys}. Pakai --map KOLOM=KOLOM_TEMPLATE.",
                         f"Required fields have no sheet column: {keys_en}. Use --map COLUMN=FIELD.")


def count_rows(plan: Plan) -> int:
    return sum(1 for _ in plan.sheet.rows())


def preflight(plan: Plan, jobs: int, progress: Progress | None = None, stop=lambda: False) -> Preflight:
    """The dry run: mapping, images (opened with the safe decoders, header only) and every row
    composed and checked in every format, in parallel, writing nothing."""
    pre = Preflight(plan.missing, plan.unmatched)
    if plan.missing:
        return pre
    total = count_rows(plan)

    notes: dict[int, list[dict]] = {}

    def dry_tasks():
        for row, task, problems in tasks(plan, names.NameBook()):
            if problems:
                pre.rows.append(RowResult(row.number, "failed", cause=_join(problems)))
                continue
            notes[row.number] = row_notes(plan, task)
            for key, path in task.images.items():
                why = image_problem(Path(path))
                if why:
                    pre.image_problems.append((row.number, key, path, why))
            task.dry_run = True
            yield task
    for result in _results(plan, dry_tasks(), jobs, stop):
        pre.rows.append(noted(result, notes.pop(result.number, [])))
        if progress:
            progress(len(pre.rows), total, result)
    pre.rows.sort(key=lambda r: r.number)
    pre.skipped_empty = plan.sheet.skipped_empty
    return pre


def outside_images(task, sheet_dir: Path) -> list[tuple[str, str]]:
    """(field, path) of each image a row takes from outside the sheet's folder, symlinks
    followed. That is allowed: a user's own sheet names the user's own photos wherever they
    keep them. But a sheet from someone else could name any picture on this disk (a scan of an
    ID card two folders up), so such a row is marked for the user to see, never refused."""
    try:
        home = Path(sheet_dir).resolve()
    except (OSError, RuntimeError):
        return []
    found = []
    for key, path in task.images.items():
        try:
            if not Path(path).resolve().is_relative_to(home):
                found.append((key, str(path)))
        except (OSError, RuntimeError, ValueError):  # too long to resolve: the row fails on it anyway
            continue
    return found


def row_notes(plan: Plan, task) -> list[dict]:
    """The warnings a row gets before it is drawn: each image from outside the sheet's folder,
    and each value longer than its field's max_chars (the layout was tested up to that length,
    so the row is worth a look even when it fits)."""
    images = [{"rule": "GAMBAR", "severity": "warn", "field": key, "format": "",
               "message": {"id": f"gambar dari luar folder lembar kerja: {path}",
                           "en": f"image from outside the sheet's folder: {path}"}}
              for key, path in outside_images(task, Path(plan.options.sheet).resolve().parent)]
    return images + [{"rule": "PANJANG", "severity": "warn", "field": where, "format": "",
                      "message": manifest.too_long(f, n)}
                     for f, n, where in manifest.over_limit(plan.template.manifest, task.fields)]


def noted(result: RowResult, notes: list[dict]) -> RowResult:
    """The row's result with its notes added; a row that was ok becomes a warning."""
    result.findings.extend(notes)
    if notes and result.status == "ok":
        result.status = "warn"
    return result


def image_problem(path: Path) -> dict | None:
    """Why a row's image cannot be used, or None; the header only, with the safe decoders."""
    if images.file_stat(path) is None:  # missing, a FIFO, or a name too long to look up
        return {"id": f"tidak ditemukan atau tidak bisa dibuka: {path}", "en": f"not found or cannot be opened: {path}"}
    try:
        with images.open_untrusted(path):
            return None
    except UnidentifiedImageError:
        return {"id": f"bukan gambar {images.SAFE_NAMES}: {path}", "en": f"not a {images.SAFE_NAMES} image: {path}"}
    except (OSError, ValueError, Image.DecompressionBombError):
        return {"id": f"rusak atau terlalu besar: {path}", "en": f"damaged or too large: {path}"}


def _join(problems: list) -> dict:
    return {"id": "; ".join(p["id"] for p in problems), "en": "; ".join(p["en"] for p in problems)}


def _results(plan: Plan, task_iter, jobs: int, stop):
    options = plan.options
    if options.scheduler:
        return runner.run_cluster(task_iter, options.scheduler, tuple(options.user_dirs), stop)
    return runner.run_local(task_iter, jobs, tuple(options.user_dirs), stop)


def run_batch(plan: Plan, jobs: int, progress: Progress | None = None, stop=lambda: False) -> report.Summary:
    """Render, check and write every row; Ctrl+C (KeyboardInterrupt) or `stop()` ends it early
    and keeps what is done. The reports are written in every case."""
    require_mapping(plan)
    options = plan.options
    out_dir = Path(options.out_dir)
    _make_folder(out_dir)
    start = time.perf_counter()
    summary = report.Summary(plan.template.id, str(options.sheet),
                             notes=[{"id": n.id_text, "en": n.en_text} for n in plan.sheet.notes])
    journal = Journal(out_dir, fresh=not options.resume)
    single = SinglePdf(options.single_pdf, formats.get(plan.formats[0])) if options.single_pdf else None
    total = count_rows(plan)

    def finish(result: RowResult) -> None:
        _keep(out_dir, result)
        journal.record(result)
        summary.rows.append(_slim(result))
        if single:
            single.add(result)
        if progress:
            progress(len(summary.rows), total, result)

    notes: dict[int, list[dict]] = {}

    def run_tasks():
        for row, task, problems in tasks(plan, names.NameBook()):
            if single:
                single.expect(row.number)
            if problems:
                finish(RowResult(row.number, "failed", cause=_join(problems)))
                continue
            notes[row.number] = row_notes(plan, task)
            old = journal.reusable(row.number, task.input_hash, out_dir) if options.resume else None
            if old is not None and not single:
                finish(old)  # unchanged since the last run and its files are there
                continue
            yield task
    try:
        for result in _results(plan, run_tasks(), jobs, stop):
            finish(noted(result, notes.pop(result.number, [])))
        summary.interrupted = bool(stop())
    except KeyboardInterrupt:
        summary.interrupted = True
    except BrokenProcessPool:  # a worker was killed (out of memory, a signal): keep what is done
        summary.interrupted = True
        summary.notes.append({"id": "Sebuah proses pekerja berhenti mendadak (kehabisan memori?). Jalankan lagi "
                                    "dengan --resume, mungkin dengan --jobs lebih kecil.",
                              "en": "A worker process stopped suddenly (out of memory?). Run again with --resume, "
                                    "perhaps with fewer --jobs."})
    finally:
        journal.close()
        if single and not single.close():
            summary.notes.append({"id": "PDF gabungan tidak dibuat: tidak ada baris yang jadi.",
                                  "en": "The single PDF was not made: no row was finished."})
        summary.seconds = time.perf_counter() - start
        summary.skipped_empty = plan.sheet.skipped_empty
        report.write_all(summary, out_dir, options.lang)
    if options.zip and not summary.interrupted:
        zip_folder(out_dir)
    return summary


def _make_folder(out_dir: Path) -> None:
    try:
        out_dir.mkdir(exist_ok=True)  # the folder may be new; its parent must exist
    except OSError as exc:
        raise WriteError(out_dir, exc) from None


def _keep(out_dir: Path, result: RowResult) -> None:
    """Files a cluster worker sent back are written here; the thumbnail goes to the report."""
    for name, data in (result.file_bytes or {}).items():
        atomic.write_bytes(out_dir / name, data)
    report.save_thumb(out_dir, result)


def _slim(result: RowResult) -> RowResult:
    """What the summary keeps per row: no pixels, files or SVG, so 10,000 rows stay small."""
    return RowResult(result.number, result.status, result.files, result.findings, result.cause,
                     result.timings, input_hash=result.input_hash)


def zip_folder(out_dir: Path) -> Path:
    """DIR.zip beside DIR: the images, the reports and thumbnails; not the resume journal."""
    target = out_dir.with_name(out_dir.name + ".zip")
    with atomic.staged(target) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(out_dir.rglob("*")):
            if path.is_file() and STATE_DIR not in path.relative_to(out_dir).parts:
                archive.write(path, f"{out_dir.name}/{path.relative_to(out_dir).as_posix()}")
    return target
