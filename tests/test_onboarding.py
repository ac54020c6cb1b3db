"""Onboarding core: the role tour, the same role elsewhere, the self-check and the glossary."""

import datetime as dt

import pytest
import yaml

from polku.graph import PathGraph
from polku.loader import load_library, load_text
from polku.models import LANGS
from polku.onboarding import Neighbour, RoleElsewhere, kinds_present, same_role_elsewhere, tour
from polku.quiz import questions
from polku.reference import (
    Term,
    alphabetical,
    core_glossary,
    laws,
    merged,
    path_glossary,
    reforms,
    search,
    terms_in,
)
from tests.conftest import SHIPPED, dump
from tests.pathgen import generate

LIBRARY = load_library([SHIPPED])


def graph_of(data: dict | str) -> PathGraph:
    result = load_text(data if isinstance(data, str) else dump(data), "t.yaml")
    assert result.ok, result.errors
    return PathGraph(result.path)


HEAD = """format: 1
title: Polku
region: Esimerkkikunta
updated: 2026-01-15
phases:
  - {id: in, kind: into, title: Alku}
  - {id: during, kind: during, title: Aikana}
  - {id: out, kind: out, title: Jatko}
"""

# Three small paths to count by hand. In alfa, kela is consulted, responsible and informed,
# and kuntoutus is reached from two steps. In beeta two kela actors lead one step together
# (with sos) and a loop goes back to it. In gamma a kela actor exists but has no role.
ALFA = (
    HEAD
    + """id: alfa
actors:
  - {id: asiakas, kind: client, name: Asiakas}
  - {id: sos, kind: social-services, name: Sosiaalityö}
  - {id: kela, kind: kela, name: Kela}
  - {id: te, kind: employment-services, name: Työllisyyspalvelut}
steps:
  - id: kartoitus
    phase: in
    kind: service-need-assessment
    title: Kartoitus
    roles: [{actor: sos, role: responsible}, {actor: kela, role: consulted}]
    next: [{to: suunnitelma, handoff: warm}]
  - id: suunnitelma
    phase: in
    kind: activation-plan
    title: Suunnitelma
    roles: [{actor: te, role: responsible}, {actor: sos, role: participates}]
    next: [{to: toiminta}, {to: kuntoutus, handoff: cold}]
  - id: toiminta
    phase: during
    kind: activity
    title: Toiminta
    roles: [{actor: asiakas, role: participates}, {actor: sos, role: responsible}]
    next: [{to: kuntoutus, handoff: warm}, {to: tyo}]
  - id: kuntoutus
    phase: out
    kind: exit-vocational-rehabilitation
    title: Kuntoutus
    roles: [{actor: kela, role: responsible}]
  - id: tyo
    phase: out
    kind: exit-employment
    title: Työ
    roles: [{actor: te, role: responsible}, {actor: kela, role: informed}]
"""
)
BEETA = (
    HEAD
    + """id: beeta
actors:
  - {id: jarjesto, kind: ngo, name: Yhdistys}
  - {id: kela-a, kind: kela, name: Kelan toimisto}
  - {id: kela-b, kind: kela, name: Kelan yhteyshenkilö}
  - {id: sos, kind: social-services, name: Sosiaalityö}
steps:
  - id: etsiva
    phase: in
    kind: outreach
    title: Etsivä työ
    roles: [{actor: jarjesto, role: responsible}]
    next: [arvio]
  - id: arvio
    phase: in
    kind: work-ability-assessment
    title: Arvio
    roles:
      - {actor: kela-a, role: responsible}
      - {actor: kela-b, role: responsible}
      - {actor: sos, role: responsible}
    next: [{to: kuntoutus, handoff: warm}]
  - id: kuntoutus
    phase: during
    kind: activity
    title: Kuntoutusjakso
    roles: [{actor: kela-b, role: participates}]
    next: [{to: arvio, when: Arvio uusitaan, handoff: cold}, {to: loppu}]
  - id: loppu
    phase: out
    kind: exit-medical-rehabilitation
    title: Lääkinnällinen kuntoutus
    roles: [{actor: sos, role: responsible}]
"""
)
GAMMA = (
    HEAD
    + """id: gamma
actors:
  - {id: asiakas, kind: client, name: Asiakas}
  - {id: sos, kind: social-services, name: Sosiaalityö}
  - {id: kela, kind: kela, name: Kela}
steps:
  - {id: ohjaus, phase: in, kind: case-manager-assigned, title: Ohjaus,
     roles: [{actor: sos, role: responsible}], next: [toiminta]}
  - {id: toiminta, phase: during, kind: activity, title: Toiminta,
     roles: [{actor: sos, role: participates}, {actor: asiakas, role: participates}],
     next: [ryhma]}
  - {id: ryhma, phase: during, kind: activity, title: Ryhmä,
     roles: [{actor: sos, role: responsible}], next: [jatko]}
  - {id: jatko, phase: out, kind: exit-other-service, title: Jatko,
     roles: [{actor: sos, role: responsible}]}
"""
)


