"""Link and account-security rules for duty 6: shorteners (U1), plain http (U2), lookalike and
punycode domains (U3), IP literals, '@' tricks, .apk files and free hosting (U4), QR codes with
no written address (U6), and requests for OTP, PIN or password (U7)."""

from __future__ import annotations

import re
from functools import lru_cache

from app.checklist import lexicons, urls
from app.checklist.collector import Collector
from app.checklist.inputs import CheckInput
from app.checklist.model import Fix
from app.checklist.rulebook import finding


def links(inp: CheckInput, out: Collector) -> None:
    lex = lexicons.links()
    shorteners = set(lex["shorteners"])
    for link in inp.links:
        scheme, userinfo, host, _port, path = urls.split(link.url)
        if not host:
            continue
        reg = urls.registrable(host) or host
        field, span = link.field, link.span
        if reg in shorteners or host in shorteners:
            fix = Fix("replace_link", {"id": "Ganti dengan alamat lengkap", "en": "Use the full address"},
                      field, span, None)
            out.add(finding("U1", field, span, link.url, fix=fix))
        if scheme == "http":
            fix = Fix("https", {"id": "Pakai https://", "en": "Use https://"}, field, span,
                      "https://" + link.url.split("://", 1)[1])
            out.add(finding("U2", field, span, link.url, fix=fix))
        lookalike = _lookalike_seen(host, reg)
        if lookalike:
            out.add(finding("U3", field, span, link.url))
        trick = _trick(host, userinfo, path, reg, lex)
        if trick:
            severity = "block" if trick in ("@", ".apk") else "warn"
            out.add(finding("U4", field, span, link.url, severity))
        if link.source == "qr" and not _written(link.url, _written_text(inp)):
            out.add(finding("U6", field, None, link.url))
    _apk_files(inp, out)
    _secrets(inp, out, lex)


def _official(host: str, official: set[str]) -> bool:
    return host.endswith(".go.id") or any(host == d or host.endswith("." + d) for d in official)


def official_url(url: str) -> bool:
    """The link goes to a .go.id service or to a bank's, marketplace's or wallet's own site."""
    return _official(urls.split(url)[2], set(lexicons.links()["official"]))


@lru_cache(maxsize=4096)
def _lookalike_seen(host: str, reg: str) -> bool:
    """_lookalike against the bundled lexicon, once per host in a process: the same few hosts
    come back in every caption the editor re-checks, and each costs ~150 edit distances."""
    lex = lexicons.links()
    return _lookalike(host, reg, set(lex["official"]), lex["brands"])


def _lookalike(host: str, reg: str, official: set[str], brands: dict) -> bool:
    if _official(host, official):
        return False
    decoded = urls.decode_idn(host)
    if "xn--" in host or not decoded.isascii():
        return True
    plain = re.sub(r"[^a-z0-9]", "", reg.split(".")[0])
    for domain in official:
        core = domain.split(".")[0]
        if reg != domain and len(core) >= 4 and urls.distance(reg, domain, 2) <= 2:
            return True
        if plain != core and len(core) >= 5 and urls.distance(plain, core, 1) <= 1:
            return True
    labels = re.split(r"[.-]", host)
    for brand, homes in brands.items():
        if len(brand) >= 5 and any(label != brand and urls.distance(label, brand, 1) <= 1
                                   for label in labels):
            return True  # "mandlri", "tokopedla": one letter off a brand
        if brand in labels and not any(host == h or host.endswith("." + h) for h in homes):
            # "bca" as a whole label of another site: bca.co.id.login-aman.com, bri-co-id.net
            if reg not in homes:
                return True
    return False


def _trick(host: str, userinfo: str, path: str, reg: str, lex) -> str | None:
    if userinfo:
        return "@"
    if path.lower().rstrip("/").endswith(".apk") or host.endswith(".apk"):
        return ".apk"
    if urls.is_ip(host):
        return "ip"
    if len(urls.subdomain_labels(host)) > 4:
        return "subdomains"
    if reg in lex["free_hosts"] or any(host.endswith("." + f) for f in lex["free_hosts"]):
        words = re.split(r"[.-]", host)
        if any(b in words or any(b in w for w in words) for b in lex["brands"]):
            return "free-host"
    return None


APK = re.compile(r"(?i)(?<![\w/.-])[\w\-. ]{0,60}?\.apk\b")


def _apk_files(inp: CheckInput, out: Collector) -> None:
    """An app file offered in a message ('Undangan_Pernikahan.apk') installs malware."""
    for item in inp.texts:
        for m in APK.finditer(item.text):
            if not any(link.span and link.span[0] <= m.start() < link.span[1] for link in inp.links):
                out.add(finding("U4", item.field, m.span(), m.group().strip(), "block"))


def _written_text(inp: CheckInput) -> str:
    """The caption and every text drawn on the poster: an address printed beside the QR code
    is a text alternative too."""
    drawn = " ".join(" ".join(b.lines) for b in inp.report.text_boxes) if inp.report else ""
    return f"{inp.caption} {drawn}"


def _written(url: str, caption: str) -> bool:
    host = urls.split(url)[2]
    return bool(host) and host.removeprefix("www.") in caption.lower()


_PINNED_BY = re.compile(r"\b(?:yang|yg)\s+(?:aku|saya|gue|gw|admin|kami|udah|sudah)\s+$")


def _secrets(inp: CheckInput, out: Collector, lex) -> None:
    for item in inp.texts:
        text = item.norm.text
        for m in lex["secrets_pattern"].finditer(text):
            window = text[max(0, m.start() - 60):m.end() + 40]
            words = set(re.findall(r"\w+", window))
            before = text[max(0, m.start() - 80):m.start()]
            if not words & lex["secret_asks"]:
                continue
            if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", before) for n in lex["secret_negations"]):
                continue
            if m.group().strip() == "pin" and (re.match(r"\W+di\W", text[m.end():]) or _PINNED_BY.search(
                    text[max(0, m.start() - 24):m.start()])):
                continue  # "kami pin di highlight IG", "cek nama di list yang aku pin": a post pinned, not a PIN
            span = item.norm.span(m.start(), m.end())
            out.add(finding("U7", item.field, span, item.text[span[0]:span[1]]))
