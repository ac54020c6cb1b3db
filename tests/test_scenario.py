"""Scenario files: the loader (limits, errors, findings), the schema, the shipped scenarios."""

import json

import jsonschema
import pytest

from polku.cli import main
from polku.safe_yaml import MAX_BYTES
from polku.scenario import (
    load_scenario_file,
    load_scenario_text,
    render_scenario_finding,
    scenario_json_schema,
    shipped_scenarios,
)
from tests.conftest import ROOT

VALID = """\
format: 1
id: test-persona
title: {fi: Henkilö X, sv: Person X, en: Person X}
description: {fi: Keksitty., sv: Påhittad., en: Made up.}
source: {title: Lähde, url: "https://example.org/", publisher: Julkaisija, accessed: 2026-12-06}
fictional: true
situations: [unemployment-benefit]
changes:
  - {after_steps: 3, add: [job-offer]}
  - {at_kind: review, remove: [unemployment-benefit]}
"""


def test_a_valid_scenario_loads_without_findings():
    result = load_scenario_text(VALID, "x.yaml")
    assert result.ok and result.errors == () and result.findings == ()
    scenario = result.scenario
    assert scenario.situations == ["unemployment-benefit"]
    assert scenario.changes[0].after_steps == 3 and scenario.changes[1].at_kind == "review"


def test_broken_yaml_is_refused_with_a_line():
    result = load_scenario_text(VALID + "changes: [\n", "x.yaml")
    assert not result.ok
    assert result.errors[0].line > 1
    assert "x.yaml:" in result.errors[0].render("en")


def test_a_file_over_the_limit_is_refused_before_parsing(tmp_path):
    big = VALID + "#" * MAX_BYTES
    result = load_scenario_text(big, "big.yaml")
    assert [e.key for e in result.errors] == ["err.too_large"]
    file = tmp_path / "big.yaml"
    file.write_text(big, encoding="utf-8")
    assert [e.key for e in load_scenario_file(file).errors] == ["err.too_large"]
    assert "1 MiB" in result.errors[0].render("en")


def test_unknown_keys_are_findings_not_refusals():
    text = VALID.replace("situations:", "sitations: [x]\nsituations:").replace(
        "{after_steps: 3,", "{after_steps: 3, colour: red,"
    )
    result = load_scenario_text(text, "x.yaml")
    assert result.ok
    words = [render_scenario_finding(f, "en") for f in result.findings]
    assert words == [
        "The field sitations is not part of the scenario format; did you mean situations?",
        "The field changes.1.colour is not part of the scenario format; it is not used.",
    ]


def test_a_situation_outside_the_vocabulary_is_a_finding():
    result = load_scenario_text(VALID.replace("[job-offer]", "[lottery-win]"), "x.yaml")
    assert result.ok
    assert [f.kind for f in result.findings] == ["unknown_situation"]
    assert "lottery-win" in render_scenario_finding(result.findings[0], "fi")


@pytest.mark.parametrize("value", ["false", "no", "maybe"])
def test_a_scenario_about_a_real_person_is_refused(value):
    result = load_scenario_text(VALID.replace("fictional: true", f"fictional: {value}"), "x.yaml")
    assert not result.ok
    assert [e.key for e in result.errors] == ["scenario.err.fictional"]
    assert result.errors[0].line == 6
    assert "fictional: true" in result.errors[0].render("sv")


def test_missing_fictional_and_a_change_without_a_moment_are_refused():
    text = VALID.replace("fictional: true\n", "").replace("{after_steps: 3, ", "{")
    result = load_scenario_text(text, "x.yaml")
    keys = sorted(e.key for e in result.errors)
    assert keys == ["err.missing", "scenario.err.change_when"]
    assert any("after_steps" in e.render("en") for e in result.errors)


def test_not_a_mapping_and_not_utf8():
    assert load_scenario_text("- a\n- b\n", "x").errors[0].key == "err.not_mapping"
    assert load_scenario_text(b"\xff\xfe\x00", "x").errors[0].key == "err.encoding"


def test_committed_json_schema_is_current():
    committed = json.loads((ROOT / "schema" / "scenario-v1.schema.json").read_text("utf-8"))
    assert committed == scenario_json_schema(), (
        "run: python -m polku schema --scenario > schema/scenario-v1.schema.json"
    )


def test_schema_command_prints_the_scenario_schema(capsys):
    assert main(["schema", "--scenario"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Polku persona scenario, format 1"


def test_the_schema_agrees_with_the_loader_on_fictional_and_changes():
    validator = jsonschema.Draft202012Validator(scenario_json_schema())
    assert list(validator.iter_errors(as_json(VALID))) == []
    real = as_json(VALID.replace("fictional: true", "fictional: false"))
    assert list(validator.iter_errors(real))
    no_moment = as_json(VALID.replace("{after_steps: 3, ", "{"))
    assert list(validator.iter_errors(no_moment))


def as_json(text: str):
    """The file as JSON sees it: dates as ISO text, as a JSON Schema validator expects."""
    import yaml

    return json.loads(json.dumps(yaml.safe_load(text), default=str))


SHIPPED_SCENARIOS = shipped_scenarios()


def test_at_least_four_scenarios_are_shipped():
    assert len(SHIPPED_SCENARIOS) >= 4


@pytest.mark.parametrize("file", SHIPPED_SCENARIOS, ids=lambda p: p.stem)
def test_each_shipped_scenario_is_valid_fictional_cited_and_in_three_languages(file):
    result = load_scenario_file(file)
    assert result.ok, [e.render("en") for e in result.errors]
    assert result.findings == ()
    scenario = result.scenario
    assert scenario.id == file.stem and scenario.fictional is True
    assert scenario.source.url.startswith("https://") and scenario.source.publisher
    for text in (scenario.title, scenario.description):
        assert set(text) == {"fi", "sv", "en"}
    validator = jsonschema.Draft202012Validator(scenario_json_schema())
    assert list(validator.iter_errors(as_json(file.read_text("utf-8")))) == []
