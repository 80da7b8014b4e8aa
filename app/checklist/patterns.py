"""Lexicon patterns with slots, matched over the tokens of morph.py.

A pattern is words separated by spaces; each word is a slot:
- `info`            the word in any of its forms (morph.forms): "info", "infonya", "info2";
- `{info|kabar}`    any of these;
- `<group>`         any word of a named set (resources/lexicons/patterns.toml [sets]);
- `sembuh*`         any word that begins so;
- `~` or `~N`       up to 3 (or N) other tokens may come before the next slot, never across
                    the end of a sentence.

So `{info|kabar|berita} ~2 {akurat|valid|terpercaya}` meets "infonya 100% akurat" and "kabar ini
valid", and `<group> ~3 <stereotype> ~4 <generalising>` meets a group term joined to a stereotype
with "semua sama aja". Slot words are normalised like the text (slang, leetspeak, repeats).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.checklist.morph import WORD as _TOKEN
from app.checklist.morph import Token
from app.checklist.normalize import normalize

SENTENCE_END = frozenset({".", "!", "?", ";"})
DEFAULT_GAP = 3
_PART = re.compile(r"~\d*|\{[^{}]*\}|<[\w-]+>|\S+")


@dataclass(frozen=True)
class Slot:
    words: frozenset[str]
    prefixes: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()  # alternatives of several words: "orang dalam"
    gap: int = 0  # how many tokens may come between the previous slot and this one

    def ends(self, toks: tuple[Token, ...], j: int) -> list[int]:
        """Where this slot, begun at token j, may end (exclusive); empty if it does not match."""
        tok = toks[j]
        out = []
        if not tok.forms.isdisjoint(self.words) or (self.prefixes and tok.text.startswith(self.prefixes)):
            out.append(j + 1)
        for phrase in self.phrases:
            n = len(phrase)
            if j + n <= len(toks) and all(w in toks[j + k].forms for k, w in enumerate(phrase)):
                out.append(j + n)
        return out


@dataclass(frozen=True)
class Pattern:
    source: str
    slots: tuple[Slot, ...]


class PatternError(ValueError):
    pass


@lru_cache(maxsize=16384)  # a set's words recur in many patterns: normalise each once per process
def _words(alternative: str) -> tuple[str, ...]:
    """An alternative as the tokens the text would have: "orang dalam", "1x24", "100%"."""
    return tuple(m.group() for m in _TOKEN.finditer(normalize(alternative).text))


def compile_pattern(source: str, sets: dict[str, frozenset[str]]) -> Pattern:
    slots: list[Slot] = []
    gap = 0
    for part in _PART.findall(source):
        if part.startswith("~"):
            gap = int(part[1:]) if part[1:] else DEFAULT_GAP
            continue
        if part.startswith("<"):
            name = part[1:-1]
            if name not in sets:
                raise PatternError(f"unknown set <{name}> in pattern {source!r}")
            alternatives = list(sets[name])
        elif part.startswith("{"):
            alternatives = [a for a in part[1:-1].split("|") if a.strip()]
        else:
            alternatives = [part]
        words, phrases, prefixes = set(), set(), []
        for alternative in alternatives:
            if alternative.endswith("*") and len(alternative) > 3:
                prefixes.append(normalize(alternative[:-1]).text.strip())
                continue
            parts = _words(alternative)
            if len(parts) == 1:
                words.add(parts[0])
            elif parts:
                phrases.add(parts)
        slots.append(Slot(frozenset(words), tuple(prefixes), tuple(sorted(phrases)), gap))
        gap = 0
    if not slots:
        raise PatternError(f"empty pattern {source!r}")
    return Pattern(source, tuple(slots))


class Matcher:
    """Many patterns, each with a key (a rule or concept name), found in one pass: the first
    slot's words index the patterns, so a text costs one lookup per token form."""

    def __init__(self, entries: Iterable[tuple[str, str]], sets: dict[str, frozenset[str]]):
        self._by_word: dict[str, list[tuple[str, Pattern]]] = {}
        self._by_prefix: list[tuple[str, Pattern]] = []
        for key, source in entries:
            pattern = compile_pattern(source, sets)
            first = pattern.slots[0]
            for word in first.words | {p[0] for p in first.phrases}:
                self._by_word.setdefault(word, []).append((key, pattern))
            if first.prefixes:
                self._by_prefix.append((key, pattern))

    def find(self, toks: tuple[Token, ...]) -> list[tuple[str, int, int]]:
        """(key, first token, last token + 1) of every pattern that matches, leftmost first."""
        out, seen = [], set()
        for i, tok in enumerate(toks):
            candidates = [c for form in tok.forms for c in self._by_word.get(form, ())]
            candidates += [c for c in self._by_prefix if c[1].slots[0].ends(toks, i)]
            for key, pattern in candidates:
                if (key, pattern.source, i) in seen:
                    continue
                seen.add((key, pattern.source, i))
                end = _match(toks, i, pattern.slots, 0)
                if end is not None:
                    out.append((key, i, end))
        return out


def _match(toks: tuple[Token, ...], pos: int, slots: tuple[Slot, ...], k: int) -> int | None:
    """Match slots[k:] with slots[k] beginning within its gap of token `pos`; the end, or None."""
    if k == len(slots):
        return pos
    slot = slots[k]
    reach = pos + (slot.gap if k else 0) + 1
    for j in range(pos, min(len(toks), reach)):
        for end in slot.ends(toks, j):
            done = _match(toks, end, slots, k + 1)
            if done is not None:
                return done
        if toks[j].text in SENTENCE_END:
            return None
    return None
