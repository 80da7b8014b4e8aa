"""Text rules for duty 5: hoax signals (H1-H6, H9), hate and threats (S1-S3), possible
defamation (L1). They read every text field, the caption, hashtags and alt text."""

from __future__ import annotations

import re

from app.checklist import lexicons
from app.checklist.collector import Collector
from app.checklist.cues import hits
from app.checklist.inputs import CheckInput, TextItem
from app.checklist.model import Fix
from app.checklist.normalize import normalize, stem, words_with_stems
from app.checklist.rulebook import finding
from app.checklist.urls import split

POINTS = {"H1": 3, "H2": 3, "H3": 2, "H4": 1, "H5": 2, "H6": 3}
HOAX_STRONG = 5
_NAME = re.compile(r"(?:@[\w.]{3,}|\b(?:[Pp]ak|[Bb]u|[Bb]apak|[Ii]bu|[Mm]as|[Mm]bak|[Bb]ang|[Kk]ak|"
                   r"[Ss]i|[Ss]audara|[Ss]dr\.?|[Oo]knum|dr\.|[Dd]okter|[Uu]sta[dz]{1,2}|[Bb]idan|[Hh]aji|H\.|"
                   r"[Kk]ades|[Cc]amat|[Ll]urah|[Mm]bah|[Kk]oh|[Cc]ik|[Pp]enyanyi|[Aa]rtis|[Aa]ktor|[Aa]ktris|[Ss]elebgram|"
                   r"[Yy]outuber|[Ii]nfluencer|[Pp]engusaha)\s+[A-Z][a-z]+)")


def _word_index(norm_text: str, pos: int) -> int:
    return norm_text.count(" ", 0, pos)


def _original(item: TextItem, m) -> tuple[tuple[int, int], str]:
    span = item.norm.span(m.start(), m.end())
    return span, item.text[span[0]:span[1]]


_DOCTOR_NAME = re.compile(r"\.?\s*[A-Z][a-z]+")


def _named_doctor(item: TextItem, m) -> bool:
    """"dr. Nadia di puskesmas": a doctor named is a source of sorts, not "kata dokter"."""
    span = item.norm.span(m.start(), m.end())
    return m.group() == "dokter" and bool(_DOCTOR_NAME.match(item.text, span[1]))


def hoax(inp: CheckInput, out: Collector) -> None:
    lex = lexicons.hoax()
    fired: set[str] = set()
    claims: list[tuple[TextItem, tuple[int, int], str]] = []
    weak: list = []
    everything = normalize(inp.all_text).text
    has_source = bool(lex["source_markers"].search(everything)) or bool(inp.links)
    # an official link, or with no link at all the official channel named in words ("lewat situs
    # resmi kementerian", "aplikasi Mobile JKN"): the post points where it can be checked
    official = any(_official(link.url) for link in inp.links) or \
        (not inp.links and bool(_OFFICIAL_CHANNEL.search(everything)))
    for item in inp.texts:
        if item.role == "alt_text":
            continue
        text = item.norm.text
        for key, rule in (("spread", "H1"), ("vague_source", "H2"), ("alarm", "H3"),
                          ("miracle", "H3")):
            for m in lex[key].finditer(text):
                span, match = _original(item, m)
                if quoted(item.text, span[0]):  # "pesan 'sebarkan sebelum dihapus'" is a quote
                    out.add(finding(rule, item.field, span, match, "info"))
                    continue
                out.add(finding(rule, item.field, span, match))
                fired.add(rule)
        spread = _spread_call(item, lex)
        if spread and not quoted(item.text, spread[0][0]):
            out.add(finding("H1", item.field, spread[0], spread[1]))
            fired.add("H1")
        for m in lex["alarm_caps"].finditer(item.text):
            tail = item.text[m.end():m.end() + 3]
            strong = "!" in tail or sum(c.isupper() for c in item.text) > 0.5 * _letters(item.text)
            f = out.add(finding("H3", item.field, m.span(), m.group(), None if strong else "info"))
            if strong:
                fired.add("H3")
            else:
                weak.append(f)
        shout = _shouting(item.text)
        if shout:
            f = finding("H4", item.field, shout[0], shout[1])
            weak.append(f)
            out.add(f)
            fired.add("H4")
        cue = next((m for m in lex["claim_cues"].finditer(text) if not _named_doctor(item, m)), None)
        if cue and not has_source:
            span, match = _original(item, cue)
            claims.append((item, span, match))
        inst = lex["institutions"].search(text)
        if inst and (lex["cta"].search(text) or lex["scam_hooks"].search(text)) and not official:
            span, match = _original(item, inst)
            out.add(finding("H6", item.field, span, match))
            fired.add("H6")
    for item, span, match in claims[:1]:
        fix = Fix("append_source", {"id": "Tambah baris sumber", "en": "Add a source line"},
                  "caption", None, "Sumber: ")
        f = finding("H5", item.field, span, match, fix=fix)
        weak.append(f)
        out.add(f)
        fired.add("H5")
    score = sum(POINTS[r] for r in fired)
    strong_signals = fired & {"H1", "H2", "H3", "H6"}
    if strong_signals or len({f.rule for f in weak}) >= 2:
        for f in weak:  # weak signals together, or beside a strong one, are more than style
            f.severity = "warn"
    if score >= HOAX_STRONG:
        out.add(finding("H9", None, None, str(score)))


