"""Hostile input, as an attacker would bring it: every case is a real file built here. Each
asserts the exit code (2: a clear error, never 3), that no traceback reached the user, that the
message names the part, that nothing from outside reached the output, and the time it took."""

from __future__ import annotations

import base64
import io
import json
import struct
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from app import paths
from app.cli.main import main
from app.errors import DesignError, TemplateError
from app.model.design import Design, ImageRef
from app.project import projectfile
from app.render.raster import render
from app.templating.library import Library

from .helpers import central_offset, patch_zip_entry, write_svg_template

SECRET = "RAHASIA-DI-LUAR-FOLDER"
TEXT = '{{ text_box(f.judul, 80, 80, 900, 200, font="Inter", weight=700, size=64) }}'
IMAGE_FIELD = '''
[[fields]]
key = "foto"
type = "image"
label = { id = "Foto", en = "Photo" }
'''
PHOTO_BODY = TEXT + '{{ image_frame(f.foto, 80, 400, 900, 500) if f.foto else "" }}'


def eps(body: str = "0 0 moveto 100 100 lineto stroke") -> bytes:
    """A real Encapsulated PostScript file: Pillow's EPS plugin would hand it to Ghostscript."""
    return (f"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n{body}\nshowpage\n%%EOF\n").encode()


def run_cli(capsys, *argv, limit: float = 5.0):
    start = time.monotonic()
    code = main([str(a) for a in argv])
    took = time.monotonic() - start
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert took < limit, f"took {took:.1f} s"
    return code, err


def user_template(tmp_path, body=TEXT, extra="", name="uji") -> Path:
    root = tmp_path / "tpl"
    write_svg_template(root / name, body, extra_manifest=extra)
    return root


# -- files read from outside the allowed area -------------------------------------------------

@pytest.mark.parametrize("payload", [eps(), eps("{ } loop")], ids=["drawing", "endless-loop"])
def test_an_eps_disguised_as_jpeg_never_reaches_ghostscript(tmp_path, capsys, payload):
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(payload)
    root = user_template(tmp_path, PHOTO_BODY, IMAGE_FIELD)
    out = tmp_path / "p.png"
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square",
                        "--image", f"foto={photo}", "--out", out)
    assert code == 2 and "'foto'" in err and "bukan JPEG, PNG, WebP" in err
    assert not out.exists()


def test_an_eps_brand_logo_is_refused(tmp_path, capsys, library):
    logo = tmp_path / "logo.png"
    logo.write_bytes(eps("{ } loop"))
    brand = tmp_path / "brand.json"
    brand.write_text(json.dumps({"logo": str(logo), "primary": "#0B6E4F"}), encoding="utf-8")
    code, err = run_cli(capsys, "render", "produk-umkm", "--brand", brand, "--out", tmp_path / "p.jpg")
    assert code == 2 and "'brand.logo'" in err and "bukan JPEG" in err


def test_an_eps_inside_a_project_is_refused_and_the_file_left_alone(tmp_path):
    path = tmp_path / "proyek.diplomat"
    design = Design(template="produk-umkm", images={"foto": ImageRef("gambar/abc.jpg")}).to_dict()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("design.json", json.dumps(design))
        z.writestr("gambar/abc.jpg", eps())
    before = path.read_bytes()
    with pytest.raises(DesignError) as err:
        projectfile.load(path, tmp_path / "unpack")
    assert "gambar/abc.jpg" in err.value.message("id") and path.read_bytes() == before
    assert not (tmp_path / "unpack" / "abc.jpg").exists()


def test_an_eps_in_a_template_data_uri_is_refused(tmp_path, capsys):
    uri = "data:image/png;base64," + base64.b64encode(eps()).decode()
    root = user_template(tmp_path, f'<image width="10" height="10" href="{uri}"/>' + TEXT)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square",
                        "--out", tmp_path / "p.png")
    assert code == 2 and "data: URI" in err


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _pack_of(folder: Path, extra: dict[str, bytes] | None = None) -> dict[str, bytes]:
    files = {f"{folder.name}/{p.relative_to(folder).as_posix()}": p.read_bytes()
             for p in folder.rglob("*") if p.is_file()}
    return {**files, **(extra or {})}


def test_an_eps_among_pack_samples_is_refused(tmp_path, capsys, user_templates):
    folder = user_templates("produk-umkm", "produk-saya")
    pack = tmp_path / "paket.zip"
    pack.write_bytes(_zip(_pack_of(folder, {"produk-saya/samples/kopi.jpg": eps()})))
    code, err = run_cli(capsys, "templates", "import", pack, limit=60)
    assert code == 2 and "produk-saya/samples/kopi.jpg" in err
    assert not (paths.user_templates_dir() / "produk-saya").exists()


