"""`diplomat templates lint`: everything a template must get right before anyone uses it.

Errors: a manifest that does not parse; a format that fails to render, renders blank or at the
wrong size, in either language or any theme; text that overflows with the samples, or runs into
another text or an obstacle (a button, badge, seal, rule, logo) with the samples or with the
brand kit; unknown fonts, external references, entities or filters on text (the render's safety
check); contrast under WCAG AA or text too small for a phone (the checklist's own rules, on the
pixels); text outside the story safe area or the margins; a template that ignores the brand
kit; fewer than three themes; sample files without a source line. A carousel is checked on
every slide (the cover, each item's slide and the closing slide).
Warnings: text that overflows, or runs into something, when fields are filled to their
max_chars; and in two stress sets: long and short values side by side (every other field at
its max_chars, the rest one word, then the other way round), and odd photos in every photo
field (a 4:1 panorama, a 1:2.5 portrait, and a 400-pixel image, which must get the
low-resolution finding O3 wherever a frame is wide enough for 400 pixels to be too few).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from app import fsguard, resources
from app.checklist import rules_visual
from app.checklist.collector import Collector
from app.checklist.inputs import CheckInput
from app.errors import DiplomatError, TemplateLimitError
from app.model import formats
from app.model.design import Brand, Design, ImageRef
from app.render.compose import whole_fields
from app.render.slides import render_all
from app.templating import budget
from app.templating.library import Library
from app.templating.manifest import TEXT_TYPES

# The template's own work (Jinja and text fitting) over all of one lint's renders, in every
# format, language and theme: a bundled template needs under half a second of it.
LINT_SECONDS = 3.0

REQUIRED_FORMATS = ("square", "portrait", "story")
CAROUSEL_FORMATS = ("square", "portrait")  # a carousel is a feed post: Stories do not swipe sideways
FILLER = ("Festival budaya nusantara menghadirkan kuliner khas dan kerajinan tangan dari berbagai "
          "daerah di Indonesia untuk seluruh keluarga ")


@dataclass
class Issue:
    level: str  # error | warning
    id: str
    en: str
    where: str = ""

    def to_dict(self) -> dict:
        return {"level": self.level, "where": self.where, "message": {"id": self.id, "en": self.en}}


@dataclass
class LintResult:
    template: str
    issues: list[Issue] = field(default_factory=list)
    renders: int = 0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "error"]

    def add(self, level: str, id_text: str, en_text: str, where: str = "", first: bool = False) -> None:
        self.issues.insert(0 if first else len(self.issues), Issue(level, id_text, en_text, where))


def lint_folder(folder: Path) -> LintResult:
    folder = Path(folder).resolve()
    result = LintResult(folder.name)
    if not (folder / "manifest.toml").is_file():
        result.add("error", f"{folder}: manifest.toml tidak ada.", f"{folder}: manifest.toml is missing.")
        return result
    library = Library([folder.parent])
    try:
        template = library.get(folder.name)
    except DiplomatError as exc:
        result.add("error", exc.id_text, exc.en_text)
        return result
    if template.folder.resolve() != folder:
        result.add("error", "Template ini tertutup template lain dengan id sama.",
                   "Another template with the same id shadows this one.")
        return result
    _static(template, result)
    try:
        with budget.shared_budget(LINT_SECONDS):
            for fmt in template.manifest.formats:
                _format(library, template, fmt, result)
    except TemplateLimitError as exc:  # it will hit the same wall in every other render: stop
        result.add("error", exc.id_text, exc.en_text, first=True)  # the reason the rest was not linted
    return result


def _static(template, result: LintResult) -> None:
    man = template.manifest
    for link in fsguard.symlinks_below(template.folder):
        result.add("error", f"{link.relative_to(template.folder)}: tautan simbolik tidak diizinkan di template.",
                   f"{link.relative_to(template.folder)}: symbolic links are not allowed in a template.")
    required = CAROUSEL_FORMATS if man.slides else REQUIRED_FORMATS
    missing = [f for f in required if f not in man.formats]
    if missing:
        result.add("error", f"Format wajib belum ada: {', '.join(missing)}.",
                   f"Required formats missing: {', '.join(missing)}.")
    if len(man.themes) < 3:
        result.add("error", "Minimal tiga tema warna.", "At least three colour themes are needed.")
    sources = (template.folder / "samples" / "SOURCES.md")
    listed = sources.read_text(encoding="utf-8") if sources.is_file() else ""
    samples = template.folder / "samples"
    for sample in sorted(samples.glob("*")) if samples.is_dir() else []:
        if sample.name != "SOURCES.md" and sample.suffix.lower() != ".svg" and sample.name not in listed:
            result.add("error", f"samples/{sample.name} tidak tercatat di samples/SOURCES.md.",
                       f"samples/{sample.name} is not listed in samples/SOURCES.md (source, licence).")
    for j2 in template.folder.glob("*.j2"):
        source = j2.read_text(encoding="utf-8")
        if re.search(r"<text[^>]*\bfilter=", source) or re.search(r"letter-spacing", source):
            result.add("error", f"{j2.name}: filter pada teks atau letter-spacing tidak didukung.",
                       f"{j2.name}: filters on text or letter-spacing are not supported.")


def _format(library: Library, template, fmt: str, result: LintResult) -> None:

    spec = formats.get(fmt)
    scale = 0.25 if spec.dpi != 72 else 0.5
    man = template.manifest
    for lang in ("id", "en"):
        for theme in man.themes:
            where = f"{fmt}/{lang}/{theme.id}"
            try:
                renders = render_all(Design(template=man.id, format=fmt, lang=lang, theme=theme.id),
                                     library, scale)
            except TemplateLimitError:
                raise
            except DiplomatError as exc:
                result.add("error", exc.id_text, exc.en_text, where)
                continue
            for rendered in renders:
                at = where + (f"/slide-{rendered.composition.slide + 1}" if len(renders) > 1 else "")
                result.renders += 1
                _check_render(rendered, spec, scale, at, result)
                out = Collector()
                rules_visual.layout(CheckInput(report=rendered.composition.report, pixels=rendered.image,
                                               scale=scale, is_print=spec.dpi != 72), out)
                for f in out.findings:
                    if f.severity in ("warn", "block"):
                        result.add("error", f.message["id"], f.message["en"], f"{at} [{f.field}]")
    _brand(library, template, fmt, scale, result)
    _max_chars(library, template, fmt, scale, result)
    _stress(library, template, fmt, scale, result)


def _check_render(rendered, spec, scale: float, where: str, result: LintResult) -> None:
    from PIL import ImageStat

    expected = (round(spec.width * scale), round(spec.height * scale))
    if rendered.image.size != expected:
        result.add("error", f"Ukuran {rendered.image.size}, seharusnya {expected}.",
                   f"Size {rendered.image.size}, expected {expected}.", where)
    if ImageStat.Stat(rendered.image.convert("L")).stddev[0] < 4:
        result.add("error", "Hasil render kosong.", "The render is blank.", where)
    report = rendered.composition.report
    view_w, view_h = report.width / report.unit, report.height / report.unit
    margin = 0.05 * view_w  # VISUAL.md: outer margins at least 5% of the width
    margin_y = 0.05 * min(view_w, view_h)  # top and bottom: 5% of the short side (landscape is flat)
    safe_top, safe_bottom = spec.safe.top / report.unit, spec.safe.bottom / report.unit
    for box in report.text_boxes:
        x, y, w, h = box.ink
        if not w:
            continue
        if x < margin - 1 or x + w > view_w - margin + 1:
            result.add("error", f"Teks '{box.field}' keluar dari margin 5%.",
                       f"Text '{box.field}' is outside the 5% margin.", where)
        if y < max(safe_top, margin_y) - 1 or y + h > view_h - max(safe_bottom, margin_y) + 1:
            result.add("error", f"Teks '{box.field}' keluar dari area aman.",
                       f"Text '{box.field}' is outside the safe area.", where)


def sample_logo() -> Path:
    """The sample logo that lint puts in the brand kit (our own drawing, in _shared/samples)."""
    return resources.templates_dir() / "_shared" / "samples" / "logo-contoh.png"


def _brand(library: Library, template, fmt: str, scale: float, result: LintResult) -> None:

    brand = Brand(logo=ImageRef(str(sample_logo())), primary="#0B6E4F", secondary="#F4F1DE",
                  handle="@contoh.merek", website="contoh.id")
    design = Design(template=template.id, format=fmt, theme="brand", brand=brand)
    try:
        reports = _reports(design, library, scale)
    except TemplateLimitError:
        raise
    except DiplomatError as exc:
        result.add("error", f"Gagal dengan brand kit: {exc.id_text}", f"Fails with a brand kit: {exc.en_text}", fmt)
        return
    # a carousel may keep the logo and handle to some of its slides
    if not any(img.field == "brand.logo" for report in reports for img in report.images):
        result.add("error", "Logo brand kit tidak ditampilkan.", "The brand kit logo is not shown.", fmt)
    texts = " ".join(" ".join(b.lines) for report in reports for b in report.text_boxes)
    if "@contoh.merek" not in texts:
        result.add("error", "Akun brand kit tidak ditampilkan.", "The brand kit handle is not shown.", fmt)
    for hit in (hit for report in reports for hit in report.collisions()):
        result.add("error", f"Dengan brand kit, teks '{hit.a}' menabrak '{hit.b}'.",
                   f"With a brand kit, text '{hit.a}' runs into '{hit.b}'.", f"{fmt}/brand")


def _reports(design: Design, library: Library, scale: float) -> list:
    """The layout report of every slide (one, but for a carousel); nothing is rasterised (a
    Rendered draws its pixels only when asked)."""
    return [r.composition.report for r in render_all(design, library, scale)]


def _max_chars(library: Library, template, fmt: str, scale: float, result: LintResult) -> None:

    fields = max_fields(template.manifest)
    if not fields:
        return
    try:
        reports = _reports(Design(template=template.id, format=fmt, fields=fields), library, scale)
    except TemplateLimitError:
        raise
    except DiplomatError as exc:
        result.add("error", exc.id_text, exc.en_text, f"{fmt} max_chars")
        return
    for box in (box for report in reports for box in report.overflows):
        result.add("warning", f"Kolom '{box.field}' tidak muat bila diisi sepanjang max_chars.",
                   f"Field '{box.field}' overflows when filled to its max_chars.", fmt)
    for hit in (hit for report in reports for hit in report.collisions()):
        result.add("warning", f"Kolom '{hit.a}' menabrak '{hit.b}' bila diisi sepanjang max_chars.",
                   f"Field '{hit.a}' runs into '{hit.b}' when filled to its max_chars.", f"{fmt} max_chars")


def max_fields(manifest) -> dict:
    """Every text field filled to its max_chars; a list keeps its sample items, each with its
    text filled to the item's max_chars."""
    fields = {}
    for f in manifest.fields:
        if _fillable(f):
            fields[f.key] = _filler(f.max_chars)
        elif f.type == "list" and any(_fillable(sub) for sub in f.item):
            fields[f.key] = [_max_item(f, entry) for entry in f.sample_for("id") or []]
    return fields


