"""An alt text made from the design's own fields, for the user to read and edit (the most common
finding, A3, is a missing one): what the graphic is, its name or headline, the price, the
place and the date, in the design's language. The editor's "Buat dari isi poster" and
`diplomat publish --alt-text auto` both call `auto_alt_text`."""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date

from app.render import values as field_values
from app.templating.environment import rupiah

KIND = {"poster": ("Poster", "Poster"), "infographic": ("Infografis", "Infographic"),
        "announcement": ("Pengumuman", "Announcement"), "twibbon": ("Bingkai twibbon", "Twibbon frame"),
        "certificate": ("Sertifikat", "Certificate"), "carousel": ("Carousel", "Carousel")}
PLACE = re.compile(r"lokasi|tempat|alamat|asal|wilayah|stan|kota|daerah", re.IGNORECASE)
WORDS = {"price": ("Harga", "Price"), "place": ("Tempat", "Place"), "date": ("Tanggal", "Date"),
         "photo": ("Dengan foto", "With a photo")}
MAX_CHARS = 250  # what screen readers and platforms read out without cutting (Instagram allows 100 words)


def auto_alt_text(design, template) -> str:
    """One or two plain sentences from the fields; nothing invented, nothing from the samples
    the user replaced."""
    man = template.manifest
    resolved = field_values.resolve(design, template)
    i = 0 if design.lang == "id" else 1
    parts = []
    # the first required text that has a value (an empty headline gives way to the next one)
    head = next((f for f in man.fields if f.required and f.type == "text" and _text(resolved.get(f.key))), None)
    name = _text(resolved.get(head.key)) if head else ""
    title = man.name.get(design.lang)
    kind = KIND.get(man.kind, KIND["poster"])[i]
    what = title if kind.split()[0].lower() in title.lower() else f"{kind} {title}"
    # the content first: a screen reader already says "image", and "Poster ..." says nothing (A3)
    what_lower = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in what.split())  # UMKM stays
    parts.append(f"{name}, {what_lower}" if name else what)
    prices, dates, places = [], [], []
    for f in man.fields:
        value = resolved.get(f.key)
        if f.type == "number" and value is not None:
            prices.append(rupiah(value))
        elif f.type == "date" and _text(value):
            dates.append(_date(value, design.lang))
        elif f.type == "text" and f is not head and PLACE.search(f.key) and _text(value):
            places.append(_text(value))
    if prices:
        parts.append(f"{WORDS['price'][i]} {', '.join(prices)}")
    if dates:
        parts.append(f"{WORDS['date'][i]} {' – '.join(dates)}")
    if places:
        parts.append(f"{WORDS['place'][i]}: {', '.join(places)}")
    if any(f.type == "image" and resolved.get(f.key) is not None for f in man.fields):
        parts.append(WORDS["photo"][i])
    text = ". ".join(p.rstrip(".") for p in parts) + "."
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _text(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _date(value, lang: str) -> str:
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return format_date(day, "d MMMM y", locale="id_ID" if lang == "id" else "en")
