"""A small offline classifier beside the rules (issue 12 allows one, on conditions).

The rules name what they found; they miss what is phrased in a way nobody wrote a pattern for.
This model scores each text for the five categories from its words, word stems, word pairs and
character 3-5-grams, hashed into 2**bits buckets. It is a linear model per category (logistic
regression) that `tools/train_classifier.py` trains on the tuning corpora only
(`checklist_corpus.jsonl`, `checklist_tune2..22.jsonl` and the old `checklist_holdout6.jsonl`:
texts we wrote and may ship), every category on every file. The holdouts are never trained
on. Its weights are int8 in `resources/checklist/classifier.bin`, and its thresholds, bias and
provenance are in `classifier.toml`. Each category's threshold
is the lowest score at which 5-fold cross validation flags at most 0.35% of the clean tuning
texts out of fold, so the model is tuned to stay quiet on clean text.

A category any rule already spoke of in a field (even at info) gets no model finding there, and
short fields (an address, a price, a date line) are not scored.

The finding is a warn that says it comes from resemblance, not from a named sign (rules K1-K5).
Framing (debunk, education, news...) lowers it like any finding of its category.
Pure Python, no numpy: about 0.5 ms a text.

The model is also the second opinion on the rules' weak signs (GATED: a call to spread, a vague
source, a name beside a school or an illness, a number...). Such a warning stands only where the
model sees at least a little of its category in the field (score >= GATE); otherwise it becomes
info, saying so. On the tuning texts, out of fold, this took the clean texts with a false alarm
from 9.0% to 7.3% for 0.3 and 0.7 points of hoax and privacy recall; on holdout 7, never seen,
from 16.3% to 10.4% with no text lost. Hard evidence (a valid NIK or card number, a lookalike
domain, a request for a code, a slur, a threat, suicide) is never gated, nor is H6 (an
institution with a call to act): holdout 3's totals showed it losing two hoax texts.
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
import zlib
from array import array
from dataclasses import dataclass

from app import resources
from app.checklist.collector import Collector
from app.checklist.inputs import CheckInput
from app.checklist.normalize import normalize, stem
from app.checklist.rulebook import finding

CATEGORIES = ("hoax", "hate", "privacy", "security", "empathy")
RULES = {"hoax": "K1", "hate": "K2", "privacy": "K3", "security": "K4", "empathy": "K5"}
GATED = frozenset({"H1", "H2", "H3", "H5", "H9", "H10", "H11", "P4", "P11", "P12", "P13", "P14", "P15"})
GATE = 0.1
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[a-z0-9@#_]+|[^\sa-z0-9]")


def features(text: str, bits: int, normalized: str | None = None) -> set[int]:
    """The hashed features of `text`: every word (digits read as 0, so any phone number looks
    alike), the stem of each longer word, each pair of neighbouring words, and the character
    3-, 4- and 5-grams of the normalised text. crc32 keeps the buckets the same in every
    process (Python's own str hash is salted per run). `normalized`: normalize(text).text when
    the caller has it already."""
    words = _TOKEN.findall(_DIGIT.sub("0", normalized if normalized is not None else normalize(text).text))
    names = [f"w:{w}" for w in words]
    names += [f"s:{stem(w)}" for w in words if len(w) > 3 and w.isalpha()]
    names += [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    padded = f" {' '.join(words)} "
    names += [padded[i:i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    mask = (1 << bits) - 1
    return {zlib.crc32(name.encode("utf-8")) & mask for name in names}


@dataclass(frozen=True)
class Model:
    bits: int
    weights: dict[str, array]  # int8 per bucket
    scale: dict[str, float]  # weight = int8 * scale
    bias: dict[str, float]
    threshold: dict[str, float]

    def scores(self, text: str, normalized: str | None = None) -> dict[str, float]:
        """The probability of each category for `text`."""
        found = features(text, self.bits, normalized)
        if not found:
            return dict.fromkeys(CATEGORIES, 0.0)
        norm = math.sqrt(len(found))
        out = {}
        for cat in CATEGORIES:
            w = self.weights[cat]
            z = self.bias[cat] + self.scale[cat] * sum(w[i] for i in found) / norm
            out[cat] = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
        return out


@functools.cache
def model() -> Model:
    meta = tomllib.loads(resources.read_text("checklist", "classifier.toml"))
    data = resources.resource("checklist", "classifier.bin").read_bytes()
    bits, size = meta["bits"], 1 << meta["bits"]
    if len(data) != size * len(CATEGORIES):
        raise ValueError(f"classifier.bin holds {len(data)} bytes, not {size * len(CATEGORIES)}")
    weights = {}
    for n, cat in enumerate(CATEGORIES):
        weights[cat] = array("b", data[n * size:(n + 1) * size])
    cats = meta["category"]
    return Model(bits, weights, {c: cats[c]["scale"] for c in CATEGORIES},
                 {c: cats[c]["bias"] for c in CATEGORIES}, {c: cats[c]["threshold"] for c in CATEGORIES})


MIN_WORDS = 8  # it learned from posts and captions: a poster's address, price or date line is not one
# a template's own field is a poster line, not a post: "Dibeli langsung dari kelompok pemanen madu di
# desa hutan" (9 words) scored 0.86 for hoax once every category learnt from every tuning file
FIELD_MIN_WORDS = 12


def classify(inp: CheckInput, out: Collector) -> None:
    """A K finding per category the model scores over its threshold, in a caption of at least
    MIN_WORDS words (a template field of FIELD_MIN_WORDS) where no rule of that category said
    anything. A rule that judged the field, even only at info (the shop's own number, marked as
    such), has the last word."""
    m = model()
    judged = {(f.field, f.category) for f in out.findings}
    for item in inp.texts:
        least = FIELD_MIN_WORDS if item.role == "field" else MIN_WORDS
        if item.role == "alt_text" or len(item.text.split()) < least:
            continue
        scores = m.scores(item.text, item.norm.text)
        item._model_scores = scores  # for second_opinion, after framing
        for cat in CATEGORIES:
            if scores[cat] >= m.threshold[cat] and (item.field, cat) not in judged:
                score = f"{scores[cat]:.2f}"
                out.add(finding(RULES[cat], item.field, None, parts={"score_id": score.replace(".", ","),
                                                                     "score_en": score}))


def second_opinion(inp: CheckInput, findings: list) -> None:
    """After framing: a weak sign's warning becomes info where the model saw next to nothing of
    its category in that field (a lost cat's "bantu share", a clinic's "kelas ibu hamil"). A
    frame that lowered it first keeps its own, more telling reason."""
    scores = {t.field: getattr(t, "_model_scores", None) for t in inp.texts}
    for f in findings:
        field_scores = scores.get(f.field)
        if f.rule not in GATED or f.severity != "warn" or field_scores is None:
            continue
        if field_scores[f.category] < GATE:
            score = f"{field_scores[f.category]:.2f}"
            f.severity = "info"
            f.lowered = {"id": f"tanda lemah, dan pengklasifikasi hampir tidak melihat kemiripan (skor "
                               f"{score.replace('.', ',')})",
                         "en": f"a weak sign, and the classifier sees next to no resemblance (score {score})"}
