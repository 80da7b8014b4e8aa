"""Quality of the automatic checklist rules on our labelled corpus.

    .venv/bin/python benchmarks/checklist_eval.py [--split tune|holdout|all] [--misses]

A positive counts as caught when the checklist raises at least one finding of its category at
`warn` or `block`; `info` is advice, not a detection. On clean texts any `warn`/`block` of a
category is a false positive for that category. The holdout split was never looked at while
the rules were tuned, so its figures show how the rules do on wording they were not fitted to.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.checklist import check_text  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "checklist_corpus.jsonl"
CATEGORIES = ("hoax", "hate", "privacy", "security")


HOLDOUT2 = ROOT / "tests" / "data" / "checklist_holdout2.jsonl"


def load(split: str = "all", corpus: Path = CORPUS) -> list[dict]:
    cases = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    return [c for c in cases if split == "all" or c.get("split", "holdout") == split]


def flagged(case: dict) -> set[str]:
    report = check_text(case["text"], business_contact=case.get("options", {}).get("business_contact", False))
    return {f.category for f in report.findings if f.severity in ("warn", "block")}


def evaluate(cases: list[dict]) -> dict[str, dict[str, float]]:
    results = {c: {"positives": 0, "caught": 0, "clean": 0, "false_pos": 0} for c in CATEGORIES}
    misses, false_pos = [], []
    for case in cases:
        got = flagged(case)
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
        r["recall"] = r["caught"] / r["positives"] if r["positives"] else 1.0
        r["fp_rate"] = r["false_pos"] / r["clean"] if r["clean"] else 0.0
    return {"categories": results, "misses": misses, "false_positives": false_pos}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=("tune", "holdout", "all"))
    ap.add_argument("--misses", action="store_true", help="print the cases the rules got wrong")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help=f"a corpus file (default: the tuning corpus; holdout: {HOLDOUT2.name})")
    args = ap.parse_args()
    if args.corpus != CORPUS:
        splits = ["all"]
    else:
        splits = ["tune", "holdout", "all"] if args.split == "all" else [args.split]
    for split in splits:
        cases = load(split, args.corpus)
        out = evaluate(cases)
        print(f"\n{args.corpus.name} {split}: {len(cases)} cases")
        print(f"{'category':<10} {'recall':>8} {'caught':>8} {'fp rate':>8} {'fp':>6}")
        for cat, r in out["categories"].items():
            print(f"{cat:<10} {r['recall']:>8.2f} {r['caught']:>4}/{r['positives']:<3} "
                  f"{r['fp_rate']:>8.3f} {r['false_pos']:>3}/{r['clean']}")
        if args.misses:
            for cat, case in out["misses"]:
                print(f"  MISS {cat:<8} {case['id']}: {case['text'][:150]}")
            for cat, case in out["false_positives"]:
                print(f"  FP   {cat:<8} {case['id']}: {case['text'][:150]}")


if __name__ == "__main__":
    main()
