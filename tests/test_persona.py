"""The persona player: each end reason on small hand-written paths, changes along the way,
the summary, the words; and hand-worked walks of every shipped scenario on shipped paths."""

import pytest
import yaml

from polku.graph import PathGraph
from polku.i18n import LANGS
from polku.loader import load_file
from polku.models import PathFile
from polku.persona import describe_walk, play, situation_label
from polku.scenario import Scenario, load_scenario_file, shipped_scenarios
from tests.conftest import ROOT, SHIPPED


def graph_of(*steps: dict) -> PathGraph:
    """A path of the given steps (id, kind, next; responsible actor `a` unless roles given)."""
    full = []
    for step in steps:
        full.append(
            {
                "phase": "p",
                "kind": "activity",
                "title": step["id"].upper(),
                "roles": [{"actor": "a", "role": "responsible"}],
                **step,
            }
        )
    return PathGraph(
        PathFile.model_validate(
            {
                "format": 1,
                "id": "test-path",
                "title": "T",
                "region": "R",
                "updated": "2026-12-06",
                "actors": [{"id": "a", "kind": "other", "name": "Toimija A"}],
                "phases": [{"id": "p", "kind": "during", "title": "Vaihe"}],
                "steps": full,
            }
        )
    )


def persona(situations=(), changes=()) -> Scenario:
    return Scenario.model_validate(
        {
            "format": 1,
            "id": "test-persona",
            "title": "X",
            "description": "X",
            "source": {"title": "S", "url": "https://example.org/"},
            "fictional": True,
            "situations": list(situations),
            "changes": list(changes),
        }
    )


def go(to: str, *situations: str, **more) -> dict:
    return {"to": to, "situations": list(situations), **more}


BRANCH = graph_of(
    {"id": "a", "next": ["b"]},
    {"id": "b", "kind": "review", "next": [go("job", "job-offer"), go("edu", "wants-education")]},
    {"id": "job", "kind": "exit-employment"},
    {"id": "edu", "kind": "exit-education"},
)


def test_a_walk_to_an_exit():
    walk = play(BRANCH, persona(["job-offer"]))
    assert walk.step_ids == ["a", "b", "job"]
    assert (walk.end, walk.end_step) == ("exit", "job")
    assert walk.steps[1].taken.to == "job" and walk.steps[-1].taken is None


def test_no_fitting_way_leaves_the_question_open_with_every_way_listed():
    walk = play(BRANCH, persona(["social-assistance"]))
    assert walk.step_ids == ["a", "b"]
    assert (walk.end, walk.end_step) == ("open", "b")
    assert [tr.to for tr in walk.options] == ["job", "edu"]
    words = describe_walk(walk, BRANCH, "en")
    assert "The walk stops at B: the path leaves open" in words[-4]
    assert words[-3] == f"   → JOB ({situation_label('job-offer', 'en')})"


def test_several_fitting_ways_stop_the_walk_unless_they_lead_to_one_step():
    walk = play(BRANCH, persona(["job-offer", "wants-education"]))
    assert (walk.end, walk.end_step, walk.step_ids) == ("several", "b", ["a", "b"])
    assert [tr.to for tr in walk.options] == ["job", "edu"]
    same = graph_of(
        {
            "id": "a",
            "next": [go("b", "job-offer"), go("b", "wants-education"), go("c", "under-25")],
        },
        {"id": "b"},
        {"id": "c"},
    )
    walk = play(same, persona(["job-offer", "wants-education"]))
    assert walk.step_ids == ["a", "b"] and walk.end == "exit"


def test_a_way_without_situations_is_never_chosen_at_a_branch_but_a_single_way_always_is():
    untagged = graph_of({"id": "a", "next": ["b", go("c", "job-offer")]}, {"id": "b"}, {"id": "c"})
    assert play(untagged, persona()).end == "open"
    assert play(untagged, persona(["job-offer"])).step_ids == ["a", "c"]
    single = graph_of({"id": "a", "next": [go("b", "job-offer")]}, {"id": "b"})
    assert play(single, persona()).step_ids == ["a", "b"]


