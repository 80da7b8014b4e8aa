"""Social platforms and their published limits (caption length, hashtags), from
resources/checklist/platforms.toml, where each limit names its source."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from app import resources


@lru_cache(maxsize=1)
def platforms() -> dict[str, dict]:
    """Platform id -> its name and limits, in the file's order."""
    return tomllib.loads(resources.read_text("checklist", "platforms.toml"))
