"""The format contract: every rule of the shared baseline is kept by the docs copy and by the
loader, the docs copy lists every finding the app makes, and refuses exactly what the
baseline refuses.

The baseline (`../shared/PATH_FORMAT.md`) sits beside the checkout in CI; the checks that
read it skip, saying so, only where it is absent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from polku.graph import FINDING_KINDS, PathGraph
from polku.loader import load_text
from polku.models import (
    ACTOR_KINDS,
    DURATION_UNITS,
    HANDOFFS,
    LANGS,
    PHASE_KINDS,
    ROLE_KINDS,
    STEP_KINDS_BY_PHASE,
    PathFile,
)
from polku.safe_yaml import MAX_BYTES
from tests.conftest import ROOT, dump

DOCS = ROOT / "docs" / "PATH_FORMAT.md"
SHARED = ROOT.parent / "shared" / "PATH_FORMAT.md"
CONTRACTS = [
    pytest.param(DOCS, id="docs"),
    pytest.param(
        SHARED,
        id="shared",
        marks=pytest.mark.skipif(
            not SHARED.exists(), reason=f"the shared baseline is not beside the checkout: {SHARED}"
        ),
    ),
]


def sections(path: Path) -> dict[str, str]:
    """The page's `## ` sections by heading (the text before the first one under "")."""
    out: dict[str, str] = {}
    heading = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = line[3:].strip()
            out[heading] = ""
        else:
            out[heading] = out.get(heading, "") + line + "\n"
    return out


def codes(text: str) -> list[str]:
    return re.findall(r"`([a-z0-9-]+)`", text)


def vocabularies(path: Path) -> dict[str, object]:
    page = sections(path)
    actor = page["Actor"]
    step = page["Step"]
    kinds_block = step[step.index("Step kinds:") :]
    by_phase = {
        m.group(1): tuple(codes(m.group(2)))
        for m in re.finditer(r"^- ([a-z ]+?): (.+?)(?=^- |\Z)", kinds_block, re.S | re.M)
    }
    by_phase["any"] = by_phase.pop("any phase")
    role_line = re.search(r"`role` \(required: (.+?)\)", step, re.S).group(1)
    handoffs = re.search(r"`handoff` \((.+?)\)", step, re.S).group(1)
    return {
        "actor kinds": tuple(codes(actor[actor.index("Actor kinds:") :])),
        "phase kinds": tuple(codes(re.search(r"required: (`into`.+?)—", page["Phase"]).group(1))),
        "step kinds": by_phase,
        "roles": tuple(codes(role_line)),
        "handoffs": tuple(re.findall(r"`(warm|cold)`", handoffs)),
        "units": tuple(re.search(r"unit: ([a-z|\\]+)", step).group(1).split("\\|")),
        "languages": tuple(codes(re.search(r"Codes are (.+?)\.", page["Text fields"]).group(1))),
    }


def required_fields(path: Path) -> dict[str, set[str]]:
    """Fields marked `yes` in each table, and the `(… required)` ones written in prose."""
    page = sections(path)
    out = {}
    for name in ("Top level", "Actor", "Step"):
        out[name] = set(re.findall(r"^\| `([a-z_]+)`(?:, `[a-z_]+`)* \| yes \|", page[name], re.M))
    return out


def minimal_file(path: Path) -> str:
    return re.search(r"```yaml\n(.+?)```", sections(path)["A minimal file"], re.S).group(1)


@pytest.mark.parametrize("contract", CONTRACTS)
def test_the_loader_keeps_every_vocabulary_of_the_contract(contract):
    vocab = vocabularies(contract)
    assert vocab["actor kinds"] == ACTOR_KINDS
    assert vocab["phase kinds"] == PHASE_KINDS
    assert vocab["step kinds"] == STEP_KINDS_BY_PHASE
    assert vocab["roles"] == ROLE_KINDS
    assert vocab["handoffs"] == HANDOFFS
    assert vocab["units"] == DURATION_UNITS
    assert vocab["languages"] == LANGS


@pytest.mark.parametrize("contract", CONTRACTS)
def test_the_loader_requires_exactly_the_fields_the_contract_requires(contract):
    from polku.models import Actor, Step

    required = required_fields(contract)
    models = {"Top level": PathFile, "Actor": Actor, "Step": Step}
    for table, model in models.items():
        assert required[table] == {n for n, f in model.model_fields.items() if f.is_required()}
    assert required["Top level"] == {
        "format",
        "id",
        "title",
        "region",
        "updated",
        "actors",
        "phases",
        "steps",
    }


