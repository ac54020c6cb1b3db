"""One persona across regions: the table's rows and the sentences, on the shipped paths (walks
worked out by hand in tests/test_persona.py) and on small hand-written paths."""

import pytest

from polku.i18n import LANGS
from polku.persona import play
from polku.persona_compare import (
    COLUMNS,
    NONE,
    persona_rows,
    persona_table,
    persona_words,
)
from tests.test_persona import graph_of, shipped_graph, shipped_persona

FOUR = ["kansallinen", "paijat-hame", "pohjois-karjala", "satakunta"]


def walks_of(scenario_id: str, path_ids: list[str]):
    persona = shipped_persona(scenario_id)
    out = {}
    for pid in path_ids:
        graph = shipped_graph(pid)
        out[pid] = (graph, play(graph, persona))
    return out


@pytest.fixture(scope="module")
def four():
    return walks_of("selkakipu-45", FOUR)


def test_one_row_per_path_in_the_order_given_with_the_walks_figures(four):
    rows = persona_rows(four, "en")
    assert [r.path for r in rows] == FOUR
    assert [r.name for r in rows] == ["All of Finland", "Päijät-Häme", "North Karelia", "Satakunta"]
    assert [r.steps for r in rows] == [3, 2, 2, 2]
    assert [r.end for r in rows] == ["exit", "open", "several", "open"]
    assert [r.handoff_unstated for r in rows] == [2, 1, 1, 1]
    assert [(r.warm, r.cold) for r in rows] == [(0, 0)] * 4
    assert [r.days for r in rows] == ["unknown"] * 4
    national, paijat, karelia, satakunta = rows
    assert national.way == (
        "Recognising long-term unemployment and the need for support",
        "Health check for the unemployed",
        "Treatment and medical rehabilitation",
    )
    assert national.exit == "Treatment and medical rehabilitation"
    assert national.open_at == NONE and national.gaps == ()
    assert paijat.gaps == ("Work ability assessment as multisectoral network work (team model)",)
    assert paijat.exit == NONE
    assert paijat.open_at.startswith(
        "Work ability assessment as multisectoral network work (team model) – the path does not say"
    )
    # The open question's ways, each with its condition as the path words it.
    assert paijat.open_at.splitlines()[1:] == [
        "→ Multisectoral support – the TYM cooperation model (Multisectoral support is needed)",
        "→ Activation plan (Rehabilitative work activity could suit)",
        "→ Social rehabilitation (Social rehabilitation fits better)",
    ]
    assert karelia.open_at.startswith("Centralised health check for the unemployed – several")
    assert karelia.gaps == ("Work ability is a concern – the need for support is recognised",)
    assert satakunta.gaps == ()


def test_the_table_has_a_row_per_path_and_no_empty_or_nan_cell(four):
    for lang in LANGS:
        frame = persona_table(four, lang)
        assert frame.shape == (4, len(COLUMNS))
        assert frame.notna().all().all()
        assert all(isinstance(v, str) and v.strip() for v in frame.to_numpy().ravel())
    frame = persona_table(four, "en")
    assert list(frame.index) == ["All of Finland", "Päijät-Häme", "North Karelia", "Satakunta"]
    assert frame.index.name == "Region"
    assert frame.loc["All of Finland", "Steps"] == "3"
    assert frame.loc["All of Finland", "Way taken"].splitlines() == [
        "1. Recognising long-term unemployment and the need for support",
        "2. Health check for the unemployed",
        "3. Treatment and medical rehabilitation",
    ]
    assert frame.loc["Satakunta", "Exit reached"] == NONE
    assert frame.loc["Päijät-Häme", "Handoffs not stated"] == "1"
    fi = persona_table(four, "fi")
    assert "Uloskäynti" in fi.columns and "Katvealueet matkalla" in fi.columns


def test_the_words_compare_the_walks(four):
    words = persona_words(four, "Person A", "en")
    assert words[0] == (
        "All of Finland: Person A walks 3 steps, duration unknown. "
        "The path ends at the exit Treatment and medical rehabilitation."
    )
    assert words[2].startswith("North Karelia: Person A walks 2 steps")
    assert "several ways fit" in words[2]
    assert (
        "Longest walk: All of Finland (3 steps); shortest: Päijät-Häme, North Karelia, "
        "Satakunta (2)." in words
    )
    assert "They fall into a gap (a step no one is responsible for) in: Päijät-Häme, " in "".join(
        words
    )
    assert "Not one handoff is stated as warm or cold: 5 handoffs." in words
    assert "Reaches an exit: All of Finland." in words
    assert "The path leaves the question open: Päijät-Häme, Satakunta." in words
    assert "Several ways fit: North Karelia." in words
    for lang in ("fi", "sv"):
        other = persona_words(four, "A", lang)
        assert len(other) == len(words) and other != words


def test_walks_as_long_everywhere_without_gaps_and_with_stated_handoffs():
    weeks = {"min": 1, "max": 2, "unit": "weeks"}

    def path(handoff: str):
        return graph_of(
            {"id": "a", "next": [{"to": "b", "handoff": handoff}]},
            {"id": "b", "kind": "exit-employment", "duration": weeks},
        )

    persona = shipped_persona("selkakipu-45")
    walks = {}
    for pid, handoff in (("one", "warm"), ("two", "cold")):
        g = path(handoff)
        walks[pid] = (g, play(g, persona))
    rows = persona_rows(walks, "en")
    assert [(r.warm, r.cold, r.days) for r in rows] == [(1, 0, "7–14 days"), (0, 1, "7–14 days")]
    words = persona_words(walks, "P", "en")
    assert "The walk is as long in every region: 2 steps." in words
    assert "They fall into no gap in any region." in words
    assert "Handoffs in all: 1 warm, 1 cold, 0 not stated." in words
    assert "Reaches an exit: R (one), R (two)." in words


def test_a_loop_is_the_exit_column_and_a_sentence():
    g = graph_of(
        {"id": "a", "next": [{"to": "b"}]},
        {"id": "b", "next": [{"to": "a"}]},
    )
    walk = play(g, shipped_persona("selkakipu-45"))
    assert walk.end == "loop"
    (row,) = persona_rows({"p": (g, walk)}, "en")
    assert row.exit == "no exit: a loop at the step A"
    words = persona_words({"p": (g, walk)}, "P", "en")
    assert words[0].endswith("The walk goes round at A and reaches no exit.")
