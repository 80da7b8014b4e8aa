"""Accessibility and platform rules (duty 6, digital empathy): contrast of every text box
measured in the rendered pixels (A1), text too small on a phone (A2), text that overflowed its
box (O1), text that runs into another text or an obstacle (O2), alt text (A3), caption length and
hashtag count per platform (F1, F2)."""

from __future__ import annotations

import re
from functools import lru_cache

from app.checklist.collector import Collector
from app.checklist.inputs import CheckInput, hashtags
from app.checklist.rulebook import finding
from app.model.colors import channel, hex_rgb, luminance
from app.model.platforms import platforms

PHONE_CSS_WIDTH = 390  # a phone screen in CSS px
MIN_CSS_PX = 10  # 28 px on a 1080 canvas (VISUAL.md's floor)
_GENERIC_ALT = re.compile(r"(?i)^\s*(gambar|foto|image of|picture of|photo of|poster)\b")
_FILENAME = re.compile(r"(?i)^[\w\- ]+\.(jpe?g|png|webp|gif|heic)$")


@lru_cache(maxsize=1)
def _lut():
    import numpy as np

    return np.array([channel(c) for c in range(256)])


def box_contrast(image, box_px, fill_rgb) -> float | None:
    """Worst (10th percentile) WCAG contrast between the text colour and the pixels around the
    glyphs in `box_px` (x0, y0, x1, y1). Glyph pixels and their anti-aliased edge are left out."""
    import numpy as np

    x0, y0, x1, y1 = (int(round(v)) for v in box_px)
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(image.width, x1), min(image.height, y1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    px = np.asarray(image.crop((x0, y0, x1, y1)).convert("RGB"), dtype=np.int16)
    dist = np.abs(px - np.array(fill_rgb, dtype=np.int16)).max(axis=2)
    far = np.percentile(dist, 95)
    if far < 12:  # nothing differs from the text colour: the text is invisible
        return 1.0
    ink = dist < far * 0.5
    grown = ink.copy()
    for dy, dx in ((-2, 0), (2, 0), (0, -2), (0, 2), (-1, -1), (1, 1), (-1, 1), (1, -1)):
        grown |= np.roll(np.roll(ink, dy, axis=0), dx, axis=1)
    background = px[~grown]
    if background.size == 0:
        return None
    lut = _lut()
    lum = 0.2126 * lut[background[:, 0]] + 0.7152 * lut[background[:, 1]] + 0.0722 * lut[background[:, 2]]
    lf = luminance(fill_rgb)
    ratios = (np.maximum(lum, lf) + 0.05) / (np.minimum(lum, lf) + 0.05)
    return float(np.percentile(ratios, 10))


def _is_large(size_units: float, weight: int, inp: CheckInput, report) -> bool:
    if inp.is_print:
        pt = size_units * report.unit * 72 / 300
        return pt >= 18 or (weight >= 700 and pt >= 14)
    css = size_units * PHONE_CSS_WIDTH / (report.width / report.unit)
    return css >= 24 or (weight >= 700 and css >= 18.66)


def layout(inp: CheckInput, out: Collector) -> None:
    report = inp.report
    if report is None:
        return
    view_w = report.width / report.unit
    for box in report.text_boxes:
        label = box.field or "?"
        if box.overflow:
            out.add(finding("O1", box.field, None, label))
        if not inp.is_print and box.size * PHONE_CSS_WIDTH / view_w < MIN_CSS_PX - 1e-6:
            out.add(finding("A2", box.field, None, " ".join(box.lines)))
        _contrast(inp, report, box, out)
    _collisions(report, out)


def _collisions(report, out: Collector) -> None:
    """O2, one finding per text, naming everything it runs into (findings are one per field)."""
    hits: dict[str, list] = {}
    for hit in report.collisions():
        hits.setdefault(hit.a, []).append(hit)
    for name, group in hits.items():
        others = "', '".join(dict.fromkeys(h.b for h in group))
        out.add(finding("O2", group[0].field, None, name, parts={"a": name, "b": others}))


def _contrast(inp: CheckInput, report, box, out: Collector) -> None:
    fill = hex_rgb(box.fill)
    text = " ".join(box.lines).strip()
    if inp.pixels is None or fill is None or not text:
        return
    k = report.unit * inp.scale
    x, y, w, h = box.ink
    pad = max(3.0, box.size * 0.25)
    ratio = box_contrast(inp.pixels, ((x - pad) * k, (y - pad) * k, (x + w + pad) * k,
                                      (y + h + pad) * k), fill)
    if ratio is None:
        return
    need = 3.0 if _is_large(box.size, box.weight, inp, report) else 4.5
    if ratio < need:
        severity = "block" if ratio < 2.0 else "warn"
        shown = f"{text[:40]} — {ratio:.1f}:1 < {need:g}:1"
        out.add(finding("A1", box.field, None, shown, severity))


def platform(inp: CheckInput, out: Collector) -> None:
    alt = next((t.text for t in inp.texts if t.role == "alt_text"), "")
    limits = platforms().get(inp.platform or "", {})
    _alt_text(alt, limits, out)
    if not limits:
        return
    caption = " ".join(t.text for t in inp.texts if t.role == "caption")
    tags = hashtags(inp.caption)
    if limits["caption"] and len(caption) > limits["caption"]:
        out.add(finding("F1", "caption", None, f"{limits['name']} ({len(caption)} > {limits['caption']})"))
    if limits["hashtags"] and len(tags) > limits["hashtags"]:
        out.add(finding("F2", "hashtags", None, f"{limits['name']} ({len(tags)} > {limits['hashtags']})"))


def _alt_text(alt: str, limits: dict, out: Collector) -> None:
    text = alt.strip()
    if not text:
        out.add(finding("A3", "alt_text", None, "", message={
            "id": "Teks alternatif (alt text) masih kosong. Tuliskan isi poster dalam satu-dua kalimat "
                  "agar pengguna pembaca layar ikut memahaminya (empati digital, Tugas 6).",
            "en": "The alt text is empty. Describe the poster in a sentence or two so screen-reader "
                  "users understand it too (digital empathy, Duty 6)."}))
        return
    limit = limits.get("alt_text", 0)
    if limit and len(text) > limit:
        out.add(finding("A3", "alt_text", (0, len(alt)), f"{len(text)} > {limit} ({limits['name']})",
                        "block"))
    elif limits.get("alt_recommended") and len(text) > limits["alt_recommended"]:
        out.add(finding("A3", "alt_text", None, f"{len(text)} > {limits['alt_recommended']}", "info"))
    if _FILENAME.match(text):
        out.add(finding("A3", "alt_text", (0, len(alt)), text, "warn"))
    elif _GENERIC_ALT.match(text):
        out.add(finding("A3", "alt_text", _GENERIC_ALT.match(alt).span(1), text, "info"))
