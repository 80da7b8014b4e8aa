"""Scams (duty 6's security): a hook with a link or a number to reach (U9), a secret code or the
phone itself asked for (U7: an OTP by any name, AnyDesk, "share screen"), a fee for a job or a
selection (U10), a sure profit or a mistaken transfer to send back (U9), someone posing as kin or an
official who needs money now, or extortion (U17), and advice that weakens an account (U11). Cues in
resources/lexicons/cues.toml; a scam warning that quotes the scam is framed down (framing.py)."""

from __future__ import annotations

import re

from app.checklist.collector import Collector
from app.checklist.cues import Hits, hits
from app.checklist.inputs import CheckInput, TextItem
from app.checklist.rules_cues import NEGATED_BEFORE, NOT_IN, WINDOW, add_hit, advised_against
from app.checklist.rules_links import official_url
from app.checklist.rules_privacy import PHONE


def scams(inp: CheckInput, out: Collector) -> None:
    unofficial_link = any(not official_url(link.url) for link in inp.links)
    for item in inp.texts:
        if item.role != "alt_text":
            _security(item, hits(item), out, unofficial_link)


def _security(item: TextItem, h: Hits, out: Collector, unofficial_link: bool) -> None:
    threat = h.first("suspend")
    lures = [x for cue in ("verify_data", "prize", "prize_fee", "login_ask") for x in h[cue]]
    # where the victim is sent: a link, a number or an account
    reach = unofficial_link or bool(PHONE.search(item.text) or _ACCOUNT_GIVEN.search(item.text))
    if (threat and (lures or reach)) or (lures and reach):
        add_hit(out, "U9", item, threat or lures[0])
    remote = [x for x in h["remote_access"]  # "disuruh install AnyDesk"; "tidak akan pernah suruh ... AnyDesk" warns
              if not h.has("awareness") and not advised_against(item.text, x.span[0], 60)
              and not _NEVER_ASKS.search(item.text[max(0, x.span[0] - 120):x.span[0]])]
    for hit in h["code_request"] + remote:  # "TIDAK minta PIN, OTP" asks for nothing
        if not NOT_IN.search(item.text[hit.span[0]:hit.span[1]]) \
                and not NEGATED_BEFORE.search(item.text[max(0, hit.span[0] - 30):hit.span[0]]):
            add_hit(out, "U7", item, hit)
            break
    more = h["job_fee_more"] + (h["job_fee_sentence"] if h.has("job_context") else [])
    fees = [x for x in h["job_fee"] + more if not _FEE_NEGATED.search(item.text[max(0, x.span[0] - 20):x.span[1]])]
    for hit in fees[:1]:
        add_hit(out, "U10", item, hit)
    mistaken = h.near("mistaken_transfer", "send_back", WINDOW * 2)  # "salah transfer ... kembalikan ke nomor"
    # "JANGAN kembalikan ke nomor ..." is the warning
    if mistaken and not out.fired("U9") and not advised_against(item.text, mistaken[1].span[0]):
        add_hit(out, "U9", item, mistaken[1])
    posing = None  # "Ma ini aku, nomor lama ilang ... SEKARANG", "Ibu, ini dari Unit Reskrim ... malam ini juga"
    if h.has("money_ask", "urgent") and not h.has("awareness") and _MONEY.search(item.text):
        posing = h.first("new_number") or h.first("claimed_caller")
    elif h.has("new_number") and any(not NEGATED_BEFORE.search(item.text[max(0, x.span[0] - 30):x.span[0]])
                                     for x in h["money_ask"]):  # a new number and money, no hurry: a weak sign
        add_hit(out, "U9", item, h.first("new_number"))
    extorted = [x for x in h["extortion"] if not h.has("awareness") and not advised_against(item.text, x.span[0], 60)
                and not _NEVER_ASKS.search(item.text[max(0, x.span[0] - 120):x.span[0]])]
    for hit in [x for x in (posing, *extorted) if x][:1]:  # "... uang damai"; "polisi tara pernah minta" warns
        add_hit(out, "U17", item, hit)
    if not out.fired("U9"):  # "untung pasti 30% per minggu"; "jangan tergiur ... untung pasti" is the warning
        sure = [x for x in h["sure_profit"] if not advised_against(item.text, x.span[0], 60) and not h.has("awareness")]
        for hit in sure[:1]:
            add_hit(out, "U9", item, hit)
    for hit in h["unsafe_advice"]:  # "matiin aja verifikasi 2 langkah"; "jangan pernah matikan ..." is the advice
        if not advised_against(item.text, hit.span[0]):
            add_hit(out, "U11", item, hit)
            break


# "peserta tidak perlu transfer biaya apa pun": the notice of an honest selection
_FEE_NEGATED = re.compile(r"(?i)\b(?:tidak|tak|gak|ga|nggak|jangan|jgn|bukan|tanpa)\s+(?:\w+\s+){0,2}"
                          r"(?:transfer|tf|setor|bayar|dipungut)")
# "orang bank tidak akan pernah suruh kitorang pasang AnyDesk atau ...": what is never asked, in that sentence
_NEVER_ASKS = re.compile(r"(?i)\b(?:tidak|tak|gak|ga|nggak|ndak|bukan|tara|tra|ora|teu|kagak)\s+"
                         r"(?:akan\s+)?(?:pernah\s+)?"
                         r"(?:suruh|minta|meminta|menyuruh|nyuruh)\b[^.!?\n]*$")
# money named, not "kirim doa": an amount, an account, "uang", "pulsa"
_MONEY = re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:jt|juta|rb|ribu|ewu|k)\b|\brp\.?\s?\d"
                    r"|\b(?:rekening|rek|uang|duit|dana|biaya|pitih|pulsa|saldo)\b")
_ACCOUNT_GIVEN = re.compile(r"(?i)\b(?:rekening|rek|no\.?\s*rek)\b[^\n]{0,40}?\d[\d -]{7,}")
