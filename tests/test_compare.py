"""Comparison core: aligned rows, the difference matrix, metrics against hand counts, the
exports (CSV, XLSX read back with pandas) and the summary."""

import io

import pandas as pd
import pytest

from polku.compare import Cell, differences, matrix, short_names
from polku.exports import comparison_summary, comparison_xlsx, difference_table, metrics_table
from polku.graph import PathGraph
from polku.loader import load_library, load_text
from polku.metrics import METRICS, path_metrics
from tests.conftest import FIXTURES, SHIPPED, dump
from tests.pathgen import generate

PAIR = load_library([FIXTURES / "compare"])
A, B = PAIR.graphs["compare-a"], PAIR.graphs["compare-b"]
SHIPPED_LIB = load_library([SHIPPED])


def graph_of(data: dict) -> PathGraph:
    result = load_text(dump(data), "t.yaml")
    assert result.ok, result.errors
    return PathGraph(result.path)


# Counted by hand from tests/fixtures/compare/*.yaml (see the comments there).
EXPECTED = {
    "compare-a": {
        "steps": 6,
        "decisions": 1,  # review → work, job, rehab
        "actors": 3,  # sos, te, kela (the client has no role)
        "handoffs": 3,  # contact→plan (sos → te+sos), review→job, review→rehab
        "warm": 2,  # contact→plan, review→rehab
        "cold": 1,  # review→job
        "gaps": 1,  # work
        "overlaps": 1,  # plan
        "exits": 2,  # job, rehab
        # whole days; the exit's own duration is not counted (job and rehab have none)
        "shortest": 119,  # 1 week + 2 weeks + 3 months (3 × 30.44 days) + 1 week = 119.32
        "longest": 239,  # 2 weeks + 4 weeks + 6 months + 2 weeks = 238.64
    },
    "compare-b": {
        "steps": 3,
        "decisions": 0,
        "actors": 2,
        "handoffs": 1,  # start (ngo) → plan (sos); edu has no owner
        "warm": 0,
        "cold": 1,
        "gaps": 1,  # edu
        "overlaps": 0,
        "exits": 1,
        "shortest": None,  # no durations given
        "longest": None,
    },
}


@pytest.mark.parametrize("path_id", sorted(EXPECTED))
def test_metrics_match_the_hand_count(path_id):
    values = path_metrics(PAIR.graphs[path_id]).values
    assert set(values) == set(METRICS)
    assert values == EXPECTED[path_id]


# The steps and transitions behind each figure, by hand from the same files.
EXPECTED_BEHIND = {
    "compare-a": {
        "steps": (
            ("contact", None),
            ("plan", None),
            ("work", None),
            ("review", None),
            ("job", None),
            ("rehab", None),
        ),
        "decisions": (("review", None),),
        # every step has a role (work: sos participates); the figure counts actors, 3
        "actors": (
            ("contact", None),
            ("plan", None),
            ("work", None),
            ("review", None),
            ("job", None),
            ("rehab", None),
        ),
        # plan → work and work → review have no owner on one side; review → work neither
        "handoffs": (("contact", "plan"), ("review", "job"), ("review", "rehab")),
        "warm": (("contact", "plan"), ("review", "rehab")),
        "cold": (("review", "job"),),
        "gaps": (("work", None),),
        "overlaps": (("plan", None),),
        "exits": (("job", None), ("rehab", None)),
        # job and rehab have no duration: both routes tie; the first exit in reading order
        "shortest": (
            ("contact", None),
            ("plan", None),
            ("work", None),
            ("review", None),
            ("job", None),
        ),
        "longest": (
            ("contact", None),
            ("plan", None),
            ("work", None),
            ("review", None),
            ("job", None),
        ),
    },
    "compare-b": {
        "steps": (("start", None), ("plan", None), ("edu", None)),
        "decisions": (),
        "actors": (("start", None), ("plan", None)),  # edu has no role
        "handoffs": (("start", "plan"),),  # plan → edu: edu has no owner
        "warm": (),
        "cold": (("plan", "edu"),),
        "gaps": (("edu", None),),
        "overlaps": (),
        "exits": (("edu", None),),
        "shortest": (),  # no durations given
        "longest": (),
    },
}