SPREAD_FORMS = ("kan", "i", "in")  # imperative/passive endings: teruskan, kabari, sebarin


def _spread_call(item: TextItem, lex):
    """A spreading verb aimed at an audience within four words ("diteruskan ke grup lain")."""
    roots, audience = lex["spread_roots_set"], lex["audience_set"]
    words = words_with_stems(item.norm.text)
    for i, (word, root, start, end) in enumerate(words):
        # imperative (teruskan, kabari) or passive (diteruskan); active "meneruskan" describes
        affixed = word != root and not word.startswith(("me", "ber", "ter", "pe")) and (
            word.endswith(SPREAD_FORMS) or word.startswith("di"))
        if root not in roots or not (affixed or word in ("share", "forward", "broadcast", "repost")):
            continue
        window = words[i + 1:i + 5]
        if window and window[0][0] in ("lokasi", "loc", "lok", "alamat"):
            continue  # "Bude sudah share lokasi di grup keluarga": where the house is, not a rumour to pass on
        if root == "kirim":  # "dikirim ke seluruh Indonesia": a delivery area, not an audience
            window = [w for j, w in enumerate(window)
                      if not (w[0] in ("seluruh", "semua") and j + 1 < len(window)
                              and window[j + 1][0] in lex["delivery_areas_set"])]
        if any(w in audience or s in audience for w, s, _, _ in window):
            last = window[-1] if window else (word, root, start, end)
            span = item.norm.span(start, last[3])
            return span, item.text[span[0]:span[1]]
    return None