def stops_of(graph: PathGraph, kind: str) -> list[tuple]:
    """A tour as plain values: step id, (actor, role) of the kind there, before, after."""
    return [
        (s.step.id, tuple((r.actor, r.role) for r in s.roles), s.before, s.after)
        for s in tour(graph, kind)
    ]


# --- the tour -----------------------------------------------------------------------------------


def test_kinds_present_are_the_kinds_with_a_role_in_order_of_first_appearance():
    assert kinds_present(graph_of(ALFA)) == [
        "social-services",
        "kela",
        "employment-services",
        "client",
    ]
    assert kinds_present(graph_of(BEETA)) == ["ngo", "kela", "social-services"]
    assert kinds_present(graph_of(GAMMA)) == ["social-services", "client"]  # kela has no role


def test_the_tour_of_a_role_that_is_consulted_leads_and_is_informed():
    assert stops_of(graph_of(ALFA), "kela") == [
        (
            "kartoitus",
            (("kela", "consulted"),),
            (),  # the first step: no one before
            (Neighbour("suunnitelma", ("te",), "warm"),),
        ),
        (
            "kuntoutus",
            (("kela", "responsible"),),
            (  # both steps that lead here, in reading order, each with its own handoff
                Neighbour("suunnitelma", ("te",), "cold"),
                Neighbour("toiminta", ("sos",), "warm"),
            ),
            (),  # an exit
        ),
        (
            "tyo",
            (("kela", "informed"),),
            (Neighbour("toiminta", ("sos",), None),),  # no handoff stated
            (),
        ),
    ]


def test_the_tour_follows_the_transitions_of_each_step_in_file_order():
    assert stops_of(graph_of(ALFA), "social-services") == [
        (
            "kartoitus",
            (("sos", "responsible"),),
            (),
            (Neighbour("suunnitelma", ("te",), "warm"),),
        ),
        (
            "suunnitelma",
            (("sos", "participates"),),
            (Neighbour("kartoitus", ("sos",), "warm"),),
            (Neighbour("toiminta", ("sos",), None), Neighbour("kuntoutus", ("kela",), "cold")),
        ),
        (
            "toiminta",
            (("sos", "responsible"),),
            (Neighbour("suunnitelma", ("te",), None),),
            (Neighbour("kuntoutus", ("kela",), "warm"), Neighbour("tyo", ("te",), None)),
        ),
    ]


def test_the_tour_takes_every_actor_of_the_kind_and_shows_a_loop_from_both_ends():
    assert stops_of(graph_of(BEETA), "kela") == [
        (
            "arvio",
            (("kela-a", "responsible"), ("kela-b", "responsible")),  # not sos: another kind
            (
                Neighbour("etsiva", ("jarjesto",), None),
                Neighbour("kuntoutus", (), "cold"),  # the loop back; no one leads kuntoutus
            ),
            (Neighbour("kuntoutus", (), "warm"),),
        ),
        (
            "kuntoutus",
            (("kela-b", "participates"),),
            (Neighbour("arvio", ("kela-a", "kela-b", "sos"), "warm"),),
            (
                Neighbour("arvio", ("kela-a", "kela-b", "sos"), "cold"),
                Neighbour("loppu", ("sos",), None),
            ),
        ),
    ]