@pytest.mark.parametrize("path_id", sorted(EXPECTED_BEHIND))
def test_the_steps_behind_a_metric_are_the_ones_counted(path_id):
    assert path_metrics(PAIR.graphs[path_id]).behind == EXPECTED_BEHIND[path_id]


def test_a_loop_does_not_make_the_longest_route_endless(minimal):
    minimal["steps"][0]["duration"] = {"max": 1, "unit": "months"}
    minimal["steps"][1]["next"] = ["suunnitelma"]  # the exit now loops back: no exit at all
    values = path_metrics(graph_of(minimal)).values
    assert values["longest"] is None and values["exits"] == 0


ABSENT = Cell((), (), "", False, False, False, False, False)


def test_the_matrix_rows_are_every_kind_any_path_uses_in_phase_order():
    # Cell(steps, owner kinds, duration, only here, owner differs, gap, overlap, cold)
    assert matrix({"a": A, "b": B}, "en") == {
        ("into", "outreach"): {
            "a": Cell(
                ("contact",), ("social-services",), "1–2 weeks", False, True, False, False, False
            ),
            "b": Cell(("start",), ("ngo",), "", False, True, False, False, False),
        },
        ("into", "activation-plan"): {
            # te and sos lead plan in a: an overlap; only sos in b; plan → edu is cold in b
            "a": Cell(
                ("plan",),
                ("employment-services", "social-services"),
                "2–4 weeks",
                False,
                True,
                False,
                True,
                False,
            ),
            "b": Cell(("plan",), ("social-services",), "", False, True, False, False, True),
        },
        ("during", "activity"): {
            "a": Cell(("work",), (), "3–6 months", True, False, True, False, False),
            "b": ABSENT,
        },
        ("during", "review"): {
            "a": Cell(
                ("review",), ("social-services",), "1–2 weeks", True, False, False, False, True
            ),
            "b": ABSENT,
        },
        ("out", "exit-employment"): {
            "a": Cell(("job",), ("employment-services",), "", True, False, False, False, True),
            "b": ABSENT,
        },
        ("out", "exit-education"): {
            "a": ABSENT,
            "b": Cell(("edu",), (), "", True, False, True, False, True),
        },
        ("out", "exit-vocational-rehabilitation"): {
            "a": Cell(("rehab",), ("kela",), "", True, False, False, False, False),
            "b": ABSENT,
        },
    }


def test_the_matrix_keeps_the_order_of_the_rows():
    assert list(matrix({"a": A, "b": B}, "en")) == [
        ("into", "outreach"),
        ("into", "activation-plan"),
        ("during", "activity"),
        ("during", "review"),
        ("out", "exit-employment"),
        ("out", "exit-education"),
        ("out", "exit-vocational-rehabilitation"),
    ]


def test_one_path_alone_has_nothing_only_here_and_no_owner_differing():
    table = matrix({"b": B}, "en")
    assert list(table) == [
        ("into", "outreach"),
        ("into", "activation-plan"),
        ("out", "exit-education"),
    ]
    assert table[("out", "exit-education")]["b"] == Cell(
        ("edu",), (), "", False, False, True, False, True
    )


def test_two_steps_of_one_kind_share_a_cell(minimal):
    minimal["steps"][0]["next"] = ["toinen"]
    minimal["steps"].insert(
        1,
        {
            "id": "toinen",
            "phase": "sisaan",
            "kind": "activation-plan",
            "title": "Toinen suunnitelma",
            "duration": {"min": 2, "unit": "months"},
            "roles": [{"actor": "asiakas", "role": "responsible"}],
            "next": ["koulutus"],
        },
    )
    table = matrix({"esimerkki": graph_of(minimal), "compare-b": B}, "en")
    assert table[("into", "activation-plan")]["esimerkki"] == Cell(
        ("suunnitelma", "toinen"),
        ("social-services", "client"),  # sos leads suunnitelma, the client toinen
        "at least 2 months",
        False,
        True,  # compare-b: social services alone
        False,
        False,
        False,
    )


