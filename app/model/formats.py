"""The registry of output formats. Templates declare which of these ids they support."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import FormatError

MM_PER_INCH = 25.4
DESIGN_WIDTH = 1080


@dataclass(frozen=True)
class SafeArea:
    """Insets in px that platform UI may cover; keep text and buttons inside."""

    top: int = 0
    right: int = 0
    bottom: int = 0
    left: int = 0


@dataclass(frozen=True)
class Format:
    id: str
    name_id: str
    name_en: str
    width: int
    height: int
    platforms: tuple[str, ...]
    safe: SafeArea = SafeArea()
    dpi: int = 72
    bleed_px: int = 0  # background runs this far past the trim on every side (print)

    @property
    def unit(self) -> float:
        """Canvas pixels per template unit. Templates are drawn on a 1080-unit-wide grid (or
        the canvas width if smaller), so a4 at 300 dpi reuses the type scale of social posts."""
        return self.width / self.view_width

    @property
    def view_width(self) -> float:
        if self.dpi == 72:
            return float(self.width)
        # print: 1080 units across the short side, so the type scale matches a social post
        return DESIGN_WIDTH * self.width / min(self.width, self.height)

    @property
    def view_height(self) -> float:
        return self.height / self.unit

    def name(self, lang: str = "id") -> str:
        return self.name_id if lang == "id" else self.name_en

    def label(self, lang: str = "id") -> str:
        """"Potret · 1080×1350": the name with the pixel size, as menus and reports show it."""
        return f"{self.name(lang)} · {self.width}×{self.height}"

    @property
    def size_mm(self) -> tuple[float, float] | None:
        if self.dpi == 72:
            return None
        return (self.width * MM_PER_INCH / self.dpi, self.height * MM_PER_INCH / self.dpi)


def _mm(mm: float, dpi: int = 300) -> int:
    return round(mm / MM_PER_INCH * dpi)


A4_BLEED = _mm(3)
# an X-banner is printed at 150 dpi (large-format printers; 300 dpi would be 134 MP) with 5 mm
# bleed; its stand hooks the four corners, so text keeps 3 cm from the top and bottom, 2 cm in
BANNER_DPI = 150
BANNER_BLEED = _mm(5, BANNER_DPI)

FORMATS: dict[str, Format] = {
    f.id: f
    for f in (
        Format("square", "Persegi", "Square", 1080, 1080,
               ("instagram", "facebook", "linkedin", "whatsapp")),
        Format("portrait", "Potret", "Portrait", 1080, 1350,
               ("instagram", "facebook", "linkedin")),
        Format("story", "Story", "Story", 1080, 1920,
               ("instagram-story", "facebook-story", "tiktok", "whatsapp-status"),
               safe=SafeArea(top=250, bottom=340)),
        Format("landscape", "Lanskap", "Landscape", 1200, 675,
               ("x", "facebook", "linkedin", "website")),
        # YouTube's thumbnail; the player draws the video's length over the bottom-right corner
        Format("youtube", "Thumbnail YouTube", "YouTube thumbnail", 1280, 720, ("youtube",),
               safe=SafeArea(bottom=0, right=0)),
        # A4 trim 210x297 mm at 300 dpi plus 3 mm bleed on each side; text stays 5 mm inside trim.
        Format("a4", "A4 cetak", "A4 print", _mm(210) + 2 * A4_BLEED, _mm(297) + 2 * A4_BLEED,
               ("print",), safe=SafeArea(*(A4_BLEED + _mm(5),) * 4), dpi=300, bleed_px=A4_BLEED),
        # certificates: A4 landscape, 297x210 mm at 300 dpi plus 3 mm bleed
        Format("a4-landscape", "A4 lanskap cetak", "A4 landscape print", _mm(297) + 2 * A4_BLEED,
               _mm(210) + 2 * A4_BLEED, ("print",), safe=SafeArea(*(A4_BLEED + _mm(5),) * 4),
               dpi=300, bleed_px=A4_BLEED),
        # a flyer: A5 trim 148x210 mm, as A4 (same proportions, so a layout serves both)
        Format("a5", "Selebaran A5", "A5 flyer", _mm(148) + 2 * A4_BLEED, _mm(210) + 2 * A4_BLEED,
               ("print",), safe=SafeArea(*(A4_BLEED + _mm(5),) * 4), dpi=300, bleed_px=A4_BLEED),
        Format("xbanner", "X-banner 60×160 cm", "X-banner 60×160 cm",
               _mm(600, BANNER_DPI) + 2 * BANNER_BLEED, _mm(1600, BANNER_DPI) + 2 * BANNER_BLEED,
               ("print",), safe=SafeArea(BANNER_BLEED + _mm(30, BANNER_DPI), BANNER_BLEED + _mm(20, BANNER_DPI),
                                         BANNER_BLEED + _mm(30, BANNER_DPI), BANNER_BLEED + _mm(20, BANNER_DPI)),
               dpi=BANNER_DPI, bleed_px=BANNER_BLEED),
    )
}


def get(format_id: str) -> Format:
    try:
        return FORMATS[format_id]
    except KeyError:
        known = ", ".join(FORMATS)
        raise FormatError(
            f"Format '{format_id}' tidak dikenal. Pilih salah satu: {known}.",
            f"Unknown format '{format_id}'. Choose one of: {known}.",
        ) from None


MAX_OUTPUT_PIXELS = 100_000_000  # A4 at 300 dpi ×2 is 37 MP; beyond this a typo ate the RAM


def check_scale(width: int, height: int, scale: float) -> None:
    if not (scale > 0) or width * scale * height * scale > MAX_OUTPUT_PIXELS:
        raise FormatError(
            f"Skala {scale:g} tidak valid: hasilnya harus di atas 0 dan paling banyak 100 MP.",
            f"Scale {scale:g} is not valid: the output must be above 0 and at most 100 MP.",
        )
