"""Template tooling: every bundled template passes the lint; the lint catches real mistakes;
packs import safely or not at all; thumbnails are cached; the brand kit reaches the poster."""

from __future__ import annotations

import io
import json
import stat
import zipfile

import pytest

from app import paths
from app.authoring import thumbnails
from app.authoring.lint import lint_folder, sample_logo
from app.authoring.packs import import_pack
from app.cli.main import main
from app.errors import TemplateError
from app.model.design import Brand, Design, ImageRef
from app.render.raster import render
from app.templating.library import Library

from .helpers import is_blank

BUNDLED = sorted(Library().templates.values(), key=lambda t: t.id)


@pytest.mark.parametrize("template", BUNDLED, ids=[t.id for t in BUNDLED])
def test_bundled_template_passes_lint(template):
    result = lint_folder(template.folder)
    assert not result.errors, [(e.where, e.en) for e in result.errors]
    assert result.renders >= 18  # 3+ formats x 2 languages x 3+ themes


def test_lint_catches_a_bad_template(user_templates):
    folder = user_templates("produk-umkm", "poster-buruk")
    portrait = folder / "_poster.svg.j2"
    text = portrait.read_text(encoding="utf-8")
    text = text.replace('fill=t.muted) }}', 'fill=t.background) }}', 1)  # invisible description
    text = text.replace("{{ text_box(f.satuan, M,", "{{ text_box(f.satuan, 4,")  # off the margin
    portrait.write_text(text, encoding="utf-8")
    (folder / "samples" / "tanpa-sumber.png").write_bytes((folder / "samples" / "kopi-gayo.jpg").read_bytes())
    messages = " ".join(e.en for e in lint_folder(folder).errors)
    assert "contrast" in messages and "margin" in messages and "SOURCES.md" in messages


def test_lint_cli_exit_codes(capsys, user_templates, tmp_path):
    good = user_templates("daftar-alasan")
    assert main(["templates", "lint", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    (good / "story.svg.j2").write_text("{{ f.tidak_ada }}", encoding="utf-8")
    assert main(["templates", "lint", str(good)]) == 1
    assert main(["templates", "lint", str(tmp_path)]) == 2


def _pack(entries: dict[str, bytes], symlink: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            z.writestr(info, "/etc/passwd")
    return buf.getvalue()


def _template_files(library, tid: str, new_id: str) -> dict[str, bytes]:
    folder = library.get(tid).folder
    out = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix in (".toml", ".j2"):
                data = data.replace(f'"{tid}'.encode(), f'"{new_id}'.encode())
            out[f"{new_id}/{path.relative_to(folder).as_posix()}"] = data
    return out


def test_import_valid_pack_installs_and_export_round_trips(tmp_path, library):
    pack = tmp_path / "paket.zip"
    pack.write_bytes(_pack(_template_files(library, "daftar-alasan", "alasan-saya")))
    result = import_pack(pack, paths.user_templates_dir())
    assert result.installed == ["alasan-saya"]
    lib = Library([paths.user_templates_dir()])
    assert not is_blank(render(Design(template="alasan-saya", format="square"), lib, 0.25).image)
    out = tmp_path / "ekspor.zip"
    assert main(["templates", "export", "alasan-saya", "--out", str(out)]) == 0
    names = zipfile.ZipFile(out).namelist()
    assert "alasan-saya/manifest.toml" in names and all(n.startswith("alasan-saya/") for n in names)


@pytest.mark.parametrize("entries,symlink", [
    ({"../../luar.txt": b"x"}, None),
    ({"/etc/cron.d/x.toml": b"x"}, None),
    ({"ok/manifest.toml": b"x"}, "ok/link.svg"),
    ({"ok/run.sh": b"#!/bin/sh"}, None),
    ({"tanpa-manifest/a.svg.j2": b"<svg/>"}, None),
])
def test_hostile_packs_are_refused_and_install_nothing(tmp_path, entries, symlink):
    pack = tmp_path / "jahat.zip"
    pack.write_bytes(_pack(entries, symlink))
    before = sorted(p.name for p in paths.user_templates_dir().iterdir())
    with pytest.raises(TemplateError):
        import_pack(pack, paths.user_templates_dir())
    assert sorted(p.name for p in paths.user_templates_dir().iterdir()) == before
    assert not (tmp_path.parent / "luar.txt").exists()


def test_pack_failing_lint_is_refused_whole(tmp_path, library):
    files = _template_files(library, "daftar-alasan", "satu-baik")
    bad = _template_files(library, "daftar-alasan", "satu-buruk")
    bad["satu-buruk/square.svg.j2"] = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>'
    pack = tmp_path / "campur.zip"
    pack.write_bytes(_pack({**files, **bad}))
    with pytest.raises(TemplateError) as err:
        import_pack(pack, paths.user_templates_dir())
    assert "satu-buruk" in err.value.message("en")
    assert not (paths.user_templates_dir() / "satu-baik").exists()


def test_too_many_files_and_not_a_zip(tmp_path):
    many = tmp_path / "banyak.zip"
    many.write_bytes(_pack({f"t/f{i}.md": b"x" for i in range(401)}))
    with pytest.raises(TemplateError, match="400"):
        import_pack(many, paths.user_templates_dir())
    fake = tmp_path / "bukan.zip"
    fake.write_text("bukan zip")
    with pytest.raises(TemplateError):
        import_pack(fake, paths.user_templates_dir())


def test_thumbnails_are_built_once_and_rebuilt_on_change(user_templates):
    folder = user_templates("daftar-alasan")
    lib = Library([folder.parent])
    built, reused = thumbnails.build(lib)
    assert len(built) == sum(len(t.manifest.formats) for t in lib.templates.values())
    built, reused = thumbnails.build(Library([folder.parent]))
    assert built == [] and reused
    manifest = folder / "manifest.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    built, _ = thumbnails.build(Library([folder.parent]))
    assert {p.name.split("-")[0] for p in built} == {"daftar"}
    assert len(list((paths.cache_dir() / "thumbnails").glob("daftar-alasan-square-*.jpg"))) == 1


def test_brand_kit_reaches_every_starter_template(library):
    brand = Brand(logo=ImageRef(str(sample_logo())), primary="#CE1126", handle="@umkm.maju")
    for tid in ("produk-umkm", "destinasi-wisata", "daftar-alasan"):
        design = Design(template=tid, format="square", theme="brand", brand=brand)
        report = render(design, library, 0.25).composition.report
        assert any(i.field == "brand.logo" for i in report.images)
        assert any("@umkm.maju" in " ".join(b.lines) for b in report.text_boxes)
    with pytest.raises(TemplateError):
        render(Design(template="produk-umkm", theme="brand"), library, 0.25)


def test_brand_file_and_cli(capsys, tmp_path):
    (tmp_path / "brand.json").write_text(json.dumps(
        {"logo": {"path": str(sample_logo())}, "primary": "#0B6E4F", "handle": "@toko", "website": "toko.id"}))
    out = tmp_path / "a.svg"
    assert main(["render", "produk-umkm", "--format", "square", "--brand", str(tmp_path / "brand.json"),
                 "--theme", "brand", "--out", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "@toko" in svg and "toko.id" in svg and "#0B6E4F" in svg
    (tmp_path / "rusak.json").write_text('{"primary": "merah"}')
    assert main(["render", "produk-umkm", "--brand", str(tmp_path / "rusak.json"), "--out", str(out)]) == 2
