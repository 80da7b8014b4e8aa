"""Physical safety as duty 6's security (issue 12: tune20-25 counted it so): a password, PIN or
login written out (U12), a house announced empty or where its key is hidden (U13), someone
else's lone routine with the hour and the route (U14; one's own too, on a lonely way or
carrying cash), and dangerous first aid or household practice told as safe, or a dangerous stunt
posted as a dare or as content (U15), and a key's teeth, a ticket's barcode or an access card
shown whole (U16). Cues in resources/lexicons/cues.toml (key_hidden, empty_home,
home_alone, weak_lock, away_trip, alone, routine, lonely_way, clock, hazard, reassure, stunt, dare)."""

from __future__ import annotations

import re

from app.checklist.collector import Collector
from app.checklist.cues import Hits, hits
from app.checklist.inputs import CheckInput, TextItem
from app.checklist.rulebook import finding
from app.checklist.rules_cues import WINDOW, add_hit, advised_against
from app.checklist.rules_privacy import ADDRESS, STREET


def safety(inp: CheckInput, out: Collector) -> None:
    for item in inp.texts:
        if item.role != "alt_text":
            _physical(item, hits(item), out)


def _physical(item: TextItem, h: Hits, out: Collector) -> None:
    """Credentials posted (U12), a house said to stand empty (U13), someone's lone routine (U14)
    and unsafe first aid or household practice told as safe (U15)."""
    text = item.text
    credential = next((m for m in CREDENTIAL.finditer(text)
                       if not _EXAMPLE.search(text[max(0, m.start() - 60):m.start()])
                       and not advised_against(text, m.start())), None)
    if credential:  # "login aja: NIM 2107112045 pass Bebek@2003", "PIN ATM mama 271104"
        out.add(finding("U12", item.field, credential.span(), credential.group()))
    if not h.has("awareness"):
        timed = h.has("clock") or CLOCK.search(text)
        away = h.first("key_hidden") or (h.first("empty_home") if h.has("away_trip") else None) \
            or (h.first("empty_home_far") if h.has("own_trip") else None) \
            or (h.first("home_alone") if h.has("away_trip") or timed else None) \
            or (h.first("weak_lock") if h.has("away_trip") or h.has("alone") or h.has("home_alone") else None)
        if away and not advised_against(text, away.span[0]) and not _HABITUAL.search(text[away.span[0]:away.span[1]]):
            add_hit(out, "U13", item, away)  # "Rumah di Jl. Anggrek 12 kosong, kunci cadangan di bawah pot"
        # somebody else's, or one's own on a lonely way or with cash: "jam 5 jogging sendirian lewat jalur sepi"
        # one's own too, from a home given: "dr rumah (Jl. Kenanga no 14)"
        exposed = h.named(weak=True) or _THIRD.search(text) or h.has("lonely_way") \
            or STREET.search(text) or ADDRESS.search(text)
        if h.has("alone", "routine") and timed and exposed:  # "tiap pagi dia jogging sendirian ... jam 5"
            add_hit(out, "U14", item, h.first("routine"))
        elif h.has("alone", "lonely_way") and timed and _NOW.search(text):  # "LIVE ... sendirian nunggu bus ... jam 11"
            add_hit(out, "U14", item, h.first("alone"))
        elif (cash := h.first("carry_cash")) and (timed or h.has("away_trip") or _RIDE.search(text)) \
                and not advised_against(text, cash.span[0]):  # "besok subuh naik bus ... bawa duit tunai 40 juta"
            add_hit(out, "U14", item, cash)
    shown = next((x for x in h["shown_copyable"] if not advised_against(text, x.span[0])
                  and not _COVERED.search(text[max(0, x.span[0] - 30):x.span[1] + 30])), None)
    if shown and not h.has("awareness"):  # "boarding pass-ku, barcodenya sengaja gak ditutup"
        add_hit(out, "U16", item, shown)
    if not h.has("debunk") and not h.has("awareness"):
        for hit in h["hazard"]:  # "siram bensin sebanyak-banyaknya", "kasih sedikit sirup obat batuk aja biar ngantuk"
            if h.has("reassure") and not advised_against(text, hit.span[0]) \
                    and any(abs(hit.span[0] - r.span[0]) <= WINDOW for r in h["reassure"]):
                add_hit(out, "U15", item, hit)
                return
        for hit in h["stunt"]:  # "tusuk powerbank bekas pake obeng trus liat apinya, seru bgt buat konten"
            if h.has("dare") and not advised_against(text, hit.span[0]):
                add_hit(out, "U15", item, hit)
                return


