"""The checklist's quality on our labelled corpora must hold, and must not regress.

Figures come from benchmarks/checklist_eval.py (the same code). A positive is caught when its
category gets a warn or block finding; a clean text is a false alarm when it gets one. The
tuning files must meet the issue's targets; the holdouts, never tuned on, are guarded by the
figures they had when the rules were last changed, so a change that helps the tuning texts and
hurts the unseen ones fails here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import checklist_eval  # noqa: E402

CATEGORIES = checklist_eval.CATEGORIES


@pytest.fixture(scope="module")
def results():
    return {path.name: checklist_eval.evaluate(checklist_eval.load("all", path)) for path in checklist_eval.FILES}


def test_corpus_size_and_balance():
    cases = [c for path in checklist_eval.FILES for c in checklist_eval.load("all", path)]
    assert len(cases) >= 700
    for cat in CATEGORIES:
        assert sum(cat in c["labels"] for c in cases) >= 80, cat
    hard_clean = [c for c in cases if not c["labels"] and c.get("note", "").startswith("hard:")]
    assert len(hard_clean) >= 250
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))


def test_the_holdout_was_kept_apart_from_the_tuning_texts():
    tuned = {c["text"] for path in checklist_eval.TUNED for c in checklist_eval.load("all", path)}
    holdout = [c["text"] for c in checklist_eval.load("all", checklist_eval.HOLDOUT3)]
    assert len(holdout) >= 300 and not tuned & set(holdout)


@pytest.mark.parametrize("category", CATEGORIES)
def test_tuning_texts_meet_the_targets(results, category):
    for name in (checklist_eval.CORPUS.name, checklist_eval.TUNE2.name, checklist_eval.TUNE3.name):
        r = results[name]["categories"][category]
        if r["recall"] is not None:
            assert r["recall"] >= 0.85, f"{name} {category} recall {r['recall']:.2f}"
        assert r["fp_rate"] <= 0.05, f"{name} {category} false alarms {r['fp_rate']:.3f}"


def test_the_fourth_tuning_set_of_hard_clean_texts_does_not_regress(results):
    # 240 hard clean texts, tuned on at the end of a session: 31 still flagged (50 as they came),
    # above the 5% target; an arrest report that names an OTP request stays flagged, since the
    # fake-arrest scam says "ditangkap" too
    out = results[checklist_eval.TUNE4.name]
    assert out["any_false"] <= 31
    for category in CATEGORIES:
        assert out["categories"][category]["caught"] >= 10, category


def test_the_fifth_tuning_set_does_not_regress(results):
    # 500 texts measured as they came (320 hard clean ones, 59 of them flagged: 18.4%, most by
    # privacy; 48 once a seller's "20rebu", "7ewu", "jual ... nego", "kabari saya" and "WA
    # Center" made the number a business one); the next session's tuning must bring these down
    out = results[checklist_eval.TUNE5.name]
    assert out["any_false"] <= 48
    for category, floor in {"hoax": 25, "hate": 29, "privacy": 33, "security": 30, "empathy": 28}.items():
        assert out["categories"][category]["caught"] >= floor, category


def test_few_clean_tuning_texts_are_flagged_at_all(results):
    for name in (checklist_eval.CORPUS.name, checklist_eval.TUNE2.name, checklist_eval.TUNE3.name):
        assert results[name]["any_false_alarm"] <= 0.05, name


# Never tuned on (nor trained on): caught counts and false alarms of the whole checklist when the
# issue-12 rules and the classifier were finished. It may get better on them, never worse. (The
# rules alone had 17/18/19/22 and 35/24/31/31/22, with 4 and 8 false alarms.)
HOLDOUT_FLOOR = {
    "checklist_holdout2.jsonl": {"hoax": 18, "hate": 21, "privacy": 21, "security": 22},
    "checklist_holdout3.jsonl": {"hoax": 37, "hate": 37, "privacy": 35, "security": 37, "empathy": 28},
    # written after all of the above, measured once as it came: hoax 0.56 is the worst figure
    "checklist_holdout6.jsonl": {"hoax": 20, "hate": 31, "privacy": 34, "security": 33, "empathy": 29},
}
HOLDOUT_MAX_FALSE = {"checklist_holdout2.jsonl": 4, "checklist_holdout3.jsonl": 9, "checklist_holdout6.jsonl": 17}


@pytest.mark.parametrize("name", sorted(HOLDOUT_FLOOR))
def test_holdouts_do_not_regress(results, name):
    out = results[name]
    for category, floor in HOLDOUT_FLOOR[name].items():
        assert out["categories"][category]["caught"] >= floor, f"{name} {category}"
    assert out["any_false"] <= HOLDOUT_MAX_FALSE[name]


def test_the_classifier_alone_stays_quiet_on_clean_text_it_never_saw():
    # its thresholds flag 0.5% of the clean tuning texts out of fold; on the holdouts a few more
    for path, most in ((checklist_eval.HOLDOUT2, 1), (checklist_eval.HOLDOUT3, 5)):
        cases = checklist_eval.load("all", path)
        out = checklist_eval.evaluate(cases, "model")
        assert out["any_false"] <= most, path.name
        assert out["categories"]["hate"]["recall"] >= 0.75, path.name  # and it does find things
