"""Indonesian word forms, so one entry in a lexicon meets every way a post writes the word.

A token of the normalised text (normalize.py: lower case, leetspeak, folded repeats, slang)
carries a small set of forms:
- the word itself, and the word with its particle or possessive dropped (-nya, -lah, -kah,
  -pun, -mu, -ku): "rumahnya" also reads as "rumah";
- reduplication as its base: "anak2", "anak-anak" and "kata-kata" also read as "anak", "kata";
- colloquial and regional endings as the standard one: -in (Jakarta), -ke and -no (Javanese),
  -keun (Sundanese) as -kan, so "sebarin", "sebarke" and "bagikeun" read as "sebarkan",
  "bagikan"; the colloquial nasal prefix (nge-, ny-) as the base: "ngeshare", "nyebarin";
- and the root (PySastrawi, with confixes first: di-, me(N)-, ter-, ber-, ke-...-an, -kan, -i),
  of the word and of its standard form: "diteruskan", "terusin" and "nerusin" all reach "terus".

Lexicon patterns (patterns.py) match a slot when the slot's word is any of these forms; so a
root in a pattern ("sebar") meets every affixed form, and a full form ("sebarkan") meets only
that form and its colloquial twins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.checklist.normalize import known, stem

# "Rp1.000" is one number, no sentence end; the "2" of "kata2" is a reduplication, but not the
# first digit of "Rp2.000" or "Rp25.000"
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:2(?![.,]?\d))?|\d+(?:[.,]\d+)*|[^\s\w]")
PARTICLES = ("nya", "lah", "kah", "pun", "mu", "ku")
# colloquial or regional verb endings -> the standard -kan
ENDINGS = (("keun", "kan"), ("kno", "kan"), ("ken", "kan"), ("in", "kan"), ("ke", "kan"), ("no", "kan"))
SHORT = 4  # words shorter than this keep their form: "ini", "dia", "kan"


@dataclass(frozen=True)
class Token:
    text: str
    forms: frozenset[str]
    start: int  # offsets in the normalised text
    end: int


@lru_cache(maxsize=50_000)
def forms(word: str) -> frozenset[str]:
    """Every form `word` (normalised, lower case) may stand for."""
    out = {word}
    if word.endswith("2") and len(word) > 3 and word[:-1].isalpha():  # "anak2"
        word = word[:-1]
        out.add(word)
    if "-" in word:
        parts = word.split("-")
        out.update(p for p in parts if len(p) >= 3)
        if len(parts) == 2 and (parts[0] == parts[1] or parts[1].endswith(parts[0])):
            word = parts[0]  # "anak-anak", "kata-katanya": the base
        else:
            word = word.replace("-", "")
        out.add(word)
    if not word.isalpha() or len(word) < SHORT:
        return frozenset(out)
    bases = {word}
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= SHORT:
            bases.add(word[: -len(particle)])
    for base in list(bases):
        if known(base) or stem(base) != base:
            continue  # a standard word ("dijamin", "ingin"): its affixes are not colloquial
        for prefix in ("nge", "ng"):
            if base.startswith(prefix) and len(base) - len(prefix) >= 3:
                bases.add(base[len(prefix):])
        if base.startswith("ny") and len(base) > 4 and base[2] in "aeiou":
            bases.add("s" + base[2:])  # "nyebar" -> "sebar"
    for base in list(bases):
        if known(base) or stem(base) != base:
            continue
        for old, new in ENDINGS:
            if base.endswith(old) and len(base) - len(old) >= 3:
                bases.add(base[: -len(old)] + new)
    out |= bases
    out.update(stem(b) for b in bases if len(b) >= SHORT)
    return frozenset(f for f in out if f)


# titles and address words whose full stop ends no sentence: "Ir. Benny mengatakan", "Jl. Melati", "Gg."
# (folded to "g")
ABBREVIATIONS = frozenset({"dr", "drg", "drs", "dra", "prof", "ir", "h", "hj", "kh", "jl", "g", "no", "bpk",
                           "sdr", "sdri", "yth", "kec", "kab", "kel", "tn", "ny", "dkk"})


@lru_cache(maxsize=512)
def tokens(norm_text: str) -> tuple[Token, ...]:
    """The tokens of a normalised text with their forms; punctuation is a token of its own, so a
    pattern never runs across a sentence's end unless it says so. The full stop of a title
    (ABBREVIATIONS) is dropped."""
    out: list[Token] = []
    for m in WORD.finditer(norm_text):
        word = m.group()
        if word == "." and out and out[-1].text in ABBREVIATIONS and out[-1].end == m.start():
            continue
        out.append(Token(word, forms(word), m.start(), m.end()))
    return tuple(out)
