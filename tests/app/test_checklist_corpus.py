"""The checklist's quality on our labelled corpus must not regress.

Figures come from benchmarks/checklist_eval.py (the same code). A positive is caught when its
category gets a warn or block finding; a clean text is a false positive when it gets one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import checklist_eval  # noqa: E402

# caught / positives and false positives measured on the whole corpus (tune + holdout v1)
FLOOR = {"hoax": 36, "hate": 36, "privacy": 38, "security": 37}
MAX_FALSE_POSITIVES = {"hoax": 0, "hate": 0, "privacy": 0, "security": 0}


@pytest.fixture(scope="module")
def results():
    return checklist_eval.evaluate(checklist_eval.load("all"))["categories"]


def test_corpus_size_and_balance():
    cases = checklist_eval.load("all")
    assert len(cases) >= 200
    for cat in checklist_eval.CATEGORIES:
        assert sum(cat in c["labels"] for c in cases) >= 25
    assert sum(not c["labels"] for c in cases) >= 80


@pytest.mark.parametrize("category", checklist_eval.CATEGORIES)
def test_recall_and_false_positives_do_not_regress(results, category):
    r = results[category]
    assert r["caught"] >= FLOOR[category], f"{category} recall fell to {r['recall']:.2f}"
    assert r["false_pos"] <= MAX_FALSE_POSITIVES[category]
    assert r["recall"] >= 0.9 and r["fp_rate"] <= 0.05


# The second holdout is never tuned on: this only guards against the rules getting worse on it.
HOLDOUT2_FLOOR = {"hoax": 17, "hate": 14, "privacy": 18, "security": 19}
HOLDOUT2_MAX_FP = {"hoax": 1, "hate": 3, "privacy": 0, "security": 2}


@pytest.mark.parametrize("category", checklist_eval.CATEGORIES)
def test_holdout2_does_not_regress(category):
    cases = checklist_eval.load("all", checklist_eval.HOLDOUT2)
    r = checklist_eval.evaluate(cases)["categories"][category]
    assert r["caught"] >= HOLDOUT2_FLOOR[category]
    assert r["false_pos"] <= HOLDOUT2_MAX_FP[category]
