"""A batch before it runs: the options, the template, the sheet and its column mapping, and the
stream of per-row tasks (with their output names and input hashes) made from it."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app import fsguard
from app.authoring.thumbnails import fingerprint
from app.batch import FILE_TYPES, mapping, names, runner
from app.batch.job import RowTask
from app.batch.sheets import Row, Sheet, open_sheet
from app.errors import FieldError, FormatError, RowProblem
from app.model.design import Brand
from app.output.encode import file_type as check_file_type
from app.render import images
from app.templating.library import Library, Template


@dataclass
class Options:
    template: str
    sheet: Path
    out_dir: Path
    formats: list[str] = field(default_factory=list)  # empty: the template's first format
    file_type: str = ".jpg"
    name_pattern: str = ""  # empty: names.DEFAULT_PATTERN, or "{format}"-less for one format
    maps: list[str] = field(default_factory=list)  # "column=field" pairs
    sheet_name: str | None = None
    brand: Brand = field(default_factory=Brand)
    lang: str = "id"
    theme: str | None = None
    platform: str | None = None
    jobs: int = 0  # 0: the core count
    resume: bool = False
    scheduler: str | None = None
    single_pdf: Path | None = None
    zip: bool = False
    user_dirs: list[str] = field(default_factory=list)
    base_fields: dict = field(default_factory=dict)  # from --design: the same for every row (signatories)


@dataclass
class Plan:
    options: Options
    template: Template
    sheet: Sheet
    mapping: dict[str, str]  # field key -> column
    unmatched: list[str]  # columns that feed no field
    missing: list  # required manifest Fields with no column

    @property
    def formats(self) -> list[str]:
        return self.options.formats or [self.template.manifest.formats[0]]


def prepare(options: Options, library: Library) -> Plan:
    """Read the sheet's header, map its columns and check the options; no row is read yet."""
    template = library.get(options.template)
    man = template.manifest
    if man.slides:
        raise FormatError(
            f"Template '{man.id}' adalah carousel: poin-poinnya (satu slide per poin) berasal dari daftar, "
            "bukan dari satu kolom lembar kerja, jadi belum bisa diproduksi massal. Buat dengan "
            "'diplomat render' atau Ekspor di aplikasi.",
            f"Template '{man.id}' is a carousel: its points (one slide each) come from a list, not from "
            "one sheet column, so it cannot be batch-produced yet. Make it with 'diplomat render' or "
            "Export in the app.")
    options.file_type = _file_type(options.file_type)
    if options.scheduler:
        runner.check_scheduler(options.scheduler)
    for fmt in options.formats:
        if fmt not in man.formats:
            raise FormatError(f"Template '{man.id}' tidak punya format '{fmt}'. Tersedia: {', '.join(man.formats)}.",
                              f"Template '{man.id}' has no '{fmt}' format. Available: {', '.join(man.formats)}.")
    sheet = open_sheet(options.sheet, options.sheet_name)
    auto = mapping.auto_map(sheet.columns, man)
    mapped = mapping.apply_overrides(auto, man, sheet.columns, options.maps)
    missing = [f for f in mapping.missing_required(mapped, man) if f.key not in options.base_fields]
    plan = Plan(options, template, sheet, mapped, mapping.unmatched_columns(mapped, sheet.columns), missing)
    pattern = name_pattern(plan)
    names.check_pattern(pattern, {f.key for f in man.fields})
    if len(plan.formats) > 1 and "format" not in names.fields_in(pattern):
        raise FieldError("Pola nama harus memuat {format} bila ada lebih dari satu format.",
                         "The name pattern must hold {format} when there is more than one format.")
    return plan


def _file_type(value: str) -> str:
    suffix = value if value.startswith(".") else f".{value}"
    suffix = check_file_type(Path(f"x{suffix}"))
    suffix = ".jpg" if suffix == ".jpeg" else suffix
    if suffix not in FILE_TYPES:
        raise FormatError(f"Batch membuat {', '.join(FILE_TYPES)}, bukan {suffix}.",
                          f"Batch makes {', '.join(FILE_TYPES)}, not {suffix}.")
    return suffix


def name_pattern(plan: Plan) -> str:
    if plan.options.name_pattern:
        return plan.options.name_pattern
    return names.DEFAULT_PATTERN if len(plan.formats) > 1 else "{row}"


def tasks(plan: Plan, book: names.NameBook) -> Iterator[tuple[Row, RowTask | None, list]]:
    """(row, its task, its problems) for every row, streamed in sheet order. A row whose cells
    cannot be used (a blank required cell) has no task and names its problems."""
    man = plan.template.manifest
    sheet_dir = Path(plan.options.sheet).resolve().parent
    template_version = f"{man.version}:{fingerprint(plan.template)}"
    pattern = name_pattern(plan)
    for row in plan.sheet.rows():
        try:
            fields, image_paths = mapping.row_values(row, plan.mapping, man, sheet_dir)
        except RowProblem as problem:
            yield row, None, [{"id": problem.message("id"), "en": problem.message("en")}]
            continue
        fields = {**plan.options.base_fields, **fields}  # the row's own values win
        name_values = {**fields, **{k: Path(v).stem for k, v in image_paths.items()}}
        row_names = {fmt: book.claim(names.render_name(pattern, name_values, row.number, fmt),
                                     plan.options.file_type) for fmt in plan.formats}
        task = RowTask(number=row.number, template=man.id, fields=fields,
                       images={k: str(v) for k, v in image_paths.items()}, names=row_names,
                       formats=plan.formats, file_type=plan.options.file_type,
                       out_dir=str(plan.options.out_dir), lang=plan.options.lang, theme=plan.options.theme,
                       brand=plan.options.brand, platform=plan.options.platform,
                       want_svg=plan.options.single_pdf is not None)
        task.input_hash = input_hash(task, template_version)
        yield row, task, []


def input_hash(task: RowTask, template_version: str) -> str:
    """What decides a row's output: its values, its images (see _file_digest), the template's
    version and files, and the options. --resume skips a row only when this is unchanged."""
    h = hashlib.blake2b(digest_size=16)
    h.update(json.dumps({"fields": task.fields, "names": task.names, "formats": task.formats,
                         "type": task.file_type, "lang": task.lang, "theme": task.theme,
                         "brand": task.brand.to_dict(), "platform": task.platform,
                         "template": template_version}, sort_keys=True, default=str).encode())
    for key in sorted(task.images):
        h.update(key.encode())
        h.update(_file_digest(Path(task.images[key])))
    if task.brand.logo:
        h.update(_file_digest(Path(task.brand.logo.path)))
    return h.hexdigest()


HEAD_BYTES = 64 * 1024


def _file_digest(path: Path) -> bytes:
    """An image's identity: its size, its modification time and its first 64 KiB, as rsync and
    make judge a changed file. Reading and hashing every 2-5 MB photo whole cost the batch's
    main process 4 ms a row, a tenth of what a worker spends on it, on a 2-core machine where
    both cores are already drawing."""
    try:  # an ordinary file only: a FIFO or /dev/zero as an "image" would be read for ever
        with open(fsguard.regular_file(path, images.MAX_FILE_BYTES), "rb") as handle:
            info = os.fstat(handle.fileno())
            head = handle.read(HEAD_BYTES)
    except (OSError, fsguard.NotAFile):
        return b"missing"
    return hashlib.blake2b(f"{info.st_size}:{info.st_mtime_ns}:".encode() + head, digest_size=16).digest()
