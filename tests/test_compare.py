"""Comparison core: aligned rows, the difference matrix, metrics against hand counts, the
side-by-side diagram, the exports (CSV, XLSX read back with pandas) and the summary."""

import io
import re

import pandas as pd
import pytest

from polku.compare import differences, matrix, rows, short_names
from polku.compare_diagram import build_side_by_side, legend_for, node_key
from polku.exports import comparison_summary, comparison_xlsx, difference_table, metrics_table
from polku.graph import PathGraph
from polku.layout import render_svg
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
        "shortest": 112.3,  # 1 week + 2 weeks + 3 months (3 × 30.44 days), job
        "longest": 224.6,  # 2 weeks + 4 weeks + 6 months
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


def test_the_steps_behind_a_metric_are_the_ones_counted():
    behind = path_metrics(A).behind
    assert behind["decisions"] == (("review", None),)
    assert set(behind["handoffs"]) == {("contact", "plan"), ("review", "job"), ("review", "rehab")}
    assert behind["cold"] == (("review", "job"),)
    assert behind["gaps"] == (("work", None),)
    assert [s for s, _ in behind["shortest"]] == ["contact", "plan", "work", "review", "job"]
    assert [s for s, _ in behind["longest"]][-1] in {"job", "rehab"}
    for name, value in path_metrics(A).values.items():
        if name not in ("actors", "shortest", "longest"):
            assert len(behind[name]) == value, name


def test_a_loop_does_not_make_the_longest_route_endless(minimal):
    minimal["steps"][0]["duration"] = {"max": 1, "unit": "months"}
    minimal["steps"][1]["next"] = ["suunnitelma"]  # the exit now loops back: no exit at all
    values = path_metrics(graph_of(minimal)).values
    assert values["longest"] is None and values["exits"] == 0


def test_the_matrix_rows_are_every_kind_any_path_uses_in_phase_order():
    table = matrix({"a": A, "b": B}, "en")
    assert list(table) == [
        ("into", "outreach"),
        ("into", "activation-plan"),
        ("during", "activity"),
        ("during", "review"),
        ("out", "exit-employment"),
        ("out", "exit-education"),
        ("out", "exit-vocational-rehabilitation"),
    ]
    outreach = table[("into", "outreach")]
    assert outreach["a"].owner_kinds == ("social-services",)
    assert outreach["b"].owner_kinds == ("ngo",)
    assert outreach["a"].owner_differs and outreach["b"].owner_differs
    plan = table[("into", "activation-plan")]
    assert plan["a"].overlap and not plan["b"].overlap and plan["b"].cold
    assert table[("during", "activity")]["a"].only_here and table[("during", "activity")]["a"].gap
    assert not table[("during", "activity")]["b"].present
    assert table[("out", "exit-education")]["b"].only_here
    assert table[("out", "exit-employment")]["a"].cold  # the cold handoff into it
    assert table[("during", "activity")]["a"].duration == "3–6 months"


@pytest.mark.parametrize("seed", range(4))
def test_every_step_kind_of_any_valid_file_gets_a_row(seed):
    graphs = dict(SHIPPED_LIB.graphs)
    generated = graph_of(generate(seed))
    graphs[generated.path.id] = generated
    table = matrix(graphs, "fi")
    for pid, g in graphs.items():
        for s in g.path.steps:
            row = (g.path.phase(s.phase).kind, s.kind)
            assert s.id in table[row][pid].steps
    assert sum(len(c.steps) for cells in table.values() for c in cells.values()) == sum(
        len(g.path.steps) for g in graphs.values()
    )


def test_the_differences_are_said_in_words():
    said = differences({"compare-a": A, "compare-b": B}, "en")
    text = "\n".join(said)
    assert "Only Alfa: During · activity (Työtoiminta)." in said
    assert "Only Beeta: Out · into education (Koulutukseen)." in said
    assert (
        "Into · outreach and first contact – the owner differs: Alfa: social services; Beeta: NGO."
        in said
    )
    assert "Alfa: “Suunnitelma” has 2 responsible actors." in said
    assert "Beeta: Out · into education – no one is responsible (gap)." in said
    assert text.count("Only") == 5


def test_short_names_are_unique_even_for_two_versions_of_one_region(minimal):
    one = graph_of(minimal)
    minimal["id"] = "esimerkki-2027"
    two = graph_of(minimal)
    names = short_names({"esimerkki": one, "esimerkki-2027": two}, "fi")
    assert len(set(names.values())) == 2
    assert short_names(SHIPPED_LIB.graphs, "fi")["pohjanmaa"] == "Pohjanmaa"


def test_the_side_by_side_diagram_aligns_rows_and_escapes_file_text():
    graphs = {"compare-a": A, "compare-b": B}
    diagram = build_side_by_side(graphs, short_names(graphs, "fi"), "fi")
    assert set(diagram.nodes.values()) == {
        node_key(pid, s.id) for pid, g in graphs.items() for s in g.path.steps
    }
    y_of = {
        diagram.nodes[name]: float(y)
        for name, y in re.findall(r"(c\d+s\d+) \[.*?pos=\"[-\d.]+,([-\d.]+)!\"", diagram.dot)
    }
    assert y_of["compare-a/contact"] == y_of["compare-b/start"]  # both outreach
    assert y_of["compare-a/plan"] == y_of["compare-b/plan"]
    assert y_of["compare-a/job"] != y_of["compare-b/edu"]
    svg = render_svg(diagram.dot, engine="neato")
    assert svg.count('class="node"') >= len(diagram.nodes)
    labels = [item["label"] for item in legend_for(graphs, "en")]
    assert "social services" in labels and "no one" in " ".join(labels)


def test_hostile_text_stays_inside_labels():
    data = generate(3, steps=12)
    graph = graph_of(data)
    graphs = {"x": graph, "a": A}
    diagram = build_side_by_side(graphs, {"x": '"]; evil [label="x', "a": "A"}, "en")
    svg = render_svg(diagram.dot, engine="neato")
    titles = re.findall(r"<title>([^<]*)</title>", svg)
    assert "evil" not in titles  # the heading stayed a label, not a node of its own
    nodes = [x for x in titles if "&#45;&gt;" not in x and x != "compare"]
    assert len(nodes) == len(diagram.nodes) + len(graphs) + len(rows(graphs))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


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
    assert len(sheets["Definition"]) == len(METRICS)


def test_tables_and_summary_in_swedish():
    graphs = {"compare-a": A, "compare-b": B}
    table = difference_table(graphs, "sv")
    assert table.loc["Under · verksamhet", "Beeta"] == "— saknas"
    assert "⚠ bara på den här stigen" in table.loc["Under · verksamhet", "Alfa"]
    assert list(metrics_table(graphs, "sv").index) == ["Alfa", "Beeta"]
    summary = comparison_summary(graphs, "sv")
    assert summary.startswith("# Sammanfattning av jämförelsen")
    assert "| Alfa | 6 |" in summary and "–" in summary
    assert "## " not in comparison_summary(graphs, "sv", metrics=False)


def test_file_text_in_the_summary_cannot_become_a_link_or_a_tag(minimal):
    minimal["region"] = "[klikkaa](javascript:alert(1)) <img src=x>"
    minimal["steps"][1]["title"] = "<script>alert(1)</script>"
    graphs = {"esimerkki": graph_of(minimal), "compare-b": B}
    summary = comparison_summary(graphs, "fi")
    assert "](javascript" not in summary and "<script>" not in summary and "<img" not in summary
