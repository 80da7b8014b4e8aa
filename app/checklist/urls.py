"""URL parsing for the link rules: the registrable domain (with the Public Suffix List that
tldextract ships, never fetched at run time), IDN decoding and edit distance."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit


@lru_cache(maxsize=1)
def _extractor():
    import tldextract

    # suffix_list_urls=() and no cache dir: use the snapshot inside the package, offline.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=2048)
def split(url: str):
    """(scheme, userinfo, host, port, path) of a URL written with or without a scheme."""
    text = url.strip().rstrip(".,;:!?)")
    if "://" not in text:
        text = "http://" + text if not text.lower().startswith("www.") else "http://" + text
        scheme = ""
    else:
        scheme = text.split("://", 1)[0].lower()
    parts = urlsplit(text)
    netloc = parts.netloc
    userinfo = netloc.rsplit("@", 1)[0] if "@" in netloc else ""
    hostport = netloc.rsplit("@", 1)[-1]
    host, _, port = hostport.partition(":")
    return scheme, userinfo, host.lower().strip("."), port, parts.path


@lru_cache(maxsize=2048)
def registrable(url_or_host: str) -> str | None:
    host = split(url_or_host)[2] if "/" in url_or_host or "@" in url_or_host else url_or_host
    host = host.lower().strip(".")
    ext = _extractor()(host)
    if not ext.suffix or not ext.domain:
        return None
    return f"{ext.domain}.{ext.suffix}"


def subdomain_labels(host: str) -> list[str]:
    ext = _extractor()(host)
    return [p for p in ext.subdomain.split(".") if p]


def decode_idn(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except UnicodeError:
                pass
        labels.append(label)
    return ".".join(labels)


def is_ip(host: str) -> bool:
    parts = host.split(".")
    if len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts):
        return True
    return host.startswith("[") or (host.count(":") >= 2)


def distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
