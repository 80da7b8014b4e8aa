"""Export: the file type comes from the extension; outputs carry no metadata from source
photos; EXIF orientation is applied before cropping; PDF keeps text as text."""

from __future__ import annotations

import re

import pytest
from PIL import Image, ImageCms
from pypdf import PdfReader

from app.cli.main import main
from app.model.design import Design, ImageRef
from app.output import export as export_mod
from app.render.raster import render


def export(design, library, out, scale=1.0):
    """Render once and write it, as the CLI does; return the composition (its layout report)."""
    rendered = render(design, library, scale)
    export_mod.export(rendered, out)
    return rendered.composition


def embedded_fonts(page) -> list[str]:
    """Names of the fonts on a PDF page whose font program is inside the file."""
    names = []
    for ref in page["/Resources"]["/Font"].values():
        font = ref.get_object()
        descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
        for desc in descendants:
            fd = desc.get("/FontDescriptor")
            if fd is not None and any(k in fd.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                names.append(str(desc.get("/BaseFont")))
    return names


def _gps_photo(path, orientation=1, size=(1200, 800)):
    """A JPEG like a phone's: GPS position, camera make, a comment, an ICC profile."""
    im = Image.new("RGB", size, (200, 40, 40))
    im.paste((30, 60, 200), (size[0] // 2, 0, size[0], size[1]))  # right half blue
    exif = Image.Exif()
    exif[0x010F] = "KameraHP"  # Make
    exif[0x0112] = orientation
    exif[0x8825] = {1: "S", 2: (6.0, 10.0, 30.0), 3: "E", 4: (106.0, 49.0, 12.0)}  # GPS: Jakarta
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    im.save(path, "JPEG", exif=exif.tobytes(), icc_profile=icc, comment=b"rumah saya")
    return path


@pytest.mark.parametrize("ext", [".jpg", ".png", ".webp"])
def test_outputs_carry_no_metadata(tmp_path, library, ext):
    photo = _gps_photo(tmp_path / "p.jpg")
    out = tmp_path / f"poster{ext}"
    design = Design(template="produk-umkm", format="square", images={"foto": ImageRef(str(photo))})
    comp = export(design, library, out, scale=0.5)
    assert comp.report.images[0].field == "foto"  # the GPS-tagged photo really is in the poster
    with Image.open(out) as im:
        assert len(im.getexif()) == 0
        assert "icc_profile" not in im.info and "exif" not in im.info and "xmp" not in im.info
        assert "comment" not in im.info
        if ext == ".png":
            assert not getattr(im, "text", {})
    raw = out.read_bytes()
    assert b"KameraHP" not in raw and b"rumah saya" not in raw and b"Exif\x00\x00" not in raw


def test_svg_output_embeds_stripped_photo(tmp_path, library):
    photo = _gps_photo(tmp_path / "p.jpg")
    out = tmp_path / "poster.svg"
    export(Design(template="produk-umkm", format="square",
                  images={"foto": ImageRef(str(photo))}), library, out)
    svg = out.read_text(encoding="utf-8")
    import base64

    for payload in re.findall(r'href="data:image/[a-z]+;base64,([^"]+)"', svg):
        blob = base64.b64decode(payload)
        assert b"Exif" not in blob and b"KameraHP" not in blob and b"rumah saya" not in blob
    assert "/etc" not in svg and str(photo) not in svg


def test_exif_orientation_applied_before_crop(tmp_path, library):
    # Stored landscape with red left / blue right; orientation 6 means "rotate 90° clockwise to
    # view", so upright the red half is on top and blue at the bottom.
    photo = _gps_photo(tmp_path / "rot.jpg", orientation=6)
    out = tmp_path / "o.png"
    comp = export(Design(template="produk-umkm", format="square",
                         images={"foto": ImageRef(str(photo), focus=(0.5, 0.0))}), library, out)
    assert comp.report.images[0].source_size == (800, 1200)  # upright: portrait
    with Image.open(out) as im:
        r, g, b = im.getpixel((540, 40))
        assert r > 150 and b < 100  # top of the frame is the red half


def test_pdf_is_vector_with_extractable_text(tmp_path, library):
    out = tmp_path / "poster.pdf"
    export(Design(template="produk-umkm", format="a4", fields={"nama_produk": "Keripik Tempe Bu Sari"}),
           library, out)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    # Qt writes words as separate runs (pypdf reads tabs between them) and adds ActualText
    # spans for copy-paste; fold the white space before looking for the words.
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Keripik Tempe Bu" in text and "Sari" in text
    assert "Rp85.000" in text and "Pesan sekarang" in text
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 216) < 1.0  # 210 mm + 2 × 3 mm bleed
    fonts = embedded_fonts(reader.pages[0])  # text is text in embedded fonts, not outlines
    assert any("Inter" in f for f in fonts) and any("Spartan" in f for f in fonts), fonts


def test_unknown_extension_is_refused_before_work(tmp_path, capsys):
    assert main(["render", "produk-umkm", "--out", str(tmp_path / "poster.gif")]) == 2
    assert "'.gif' tidak didukung" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_export_is_atomic_no_temp_files_left(tmp_path, library):
    for ext in (".png", ".jpg", ".pdf", ".svg"):
        export(Design(template="daftar-alasan", format="square"), library, tmp_path / f"a{ext}", 0.5)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg", "a.pdf", "a.png", "a.svg"]