def test_changes_apply_after_steps_walked_and_on_reaching_a_kind():
    by_kind = persona(["unemployment-benefit"], [{"at_kind": "review", "add": ["job-offer"]}])
    walk = play(BRANCH, by_kind)
    assert walk.step_ids == ["a", "b", "job"]
    assert walk.steps[0].situations == ("unemployment-benefit",)
    assert walk.steps[1].added == ("job-offer",)
    by_count = persona(["job-offer"], [{"after_steps": 2, "remove": ["job-offer"]}])
    walk = play(BRANCH, by_count)
    assert (walk.end, walk.steps[1].removed) == ("open", ("job-offer",))
    both = persona([], [{"after_steps": 3, "at_kind": "review", "add": ["wants-education"]}])
    assert play(BRANCH, both).end == "open"  # the review is the 2nd step, not the 3rd


LOOP = graph_of(
    {"id": "a", "next": ["r"]},
    {
        "id": "r",
        "kind": "review",
        "next": [go("a", "health-concern"), go("x", "job-offer")],
    },
    {"id": "x", "kind": "exit-employment"},
)


def test_a_loop_stops_after_a_bounded_number_of_rounds_and_says_so():
    walk = play(LOOP, persona(["health-concern"]))
    assert walk.step_ids == ["a", "r", "a", "r", "a", "r"]
    assert (walk.end, walk.end_step) == ("loop", "a")
    assert play(LOOP, persona(["health-concern"]), max_visits=1).step_ids == ["a", "r"]
    words = describe_walk(walk, LOOP, "en")
    assert "was reached more than 3 times" in words[-2]


def test_a_change_on_the_way_round_leads_out_of_the_loop():
    change = {"after_steps": 4, "add": ["job-offer"], "remove": ["health-concern"]}
    walk = play(LOOP, persona(["health-concern"], [change]))
    assert walk.step_ids == ["a", "r", "a", "r", "x"] and walk.end == "exit"


def test_the_summary_adds_up_durations_handoffs_and_gaps():
    graph = graph_of(
        {
            "id": "a",
            "duration": {"min": 1, "max": 2, "unit": "weeks"},
            "next": [{"to": "b", "handoff": "warm"}],
        },
        {"id": "b", "roles": [], "next": [{"to": "c", "handoff": "cold"}]},
        {"id": "c", "duration": {"min": 3, "max": 6, "unit": "months"}, "next": ["d"]},
        {"id": "d", "duration": "muutama viikko"},
    )
    walk = play(graph, persona())
    s = walk.summary
    assert (s.steps, s.min_days, s.max_days, s.unstated) == (4, 97, 194, 2)
    assert (s.warm, s.cold, s.handoff_unstated, s.gaps) == (1, 1, 1, ("b",))
    assert walk.steps[0].actors == ("a",) and walk.steps[1].actors == ()
    assert [f.kind for f in walk.steps[1].findings if f.kind == "gap"] == ["gap"]
    words = describe_walk(walk, graph, "en")
    assert words[:2] == ["The situation at the start: –", "1. A [a]"]
    assert "   duration: 7–14 days" in words
    assert "   next: B (warm handoff)" in words
    assert words[-2] == (
        "In all 4 steps, duration 97–194 days (2 without a duration); handoffs: 1 warm, "
        "1 cold, 1 not stated."
    )
    assert words[-1] == "1 gap on the way (no one responsible): B"


@pytest.mark.parametrize("lang", LANGS)
def test_every_end_reason_in_words_in_every_language(lang):
    cases = [
        (BRANCH, persona(["job-offer"])),
        (BRANCH, persona()),
        (BRANCH, persona(["job-offer", "wants-education"])),
        (LOOP, persona(["health-concern"])),
    ]
    seen = set()
    for graph, scenario in cases:
        walk = play(graph, scenario)
        lines = describe_walk(walk, graph, lang)
        assert lines and all(isinstance(line, str) and line for line in lines)
        seen.add(walk.end)
    assert seen == {"exit", "open", "several", "loop"}


