"""Text normalisation for matching, with a map back to the original characters.

Lower case, leetspeak inside words ("b4ngs4t"), repeated letters folded ("anjiiing",
"sebarkaaan"), common slang spellings ("gak", "gw", "yg"). Phrase lists are normalised the same
way, so a match in the normalised text maps back to a span the user can see and fix.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from app import resources

LEET = str.maketrans({"4": "a", "@": "a", "1": "i", "0": "o", "3": "e", "5": "s", "$": "s",
                      "7": "t", "9": "g"})
_TOKEN = re.compile(r"[0-9A-Za-zÀ-ɏ@$]+|\s+|.", re.DOTALL)
_HAS_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")
_LEETABLE = re.compile(r"^[A-Za-zÀ-ɏ0-9@$]+$")
# an amount with its unit is not leetspeak: "5jt", "15rb", "3kg" ("5jt" once read as "sjt")
_AMOUNT = re.compile(r"^\d+(?:jt|juta|rb|ribu|rebu|k|kg|gr|gb|mb|ml|km|cm|pcs|x)$")


# a title written with its full stop, which the slang map would read otherwise ("dr" is "dari")
TITLES = {"dr": "dokter", "drg": "dokter gigi", "prof": "profesor"}
_TITLED = re.compile(r"\.(?:\s|$)")
_NAME_AFTER = re.compile(r"\.\s*[A-Z]")


@lru_cache(maxsize=1)
def slang() -> dict[str, str]:
    data = tomllib.loads(resources.read_text("lexicons", "slang.toml"))
    return {fold(k): v for k, v in data["slang"].items()}


def fold(word: str) -> str:
    """Repeated letters fold to one: 'anjiiing' and 'anjing' meet as 'anjing'; 'maaf' as 'maf'."""
    out = []
    for ch in word:
        if not out or ch != out[-1] or not ch.isalpha():
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class Normalized:
    text: str
    index: tuple[int, ...]  # index[i]: position in the original of normalised character i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalised characters [start, end)."""
        if end <= start:
            return (self.index[start], self.index[start])
        return (self.index[start], self.index[end - 1] + 1)


def normalize(text: str) -> Normalized:
    out: list[str] = []
    index: list[int] = []
    titles: set[int] = set()  # where the full stop of a title stands
    for m in _TOKEN.finditer(text):
        token, start = m.group(), m.start()
        if token.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                index.append(start)
            continue
        if len(token) == 1 and not token.isalnum() and token not in "@$":
            if token == "." and start in titles:
                continue  # the full stop of "Dr." ends no sentence
            out.append(token.lower())
            index.append(start)
            continue
        title = TITLES.get(token.lower()) if _TITLED.match(text, m.end()) and (
            token[0].isupper() or _NAME_AFTER.match(text, m.end())) else None
        if title:  # "Dr. Benny", "dr. Albert": a doctor, not the slang "dr" (dari) of "info dr. grup"
            out.extend(title)
            index.extend([start] * (len(title) - 1) + [m.end() - 1])
            titles.add(m.end())
            continue
        _word(token, start, out, index)
    return Normalized("".join(out), tuple(index))


def _word(token: str, start: int, out: list[str], index: list[int]) -> None:
    if not _HAS_LETTER.search(token):
        # digits and symbols only (prices, numbers, "!!!"): kept as they are, and not cached,
        # since a batch of 10,000 rows brings 10,000 different numbers
        out.extend(token.lower())
        index.extend(range(start, start + len(token)))
        return
    chars, offsets = _word_form(token)
    out.extend(chars)
    index.extend(start + o for o in offsets)


@lru_cache(maxsize=16384)  # about 3 MB at most
def _word_form(token: str) -> tuple[str, tuple[int, ...]]:
    """A word's normalised characters and, for each, its offset in the word; once per word in
    a process, since every rule set normalises the same caption words again."""
    lower = token.lower()
    if _LEETABLE.match(lower) and not _AMOUNT.match(lower):
        lower = _unleet(lower)
    chars, positions = [], []
    for i, ch in enumerate(lower):
        if chars and ch == chars[-1] and ch.isalpha():
            continue
        chars.append(ch)
        positions.append(i)
    folded = "".join(chars)
    replacement = slang().get(folded)
    if replacement is not None:
        rep = fold(replacement)
        end = len(token) - 1
        return rep, tuple(0 if i < len(rep) - 1 else end for i in range(len(rep)))
    return folded, tuple(positions)


def _unleet(word: str) -> str:
    """'b4ngs4t' -> 'bangsat', '4njing' -> 'anjing'; but 'covid19' and 'rp25' keep their digits:
    a leet digit counts only when a letter follows it."""
    chars = list(word)
    for i, ch in enumerate(chars):
        if ch in "4@10357$9" and i + 1 < len(chars) and chars[i + 1].isalpha():
            chars[i] = ch.translate(LEET)
    return "".join(chars)


def phrase_pattern(phrases: list[str]) -> re.Pattern:
    """One regex that finds any of `phrases` (normalised) on word boundaries."""
    forms = sorted({normalize(p).text.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s?") for f in forms)
    return re.compile(rf"(?<![\w]){'(?:' + body + ')'}(?![\w])")


@lru_cache(maxsize=1)
def _stemmer():
    # PySastrawi (MIT): the standard Indonesian affix stripper, no data download.
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=20000)
def known(word: str) -> bool:
    """A root word of Sastrawi's dictionary (about 30,000 words): 'jamin', 'ingin', 'kamu'."""
    return _stemmer().delegatedStemmer.dictionary.contains(word)


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """'diteruskan' -> 'terus', 'membantai' -> 'bantai', 'sebarkan' -> 'sebar'."""
    if not word.isalpha() or len(word) < 4:
        return word
    return _stemmer().stem(word)


def words_with_stems(norm_text: str) -> list[tuple[str, str, int, int]]:
    """(word, stem, start, end) for each word of a normalised text."""
    return [(m.group(), stem(m.group()), m.start(), m.end())
            for m in re.finditer(r"[a-z]+(?:-[a-z]+)?", norm_text)]
