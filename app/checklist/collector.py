"""Collects findings and questions from the rules, once each."""

from __future__ import annotations

from .model import Finding, Question


class Collector:
    def __init__(self):
        self.findings: list[Finding] = []
        self.questions: list[Question] = []
        self._seen: set = set()

    def add(self, f: Finding) -> Finding:
        key = (f.rule, f.field, f.span)
        if key not in self._seen:
            self._seen.add(key)
            self.findings.append(f)
        return f

    def ask(self, q: Question) -> None:
        if all(existing.rule != q.rule for existing in self.questions):
            self.questions.append(q)

    def fired(self, *rules: str) -> bool:
        return any(f.rule in rules for f in self.findings)
