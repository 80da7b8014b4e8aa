"""Collisions: where a drawn text runs into another text or into an obstacle.

Boxes are (x, y, width, height) in template units. A text is judged by the ink of each line it
drew, not by its layout box: a layout box is allowed to be generous, ink is what a reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[float, float, float, float]  # x, y, width, height

MIN_OVERLAP_PX = 2.0  # canvas px at full size; less is anti-aliasing, not a collision


@dataclass
class Collision:
    a: str  # the text (its field key, or its words)
    b: str  # the other text, or the obstacle's name
    kind: str  # "text-text" | "text-obstacle"
    box: Box  # where they overlap (the union, when several lines overlap), template units
    field: str | None = None  # a's field, for a finding to point at


def overlap(a: Box, b: Box, least: float) -> Box | None:
    """The intersection of two boxes when it is more than `least` deep in both directions.
    A box thinner than `least` (a 1-px divider rule) counts when it is crossed whole."""
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    w, h = x1 - x0, y1 - y0
    if _deep(w, min(a[2], b[2]), least) and _deep(h, min(a[3], b[3]), least):
        return (x0, y0, w, h)
    return None


def _deep(depth: float, thinner: float, least: float) -> bool:
    return depth > 0 and (depth > least or depth >= thinner - 1e-6)


def collisions(texts, obstacles, least: float) -> list[Collision]:
    """Every text against every later text and every obstacle, one Collision per pair.
    Texts of the same field (one field drawn as several boxes) never collide with each other,
    nor does a text with the obstacles it is drawn on (`on=`)."""
    found: dict[tuple[str, str], Collision] = {}
    inked = [t for t in texts if _inks(t)]
    for i, text in enumerate(inked):
        for other in inked[i + 1:]:
            if not (text.field and text.field == other.field):
                _add(found, text, other.name, "text-text", _hit(_inks(text), _inks(other), least))
        for obstacle in obstacles:
            if obstacle.name not in text.on:
                _add(found, text, obstacle.name, "text-obstacle",
                     _hit(_inks(text), [obstacle.box], least))
    return list(found.values())


def _inks(text) -> list[Box]:
    lines = text.line_inks or [text.ink]
    return [box for box in lines if box[2] > 0 and box[3] > 0]


def _hit(boxes: list[Box], others: list[Box], least: float) -> Box | None:
    hit = None
    for box in boxes:
        for other in others:
            hit = union(hit, overlap(box, other, least))
    return hit


def _add(found: dict, text, other: str, kind: str, box: Box | None) -> None:
    if box is None or text.name == other:
        return
    key = tuple(sorted((text.name, other))) if kind == "text-text" else (text.name, other)
    seen = found.get(key)
    found[key] = Collision(text.name, other, kind, union(seen.box if seen else None, box), text.field)


def union(a: Box | None, b: Box | None) -> Box | None:
    if a is None or b is None:
        return a or b
    x0, y0 = min(a[0], b[0]), min(a[1], b[1])
    x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return (x0, y0, x1 - x0, y1 - y0)