@pytest.mark.parametrize("sample", ["/etc/hostname", "../../luar.png", "samples/../../luar.png"])
def test_a_sample_path_outside_the_template_is_refused_everywhere(tmp_path, capsys, sample):
    outside = tmp_path / "luar.png"
    Image.new("RGB", (40, 40), (255, 0, 0)).save(outside)
    extra = IMAGE_FIELD + f'sample = "{sample}"\n'
    root = user_template(tmp_path, PHOTO_BODY, extra)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square",
                        "--out", tmp_path / "p.png")
    assert code == 2 and "fields[1].sample" in err and not (tmp_path / "p.png").exists()
    code, err = run_cli(capsys, "templates", "lint", root / "uji")
    assert code == 1
    pack = tmp_path / "paket.zip"
    pack.write_bytes(_zip(_pack_of(root / "uji")))
    code, err = run_cli(capsys, "templates", "import", pack)
    assert code == 2 and not (paths.user_templates_dir() / "uji").exists()


def test_a_symlinked_include_is_refused_and_nothing_leaks(tmp_path, capsys):
    secret = tmp_path / "rahasia.txt"
    secret.write_text(f"<desc>{SECRET}</desc>", encoding="utf-8")
    root = user_template(tmp_path, '{% include "uji/bocor.svg" %}' + TEXT)
    (root / "uji" / "bocor.svg").symlink_to(secret)
    out = tmp_path / "p.svg"
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--out", out)
    assert code == 2 and "bocor.svg" in err and "tautan simbolik" in err
    assert not out.exists()
    code, _ = run_cli(capsys, "templates", "lint", root / "uji")
    assert code == 1


def test_a_symlinked_template_folder_is_not_followed(tmp_path, capsys):
    real = tmp_path / "di-luar"
    write_svg_template(real / "uji", TEXT)
    root = tmp_path / "tpl"
    root.mkdir()
    (root / "uji").symlink_to(real / "uji", target_is_directory=True)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square",
                        "--out", tmp_path / "p.png")
    assert code == 2 and "tautan simbolik" in err


def test_no_template_includes_a_file_through_a_symlinked_template_folder(tmp_path, capsys):
    """The Jinja2 loader is built from the folder listing (no manifest parsed): a symlinked
    folder, which is never a template, is not a path to include from either."""
    outside = tmp_path / "di-luar"
    write_svg_template(outside / "luar", TEXT)
    (outside / "luar" / "bocor.svg.j2").write_text(f"<desc>{SECRET}</desc>", encoding="utf-8")
    root = user_template(tmp_path, '{% include "luar/bocor.svg.j2" %}' + TEXT)
    (root / "luar").symlink_to(outside / "luar", target_is_directory=True)
    out = tmp_path / "p.svg"
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--out", out)
    assert code == 2 and "TemplateNotFound" in err
    assert not out.exists() and SECRET not in err


def test_css_hidden_after_a_child_of_style_is_refused(tmp_path, capsys):
    body = "<style><desc/>@import url(http://contoh.id/a.css); rect { fill: url(/etc/x.svg#a) }</style>" + TEXT
    root = user_template(tmp_path, body)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square",
                        "--out", tmp_path / "p.png")
    assert code == 2 and "<style>" in err


# -- CPU, memory and time limits ---------------------------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}", "loops"),
    ("{% for a in 'x' * 999 %}{% for b in 'x' * 999 %}{% for c in 'x' * 999 %}{% endfor %}"
     "{% endfor %}{% endfor %}", "loops"),
    ("{{ 'x' * 10**9 }}", "multiplication"),
    ("{{ 'x' * 10**12 }}", "multiplication"),
    ("{{ ([0] * 10**8)|length }}", "multiplication"),
    ("{{ 7 ** 99999999 }}", "number"),  # Jinja's ** is left-associative: write the exponent out
    ("{% set ns = namespace(s='xy') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
     "joined text"),
    ("{{ 'x'|center(10**9) }}", "center"),  # not an allowed filter at all
    ("{{ 'x'.ljust(10**9) }}", "a number given"),
    ("{{ '%999999999s' % 'x' }}", "width"),
    ("{{ '{:>999999999}'.format('x') }}", "width"),
    ("{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}", "calls itself"),
    ("{% for i in range(100000) %}{{ 'x' * 999 }}{% endfor %}", "20 MB"),
    ("<g>" * 5000 + "</g>" * 5000, "nested more than"),
    ("{{ _diplomat_loop_budget }}", "reserved"),
])
def test_a_template_cannot_take_unbounded_work(tmp_path, capsys, body, words):
    root = user_template(tmp_path, body + TEXT)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--lang", "en",
                        "--out", tmp_path / "p.png", limit=5.0)
    assert code == 2 and words in err
    assert "uji" in err or "Template refused" in err  # the line names the template or the safety pass
    assert not (tmp_path / "p.png").exists()


def test_importing_a_pack_with_a_hanging_template_ends_in_time(tmp_path, capsys):
    root = user_template(tmp_path, "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}"
                                   "{% endfor %}" + TEXT)
    pack = tmp_path / "paket.zip"
    pack.write_bytes(_zip(_pack_of(root / "uji")))
    code, err = run_cli(capsys, "templates", "import", pack, limit=30)
    assert code == 2 and "lint" in err and not (paths.user_templates_dir() / "uji").exists()


