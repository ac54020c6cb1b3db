"""Finding a Finnish personal identity code (henkilötunnus) in free text.

A code is DDMMYY, a century sign, a three-digit individual number and a check character:
the remainder of the nine digits as one number divided by 31 picks the character from
`_CHECK`. Only a code with a real date and the right check character counts, so a phone
number or a case number that merely looks like one is let through (about 30 in 31 are).
Century signs as in the Population Information Act's 2023 amendment: `+` for the 1800s,
`-YXWVU` for the 1900s, `A`–`F` for the 2000s.
"""

from __future__ import annotations

import re
from datetime import date

_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}
_CENTURY.update({c: 2000 for c in "ABCDEF"})
# Dashes a word processor or a phone puts in place of the hyphen-minus.
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_CODE = re.compile(
    r"(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})([-+A-FYXWVU])([0-9]{3})([0-9A-Y])",
    re.IGNORECASE,
)


def is_hetu(code: str) -> bool:
    """True when `code` is exactly one valid henkilötunnus."""
    match = _CODE.fullmatch(code.strip().translate(_DASHES))
    return match is not None and _valid(match)


def contains_hetu(text: str) -> bool:
    """True when a valid henkilötunnus occurs anywhere in `text`."""
    return any(_valid(m) for m in _CODE.finditer(text.translate(_DASHES)))


def _valid(match: re.Match[str]) -> bool:
    dd, mm, yy, sign, number, check = match.groups()
    try:
        date(_CENTURY[sign.upper()] + int(yy), int(mm), int(dd))
    except ValueError:
        return False
    return _CHECK[int(dd + mm + yy + number) % 31] == check.upper()
