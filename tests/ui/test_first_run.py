"""The first-run flow (tests/ui/flow_first_run.py) on a laptop's screen: a fresh process per
screen size, because Qt reads the offscreen screen's size once, at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FLOW = Path(__file__).with_name("flow_first_run.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("width", "height"), [(1366, 728), (1280, 680)], ids=["1366x768", "1280x720"])
def test_a_first_time_participant_exports_a_checked_poster_on_a_laptop(tmp_path, width, height):
    config = tmp_path / "screen.json"  # the screen less a 40 px panel, as a window manager leaves it
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "DIPLOMAT_TEST_SCREEN": f"{width}x{height}"}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(FLOW)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout[-4000:] + run.stderr[-2000:]
