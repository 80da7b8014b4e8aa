"""Framing that lowers a finding instead of raising it, recorded so a reviewer sees why.

A hoax phrase inside a fact-check ("Pesan 'sebarkan ke semua grup' itu hoaks"), a slur quoted
in an arrest report or in an "avoid words like ..." lesson, an .apk named in a scam warning and
"jangan dibagikan dulu" are the post doing duty 5, not breaking it. Such a finding stays in the
report at `info`, with `lowered` saying which frame lowered it; hate lowered this way leaves the
S4 question (quotation, news, satire or education?) for the person to answer.
"""

from __future__ import annotations

import re

from app.checklist.cues import hits
from app.checklist.inputs import CheckInput, TextItem
from app.checklist.model import Finding
from app.checklist.rules_privacy import selling
from app.checklist.rules_text import quoted

# frame cue -> (categories it lowers, rules it lowers whatever their category, why)
FRAMES = {
    "debunk": ({"hoax"}, {"E8"}, {"id": "dibingkai sebagai klarifikasi atau cek fakta",
                                  "en": "framed as a debunk or fact-check"}),
    "education": ({"hate", "empathy"}, set(), {"id": "dibingkai sebagai edukasi yang mengutip",
                                                "en": "framed as education that quotes"}),
    "unity": (set(), {"K2"}, {"id": "ajakan bersatu dan saling menghormati",
                              "en": "a call to unity and mutual respect"}),
    "match_talk": (set(), {"S3"}, {"id": "laporan atau obrolan pertandingan, bukan ancaman",
                                   "en": "a match report or match talk, not a threat"}),
    "lesson": ({"empathy"}, {"S3", "S8"}, {"id": "dibingkai sebagai pelajaran sejarah atau etika",
                                     "en": "framed as a history or ethics lesson"}),
    "news": ({"hate", "empathy"}, {"H6", "H13", "H18", "P13", "P15", "P16"},
             {"id": "dibingkai sebagai berita atau laporan penindakan",
              "en": "framed as news or a report of an arrest"}),
    "helpline": ({"hoax", "hate", "empathy"}, set(), {"id": "pesan pencegahan bunuh diri dengan layanan bantuan",
                                           "en": "a suicide-prevention message with a helpline"}),
    "awareness": (set(), {"U1", "U4", "U7", "U9", "U10", "U17", "H3", "H4", "H6", "H13", "P15", "K4", "E4", "E18"},
                  {"id": "dibingkai sebagai peringatan penipuan", "en": "framed as a scam warning"}),
    "transparency": (set(), {"H1"},
                     {"id": "laporan yang akan dibagikan (donasi, rapor), bukan ajakan menyebarkan",
                      "en": "a report that will be handed out (donations, school reports), not a call to spread"}),
    "negation": ({"hoax"}, set(), {"id": "mengajak memeriksa dulu, bukan menyebarkan",
                                   "en": "asks people to check first, not to spread"}),
    "asks_verify": ({"hoax"}, set(), {"id": "bertanya apakah kabar itu benar, bukan menyebarkannya",
                                      "en": "asks whether the news is true, rather than spreading it"}),
    "satire": ({"hoax"}, set(), {"id": "lelucon atau satire yang menyebut dirinya begitu",
                                 "en": "a joke or satire that says it is one"}),
    "medical": (set(), {"E9"}, {"id": "pertolongan pertama atau pelajaran medis, bukan detail untuk mengejutkan",
                                 "en": "first aid or medical teaching, not detail to shock"}),
    "banter": (set(), {"E8", "E11", "E12", "E18", "S1", "K2"},
               {"id": "candaan antarteman (traktiran, rematch, \"tetep sayang\")",
                "en": "banter between friends (a treat owed, a rematch, \"love you still\")"}),
    "fiction_sport": (set(), {"E9", "H11"}, {"id": "cerita film, pertandingan atau permainan, bukan kejadian nyata",
                                            "en": "a film, a match or a game, not a real event"}),
    "fiction": (set(), {"S3", "E9"}, {"id": "cerita film, anime, novel atau permainan, bukan ancaman nyata",
                                     "en": "a film, anime, novel or game story, not a real threat"}),
    "prayer": (set(), {"E9"}, {"id": "permohonan doa untuk kesembuhan, bukan detail untuk mengejutkan",
                               "en": "a request to pray for recovery, not detail to shock"}),
    "lost_found": (set(), {"H1", "P14", "E8"}, {"id": "mencari hewan atau barang yang hilang, bukan pesan berantai",
                                   "en": "looking for a lost pet or thing, not a chain message"}),
}
PROMO = {"id": "promosi toko atas barangnya sendiri (\"100% asli\", \"bantu sebarkan\"), bukan kabar",
         "en": "a shop promoting its own goods (\"100% genuine\", \"please share\"), not news"}
