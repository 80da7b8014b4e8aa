"""The committed .qm files (so `pip install` has them without Qt's tools) must be what their
.ts files compile to, or the app would speak an older language than its source; and the
Indonesian for Qt's own strings must name strings Qt really has."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


@pytest.mark.parametrize("name", ["diplomat_en", "qtbase_id"])
def test_committed_qm_matches_the_ts_source(tmp_path, name):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / f"{name}.qm"
    subprocess.run([str(lrelease), "-silent", str(FOLDER / f"{name}.ts"), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == (FOLDER / f"{name}.qm").read_bytes(), "run `make translations` and commit the .qm"


def test_the_qt_ts_is_written_from_its_catalogue(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from update_translations import QT_STRINGS, write_qt_ts
    finally:
        sys.path.pop(0)
    write_qt_ts(json.loads(QT_STRINGS.read_text(encoding="utf-8")), tmp_path / "qtbase_id.ts")
    assert (tmp_path / "qtbase_id.ts").read_bytes() == (FOLDER / "qtbase_id.ts").read_bytes(), \
        "run `make translations` after editing tools/qt_strings_id.json"


def _qm_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in a compiled Qt translation."""
    data = path.read_bytes()
    assert data[:16] == QM_MAGIC
    pos, block = 16, b""
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:  # the messages
            block = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    found, current, pos = set(), {}, 0
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == 1:  # end of a message
            found.add((current.get(7, ""), current.get(6, "")))
            current = {}
        elif tag == 5:  # obsolete hash
            pos += 4
        else:  # 3 translation, 6 source, 7 context, 8 comment: a length, then bytes
            length = struct.unpack(">I", block[pos:pos + 4])[0]
            pos += 4
            if length != 0xFFFFFFFF:
                current[tag] = block[pos:pos + length].decode("utf-8" if tag != 3 else "utf-16-be")
                pos += length
    return found


def test_every_qt_string_we_translate_is_one_qt_really_has():
    """A typo in a source text would leave that string English without a word: each one must be
    in Qt's own catalogue (the German one PySide6 ships)."""
    import PySide6

    known = _qm_messages(Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_de.qm")
    assert len(known) > 500
    ours = json.loads((ROOT / "tools" / "qt_strings_id.json").read_text(encoding="utf-8"))
    unknown = [(ctx, src) for ctx, table in ours.items() for src in table if (ctx, src) not in known]
    assert not unknown, "not in Qt's catalogue"
    assert all(text.strip() for table in ours.values() for text in table.values())