def quoted(text: str, pos: int) -> bool:
    """Inside quotation marks on the same line: an explainer quoting a hoax, not a hoax."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    straight = before.count('"') % 2 == 1 or _single_open(before)
    curly = before.count("“") > before.count("”") or before.count("‘") > before.count("’")
    return straight or curly or before.count("«") > before.count("»")


def _single_open(before: str) -> bool:
    """A single quotation mark left open: one that opens (after a space or the line start, before
    a word) with no closing one (after a word) since. A word's own apostrophe ("Tabe'", "di'",
    "ki'" in Makassar speech, "Jum'at", "Ahmad's") neither opens nor, with none open, closes."""
    open_ = False
    for i, ch in enumerate(before):
        if ch != "'":
            continue
        prev = before[i - 1] if i else " "
        nxt = before[i + 1] if i + 1 < len(before) else "x"  # the flagged span starts there
        if not open_ and (prev.isspace() or prev in "([:") and not nxt.isspace():
            open_ = True
        elif open_ and not prev.isspace():
            open_ = False
    return open_


_OFFICIAL_CHANNEL = re.compile(r"\b(?:situs|web|website|laman|aplikasi|akun|kanal|loket|kantor|call center|nomor)"
                               r" (?:resmi|\w+ resmi)\b|\bmobile jkn\b|\bweb polri\b|\bkanal resmi\b")


def _official(url: str) -> bool:

    host = split(url)[2]
    return host.endswith(".go.id") or host == "go.id"


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _shouted_run(text: str) -> tuple[int, int]:
    """The longest run of words in capitals, so the finding marks the shouting and not a phone
    number or a lower-case aside beside it (the whole text when no word stands out)."""
    runs, run = [], []
    for m in re.finditer(r"[^\W\d_]{2,}|\d+", text):
        if m.group().isupper() and not m.group().isdigit():
            run.append(m)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    if not runs:
        return 0, len(text)
    best = max(runs, key=lambda r: r[-1].end() - r[0].start())
    end = best[-1].end()
    while end < len(text) and text[end] in "!?.":  # the exclamation marks are part of the shout
        end += 1
    return best[0].start(), end


def _shouting(text: str):
    """Excessive capitals (≥60% of ≥20 letters), '!!' or 3+ '!', or 2+ alarm emoji."""
    letters = _letters(text)
    if letters >= 20 and sum(c.isupper() for c in text) >= 0.6 * letters:
        span = _shouted_run(text)
        return span, text[span[0]:span[1]]
    bang = re.search(r"[!¡]{2,}", text)
    if bang:
        start = text.rfind(" ", 0, max(0, bang.start() - 12)) + 1  # begin on a word
        return bang.span(), text[start:bang.end()]
    if text.count("!") >= 3:
        i = text.index("!")
        return (i, i + 1), "!"
    emoji = [e for e in lexicons.hoax()["alarm_emoji"] if e in text]
    if sum(text.count(e) for e in emoji) >= 2:
        i = text.index(emoji[0])
        return (i, i + len(emoji[0])), emoji[0]
    return None


def hate(inp: CheckInput, out: Collector) -> None:
    lex = lexicons.hate()
    for item in inp.texts:
        text = item.norm.text
        groups = [(m, _word_index(text, m.start())) for m in lex.group_pattern.finditer(text)]
        handles = [_word_index(text, m.start()) for m in re.finditer(r"@\w", text)]
        literal_words: set[str] = set()
        matches = list(lex.word_pattern.finditer(text))
        for m in matches:  # one literal use ("anjing pelacak") makes the whole text literal
            entry = lex.entry(m.group())
            if entry and _literal(text, m, entry.literal_context | lex.literal):
                literal_words.add(entry.word)
        for m in matches:
            entry = lex.entry(m.group())
            if entry is None or entry.word in literal_words:
                continue
            span, match = _original(item, m)
            if entry.group:  # a slur names its target group; the message does not repeat the word
                out.add(finding("S9", item.field, span, match, parts={"group": GROUP_NAMES[entry.group]}))
                continue
            severity = "warn" if entry.severity >= 0.5 else "info"
            if _exclamation(item, m, entry):
                severity = "info"  # "anjir keren parah", "gila enak banget": delight, not an insult
            out.add(finding("S1", item.field, span, match, severity))
        for m in lex.dehumanising_pattern.finditer(text):
            entry = lex.entry(m.group())
            extra = entry.literal_context if entry else frozenset()
            if _literal(text, m, lex.literal | extra):
                continue
            at = _word_index(text, m.start())
            near = [g for g, gi in groups if abs(gi - at) <= 4 and g.start() != m.start()]
            if near:
                span = _cover(item, near[0], m)
                out.add(finding("S2", item.field, span, item.text[span[0]:span[1]]))
        found = _violence(text, lex)
        literal_roots = {stem(text[a:b]) for a, b in found
                         if _literal(text, _Span(a, b), lex.violence_literal, after_only=True, width=2)
                         or _modifies(text, a, lex.violence_literal)}
        for start, end in found:
            if stem(text[start:end]) in literal_roots:  # "ikan bakar ... bakar sendiri"
                continue
            if stem(text[start:end]) == "sembelih" and lex.slaughtered.search(text):
                continue  # "pisau sembelih" of the qurban committee's guide
            if stem(text[start:end]) == "mati" and hits(item).has("condolence"):
                continue  # "turut berduka ... penyebab kematian": a death mourned, not threatened
            at = _word_index(text, start)
            words = text.split()
            if not _incitement(item, text, words, at, start, end):
                continue
            window = range(max(0, at - 3), min(len(words), at + 5))
            aimed = any(words[i].strip(".,!?") in lex.targets for i in window if i != at)
            aimed |= any(abs(gi - at) <= 8 for _, gi in groups) or any(abs(h - at) <= 4 for h in handles)
            if aimed:
                span = item.norm.span(start, end)
                out.add(finding("S3", item.field, span, item.text[span[0]:span[1] + 40].split("\n")[0]))


# before a passive violence verb, what makes it a call ("harus dibasmi", "pantas dibantai"); after it, an
# order ("dibakar aja")
_MODAL = frozenset({"harus", "wajib", "pantas", "pantes", "layak", "perlu", "mesti", "kudu", "halal", "boleh", "biar",
                    "supaya", "agar", "sebaiknya", "mending", "mendingan", "akan", "bakal", "siap", "minta", "tolong",
                    "ayo", "yuk", "usul", "gimana", "kalau", "kalo", "ingin", "pengen", "pengin", "mau"})
_ORDER_AFTER = frozenset({"aja", "saja", "ae", "wae", "sekalian", "semua", "rame-rame", "ramai-ramai", "rame", "sampai",
                          "sampe", "semuanya"})
_WARNED = frozenset({"jangan", "jgn", "dilarang", "ojo", "ulah", "stop", "hentikan", "larang"})
_PLACE_BEFORE = frozenset({"kota", "kabupaten", "kab", "kab.", "di", "ke", "dari", "wilayah", "daerah", "raya", "jl",
                           "jl.", "jalan", "jln", "jln."})


def _incitement(item: TextItem, text: str, words: list[str], at: int, start: int, end: int) -> bool:
    """Whether a violence verb could be a threat or a call at all: not a plea against it ("jangan
    ditembak"), not a place ("Kota Serang"), and a passive form only with a modal before it or an
    order after it ("harus dibasmi", "dibakar aja"): "dipukuli 9 tahun", "dibunuh di episode
    kemarin" tell what happened."""
    before = [w.strip(".,!?\"'()") for w in words[max(0, at - 2):at]]
    if _WARNED & set(before) or "tidak boleh" in " ".join(before):
        return False
    span = item.norm.span(start, end)
    original = item.text[span[0]:span[1]]
    if original[:1].isupper() and before and before[-1] in _PLACE_BEFORE:
        return False
    word = text[start:end]
    if word.startswith("di") and stem(word) != word:
        after = [w.strip(".,!?\"'()") for w in words[at + 1:at + 3]]
        near = [w.strip(".,!?\"'()") for w in words[max(0, at - 3):at]]
        return bool(_MODAL & set(near)) or bool(_ORDER_AFTER & set(after)) or text[end:end + 1] == "!"
    return True


# Insults that are also everyday exclamations: with praise near and nobody addressed, delight.
EXCLAIM = frozenset({"anjir", "anjay", "anjrit", "njir", "anjrot", "gila", "gelo", "edan", "buset", "sinting",
                     "anjing", "bangsat", "asu", "jancok", "cok", "mampus"})
GROUP_NAMES = {"etnis": "etnis", "agama": "agama", "gender": "gender", "seksual": "orientasi seksual",
               "disabilitas": "disabilitas", "ras": "ras", "politik": "politik"}


# The mildest of them are interjections first ("anjir, akhirnya ACC!"): delight unless someone is
# addressed, praise or not.
MILD_EXCLAIM = frozenset({"anjir", "anjay", "anjrit", "njir", "anjrot", "gila", "gelo", "edan", "buset"})
# and the mild insults friends trade over a treat or a rematch
BANTER = frozenset({"kampret", "bego", "oon", "dodol", "bodoh", "anjing", "sialan", "goblog", "goblok", "sinting",
                    "jancuk", "jancok", "cok", "gila", "edan"})


def _exclamation(item: TextItem, m, entry) -> bool:
    word = m.group().split()[0] if m.group() else ""
    h = hits(item)
    if h.has("banter") and {word, entry.word} & (MILD_EXCLAIM | BANTER):
        return True  # "anjir lu kalah lagi ... traktir bakso", "dasar kampret ... pokoknya traktir kopi"
    span = item.norm.span(m.start(), m.end())
    if any(x.span[0] <= span[0] < x.span[1] for x in h["literal_phrase"]):
        return True  # "ngebut koyok dioyak setan", "sambel bawang setan", "cacar monyet"
    if word not in EXCLAIM and entry.word not in EXCLAIM:
        return False
    near = [x for x in h["positive"] if abs(x.span[0] - item.norm.span(m.start(), m.end())[0]) <= 60]
    addressed = any(abs(x.span[0] - item.norm.span(m.start(), m.end())[0]) <= 15 for x in h["you_direct"])
    mild = word.lower() in MILD_EXCLAIM or entry.word in MILD_EXCLAIM
    return (bool(near) or mild) and not addressed


def _modifies(text: str, start: int, context: frozenset[str]) -> bool:
    """The word right before, with no punctuation between, names a thing: "ikan bakar"."""
    before = text[:start].rstrip(" ")
    if not before or not before[-1].isalnum():
        return False
    return before.split()[-1] in context


class _Span:
    def __init__(self, start: int, end: int):
        self._s, self._e = start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


def _violence(text: str, lex) -> list[tuple[int, int]]:
    """Violence verbs by form ("bantai") and, after stemming, by root ("dimusnahkan")."""
    spans = {m.span() for m in lex.violence.finditer(text)}
    for word, root, start, end in words_with_stems(text):
        # affixed only ("habis" is sold out), and not a thing's name ("gantungan kunci")
        # nor a noun of the deed ("pembunuhan pertama", "titik darah penghabisan", "pukulan")
        nominal = word.endswith("an") and not word.endswith("kan")
        if root in lex.violence_roots and root != word and word not in lex.violence_nouns and not nominal:
            spans.add((start, end))
    return sorted(spans)


def _literal(text: str, m, context: frozenset[str], after_only: bool = False, width: int = 3) -> bool:
    before = [] if after_only else text[:m.start()].split()[-width:]
    after = text[m.end():].split()[:width]
    words = [w.strip(".,;:!?\"'()") for w in before + after]
    window = " ".join(words)
    return any(w in context for w in words) or any(" " in c and c in window for c in context)


def _cover(item: TextItem, a, b) -> tuple[int, int]:
    start, end = min(a.start(), b.start()), max(a.end(), b.end())
    return item.norm.span(start, end)


def defamation(inp: CheckInput, out: Collector) -> None:
    lex = lexicons.hoax()
    everything = normalize(inp.all_text).text
    if lex["official_sources"].search(everything):
        return
    for item in inp.texts:
        names = [m.span() for m in _NAME.finditer(item.text)]
        if not names:
            continue
        for m in lex["accusations"].finditer(item.norm.text):
            span, match = _original(item, m)
            if any(abs(n[0] - span[0]) <= 90 for n in names):
                out.add(finding("L1", item.field, span, match))
