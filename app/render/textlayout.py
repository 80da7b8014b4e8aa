"""Fit text into a box: wrap on word boundaries, shrink from `size` to `min_size`, report overflow.

Measurement uses Qt's QFontMetricsF, the engine QtSvg draws with, so the widths agree with the
pixels. The result is one line per `<text>` element, because QtSvg ignores tspan x/y/dy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.render import fonts
from app.templating import sandbox

# A field longer than this is cut before layout: it could never fit a poster, and measuring
# 100,000 characters at every candidate size would freeze the preview.
HARD_CHAR_CAP = 2000
SHRINK_STEP = 2


@dataclass
class Fitted:
    size: float
    lines: list[str]
    widths: list[float]
    ascent: float
    descent: float
    cap_height: float
    overflow: bool
    truncated: bool = False
    display: list[str] = field(default_factory=list)  # what to draw: at most max_lines
    display_widths: list[float] = field(default_factory=list)
    ink: list[tuple[float, float, float, float]] = field(default_factory=list)

    def block_height(self, line_height: float) -> float:
        """Cap top of the first line to the descender of the last."""
        return self.cap_height + (len(self.lines) - 1) * self.size * line_height + self.descent


class _Measure:
    def __init__(self, family: str, weight: int, size: float, italic: bool = False):
        from PySide6.QtGui import QFontMetricsF

        self.metrics = QFontMetricsF(fonts.qfont(family, weight, size, italic))
        self._cache: dict[str, float] = {}

    def width(self, text: str) -> float:
        width = self._cache.get(text)
        if width is None:
            width = self._cache[text] = self.metrics.horizontalAdvance(text)
        return width


def paragraphs(text: str) -> list[list[str]]:
    """Words per hard line; explicit newlines are kept, runs of spaces fold to one."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [line.split() for line in lines]


def wrap(paras: list[list[str]], width: float, measure: _Measure, limit: int | None = None):
    """Greedy word wrap. Stops early once more than `limit` lines are made."""
    lines: list[str] = []
    for words in paras:
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and measure.width(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
            if limit is not None and len(lines) > limit:
                return lines
        lines.append(current)
    return lines


def fit(
    text: str,
    width: float,
    height: float,
    family: str,
    weight: int,
    size: float,
    min_size: float,
    max_lines: int,
    line_height: float,
    italic: bool = False,
    whole: bool = False,
) -> Fitted:
    """The largest size from `size` down to `min_size` at which `text` fits the box in
    `max_lines`; at `min_size` it overflows. Overflowing, the shown lines end in "…", unless the
    text is `whole` (a name, a headline, a price): then every line is shown, past the box, and
    the overflow is reported rather than hidden; a whole text that fits is balanced."""
    truncated = len(text) > HARD_CHAR_CAP
    if truncated:
        text = text[:HARD_CHAR_CAP]
    paras = paragraphs(text)
    min_size = min(min_size, size)
    candidate = size
    while True:
        sandbox.tick()  # a template's render deadline holds inside this loop too
        measure = _Measure(family, weight, candidate, italic)
        last = candidate <= min_size
        lines = wrap(paras, width, measure, None if last else max_lines)
        result = _result(lines, measure, candidate, truncated)
        fits = (
            len(lines) <= max_lines
            and all(w <= width + 0.01 for w in result.widths)
            and result.block_height(line_height) <= height + 0.01
        )
        if fits and whole and len(lines) > 1:
            lines = balance(paras, width, measure, len(lines))
            result = _result(lines, measure, candidate, truncated)
        if fits or last:
            result.overflow = not fits or truncated
            result.display = list(lines) if whole else _shown(lines, max_lines, width, measure)
            result.display_widths = [measure.width(line) for line in result.display]
            result.ink = [_ink(measure.metrics, line) for line in result.display]
            return result
        candidate = max(min_size, candidate - SHRINK_STEP)


def balance(paras: list[list[str]], width: float, measure: _Measure, count: int) -> list[str]:
    """The same number of lines, as even as they go: the narrowest measure that still wraps
    into `count` lines (CSS's text-wrap: balance), so a headline never leaves one short word
    alone on its last line ("Festival Wayang Nusantara / 2026" becomes "Festival Wayang /
    Nusantara 2026")."""
    lo = max((measure.width(w) for words in paras for w in words), default=0.0)
    hi = width
    best = wrap(paras, width, measure)
    for _ in range(12):  # to within width / 4096: far under a pixel
        if hi - lo < 0.5:
            break
        mid = (lo + hi) / 2
        trial = wrap(paras, mid, measure, count)
        if len(trial) <= count:
            best, hi = trial, mid
        else:
            lo = mid
    return best


def _result(lines: list[str], measure: _Measure, size: float, truncated: bool) -> Fitted:
    m = measure.metrics
    return Fitted(
        size=size,
        lines=lines,
        widths=[measure.width(line) for line in lines],
        ascent=m.ascent(),
        descent=m.descent(),
        cap_height=m.capHeight(),
        overflow=False,
        truncated=truncated,
    )


def _shown(lines: list[str], max_lines: int, width: float, measure: _Measure) -> list[str]:
    """The first max_lines lines; when some are hidden, the last shown one ends in an ellipsis
    and is shortened, word by word, until it fits the width."""
    if len(lines) <= max_lines:
        return list(lines)
    shown = lines[:max_lines]
    words = shown[-1].split(" ")
    while len(words) > 1 and measure.width(" ".join(words) + "…") > width:
        words.pop()
    shown[-1] = " ".join(words).rstrip(" .,;:") + "…"
    return shown


def _ink(metrics, line: str) -> tuple[float, float, float, float]:
    rect = metrics.tightBoundingRect(line) if line else None
    if rect is None or rect.isEmpty():
        return (0.0, 0.0, 0.0, 0.0)
    return (rect.left(), rect.top(), rect.right(), rect.bottom())
