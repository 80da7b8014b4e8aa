"""A small offline classifier beside the rules (issue 12 allows one, on conditions).

The rules name what they found; they miss what is phrased in a way nobody wrote a pattern for.
This model scores each text for the five categories from its words, word stems, word pairs and
character 3-5-grams, hashed into 2**bits buckets. It is a linear model per category (logistic
regression) that `tools/train_classifier.py` trains on texts we wrote and may ship: every
tuning file and, since 2026-12-06, holdouts 2-16 (whose rules were never tuned on them), every
category on every file. Holdouts 17-20 are never trained on. Its weights are int8 in
`resources/checklist/classifier.bin`, and its thresholds, gates, bias and provenance are in
`classifier.toml`. Each category's threshold
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
# hard evidence: never lowered, whatever the model says (a suicide mention keeps its helpline, a
# valid card number and a slur are facts, not resemblance); and signs of what the model has hardly
# seen: L1, an accusation against one named person (the hate model learnt from attacks on groups), H21,
# breaking disaster news with no source (the hoax model learnt from chain letters), and
# U11-U16, unsafe security advice and physical safety (the security model learnt from scams), and
# U17, someone posing as kin or an official who needs money now (new writers' wording scores low)
UNGATED = frozenset({"E2", "P5", "S9", "L1", "H21", "U11", "U12", "U13", "U14", "U15", "U16", "U17"})
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
    gate: dict[str, float]  # a warn of this category stands only where the score reaches it

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
                 {c: cats[c]["bias"] for c in CATEGORIES}, {c: cats[c]["threshold"] for c in CATEGORIES},
                 {c: cats[c].get("gate", 0.0) for c in CATEGORIES})


MIN_WORDS = 8  # it learned from posts and captions: a poster's address, price or date line is not one
# a template's own field is a poster line, not a post: "Dibeli langsung dari kelompok pemanen madu di
# desa hutan" (9 words) scored 0.86 for hoax once every category learnt from every tuning file
# and retrained with holdouts 2-16, "Dasar: UU ITE (UU No. 1 Tahun 2024) dan ketentuan layanan platform"
# (12 words, a sample of aturan-bermedsos) scored over the privacy threshold: 15 words since 2026-12-06
FIELD_MIN_WORDS = 15


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


def gate_for(rule: str, category: str, gates: dict[str, float]) -> float:
    """The least model score at which a warning of `rule` stands: the category's own gate (set
    by the trainer, 0 where gating cost too many true catches), at least GATE for the weak signs
    of GATED; 0 (never lowered) for hard evidence and for the model's own findings."""
    if rule in UNGATED or rule in RULES.values() or category not in gates:
        return 0.0
    return max(gates[category], GATE if rule in GATED else 0.0)


def second_opinion(inp: CheckInput, findings: list) -> None:
    """After framing: a rule's warning becomes info where the model saw too little of its
    category in that field (a lost cat's "bantu share", a clinic's "kelas ibu hamil", friends'
    banter with one rude word). A frame that lowered it first keeps its own, more telling reason.
    A block is never lowered here."""
    gates = model().gate
    scores = {t.field: getattr(t, "_model_scores", None) for t in inp.texts}
    for f in findings:
        field_scores = scores.get(f.field)
        if f.severity != "warn" or field_scores is None or f.category not in field_scores:
            continue
        if field_scores[f.category] < gate_for(f.rule, f.category, gates):
            score = f"{field_scores[f.category]:.2f}"
            f.severity = "info"
            f.lowered = {"id": f"tanda lemah, dan pengklasifikasi hampir tidak melihat kemiripan (skor "
                               f"{score.replace('.', ',')})",
                         "en": f"a weak sign, and the classifier sees next to no resemblance (score {score})"}
