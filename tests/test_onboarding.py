"""Onboarding core: the role tour, the same role elsewhere, the self-check and the glossary."""

import datetime as dt

import pytest
import yaml

from polku.graph import PathGraph
from polku.loader import load_library, load_text
from polku.models import LANGS
from polku.onboarding import kinds_present, same_role_elsewhere, tour
from polku.quiz import questions
from polku.reference import core_glossary, laws, path_glossary, reforms, search, terms_in
from polku.text import resolve
from tests.conftest import SHIPPED, dump
from tests.pathgen import generate

LIBRARY = load_library([SHIPPED])


def graph_of(data: dict) -> PathGraph:
    result = load_text(dump(data), "t.yaml")
    assert result.ok, result.errors
    return PathGraph(result.path)


def expected_tour(raw: dict, kind: str) -> list[str]:
    """Read straight from the file: the steps where an actor of `kind` has a role, in order."""
    ids = {a["id"] for a in raw["actors"] if a["kind"] == kind}
    return [s["id"] for s in raw["steps"] if any(r["actor"] in ids for r in s.get("roles", []))]


def raw_files() -> list[tuple[str, dict]]:
    files = [
        (f.name, yaml.safe_load(f.read_text(encoding="utf-8"))) for f in SHIPPED.glob("*.yaml")
    ]
    return files + [(f"generated-{seed}", generate(seed)) for seed in range(5)]