# a password, PIN or login written out: a label, then a value with a digit in it (or "email / value")
CREDENTIAL = re.compile(r"(?i)\b(?:pass(?:word)?(?:-?nya)?|pw|pwd|sandi(?:nya)?|kata sandi(?:nya)?)\s*[:=]?\s*"
                        # a quoted one is an example: "Password 'sayang123' itu bukan password"
                        r"(?!['\"“‘])(?=[^\s,]*\d)[^\s,]{4,24}"
                        r"|\bpin(?:\s+(?:atm|m-?banking|kartu|debit|hp|brimo|bca))?(?:-?nya)?(?:\s+[a-z]+){0,3}\s*[:=]?\s*\d{4,8}\b"
                        # "ganti password IG jadi 'ayangku4ever'": quoted, but set as one's own
                        r"|\b(?:password|sandi|pin)\s+(?:\w+\s+){0,2}(?:jadi|diganti|ganti ke|menjadi)\s*"
                        r"['\"“‘][^'\"”’\s]{4,24}['\"”’]"
                        r"|[\w.+-]+@[\w-]+\.[\w.]+\s*(?:/|\||,)\s*(?=[^\s,]*\d)[^\s,]{4,24}"
                        # "password ig, jd gw tulis disini aja: rahmat_ganteng99 / Rahmat1999!"
                        r"|\b(?:password|sandi|pw|login|akun)\b[^.\n]{0,60}?[:=]\s*[\w.@-]{3,30}\s*/\s*(?=[^\s,]*\d)[^\s,]{4,24}"
                        # a PIN or a code noted down in the post: "PIN ATM ... anak sy 170815 ... sy catet aja disini"
                        r"|\b(?:pin|password|sandi|kode|otp)\b[^\n]{0,80}?\b\d{4,8}\b(?=[^\n]{0,80}\b(?:catet|catat|tulis|"
                        r"simpan|biar (?:gk|gak|ga|nggak|ngga) lupa))"
                        # a booking code opens the booking: "kode booking XK7PQ2 a.n. Maria Rumbiak"
                        r"|\b(?:kode booking|booking code|kode pemesanan|kode tiket|pnr|booking id|no\.? booking)"
                        r"\s*[:=]?\s*"
                        r"(?-i:(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8})\b"
                        # a card's security code or expiry beside its number: "5264 1120 8873 0019 exp 08/29"
                        r"|\b(?:cvv|cvc|cvv2|kode keamanan kartu)(?:-?nya)?\s*[:=]?\s*\d{3,4}\b"
                        r"|\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}\b[^.\n]{0,12}?"
                        r"\b(?:exp|expired|masa berlaku|valid thru)\b")
_EXAMPLE = re.compile(r"(?i)\b(?:contoh|misal|misalnya|seperti|kayak|semacam|lemah|mudah ditebak|gampang ditebak|"
                      r"jangan pakai|hindari)\b[^.!?\n]*$")
# a house said to be left from time to time is no announcement: "CCTV untuk rumah yang sering ditinggal mudik"
_HABITUAL = re.compile(r"(?i)\b(?:sering|biasa|biasanya|kalau|kalo|ketika|setiap|tiap)\b")
# a code or key shown only in part: "barcode-nya sudah kututup", "QR disensor"
_COVERED = re.compile(r"(?i)\b(?:(?<!gak )(?<!ga )(?<!nggak )(?<!tidak )ditutup|kututup|tutupi|disensor|"
                      r"sensor|diblur|blur|dicoret|disamarkan)\b")
_NOW = re.compile(r"(?i)\b(?:lagi|sedang|sekarang|live|skrg|otw)\b")
_RIDE = re.compile(r"(?i)\b(?:naik|nyetir|motoran|otw|berangkat|pulang)\b")
CLOCK = re.compile(r"(?i)\b(?:jam|pukul|pkl)\.?\s*\d")
# somebody else: "dia", "anaknya", "istrinya", "neneknya" (the routine is not the writer's own)
_THIRD = re.compile(r"(?i)\b(?:dia|doi|beliau|\w+nya)\s+(?:tiap|setiap|biasa|biasanya|selalu|sering|pulang|lewat|"
                    r"jogging|nunggu|naik|sendirian)\b")
