"""Your own path, core: the template (and `python -m polku new`), YAML that loads back to the
same model (with a hypothesis round trip), and editing through tables."""

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polku.edit import (
    TABLES,
    apply_edit,
    apply_tables,
    check,
    reference_labels,
    rename_step,
    text_get,
    text_set,
    to_tables,
)
from polku.loader import load_library, load_text
from polku.models import ACTOR_KINDS, HANDOFFS, LANGS, ROLE_KINDS, STEP_KINDS_BY_PHASE
from polku.template import slug, template
from polku.yaml_out import raw, to_yaml
from tests.conftest import ROOT, SHIPPED, dump
from tests.pathgen import generate

LIBRARY = load_library([SHIPPED])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("region", ["Vaasa", 'Åland: "x" # y\nz', "", "<script>alert(1)</script>"])
def test_the_template_is_valid_in_every_language_for_any_region(lang, region):
    result = load_text(template(region, lang, dt.date(2026, 11, 23)), "t.yaml")
    assert result.ok, result.errors
    assert result.path.language == lang
    if region.strip():
        assert result.path.region == " ".join(region.split())
    assert 2 <= len(result.path.id) <= 64


def test_slugs_fold_finnish_letters():
    assert slug("Etelä-Pohjanmaa") == "etela-pohjanmaa"
    assert slug("Åbo") == "abo"
    assert slug("!!") == "oma-polku"


def test_the_command_line_writes_the_same_template(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "polku", "--lang", "sv", "new", "--region", "Vasa"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert out.stdout == template("Vasa", "sv")
    (tmp_path / "vasa.yaml").write_text(out.stdout, encoding="utf-8")
    check_run = subprocess.run(
        [sys.executable, "-m", "polku", "validate", str(tmp_path)], capture_output=True, cwd=ROOT
    )
    assert check_run.returncode == 0


@pytest.mark.parametrize("path_id", sorted(LIBRARY.paths))
def test_shipped_paths_dump_to_yaml_that_loads_back_the_same(path_id):
    path = LIBRARY.paths[path_id]
    text = to_yaml(path)
    assert load_text(text, "x.yaml").path == path
    assert to_yaml(load_text(text, "x.yaml").path) == text  # stable from run to run


@pytest.mark.parametrize("seed", range(5))
def test_generated_paths_round_trip(seed):
    path = load_text(dump(generate(seed)), "g.yaml").path
    assert load_text(to_yaml(path), "g.yaml").path == path


# --- hypothesis: any valid model survives dump → load ---------------------------------------------

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() == s and s)
MAYBE_I18N = st.one_of(TEXT, st.dictionaries(st.sampled_from(LANGS), TEXT, min_size=1))
SLUGS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True)


