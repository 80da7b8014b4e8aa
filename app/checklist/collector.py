"""Collects findings and questions from the rules, once each."""

from __future__ import annotations

from app.checklist.model import Finding, Question


class Collector:
    def __init__(self):
        self.findings: list[Finding] = []
        self.questions: list[Question] = []
        self._seen: set = set()

    def add(self, f: Finding) -> Finding:
        """Record `f` unless the same rule already points at an overlapping span of the field
        ("Sebarkan" inside "Sebarkan ke semua grup"): one finding per place is enough."""
        key = (f.rule, f.field, f.span)
        if key in self._seen:
            return f
        if f.span is not None:
            for other in self.findings:
                if (other.rule, other.field) == (f.rule, f.field) and other.span is not None \
                        and other.span[0] < f.span[1] and f.span[0] < other.span[1]:
                    return other
        self._seen.add(key)
        self.findings.append(f)
        return f

    def ask(self, q: Question) -> None:
        if all(existing.rule != q.rule for existing in self.questions):
            self.questions.append(q)

    def fired(self, *rules: str) -> bool:
        return any(f.rule in rules for f in self.findings)
