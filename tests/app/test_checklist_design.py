"""The checklist over whole designs: fields, caption, links, QR codes, photos, layout and pixels;
answers, overrides and fixes; the CLI and its reports."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from app.checklist.fixes import apply_fix
from app.cli.main import main
from app.model.design import Design, ImageRef
from app.templating.library import Library

from .helpers import checked, write_svg_template
from .test_export import _gps_photo


def rules(report) -> dict[str, str]:
    return {f.rule: f.severity for f in report.findings}


@pytest.mark.parametrize("template_id", sorted(Library().templates))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_bundled_samples_pass_their_own_checklist(library, template_id, lang):
    design = Design(template=template_id, format=library.get(template_id).manifest.formats[0], lang=lang,
                    alt_text="Poster contoh dengan teks yang sama seperti di gambar.")
    report = checked(design, library)
    assert report.verdict in ("pass", "warn")
    assert [f for f in report.findings if f.severity != "info"] == []


def _user(tmp_path, body: str, **kw) -> Library:
    write_svg_template(tmp_path / "tpl" / "uji", body, **kw)
    return Library([tmp_path / "tpl"])


def test_low_contrast_text_is_measured_in_pixels(tmp_path):
    lib = _user(tmp_path, '<rect width="1080" height="1080" fill="#FFFFFF"/>'
                '{{ text_box(f.judul, 80, 400, 900, 200, size=40, fill="#999999") }}')
    report = checked(Design(template="uji", format="square", alt_text="x" * 20), lib)
    a1 = next(f for f in report.findings if f.rule == "A1")
    assert a1.severity == "warn" and a1.field == "judul"  # 2.8:1, body text needs 4.5:1
    assert "2.8:1" in a1.message["en"]
    lib = _user(tmp_path, '<rect width="1080" height="1080" fill="#FFFFFF"/>'
                '{{ text_box(f.judul, 80, 400, 900, 200, size=40, fill="#222222") }}')
    assert "A1" not in rules(checked(Design(template="uji", format="square"), lib))


def test_text_on_a_photo_is_judged_by_the_photo_under_it(tmp_path):
    lib = _user(tmp_path, '<rect width="1080" height="1080" fill="#111111"/>'
                '<rect x="0" y="380" width="1080" height="300" fill="#F0F0F0"/>'
                '{{ text_box(f.judul, 80, 400, 900, 200, size=40, fill="#FFFFFF") }}')
    report = checked(Design(template="uji", format="square"), lib)
    assert rules(report)["A1"] == "block"  # white on near-white: under 2:1


def test_small_text_and_overflow(tmp_path):
    lib = _user(tmp_path, '{{ text_box(f.judul, 80, 80, 300, 60, size=20, min_size=20, max_lines=1) }}')
    design = Design(template="uji", format="square", fields={"judul": "Teks kecil yang terlalu panjang sekali"})
    got = rules(checked(design, lib))
    assert got["A2"] == "warn" and got["O1"] == "warn"


def test_qr_target_must_be_written_in_the_caption(tmp_path):
    extra = ('[[fields]]\nkey = "tautan"\ntype = "url"\nmax_chars = 80\n'
             'label = { id = "Tautan", en = "Link" }\nsample = "https://kemenparekraf.go.id/acara"\n')
    lib = _user(tmp_path, '{{ qr(f.tautan, 700, 700, 300) }}' + '{{ text_box(f.judul, 80, 80, 600, 200) }}',
                extra_manifest=extra)
    design = Design(template="uji", format="square")
    assert rules(checked(design, lib))["U6"] == "warn"
    design.caption = "Info lengkap: kemenparekraf.go.id/acara"
    assert "U6" not in rules(checked(design, lib))


def test_photo_metadata_is_reported_and_stripping_is_promised(tmp_path, library):
    photo = _gps_photo(tmp_path / "kopi.jpg")
    design = Design(template="produk-umkm", format="square", images={"foto": ImageRef(str(photo))})
    report = checked(design, library)
    m1 = next(f for f in report.findings if f.rule == "M1")
    assert m1.field == "foto" and "kopi.jpg" in m1.message["id"] and "ekspor" in m1.message["id"]
    assert "M3" in rules(report)  # the JPEG comment
    assert {"H8", "P9"} <= {q.rule for q in report.questions}
    owned = tmp_path / "milik.jpg"
    exif = Image.Exif()
    exif[0x013B] = "Budi Santoso"  # Artist
    exif[0xA431] = "SN-00123"  # BodySerialNumber (stored in IFD0 here; still read)
    Image.new("RGB", (640, 480), (90, 60, 30)).save(owned, exif=exif.tobytes())
    design.images["foto"] = ImageRef(str(owned))
    assert "M2" in rules(checked(design, library))
    clean = tmp_path / "bersih.png"
    Image.new("RGB", (800, 600), (120, 80, 40)).save(clean)
    design.images["foto"] = ImageRef(str(clean))
    assert not {"M1", "M2", "M3"} & set(rules(checked(design, library)))


def test_platform_limits(library):
    design = Design(template="produk-umkm", format="square", caption="a" * 300,
                    hashtags=" ".join(f"#tag{i}" for i in range(31)), alt_text="b" * 1200)
    got = rules(checked(design, library, platform="x"))
    assert got["F1"] == "warn" and got["A3"] == "block"
    got = rules(checked(design, library, platform="instagram"))
    assert got["F2"] == "warn" and "F1" not in got


def test_block_needs_a_typed_reason_to_override(library):
    design = Design(template="produk-umkm", format="square",
                    fields={"deskripsi": "Hubungi pemilik, NIK 3174095708900001."})
    assert checked(design, library).verdict == "block"
    design.overrides = {"P1": "ok"}
    assert checked(design, library).verdict == "block"  # too short to count as a reason
    design.overrides = {"P1": "Nomor contoh fiktif untuk materi pelatihan, sudah disetujui."}
    report = checked(design, library)
    assert report.verdict == "warn"
    p1 = next(f for f in report.findings if f.rule == "P1")
    assert p1.overridden.startswith("Nomor contoh fiktif")


def test_answers_are_recorded_and_can_block(library):
    design = Design(template="produk-umkm", format="square",
                    fields={"deskripsi": "Korban kecelakaan, siswa SD Negeri 3, dirawat."})
    report = checked(design, library)
    assert {"E1", "E3", "P10"} <= {q.rule for q in report.questions}
    design.answers = {"E3": "ya", "E1": "tidak"}
    report = checked(design, library)
    assert report.verdict == "block"
    assert {q.rule: q.answer for q in report.questions}["E1"] == "tidak"


def test_mask_fix_removes_the_finding(library):
    design = Design(template="produk-umkm", format="square",
                    fields={"deskripsi": "Kontak: NIK 3174095708900001."})
    report = checked(design, library)
    p1 = next(f for f in report.findings if f.rule == "P1")
    fixed = apply_fix(design, p1.fix)
    assert fixed.fields["deskripsi"] == "Kontak: NIK 31••••••••••••01."
    assert design.fields["deskripsi"].endswith("0001.")  # the original design is untouched
    assert "P1" not in rules(checked(fixed, library))


def test_cli_check_json_shape_exit_codes_and_reports(capsys, tmp_path):
    text = tmp_path / "caption.txt"
    text.write_text("WASPADA!! sebarkan sebelum dihapus. NIK 3174095708900001", encoding="utf-8")
    html, js = tmp_path / "laporan-checklist.html", tmp_path / "laporan-checklist.json"
    code = main(["check", "--text-file", str(text), "--json", "--report-html", str(html),
                 "--report-json", str(js)])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["verdict"] == "block"
    assert set(data) == {"verdict", "findings", "questions"}
    assert set(data["findings"][0]) == {"rule", "duty", "category", "severity", "field", "span",
                                        "message", "fix", "lowered"}
    assert set(data["findings"][0]["message"]) == {"id", "en"}
    page = html.read_text(encoding="utf-8")
    assert "Laporan Checklist" in page and "3174095708900001" in page and "UU PDP" in page
    assert json.loads(js.read_text(encoding="utf-8"))["verdict"] == "block"
    text.write_text("Kopi Gayo Rp85.000. Sumber: petani Takengon.", encoding="utf-8")
    assert main(["check", "--text-file", str(text)]) == 0
    assert main(["check", "--text-file", str(tmp_path / "tidak-ada.txt")]) == 2


def test_cli_check_a_template_design(capsys, tmp_path):
    code = main(["check", "produk-umkm", "--format", "square", "--set", "deskripsi=Viralkan!! bit.ly/x",
                 "--alt-text", "Poster kopi", "--platform", "instagram", "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 0 and "Verdict: CHECK" in out and "U1" in out and "H1" in out


def test_a_value_over_its_limit_is_a_finding_named_by_its_label_once_for_every_format(library):
    """Not only a red counter in the form: O4 names the field as the form does, in both
    languages, once however many formats the kit checks; O1 names it by its label too."""
    from app.output.publish import check_all, render_formats

    name = "Keripik Tempe Renyah Khas Malang Bu Sri Rahayu, Oleh-oleh Asli Kota Batu Jawa Timur"  # 83
    design = Design(template="produk-umkm", format="portrait", fields={"nama_produk": name},
                    alt_text="Poster keripik tempe.")
    report = check_all(design, render_formats(design, library, ["portrait", "square", "story"]), None)
    over = [f for f in report.findings if f.rule == "O4"]
    assert len(over) == 1 and over[0].field == "nama_produk" and over[0].severity == "info"
    assert "'Nama produk' berisi 83 karakter, lebih dari batasnya 60" in over[0].message["id"]
    assert "'Product name' has 83 characters" in over[0].message["en"]
    for f in report.findings:
        assert "nama_produk" not in f.message["id"] and "nama_produk" not in f.message["en"]
    within = Design(template="produk-umkm", format="portrait", fields={"nama_produk": name[:60]})
    assert "O4" not in rules(checked(within, library))


def test_a_number_in_the_brand_kit_is_the_shops_own_on_every_design(library, tmp_path):
    """Set once in the brand kit, the shop's WhatsApp is never asked to be masked, on any poster;
    another number on the same poster still is. The kit keeps its numbers in its file."""
    from app.model.design import Brand

    text = "Tanya Bu Sri di 0812-3456-7890 atau Pak Joko di 0813-1111-2222."
    plain = checked(Design(template="produk-umkm", format="portrait", fields={"deskripsi": text}), library)
    assert [f.rule for f in plain.findings].count("P4") == 2
    brand = Brand(handle="@kopigayo", business_numbers=["0812 3456 7890"])
    kit = checked(Design(template="produk-umkm", format="portrait", fields={"deskripsi": text}, brand=brand),
                  library)
    phones = sorted((f.rule, text[f.span[0]:f.span[1]]) for f in kit.findings if f.rule in ("P4", "P4B"))
    assert phones == [("P4", "0813-1111-2222"), ("P4B", "0812-3456-7890")]
    path = tmp_path / "brand.json"
    path.write_text(json.dumps(brand.to_dict()), encoding="utf-8")
    assert Brand.load(path).business_numbers == ["0812 3456 7890"]
    assert "business_numbers" not in Brand(handle="@x").to_dict()  # an older kit's file is unchanged
