import datetime as dt
import json

import pytest
from pydantic import ValidationError

from polku.models import ACTOR_KINDS, LANGS, STEP_KINDS_BY_PHASE, PathFile, json_schema
from tests.conftest import ROOT


def test_minimal_file_from_the_format_page_loads(minimal):
    path = PathFile.model_validate(minimal)
    assert path.id == "esimerkki"
    assert path.language == "fi"
    assert path.updated == dt.date(2026, 1, 15)
    assert [s.id for s in path.steps] == ["suunnitelma", "koulutus"]
    assert path.steps[0].next[0].handoff == "warm"


def test_text_fields_take_a_string_or_a_language_mapping(minimal):
    minimal["title"] = {"fi": "Polku", "sv": "Stig", "en": "Path"}
    minimal["region"] = "Kunta"
    path = PathFile.model_validate(minimal)
    assert path.title == {"fi": "Polku", "sv": "Stig", "en": "Path"}
    assert path.region == "Kunta"


@pytest.mark.parametrize("bad", [{}, {"de": "x"}, 5, ["a"], {"fi": 3}])
def test_text_rejects_anything_else(minimal, bad):
    minimal["title"] = bad
    with pytest.raises(ValidationError):
        PathFile.model_validate(minimal)


def test_a_bare_step_id_is_short_for_a_transition(minimal):
    minimal["steps"][0]["next"] = ["koulutus"]
    path = PathFile.model_validate(minimal)
    assert path.steps[0].next[0].to == "koulutus"
    assert path.steps[0].next[0].when is None


def test_duration_is_a_range_or_text(minimal):
    minimal["steps"][0]["duration"] = {"min": 3, "max": 24, "unit": "months"}
    minimal["steps"][1]["duration"] = {"fi": "noin kuukausi", "en": "about a month"}
    path = PathFile.model_validate(minimal)
    assert path.steps[0].duration.max == 24
    assert path.steps[1].duration == {"fi": "noin kuukausi", "en": "about a month"}
    assert path.steps[0].duration.sensible
    # Swapped ends are the file's mistake to flag, not a reason to refuse it.
    minimal["steps"][0]["duration"] = {"min": 5, "max": 2, "unit": "weeks"}
    assert not PathFile.model_validate(minimal).steps[0].duration.sensible
    minimal["steps"][0]["duration"] = {"unit": "weeks"}
    assert not PathFile.model_validate(minimal).steps[0].duration.sensible
    minimal["steps"][0]["duration"] = 5  # neither a range nor text
    with pytest.raises(ValidationError):
        PathFile.model_validate(minimal)


def test_fields_outside_the_format_are_kept_and_named(minimal):
    minimal["sumary"] = "typo"
    minimal["steps"][0]["titel"] = "typo"
    minimal["steps"][0][2025] = "a key that is not text"
    path = PathFile.model_validate(minimal)
    assert path.unknown_fields == ["sumary"]
    assert path.steps[0].unknown_fields == ["titel", "2025"]
    assert path.model_dump()["sumary"] == "typo"  # kept, so the editor writes it back


@pytest.mark.parametrize(
    "field,value",
    [("format", 2), ("id", "Iso"), ("id", "x"), ("language", "de"), ("updated", "eilen")],
)
def test_top_level_values_outside_the_format_are_refused(minimal, field, value):
    minimal[field] = value
    with pytest.raises(ValidationError):
        PathFile.model_validate(minimal)


@pytest.mark.parametrize(
    "field", ["format", "id", "title", "region", "updated", "actors", "phases", "steps"]
)
def test_required_top_level_fields(minimal, field):
    del minimal[field]
    with pytest.raises(ValidationError):
        PathFile.model_validate(minimal)


def test_empty_lists_where_one_is_required(minimal):
    minimal["actors"] = []
    with pytest.raises(ValidationError):
        PathFile.model_validate(minimal)


def test_every_kind_from_the_format_page_is_accepted(minimal):
    minimal["phases"].append({"id": "aikana", "kind": "during", "title": "Aikana"})
    phase_of = {"into": "sisaan", "during": "aikana", "out": "ulos", "any": "aikana"}
    for phase_kind, kinds in STEP_KINDS_BY_PHASE.items():
        for kind in kinds:
            minimal["steps"].append(
                {"id": f"s-{kind}", "phase": phase_of[phase_kind], "kind": kind, "title": kind}
            )
    for kind in ACTOR_KINDS:
        minimal["actors"].append({"id": f"a-{kind}", "kind": kind, "name": kind})
    path = PathFile.model_validate(minimal)
    assert len(path.steps) == 2 + 25 and len(path.actors) == 2 + 13
    assert LANGS == ("fi", "sv", "en")


def test_committed_json_schema_is_current():
    committed = json.loads((ROOT / "schema" / "path-v1.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "run: python -m polku schema > schema/path-v1.schema.json"