def test_a_tour_stop_holds_the_step_itself():
    (stop,) = [s for s in tour(graph_of(BEETA), "kela") if s.step.id == "kuntoutus"]
    assert (stop.step.title, stop.step.kind, stop.step.phase) == (
        "Kuntoutusjakso",
        "activity",
        "during",
    )


def test_a_kind_without_roles_is_not_offered_and_has_an_empty_tour(minimal):
    minimal["actors"].append({"id": "ngo", "kind": "ngo", "name": "Yhdistys"})
    graph = graph_of(minimal)
    assert "ngo" not in kinds_present(graph)
    assert tour(graph, "ngo") == []
    assert tour(graph_of(GAMMA), "kela") == []  # an actor of the kind, but no role
    assert tour(graph_of(GAMMA), "employment-services") == []  # no actor of the kind at all


def test_the_same_role_elsewhere_counts_steps_and_leads_per_path():
    graphs = {"gamma": graph_of(GAMMA), "alfa": graph_of(ALFA), "beeta": graph_of(BEETA)}
    assert same_role_elsewhere(graphs, "kela") == [  # in the order the paths were given
        RoleElsewhere("gamma", (), 0, ()),
        RoleElsewhere(
            "alfa",
            ("kartoitus", "kuntoutus", "tyo"),
            1,  # consulted, responsible, informed
            ("service-need-assessment", "exit-vocational-rehabilitation", "exit-employment"),
        ),
        RoleElsewhere(
            "beeta",
            ("arvio", "kuntoutus"),
            1,  # two kela actors lead arvio: one step led
            ("work-ability-assessment", "activity"),
        ),
    ]


def test_the_same_role_elsewhere_lists_each_step_kind_once():
    graphs = {"alfa": graph_of(ALFA), "beeta": graph_of(BEETA), "gamma": graph_of(GAMMA)}
    assert same_role_elsewhere(graphs, "social-services") == [
        RoleElsewhere(
            "alfa",
            ("kartoitus", "suunnitelma", "toiminta"),
            2,  # kartoitus, toiminta (participates in suunnitelma)
            ("service-need-assessment", "activation-plan", "activity"),
        ),
        RoleElsewhere(
            "beeta",
            ("arvio", "loppu"),
            2,
            ("work-ability-assessment", "exit-medical-rehabilitation"),
        ),
        RoleElsewhere(
            "gamma",
            ("ohjaus", "toiminta", "ryhma", "jatko"),
            3,  # all but toiminta
            ("case-manager-assigned", "activity", "exit-other-service"),  # activity twice
        ),
    ]


def test_a_shipped_file_gives_the_tour_its_yaml_describes():
    # Read from paths/kaiku.yaml by hand: the roles of each step and the `next` lists.
    graph = LIBRARY.graphs["kaiku"]
    assert kinds_present(graph) == [
        "client",  # katvealue: asiakas
        "ngo",  # kuntoutushaku: kaiku
        "health-care",  # monialainen-tyoryhma: terveydenhuolto, te-, sosiaalipalvelut, …
        "employment-services",
        "social-services",
        "rehabilitation-provider",
        "kela",  # ammatillinen-kuntoutus: kela, tyoelakevakuuttaja
        "pension-provider",
    ]  # ely-pohjois-pohjanmaa (other) has no role
    assert stops_of(graph, "kela") == [
        (
            "ammatillinen-kuntoutus",
            (("kela", "responsible"),),
            (
                Neighbour("kuntoutushaku", ("kaiku",), None),
                Neighbour("tilanteen-tarkistus", ("kaiku",), None),
            ),
            (),
        )
    ]
    assert same_role_elsewhere({"kaiku": graph}, "social-services") == [
        RoleElsewhere(
            "kaiku",
            ("monialainen-tyoryhma", "sosiaalinen-kuntoutus", "kuntouttava-tyotoiminta"),
            2,  # participates in monialainen-tyoryhma
            ("other", "exit-social-rehabilitation", "exit-other-service"),
        )
    ]


# --- self-check ---------------------------------------------------------------------------------

