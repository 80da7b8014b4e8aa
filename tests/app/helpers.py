"""Small helpers shared by the core tests."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from PIL import Image, ImageStat


def is_blank(image: Image.Image) -> bool:
    """True when an image is (nearly) one flat colour."""
    stat = ImageStat.Stat(image.convert("L"))
    return stat.stddev[0] < 4


def write_svg_template(folder: Path, body: str, fmt: str = "square", extra_manifest: str = "",
                       kind: str = "poster", head_manifest: str = "") -> Path:
    """A minimal user template whose square layout is `body` (inside <svg>); `head_manifest`
    goes among the top-level keys, `extra_manifest` after the fields."""
    folder.mkdir(parents=True, exist_ok=True)
    tid = folder.name
    (folder / "manifest.toml").write_text(
        f'''id = "{tid}"
kind = "{kind}"
{head_manifest}
duties = [3]
formats = ["{fmt}"]
name = {{ id = "Uji", en = "Test" }}
description = {{ id = "Template uji", en = "Test template" }}
[[themes]]
id = "a"
name = {{ id = "A", en = "A" }}
background = "#FFFFFF"
surface = "#EEEEEE"
text = "#111111"
accent = "#CE1126"
[[fields]]
key = "judul"
type = "text"
max_chars = 80
label = {{ id = "Judul", en = "Title" }}
sample = {{ id = "Halo", en = "Hello" }}
{extra_manifest}''',
        encoding="utf-8",
    )
    (folder / f"{fmt}.svg.j2").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="{{ fmt.width }}" height="{{ fmt.height }}" '
        'viewBox="0 0 {{ fmt.view_w }} {{ fmt.view_h }}">' + body + "</svg>",
        encoding="utf-8",
    )
    return folder


def checked(design, library, platform: str | None = None):
    """The checklist as the editor runs it: on the half-scale preview render."""
    from app.checklist import check_design
    from app.render.raster import render

    return check_design(design, render(design, library, 0.5), platform)


# -- editing a zip in place, as a damaged or hostile file would be ---------------------------

def central_offset(raw, name: str) -> int:
    """Offset of the central directory header of entry `name`."""
    pos = 0
    while (pos := raw.find(b"PK\x01\x02", pos)) != -1:
        name_len = struct.unpack_from("<H", raw, pos + 28)[0]
        if raw[pos + 46:pos + 46 + name_len].decode() == name:
            return pos
        pos += 4
    raise KeyError(name)


def patch_zip_entry(path: Path, name: str, change) -> None:
    """Edit the local and central headers of entry `name` in place."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(name)
    change(raw, info)
    path.write_bytes(bytes(raw))


def checklist_rules(text: str, **kw) -> dict[str, str]:
    """rule -> severity of the checklist's findings on `text` at warn or block."""
    from app.checklist import check_text

    return {f.rule: f.severity for f in check_text(text, **kw).findings if f.severity != "info"}


PORTRAIT = Path(__file__).resolve().parents[2] / "templates" / "twibbon" / "samples" / "potret-batik.jpg"


def render_texts(library, template: str, fmt: str = "square", **fields):
    """A template's drawn texts (each box's lines joined) and its layout report, at quarter scale."""
    from app.model.design import Design
    from app.render.raster import render

    report = render(Design(template=template, format=fmt, fields=fields), library, 0.25).composition.report
    return [" ".join(b.lines) for b in report.text_boxes], report