PROMOTABLE = {"H1", "H4", "H5", "H10", "H13"}
HOAX_SIGNS = {"H1", "H2", "H3", "H4", "H5", "H6", "H10", "H11", "H12", "H13"}
SIGNS_LOWERED = {"id": "tanda-tanda hoaks yang dijumlahkan sudah diturunkan",
                 "en": "the hoax signs it adds up were lowered"}
DENIED = {"id": "disangkal (\"tidak ada ...\")", "en": "denied (\"there is no ...\")"}
DENIABLE = {"H3", "H10", "H11", "H12", "H13", "H15", "H17"}
QUOTED = {"id": "berada dalam kutipan", "en": "inside a quotation"}
NEGATED = {"id": "didahului larangan (\"jangan ...\")", "en": "preceded by a negation (\"do not ...\")"}
TOLD = {"id": "meminta kabar untuk si penulis (\"kabari saya\"), bukan ajakan menyebarkan",
        "en": "asks to be told (\"let me know\"), not to spread"}
FIGURATIVE = {"id": "kiasan untuk makanan (\"obat galau\", \"bikin nambah nasi\"), bukan klaim kesehatan",
              "en": "a figure of speech about food (\"a cure for the blues\"), not a health claim"}
EVERYDAY = {"id": "\"katanya\" tentang hal sehari-hari (antrean, cuaca, tempat makan), bukan bahan hoaks",
            "en": "\"katanya\" about everyday things (a queue, the weather, a food stall), not the stuff of rumours"}
ANSWERED = {"id": "jawaban yang diterima si penulis setelah bertanya atau melapor",
            "en": "the answer the writer got after asking or reporting"}
NOT_FROM = {"id": "menolak sumber itu (\"bukan info dari grup\")",
            "en": "turns that source down (\"not news from a group\")"}
# "bukan info dari grup WA", "jangan percaya kabar dari ...": the source named to be refused
_NOT_FROM = re.compile(r"(?i)\b(?:bukan|jangan percaya|jgn percaya|jangan termakan|abaikan)\W+(?:\w+\W+)?$")
QUOTE_REACH = 40  # characters between "seperti"/"misalnya" and the phrase it introduces
LOWERABLE = {"hoax", "hate", "empathy", "security"}
# a file's name is written in quotes: "Silakan buka 'Surat Undangan.pdf.apk'" quotes nobody, it is the lure
NAMED_AS_WRITTEN = {"U4"}
_OPEN_IT = re.compile(r"(?i)\b(?:buka|bukak|klik|install|instal|download|unduh|lihat|cek|silakan|silahkan|melalui|"
                      r"lewat|via)\b[^.!?\n]{0,40}$")
NEVER = {"P1", "P2", "P3", "P5", "U3", "E2"}  # a real NIK, a lookalike domain or suicide is not a frame matter
NAMED_FAKE = {"id": "alamat itu sendiri disebut palsu (\"... itu phishing\", \"bukan milik ...\")",
              "en": "the address itself is called fake (\"... is phishing\", \"not owned by ...\")"}
# a lookalike named in order to warn: "Situs sapertos bansos-kemensos.online SANES milik pamarentah",
# "Email '... login di google-storage-bonus.net' itu phishing" (the address is still shown, at info)
_FAKE_AFTER = re.compile(r"(?i)^\S*['\"”’]?\s*(?:\w+\s+){0,7}?(?:(?:itu|adalah|merupakan|ieu|eta)\s+"
                         r"(?:situs\s+|link\s+)?(?:phishing|palsu|penipuan|scam|hoaks|bodong)\b"
                         r"|(?:bukan|sanes|dudu)\s+(?:milik|punya|situs resmi|kagungan)\b)")
_FAKE_BEFORE = re.compile(r"(?i)\b(?:situs|link|tautan|domain|alamat)\s+(?:palsu\s+)?"
                          r"(?:seperti|sapertos|semacam|misalnya)\s+$"
                          # a list under a heading that calls it fake: "contoh link PALSU yang lagi beredar: a, b, c"
                          r"|\b(?:link|situs|tautan|domain|alamat|web|website)\s+(?:yang\s+|yg\s+)?"
                          r"(?:palsu|phishing|penipuan|bodong|abal-abal)\b(?:[^.!?\n]|\.(?=\S)){0,100}$")