@pytest.mark.parametrize(
    ("name", "raw"), raw_files(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_the_tour_lists_exactly_the_steps_where_the_role_acts_in_reading_order(name, raw):
    graph = graph_of(raw)
    kinds = kinds_present(graph)
    present = {a["kind"] for a in raw["actors"] if expected_tour(raw, a["kind"])}
    assert set(kinds) == present
    for kind in kinds:
        stops = tour(graph, kind)
        assert [s.step.id for s in stops] == expected_tour(raw, kind), kind
        for stop in stops:
            assert stop.roles and all(graph_kind(graph, r.actor) == kind for r in stop.roles)
            raw_step = next(s for s in raw["steps"] if s["id"] == stop.step.id)
            assert [n.step for n in stop.after] == [t["to"] for t in raw_step.get("next", [])]
            assert [n.handoff for n in stop.after] == [
                t.get("handoff") for t in raw_step.get("next", [])
            ]
            feeding = [
                s["id"]
                for s in raw["steps"]
                if any(t["to"] == stop.step.id for t in s.get("next", []))
            ]
            assert [n.step for n in stop.before] == feeding


def graph_kind(graph: PathGraph, actor_id: str) -> str:
    return next(a.kind for a in graph.path.actors if a.id == actor_id)


def test_a_kind_without_roles_is_not_offered_and_has_an_empty_tour(minimal):
    minimal["actors"].append({"id": "ngo", "kind": "ngo", "name": "Yhdistys"})
    graph = graph_of(minimal)
    assert "ngo" not in kinds_present(graph)
    assert tour(graph, "ngo") == []


def test_the_same_role_elsewhere_counts_steps_and_leads_per_path():
    rows = {r.path_id: r for r in same_role_elsewhere(LIBRARY.graphs, "kela")}
    assert set(rows) == set(LIBRARY.graphs)
    for pid, row in rows.items():
        stops = tour(LIBRARY.graphs[pid], "kela")
        assert row.steps == tuple(s.step.id for s in stops)
        assert row.responsible == sum(any(r.role == "responsible" for r in s.roles) for s in stops)


# --- self-check ---------------------------------------------------------------------------------


def test_questions_are_answered_from_the_data():
    graph = LIBRARY.graphs["pohjanmaa"]

    def fi(value) -> str:
        return resolve(value, "fi", graph.path.language).text

    actors = {a.id: fi(a.name) for a in graph.path.actors}
    quiz = questions(graph, "fi", count=8, seed=3)
    assert quiz
    titles = {fi(s.title): s for s in graph.path.steps}
    for q in quiz:
        assert q.correct and len(q.correct) < len(q.options)  # a right and a wrong option
        right = {q.options[i] for i in q.correct}
        step_title = q.prompt.split("”")[1].split("”")[0]
        step = titles[step_title]
        if q.prompt.startswith("Kuka"):
            assert right == {actors[a] for a in graph.responsible(step)}
        else:
            assert right == {fi(graph.steps[t.to].title) for t in step.next}


def test_a_changed_file_changes_the_question_and_its_answer(minimal):
    minimal["actors"].append({"id": "kela", "kind": "kela", "name": "Kela"})
    before = questions(graph_of(minimal), "fi", count=2, seed=0)
    who = next(q for q in before if q.prompt.startswith("Kuka"))
    assert "Aktivointisuunnitelma" in who.prompt
    assert {who.options[i] for i in who.correct} == {"Aikuissosiaalityö"}

    minimal["steps"][0]["title"] = "Suunnitelma tehdään yhdessä"
    minimal["steps"][0]["roles"] = [{"actor": "kela", "role": "responsible"}]
    after = questions(graph_of(minimal), "fi", count=2, seed=0)
    who = next(q for q in after if q.prompt.startswith("Kuka"))
    assert "Suunnitelma tehdään yhdessä" in who.prompt
    assert {who.options[i] for i in who.correct} == {"Kela"}


def test_no_question_without_a_wrong_option(minimal):
    del minimal["actors"][0]  # one actor left: asking who leads would give the answer away
    graph = graph_of(minimal)
    assert not [q for q in questions(graph, "fi", count=6) if q.prompt.startswith("Kuka")]


def test_questions_are_stable_for_a_round_and_change_with_the_next():
    graph = LIBRARY.graphs["kansallinen"]
    assert questions(graph, "en", seed=1) == questions(graph, "en", seed=1)
    rounds = {tuple(q.prompt for q in questions(graph, "en", seed=s)) for s in range(4)}
    assert len(rounds) > 1


@pytest.mark.parametrize("seed", range(5))
def test_questions_for_generated_paths_are_well_formed(seed):
    graph = graph_of(generate(seed))
    for lang in LANGS:
        for q in questions(graph, lang, count=10, seed=seed):
            assert len(set(q.options)) == len(q.options)
            assert q.correct and max(q.correct) < len(q.options)


# --- glossary, laws, reforms --------------------------------------------------------------------

GLOSSARY = core_glossary() + tuple(g for p in LIBRARY.paths.values() for g in path_glossary(p))


@pytest.mark.parametrize(
    ("query", "expected_fi"),
    [
        ("aktivointi", "aktivointisuunnitelma"),  # Finnish
        ("AKTIVERINGSPLAN", "aktivointisuunnitelma"),  # Swedish, any case
        ("activation plan", "aktivointisuunnitelma"),  # English
        ("välfärdsområde", "hyvinvointialue"),
        ("wellbeing   services", "hyvinvointialue"),  # spaces collapse
    ],
)
def test_glossary_search_works_in_all_three_languages(query, expected_fi):
    assert expected_fi in [t.texts["fi"] for t in search(GLOSSARY, query)]


def test_glossary_search_finds_a_regions_own_terms_and_nothing_for_nonsense():
    own = [t for t in GLOSSARY if t.origin != "core"]
    assert own, "the shipped files have glossaries"
    term = own[0]
    assert term in search(GLOSSARY, term.get("fi")[:5].upper())
    assert search(GLOSSARY, "qwxzv") == []
    assert len(search(GLOSSARY, "  ")) == len(GLOSSARY)


def test_path_glossary_keeps_only_the_languages_the_file_has(minimal):
    minimal["glossary"] = [
        {"term": {"fi": "omaohjaaja", "en": "personal guide"}, "definition": "Kelan työntekijä"}
    ]
    (term,) = path_glossary(load_text(dump(minimal), "m.yaml").path)
    assert term.texts == {"fi": "omaohjaaja", "en": "personal guide"}
    assert term.definition == {"fi": "Kelan työntekijä"}
    assert term.origin == minimal["id"]


def test_terms_in_a_step_text_are_found_in_inflected_forms():
    found = terms_in("Laaditaan aktivointisuunnitelman tavoitteet.", GLOSSARY, "fi")
    assert "aktivointisuunnitelma" in [t.texts["fi"] for t in found]
    assert terms_in("Kahvi ja pulla.", core_glossary(), "fi") == []


def test_the_core_glossary_marks_unverified_swedish_and_has_every_language():
    core = core_glossary()
    assert len(core) >= 30
    assert all({"fi", "en"} <= set(t.texts) for t in core)
    assert any(not t.sv_verified for t in core) and any(t.sv_verified for t in core)


def test_laws_link_to_finlex_and_reforms_are_dated():
    assert {law.number for law in laws()} >= {"189/2001", "1301/2014", "381/2023"}
    assert all(law.url.startswith("https://www.finlex.fi/") for law in laws())
    assert all(set(law.names) == set(LANGS) for law in laws())
    dates = [r.date for r in reforms()]
    assert dt.date(2023, 1, 1) in dates and dt.date(2025, 1, 1) in dates
    assert dates == sorted(dates)
    assert all(r.source and set(r.texts) == set(LANGS) for r in reforms())
