"""Write a rendered result to disk. Export never composes: it encodes the `Rendered` it is
given, so a publish kit or a batch row composes each format once for every file type and the
checklist. Every write is atomic and carries no metadata."""

from __future__ import annotations

from pathlib import Path

from app import atomic
from app.output.encode import RASTER, encode, file_type
from app.render.pdf import write_pdf
from app.render.raster import Rendered


def export(rendered: Rendered, out: Path) -> Path:
    """Write `rendered` into `out` as the extension says; vector types never rasterise."""
    out = Path(out)
    suffix = file_type(out)
    comp = rendered.composition
    if suffix == ".svg":
        atomic.write_text(out, comp.svg)
    elif suffix == ".pdf":
        write_pdf(comp, out)
    else:
        atomic.write_bytes(out, encode(rendered.image, RASTER[suffix]))
    return out