def lower(inp: CheckInput, findings: list[Finding]) -> None:
    items = {t.field: t for t in inp.texts}
    frames = {name for name in FRAMES if any(_frame(t, name) for t in inp.texts)}
    for f in findings:
        item = items.get(f.field)
        if f.rule == "U3" and item is not None and f.span and _named_fake(item, f.span):
            f.severity, f.lowered = "info", NAMED_FAKE
            continue
        if f.rule in NEVER or f.severity == "info" or (
                f.category not in LOWERABLE and not any(f.rule in rules for _, rules, _ in FRAMES.values())):
            continue
        item = items.get(f.field)
        reason = None
        if item is not None and f.span and _quoted(item, f.span) and not (
                f.rule in NAMED_AS_WRITTEN and _OPEN_IT.search(item.text[max(0, f.span[0] - 50):f.span[0]])):
            reason = QUOTED
        elif item is not None and f.rule == "H1" and f.span and _negated(item, f.span):
            reason = NEGATED
        elif item is not None and f.rule == "H1" and f.span and _told_me(item, f.span):
            reason = TOLD
        elif item is not None and f.rule == "H2" and f.span and _answered(item, f.span):
            reason = ANSWERED
        elif item is not None and f.rule == "H2" and f.span and _refused(item, f.span):
            reason = NOT_FROM
        elif item is not None and f.rule == "H2" and f.span and _everyday_hearsay(inp, item, f.span):
            reason = EVERYDAY
        elif item is not None and f.rule in ("H3", "H5", "H11") and f.span and _figurative(item, f.span):
            reason = FIGURATIVE
        elif item is not None and f.rule in DENIABLE and f.span and _denied(item, f.span):
            reason = DENIED
        elif item is not None and f.rule in PROMOTABLE and f.span and _own_goods(item, f):
            reason = PROMO
        else:
            for name in frames:
                categories, rules, why = FRAMES[name]
                if f.category in categories or f.rule in rules:
                    reason = why
                    break
        if reason:
            f.severity = "info"
            f.lowered = reason
    sum_follows_signs(findings)


def sum_follows_signs(findings: list[Finding]) -> None:
    """The sum of hoax signs (H9) stands no more than its signs: all of them lowered, it goes too."""
    if not any(f.rule in HOAX_SIGNS and f.severity != "info" for f in findings):
        for f in findings:
            if f.rule == "H9" and f.severity != "info":
                f.severity, f.lowered = "info", SIGNS_LOWERED


def _own_goods(item: TextItem, f: Finding) -> bool:
    """A shop's own post ("Keripik Tempe ... 100% asli Malang ... Order WA ... Sebarkan ya kak") or a
    buyer's review ("100% asli sesuai foto, seller fast respon"): the claim is about goods."""
    h = hits(item)
    if f.rule == "H10":
        said = item.text[f.span[0]:f.span[1]]
        before = item.text[max(0, f.span[0] - 25):f.span[0]].lower()
        return bool(_GOODS_CLAIM.match(said)) and not _NEWS_WORD.search(before) and (h.has("shop") or h.has("business"))
    # not a giveaway that asks for forwards: "Telkomsel bagi-bagi pulsa ... teruskan pesan ini ke 15 teman"
    return (selling(item) or bool(_SALE.search(item.text))) and h.has("shop") and h.has("business") and not any(
        h.has(cue) for cue in ("rumour_topic", "aid_word", "chain_closer", "prize_fee"))


# a sale with no price written: "FLASH SALE 12.12 ... Diskon 30% hari ini aja ... WA toko"
_SALE = re.compile(r"(?i)\b(?:diskon|flash sale|sale|ready stock|checkout|open order|pre-?order|order)\b")
_GOODS_CLAIM = re.compile(r"(?i)100\s?%\s?(?:asli|ori|original)")
_NEWS_WORD = re.compile(r"\b(?:info|infonya|kabar|berita|video|foto|pesan|katanya|ini)\b")


def _named_fake(item: TextItem, span: tuple[int, int]) -> bool:
    text = item.text
    after, before = text[span[1]:span[1] + 80], text[max(0, span[0] - 120):span[0]]
    if _FAKE_AFTER.search(after) or _FAKE_BEFORE.search(before):
        return True
    # the scam's message quoted in a post that debunks it or warns of it: "[CEK FAKTA] Beredar pesan
    # \"... klik bpjs-bantuan.com\". Faktanya ... hoaks", "chat ini PENIPUAN: \"... refund-lazada.co\""
    h = hits(item)
    if h.has("debunk") and _NOT_TRUE.search(text):  # "[HOAKS] ... mengisi formulir di tautan bri-tarifbaru.com"
        return True
    return quoted(text, span[0]) and (h.has("debunk") or h.has("awareness") or bool(_CALLED_FAKE.search(text)))


