"""Hostile input in the user's own files: damaged `.diplomat` projects (each gives the
"damaged project" error, names the part and leaves the file untouched) and autosave journals
that must never stop the app from starting. Split from test_hostile.py by concept."""

from __future__ import annotations

import io
import json
import os
import struct
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from app import paths
from app.errors import DesignError
from app.model.design import Design
from app.project import projectfile

from .helpers import central_offset, patch_zip_entry
from .test_hostile import run_cli

# -- damaged projects ---------------------------------------------------------------------------

def _project(tmp_path, design: dict | None = None, image: bytes | None = None, **zip_kw) -> Path:
    path = tmp_path / "rusak.diplomat"
    data = design if design is not None else Design(template="produk-umkm").to_dict()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("design.json", json.dumps(data))
        if image is not None:
            z.writestr("gambar/0123456789ab.png", image)
    return path


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), (10, 200, 90)).save(buf, "PNG")
    return buf.getvalue()


def _bad_crc(raw, info):
    struct.pack_into("<I", raw, info.header_offset + 14, info.CRC ^ 0xFFFF)
    struct.pack_into("<I", raw, central_offset(raw, info.filename) + 16, info.CRC ^ 0xFFFF)


def _broken_stream(raw, info):
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    raw[start:start + 8] = b"\xff" * 8


def _flag(offset_local, offset_central, value, fmt="<H"):
    def change(raw, info):
        struct.pack_into(fmt, raw, info.header_offset + offset_local, value)
        struct.pack_into(fmt, raw, central_offset(raw, info.filename) + offset_central, value)
    return change


@pytest.mark.parametrize("case", ["bad-crc", "broken-deflate", "encrypted", "unknown-compression"])
def test_a_damaged_image_entry_gives_the_damaged_project_error(tmp_path, case):
    path = _project(tmp_path, image=_png() * 20)
    change = {"bad-crc": _bad_crc, "broken-deflate": _broken_stream,
              "encrypted": _flag(6, 8, 0x1), "unknown-compression": _flag(8, 10, 99)}[case]
    patch_zip_entry(path, "gambar/0123456789ab.png", change)
    before = path.read_bytes()
    with pytest.raises(DesignError) as err:
        projectfile.load(path, tmp_path / "unpack")
    message = err.value.message("en")
    assert "damaged" in message and "gambar/0123456789ab.png" in message and "not changed" in message
    assert path.read_bytes() == before


@pytest.mark.parametrize("patch, part", [
    ({"business_numbers": 7}, "business_numbers"),
    ({"fields": {"nama_produk": {"a": {"b": 1}}}}, "fields.nama_produk"),
    ({"caption": ["x"]}, "caption"),
    ({"answers": {"S4": 1}}, "answers.S4"),
    ({"brand": {"handle": 5}}, "brand.handle"),
    ({"brand": {"business_numbers": "0812"}}, "brand.business_numbers"),
    ({"brand": {"business_numbers": ["0812"] * 21}}, "brand.business_numbers"),
    ({"brand": {"business_numbers": [{"a": 1}]}}, "brand.business_numbers[0]"),
    ({"lang": "jv"}, "jv"),
])
def test_every_design_key_is_checked_by_type(tmp_path, patch, part):
    path = _project(tmp_path, {**Design(template="produk-umkm").to_dict(), **patch})
    with pytest.raises(DesignError) as err:
        projectfile.load(path, tmp_path / "unpack")
    assert part in err.value.message("en") and "damaged" in err.value.message("en")


def test_json_nested_a_hundred_thousand_deep_is_a_damaged_design(tmp_path, capsys):
    deep = "[" * 100_000 + "]" * 100_000
    path = tmp_path / "dalam.diplomat"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("design.json", f'{{"schema_version": 1, "template": "x", "fields": {{"a": {deep}}}}}')
    with pytest.raises(DesignError):
        projectfile.load(path, tmp_path / "unpack")
    design = tmp_path / "dalam.json"
    design.write_text(f'{{"schema_version": 1, "template": "produk-umkm", "fields": {{"a": {deep}}}}}')
    code, err = run_cli(capsys, "render", "--design", design, "--out", tmp_path / "p.png", "--lang", "en")
    assert code == 2 and "nested too deeply" in err


# -- bad autosave journals ----------------------------------------------------------------------

@pytest.mark.parametrize("pid", [None, "abc", -5, 2**80])
def test_a_journal_with_a_strange_pid_is_still_offered(pid):
    """The pid is not what says an editor is alive (its lock is), so the work is not lost."""
    from app.project import autosave

    folder = paths.data_dir() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    record = {"pid": pid, "saved_at": 1.0, "design": Design(template="x", fields={"a": "b"}).to_dict()}
    (folder / "aneh.json").write_text(json.dumps(record), encoding="utf-8")
    assert [r.design.fields for r in autosave.pending()] == [{"a": "b"}]


@pytest.mark.parametrize("record", [
    {"pid": 1, "saved_at": "yesterday", "design": Design(template="x").to_dict()},
    {"pid": 1, "saved_at": None, "design": Design(template="x").to_dict()},
    {"pid": 1, "saved_at": 1.0, "design": {"schema_version": 1}},
    "not an object",
])
def test_a_damaged_journal_is_set_aside_and_the_app_starts(record, caplog):
    from app.project import autosave

    folder = paths.data_dir() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "rusak.json").write_text(json.dumps(record), encoding="utf-8")
    assert autosave.pending() == []
    assert not (folder / "rusak.json").exists()
    assert list((folder / "damaged").glob("rusak-*.json"))
    assert "rusak" in caplog.text


def test_work_of_a_dead_editor_is_offered_even_when_its_pid_is_reused():
    from app.project import autosave

    folder = paths.data_dir() / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    record = {"pid": os.getppid(), "saved_at": time.time(),  # a live process that is not the editor
              "project": None, "design": Design(template="produk-umkm", fields={"nama_produk": "X"}).to_dict()}
    (folder / "lama.json").write_text(json.dumps(record), encoding="utf-8")
    found = autosave.pending()
    assert [r.design.fields["nama_produk"] for r in found] == ["X"]


def test_a_damaged_project_given_as_design_is_exit_2(tmp_path, capsys):
    path = _project(tmp_path, image=_png())
    patch_zip_entry(path, "gambar/0123456789ab.png", _bad_crc)
    code, err = run_cli(capsys, "render", "--design", path, "--out", tmp_path / "p.png")
    assert code == 2 and "rusak" in err