# Four actors, five steps. Owned (a "who" question): kartoitus, suunnitelma (two leads), arvio,
# tyo; toiminta has no lead. With a next step (a "what follows" question): all but tyo.
QUIZ = """format: 1
id: kysely
title: Kysely
region: Esimerkkikunta
updated: 2026-01-15
actors:
  - {id: asiakas, kind: client, name: Asiakas}
  - {id: sos, kind: social-services, name: Sosiaalityö}
  - {id: te, kind: employment-services, name: Työllisyyspalvelut}
  - {id: kela, kind: kela, name: Kela}
phases:
  - {id: in, kind: into, title: Alku}
  - {id: during, kind: during, title: Aikana}
  - {id: out, kind: out, title: Jatko}
steps:
  - {id: kartoitus, phase: in, kind: service-need-assessment, title: Palvelutarpeen arviointi,
     roles: [{actor: sos, role: responsible}], next: [suunnitelma]}
  - {id: suunnitelma, phase: in, kind: activation-plan, title: Aktivointisuunnitelma,
     roles: [{actor: te, role: responsible}, {actor: sos, role: responsible}],
     next: [toiminta]}
  - {id: toiminta, phase: during, kind: activity, title: Kuntouttava työtoiminta,
     roles: [{actor: asiakas, role: participates}], next: [arvio]}
  - {id: arvio, phase: during, kind: review, title: Väliarvio,
     roles: [{actor: sos, role: responsible}, {actor: kela, role: consulted}],
     next: [toiminta, tyo]}
  - {id: tyo, phase: out, kind: exit-employment, title: Työhön,
     roles: [{actor: te, role: responsible}]}
"""

ACTORS = {"Asiakas", "Kela", "Sosiaalityö", "Työllisyyspalvelut"}
# prompt -> (the options as a set, the right options, the explanation). A question offers up
# to three wrong options; none here has more than three, so all of them are offered and the
# options are known as a set (their order is shuffled).
EXPECTED_QUESTIONS = {
    "Kuka vastaa askeleesta ”Palvelutarpeen arviointi” alueella Esimerkkikunta?": (
        ACTORS,
        {"Sosiaalityö"},
        "Askeleesta ”Palvelutarpeen arviointi” vastaa: Sosiaalityö.",
    ),
    "Kuka vastaa askeleesta ”Aktivointisuunnitelma” alueella Esimerkkikunta?": (
        ACTORS,
        {"Sosiaalityö", "Työllisyyspalvelut"},
        "Askeleesta ”Aktivointisuunnitelma” vastaa: Sosiaalityö, Työllisyyspalvelut.",
    ),
    "Kuka vastaa askeleesta ”Väliarvio” alueella Esimerkkikunta?": (
        ACTORS,
        {"Sosiaalityö"},  # Kela is only consulted
        "Askeleesta ”Väliarvio” vastaa: Sosiaalityö.",
    ),
    "Kuka vastaa askeleesta ”Työhön” alueella Esimerkkikunta?": (
        ACTORS,
        {"Työllisyyspalvelut"},
        "Askeleesta ”Työhön” vastaa: Työllisyyspalvelut.",
    ),
    "Mitä seuraa askeleen ”Palvelutarpeen arviointi” jälkeen?": (
        {"Aktivointisuunnitelma", "Kuntouttava työtoiminta", "Väliarvio", "Työhön"},
        {"Aktivointisuunnitelma"},
        "Askeleen ”Palvelutarpeen arviointi” jälkeen: Aktivointisuunnitelma.",
    ),
    "Mitä seuraa askeleen ”Aktivointisuunnitelma” jälkeen?": (
        {"Palvelutarpeen arviointi", "Kuntouttava työtoiminta", "Väliarvio", "Työhön"},
        {"Kuntouttava työtoiminta"},
        "Askeleen ”Aktivointisuunnitelma” jälkeen: Kuntouttava työtoiminta.",
    ),
    "Mitä seuraa askeleen ”Kuntouttava työtoiminta” jälkeen?": (
        {"Palvelutarpeen arviointi", "Aktivointisuunnitelma", "Väliarvio", "Työhön"},
        {"Väliarvio"},
        "Askeleen ”Kuntouttava työtoiminta” jälkeen: Väliarvio.",
    ),
    "Mitä seuraa askeleen ”Väliarvio” jälkeen?": (
        {"Palvelutarpeen arviointi", "Aktivointisuunnitelma", "Kuntouttava työtoiminta", "Työhön"},
        {"Kuntouttava työtoiminta", "Työhön"},  # the loop back and the exit
        "Askeleen ”Väliarvio” jälkeen: Kuntouttava työtoiminta; Työhön.",
    ),
}


