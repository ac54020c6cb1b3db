"""Every load error a service designer can meet names the file, line and column, then the step
(or actor, phase, transition …) by its number from 1 and its title, then what is wrong and
what would be right, in Finnish, Swedish and English. Expected texts are written out here."""

from __future__ import annotations

import pytest

from polku.graph import PathGraph
from polku.loader import load_text
from polku.summary import finding_where, render_finding

HEAD = """format: 1
id: viesti
title: Viestit
region: Kunta
updated: 2026-01-15
actors:
  - {id: sos, kind: social-services, name: Sosiaalityö}
phases:
  - {id: sisaan, kind: into, title: Ohjautuminen}
  - {id: ulos, kind: out, title: Jatko}
steps:
  - id: alku
    phase: sisaan
    kind: outreach
    title: Alku
    roles: [{actor: sos, role: responsible}]
    next: [arvio]
"""


def step17(line: str) -> str:
    """The file above, then a second step (number 2, titled 'Työkyvyn arviointi') with `line`."""
    return (
        HEAD
        + "  - id: arvio\n    phase: ulos\n    kind: final-assessment\n"
        + "    title: Työkyvyn arviointi\n"
        + line
    )


def errors(text: str) -> list[str]:
    result = load_text(text, "oma.yaml")
    assert not result.ok
    return [(e.render("fi"), e.render("sv"), e.render("en")) for e in result.errors]


STEP_FI = "askel 2, ’Työkyvyn arviointi’"
STEP_SV = "steg 2, ’Työkyvyn arviointi’"
STEP_EN = "step 2, ’Työkyvyn arviointi’"

