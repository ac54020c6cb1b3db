"""What the meeting says at a step, worked out by hand on tests/fixtures/valid/findings.yaml:
plan →(cold) activity → review →(when "Continue") activity, or →(warm) job."""

import pytest
import yaml

from polku.graph import PathGraph
from polku.loader import load_file, load_library, load_text
from polku.meeting import Answer, answers, plain_notes
from polku.text import resolve
from tests.conftest import FIXTURES, SHIPPED, dump

GRAPH = PathGraph(load_file(FIXTURES / "valid" / "findings.yaml").path)


def test_one_way_on_is_next_and_keeps_its_cold_handoff():
    assert answers(GRAPH, "plan", "fi") == [Answer("activity", "Seuraavaksi: Toiminta", True)]


def test_a_branch_names_where_it_leads_and_leaves_the_condition_to_the_worker():
    assert answers(GRAPH, "review", "en") == [
        Answer("activity", "Activity – your worker judges", False, "Continue"),
        Answer("job", "Something else, or none of these: Work", False, ""),
    ]
    assert answers(GRAPH, "review", "sv")[0].label == "Verksamhet – din kontaktperson bedömer"


def test_the_clients_own_words_are_the_answer_when_the_file_gives_them():
    raw = yaml.safe_load((FIXTURES / "valid" / "findings.yaml").read_text(encoding="utf-8"))
    raw["steps"][2]["next"][0]["client_when"] = {"fi": "Haluan jatkaa", "en": "I want to go on"}
    graph = PathGraph(load_text(dump(raw), "x").path)
    assert [a.label for a in answers(graph, "review", "fi")] == [
        "Haluan jatkaa",
        "Jokin muu tai ei mikään näistä: Work",
    ]
    assert answers(graph, "review", "fi")[0].condition == "Jatketaan"


def test_an_exit_has_no_answers():
    assert answers(GRAPH, "job", "fi") == []


def test_the_hard_parts_are_said_plainly():
    # activity: only the client takes part, so no one is responsible.
    assert plain_notes(GRAPH, "activity", "en") == [
        "No one is described as responsible for this step. Ask your worker who will take "
        "care of it."
    ]
    # plan hands over coldly to activity, which no one owns.
    assert plain_notes(GRAPH, "plan", "fi") == [
        "Jos jatkat kohtaan ”Toiminta”, otat itse yhteyttä, eikä kuvauksessa kerrota kehen. "
        "Kysy työntekijältä."
    ]
    # job's title is plain English text: in Finnish it is shown in English, and said so.
    assert plain_notes(GRAPH, "job", "fi") == ["(ei käännöstä, näytetään englanniksi)"]


def test_a_cold_handoff_to_an_owned_step_names_whom_to_contact():
    raw = yaml.safe_load((FIXTURES / "valid" / "findings.yaml").read_text(encoding="utf-8"))
    raw["steps"][2]["next"][1]["handoff"] = "cold"
    raw["actors"][2]["contact"] = {"en": "jobs.example.fi"}
    graph = PathGraph(load_text(dump(raw), "x").path)
    assert plain_notes(graph, "review", "en") == [
        "If you go on to “Work”, you will need to contact them yourself: Employment "
        "(jobs.example.fi)."
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_answer_at_any_shipped_branch_is_a_bare_step_title(lang):
    library = load_library([SHIPPED])
    for graph in library.graphs.values():
        for step in graph.path.steps:
            if len(step.next) < 2:
                continue
            for way in answers(graph, step.id, lang):
                title = resolve(graph.steps[way.to].title, lang, graph.path.language).text
                assert way.label != title, (graph.path.id, step.id, way.label)
