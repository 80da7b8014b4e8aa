"""Accessibility and platform rules (duty 6, digital empathy): contrast of every text box
measured in the rendered pixels (A1), text too small on a phone (A2), text that overflowed its
box (O1), text that runs into another text or an obstacle (O2), alt text (A3), caption length and
hashtag count per platform (F1, F2)."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from PIL import Image, ImageChops, ImageMath

from app.checklist.collector import Collector
from app.checklist.inputs import CheckInput, hashtags
from app.checklist.rulebook import finding, rules
from app.model.colors import channel, hex_rgb, luminance
from app.model.platforms import platforms

PHONE_CSS_WIDTH = 390  # a phone screen in CSS px
MIN_CSS_PX = 10  # 28 px on a 1080 canvas (VISUAL.md's floor)
_GENERIC_ALT = re.compile(r"(?i)^\s*(gambar|foto|image of|picture of|photo of|poster)\b")
_FILENAME = re.compile(r"(?i)^[\w\- ]+\.(jpe?g|png|webp|gif|heic)$")
_WEIGHTS = (0.2126, 0.7152, 0.0722)  # WCAG relative luminance of linear R, G, B
_GLYPH = -30.0  # added to the ratio of glyph pixels: below 0, so no count or window takes them
_SLACK = 1e-4  # far above float32's error on a ratio (~1e-5), far below a window's margin (~1e-3)


@lru_cache(maxsize=1)
def _luts() -> tuple[list[float], list[list[float]]]:
    linear = [channel(c) for c in range(256)]
    return linear, [[w * v for v in linear] for w in _WEIGHTS]


def box_contrast(image, box_px, fill_rgb) -> float | None:
    """Worst (10th percentile) WCAG contrast between the text colour and the pixels around the
    glyphs in `box_px` (x0, y0, x1, y1). Glyph pixels and their anti-aliased edge are left out.

    Pillow only (no numpy in the bundle). The result is exact, not estimated: float32 images
    narrow the ratios down to a window, and the few colours in it are measured in float64."""
    x0, y0, x1, y1 = (int(round(v)) for v in box_px)
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(image.width, x1), min(image.height, y1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    crop = image.crop((x0, y0, x1, y1)).convert("RGB")
    dist = _channel_distance(crop, fill_rgb)
    cum = list(accumulate(dist.histogram()))
    far = _percentile(lambda ranks: [bisect_right(cum, k) for k in ranks], cum[-1], 0.95)
    if far < 12:  # nothing differs from the text colour: the text is invisible
        return 1.0
    grown = _dilate(dist.point(lambda v: 255 if v < far * 0.5 else 0))
    count = grown.histogram()[0]
    if count == 0:
        return None
    lf = luminance(fill_rgb)
    ratio = _ratio_image(crop, grown, lf)
    return _percentile(lambda ranks: _ranked(crop, ratio, lf, ranks), count, 0.10)


def _channel_distance(crop, fill_rgb):
    """Per pixel, the largest of |R - r|, |G - g|, |B - b| against the text colour."""
    r, g, b = ImageChops.difference(crop, Image.new("RGB", crop.size, tuple(fill_rgb))).split()
    return ImageChops.lighter(ImageChops.lighter(r, g), b)


def _dilate(ink):
    """The ink grown by its anti-aliased edge. ImageChops.offset wraps round the edges as
    np.roll did, so a glyph at one edge also masks the opposite edge (kept: same verdicts)."""
    grown = ink
    for dy, dx in ((-2, 0), (2, 0), (0, -2), (0, 2), (-1, -1), (1, 1), (-1, 1), (1, -1)):
        grown = ImageChops.lighter(grown, ImageChops.offset(ink, dx, dy))
    return grown


def _percentile(values, n: int, q: float) -> float:
    """np.percentile's default (linear) method over n sorted values, read with `values(ranks)`;
    the same float steps as numpy's, so the same result to the last bit."""
    index = (n - 1) * q
    if index >= n - 1:
        return values([n - 1])[0]
    k = math.floor(index)
    gamma = index - k
    a, b = values([k, k + 1])
    return b - (b - a) * (1 - gamma) if gamma >= 0.5 else a + (b - a) * gamma


def _ratio_image(crop, grown, lf: float):
    """Float32 contrast ratio of every pixel against lf; glyph pixels pushed below zero."""
    bands = [band.point(lut, "F") for band, lut in zip(crop.split(), _luts()[1], strict=True)]
    glyph = grown.point([0.0] + [_GLYPH] * 255, "F")
    return ImageMath.lambda_eval(
        lambda a: (a["max"](a["r"] + a["g"] + a["b"], lf) + 0.05)
        / (a["min"](a["r"] + a["g"] + a["b"], lf) + 0.05) + a["glyph"],
        r=bands[0], g=bands[1], b=bands[2], glyph=glyph)


