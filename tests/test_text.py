"""Text fields: one language out of a plain string or a fi/sv/en mapping, and which languages
a field is written in. Every expectation is written out by hand."""

from polku.text import Resolved, languages_of, resolve, upper_first


def check(got: Resolved, text: str, lang: str, fell_back: bool) -> None:
    assert got.text == text
    assert got.lang == lang
    assert got.fell_back is fell_back


# --- resolve ------------------------------------------------------------------------------------


def test_a_plain_string_asked_in_the_files_language_did_not_fall_back():
    check(resolve("Hakemus", "sv", "sv"), "Hakemus", "sv", False)


def test_a_plain_string_asked_in_another_language_is_in_the_files_language():
    check(resolve("Hakemus", "en", "fi"), "Hakemus", "fi", True)
    check(resolve("Ansökan", "fi", "sv"), "Ansökan", "sv", True)


def test_the_files_language_defaults_to_finnish():
    check(resolve("Hakemus", "sv"), "Hakemus", "fi", True)
    check(resolve("Hakemus", "fi"), "Hakemus", "fi", False)


def test_a_mapping_with_the_asked_language_gives_that_language():
    value = {"fi": "Hakemus", "sv": "Ansökan", "en": "Application"}
    check(resolve(value, "sv", "fi"), "Ansökan", "sv", False)
    check(resolve(value, "en", "fi"), "Application", "en", False)
    check(resolve(value, "fi", "en"), "Hakemus", "fi", False)


def test_a_mapping_without_the_asked_language_falls_back_to_the_files_language():
    # The file is in English: English wins over Finnish, which comes first in fi, sv, en.
    check(resolve({"fi": "Hakemus", "en": "Application"}, "sv", "en"), "Application", "en", True)
    check(resolve({"fi": "Hakemus", "en": "Application"}, "sv", "fi"), "Hakemus", "fi", True)


def test_a_mapping_with_neither_falls_back_to_the_first_of_fi_sv_en_it_has():
    # Neither Finnish (asked and the file's) nor the mapping's own order decides: sv before en.
    check(resolve({"en": "Application", "sv": "Ansökan"}, "fi", "fi"), "Ansökan", "sv", True)
    check(resolve({"en": "Application", "fi": "Hakemus"}, "sv", "sv"), "Hakemus", "fi", True)
    check(resolve({"en": "Application"}, "fi", "sv"), "Application", "en", True)


def test_an_empty_string_in_a_mapping_counts_as_missing():
    # The asked language is empty: the file's language is used.
    check(resolve({"sv": "", "fi": "Hakemus"}, "sv", "fi"), "Hakemus", "fi", True)
    # The asked and the file's language are empty: the first of fi, sv, en with text.
    check(resolve({"fi": "", "sv": "", "en": "Application"}, "fi", "fi"), "Application", "en", True)
    # Nothing but empty strings: no text, in the asked language, and no fallback to report.
    check(resolve({"fi": "", "en": ""}, "sv", "fi"), "", "sv", False)


def test_none_gives_an_empty_text_in_the_asked_language():
    check(resolve(None, "sv", "fi"), "", "sv", False)
    check(resolve(None, "en", "en"), "", "en", False)


def test_a_resolved_text_prints_as_its_text():
    assert str(resolve({"fi": "Hakemus", "en": "Application"}, "en", "fi")) == "Application"
    assert str(resolve(None, "fi")) == ""


# --- languages_of -------------------------------------------------------------------------------


def test_a_plain_string_is_in_the_files_language():
    assert languages_of("Ansökan", "sv") == {"sv"}


def test_a_mapping_is_in_the_languages_it_has_text_for():
    assert languages_of({"fi": "Hakemus", "sv": "", "en": "Application"}, "sv") == {"fi", "en"}
    assert languages_of({"sv": "Ansökan"}, "fi") == {"sv"}


def test_a_mapping_of_empty_strings_and_none_are_in_no_language():
    assert languages_of({"fi": "", "sv": ""}, "fi") == set()
    assert languages_of(None, "fi") == set()


def test_upper_first_capitalises_only_the_first_letter():
    assert upper_first("sosiaalipalvelut") == "Sosiaalipalvelut"
    assert upper_first("NGO") == "NGO" and upper_first("") == ""
