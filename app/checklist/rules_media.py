"""Source-image metadata (duty 6): GPS (M1), owner and device identity (M2), comments, history
and hidden text such as AI prompts (M3), AI and Content Credentials labels (M5). Exports never
carry any of it; these findings tell the user what their original file gives away."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import ExifTags, Image

from app.checklist.collector import Collector
from app.checklist.inputs import CheckInput
from app.checklist.rulebook import finding
from app.render.images import open_untrusted

IDENTITY_TAGS = {0x013B: "Artist", 0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber",
                 0xA435: "LensSerialNumber", 0x013C: "HostComputer", 0x9C9D: "XPAuthor",
                 0x927C: "MakerNote", 0x8298: "Copyright"}
HISTORY_TAGS = {0x0131: "Software", 0x9286: "UserComment", 0x9C9C: "XPComment",
                0x010E: "ImageDescription"}
TEXT_KEYS = ("comment", "parameters", "prompt", "workflow", "Description", "Comment", "Author",
             "Software", "Title")
XMP_GPS = (b"exif:GPS", b"photoshop:City", b"Iptc4xmpCore:Location")
XMP_IDENTITY = (b"dc:creator", b"aux:SerialNumber", b"mwg-rs:Regions")
AI_MARKS = (b"trainedAlgorithmicMedia", b"c2pa", b"jumb", b"compositeSynthetic")


def metadata(inp: CheckInput, out: Collector) -> None:
    for field, path in inp.images:
        try:
            found = inspect(Path(path))
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            continue  # a broken image is reported by the render, with the field's name
        name = Path(path).name
        for rule in found:
            out.add(finding(rule, field, None, name))


def inspect(path: Path) -> list[str]:
    """The metadata rules a file triggers, reading headers only (no pixel decode)."""
    rules: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with open_untrusted(path) as im:
            exif = im.getexif()
            info = dict(im.info)
            text = getattr(im, "text", {}) if im.format == "PNG" else {}
    xmp = info.get("xmp") or info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo) if exif else {}
    if gps or any(k in xmp for k in XMP_GPS):
        rules.append("M1")
    exif_ifd = exif.get_ifd(ExifTags.IFD.Exif) if exif else {}
    tags = {**dict(exif or {}), **dict(exif_ifd)}
    if any(t in tags for t in IDENTITY_TAGS) or any(k in xmp for k in XMP_IDENTITY):
        rules.append("M2")
    if (any(t in tags for t in HISTORY_TAGS) or any(k in info or k in text for k in TEXT_KEYS)
            or b"xmpMM:History" in xmp):
        rules.append("M3")
    if any(k in xmp for k in AI_MARKS) or _has_c2pa(path):
        rules.append("M5")
    return rules


def _has_c2pa(path: Path) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(256 * 1024)
    return b"c2pa" in head or b"jumb" in head
