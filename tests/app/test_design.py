"""The Design JSON: round trip, schema_version, damaged and newer files."""

from __future__ import annotations

import json

import pytest

from app.errors import DesignError
from app.model.design import SCHEMA_VERSION, Design, ImageRef


def test_round_trip(tmp_path):
    design = Design(template="produk-umkm", format="story", lang="en", theme="kopi",
                    fields={"nama_produk": "Sambal Roa 🌶"}, caption="Pedasnya Manado",
                    alt_text="Botol sambal", images={"foto": ImageRef("foto.jpg", (0.3, 0.7))})
    path = tmp_path / "d.json"
    design.save(path)
    again = Design.load(path)
    assert again.to_dict() == design.to_dict()
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert again.image_path("foto") == tmp_path / "foto.jpg"  # relative to the design file


def test_newer_schema_is_refused_clearly(tmp_path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "template": "x"}))
    with pytest.raises(DesignError, match="newer"):
        Design.from_dict(json.loads(path.read_text()))
    with pytest.raises(DesignError) as err:
        Design.load(path)
    assert "lebih baru" in err.value.message("id")
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION + 1  # untouched


@pytest.mark.parametrize("content", [
    "{not json", "[]", '{"template": "x"}', '{"schema_version": 1}',
    '{"schema_version": 1, "template": "x", "lang": "fr"}',
    '{"schema_version": 1, "template": "x", "images": {"foto": {"path": "a", "focus": [1]}}}',
])
def test_damaged_files_are_clear_errors(tmp_path, content):
    path = tmp_path / "d.json"
    path.write_text(content)
    with pytest.raises(DesignError) as err:
        Design.load(path)
    assert "rusak" in err.value.message("id") or "damaged" in err.value.message("en")


def test_a_photos_zoom_is_kept_and_a_bad_one_refused(tmp_path):
    design = Design(template="produk-umkm", images={"foto": ImageRef("foto.jpg", (0.6, 0.4), 2.5)})
    path = tmp_path / "d.json"
    design.save(path)
    assert Design.load(path).images["foto"] == ImageRef("foto.jpg", (0.6, 0.4), 2.5)
    plain = Design(template="produk-umkm", images={"foto": ImageRef("foto.jpg")}).to_dict()
    assert "zoom" not in plain["images"]["foto"]  # files without a zoom stay as they were
    for bad in (0.5, 9, True, "2"):
        data = {**design.to_dict(), "images": {"foto": {"path": "foto.jpg", "focus": None, "zoom": bad}}}
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(DesignError) as err:
            Design.load(path)
        assert "perbesaran gambar 'foto'" in err.value.message("id")
