"""Manifest errors name the file, the place and the problem, in both languages."""

from __future__ import annotations

import pytest

from app.errors import TemplateError
from app.templating import manifest
from app.templating.library import Library

from .helpers import write_svg_template


def _broken(tmp_path, old, new):
    folder = write_svg_template(tmp_path / "tpl" / "uji", "")
    path = folder / "manifest.toml"
    path.write_text(path.read_text().replace(old, new, 1))
    return path


@pytest.mark.parametrize(("old", "new", "place"), [
    ('kind = "poster"', 'kind = "spanduk"', "[kind]"),
    ("duties = [3]", "duties = [11]", "[duties]"),
    ('formats = ["square"]', 'formats = ["banner"]', "[formats]"),
    ('formats = ["square"]', 'formats = ["portrait"]', "[formats]"),
    ("max_chars = 80", "max_chars = -1", "fields[0] (judul).max_chars"),
    ('type = "text"', 'type = "video"', "fields[0] (judul).type"),
    ('accent = "#CE1126"', 'accent = "merah"', "themes[0].accent"),
    ('name = { id = "Uji", en = "Test" }', 'name = { id = "Uji" }', "name.en"),
])
def test_errors_name_file_place_problem(tmp_path, old, new, place):
    path = _broken(tmp_path, old, new)
    with pytest.raises(TemplateError) as err:
        manifest.load(path)
    for lang in ("id", "en"):
        text = err.value.message(lang)
        assert str(path) in text and place in text


def test_invalid_toml_is_reported(tmp_path):
    path = _broken(tmp_path, 'kind = "poster"', 'kind = "poster')
    with pytest.raises(TemplateError, match="TOML"):
        manifest.load(path)


def test_broken_user_template_does_not_hide_others(tmp_path):
    _broken(tmp_path, 'kind = "poster"', 'kind = "spanduk"')
    lib = Library([tmp_path / "tpl"])
    assert "produk-umkm" in lib.templates and "uji" not in lib.templates
    with pytest.raises(TemplateError, match="kind"):
        lib.get("uji")


def test_folder_must_match_id(tmp_path):
    folder = write_svg_template(tmp_path / "tpl" / "uji", "")
    folder.rename(tmp_path / "tpl" / "lain")
    lib = Library([tmp_path / "tpl"])
    assert "uji" not in lib.templates and "lain" not in lib.templates
    assert any("folder" in p.message("en") for p in lib.problems().values())


def test_bundled_manifests_are_valid(library):
    assert not library.problems()
    for t in library.templates.values():
        for f in t.manifest.fields:
            assert f.label.id and f.label.en
            if f.required:
                assert f.sample_for("id") and f.sample_for("en")
