"""The first desktop window: a live rendered poster that follows edits."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from app.templating.library import Library  # noqa: E402
from ui.main import PreviewWindow  # noqa: E402


def test_window_shows_rendered_preview_and_follows_edits(qtbot):
    window = PreviewWindow(Library())
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitUntil(lambda: window.preview.pixmap() is not None and not window.preview.pixmap().isNull(),
                    timeout=10_000)
    first = window.preview.pixmap().toImage()
    window.headline.clear()
    qtbot.keyClicks(window.headline, "Sambal Roa Manado")
    assert window.design.fields[window._headline_key()] == "Sambal Roa Manado"
    qtbot.waitUntil(lambda: window.preview.pixmap().toImage() != first, timeout=10_000)
    window.formats.setCurrentIndex(window.formats.findData("story"))
    qtbot.waitUntil(lambda: window.preview.pixmap().height() > window.preview.pixmap().width(),
                    timeout=10_000)
