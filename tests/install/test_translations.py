"""The English .qm is committed (so `pip install` has English without Qt's tools); it must be
what the .ts compiles to, or the app would speak an older English than its source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "diplomat_en.ts"


def test_committed_qm_matches_the_ts_source(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / "diplomat_en.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run `make translations` and commit the .qm"
