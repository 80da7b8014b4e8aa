"""The rule data (resources/checklist/rules.toml, with each rule's short title in titles.toml)
and the one way rules create findings."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from app import resources
from app.checklist.model import CATEGORIES, SEVERITIES, Finding, Fix, Question


@dataclass(frozen=True)
class Rule:
    id: str
    duty: int
    category: str
    severity: str
    kind: str
    text: dict[str, str]
    title: dict[str, str]  # a few words for the card's head: "NIK terlihat", "Ajakan menyebarkan"


@lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    data = tomllib.loads(resources.read_text("checklist", "rules.toml"))
    titles = tomllib.loads(resources.read_text("checklist", "titles.toml"))
    out = {}
    for rid, r in data.items():
        assert r["category"] in CATEGORIES and r["severity"] in SEVERITIES, rid
        title = titles.get(rid) or [rid, rid]
        out[rid] = Rule(rid, r["duty"], r["category"], r["severity"], r["kind"],
                        {"id": r["id"], "en": r["en"]}, {"id": title[0], "en": title[1]})
    return out


def _short(match: str, limit: int = 60) -> str:
    match = " ".join(str(match).split())
    return match if len(match) <= limit else match[: limit - 1] + "…"


def finding(rule_id: str, field: str | None, span, match: str = "", severity: str | None = None,
            fix: Fix | None = None, message: dict[str, str] | None = None,
            parts: dict[str, str] | None = None) -> Finding:
    """A finding of `rule_id`; its text fills {match}, and any {name} of `parts` (O2's {a} and
    {b}: the two things that collide)."""
    rule = rules()[rule_id]
    fills = {"match": match, **(parts or {})}
    text = message or {lang: _fill(t, fills) for lang, t in rule.text.items()}
    return Finding(rule.id, rule.duty, rule.category, severity or rule.severity, field,
                   tuple(span) if span else None, text, fix)


def _fill(text: str, fills: dict[str, str]) -> str:
    for name, value in fills.items():
        text = text.replace("{" + name + "}", _short(value))
    return text


def question(rule_id: str, trigger: str, match: str = "", block_answer: str | None = None,
             severity: str | None = None) -> Question:
    rule = rules()[rule_id]
    shown = _short(match)
    text = {lang: t.replace("{match}", shown) for lang, t in rule.text.items()}
    return Question(rule.id, text, None, severity or rule.severity, block_answer, trigger)
