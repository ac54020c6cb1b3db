"""The one message catalogue: every UI string and every error or finding text, fi/sv/en.

Finnish is the default. A key missing from the catalogue is a programming error and raises,
so a test that renders every page in every language finds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from polku.messages import MESSAGES

DEFAULT_LANG = "fi"
LANGS = ("fi", "sv", "en")
LANG_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


def normalise_lang(value: object) -> str:
    """Any value from a link or a browser locale ('sv-FI', 'EN', junk) to fi/sv/en."""
    if isinstance(value, str):
        code = value.strip().lower()[:2]
        if code in LANGS:
            return code
    return DEFAULT_LANG


def t(key: str, lang: str = DEFAULT_LANG, /, **params: object) -> str:
    """The message `key` in `lang`, with {placeholders} filled in."""
    entry: Mapping[str, str] = MESSAGES[key]
    template = entry.get(lang) or entry[DEFAULT_LANG]
    return template.format(**params) if params else template


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
