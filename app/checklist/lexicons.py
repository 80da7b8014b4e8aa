"""Our own lexicons (resources/lexicons/*.toml), loaded once and compiled to patterns."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from app import resources
from app.checklist.normalize import normalize, phrase_pattern, stem


def _load(name: str) -> dict:
    return tomllib.loads(resources.read_text("lexicons", f"{name}.toml"))


def _norm_set(words) -> frozenset[str]:
    return frozenset(normalize(w).text.strip() for w in words)


@dataclass(frozen=True)
class HateWord:
    word: str
    category: str
    severity: float
    literal_context: frozenset[str]
    group: str | None = None  # the group a slur attacks (S9): etnis, agama, gender, ...


@dataclass(frozen=True)
class Hate:
    words: dict[str, HateWord]  # normalised form (word or alias) -> entry
    word_pattern: re.Pattern
    groups: frozenset[str]
    group_pattern: re.Pattern
    dehumanising: frozenset[str]
    dehumanising_pattern: re.Pattern
    violence: re.Pattern
    targets: frozenset[str]
    violence_literal: frozenset[str]
    literal: frozenset[str]
    violence_roots: frozenset[str]
    violence_nouns: frozenset[str] = frozenset()  # affixed, but a thing: "gantungan" (a keyring)
    slaughtered: re.Pattern = re.compile(r"(?!)")  # animals whose slaughter is a rite or a meal

    def entry(self, matched: str) -> HateWord | None:
        return self.words.get(matched) or self.words.get(" ".join(matched.split()))


@lru_cache(maxsize=1)
def hate() -> Hate:
    data = _load("hate")
    words = {}
    for entry in data["word"]:
        hw = HateWord(entry["word"], entry["category"], entry["severity"],
                      _norm_set(entry.get("literal_context", [])), entry.get("group"))
        for form in [entry["word"], *entry.get("aliases", [])]:
            norm = normalize(form).text.strip()
            if len(norm) >= 3:  # "mmk" folds to "mk": too short, it would hit product codes
                words[norm] = hw
    groups = [g for terms in data["groups"].values() for g in terms]
    return Hate(
        words=words,
        word_pattern=phrase_pattern(list(words)),
        groups=_norm_set(groups),
        group_pattern=phrase_pattern(groups),
        dehumanising=_norm_set(data["terms"]["dehumanising"]),
        dehumanising_pattern=phrase_pattern(data["terms"]["dehumanising"]),
        violence=phrase_pattern(data["terms"]["violence"]),
        targets=_norm_set(data["terms"]["targets"]),
        violence_literal=_norm_set(data["terms"]["violence_literal"]),
        literal=_norm_set(data["terms"]["literal"]),
        violence_roots=_norm_set(data["terms"]["violence_roots"]),
        violence_nouns=_norm_set(data["terms"].get("violence_nouns", [])),
        slaughtered=phrase_pattern(data["terms"].get("slaughtered", [])),
    )


@lru_cache(maxsize=1)
def hoax() -> dict[str, object]:
    data = _load("hoax")
    sets = ("spread_roots", "audience", "delivery_areas")
    out: dict[str, object] = {k: phrase_pattern(v) for k, v in data.items()
                              if k not in ("alarm_caps", "alarm_emoji", *sets)}
    for key in sets:
        out[f"{key}_set"] = frozenset(stem(normalize(w).text.strip()) for w in data[key]) | \
            _norm_set(data[key])
    out["alarm_caps"] = re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(w.upper()) for w in data["alarm_caps"]) + r")(?![\w])")
    out["alarm_emoji"] = tuple(data["alarm_emoji"])
    return out


@lru_cache(maxsize=1)
def links() -> dict:
    data = _load("links")
    data["secrets_pattern"] = phrase_pattern(data["secrets"])
    data["secret_asks"] = _norm_set(data["secret_asks"])
    data["secret_negations"] = _norm_set(data["secret_negations"])
    return data


@lru_cache(maxsize=1)
def pii() -> dict:
    data = _load("pii")
    return {k: (phrase_pattern(v) if isinstance(v, list) else v) for k, v in data.items()}


@lru_cache(maxsize=1)
def empathy() -> dict[str, re.Pattern]:
    return {k: phrase_pattern(v) for k, v in _load("empathy").items()}