@st.composite
def path_files(draw) -> dict:
    actor_ids = draw(st.lists(SLUGS, min_size=1, max_size=4, unique=True))
    step_ids = draw(st.lists(SLUGS, min_size=1, max_size=6, unique=True))
    phases = [
        {"id": f"p-{k}", "kind": k, "title": draw(MAYBE_I18N)} for k in ("into", "during", "out")
    ]
    steps = []
    for sid in step_ids:
        phase = draw(st.sampled_from(phases))
        step = {
            "id": sid,
            "phase": phase["id"],
            "kind": draw(st.sampled_from(STEP_KINDS_BY_PHASE[phase["kind"]])),
            "title": draw(MAYBE_I18N),
            "roles": [
                {"actor": a, "role": draw(st.sampled_from(ROLE_KINDS))}
                for a in draw(st.lists(st.sampled_from(actor_ids), max_size=3, unique=True))
            ],
            "next": [
                {"to": to, "handoff": draw(st.sampled_from(HANDOFFS))}
                for to in draw(st.lists(st.sampled_from(step_ids), max_size=2, unique=True))
            ],
        }
        if draw(st.booleans()):
            step["duration"] = draw(
                st.one_of(
                    MAYBE_I18N,
                    st.builds(
                        lambda lo, span, unit: {"min": lo, "max": lo + span, "unit": unit},
                        st.integers(0, 12),
                        st.integers(0, 12),
                        st.sampled_from(["days", "weeks", "months"]),
                    ),
                )
            )
        steps.append(step)
    return {
        "format": 1,
        "id": draw(SLUGS.filter(lambda s: len(s) >= 2)),
        "language": draw(st.sampled_from(LANGS)),
        "title": draw(MAYBE_I18N),
        "region": draw(MAYBE_I18N),
        "updated": draw(st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        "actors": [
            {"id": a, "kind": draw(st.sampled_from(ACTOR_KINDS)), "name": draw(MAYBE_I18N)}
            for a in actor_ids
        ],
        "phases": phases,
        "steps": steps,
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path_files())
def test_any_valid_model_survives_dump_and_load_unchanged(data):
    first = load_text(dump(data), "h.yaml")
    assert first.ok, first.errors
    again = load_text(to_yaml(first.path), "h.yaml")
    assert again.ok, again.errors
    assert again.path == first.path


# --- editing through tables ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path_id", sorted(LIBRARY.paths))
def test_tables_unchanged_give_back_the_same_path(path_id, lang):
    draft = raw(LIBRARY.paths[path_id])
    _, result = check(apply_tables(draft, to_tables(draft, lang), lang))
    assert result.path == LIBRARY.paths[path_id]


def test_editing_a_title_changes_that_language_only():
    draft = raw(LIBRARY.paths["kaiku"])  # titles are fi/sv/en mappings
    tables = to_tables(draft, "sv")
    tables["steps"][0]["title"] = "Ny rubrik"
    _, result = check(apply_tables(draft, tables, "sv"))
    step = result.path.steps[0]
    assert step.title["sv"] == "Ny rubrik"
    assert step.title["fi"] == LIBRARY.paths["kaiku"].steps[0].title["fi"]


def test_a_translation_turns_a_plain_text_into_a_mapping(minimal):
    draft = load_text(dump(minimal), "m.yaml").path
    tables = to_tables(raw(draft), "en")
    assert tables["steps"][0]["title"] == ""  # not written in English yet: no fallback
    tables["steps"][0]["title"] = "Activation plan"
    _, result = check(apply_tables(raw(draft), tables, "en"))
    assert result.path.steps[0].title == {"fi": "Aktivointisuunnitelma", "en": "Activation plan"}
    assert text_set({"fi": "a", "en": "b"}, "en", "fi", "") == {"fi": "a"}
    assert text_get("a", "sv", "fi") == ""


def test_adding_rows_and_renaming_a_step_keep_its_roles_and_transitions(minimal):
    draft = raw(load_text(dump(minimal), "m.yaml").path)
    tables = to_tables(draft, "fi")
    tables["steps"][1]["id"] = "opinnot"
    tables = rename_step(tables, "koulutus", "opinnot")
    tables["roles"].append({"step": "opinnot", "actor": "sos", "role": "informed", "task": ""})
    _, result = check(apply_tables(draft, tables, "fi"))
    assert result.ok, result.errors
    assert result.path.steps[0].next[0].to == "opinnot"
    assert result.path.steps[1].roles[0].role == "informed"
    assert result.path.steps[0].next[0].when == "Opiskelupaikka löytyy"  # kept through the id


def test_an_invalid_intermediate_state_is_kept_and_explained_with_a_line(minimal):
    draft = raw(load_text(dump(minimal), "m.yaml").path)
    tables = to_tables(draft, "fi")
    tables["actors"].append({"id": "kela", "kind": "kela", "name": "", "contact": ""})
    tables["steps"][0]["phase"] = "ei-ole"
    new = apply_tables(draft, tables, "fi")
    assert [a["id"] for a in new["actors"]] == ["asiakas", "sos", "kela"]  # kept
    assert new["steps"][0]["phase"] == "ei-ole"
    text, result = check(new)
    assert not result.ok
    assert all(e.line > 0 for e in result.errors)
    lines = text.splitlines()
    assert any("kela" in lines[e.line - 1] or "ei-ole" in lines[e.line - 1] for e in result.errors)
    assert set(TABLES) == set(to_tables(new, "fi"))  # and it can still be shown as tables


def test_the_editor_shows_and_writes_the_clients_words_for_a_condition(minimal):
    minimal["steps"][0]["next"][0]["client_when"] = {"fi": "Sain opiskelupaikan"}
    tables = to_tables(minimal, "fi")
    assert "client_when" in TABLES["transitions"]
    assert tables["transitions"] == [
        {
            "from": "suunnitelma",
            "to": "koulutus",
            "when": "Opiskelupaikka löytyy",
            "client_when": "Sain opiskelupaikan",
            "handoff": "warm",
        }
    ]
    swedish = to_tables(minimal, "sv")  # no Swedish yet: empty cells
    assert (swedish["transitions"][0]["when"], swedish["transitions"][0]["client_when"]) == ("", "")
    swedish["transitions"][0]["client_when"] = "Jag fick en studieplats"
    draft = apply_tables(minimal, swedish, "sv")
    assert draft["steps"][0]["next"] == [
        {
            "to": "koulutus",
            "when": "Opiskelupaikka löytyy",
            "client_when": {"fi": "Sain opiskelupaikan", "sv": "Jag fick en studieplats"},
            "handoff": "warm",
        }
    ]


def test_a_transitions_situations_survive_the_editor_and_the_yaml_out(minimal):
    """The tables do not show `situations`; an edit elsewhere on the row keeps them, and the
    YAML written out holds them and loads back the same."""
    minimal["steps"][0]["next"][0]["situations"] = ["wants-education", "job-offer"]
    tables = to_tables(minimal, "fi")
    tables["transitions"][0]["when"] = "Opiskelupaikka on vahvistettu"
    draft = apply_tables(minimal, tables, "fi")
    transition = draft["steps"][0]["next"][0]
    assert transition["situations"] == ["wants-education", "job-offer"]
    assert transition["when"] == "Opiskelupaikka on vahvistettu"
    loaded = load_text(dump(draft), "x.yaml").path
    assert loaded.steps[0].next[0].situations == ["wants-education", "job-offer"]
    assert raw(loaded)["steps"][0]["next"][0]["situations"] == ["wants-education", "job-offer"]
    again = load_text(to_yaml(loaded), "x.yaml").path
    assert again == loaded


def test_a_kind_chosen_in_a_drop_down_is_written_as_its_code(minimal):
    """The grid reports a drop-down's value (the code), never the name it showed."""
    draft = raw(load_text(dump(minimal), "m.yaml").path)
    draft, renamed = apply_edit(draft, "fi", "steps", {"edited_rows": {"0": {"kind": "decision"}}})
    assert not renamed
    draft, _ = apply_edit(
        draft,
        "fi",
        "actors",
        {"added_rows": [{"id": "kela", "kind": "kela", "name": "Kela"}]},
    )
    draft, _ = apply_edit(draft, "fi", "transitions", {"edited_rows": {"0": {"handoff": "cold"}}})
    text, result = check(draft)
    assert result.ok, result.errors
    assert "\n  kind: decision\n" in text
    assert "\n- id: kela\n  kind: kela\n  name: Kela\n" in text
    assert "handoff: cold" in text
    assert (result.path.steps[0].kind, result.path.steps[0].next[0].handoff) == (
        "decision",
        "cold",
    )


def test_renaming_a_step_in_the_grid_takes_its_roles_and_transitions_along(minimal):
    draft = raw(load_text(dump(minimal), "m.yaml").path)
    draft, renamed = apply_edit(draft, "fi", "steps", {"edited_rows": {"1": {"id": "opinnot"}}})
    assert renamed
    assert draft["steps"][0]["next"][0]["to"] == "opinnot"
    draft, _ = apply_edit(draft, "fi", "roles", {"deleted_rows": [0]})
    assert "roles" not in draft["steps"][0]


def test_a_reference_shows_the_title_and_the_id_where_names_are_alike_or_missing():
    tables = {
        "phases": [{"id": "sisaan", "title": "Ohjautuminen"}],
        "steps": [
            {"id": "a", "title": "Arvio"},
            {"id": "b", "title": "Arvio"},
            {"id": "c", "title": ""},
            {"id": "d", "title": "c"},
            {"id": "", "title": "Ei tunnistetta"},
        ],
        "actors": [{"id": "sos", "name": "Aikuissosiaalityö"}],
    }
    assert reference_labels(tables) == {
        "phases": {"sisaan": "Ohjautuminen"},
        "steps": {"a": "Arvio (a)", "b": "Arvio (b)", "c": "c (c)", "d": "c (d)"},
        "actors": {"sos": "Aikuissosiaalityö"},
    }
