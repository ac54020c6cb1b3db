"""The one message catalogue: every UI string and every error or finding text, fi/sv/en.

Finnish is the default. A key missing from the catalogue is a programming error and raises,
so a test that renders every page in every language finds it.

Counts and dates follow each language's CLDR rules through Babel: a message whose text
depends on a number gives its forms by plural category (`{"one": "{n} polku", "other":
"{n} polkua"}`) and `t(key, lang, n=…)` picks the form; `day(date, lang)` writes a date as the
language does (23.11.2026, 23 nov. 2026, 23 Nov 2026).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.dates import format_date

from polku.messages import MESSAGES

DEFAULT_LANG = "fi"
LANGS = ("fi", "sv", "en")
LANG_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
# The CLDR locale of each UI language: Finland's Swedish, and British English for day-month
# order in dates.
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def normalise_lang(value: object) -> str:
    """Any value from a link or a browser locale ('sv-FI', 'EN', junk) to fi/sv/en."""
    if isinstance(value, str):
        code = value.strip().lower()[:2]
        if code in LANGS:
            return code
    return DEFAULT_LANG


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(LOCALES.get(lang, LOCALES[DEFAULT_LANG]))


def plural_category(n: int | float, lang: str) -> str:
    """CLDR's plural category of `n` in `lang`: 'one' or 'other' in fi, sv and en."""
    return _locale(lang).plural_form(abs(n))


def t(key: str, lang: str = DEFAULT_LANG, /, **params: object) -> str:
    """The message `key` in `lang`, with {placeholders} filled in. A message with plural
    forms takes its form from the `n` parameter."""
    entry: Mapping[str, str | Mapping[str, str]] = MESSAGES[key]
    template = entry.get(lang) or entry[DEFAULT_LANG]
    if isinstance(template, Mapping):
        count = params["n"]
        assert isinstance(count, int | float), key
        template = template.get(plural_category(count, lang)) or template["other"]
    return template.format(**params) if params else template


def day(value: dt.date, lang: str, long: bool = False) -> str:
    """A date as `lang` writes it: 23.11.2026, 23 nov. 2026, 23 Nov 2026 (`long`: the month
    written out, as in a handout)."""
    return format_date(value, format="long" if long else "medium", locale=_locale(lang))


def word_params(params: Iterable[tuple[str, object]], lang: str) -> dict[str, object]:
    """Message parameters in `lang`: a `x_key` parameter is a message key, worded as `x`;
    a value with a `render(lang)` method (a place in a file) is rendered."""
    out: dict[str, object] = {}
    for name, value in params:
        if name.endswith("_key") and isinstance(value, str):
            out[name[:-4]] = t(value, lang)
        elif hasattr(value, "render"):
            out[name] = value.render(lang)
        else:
            out[name] = value
    return out


@dataclass(frozen=True)
class Day:
    """A date in a message parameter, written in the language the message is rendered in."""

    value: dt.date

    def render(self, lang: str) -> str:
        return day(self.value, lang)
