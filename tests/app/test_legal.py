"""LICENSE and THIRD-PARTY.md: found through the one resolver in a checkout and a bundle, and
THIRD-PARTY.md keeps up with what the program ships (its dependencies, fonts and data folders)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from app import resources

ROOT = Path(__file__).resolve().parents[2]


def test_the_checkout_gives_both_legal_texts():
    assert resources.legal_text("LICENSE") == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert resources.legal_text("LICENSE").lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in resources.legal_text("LICENSE")
    assert resources.legal_text("THIRD-PARTY.md").startswith("# Third-party software")


def test_a_bundle_reads_its_legal_folder_first(tmp_path, monkeypatch):
    (tmp_path / "legal").mkdir()
    (tmp_path / "legal" / "THIRD-PARTY.md").write_text("bundle copy", encoding="utf-8")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources.legal_text("THIRD-PARTY.md") == "bundle copy"


def test_only_the_legal_texts_are_served():
    with pytest.raises(ValueError):
        resources.legal_text("../pyproject.toml")


def _third_party() -> str:
    return (ROOT / "THIRD-PARTY.md").read_text(encoding="utf-8").lower()


def test_every_runtime_dependency_is_listed_with_its_licence():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    text = _third_party()
    assert set(project["license-files"]) == set(resources.LEGAL_FILES)
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower()
        assert f"| {name}" in text or f", {name}" in text, f"THIRD-PARTY.md does not list {name}"


def test_every_font_and_every_data_folder_is_covered():
    text = _third_party()
    for folder in sorted(p for p in resources.resource("fonts").iterdir() if p.is_dir()):
        assert f"fonts/{folder.name}/" in text, folder.name
    for entry in sorted(resources.resource().iterdir()):
        if entry.name.startswith("__"):
            continue
        name = entry.name if entry.is_file() else entry.name + "/"
        assert name in text, f"THIRD-PARTY.md says nothing of resources/{name}"
