"""Every bundled family is complete for the text our users write, and carries its licence."""

from __future__ import annotations

import pytest

from app import resources
from app.render import fonts

# Indonesian copy with the punctuation templates set: curly quotes, dashes, ellipsis, accents
# in borrowed words and names, rupiah prices.
TEXT = "Selamat Hari Raya “Idul Fitri” – Rp1.250.000, café Beyoncé… 100% @umkm_ku #BanggaBuatanIndonesia"


def _text_families():
    return [f for f in fonts.families().values() if f.role != "emoji"]


@pytest.mark.parametrize("family", _text_families(), ids=lambda f: f.name)
def test_every_weight_draws_every_character_itself(family, qt_app):
    """A glyph missing from a face would be drawn in a fallback font, mid-word."""
    from PySide6.QtGui import QFontDatabase, QRawFont

    fonts.register()
    for key in family.files:
        weight, italic = (key[0], True) if isinstance(key, tuple) else (key, False)
        raw = QRawFont.fromFont(fonts.qfont(family.name, weight, 40, italic=italic))
        assert raw.familyName() == family.name, (family.name, key)
        missing = {c for c in TEXT if c != " " and not raw.supportsCharacter(ord(c))}
        assert not missing, f"{family.name} {key} lacks {''.join(sorted(missing))}"
    assert family.name in QFontDatabase.families()


def test_every_font_folder_carries_its_licence():
    for folder in sorted(p for p in resources.resource("fonts").iterdir() if p.is_dir()):
        names = {p.name for p in folder.iterdir()}
        assert "LICENSE.debian-copyright" in names, folder.name
        text = (folder / "LICENSE.debian-copyright").read_text(encoding="utf-8")
        if "Apache" in text and "OFL" not in text and "SIL" not in text:
            assert "LICENSE-Apache-2.0" in names, f"{folder.name}: the Apache licence text is missing"
