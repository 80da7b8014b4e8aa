"""The `diplomat` command line: JSON listings, render by extension, overrides, exit codes and
one-line errors in the chosen language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from app.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_duties_json_has_ten_bilingual_duties_with_credit(capsys):
    code, out, _ = run(capsys, "duties", "--json")
    data = json.loads(out)
    assert code == 0 and len(data["duties"]) == 10
    assert "Komunikonten" in data["credit"]["id"]
    assert data["duties"][4]["text"]["id"].startswith("Tidak membuat")
    assert all(d["text"]["en"] for d in data["duties"])


def test_duties_text_in_both_languages(capsys):
    code, out, _ = run(capsys, "duties")
    assert code == 0 and "Komunikonten" in out
    assert "10 Tugas Diplomat" in out and "10 Duties of a Diplomat" in out


def test_templates_list_json_and_duty_filter(capsys):
    _, out, _ = run(capsys, "templates", "list", "--json")
    ids = {t["id"] for t in json.loads(out)}
    assert {"produk-umkm", "destinasi-wisata", "daftar-alasan"} <= ids
    _, out, _ = run(capsys, "templates", "list", "--duty", "2", "--json")
    listed = json.loads(out)
    assert {"daftar-alasan", "kartu-fakta"} <= {t["id"] for t in listed}
    assert all(2 in t["duties"] for t in listed) and "produk-umkm" not in {t["id"] for t in listed}


def test_templates_show_fields_and_format_sizes(capsys):
    _, out, _ = run(capsys, "templates", "show", "produk-umkm", "--json")
    data = json.loads(out)
    sizes = {f["id"]: (f["width"], f["height"]) for f in data["format_sizes"]}
    assert sizes["portrait"] == (1080, 1350) and sizes["story"] == (1080, 1920)
    field = next(f for f in data["fields"] if f["key"] == "nama_produk")
    assert field["required"] and field["max_chars"] == 60 and field["sample"]["id"]
    code, out, _ = run(capsys, "templates", "show", "produk-umkm", "--lang", "en")
    assert code == 0 and "Product name" in out and "1080×1350" in out


@pytest.mark.parametrize("ext", ["png", "jpg", "webp", "pdf", "svg"])
def test_render_each_type(capsys, tmp_path, ext):
    out = tmp_path / f"p.{ext}"
    code, stdout, err = run(capsys, "render", "daftar-alasan", "--format", "square",
                            "--out", str(out), "--scale", "0.5")
    assert code == 0 and out.stat().st_size > 1000, err
    if ext in ("png", "jpg", "webp"):
        with Image.open(out) as im:
            assert im.size == (540, 540)
            assert im.format == {"png": "PNG", "jpg": "JPEG", "webp": "WEBP"}[ext]


def test_set_values_any_unicode_and_lists(capsys, tmp_path):
    out = tmp_path / "p.svg"
    items = json.dumps([{"judul": "Satu & <dua>", "isi": "🍛 \"kutip\" 'tunggal'"}] * 3)
    code, _, err = run(capsys, "render", "daftar-alasan", "--format", "portrait", "--out", str(out),
                       "--set", "judul=Rendang 🇮🇩 <&> \"x\" 'y'", "--set", f"butir={items}")
    assert code == 0, err
    svg = out.read_text(encoding="utf-8")
    assert "Rendang 🇮🇩 &lt;&amp;&gt;" in svg and "Satu &amp; &lt;dua&gt;" in svg


def test_unknown_template_format_field_are_exit_2_one_line(capsys, tmp_path):
    cases = [
        ("render", "tidak-ada", "--out", str(tmp_path / "a.png")),
        ("render", "produk-umkm", "--format", "banner", "--out", str(tmp_path / "a.png")),
        ("render", "daftar-alasan", "--format", "a4", "--out", str(tmp_path / "a.png")),
        ("render", "produk-umkm", "--set", "warna=merah", "--out", str(tmp_path / "a.png")),
        ("render", "produk-umkm", "--image", "foto=/tidak/ada.jpg", "--out", str(tmp_path / "a.png")),
        ("render", "produk-umkm", "--out", str(tmp_path / "a.gif")),
    ]
    for argv in cases:
        code, out, err = run(capsys, *argv)
        assert code == 2, argv
        assert err.count("\n") == 1 and "Traceback" not in err, err
    assert not list(tmp_path.iterdir())


def test_error_language_follows_lang(capsys, tmp_path):
    _, _, err = run(capsys, "render", "tidak-ada", "--lang", "en", "--out", str(tmp_path / "a.png"))
    assert "not found" in err
    _, _, err = run(capsys, "render", "tidak-ada", "--out", str(tmp_path / "a.png"))
    assert "tidak ditemukan" in err


def test_overflow_prints_a_warning(capsys, tmp_path):
    code, _, err = run(capsys, "render", "produk-umkm", "--out", str(tmp_path / "a.png"),
                       "--scale", "0.25", "--set", "nama_produk=" + "panjang " * 60)
    assert code == 0 and "Nama produk" in err and "Peringatan" in err


def test_design_file_and_flags_on_top(capsys, tmp_path):
    design = tmp_path / "d.json"
    design.write_text(json.dumps({"schema_version": 1, "template": "produk-umkm", "format": "square",
                                  "lang": "en", "fields": {"nama_produk": "Sambal Roa"}}))
    out = tmp_path / "a.svg"
    code, _, _ = run(capsys, "render", "--design", str(design), "--out", str(out))
    assert code == 0 and "Sambal Roa" in out.read_text(encoding="utf-8")
    assert 'width="1080" height="1080"' in out.read_text(encoding="utf-8")


def test_templates_dir_overrides_bundled(capsys, tmp_path, user_templates):
    folder = user_templates("produk-umkm")
    manifest = folder / "manifest.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'name = { id = "Poster Produk Lokal"', 'name = { id = "Poster Milik Saya"'))
    code, out, _ = run(capsys, "--templates-dir", str(folder.parent), "templates", "list", "--json")
    mine = next(t for t in json.loads(out) if t["id"] == "produk-umkm")
    assert mine["name"]["id"] == "Poster Milik Saya" and mine["source"] == "user"


def test_fresh_process_entry_point_and_diplomat_home(tmp_path):
    home = tmp_path / "usb"
    env = {**os.environ, "DIPLOMAT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "p.jpg"
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "render", "produk-umkm", "--format", "portrait",
         "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    with Image.open(out) as im:
        assert im.size == (1080, 1350)
    assert (home / "log" / "diplomat.log").exists()
    assert {p.name for p in home.iterdir()} <= {"config", "data", "cache", "log"}


def test_absurd_scale_is_refused_before_any_work(capsys, tmp_path):
    for scale in ("0", "-1", "500"):
        code, _, err = run(capsys, "render", "produk-umkm", "--scale", scale, "--out", str(tmp_path / "a.png"))
        assert code == 2 and "100 MP" in err
    assert not list(tmp_path.iterdir())


def test_a_start_loads_no_command_machinery_it_does_not_run():
    """Every start builds all parsers; the checklist and the batch pool (0.2 s of imports) load
    only when their command runs."""
    code = ("import sys; from app.cli.main import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('app.checklist.engine', 'app.batch.production', 'app.batch.plan', 'tqdm')"
            " if m in sys.modules]\n"
            "print(heavy)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_render_warns_in_the_users_language_when_a_value_is_over_its_limit(capsys, tmp_path):
    long_name = "Keripik Tempe Renyah Khas Malang Bu Sri Rahayu Asli Blitar Jawa Timur"  # 69 > 60
    code, _, err = run(capsys, "render", "produk-umkm", "--set", f"nama_produk={long_name}",
                       "--out", str(tmp_path / "a.png"))
    assert code == 0 and (tmp_path / "a.png").is_file()
    assert "kolom 'Nama produk' berisi 69 karakter, lebih dari batasnya 60" in err
    code, _, err = run(capsys, "render", "produk-umkm", "--set", "nama_produk=Kopi Gayo", "--out",
                       str(tmp_path / "b.png"))
    assert code == 0 and "batasnya" not in err
