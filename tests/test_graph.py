from polku.graph import PathGraph
from polku.loader import load_file, load_text
from polku.summary import render_finding
from tests.conftest import FIXTURES, dump


def graph_of(name: str) -> PathGraph:
    result = load_file(FIXTURES / "valid" / name)
    assert result.ok, [e.render("en") for e in result.errors]
    return PathGraph(result.path)


def found(graph: PathGraph) -> set[tuple[str, str | None]]:
    return {(f.kind, f.step) for f in graph.findings}


def test_structure():
    g = graph_of("findings.yaml")
    assert g.entries == ["plan"]
    assert g.exits == ["job", "orphan"]
    assert g.reachable == {"plan", "activity", "review", "job"}
    assert g.back_edges == {("review", "activity")}
    assert g.order == ["plan", "activity", "review", "job", "orphan"]


def test_each_finding_on_the_step_it_concerns():
    assert found(graph_of("findings.yaml")) == {
        ("overlap", "plan"),
        ("cold_handoff", "plan"),
        ("gap", "activity"),
        ("missing_translation", "job"),
        ("unreachable", "orphan"),
        ("unsourced", "orphan"),
    }


def test_first_step_is_the_entry_when_none_is_marked(minimal):
    g = PathGraph(load_text(dump(minimal), "m").path)
    assert g.entries == ["suunnitelma"]


def test_no_exit_and_dead_ends(minimal):
    minimal["steps"][1]["next"] = ["suunnitelma"]  # a loop with no way out
    g = PathGraph(load_text(dump(minimal), "m").path)
    assert ("no_exit", None) in found(g)
    minimal["steps"].append(
        {"id": "elake", "phase": "ulos", "kind": "exit-pension", "title": "Eläke"}
    )
    g = PathGraph(load_text(dump(minimal), "m").path)
    assert {
        ("no_way_out", "suunnitelma"),
        ("no_way_out", "koulutus"),
        ("unreachable", "elake"),
    } <= found(g)
    assert ("no_exit", None) not in found(g)


def test_findings_are_worded_in_each_language():
    g = graph_of("findings.yaml")
    overlap = next(f for f in g.findings if f.kind == "overlap")
    assert render_finding(overlap, "fi").startswith("Päällekkäisyys: askeleella on 2")
    assert render_finding(overlap, "sv").startswith("Överlappning")
    assert "social, employment" in render_finding(overlap, "en")
    missing = next(f for f in g.findings if f.kind == "missing_translation")
    assert render_finding(missing, "en") == "Translation missing in fi, sv: title."
