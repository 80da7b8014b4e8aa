"""The publish kit: one folder with the images in every chosen format and type, caption.txt,
alt-text.txt and the checklist report (HTML and JSON). The checklist gates it: a block that is
neither fixed nor overridden with a typed reason stops the kit before any file is written."""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import atomic
from .errors import DiplomatError, FormatError

REPORT_NAME = "laporan-checklist"


class PublishBlocked(DiplomatError):
    exit_code = 1

    def __init__(self, rules: list[str]):
        joined = ", ".join(rules)
        super().__init__(
            f"Belum bisa diterbitkan: perbaiki atau lewati dengan alasan tertulis ({joined}).",
            f"Not ready to publish: fix these or override them with a typed reason ({joined}).")
        self.rules = rules


@dataclass
class Kit:
    folder: Path
    files: list[Path] = field(default_factory=list)
    report: object = None


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe ASCII slug: no separators, no dots at the start, never empty."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:limit].strip("-") or "poster"


def _headline(design, library, lang: str) -> str:
    from . import values

    template = library.get(design.template)
    key = next((f.key for f in template.manifest.fields if f.required and f.type == "text"), None)
    value = values.resolve(design, template).get(key) if key else None
    return str(value) if value else template.manifest.name.get(lang)


def check_all(design, library, formats: list[str], platform: str | None):
    """The checklist over every format to export; layout findings of each format are kept."""
    from .checklist import check_design

    report = None
    for fmt in formats:
        variant = copy.deepcopy(design)
        variant.format = fmt
        current = check_design(variant, library, platform=platform)
        if report is None:
            report = current
            continue
        seen = {(f.rule, f.field, f.span) for f in report.findings}
        report.findings += [f for f in current.findings if (f.rule, f.field, f.span) not in seen]
    return report


def write_kit(design, library, out_dir: Path, formats: list[str], types: list[str],
              platform: str | None = None, lang: str = "id", progress=None) -> Kit:
    from .checklist.report import write_html, write_json
    from .export import export, file_type
    from .render import render

    man = library.get(design.template).manifest
    for fmt in formats:
        if fmt not in man.formats:
            raise FormatError(f"Template tidak punya format '{fmt}'.", f"The template has no '{fmt}' format.")
    for suffix in types:
        file_type(Path(f"x{suffix}"))
    report = check_all(design, library, formats, platform)
    blocking = report.blocking()
    if blocking:
        raise PublishBlocked(sorted({item.rule for item in blocking}))
    headline = _headline(design, library, lang)
    folder = Path(out_dir) / slug(headline)
    folder.mkdir(parents=True, exist_ok=True)
    kit = Kit(folder, report=report)
    steps = len(formats) * len(types)
    for i, fmt in enumerate(formats):
        variant = copy.deepcopy(design)
        variant.format = fmt
        for j, suffix in enumerate(types):
            path = folder / f"{slug(headline)}-{fmt}{suffix}"
            export(variant, library, path)
            kit.files.append(path)
            if progress:
                progress(i * len(types) + j + 1, steps)
    caption = design.caption.rstrip()
    if design.hashtags.strip():
        caption = f"{caption}\n\n{design.hashtags.strip()}" if caption else design.hashtags.strip()
    for name, text in (("caption.txt", caption), ("alt-text.txt", design.alt_text.strip())):
        atomic.write_text(folder / name, text + "\n")
        kit.files.append(folder / name)
    thumb = render(design, library, 0.3)
    write_html(report, folder / f"{REPORT_NAME}.html", design, thumb, lang)
    write_json(report, folder / f"{REPORT_NAME}.json", design)
    kit.files += [folder / f"{REPORT_NAME}.html", folder / f"{REPORT_NAME}.json"]
    return kit
