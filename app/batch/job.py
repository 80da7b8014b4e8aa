"""The per-row job: one sheet row in, its files and findings out. A pure, picklable function,
so a process pool and a Dask worker run the very same code.

Each format of the row is composed once; that one render feeds the checklist and the file
(the path of the publish kit). The row's photos are decoded once for all its formats (the
decoded-source cache in render.images). A row that cannot be made (a missing image, text
that overflows or collides) is "failed" and names its cause; a row the checklist blocks is
"blocked"; neither writes a file, and neither stops the run.
"""

from __future__ import annotations

import copy
import ctypes
import io
import os
import tempfile
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from app import atomic
from app.checklist import check_design
from app.errors import DiplomatError
from app.model.design import Brand, Design, ImageRef
from app.output.encode import RASTER, encode
from app.render import images
from app.render.pdf import write_pdf
from app.render.process import worker_library
from app.render.raster import render

THUMB_SIZE = (240, 240)
# Alt text belongs to a post, written when a graphic is published, not to each file of a batch;
# the batch report says so once instead of warning on every row.
NOT_PER_ROW = {"A3"}


@dataclass
class RowTask:
    """Everything one row needs, and nothing that cannot travel to another machine."""

    number: int
    template: str
    fields: dict
    images: dict[str, str]  # field key -> path (shared folder) ...
    names: dict[str, str]  # format -> file name (with its extension)
    formats: list[str]
    file_type: str  # ".jpg", ".png", ".webp" or ".pdf"
    out_dir: str
    lang: str = "id"
    theme: str | None = None
    brand: Brand = field(default_factory=Brand)
    platform: str | None = None
    image_bytes: dict[str, bytes] | None = None  # ... or the images themselves (a cluster)
    return_files: bool = False  # a cluster worker sends the files back instead of writing them
    want_svg: bool = False  # the first format's SVG, for --single-pdf
    dry_run: bool = False  # compose and check, write nothing (--dry-run)
    input_hash: str = ""


@dataclass
class RowResult:
    number: int
    status: str  # ok | warn | blocked | failed
    files: list[str] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    cause: dict | None = None  # {"id": ..., "en": ...} for a failed row
    timings: dict[str, float] = field(default_factory=dict)
    thumb: bytes | None = None
    file_bytes: dict[str, bytes] | None = None
    svg: str | None = None
    input_hash: str = ""


def run_row(task: RowTask) -> RowResult:
    """Render, check and write one row in every format. Never raises for the row's own faults."""
    try:
        return _run_row(task)
    finally:
        _give_back_memory()


_rows_done = 0
TRIM_EVERY = 32
try:
    _libc = ctypes.CDLL("libc.so.6")
except OSError:  # not glibc (macOS, Windows): their allocators return memory by themselves
    _libc = None


def _give_back_memory() -> None:
    """Every TRIM_EVERY rows, hand the heap's free pages back to the system. glibc keeps freed
    multi-megabyte buffers (decoded photos, pixels) in the heap; over 10,000 rows a worker's
    RSS would only grow. Not every row: the pages given back are faulted in again by the next
    row's buffers (5,000 page faults, 10 ms of a 105 ms row when trimmed every 2 rows), while
    trimming every 32 rows keeps a worker's peak within about 10 MB of that."""
    global _rows_done
    _rows_done += 1
    if _libc is not None and _rows_done % TRIM_EVERY == 0:
        _libc.malloc_trim(0)


def _run_row(task: RowTask) -> RowResult:
    images.timings.take()
    shipped = tempfile.TemporaryDirectory(prefix="diplomat-row-") if task.image_bytes else nullcontext()
    with shipped as tmp:
        design = _design(task, Path(tmp) if tmp else None)
        try:
            return _make(task, design)
        except DiplomatError as exc:
            return RowResult(task.number, "failed", cause={"id": exc.message("id"), "en": exc.message("en")},
                             timings=images.timings.take(), input_hash=task.input_hash)


def _design(task: RowTask, tmp: Path | None) -> Design:
    paths = dict(task.images)
    brand = copy.deepcopy(task.brand)
    if task.image_bytes:  # from a cluster client: write the bytes where this worker can read them
        for key, data in task.image_bytes.items():
            target = tmp / f"{len(paths)}-{key.replace('.', '_')}"
            target.write_bytes(data)
            if key == "brand.logo":
                brand.logo = ImageRef(str(target))
            else:
                paths[key] = str(target)
    # samples=False: a field the sheet leaves out stays empty; the template's sample text ("Kopi
    # Arabika Gayo, Takengon") must never appear on a participant's certificate
    return Design(template=task.template, lang=task.lang, theme=task.theme, fields=dict(task.fields),
                  images={k: ImageRef(v) for k, v in paths.items()}, brand=brand, samples=False)


