"""Amounts as people in Indonesia write them: "Rp 15.000", "Rp15.000,-", "15rb", "15 ribu",
"1,5 jt", "2 juta", "85,000", "Rp. 1.250.000". One parser for the editor, `--set` and batch
sheets, so a price typed any of these ways means the same number everywhere."""

from __future__ import annotations

import math
import re

_PREFIX = re.compile(r"^(rp\.?|idr)\s*", re.IGNORECASE)
_DASH_END = re.compile(r"[.,]\s*-+$")  # "15.000,-" and "15.000.-": no cents
# a thousand, a million, a billion, as words, abbreviations and the English "k"
_SUFFIXES = (("ribu", 10**3), ("rb", 10**3), ("k", 10**3), ("juta", 10**6), ("jt", 10**6),
             ("miliar", 10**9), ("milyar", 10**9), ("m", 10**9))
_SUFFIX = re.compile(r"^(?P<num>.*?)\s*(?P<suffix>" + "|".join(s for s, _ in _SUFFIXES) + r")\.?$", re.IGNORECASE)
_DIGITS = re.compile(r"^[+-]?\d[\d.,]*$")
_GROUPED_DOTS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
_GROUPED_COMMAS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+$")


def parse_amount(text: str) -> int | float:
    """The number in `text`; ValueError when it is not an amount (or not yet: "R", "Rp")."""
    raw = str(text).replace("\u00a0", " ").strip()
    raw = _DASH_END.sub("", _PREFIX.sub("", raw)).strip()
    scale = 1
    suffixed = _SUFFIX.match(raw)
    if suffixed and suffixed.group("num").strip():
        scale = dict(_SUFFIXES)[suffixed.group("suffix").lower()]
        raw = suffixed.group("num").strip()
    raw = raw.replace(" ", "")
    if not _DIGITS.match(raw):
        raise ValueError(text)
    if scale > 1 and re.match(r"^[+-]?\d+[.,]\d{1,2}$", raw):
        number = raw.replace(",", ".")  # "1,5 jt", "2.5k": a decimal point before the word
    elif "." in raw and "," in raw:  # the last of the two marks the decimals: 1.250.000,50 or 1,250,000.50
        group, point = (".", ",") if raw.rfind(",") > raw.rfind(".") else (",", ".")
        number = raw.replace(group, "").replace(point, ".")
    elif _GROUPED_DOTS.match(raw) or _GROUPED_COMMAS.match(raw):
        number = raw.replace(".", "").replace(",", "")  # 15.000 and 85,000: thousands
    elif raw.count(",") == 1 and "." not in raw:
        number = raw.replace(",", ".")  # 3,5
    elif raw.count(".") <= 1 and "," not in raw:
        number = raw
    else:
        raise ValueError(text)
    value = float(number) * scale
    if not math.isfinite(value):
        raise ValueError(text)
    return int(value) if value.is_integer() else round(value, 2)
