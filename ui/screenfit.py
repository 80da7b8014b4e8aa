"""The window's first size: what fits the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QSize

DEFAULT_SIZE = QSize(1360, 860)
SMALL_SCREEN = QSize(1440, 900)  # below this in either direction the window opens maximised


def fitted_size(available: QSize) -> tuple[bool, QSize]:
    """(maximise?, size) for a first start on a screen with `available` room: on a small
    screen (a workshop's 1366x768 laptop) the window is maximised, on a larger one it opens at
    the default size, never larger than the room there is."""
    small = available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height()
    return small, DEFAULT_SIZE.boundedTo(available)