def _max_item(f, entry) -> dict:
    item = dict(entry) if isinstance(entry, dict) else {f.item[0].key: entry}
    item.update({sub.key: _filler(sub.max_chars) for sub in f.item if _fillable(sub)})
    return item


def _fillable(f) -> bool:
    return f.type in TEXT_TYPES and bool(f.max_chars) and f.type != "url"


def _filler(max_chars: int) -> str:
    return (FILLER * (max_chars // len(FILLER) + 1))[:max_chars].rstrip()


def _stress(library: Library, template, fmt: str, scale: float, result: LintResult) -> None:
    """The long-and-short and odd-photo stress sets: a collision, a name or headline that
    overflows, or a small photo without its O3 finding is a warning."""
    man = template.manifest
    text_fields = [f for f in man.fields if _fillable(f)]
    for parity in (0, 1):
        fields = {f.key: _filler(f.max_chars) if i % 2 == parity else "Kopi" for i, f in enumerate(text_fields)}
        _stress_render(library, Design(template=man.id, format=fmt, fields=fields), scale, result,
                       f"{fmt} panjang-pendek/long-short")
    photos = [f for f in man.fields if f.type == "image"]
    if not photos:
        return
    for name, path in odd_photos().items():
        design = Design(template=man.id, format=fmt, images={f.key: ImageRef(str(path)) for f in photos})
        report = _stress_render(library, design, scale, result, f"{fmt} foto/photo {name}")
        if report is not None and name == "kecil" and _frames_need_more(report, fmt) \
                and not _low_res_flagged(report, scale, fmt):
            result.add("warning", "Foto 400 piksel tidak mendapat peringatan resolusi rendah (O3).",
                       "A 400-pixel photo gets no low-resolution finding (O3).", f"{fmt} foto/photo {name}")


def _stress_render(library: Library, design: Design, scale: float, result: LintResult, where: str):
    """The stress set's findings on every slide; the report of the first slide with a photo."""
    try:
        reports = _reports(design, library, scale)
    except TemplateLimitError:
        raise
    except DiplomatError as exc:
        result.add("error", exc.id_text, exc.en_text, where)
        return None
    whole = whole_fields(library.get(design.template).manifest)
    for report in reports:
        for box in report.overflows:
            if box.field in whole:
                result.add("warning", f"Kolom utama '{box.field}' tidak muat.",
                           f"Main field '{box.field}' overflows.", where)
        for hit in report.collisions():
            result.add("warning", f"Kolom '{hit.a}' menabrak '{hit.b}'.", f"Field '{hit.a}' runs into '{hit.b}'.",
                       where)
    return next((r for r in reports if r.images), reports[0])


def _frames_need_more(report, fmt: str) -> bool:
    """Whether a photo frame is wide enough that the stress set's 400-pixel photo is too small
    for it (O3's own threshold): a thumbnail-sized frame is well served by 400 pixels."""
    least = rules_visual.LOW_RES_PRINT if formats.get(fmt).dpi != 72 else rules_visual.LOW_RES
    return any(img.field and not img.field.startswith("brand") and img.box[2] * report.unit * least > 400
               for img in report.images)


def _low_res_flagged(report, scale: float, fmt: str) -> bool:
    out = Collector()
    rules_visual.layout(CheckInput(report=report, scale=scale, is_print=formats.get(fmt).dpi != 72), out)
    return any(f.rule == "O3" for f in out.findings)


_ODD = {"panorama": (4000, 1000), "tinggi": (800, 2000), "kecil": (400, 300)}


def odd_photos() -> dict[str, Path]:
    """The stress set's photos, drawn once per process into the temporary folder: a 4:1
    panorama, a 1:2.5 portrait and a 400-pixel image, each a gradient with a subject mark."""
    import tempfile

    from PIL import Image, ImageDraw

    folder = Path(tempfile.gettempdir()) / f"diplomat-lint-photos-{os.getuid() if hasattr(os, 'getuid') else 0}"
    folder.mkdir(exist_ok=True)
    paths = {}
    for name, size in _ODD.items():
        path = folder / f"{name}.jpg"
        if not path.is_file():
            im = Image.linear_gradient("L").resize(size).convert("RGB")
            ImageDraw.Draw(im).ellipse((size[0] * 0.4, size[1] * 0.35, size[0] * 0.6, size[1] * 0.65),
                                       fill=(200, 90, 40))
            im.save(path, "JPEG", quality=85)
        paths[name] = path
    return paths