_NOT_TRUE = re.compile(r"(?i)\b(?:tidak benar|hoaks|hoax|cek fakta|disinformasi|misinformasi)\b")
_CALLED_FAKE = re.compile(r"\b(?:PENIPUAN|PALSU|HOAKS|HOAX|PHISHING|SCAM)\b"
                          r"|(?i:\b(?:ini|itu) (?:penipuan|palsu|hoaks|phishing)\b)")


def _frame(item: TextItem, name: str) -> bool:
    h = hits(item)
    if name == "helpline":  # "ceritakan" to a counsellor, not "yang cerita ke om saya" in a rumour
        if h.has("ableism"):  # "rutin ke psikiater ... dasar orang gila": gossip that insults, not a helpline
            return False
        return any(item.text[x.span[0]:x.span[1]].lower() not in _WEAK_HELP for x in h["helpline"]) or (
            h.has("helpline") and h.has("mental_health"))
    if name == "match_talk":  # "tunggu mereka lewat flyover ... bawa batu" is a threat, match or not
        return h.has(name) and not h.has("street_threat")
    if name != "debunk":
        return h.has(name)
    denials = h["not_debunk"]
    return any(not any(_overlap(d.span, x.span) for x in denials) for d in h["debunk"])


def _quoted(item: TextItem, span: tuple[int, int]) -> bool:
    if quoted(item.text, span[0]):
        return True
    return any(0 <= span[0] - q.span[1] <= QUOTE_REACH for q in hits(item)["quote_intro"]
               if not _CONTENTS_ONLY.fullmatch(item.text[q.span[0]:q.span[1]])
               or re.match(r"\s*[:\"“'‘]", item.text[q.span[1]:]))


# "isinya" and "berisi" introduce a quotation only before a colon or a quote mark: "kos2an yg isinya LGBT"
_CONTENTS_ONLY = re.compile(r"(?i)isinya|berisi")


def _negated(item: TextItem, span: tuple[int, int]) -> bool:
    return any(_overlap(n.span, span) or 0 <= span[0] - n.span[1] <= 3 for n in hits(item)["negation"])


def _refused(item: TextItem, span: tuple[int, int]) -> bool:
    return bool(_NOT_FROM.search(item.text[max(0, span[0] - 24):span[0]]))


def _told_me(item: TextItem, span: tuple[int, int]) -> bool:
    return any(_overlap(t.span, span) for t in hits(item)["tell_me"])


def _answered(item: TextItem, span: tuple[int, int]) -> bool:
    return any(_overlap(a.span, span) for a in hits(item)["asked_first"])


def _figurative(item: TextItem, span: tuple[int, int]) -> bool:
    return any(_overlap(x.span, span) or 0 <= x.span[0] - span[1] <= 30 or 0 <= span[0] - x.span[1] <= 30
               for x in hits(item)["figurative_cure"])


# helpline words too common to frame a text alone: with a mental-health word they do
_WEAK_HELP = frozenset({"cerita", "ceritakan", "butuh bantuan", "perlu bantuan", "tenaga profesional", "minta bantuan",
                        "pertolongan",
                        "jangan anggap remeh", "jangan remehkan", "jangan sepelekan", "jangan dianggap remeh"})
_HEARSAY = frozenset({"katanya", "katanya sih", "katanye", "katane", "jare", "jarene", "cenah", "ceunah"})


def _everyday_hearsay(inp: CheckInput, item: TextItem, span: tuple[int, int]) -> bool:
    """A bare "katanya" in a post with nothing rumours are made of: no health, disaster, state,
    crime, money or food-scare word anywhere in it."""
    said = item.text[span[0]:span[1]].lower().strip(" ,.!?")
    return said in _HEARSAY and not any(hits(t).has("rumour_topic") for t in inp.texts)


def _denied(item: TextItem, span: tuple[int, int]) -> bool:
    """A denial just before the span, or a denied cause inside it ("vaksin HPV tidak menyebabkan
    kemandulan")."""
    h = hits(item)
    return any(0 <= span[0] - d.span[1] <= 3 for d in h["denial"]) or \
        any(_overlap(d.span, span) for d in h["denied_harm"])


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