@pytest.mark.parametrize("contract", CONTRACTS)
def test_the_contracts_minimal_file_loads_with_the_findings_worked_out_by_hand(contract):
    result = load_text(minimal_file(contract), "minimal.yaml")
    assert result.ok
    # Both steps lack a source and sv/en titles; the exit step has no responsible actor.
    assert {(f.kind, f.step) for f in PathGraph(result.path).findings} == {
        ("unsourced", "suunnitelma"),
        ("unsourced", "koulutus"),
        ("missing_translation", "suunnitelma"),
        ("missing_translation", "koulutus"),
        ("gap", "koulutus"),
    }


def test_the_docs_copy_keeps_every_line_of_the_baseline():
    """Every non-empty line of each baseline section stands in the same section of the docs
    copy, in order (the copy may add lines); the refusals are the same, word for word."""
    if not SHARED.exists():
        pytest.skip(f"the shared baseline is not beside the checkout: {SHARED}")
    shared, docs = sections(SHARED), sections(DOCS)
    assert docs["What makes a file invalid"] == shared["What makes a file invalid"]
    for heading, text in shared.items():
        if heading == "":
            continue  # the introduction says which copy this is
        assert heading in docs, heading
        lines = iter(docs[heading].splitlines())
        for line in filter(None, text.splitlines()):
            assert any(line == other for other in lines), f"{heading}: {line!r}"


def test_the_docs_copy_lists_every_finding_the_app_makes():
    flagged = sections(DOCS)["What is allowed but flagged"]
    listed = re.findall(r"^- `([a-z_]+)`:", flagged, re.M)
    assert listed == list(FINDING_KINDS)


# Each item of "What makes a file invalid", as a file that breaks only that rule.
BAD = {
    "not YAML": "format: 1\nid: [unclosed\n",
    "a custom tag": "!!python/object/apply:os.system ['true']\n",
    "aliases that multiply the document": "\n".join(
        ['a: &a ["x","x","x","x","x","x","x","x","x"]']
        + [
            f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]"
            for p, n in zip("abcdefgh", "bcdefghi", strict=True)
        ]
    ),
}


def _minimal() -> dict:
    return yaml.safe_load(minimal_file(DOCS))


def _mutated(change) -> str:
    data = _minimal()
    change(data)
    return dump(data)


MUTATIONS = {
    "a missing required field": lambda d: d.pop("updated"),
    "a value of the wrong type": lambda d: d["steps"][0].update(roles="sos"),
    "a value outside its vocabulary": lambda d: d["actors"][0].update(kind="robot"),
    "a duplicate id": lambda d: d["actors"].append(dict(d["actors"][0])),
    "a phase that does not exist": lambda d: d["steps"][0].update(phase="ei-ole"),
    "an actor that does not exist": lambda d: d["steps"][0]["roles"][0].update(actor="ei-ole"),
    "a step that does not exist": lambda d: d["steps"][0]["next"][0].update(to="ei-ole"),
    "a source that does not exist": lambda d: d["steps"][0].update(sources=["ei-ole"]),
}


@pytest.mark.parametrize("rule", [*BAD, *MUTATIONS, "a file over 1 MiB"])
def test_every_refusal_of_the_contract_is_made(rule):
    if rule in BAD:
        text = BAD[rule]
    elif rule in MUTATIONS:
        text = _mutated(MUTATIONS[rule])
    else:
        text = minimal_file(DOCS) + "#" * MAX_BYTES
    result = load_text(text, "bad.yaml")
    assert not result.ok and result.errors


@pytest.mark.parametrize(
    "change,finding",
    [
        (lambda d: d["steps"][0].pop("roles"), "gap"),
        (
            lambda d: d["steps"][0]["roles"].append({"actor": "asiakas", "role": "responsible"}),
            "overlap",
        ),
        (lambda d: d["steps"][0]["next"][0].update(handoff="cold"), "cold_handoff"),
        (lambda d: d["steps"][1].update(kind="work-ability-assessment"), "kind_phase"),
        (lambda d: d["steps"][1].update(sumary="x"), "unknown_field"),
        (lambda d: d["steps"][1].update(duration={"unit": "days"}), "duration_empty"),
        (
            lambda d: d["steps"][1].update(duration={"min": 3, "max": 1, "unit": "days"}),
            "duration_order",
        ),
        (lambda d: d["steps"][1].update(duration={"min": -1, "unit": "days"}), "duration_negative"),
        (lambda d: d.update(valid_from="2027-01-01", valid_until="2026-01-01"), "validity_order"),
        (lambda d: d["steps"][1].update(next=["suunnitelma"]), "no_exit"),
    ],
)
def test_what_is_flagged_loads_with_its_finding(change, finding):
    result = load_text(_mutated(change), "flagged.yaml")
    assert result.ok, [e.render("en") for e in result.errors]
    assert finding in {f.kind for f in PathGraph(result.path).findings}
