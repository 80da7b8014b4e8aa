"""Colour maths shared by templates, the brand kit and the checklist: WCAG 2.x luminance and
contrast."""

from __future__ import annotations

import re

_HEX = re.compile(r"#?([0-9a-fA-F]{6})")


def hex_rgb(value: str) -> tuple[int, int, int] | None:
    m = _HEX.fullmatch(str(value).strip())
    if not m:
        return None
    h = m.group(1)
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def channel(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def luminance(rgb) -> float:
    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def best_on(background: str, dark: str = "#1B1B1B", light: str = "#FFFFFF") -> str:
    """The dark or light text colour that reads better on `background`."""
    bg = hex_rgb(background) or (255, 255, 255)
    return dark if contrast(bg, hex_rgb(dark)) >= contrast(bg, hex_rgb(light)) else light
