"""File names made from user text: safe on every file system, never outside their folder."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe ASCII slug: no separators, no dots at the start, never empty."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:limit].strip("-") or "poster"