@pytest.mark.parametrize("seed", range(4))
def test_every_step_kind_of_any_valid_file_gets_a_row(seed):
    graphs = dict(SHIPPED_LIB.graphs)
    generated = graph_of(generate(seed))
    graphs[generated.path.id] = generated
    table = matrix(graphs, "fi")
    assert all(list(cells) == list(graphs) for cells in table.values())  # a cell per path
    for pid, g in graphs.items():
        placed = [sid for cells in table.values() for sid in cells[pid].steps]
        assert sorted(placed) == sorted(g.steps), pid  # every step once, none lost
        for (_, kind), cells in table.items():
            assert all(g.steps[sid].kind == kind for sid in cells[pid].steps), pid


def test_the_differences_are_said_in_words():
    said = differences({"compare-a": A, "compare-b": B}, "en")
    text = "\n".join(said)
    assert "Only Alfa: During · activity (Työtoiminta)." in said
    assert "Only Beeta: Out · into education (Koulutukseen)." in said
    assert (
        "Into · outreach and first contact – the owner differs: Alfa: social services; Beeta: NGO."
        in said
    )
    assert text.count("Only") == 5
    # gaps and overlaps are findings of one path, said in the summary's findings
    assert "gap" not in text and "responsible actors" not in text


def test_short_names_are_unique_even_for_two_versions_of_one_region(minimal):
    one = graph_of(minimal)
    minimal["id"] = "esimerkki-2027"
    two = graph_of(minimal)
    names = short_names({"esimerkki": one, "esimerkki-2027": two}, "fi")
    assert names == {
        "esimerkki": "Esimerkkikunta (esimerkki)",
        "esimerkki-2027": "Esimerkkikunta (esimerkki-2027)",
    }
    assert short_names(SHIPPED_LIB.graphs, "fi")["pohjanmaa"] == "Pohjanmaa"


def test_the_workbook_opens_with_pandas_and_holds_matrix_metrics_and_definitions():
    graphs = {"compare-a": A, "compare-b": B}
    sheets = pd.read_excel(io.BytesIO(comparison_xlsx(graphs, "en")), sheet_name=None)
    assert list(sheets) == ["Differences", "Metrics", "Definition"]
    matrix_sheet = sheets["Differences"]
    assert list(matrix_sheet.columns) == ["Step", "Alfa", "Beeta"]
    assert len(matrix_sheet) == 7
    metrics_sheet = sheets["Metrics"].set_index("Path")
    assert metrics_sheet.loc["Alfa", "Steps"] == 6
    assert metrics_sheet.loc["Beeta", "Cold"] == 1
    assert pd.isna(metrics_sheet.loc["Beeta", "Longest (days)"])
    assert len(sheets["Definition"]) == 11  # one row per metric


def test_tables_and_summary_in_swedish():
    graphs = {"compare-a": A, "compare-b": B}
    table = difference_table(graphs, "sv")
    assert table.loc["Under · verksamhet", "Beeta"] == "— saknas"
    assert "◆ bara på den här stigen" in table.loc["Under · verksamhet", "Alfa"]
    assert "⊘ gråzon" in table.loc["Under · verksamhet", "Alfa"]
    assert list(metrics_table(graphs, "sv").index) == ["Alfa", "Beeta"]
    summary = comparison_summary(graphs, "sv")
    assert summary.startswith("# Sammanfattning av jämförelsen")
    assert "| Alfa | 6 |" in summary
    assert "| Beeta | 3 | 0 | 2 | 1 | 0 | 1 | 1 | 0 | 1 | — | — |" in summary
    assert "## Mått" not in comparison_summary(graphs, "sv", metrics=False)