def as_expected(quiz) -> dict[str, tuple[set[str], set[str], str]]:
    out = {}
    for q in quiz:
        assert len(set(q.options)) == len(q.options), q.options  # no option twice
        out[q.prompt] = (set(q.options), {q.options[i] for i in q.correct}, q.explanation)
    return out


@pytest.mark.parametrize("seed", range(3))
def test_questions_are_answered_from_the_data(seed):
    # Ten asked for: every owned step (4 ≤ (10 + 1) // 2) and every step with a next (4 ≤ 6).
    quiz = questions(graph_of(QUIZ), "fi", count=10, seed=seed)
    assert [q.prompt.split()[0] for q in quiz] == ["Kuka"] * 4 + ["Mitä"] * 4
    assert as_expected(quiz) == EXPECTED_QUESTIONS


@pytest.mark.parametrize("seed", range(3))
def test_a_round_has_half_who_and_half_what_follows_questions(seed):
    # count 6: (6 + 1) // 2 = 3 of the 4 "who" questions, then 6 − 3 = 3 of the 4 others.
    quiz = questions(graph_of(QUIZ), "fi", count=6, seed=seed)
    assert [q.prompt.split()[0] for q in quiz] == ["Kuka"] * 3 + ["Mitä"] * 3
    got = as_expected(quiz)
    assert len(got) == 6 and set(got) <= set(EXPECTED_QUESTIONS)
    assert got == {p: EXPECTED_QUESTIONS[p] for p in got}


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
    # Which questions a seed picks is random, so no value can be worked out by hand: what is
    # checked is that one seed always gives the same round and that the seed is used at all.
    graph = graph_of(QUIZ)
    assert questions(graph, "fi", seed=1) == questions(graph, "fi", seed=1)
    rounds = {tuple(q.prompt for q in questions(graph, "fi", seed=s)) for s in range(4)}
    assert len(rounds) > 1


@pytest.mark.parametrize("seed", range(5))
def test_questions_for_generated_paths_are_well_formed(seed):
    graph = graph_of(generate(seed))
    for lang in LANGS:
        for q in questions(graph, lang, count=10, seed=seed):
            assert len(set(q.options)) == len(q.options)
            assert q.correct and max(q.correct) < len(q.options)


def test_a_roles_questions_are_about_the_steps_where_it_acts():
    # QUIZ: Kela acts only at Väliarvio (consulted): your role there, who leads it (Sosiaalityö)
    # and what follows it, in that turn.
    quiz = questions(graph_of(QUIZ), "fi", count=6, seed=0, kind="kela")
    assert [q.step for q in quiz] == ["arvio"] * 3
    assert as_expected(quiz) == {
        "Mikä on roolisi (Kela) askeleessa ”Väliarvio”?": (
            {"vastuussa", "osallistuu", "konsultoidaan", "tiedotetaan"},
            {"konsultoidaan"},
            "Askeleessa ”Väliarvio”: Kela – konsultoidaan.",
        ),
        "Kuka vastaa askeleesta ”Väliarvio” alueella Esimerkkikunta?": EXPECTED_QUESTIONS[
            "Kuka vastaa askeleesta ”Väliarvio” alueella Esimerkkikunta?"
        ],
        "Mitä seuraa askeleen ”Väliarvio” jälkeen?": EXPECTED_QUESTIONS[
            "Mitä seuraa askeleen ”Väliarvio” jälkeen?"
        ],
    }
    assert [q.prompt.split()[0] for q in quiz] == ["Mikä", "Kuka", "Mitä"]


