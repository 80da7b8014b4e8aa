"""Write a rendered result to disk. Export never composes: it encodes the `Rendered` it is
given, so a publish kit or a batch row composes each format once for every file type and the
checklist. Every write is atomic and carries no metadata."""

from __future__ import annotations

from pathlib import Path

from app import atomic
from app.output.encode import RASTER, encode, file_type
from app.render.pdf import PdfBook, write_pdf
from app.render.raster import Rendered
from app.render.slides import slide_name


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


def export_slides(renders: list[Rendered], out: Path) -> list[Path]:
    """Every slide of a design. One slide is `out` itself. A carousel's slides are `out`'s
    name with -01, -02 ... (the order they are posted in), and one PDF of all of them beside
    (LinkedIn posts a carousel as a PDF); asked for a PDF, that PDF is all it writes."""
    out = Path(out)
    if len(renders) == 1:
        return [export(renders[0], out)]
    suffix = file_type(out)
    pdf = out.with_suffix(".pdf")
    files = [] if suffix == ".pdf" else [
        export(r, out.with_name(slide_name(out.stem, i, len(renders)) + suffix)) for i, r in enumerate(renders)]
    write_book(renders, pdf)
    return files + [pdf]


def write_book(renders: list[Rendered], path: Path) -> Path:
    """All the slides as the pages of one vector PDF, written atomically."""
    def paint(tmp: Path) -> None:
        book = PdfBook(tmp, renders[0].composition.format)
        for rendered in renders:
            book.add(rendered.composition.svg)
        book.close()

    atomic.replace_with(Path(path), paint)
    return Path(path)
