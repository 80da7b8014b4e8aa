"""Crisis communication and digital empathy (duty 6), and the manual questions software cannot
answer. Some questions are always asked; the others appear when a rule or a keyword triggers
them (people in a photo, children, victims, suicide, disasters, donations, hate findings)."""

from __future__ import annotations

import re

from app.checklist import lexicons
from app.checklist.collector import Collector
from app.checklist.cues import hits
from app.checklist.inputs import CheckInput
from app.checklist.normalize import normalize
from app.checklist.rulebook import finding, question


def _first(pattern, inp: CheckInput):
    for item in inp.texts:
        m = pattern.search(item.norm.text)
        if m:
            return item, item.norm.span(m.start(), m.end())
    return None


def empathy(inp: CheckInput, out: Collector) -> None:
    lex = lexicons.empathy()
    text_all = normalize(inp.all_text).text
    suicide = _first(lex["suicide"], inp)
    helpline = lex["helplines"].search(text_all) or any(hits(t).has("helpline") for t in inp.texts)
    if suicide and not helpline and not _delight(*suicide) and not _game_move(*suicide):
        item, span = suicide
        out.add(finding("E2", item.field, span, item.text[span[0]:span[1]]))
    disaster = _first(lex["disaster"], inp) or _first(lex["victims"], inp)
    promo = _first(lex["promo"], inp)
    if disaster and promo:
        item, span = promo
        out.add(finding("E4", item.field, span, item.text[span[0]:span[1]]))


def _delight(item, span) -> bool:
    """'pengen mati di sini aja saking indahnya': a figure of speech for delight, beside its praise."""
    return any(abs(x.span[0] - span[0]) <= 40 for x in hits(item)["delight"])


def questions(inp: CheckInput, out: Collector) -> None:
    lex = lexicons.empathy()
    pii = lexicons.pii()
    hoaxy = out.fired("H1", "H2", "H3", "H5", "H6", "H9")
    if inp.images or hoaxy:
        out.ask(question("H8", "always" if inp.images else "hoax"))
    if out.fired("S1", "S2", "S3", "S5", "S6", "S7", "S8", "S9"):
        out.ask(question("S4", "hate"))
    if inp.images:
        out.ask(question("P9", "image"))
    children = _first(lex["children"], inp)
    victims = _first(lex["victims"], inp)
    if children:
        out.ask(question("P10", "children", block_answer=None))
        if victims or out.fired("L1"):
            out.ask(question("E3", "children", block_answer="ya"))
    if victims:
        item, span = victims
        out.ask(question("E1", "victims", item.text[span[0]:span[1]]))
    if _first(lex["disaster"], inp):
        out.ask(question("E5", "disaster"))
    if _first(lex["donation"], inp):
        out.ask(question("E6", "donation"))
    if _first(lex["crisis"], inp):
        out.ask(question("E7", "crisis"))
    special = _first(pii["special"], inp)
    if special:
        item, span = special
        out.ask(question("P8", "special-data", item.text[span[0]:span[1]]))
    if inp.kind == "infographic":
        out.ask(question("A6", "infographic"))


# a game's move: "pick Fanny malah bunuh diri mulu ke tower musuh" (a hero thrown away, in a game talked of)
_GAME_MOVE = re.compile(r"(?i)^\W*(?:\w+\W+){0,3}?(?:ke|di|sama|ama)\s+"
                        r"(?:tower|turret|musuh|lawan|lane|jungle|lord|base)\b")


def _game_move(item, span) -> bool:
    return hits(item).has("game_talk") and bool(_GAME_MOVE.search(item.text[span[1]:span[1] + 40]))