CASES = {
    "a kind outside the vocabulary": (
        step17("").replace("kind: final-assessment", "kind: arviointi"),
        (
            f"oma.yaml:20:11: {STEP_FI}: kenttä kind: Arvo 'arviointi' ei ole sallittu. "
            "Sallitut: outreach,",
            f"oma.yaml:20:11: {STEP_SV}: fält kind: Värdet 'arviointi' är inte tillåtet. "
            "Tillåtna: outreach,",
            f"oma.yaml:20:11: {STEP_EN}: field kind: The value 'arviointi' is not allowed. "
            "Allowed: outreach,",
        ),
    ),
    "a transition to a step that does not exist": (
        step17("    next: [{to: elake, when: Eläke}]\n"),
        (
            f"oma.yaml:22:17: {STEP_FI}, siirtymä 1 (→ elake): kenttä to: Askelta elake ei ole "
            "tiedostossa. Kirjoita jonkin askeleen tunniste: alku, arvio.",
            f"oma.yaml:22:17: {STEP_SV}, övergång 1 (→ elake): fält to: Steget elake finns inte "
            "i filen. Skriv id:t för ett steg: alku, arvio.",
            f"oma.yaml:22:17: {STEP_EN}, transition 1 (→ elake): field to: There is no step "
            "elake in the file. Write the id of a step: alku, arvio.",
        ),
    ),
    "a role of an actor that does not exist": (
        step17("    roles: [{actor: kela, role: responsible}]\n"),
        (
            f"oma.yaml:22:21: {STEP_FI}, rooli 1, ’kela’: kenttä actor: Toimijaa kela ei ole "
            "toimijoiden listassa (actors). Kirjoita jonkin toimijan tunniste: sos.",
            f"oma.yaml:22:21: {STEP_SV}, roll 1, ’kela’: fält actor: Aktören kela finns inte i "
            "listan över aktörer (actors). Skriv id:t för en aktör: sos.",
            f"oma.yaml:22:21: {STEP_EN}, role 1, ’kela’: field actor: There is no actor kela in "
            "the list of actors. Write the id of an actor: sos.",
        ),
    ),
    "a phase that does not exist": (
        step17("").replace("phase: ulos", "phase: jatko"),
        (
            f"oma.yaml:19:12: {STEP_FI}: kenttä phase: Vaihetta jatko ei ole vaiheiden listassa "
            "(phases). Kirjoita jonkin vaiheen tunniste: sisaan, ulos.",
            f"oma.yaml:19:12: {STEP_SV}: fält phase: Fasen jatko finns inte i listan över faser "
            "(phases). Skriv id:t för en fas: sisaan, ulos.",
            f"oma.yaml:19:12: {STEP_EN}: field phase: There is no phase jatko in the list of "
            "phases. Write the id of a phase: sisaan, ulos.",
        ),
    ),
    "a source that is not listed": (
        step17("    sources: [laki]\n"),
        (
            f"oma.yaml:22:15: {STEP_FI}: kenttä sources: Lähdettä laki ei ole lähteiden listassa "
            "(sources). Lisää se sinne tai kirjoita jonkin lähteen tunniste: –.",
            f"oma.yaml:22:15: {STEP_SV}: fält sources: Källan laki finns inte i listan över "
            "källor (sources). Lägg till den där eller skriv id:t för en källa: –.",
            f"oma.yaml:22:15: {STEP_EN}: field sources: There is no source laki in the list of "
            "sources. Add it there or write the id of a source: –.",
        ),
    ),
    "a duplicate step id": (
        step17("").replace("  - id: arvio", "  - id: alku").replace("next: [arvio]", "next: []"),
        (
            f"oma.yaml:18:9: {STEP_FI}: kenttä id: Tunniste alku on jo käytössä samassa listassa "
            "rivillä 12; anna tälle oma tunniste.",
            f"oma.yaml:18:9: {STEP_SV}: fält id: Id:t alku används redan i samma lista på rad "
            "12; ge den här ett eget id.",
            f"oma.yaml:18:9: {STEP_EN}: field id: The id alku is already used in the same list "
            "on line 12; give this one an id of its own.",
        ),
    ),
    "a start that is not true or false": (
        step17("    start: ehkä\n"),
        (
            f"oma.yaml:22:12: {STEP_FI}: kenttä start: Odotettiin arvoa true tai false.",
            f"oma.yaml:22:12: {STEP_SV}: fält start: true eller false förväntades.",
            f"oma.yaml:22:12: {STEP_EN}: field start: Expected true or false.",
        ),
    ),
    "a duration that is a bare number": (
        step17("    duration: 5\n"),
        (
            f"oma.yaml:22:15: {STEP_FI}: kenttä duration: Kesto on {{min: n, max: n, unit: "
            "days|weeks|months} tai teksti.",
            f"oma.yaml:22:15: {STEP_SV}: fält duration: Längden är {{min: n, max: n, unit: "
            "days|weeks|months} eller text.",
            f"oma.yaml:22:15: {STEP_EN}: field duration: A duration is {{min: n, max: n, unit: "
            "days|weeks|months} or text.",
        ),
    ),
    "a text in an unknown language": (
        step17("    client_text: {de: Hallo}\n"),
        (
            f"oma.yaml:22:18: {STEP_FI}: kenttä client_text: Tuntematon kielikoodi de; käytä "
            "fi, sv tai en.",
            f"oma.yaml:22:18: {STEP_SV}: fält client_text: Okänd språkkod de; använd fi, sv "
            "eller en.",
            f"oma.yaml:22:18: {STEP_EN}: field client_text: Unknown language code de; use fi, "
            "sv or en.",
        ),
    ),
    "an actor's kind outside the vocabulary": (
        step17("").replace("kind: social-services", "kind: sosiaalitoimi"),
        (
            "oma.yaml:7:21: toimija 1, ’Sosiaalityö’: kenttä kind: Arvo 'sosiaalitoimi' ei ole "
            "sallittu.",
            "oma.yaml:7:21: aktör 1, ’Sosiaalityö’: fält kind: Värdet 'sosiaalitoimi' är inte "
            "tillåtet.",
            "oma.yaml:7:21: actor 1, ’Sosiaalityö’: field kind: The value 'sosiaalitoimi' is "
            "not allowed.",
        ),
    ),
    "a phase's kind outside the vocabulary": (
        step17("").replace("kind: out,", "kind: ulos,"),
        (
            "oma.yaml:10:22: vaihe 2, ’Jatko’: kenttä kind: Arvo 'ulos' ei ole sallittu.",
            "oma.yaml:10:22: fas 2, ’Jatko’: fält kind: Värdet 'ulos' är inte tillåtet.",
            "oma.yaml:10:22: phase 2, ’Jatko’: field kind: The value 'ulos' is not allowed.",
        ),
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_each_load_error_names_the_place_and_the_fix_in_three_languages(case):
    text, expected = CASES[case]
    (got,) = errors(text)
    for rendered, start in zip(got, expected, strict=True):
        assert rendered.startswith(start), rendered


def test_no_message_builds_english_grammar_from_codes():
    """The old 'belongs to a out phase': no article before a code, in any message."""
    for texts in (e for case in CASES.values() for e in errors(case[0])):
        for text in texts:
            assert " a out " not in text and " a into " not in text and "[1" not in text


def test_a_kind_outside_its_usual_phase_is_a_finding_in_words():
    result = load_text(step17("").replace("final-assessment", "work-ability-assessment"), "x")
    graph = PathGraph(result.path)
    (finding,) = [f for f in graph.findings if f.kind == "kind_phase"]
    assert finding_where(graph, finding, "fi") == STEP_FI
    assert render_finding(finding, "fi").startswith(
        "Askeltyyppi ”työkyvyn arviointi” on tavallisesti vaiheessa ”Ohjautuminen”, mutta tämä "
        "askel on vaiheessa ”Jatko”."
    )
    assert render_finding(finding, "sv").startswith(
        "Stegtypen ”bedömning av arbetsförmåga” hör vanligen till fasen ”In”"
    )
    assert render_finding(finding, "en").startswith(
        "The step kind “work-ability assessment” is usually in the “Into” phase, but this step "
        "is in the “Out” phase."
    )


def test_an_unknown_field_is_named_with_the_closest_known_one():
    text = step17("    clint_text: Hei\n").replace("  - {id: sos,", "  - {fax: 123, id: sos,")
    graph = PathGraph(load_text(text, "x").path)
    found = {
        (finding_where(graph, f, "en"), render_finding(f, "en"))
        for f in graph.findings
        if f.kind == "unknown_field"
    }
    assert found == {
        (
            STEP_EN,
            "The field clint_text is not in the path format, so the app does not show it. "
            "Did you mean client_text?",
        ),
        (
            "actor 1, ’Sosiaalityö’",
            "The field fax is not in the path format, so the app does not show it. Check the "
            "spelling (the fields: docs/PATH_FORMAT.md).",
        ),
    }