def test_an_answer_is_explained_from_the_task_the_conditions_and_the_sources():
    data = yaml.safe_load(QUIZ)
    data["region"] = "Esimerkkikunta (Esimerkin hyvinvointialue)"
    data["sources"] = [{"id": "s1", "title": "Palvelukuvaus 2025"}, {"id": "s2", "title": "Laki"}]
    arvio = data["steps"][3]
    arvio["sources"] = ["s1", "s2"]
    arvio["roles"][1]["task"] = "Kertoo kuntoutuksesta"
    arvio["next"] = [
        {"to": "toiminta", "when": "Tarvitaan lisää aikaa"},
        {"to": "tyo", "when": "Työpaikka löytyy", "handoff": "warm"},
    ]
    sources = "Lähteet: Palvelukuvaus 2025; Laki"
    role, who, after = questions(graph_of(data), "fi", count=6, seed=0, kind="kela")
    assert role.why == ("Tehtävä kuvauksessa (Kela): ”Kertoo kuntoutuksesta”", sources)
    assert who.prompt == "Kuka vastaa askeleesta ”Väliarvio” alueella Esimerkkikunta?"
    assert who.why == (sources,)  # Sosiaalityö leads with no task written
    assert after.why == (
        "”Kuntouttava työtoiminta”, kun: Tarvitaan lisää aikaa",
        "”Työhön”, kun: Työpaikka löytyy",
        sources,
    )


def test_a_round_for_a_role_takes_turns_and_stops_at_the_count():
    # QUIZ, social services: at kartoitus, suunnitelma and arvio (responsible at each). Three
    # "your role", three "who leads", three "what follows": six asked for, two of each.
    quiz = questions(graph_of(QUIZ), "en", count=6, seed=2, kind="social-services")
    assert [" ".join(q.prompt.split()[:2]) for q in quiz] == [
        "What is",
        "Who is",
        "What follows",
    ] * 2
    assert {q.step for q in quiz} <= {"kartoitus", "suunnitelma", "arvio"}


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


GUIDE = Term({"fi": "omaohjaaja", "en": "personal guide"}, {"fi": "Kelan työntekijä"}, "alfa")
ALLOWANCE = Term(
    {"fi": "kuntoutusraha", "sv": "rehabiliteringspenning", "en": "rehabilitation allowance"},
    {},
    "core",
)
TRIAL = Term(
    {"fi": "työkokeilu", "sv": "arbetsprövning", "en": "work trial"},
    {"en": "A trial at a workplace, arranged with Kela"},
    "beeta",
)
TERMS = (GUIDE, ALLOWANCE, TRIAL)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("OMAOHJ", [GUIDE]),  # the start of a Finnish term, any case
        ("rehabiliterings", [ALLOWANCE]),  # Swedish
        ("Work Trial", [TRIAL]),  # English, any case
        ("  personal \t  guide ", [GUIDE]),  # spaces collapse and are trimmed
        ("työntekijä", [GUIDE]),  # a definition
        ("kela", [GUIDE, TRIAL]),  # definitions in fi and en; the order of the terms kept
        ("guide kelan", []),  # a term and a definition are not one text
        ("qwxzv", []),
        ("", [GUIDE, ALLOWANCE, TRIAL]),  # no query: everything
        ("   ", [GUIDE, ALLOWANCE, TRIAL]),
    ],
)
def test_glossary_search_on_terms_counted_by_hand(query, expected):
    assert search(TERMS, query) == expected


