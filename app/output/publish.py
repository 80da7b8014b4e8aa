"""The publish kit: one folder with the images in every chosen format and type, caption.txt,
alt-text.txt and the checklist report (HTML and JSON). The checklist gates it: a block that is
neither fixed nor overridden with a typed reason stops the kit before any file is written.

Each format is composed once, at full size; that one render feeds the checklist and every file
type. The batch engine calls the same `render_formats` for each row."""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from app import atomic
from app.checklist import check_design
from app.checklist.report import write_html, write_json
from app.errors import DiplomatError, FormatError, WriteError
from app.model.formats import get as format_spec
from app.output.encode import file_type
from app.output.export import export, write_book
from app.output.naming import slug
from app.render.raster import Rendered
from app.render.slides import render_all, slide_name

REPORT_NAME = "laporan-checklist"


class PublishBlocked(DiplomatError):
    exit_code = 1

    def __init__(self, rules: list[str], findings: list | None = None):
        joined = ", ".join(rules)
        super().__init__(
            f"Belum bisa diterbitkan: perbaiki atau lewati dengan alasan tertulis ({joined}).",
            f"Not ready to publish: fix these or override them with a typed reason ({joined}).")
        self.rules = rules
        self.findings = findings or []  # the blocking findings, for a dialog to name in words


@dataclass
class Kit:
    folder: Path
    files: list[Path] = field(default_factory=list)
    report: object = None


def render_formats(design, library, formats: list[str]) -> dict[str, list[Rendered]]:
    """Each format's slides (one, but for a carousel), rendered full size, in the order given."""
    man = library.get(design.template).manifest
    for fmt in formats:
        if fmt not in man.formats:
            raise FormatError(f"Template tidak punya format '{fmt}'.", f"The template has no '{fmt}' format.")
    out = {}
    for fmt in formats:
        variant = copy.deepcopy(design)
        variant.format = fmt
        out[fmt] = render_all(variant, library, 1.0)
    return out


def check_all(design, renders: dict[str, list[Rendered]], platform: str | None):
    """The checklist over every slide of every format; each one's layout findings are kept."""
    report = None
    for fmt, slides in renders.items():
        for rendered in slides:
            variant = copy.deepcopy(design)
            variant.format, variant.slide = fmt, rendered.composition.slide
            # the words, links and photos are the same on every page: checked with the first
            current = check_design(variant, rendered, platform, layout_only=report is not None)
            if report is None:
                report = current
                continue
            seen = {(f.rule, f.field, f.span) for f in report.findings}
            report.findings += [f for f in current.findings if (f.rule, f.field, f.span) not in seen]
    return report


def headline(rendered: Rendered, lang: str) -> str:
    """The first required text field, else the template's name: the kit's folder and file names."""
    comp = rendered.composition
    man = comp.template.manifest
    key = man.headline_key()
    value = comp.values.get(key) if key else None
    return str(value) if value else man.name.get(lang)


def write_kit(design, library, out_dir: Path, formats: list[str], types: list[str],
              platform: str | None = None, lang: str = "id", progress=None) -> Kit:
    for suffix in types:
        file_type(Path(f"x{suffix}"))
    renders = render_formats(design, library, formats)
    report = check_all(design, renders, platform)
    blocking = report.blocking()
    if blocking:
        raise PublishBlocked(sorted({item.rule for item in blocking}), blocking)
    first = next(iter(renders.values()))[0]
    name = slug(headline(first, lang))
    folder = Path(out_dir) / name
    made_out_dir = not Path(out_dir).exists()
    staging = _staging(Path(out_dir), name)
    kit = Kit(folder, report=report)
    try:
        files = _write_files(design, renders, report, first, staging, name, types, lang, progress)
        _swap_in(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # nothing half-written is left behind,
        if made_out_dir:
            with contextlib.suppress(OSError):
                Path(out_dir).rmdir()  # not even the folder we made for it
        raise
    kit.files = [folder / f.name for f in files]
    return kit


def _staging(out_dir: Path, name: str) -> Path:
    """A hidden folder beside the kit, so the kit appears whole or not at all."""
    try:
        out_dir.mkdir(exist_ok=True)  # the output folder itself may be new; its parent must exist
        for stale in out_dir.glob(f".{name}.incoming-*"):
            shutil.rmtree(stale, ignore_errors=True)
        staging = out_dir / f".{name}.incoming-{os.getpid()}"
        staging.mkdir()
    except OSError as exc:
        raise WriteError(out_dir, exc) from None
    return staging


def _write_files(design, renders, report, first, folder: Path, name: str, types, lang, progress) -> list[Path]:
    files = []
    steps = len(renders) * len(types)
    for i, (fmt, slides) in enumerate(renders.items()):
        for j, suffix in enumerate(types):
            if len(slides) == 1:
                files.append(export(slides[0], folder / f"{name}-{fmt}{suffix}"))
            elif suffix != ".pdf":
                files += [export(r, folder / (slide_name(f"{name}-{fmt}", k, len(slides)) + suffix))
                          for k, r in enumerate(slides)]
            if progress:
                progress(i * len(types) + j + 1, steps)
        if len(slides) > 1:  # a carousel also goes as one PDF (LinkedIn's document post)
            files.append(write_book(slides, folder / f"{name}-{fmt}.pdf"))
    caption = design.caption.rstrip()
    if design.hashtags.strip():
        caption = f"{caption}\n\n{design.hashtags.strip()}" if caption else design.hashtags.strip()
    for file_name, text in (("caption.txt", caption), ("alt-text.txt", design.alt_text.strip())):
        atomic.write_text(folder / file_name, text + "\n")
        files.append(folder / file_name)
    shown = [(format_spec(fmt).label(lang), slides[0]) for fmt, slides in renders.items()]  # every format
    write_html(report, folder / f"{REPORT_NAME}.html", design, first, lang, shown)
    write_json(report, folder / f"{REPORT_NAME}.json", design)
    return files + [folder / f"{REPORT_NAME}.html", folder / f"{REPORT_NAME}.json"]


def _swap_in(staging: Path, folder: Path) -> None:
    """Put the finished kit in place; an older kit of the same name is replaced whole."""
    old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
    try:
        if folder.exists():
            folder.rename(old)
        staging.rename(folder)
    except OSError as exc:
        if old.exists() and not folder.exists():
            old.rename(folder)
        raise WriteError(folder, exc) from None
    shutil.rmtree(old, ignore_errors=True)
