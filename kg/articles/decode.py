"""Bytes of an article file to text: UTF-8 or UTF-16 with BOM, else a guessed encoding (with a
warning); binary files refused, mojibake flagged. Problems go to `errors` (kg.articles.problems).
"""

from __future__ import annotations

import re

from kg.articles.problems import ReadError, fail

# A UTF-8 sequence read as cp1252/latin-1: a lead byte char followed by continuation-byte chars.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u201e\u2020-\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]+")


def decode(data: bytes, path: str, errors: list[ReadError] | None) -> str | None:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else charset_normalizer's guess."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        fail(errors, path, "binary file (contains NUL bytes); expected UTF-8 text, JSON Lines or HTML")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        first_bad = e.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        fail(errors, path, f"not UTF-8 (bad byte at offset {first_bad}) and its encoding cannot be "
                           f"told; save it as UTF-8")
        return None
    fail(errors, path, f"not UTF-8; read as {best.encoding} (a guess): save it as UTF-8 to be sure",
         fatal=False)
    return str(best)


def _is_mojibake(chars: str) -> bool:
    """Whether chars are UTF-8 bytes shown as cp1252 ("Ã©" yes; "á’" in "Bogotá’s" no)."""
    try:
        return bool(chars.encode("cp1252").decode("utf-8"))
    except UnicodeError:
        return False


def check_text(text: str, path: str, errors: list[ReadError] | None) -> bool:
    """Reject control-character noise (binary read as text); flag mojibake but let it through."""
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(8, len(text) // 100):
        fail(errors, path, "binary file (control characters); expected UTF-8 text, JSON Lines or HTML")
        return False
    hits = [m for m in _MOJIBAKE.findall(text) if _is_mojibake(m)]
    if hits:
        fail(errors, path, f"looks like mojibake (UTF-8 read as cp1252, e.g. {hits[0]!r}); "
                           f"kept as is: re-save the file as UTF-8 to fix it", fatal=False)
    return True
