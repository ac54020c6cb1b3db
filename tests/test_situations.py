"""Situations as data: the shared vocabulary (polku/data/situations.yaml), a transition's
optional `situations`, its findings, the docs table and the shipped paths' tags."""

from __future__ import annotations

import re

import pytest
import yaml

from polku.graph import PathGraph
from polku.loader import load_library, load_text
from polku.models import LANGS, Transition
from polku.situations import SITUATIONS, label
from polku.summary import render_finding
from tests.conftest import ROOT, SHIPPED, dump

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# The keys the vocabulary started with (issue 18); later keys may be added, never removed.
STARTING_KEYS = {
    "health-concern",
    "reduced-work-ability",
    "social-assistance",
    "unemployment-benefit",
    "under-25",
    "wants-education",
    "job-offer",
    "interrupted",
    "period-ends",
}
# The shipped paths' tagged transitions: fewer means tags were lost.
MIN_TAGGED = 70


def test_every_key_is_a_slug_with_a_label_and_a_description_in_each_language():
    assert STARTING_KEYS <= set(SITUATIONS)
    for key, situation in SITUATIONS.items():
        assert SLUG.match(key), key
        assert situation.key == key
        for lang in LANGS:
            assert situation.labels[lang].strip(), (key, lang)
            description = situation.descriptions[lang]
            # One sentence: it ends with a full stop and has no other sentence end inside.
            assert description.endswith("."), (key, lang)
            assert not re.search(r"[.!?] [A-ZÅÄÖ]", description), (key, lang)
    labels = {lang: [s.label(lang) for s in SITUATIONS.values()] for lang in LANGS}
    for lang, names in labels.items():
        assert len(set(names)) == len(names), lang  # one label for one key


def test_label_is_in_the_language_asked_and_an_unknown_key_is_shown_as_written():
    assert label("under-25", "fi") == "Alle 25-vuotias"
    assert label("under-25", "sv") == "Under 25 år"
    assert label("social-assistance", "en") == "Social assistance"
    assert label("no-such-key", "fi") == "no-such-key"


def test_the_field_is_optional_and_takes_a_list_or_one_bare_key():
    assert Transition.model_validate({"to": "x"}).situations == []
    assert Transition.model_validate({"to": "x", "situations": None}).situations == []
    tagged = Transition.model_validate({"to": "x", "situations": ["job-offer", "under-25"]})
    assert tagged.situations == ["job-offer", "under-25"]
    assert Transition.model_validate({"to": "x", "situations": "job-offer"}).situations == [
        "job-offer"
    ]


def _with_situations(minimal: dict, situations) -> PathGraph:
    minimal["steps"][0]["next"][0]["situations"] = situations
    result = load_text(dump(minimal), "x.yaml")
    assert result.ok, [e.render("en") for e in result.errors]
    return PathGraph(result.path)


def _situation_findings(graph: PathGraph) -> list[tuple[str, str, dict]]:
    return [(f.kind, f.step, dict(f.params)) for f in graph.findings if "situation" in f.kind]


def test_known_keys_make_no_finding(minimal):
    assert _situation_findings(_with_situations(minimal, ["wants-education"])) == []


def test_an_unknown_key_is_a_finding_not_a_refusal(minimal):
    graph = _with_situations(minimal, ["wants-education", "wants-edukation"])
    assert _situation_findings(graph) == [
        ("unknown_situation", "suunnitelma", {"situation": "wants-edukation"})
    ]
    finding = next(f for f in graph.findings if f.kind == "unknown_situation")
    assert "transition 1" in finding.place.render("en")
    for lang in LANGS:
        text = render_finding(finding, lang)
        assert "wants-edukation" in text and "{" not in text, (lang, text)


def test_a_repeated_key_is_a_finding_not_a_refusal(minimal):
    graph = _with_situations(minimal, ["job-offer", "job-offer", "job-offer"])
    assert _situation_findings(graph) == [
        ("duplicate_situation", "suunnitelma", {"situation": "job-offer"}),
        ("duplicate_situation", "suunnitelma", {"situation": "job-offer"}),
    ]
    finding = next(f for f in graph.findings if f.kind == "duplicate_situation")
    for lang in LANGS:
        assert "job-offer" in render_finding(finding, lang)


def test_a_key_that_is_not_a_slug_is_an_unknown_key(minimal):
    graph = _with_situations(minimal, "Terveys huolena")
    assert [k for k, _, _ in _situation_findings(graph)] == ["unknown_situation"]


@pytest.mark.parametrize("value", [{"fi": "terveys"}, 5, [1, "job-offer"]])
def test_a_situations_value_that_is_not_keys_loads_and_is_flagged(minimal, value):
    # The baseline contract does not name `situations`, so a file may carry anything there.
    minimal["steps"][0]["next"][0]["situations"] = value
    result = load_text(dump(minimal), "x.yaml")
    assert result.ok, [e.render("en") for e in result.errors]
    graph = PathGraph(result.path)
    assert "unknown_situation" in [k for k, _, _ in _situation_findings(graph)]


def test_the_docs_table_lists_exactly_the_vocabulary():
    text = (ROOT / "docs" / "PATH_FORMAT.md").read_text(encoding="utf-8")
    text = text.split("## What this copy adds to the baseline")[1].split("\n## ")[0]
    text = text.split("| Key | Suomi | Svenska | English |")[1].split("\n\n")[0]
    rows = re.findall(r"^\s*\| `([a-z0-9-]+)` \| (.+?) \| (.+?) \| (.+?) \|$", text, re.M)
    assert [r[0] for r in rows] == list(SITUATIONS)
    for key, fi, sv, en in rows:
        assert (fi, sv, en) == tuple(SITUATIONS[key].label(lang) for lang in LANGS), key


def test_the_vocabulary_file_has_nothing_the_module_drops():
    data = yaml.safe_load((ROOT / "polku" / "data" / "situations.yaml").read_text("utf-8"))
    for key, entry in data.items():
        assert set(entry) == {"label", "description"}, key
        assert set(entry["label"]) == set(entry["description"]) == set(LANGS), key


LIBRARY = load_library([SHIPPED])


def test_every_shipped_tag_is_in_the_vocabulary_and_enough_are_tagged():
    tagged = 0
    for path_id, path in LIBRARY.paths.items():
        for step in path.steps:
            for transition in step.next:
                assert set(transition.situations) <= set(SITUATIONS), (path_id, step.id)
                assert len(set(transition.situations)) == len(transition.situations)
                assert not transition.situations or transition.when is not None, (
                    "a tag says what the condition says: an untold condition has none"
                )
                tagged += bool(transition.situations)
        assert not [f for f in PathGraph(path).findings if "situation" in f.kind], path_id
    assert tagged >= MIN_TAGGED


@pytest.mark.parametrize(
    ("path_id", "step", "to", "key"),
    [
        ("kansallinen", "tunnistaminen", "palvelutarpeen-arviointi", "social-assistance"),
        ("kansallinen", "tyotoiminta", "keskeytys", "interrupted"),
        ("satakunta", "ktt-jakso", "tarkistus", "period-ends"),
        ("etela-pohjanmaa-aimo", "seuranta", "tyo", "job-offer"),
        ("etela-pohjanmaa-aimo", "seuranta", "koulutus", "wants-education"),
    ],
)
def test_a_tag_stands_where_the_condition_says_so(path_id, step, to, key):
    transitions = LIBRARY.paths[path_id].step(step).next
    assert any(t.to == to and key in t.situations for t in transitions)