def test_file_text_in_the_summary_cannot_become_a_link_or_a_tag(minimal):
    minimal["region"] = "[klikkaa](javascript:alert(1)) <img src=x>"
    minimal["steps"][1]["title"] = "<script>alert(1)</script>"
    graphs = {"esimerkki": graph_of(minimal), "compare-b": B}
    summary = comparison_summary(graphs, "fi")
    assert "](javascript" not in summary and "<script>" not in summary and "<img" not in summary


def route(durations: list[dict | None]) -> PathGraph:
    """A straight path of len(durations) steps and an exit at the end, without a duration."""
    steps = [
        {
            "id": f"s{i}",
            "phase": "p",
            "kind": "other",
            "title": f"S{i}",
            "roles": [{"actor": "a", "role": "responsible"}],
            "next": [f"s{i + 1}"],
            **({"duration": d} if d else {}),
        }
        for i, d in enumerate(durations)
    ]
    steps.append(
        {
            "id": f"s{len(durations)}",
            "phase": "p",
            "kind": "exit-employment",
            "title": "Ulos",
            "roles": [{"actor": "a", "role": "responsible"}],
        }
    )
    return graph_of(
        {
            "format": 1,
            "id": "reitti",
            "title": "Reitti",
            "region": "R",
            "updated": "2026-01-01",
            "actors": [{"id": "a", "kind": "social-services", "name": "A"}],
            "phases": [{"id": "p", "kind": "during", "title": "P"}],
            "steps": steps,
        }
    )


def test_days_are_whole_and_the_exit_itself_is_not_counted():
    # 1.5 days + 2 weeks (14) = 15.5 → 16; 3 days + 3 weeks (21) = 24
    values = path_metrics(
        route([{"min": 1.5, "max": 3, "unit": "days"}, {"min": 2, "max": 3, "unit": "weeks"}])
    ).values
    assert (values["shortest"], values["longest"]) == (16, 24)
    assert isinstance(values["shortest"], int) and isinstance(values["longest"], int)


def test_a_step_without_a_duration_makes_the_days_unknown_not_zero():
    values = path_metrics(route([{"min": 1, "max": 2, "unit": "weeks"}, None])).values
    assert values["shortest"] is None and values["longest"] is None


def test_no_shipped_path_claims_zero_days():
    # Most shipped steps have no duration: the figures are unknown ("—"), never 0.
    for pid, g in SHIPPED_LIB.graphs.items():
        values = path_metrics(g).values
        for name in ("shortest", "longest"):
            assert values[name] is None or values[name] > 0, (pid, name, values[name])


def test_the_metrics_csv_leaves_unknown_figures_empty_and_whole():
    text = metrics_table({"compare-a": A, "compare-b": B}, "en").to_csv()
    assert "None" not in text and "nan" not in text.lower() and ".0" not in text
    assert text.splitlines()[1].endswith(",119,239")
    assert text.splitlines()[2].endswith(",1,,")


def test_the_summary_says_findings_first_then_differences():
    summary = comparison_summary({"compare-a": A, "compare-b": B}, "en")
    order = [
        "## Findings",
        "**Alfa**",
        "⊘ **Gap – no one is responsible**: Työtoiminta",
        "② **Overlap – more than one is responsible**: Suunnitelma",
        "❄ **Cold handoff – the client goes on alone**: Väliarvio → Työhön",
        "**Beeta**",
        "⊘ **Gap – no one is responsible**: Koulutukseen",
        "❄ **Cold handoff – the client goes on alone**: Suunnitelma → Koulutukseen",
        "## Differences",
        "- Only Alfa: During · activity (Työtoiminta).",
        "## Metrics",
    ]
    places = [summary.index(x) for x in order]
    assert places == sorted(places)
