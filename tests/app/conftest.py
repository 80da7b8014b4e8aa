"""Fixtures shared by the core's tests: the bundled manifests the batch tests map sheets onto."""

from __future__ import annotations

import pytest

from app import resources
from app.templating import manifest as manifest_mod


def _manifest(template_id: str) -> manifest_mod.Manifest:
    return manifest_mod.load(resources.templates_dir() / template_id / "manifest.toml")


@pytest.fixture(scope="module")
def sertifikat():
    return _manifest("sertifikat")


@pytest.fixture(scope="module")
def produk():
    return _manifest("produk-umkm")
