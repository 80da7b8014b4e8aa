"""Quality of the automatic checklist rules on our labelled corpora.

    .venv/bin/python benchmarks/checklist_eval.py                 # every corpus file
    .venv/bin/python benchmarks/checklist_eval.py --corpus F.jsonl --misses

For each corpus file and each category (hoax, hate, privacy, security, empathy) it prints the
recall and the false-alarm rate on clean texts, for the rules alone, for the classifier alone
(app/checklist/classifier.py, trained on the two tuning files only) and for the checklist as a
user gets it (both). A positive counts as caught when the checklist
raises at least one finding of its category at `warn` or `block`; `info` is advice, not a
detection, and a manual question is not a detection either. On a clean text any `warn`/`block`
of a category is a false alarm for that category; "any" is the share of clean texts with a
false alarm in at least one of the five.

Which files were tuned on (see tests/data/README.md):
- checklist_corpus.jsonl, checklist_tune2.jsonl and checklist_tune3.jsonl: the rules were
  written against these and the classifier is trained on them;
- checklist_holdout2.jsonl: written after the first rules, never tuned on;
- checklist_holdout3.jsonl: written by a helper that never saw the rules, the code or the
  other corpora, frozen before the issue-12 rules were changed, never tuned on. Its misses
  are not printed by --misses unless --show-holdout is given, so nobody tunes to them by
  accident;
- checklist_tune5.jsonl: 500 texts from a helper, measured once as they came, then two
  privacy cues tuned from it; not yet trained on;
- checklist_holdout6.jsonl: 300 texts from another helper that saw nothing of the project,
  measured once as they came (2026-12-02); tuned on since holdout 7 took its place;
- checklist_tune6.jsonl: 500 texts from a third helper, measured once as they came, then tuned
  on and trained on;
- checklist_tune7.jsonl: 400 texts from a helper, a hundred of them hoax claims with no
  forwarding sign and 180 clean ones close to them; measured once as it came (hoax recall 0.37,
  false alarms 13.3%), then tuned on (rules only: trained on, the classifier lost 7 of
  holdout 3's texts, so it is not);
- checklist_holdout7.jsonl: 300 texts from a fourth helper that saw nothing of the project,
  measured as they came; never tuned on. --misses shows its cases only with --show-holdout;
- checklist_holdout8.jsonl: 300 texts from a fifth helper, written after all of the above;
  measured once as it came, with the day's final code; never tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.checklist import check_text, classifier  # noqa: E402

DATA = ROOT / "tests" / "data"
CORPUS = DATA / "checklist_corpus.jsonl"
TUNE2 = DATA / "checklist_tune2.jsonl"
TUNE3 = DATA / "checklist_tune3.jsonl"
TUNE4 = DATA / "checklist_tune4.jsonl"
TUNE5 = DATA / "checklist_tune5.jsonl"
TUNE6 = DATA / "checklist_tune6.jsonl"
TUNE7 = DATA / "checklist_tune7.jsonl"
TUNE8 = DATA / "checklist_tune8.jsonl"
TUNE9 = DATA / "checklist_tune9.jsonl"
TUNE10 = DATA / "checklist_tune10.jsonl"
TUNE11 = DATA / "checklist_tune11.jsonl"
TUNE12 = DATA / "checklist_tune12.jsonl"
TUNE13 = DATA / "checklist_tune13.jsonl"
TUNE14 = DATA / "checklist_tune14.jsonl"
TUNE15 = DATA / "checklist_tune15.jsonl"
TUNE16 = DATA / "checklist_tune16.jsonl"
TUNE17 = DATA / "checklist_tune17.jsonl"
TUNE18 = DATA / "checklist_tune18.jsonl"
TUNE19 = DATA / "checklist_tune19.jsonl"
TUNE20 = DATA / "checklist_tune20.jsonl"
TUNE21 = DATA / "checklist_tune21.jsonl"
TUNE22 = DATA / "checklist_tune22.jsonl"
TUNE23 = DATA / "checklist_tune23.jsonl"
TUNE24 = DATA / "checklist_tune24.jsonl"
TUNE25 = DATA / "checklist_tune25.jsonl"
TUNE28 = DATA / "checklist_tune28.jsonl"
TUNE29 = DATA / "checklist_tune29.jsonl"
TUNE30 = DATA / "checklist_tune30.jsonl"
TUNE31 = DATA / "checklist_tune31.jsonl"
TUNE32 = DATA / "checklist_tune32.jsonl"
TUNE33 = DATA / "checklist_tune33.jsonl"
TUNE34 = DATA / "checklist_tune34.jsonl"
TUNE35 = DATA / "checklist_tune35.jsonl"
TUNE36 = DATA / "checklist_tune36.jsonl"
TUNE37 = DATA / "checklist_tune37.jsonl"
TUNE38 = DATA / "checklist_tune38.jsonl"
TUNE39 = DATA / "checklist_tune39.jsonl"
TUNE40 = DATA / "checklist_tune40.jsonl"
TUNE41 = DATA / "checklist_tune41.jsonl"
TUNE42 = DATA / "checklist_tune42.jsonl"
TUNE43 = DATA / "checklist_tune43.jsonl"
HOLDOUT2 = DATA / "checklist_holdout2.jsonl"
HOLDOUT3 = DATA / "checklist_holdout3.jsonl"
HOLDOUT6 = DATA / "checklist_holdout6.jsonl"
HOLDOUT7 = DATA / "checklist_holdout7.jsonl"
HOLDOUT8 = DATA / "checklist_holdout8.jsonl"
HOLDOUT9 = DATA / "checklist_holdout9.jsonl"
HOLDOUT10 = DATA / "checklist_holdout10.jsonl"
HOLDOUT11 = DATA / "checklist_holdout11.jsonl"
HOLDOUT12 = DATA / "checklist_holdout12.jsonl"
HOLDOUT13 = DATA / "checklist_holdout13.jsonl"
HOLDOUT14 = DATA / "checklist_holdout14.jsonl"
HOLDOUT15 = DATA / "checklist_holdout15.jsonl"
HOLDOUT16 = DATA / "checklist_holdout16.jsonl"
HOLDOUT17 = DATA / "checklist_holdout17.jsonl"
HOLDOUT18 = DATA / "checklist_holdout18.jsonl"  # ids tune27-*: written as a tuning set, kept unseen
HOLDOUT19 = DATA / "checklist_holdout19.jsonl"  # ids tune26-*: the same
HOLDOUT20 = DATA / "checklist_holdout20.jsonl"
HOLDOUT21 = DATA / "checklist_holdout21.jsonl"
HOLDOUT22 = DATA / "checklist_holdout22.jsonl"
FILES = (CORPUS, TUNE2, TUNE3, TUNE4, TUNE5, TUNE6, TUNE7, TUNE8, TUNE9, TUNE10, TUNE11, TUNE12, TUNE13, TUNE14,
         TUNE15, TUNE16, TUNE17, TUNE18, TUNE19, TUNE20, TUNE21, TUNE22, TUNE23, TUNE24, TUNE25,
         TUNE28, TUNE29, TUNE30, TUNE31, TUNE32, TUNE33, TUNE34, TUNE35, TUNE36, TUNE37, TUNE38, TUNE39, TUNE40,
         TUNE41, TUNE43,
         HOLDOUT6,
         HOLDOUT2, HOLDOUT3, HOLDOUT7, HOLDOUT8, HOLDOUT9, HOLDOUT10, HOLDOUT11,
         HOLDOUT12, HOLDOUT13, HOLDOUT14, HOLDOUT15, HOLDOUT16, HOLDOUT17, HOLDOUT18,
         HOLDOUT19, HOLDOUT20, HOLDOUT21, HOLDOUT22)
TUNED = (CORPUS, TUNE2, TUNE3, TUNE4, TUNE5, TUNE6, TUNE7, TUNE8, TUNE9, TUNE10, TUNE11, TUNE12, TUNE13,
         TUNE14, TUNE15, TUNE16, TUNE17, TUNE18, TUNE19, TUNE20, TUNE21, TUNE22, TUNE23, TUNE24,
         TUNE25, TUNE28, TUNE29, TUNE30, TUNE31, TUNE32, TUNE33, TUNE34, TUNE35, TUNE36, TUNE37, TUNE38, TUNE39,
         TUNE40, TUNE41, TUNE43,
         HOLDOUT6,  # a holdout until holdout 7 came
         HOLDOUT20)  # a holdout until it was measured (2026-12-06), read and tuned on since
# holdouts whose rules were never tuned on them (their misses stay unprinted) but which the
# classifier learns from since 2026-12-06: sessions of reading their totals had steered choices, and
# the model generalised better with their 4,500 texts (holdouts 17-19, 21 and 22 stay wholly unseen)
MODEL_ONLY = (HOLDOUT2, HOLDOUT3, HOLDOUT7, HOLDOUT8, HOLDOUT9, HOLDOUT10, HOLDOUT11, HOLDOUT12, HOLDOUT13,
              HOLDOUT14, HOLDOUT15, HOLDOUT16)
CATEGORIES = ("hoax", "hate", "privacy", "security", "empathy")
MODEL_RULES = set(classifier.RULES.values())


def load(split: str = "all", corpus: Path = CORPUS) -> list[dict]:
    if not corpus.is_file():
        return []
    cases = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if split == "all" or c.get("split", "holdout") == split]


SOURCES = ("rules", "model", "together")


def flagged(case: dict) -> dict[str, set[str]]:
    """The categories raised at warn or block: by the rules alone, by the classifier alone (its
    own score over its threshold, whatever the rules said, before framing), and by the whole
    checklist as a user gets it (rules, then K1-K5 where the rules were silent, then framing)."""
    report = check_text(case["text"], business_contact=case.get("options", {}).get("business_contact", False))
    raised = [f for f in report.findings if f.severity in ("warn", "block")]
    model = classifier.model()
    scores = model.scores(case["text"])
    return {"rules": {f.category for f in raised if f.rule not in MODEL_RULES},
            "model": {c for c in CATEGORIES if scores[c] >= model.threshold[c]},
            "together": {f.category for f in raised}}


def evaluate(cases: list[dict], source: str = "together", seen: list | None = None) -> dict:
    results = {c: {"positives": 0, "caught": 0, "clean": 0, "false_pos": 0} for c in CATEGORIES}
    misses, false_pos, any_false = [], [], 0
    for n, case in enumerate(cases):
        got = (seen[n] if seen is not None else flagged(case))[source]
        if not case["labels"] and got & set(CATEGORIES):
            any_false += 1
        for cat in CATEGORIES:
            r = results[cat]
            if cat in case["labels"]:
                r["positives"] += 1
                r["caught"] += cat in got
                if cat not in got:
                    misses.append((cat, case))
            elif not case["labels"]:
                r["clean"] += 1
                r["false_pos"] += cat in got
                if cat in got:
                    false_pos.append((cat, case))
    for r in results.values():
        r["recall"] = r["caught"] / r["positives"] if r["positives"] else None
        r["fp_rate"] = r["false_pos"] / r["clean"] if r["clean"] else 0.0
    clean = sum(not c["labels"] for c in cases)
    return {"categories": results, "misses": misses, "false_positives": false_pos,
            "any_false_alarm": any_false / clean if clean else 0.0, "clean": clean, "any_false": any_false}


def table(name: str, cases: list[dict], outs: dict[str, dict]) -> str:
    """Recall and false alarms of the rules, of the classifier and of both together."""
    out = outs["together"]
    lines = [f"\n{name}: {len(cases)} texts, {out['clean']} clean",
             f"{'':<10} {'recall: rules':>14} {'model':>6} {'together':>9}   "
             f"{'false alarms: rules':>20} {'model':>6} {'together':>9}"]
    for cat in CATEGORIES:
        rs = [outs[s]["categories"][cat] for s in SOURCES]
        recall = [f"{r['recall']:.2f}" if r["recall"] is not None else "n/a" for r in rs]
        lines.append(f"{cat:<10} {recall[0]:>14} {recall[1]:>6} {recall[2]:>9}   "
                     f"{rs[0]['fp_rate']:>20.3f} {rs[1]['fp_rate']:>6.3f} {rs[2]['fp_rate']:>9.3f}"
                     f"   ({rs[2]['caught']}/{rs[2]['positives']} caught, {rs[2]['false_pos']}/{rs[2]['clean']} clean)")
    anys = [outs[s]["any_false_alarm"] for s in SOURCES]
    lines.append(f"{'any':<10} {'':>14} {'':>6} {'':>9}   {anys[0]:>20.3f} {anys[1]:>6.3f} {anys[2]:>9.3f}"
                 f"   ({out['any_false']}/{out['clean']} clean)")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, action="append", help="a corpus file (default: every file)")
    ap.add_argument("--misses", action="store_true", help="print the cases the rules got wrong")
    ap.add_argument("--show-holdout", action="store_true", help="--misses also for the never-tuned holdouts")
    args = ap.parse_args()
    for path in args.corpus or [f for f in FILES if f.is_file()]:
        cases = load("all", path)
        seen = [flagged(case) for case in cases]
        outs = {source: evaluate(cases, source, seen) for source in SOURCES}
        out = outs["together"]
        tuned = path.resolve() in {t.resolve() for t in TUNED}
        model_only = path.resolve() in {t.resolve() for t in MODEL_ONLY}
        state = ("tuned on and the classifier trained on" if tuned else
                 "rules never tuned on; the classifier trained on" if model_only else "never tuned on")
        print(table(f"{path.name} ({state})", cases, outs))
        if args.misses and (tuned or args.show_holdout):
            for cat, case in out["misses"]:
                print(f"  MISS {cat:<8} {case['id']}: {case['text'][:160]}")
            for cat, case in out["false_positives"]:
                print(f"  FP   {cat:<8} {case['id']}: {case['text'][:160]}")


if __name__ == "__main__":
    main()
