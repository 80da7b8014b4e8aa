"""The layout report: what every render says about its text boxes, image frames and obstacles.

The checklist reads it (contrast, small text, overflow, collisions) and the GUI uses the boxes
to map a click on the preview back to a field. Coordinates are in template units; multiply by
`unit` for canvas pixels at scale 1.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from app.model import collide
from app.model.collide import Box, Collision

__all__ = ["Box", "Collision", "ImageFrameReport", "LayoutReport", "ObstacleReport", "TextBoxReport"]


@dataclass
class TextBoxReport:
    field: str | None
    box: Box
    ink: Box
    font: str
    weight: int
    size: float
    requested_size: float
    min_size: float
    lines: list[str]
    fill: str
    align: str
    overflow: bool
    truncated: bool = False
    hidden_lines: int = 0
    line_inks: list[Box] = field(default_factory=list)  # the ink of each drawn line
    on: list[str] = field(default_factory=list)  # obstacles it is drawn on, on purpose

    @property
    def name(self) -> str:
        """How a finding names this text: its field, or the words of a template's own label."""
        return self.field or " ".join(" ".join(self.lines).split()[:4])


@dataclass
class ObstacleReport:
    """A shape that text must not run into: a button, badge, seal, price tag, divider rule,
    logo or photo frame. Text drawn on it on purpose says so with `on=`."""

    name: str
    box: Box
    kind: str = "shape"


@dataclass
class ImageFrameReport:
    field: str | None
    box: Box
    source_size: tuple[int, int]
    crop: Box  # the part of the source image that fills the frame, in source pixels
    crop_original_w: float = 0.0  # that part's width in the file's own pixels (before any draft)
    fit: str = "cover"  # or "contain": the photo whole, letterboxed (it cannot be dragged or zoomed)


@dataclass
class LayoutReport:
    template: str
    format: str
    width: int
    height: int
    unit: float = 1.0  # canvas px per template unit; boxes below are in template units
    text_boxes: list[TextBoxReport] = field(default_factory=list)
    images: list[ImageFrameReport] = field(default_factory=list)
    qr_codes: list[dict] = field(default_factory=list)  # {"field", "url", "box"}
    obstacles: list[ObstacleReport] = field(default_factory=list)
    cleaned: list[str] = field(default_factory=list)  # fields that lost control characters

    @property
    def overflows(self) -> list[TextBoxReport]:
        return [t for t in self.text_boxes if t.overflow]

    def field_at(self, x: float, y: float) -> str | None:
        """The field drawn at canvas point (x, y): text first, since it sits on top of images."""
        for item in [*reversed(self.text_boxes), *reversed(self.images)]:
            bx, by, bw, bh = item.box
            if item.field and bx <= x <= bx + bw and by <= y <= by + bh:
                return item.field
        return None

    def collisions(self, min_overlap: float = collide.MIN_OVERLAP_PX) -> list[Collision]:
        """Texts whose ink runs into another text or an obstacle. `min_overlap` is in canvas
        pixels at full size: smaller overlaps are anti-aliasing, not a collision."""
        return collide.collisions(self.text_boxes, self.obstacles, min_overlap / self.unit)

    def to_dict(self) -> dict:
        return {**asdict(self), "collisions": [asdict(c) for c in self.collisions()]}
