"""Text from users, made safe to render and to write: control characters (other than tab and
newline) and lone surrogates are dropped. A NUL in a field would otherwise make the SVG invalid,
and a lone surrogate (from a broken clipboard or a non-UTF-8 shell) cannot be encoded."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> tuple[str, bool]:
    """(the text without unsafe characters, whether any were dropped). CR LF becomes LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _UNSAFE.sub("", text)
    return cleaned, cleaned != text
