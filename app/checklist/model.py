"""What the checklist produces: findings, manual questions and the verdict.

Rules are data (resources/checklist/rules.toml): id, duty, category, severity, kind, and a
bilingual explanation. A rule's code only finds *where*; the words come from the data file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("info", "warn", "block")
RANK = {s: i for i, s in enumerate(SEVERITIES)}
CATEGORIES = ("hoax", "hate", "privacy", "security", "integrity", "empathy", "accessibility",
              "platform")
ANSWERS = ("ya", "tidak", "tidak-berlaku")  # yes / no / not applicable
MIN_OVERRIDE_REASON = 10  # characters: a typed reason, not a reflex click


@dataclass(frozen=True)
class Fix:
    """An action the app can apply. `replacement` None means: ask the user for the new text."""

    action: str  # mask | append_source | replace_link | https | strip_metadata
    label: dict[str, str]
    field: str | None = None
    span: tuple[int, int] | None = None
    replacement: str | None = None

    def to_dict(self) -> dict:
        return {"action": self.action, "label": self.label, "field": self.field,
                "span": list(self.span) if self.span else None, "replacement": self.replacement}


@dataclass
class Finding:
    rule: str
    duty: int
    category: str
    severity: str
    field: str | None
    span: tuple[int, int] | None
    message: dict[str, str]
    fix: Fix | None = None
    overridden: str | None = None  # the user's typed reason, when a block was overridden
    lowered: dict[str, str] | None = None  # why a frame (quote, debunk, news...) lowered it to info

    def to_dict(self) -> dict:
        """Exactly the shape `diplomat check --json` documents."""
        return {"rule": self.rule, "duty": self.duty, "category": self.category,
                "severity": self.severity, "field": self.field,
                "span": list(self.span) if self.span else None, "message": self.message,
                "fix": self.fix.to_dict() if self.fix else None, "lowered": self.lowered}


@dataclass
class Question:
    rule: str
    text: dict[str, str]
    answer: str | None = None
    severity_unanswered: str = "warn"
    block_answer: str | None = None  # an answer that turns the question into a block
    trigger: str | None = None  # why it was asked (a rule id or "always")

    def to_dict(self) -> dict:
        return {"rule": self.rule, "text": self.text, "answer": self.answer}


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    checked: dict[str, str] = field(default_factory=dict)  # field -> the text that was checked
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        if self.blocking():
            return "block"
        if any(f.severity == "warn" or f.overridden for f in self.findings):
            return "warn"
        if any(q.answer is None and q.severity_unanswered == "warn" for q in self.questions):
            return "warn"
        return "pass"

    def blocking(self) -> list[Finding | Question]:
        """What stops export: block findings without an override, and blocking answers."""
        items: list[Finding | Question] = [
            f for f in self.findings if f.severity == "block" and not f.overridden
        ]
        items += [q for q in self.questions if q.block_answer and q.answer == q.block_answer]
        return items


    def to_json_dict(self) -> dict:
        return {"verdict": self.verdict, "findings": [f.to_dict() for f in self.findings],
                "questions": [q.to_dict() for q in self.questions]}
