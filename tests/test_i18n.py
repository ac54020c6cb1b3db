import string

import pytest

from polku.i18n import LANGS, normalise_lang, t
from polku.messages import MESSAGES


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_in_all_three_languages_with_the_same_placeholders(key):
    entry = MESSAGES[key]
    assert set(entry) == set(LANGS)
    assert all(entry[lang].strip() for lang in LANGS)
    assert placeholders(entry["sv"]) == placeholders(entry["fi"]) == placeholders(entry["en"])


def test_language_from_a_link_or_a_browser_locale():
    assert normalise_lang("sv-FI") == "sv"
    assert normalise_lang("EN") == "en"
    assert normalise_lang("de") == "fi"
    assert normalise_lang(None) == "fi"
    assert normalise_lang("../../etc/passwd") == "fi"


def test_t_fills_placeholders():
    assert t("home.count", "en", n=3, folders="paths") == "3 paths loaded from folders: paths"


def test_a_key_missing_from_the_catalogue_raises_and_odd_values_become_finnish():
    with pytest.raises(KeyError):
        t("no.such.key", "en")
    assert normalise_lang(123) == "fi"
    assert normalise_lang(" sv ") == "sv"