def test_glossary_search_finds_a_regions_own_term():
    # "Gråzon" is only in paths/kaiku.yaml's glossary (its other mentions are not glossary).
    found = search(GLOSSARY, "GRÅZON")
    assert [(t.texts, t.origin) for t in found] == [
        ({"fi": "Katvealue", "sv": "Gråzon", "en": "Grey area"}, "kaiku")
    ]


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
    # polku/data/reference.yaml, glossary: lines 4–37, the last three without Swedish.
    core = core_glossary()
    assert len(core) == 34
    assert all({"fi", "en"} <= set(t.texts) for t in core)
    by_fi = {t.texts["fi"]: t for t in core}
    plan = by_fi["aktivointisuunnitelma"]
    assert (plan.texts, plan.sv_verified) == (
        {"fi": "aktivointisuunnitelma", "sv": "aktiveringsplan", "en": "activation plan"},
        True,
    )
    assert by_fi["osatyökykyinen"].sv_verified is False  # Swedish given, marked unverified
    assert [t.texts["fi"] for t in core if "sv" not in t.texts] == [
        "omaohjaaja",
        "asiakasvastaava",
        "työkykykoordinaattori",
    ]
    assert [t.sv_verified for t in core if "sv" not in t.texts] == [False, False, False]
    # Every core term is defined in all three languages, even without a Swedish name.
    assert all(set(t.definition) == set(LANGS) for t in core)
    assert by_fi["omaohjaaja"].definition["sv"] == (
        "En kontaktperson som utses för klienten och följer upp hur det går; i AIMO till "
        "exempel en anställd vid FPA."
    )
    assert by_fi["omaohjaaja"].origin == "core"


def test_merged_gives_each_term_once_with_the_core_first():
    core = Term(
        {"fi": "kulukorvaus", "sv": "kostnadsersättning", "en": "expense allowance"},
        {"fi": "Yleinen selitys."},
        "core",
        sv_verified=False,
    )
    alfa = Term(
        {"fi": "Kulukorvaus", "sv": "Kostnadsersättning (ej verifierad)"},
        {"fi": "Alfan selitys.", "sv": "Alfas förklaring."},
        "alfa",
    )
    beeta = Term({"en": "Expense Allowance"}, {"en": "Beta's definition."}, "beeta")
    other = Term({"fi": "täsmätyö"}, {"fi": "Räätälöity työ."}, "alfa")
    (allowance, tailored) = merged((core, alfa, other, beeta))
    # Matched on the Finnish name (alfa) and on the English one (beeta), whatever the case.
    assert allowance.texts == core.texts  # the core's names, its Swedish unverified
    assert allowance.sv_verified is False
    assert allowance.definition == {
        "fi": "Yleinen selitys.",
        "sv": "Alfas förklaring.",
        "en": "Beta's definition.",
    }
    assert allowance.sources == ("core", "alfa", "beeta")
    assert (tailored.texts, tailored.sources) == ({"fi": "täsmätyö"}, ("alfa",))


def test_terms_are_in_the_order_finnish_and_swedish_sort_letters():
    terms = [Term({"sv": w}, {}, "core") for w in ("ö", "å", "ä", "z", "a")]
    assert [t.texts["sv"] for t in alphabetical(terms, "sv")] == ["a", "z", "å", "ä", "ö"]


def test_laws_link_to_finlex_and_reforms_are_dated():
    # polku/data/reference.yaml, laws and reforms.
    assert [law.number for law in laws()] == [
        "189/2001",
        "1301/2014",
        "1290/2002",
        "381/2023",
        "380/2023",
        "812/2000",
        "1326/2010",
    ]
    by_number = {law.number: law for law in laws()}
    # The official titles (issue 12 found the first one wrong).
    assert by_number["381/2023"].names == {
        "fi": "Laki työllistymisen monialaisesta edistämisestä",
        "sv": "Lag om sektorsövergripande främjande av sysselsättningen",
        "en": "Act on the Multisectoral Promotion of Employment",
    }
    first = laws()[0]
    assert first.names["en"] == "Act on Rehabilitative Work Activity"
    assert first.url == "https://www.finlex.fi/fi/laki/ajantasa/2001/20010189"
    assert all(law.url.startswith("https://www.finlex.fi/") for law in laws())
    assert all(set(law.names) == set(LANGS) for law in laws())
    assert [r.date for r in reforms()] == [
        dt.date(2023, 1, 1),
        dt.date(2025, 1, 1),
        dt.date(2025, 11, 25),
    ]
    assert all(r.source and set(r.texts) == set(LANGS) for r in reforms())
    # The plan is made together (189/2001 § 2), never by the employment authority alone.
    te24 = reforms()[1].texts
    assert "yhdessä hyvinvointialueen ja asiakkaan kanssa" in te24["fi"]
    assert "tillsammans med välfärdsområdet och klienten" in te24["sv"]
    assert "together with the wellbeing services county and the client" in te24["en"]