def _ranked(crop, ratio, lf: float, ranks: list[int]) -> list[float]:
    """The ratios of the given ranks among the background pixels, in float64 as numpy had them."""
    lo, hi = _window(ratio, ranks)
    return _exact(crop, ratio, lf, lo, hi, ranks) or _exact(crop, ratio, lf, 0.5, 22.0, ranks)


def _window(ratio, ranks: list[int]) -> tuple[float, float]:
    """A narrow range of float32 ratios that holds the ranks: two histograms, each range padded
    by a bin either side (a guess; _exact checks it). Pillow truncates a bin index towards zero,
    so values just under the lower extremum land in bin 0: that bin stays out of the count."""
    lo, hi, below = 0.9, 21.1, 0  # every ratio is in [1, 21]
    for _ in range(2):
        step = (hi - lo) / 254
        cum = list(accumulate(ratio.histogram(extrema=(lo - step, hi))[1:]))  # j: from lo + j*step
        first, last = (bisect_right(cum, k - below) for k in (ranks[0], ranks[-1]))
        below += cum[first - 2] if first >= 2 else 0
        lo, hi = lo + (first - 1) * step, lo + (last + 2) * step
    return lo, hi


def _exact(crop, ratio, lf: float, lo: float, hi: float, ranks: list[int]) -> list[float] | None:
    """The ranked ratios from the colours whose float32 ratio lies in [lo, hi), or None when a
    rank falls outside the window or too near its edge to trust float32's order there."""
    classes = ImageMath.lambda_eval(lambda a: (a["r"] > 0) + (a["r"] >= lo) + (a["r"] >= hi),
                                    r=ratio).convert("L")  # 0 glyph, 1 below, 2 in, 3 above
    below = classes.histogram()[1]
    canvas = Image.new("RGBA", crop.size)
    canvas.paste(crop, mask=classes.point(lambda v: 255 if v == 2 else 0))
    linear = _luts()[0]
    measured = sorted((_ratio64(linear, rgba, lf), n) for n, rgba in canvas.getcolors(crop.width * crop.height)
                      if rgba[3])
    cum = list(accumulate(n for _, n in measured))
    out = []
    for k in ranks:
        at = bisect_right(cum, k - below)
        if k < below or at >= len(measured) or not lo + _SLACK <= measured[at][0] <= hi - _SLACK:
            return None
        out.append(measured[at][0])
    return out


def _ratio64(linear: list[float], rgb, lf: float) -> float:
    lum = _WEIGHTS[0] * linear[rgb[0]] + _WEIGHTS[1] * linear[rgb[1]] + _WEIGHTS[2] * linear[rgb[2]]
    return (max(lum, lf) + 0.05) / (min(lum, lf) + 0.05)


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
        if box.overflow:
            out.add(finding("O1", box.field, None, message=named(inp, "O1", box.field)))
        if not inp.is_print and box.size * PHONE_CSS_WIDTH / view_w < MIN_CSS_PX - 1e-6:
            out.add(finding("A2", box.field, None, " ".join(box.lines)))
        _contrast(inp, report, box, out)
    _collisions(report, out)
    _low_resolution(report, out, LOW_RES_PRINT if inp.is_print else LOW_RES)


def limits(inp: CheckInput, out: Collector) -> None:
    """O4: a value longer than its field's max_chars. The layout was tested to that length, not
    beyond; the form's counter turns red, and the checklist says so too (once, not per format)."""
    for fld, n, key in inp.over_limit:
        out.add(finding("O4", key, None, message=named(inp, "O4", key, n=n, limit=fld.max_chars)))


def named(inp: CheckInput, rule_id: str, key: str | None, **parts) -> dict[str, str]:
    """A rule's text in each language with {match} as the field's label there (never its key)."""
    out = {}
    for lang, text in rules()[rule_id].text.items():
        label = inp.labels.get(lang, {}).get(key, key) if key else "?"
        for name, value in {"match": label, **parts}.items():
            text = text.replace("{" + name + "}", str(value))
        out[lang] = text
    return out


LOW_RES = 0.75  # fewer source pixels than this per output pixel: a photo blown up 1.33x or more
LOW_RES_PRINT = 0.5  # at 300 dpi: under 150 dpi on paper


def _low_resolution(report, out: Collector, least: float) -> None:
    """O3: a photo stretched well past its own pixels across its frame looks soft or blocky."""
    for img in report.images:
        used = img.crop_original_w or img.crop[2]
        if not img.field or img.field.startswith("brand") or not used or not img.box[2]:
            continue
        frame_px = img.box[2] * report.unit  # at full size, whatever the preview's scale
        if used < least * frame_px:
            out.add(finding("O3", img.field, None, img.field,
                            parts={"src": str(round(used)), "frame": str(round(frame_px))}))


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