def _make(task: RowTask, design: Design) -> RowResult:
    library = worker_library()
    spent: dict[str, float] = {}
    ready, findings, status, thumb, svg = {}, [], "ok", None, None
    for fmt in task.formats:
        variant = copy.deepcopy(design)
        variant.format = fmt
        start = time.perf_counter()
        rendered = render(variant, library, 1.0)
        spent["layout"] = spent.get("layout", 0.0) + time.perf_counter() - start
        start = time.perf_counter()
        rendered.image.load()  # the checklist judges the pixels, so even a PDF row is drawn once
        spent["raster"] = spent.get("raster", 0.0) + time.perf_counter() - start
        start = time.perf_counter()
        # the words, links and photo are the same in every format: check them once per row
        report = check_design(variant, rendered, task.platform, layout_only=fmt != task.formats[0])
        spent["check"] = spent.get("check", 0.0) + time.perf_counter() - start
        findings += _findings(report, fmt)
        problem = _layout_problem(rendered, fmt)
        if problem:
            return _failed(task, problem, findings, spent)
        if any(f.severity == "block" and not f.overridden for f in report.findings):
            status = "blocked"
        elif any(f["severity"] == "warn" for f in findings) and status == "ok":
            status = "warn"
        if fmt == task.formats[0]:
            thumb = _thumb(rendered)
            svg = rendered.composition.svg if task.want_svg else None
        if status != "blocked" and not task.dry_run:
            start = time.perf_counter()
            ready[fmt] = _payload(task, rendered)  # the encoded file, so the pixels can go now
            spent["encode"] = spent.get("encode", 0.0) + time.perf_counter() - start
        del rendered  # a row keeps one format's pixels at a time: memory stays flat
    for stage, seconds in images.timings.take().items():
        spent[stage] = spent.get(stage, 0.0) + seconds
    spent["layout"] = max(0.0, spent.get("layout", 0.0) - spent.get("decode", 0.0) - spent.get("resize", 0.0))
    result = RowResult(task.number, status, findings=findings, timings=spent, input_hash=task.input_hash)
    if status == "blocked" or task.dry_run:
        return result
    _write(task, ready, result)
    result.thumb, result.svg = thumb, svg
    return result


def _payload(task: RowTask, rendered):
    """What the file will hold: JPEG/PNG/WebP bytes, or for a PDF the composition (vector)."""
    if task.file_type == ".pdf":
        return rendered.composition
    return encode(rendered.image, RASTER[task.file_type])


def _findings(report, fmt: str) -> list[dict]:
    return [{"rule": f.rule, "severity": f.severity, "field": f.field, "format": fmt,
             "message": dict(f.message)} for f in report.findings
            if f.severity in ("block", "warn") and f.rule not in NOT_PER_ROW]


def _layout_problem(rendered, fmt: str) -> dict | None:
    """Text hidden by an overflow or run into something: the row is not fit to print."""
    report = rendered.composition.report
    for box in report.overflows:
        return {"id": f"{fmt}: teks kolom '{box.field}' tidak muat di kotaknya, bahkan pada {box.size:g}px.",
                "en": f"{fmt}: the text of field '{box.field}' does not fit its box, even at {box.size:g}px."}
    collisions = getattr(report, "collisions", None)
    for hit in collisions() if callable(collisions) else []:
        return {"id": f"{fmt}: teks '{hit.a}' menabrak '{hit.b}'.", "en": f"{fmt}: text '{hit.a}' runs into '{hit.b}'."}
    return None


def _failed(task: RowTask, cause: dict, findings: list[dict], spent: dict) -> RowResult:
    return RowResult(task.number, "failed", findings=findings, cause=cause, timings=spent,
                     input_hash=task.input_hash)


def _write(task: RowTask, ready: dict, result: RowResult) -> None:
    out = Path(task.out_dir)
    if task.return_files:
        result.file_bytes = {}
    for fmt, payload in ready.items():
        name = task.names[fmt]
        if task.file_type == ".pdf":
            data = _pdf_bytes(payload) if task.return_files else None
            if data is None:
                write_pdf(payload, out / name)
        else:
            data = payload
            if not task.return_files:
                atomic.write_bytes(out / name, data)
        if task.return_files:
            result.file_bytes[name] = data
        result.files.append(name)


def _pdf_bytes(composition) -> bytes:
    fd, tmp = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    path = Path(tmp)
    try:
        path.unlink()
        write_pdf(composition, path)
        return path.read_bytes()
    finally:
        path.unlink(missing_ok=True)


def _thumb(rendered) -> bytes:
    factor = max(1, max(rendered.image.size) // max(THUMB_SIZE))
    # a box reduction to just above the thumbnail, then thumbnail()'s short resize: 1.3 ms a
    # poster, where reduce(2) and a resize from half size took 3.0
    image = rendered.image.reduce(factor)
    image.thumbnail(THUMB_SIZE)
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=80)
    return buf.getvalue()
