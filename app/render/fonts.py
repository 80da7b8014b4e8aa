"""Bundled fonts: the only families a template may name.

Fonts are registered with Qt once per process. Text is measured and drawn by the same Qt
engine, so a line that measures as fitting is drawn as fitting. A template that names a family
or weight we do not ship is refused, never silently drawn in a system font.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from app import resources
from app.errors import FontError


@dataclass(frozen=True)
class Family:
    name: str
    role: str
    weights: tuple[int, ...]
    files: dict

    def nearest_weight(self, weight: int) -> int:
        return min(self.weights, key=lambda w: abs(w - weight))


@lru_cache(maxsize=1)
def families() -> dict[str, Family]:
    data = tomllib.loads(resources.read_text("fonts", "fonts.toml"))
    result = {}
    for entry in data["font"]:
        files = {int(w): f for w, f in entry["files"].items()}
        files |= {(int(w), "italic"): f for w, f in entry.get("italic", {}).items()}
        weights = tuple(sorted(w for w in files if isinstance(w, int)))
        result[entry["family"]] = Family(entry["family"], entry["role"], weights, files)
    return result


def check(family: str, weight: int | str | None = None) -> tuple[str, int]:
    """Return (family, weight) if we bundle it, else raise FontError naming what we have.
    With no weight, only the family is checked (and its nearest regular weight returned)."""
    known = families()
    fam = known.get(family)
    if fam is None:
        names = ", ".join(n for n, f in known.items() if f.role != "emoji")
        raise FontError(
            f"Font '{family}' tidak tersedia. Font yang tersedia: {names}.",
            f"Font '{family}' is not bundled. Available fonts: {names}.",
        )
    if weight is None:
        return family, fam.nearest_weight(400)
    weight = _css_weight(weight)
    if weight not in fam.weights:
        have = ", ".join(map(str, fam.weights))
        raise FontError(
            f"Font '{family}' tidak punya ketebalan {weight}. Yang tersedia: {have}.",
            f"Font '{family}' has no weight {weight}. Available weights: {have}.",
        )
    return family, weight


def _css_weight(weight: int | str) -> int:
    named = {"normal": 400, "bold": 700}
    if isinstance(weight, str):
        if weight in named:
            return named[weight]
        if not weight.isdigit():
            raise FontError(
                f"Ketebalan font '{weight}' tidak valid.", f"Font weight '{weight}' is not valid."
            )
    return int(weight)


_registered = False


def register() -> None:
    """Add every bundled font file to Qt's font database (needs a QGuiApplication)."""
    global _registered
    if _registered:
        return
    from PySide6.QtGui import QFontDatabase

    for fam in families().values():
        for rel in fam.files.values():
            if QFontDatabase.addApplicationFont(str(resources.resource("fonts", rel))) < 0:
                raise FontError(
                    f"Berkas font rusak atau hilang: {rel}.", f"Font file missing or damaged: {rel}."
                )
    _registered = True


def qfont(family: str, weight: int, pixel_size: float, italic: bool = False):
    """A QFont as QtSvg builds it for the same attributes.

    QtSvg reads `font-family` as one family name (a comma list or quotes make it fall back to a
    system font), so templates name exactly one family. Emoji come through Qt's glyph fallback
    to the bundled Noto Color Emoji, for measuring and drawing alike.
    """
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamily(family)
    font.setWeight(QFont.Weight(weight))
    font.setPixelSize(max(1, round(pixel_size)))
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
