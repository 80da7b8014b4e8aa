"""The ten duties, quoted from Komunikonten, in Indonesian and English."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from app import resources


@dataclass(frozen=True)
class Duty:
    number: int
    short: dict[str, str]
    text: dict[str, str]


@dataclass(frozen=True)
class Duties:
    title: dict[str, str]
    credit: dict[str, str]
    items: tuple[Duty, ...]


@lru_cache(maxsize=1)
def load() -> Duties:
    data = tomllib.loads(resources.read_text("duties.toml"))
    items = tuple(Duty(d["number"], d["short"], d["text"]) for d in data["duty"])
    return Duties(
        title={"id": data["title"], "en": data["title_en"]},
        credit={"id": data["credit"], "en": data["credit_en"]},
        items=items,
    )