# --- shipped scenarios on shipped paths ------------------------------------------------------
# Worked out by hand from paths/*.yaml (the transitions' `situations`) and scenarios/*.yaml.
# At a branch only a tagged way whose situations all hold is a candidate; an untagged way (the
# path's "otherwise") never is, so a branch whose only fitting way is untagged leaves the
# question open: the player reports what the path does not say.


def shipped_graph(path_id: str) -> PathGraph:
    result = load_file(SHIPPED / f"{path_id}.yaml")
    assert result.ok, [e.render("en") for e in result.errors]
    return PathGraph(result.path)


def shipped_persona(scenario_id: str) -> Scenario:
    result = load_scenario_file(ROOT / "scenarios" / f"{scenario_id}.yaml")
    assert result.ok
    return result.scenario


EXPECTED = [
    # Person A, 45: unemployment-benefit + health-concern; on a health check reduced work
    # ability is added.
    (
        "selkakipu-45",
        "kansallinen",
        # tunnistaminen: only →terveystarkastus [health-concern] fits ([social-assistance] not);
        # terveystarkastus (health-check, adds reduced-work-ability): only
        # →laakinnallinen-kuntoutus [health-concern] is tagged and fits; it is an exit.
        ["tunnistaminen", "terveystarkastus", "laakinnallinen-kuntoutus"],
        "exit",
        [],
    ),
    (
        "selkakipu-45",
        "paijat-hame",
        # tunnistaminen: only →tyokyvyn-selvittely [health-concern] fits; there the tagged way
        # is [needs-social-rehabilitation], which does not hold: open.
        ["tunnistaminen", "tyokyvyn-selvittely"],
        "open",
        ["tym-monialainen", "aktivointisuunnitelma", "sosiaalinen-kuntoutus"],
    ),
    (
        "selkakipu-45",
        "pohjois-karjala",
        # tyokyky-mietityttaa: →terveystarkastus [health-concern] fits, [reduced-work-ability]
        # not yet; the health check adds it, so both →tyokyvyn-arviointi [reduced-work-ability]
        # and →laakinnallinen-kuntoutus [health-concern] fit: several.
        ["tyokyky-mietityttaa", "terveystarkastus"],
        "several",
        ["tyokyvyn-arviointi", "laakinnallinen-kuntoutus"],
    ),
    # Person B, 22: under-25 + social-assistance + wants-education; no changes.
    (
        "nuori-opiskelu-22",
        "kansallinen",
        # tunnistaminen: →palvelutarpeen-arviointi [social-assistance] is the one that fits;
        # there only [needs-social-rehabilitation] is tagged: open.
        ["tunnistaminen", "palvelutarpeen-arviointi"],
        "open",
        ["aktivointisuunnitelma", "monialainen-arvio", "sosiaalinen-kuntoutus"],
    ),
    (
        "nuori-opiskelu-22",
        "paijat-hame",
        # tunnistaminen: the one tagged way needs health-concern: open at once.
        ["tunnistaminen"],
        "open",
        ["tyokyvyn-selvittely", "tym-monialainen", "aktivointisuunnitelma"],
    ),
    (
        "nuori-opiskelu-22",
        "pohjois-karjala",
        # tyokyky-mietityttaa: [health-concern] and [reduced-work-ability]: neither holds.
        ["tyokyky-mietityttaa"],
        "open",
        ["terveystarkastus", "tyokyvyn-arviointi"],
    ),
    # Person C, 52: social-assistance + health-concern; on reaching an activity, interrupted.
    (
        "keskeytys-52",
        "kansallinen",
        # tunnistaminen: [health-concern] and [social-assistance] both hold: several.
        ["tunnistaminen"],
        "several",
        ["terveystarkastus", "palvelutarpeen-arviointi"],
    ),
    (
        "keskeytys-52",
        "paijat-hame",
        # As Person A: →tyokyvyn-selvittely [health-concern], then open there.
        ["tunnistaminen", "tyokyvyn-selvittely"],
        "open",
        ["tym-monialainen", "aktivointisuunnitelma", "sosiaalinen-kuntoutus"],
    ),
    (
        "keskeytys-52",
        "pohjois-karjala",
        # →terveystarkastus [health-concern]; no reduced-work-ability, so only
        # →laakinnallinen-kuntoutus [health-concern] fits; an exit.
        ["tyokyky-mietityttaa", "terveystarkastus", "laakinnallinen-kuntoutus"],
        "exit",
        [],
    ),
    # Person D, 38: reduced-work-ability + unemployment-benefit; a job offer at the review.
    (
        "tyotarjous-38",
        "kansallinen",
        # tunnistaminen: neither [health-concern] nor [social-assistance] holds: open, every
        # way listed.
        ["tunnistaminen"],
        "open",
        [
            "terveystarkastus",
            "palvelutarpeen-arviointi",
            "monialainen-arvio",
            "aktivointisuunnitelma",
        ],
    ),
    (
        "tyotarjous-38",
        "paijat-hame",
        # tunnistaminen: the one tagged way needs health-concern: open.
        ["tunnistaminen"],
        "open",
        ["tyokyvyn-selvittely", "tym-monialainen", "aktivointisuunnitelma"],
    ),
    (
        "tyotarjous-38",
        "pohjois-karjala",
        # tyokyky-mietityttaa: →tyokyvyn-arviointi [reduced-work-ability]; two single ways on;
        # yhteinen-suunnitelma: →ammatillinen-kuntoutus needs needs-vocational-rehabilitation,
        # →ktt-paikka is untagged: open (the review, and its job offer, is never reached).
        [
            "tyokyky-mietityttaa",
            "tyokyvyn-arviointi",
            "moniammatillinen-arvio",
            "yhteinen-suunnitelma",
        ],
        "open",
        ["ktt-paikka", "ammatillinen-kuntoutus"],
    ),
]