# -- crashes that must be clear errors -----------------------------------------------------------

def test_a_lone_surrogate_or_control_characters_in_set_are_cleaned(tmp_path, capsys):
    out = tmp_path / "p.svg"
    code, err = run_cli(capsys, "render", "produk-umkm", "--set", "nama_produk=Kopi\ud800 Gayo\x00\x07",
                        "--set", "deskripsi=Baris satu\r\nbaris\x1b dua", "--out", out)
    assert code == 0, err
    svg = out.read_text(encoding="utf-8")
    assert "Kopi Gayo" in svg and "\x00" not in svg and "\x1b" not in svg
    rendered = render(Design(template="produk-umkm", fields={"nama_produk": "A\x00B"}), Library(), 0.25)
    assert rendered.composition.report.cleaned == ["nama_produk"]


def test_set_json_nested_sixty_thousand_deep_is_exit_2(tmp_path, capsys):
    code, err = run_cli(capsys, "render", "daftar-alasan", "--set", "alasan=" + "[" * 60_000 + "]" * 60_000,
                        "--out", tmp_path / "p.png")
    assert code == 2 and "bersarang terlalu dalam" in err


def test_a_huge_png_in_a_template_data_uri_is_exit_2(tmp_path, capsys):
    buf = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buf, "PNG")  # 400 MP, a few kB on disk
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    root = user_template(tmp_path, f'<image width="10" height="10" href="{uri}"/>' + TEXT)
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square",
                        "--out", tmp_path / "p.png")
    assert code == 2 and "terlalu besar" in err


def test_a_pack_entry_with_a_300_character_name_is_exit_2(tmp_path, capsys, user_templates):
    folder = user_templates("produk-umkm", "produk-saya")
    pack = tmp_path / "paket.zip"
    pack.write_bytes(_zip(_pack_of(folder, {f"produk-saya/{'n' * 300}.txt": b"x"})))
    code, err = run_cli(capsys, "templates", "import", pack)
    assert code == 2 and "terlalu panjang" in err


def test_a_pack_whose_header_lies_about_a_size_says_so(tmp_path, capsys, user_templates):
    folder = user_templates("produk-umkm", "produk-saya")
    pack = tmp_path / "paket.zip"
    pack.write_bytes(_zip(_pack_of(folder)))
    def shrink(raw, info):  # the uncompressed size, in the local and the central header
        struct.pack_into("<I", raw, info.header_offset + 22, info.file_size - 10)
        struct.pack_into("<I", raw, central_offset(raw, info.filename) + 24, info.file_size - 10)
    patch_zip_entry(pack, "produk-saya/manifest.toml", shrink)
    code, err = run_cli(capsys, "templates", "import", pack, "--lang", "en")
    assert code == 2 and "zip header" in err and "shadows" not in err


def test_a_broken_user_template_with_a_bundled_id_is_not_silently_replaced(tmp_path, capsys, user_templates):
    folder = user_templates("produk-umkm")
    (folder / "manifest.toml").write_text('id = "produk-umkm"\nkind = "poster"\n', encoding="utf-8")
    root = folder.parent
    code, err = run_cli(capsys, "--templates-dir", root, "render", "produk-umkm", "--out", tmp_path / "p.png")
    assert code == 2 and str(folder) in err and not (tmp_path / "p.png").exists()
    code, err = run_cli(capsys, "--templates-dir", root, "templates", "list")
    assert code == 0 and str(folder) in err


def test_a_broken_user_template_is_a_problem_not_a_fallback(tmp_path, user_templates):
    folder = user_templates("produk-umkm")
    (folder / "manifest.toml").write_text("rusak = [", encoding="utf-8")
    lib = Library([folder.parent])
    assert "produk-umkm" not in lib.templates and str(folder) in lib.problems()
    with pytest.raises(TemplateError) as err:
        lib.get("produk-umkm")
    assert str(folder) in err.value.message("id")


def test_big_numbers_as_data_are_formatted_not_refused(tmp_path, capsys):
    """The budgets cap widths and counts, never the data: a price of Rp1.250.000, a population
    of 270 million passed to a helper or a filter."""
    body = ('{{ text_box(1250000|rupiah, 64, 64, 900, 120, size=48, field="harga") }}'
            '{{ text_box(270000000|angka, 64, 300, 900, 120, size=48) }}'
            '{{ text_box(270000000, 64, 500, 900, 120, size=48) }}'
            '{{ text_box((12500000|string)|truncate(30), 64, 700, 900, 120, size=48) }}')
    root = user_template(tmp_path, body)
    out = tmp_path / "p.svg"
    code, err = run_cli(capsys, "--templates-dir", root, "render", "uji", "--format", "square", "--out", out)
    assert code == 0, err
    svg = out.read_text(encoding="utf-8")
    assert "Rp1.250.000" in svg and "270.000.000" in svg and "270000000" in svg and "12500000" in svg
