"""Every file the contract allows works everywhere: it loads, the JSON Schema accepts it, it
lays out as SVG, has its text alternative, can be walked in the meeting, takes part in a
comparison and survives the editor's table round trip unchanged."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, Phase, given, settings

from polku.compare import differences, matrix
from polku.describe import step_sentences
from polku.diagram import build
from polku.edit import apply_tables, check, to_tables
from polku.exports import comparison_summary
from polku.graph import PathGraph
from polku.handout import handout_content
from polku.layout import render_svg
from polku.loader import load_file, load_text
from polku.metrics import path_metrics
from polku.models import LANGS, PHASE_KINDS, STEP_KINDS
from polku.safe_yaml import load_yaml
from polku.walk import ahead, settle_route
from polku.yaml_out import raw
from tests.conftest import ROOT, SHIPPED, dump
from tests.contractgen import contract_files, every_kind_everywhere

SCHEMA = jsonschema.Draft202012Validator(
    json.loads((ROOT / "schema" / "path-v1.schema.json").read_text(encoding="utf-8"))
)
NATIONAL = PathGraph(load_file(SHIPPED / "kansallinen.yaml").path)


def schema_errors(text: str) -> list[str]:
    # Dates stay text, as an editor's YAML language server reads them.
    data, _ = load_yaml(text)
    return [f"{list(e.path)}: {e.message}" for e in SCHEMA.iter_errors(data)]


def walk_everywhere(graph: PathGraph) -> None:
    """Take each transition once from each step reached, as the meeting's buttons would."""
    seen: set[str] = set()
    for entry in graph.entries:
        route = settle_route(graph, [], entry)
        queue = [route]
        while queue:
            route = queue.pop()
            here = route[-1]
            if here in seen:
                continue
            seen.add(here)
            assert ahead(graph, here)[0] == here or here in ahead(graph, here)
            handout_content(graph, here, "fi")
            for target in graph.successors[here]:
                nxt = settle_route(graph, route, target)
                assert nxt[-1] == target
                queue.append(nxt)
    assert seen == graph.reachable


def works_everywhere(data: dict) -> None:
    text = dump(data)
    result = load_text(text, "generated.yaml")
    assert result.ok, [e.render("en") for e in result.errors]
    assert schema_errors(text) == []
    graph = PathGraph(result.path)
    for lang in LANGS:
        diagram = build(graph, lang)
        assert len(diagram.nodes) == len(graph.steps)
        assert len(step_sentences(graph, lang)) == len(graph.steps)
    assert render_svg(build(graph, "fi").dot).lstrip().startswith(("<?xml", "<svg"))
    walk_everywhere(graph)
    both = {"generated": graph, "national": NATIONAL}
    table = matrix(both, "sv")
    assert {row[1] for row in table} >= {s.kind for s in graph.path.steps}
    differences(both, "en")
    comparison_summary(both, "fi")
    path_metrics(graph)
    # The editor's tables, untouched, give back the same path.
    draft = raw(result.path)
    for lang in LANGS:
        _, again = check(apply_tables(draft, to_tables(draft, lang), lang))
        assert again.ok, [e.render("en") for e in again.errors]
        assert again.path == result.path


# No shrinking: each example lays out a diagram, and shrinking a 20-actor file took minutes;
# a failure prints the whole generated file instead.
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(contract_files())
def test_every_file_the_contract_allows_works_everywhere(data):
    works_everywhere(data)


def test_a_file_with_every_step_kind_in_every_phase_kind_works_everywhere():
    data = every_kind_everywhere()
    assert len(data["steps"]) == len(STEP_KINDS) * len(PHASE_KINDS)
    works_everywhere(data)
    graph = PathGraph(load_text(dump(data), "x").path)
    # A kind in another phase than its usual one is flagged, never refused: 25 kinds, each
    # usual in one phase ('other' in all), so 24 × 2 steps are flagged.
    assert sum(f.kind == "kind_phase" for f in graph.findings) == 48


@pytest.mark.parametrize("file", sorted(SHIPPED.glob("*.yaml")), ids=lambda p: p.name)
def test_the_schema_accepts_every_shipped_file(file):
    assert schema_errors(file.read_text(encoding="utf-8")) == []


def test_the_schema_accepts_the_bare_id_shorthand_and_empty_optional_fields():
    text = (
        "format: 1\nid: ab\ntitle: T\nregion: R\nupdated: 2026-01-01\n"
        "actors: [{id: a, kind: client, name: A}]\nphases: [{id: p, kind: out, title: P}]\n"
        "steps:\n- {id: s, phase: p, kind: work-ability-assessment, title: S, next: [t]}\n"
        "- id: t\n  phase: p\n  kind: exit-pension\n  title: T\n  next:\n  roles:\n"
    )
    assert load_text(text, "x").ok
    assert schema_errors(text) == []
    assert schema_errors(text.replace("next: [t]", "next: [T]")) != []  # not a slug