@pytest.mark.parametrize(
    ("scenario_id", "path_id", "steps", "end", "options"),
    EXPECTED,
    ids=[f"{s}@{p}" for s, p, *_ in EXPECTED],
)
def test_shipped_scenarios_walk_the_shipped_paths_as_worked_out_by_hand(
    scenario_id, path_id, steps, end, options
):
    graph = shipped_graph(path_id)
    walk = play(graph, shipped_persona(scenario_id))
    assert walk.step_ids == steps
    assert walk.end == end and walk.end_step == steps[-1]
    assert [tr.to for tr in walk.options] == options
    for lang in LANGS:
        assert describe_walk(walk, graph, lang)


def test_every_shipped_scenario_is_worked_out_on_at_least_three_paths():
    worked = {}
    for scenario_id, path_id, *_ in EXPECTED:
        worked.setdefault(scenario_id, set()).add(path_id)
    assert set(worked) == {p.stem for p in shipped_scenarios()}
    assert all(len(paths) >= 3 for paths in worked.values())


def test_a_shipped_path_loop_stops_after_three_rounds():
    """Pohjois-Karjala: the activity goes to the break [interrupted] and the break back to the
    activity; a person whose interruption never ends goes round until the bound stops them."""
    data = yaml.safe_load((SHIPPED / "pohjois-karjala.yaml").read_text("utf-8"))
    for step in data["steps"]:
        step["start"] = step["id"] == "tyotoiminta"  # begin the walk in the activity
    graph = PathGraph(PathFile.model_validate(data))
    walk = play(graph, persona(["interrupted"]))
    assert walk.step_ids == ["tyotoiminta", "palvelukatko"] * 3
    assert (walk.end, walk.end_step) == ("loop", "tyotoiminta")
    ends = persona(["interrupted"], [{"after_steps": 4, "remove": ["interrupted"]}])
    walk = play(graph, ends)  # back in the activity, the path does not say what comes next
    assert walk.step_ids == ["tyotoiminta", "palvelukatko"] * 2 + ["tyotoiminta"]
    assert (walk.end, walk.steps[3].removed) == ("open", ("interrupted",))
