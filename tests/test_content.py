"""Content truth of the shipped paths, checked on the files as written (issue 12).

- A step that says it follows general law cites the law (`legal_basis`).
- Every declared source is cited by a step, and every cited source is declared.
- Everything a client reads exists in Finnish, Swedish and English; Pohjanmaa, a bilingual
  county, has every text in Swedish, professional texts and tasks included.
- Wordings found wrong in review do not come back.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from polku.loader import load_library

PATHS = Path(__file__).resolve().parent.parent / "paths"
SHIPPED = sorted(PATHS.glob("*.yaml"))
LANGS = ("fi", "sv", "en")

# How the files say that a step rests on general law rather than on the region's own sources.
GENERAL_LAW = re.compile(
    r"general law|yle(?:inen|ise\w*) lainsäädän\w*|allmän\w* lagstiftning", re.IGNORECASE
)

# Text fields a client reads: in the meeting, the handout and the explorer's client view.
CLIENT_TOP = ("title", "region")
CLIENT_ACTOR = ("name", "contact")
CLIENT_STEP = ("title", "client_text", "client_does")
CLIENT_TRANSITION = ("when", "client_when")

# Fields that name a published document as published: never translated.
NOT_TRANSLATED = {"sources"}


def _raw(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _ids(paths):
    return [p.stem for p in paths]


def _strings(node, skip=("legal_basis",)):
    """Every string under a node, keys in `skip` left out."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in skip:
                yield from _strings(value, skip)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item, skip)


def _lacks(text) -> list[str]:
    """The languages a Text value lacks (a plain string is in the file's language only)."""
    if text is None:
        return []
    if isinstance(text, dict):
        return [lang for lang in LANGS if not str(text.get(lang) or "").strip()]
    return ["(plain string: one language only)"]


def _client_texts(data: dict):
    """(where, Text) for every client-facing Text field of a raw path file."""
    for field in CLIENT_TOP:
        yield field, data.get(field)
    for actor in data.get("actors") or []:
        for field in CLIENT_ACTOR:
            if field in actor:
                yield f"actor {actor['id']}.{field}", actor[field]
    for phase in data.get("phases") or []:
        yield f"phase {phase['id']}.title", phase.get("title")
    for step in data.get("steps") or []:
        where = f"step {step['id']}"
        for field in CLIENT_STEP:
            if field in step:
                yield f"{where}.{field}", step[field]
        if isinstance(step.get("duration"), (str, dict)) and "unit" not in step["duration"]:
            yield f"{where}.duration", step["duration"]
        for i, doc in enumerate(step.get("documents") or []):
            yield f"{where}.documents[{i}]", doc
        for i, move in enumerate(step.get("next") or []):
            if isinstance(move, dict):
                for field in CLIENT_TRANSITION:
                    if field in move:
                        yield f"{where}.next[{i}].{field}", move[field]


def _all_texts(node, where=""):
    """(where, Text) for every Text value: language mappings, and strings under a Text field."""
    text_fields = {
        "title", "region", "organiser", "summary", "description", "name", "contact",
        "client_text", "professional_text", "client_does", "task", "when", "client_when",
        "term", "definition",
    }  # fmt: skip
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}.{key}" if where else str(key)
            if key in NOT_TRANSLATED:
                continue
            if key in text_fields or key == "documents":
                if key == "documents":
                    for i, doc in enumerate(value or []):
                        yield f"{here}[{i}]", doc
                else:
                    yield here, value
            elif isinstance(value, (dict, list)):
                yield from _all_texts(value, here)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            label = item.get("id", i) if isinstance(item, dict) else i
            yield from _all_texts(item, f"{where}[{label}]")


def test_there_are_at_least_ten_shipped_paths_and_all_load():
    library = load_library([PATHS])
    assert library.failed == ()
    assert len(SHIPPED) >= 10
    assert len(library.paths) == len(SHIPPED)


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_a_step_that_says_general_law_cites_the_law(path):
    uncited = [
        step["id"]
        for step in _raw(path)["steps"]
        if any(GENERAL_LAW.search(s) for s in _strings(step)) and not step.get("legal_basis")
    ]
    assert uncited == [], f"{path.name}: say general law but cite no law: {uncited}"


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_every_legal_basis_names_the_act_and_links_to_it(path):
    for step in _raw(path)["steps"]:
        for basis in step.get("legal_basis") or []:
            assert re.search(r"\d+/\d{4}", str(basis["title"])), (step["id"], basis)
            assert str(basis.get("url", "")).startswith("https://"), (step["id"], basis)
            assert _lacks(basis["title"]) == [], (path.name, step["id"], basis["title"])


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_declared_sources_and_cited_sources_are_the_same(path):
    data = _raw(path)
    declared = {s["id"] for s in data.get("sources") or []}
    cited = {sid for step in data["steps"] for sid in step.get("sources") or []}
    assert declared - cited == set(), f"{path.name}: declared, never cited"
    assert cited - declared == set(), f"{path.name}: cited, never declared"


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_what_a_client_reads_is_in_finnish_swedish_and_english(path):
    missing = [
        (where, lacks) for where, text in _client_texts(_raw(path)) if (lacks := _lacks(text))
    ]
    assert missing == [], f"{path.name}: {missing}"


def test_pohjanmaa_is_complete_in_swedish():
    data = _raw(PATHS / "pohjanmaa.yaml")
    missing = [where for where, text in _all_texts(data) if "sv" in _lacks(text) or (
        isinstance(text, str))]  # fmt: skip
    assert missing == []


def test_the_client_text_checks_can_fail():
    """The walkers see a missing Swedish client text and a plain string where they are."""
    data = {
        "title": {"fi": "a", "sv": "b", "en": "c"},
        "region": "Vain suomeksi",
        "steps": [{"id": "s", "title": {"fi": "a", "en": "c"}, "next": [{"to": "t", "when": "x"}]}],
    }
    found = {where for where, text in _client_texts(data) if _lacks(text)}
    assert found == {"region", "step s.title", "step s.next[0].when"}
    texts = dict(_all_texts({"steps": [{"id": "s", "roles": [{"task": {"fi": "t"}}]}]}))
    assert _lacks(texts["steps[s].roles[0].task"]) == ["sv", "en"]
    assert GENERAL_LAW.search("Aktivointisuunnitelma: yleisen lainsäädännön mukaan")
    assert GENERAL_LAW.search("enligt allmän lagstiftning")
    assert GENERAL_LAW.search("(yleinen lainsäädäntö)")


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_updated_is_a_real_day_not_in_the_future(path):
    updated = _raw(path)["updated"]
    assert isinstance(updated, dt.date)
    assert updated <= dt.date.today()


# Wordings a reviewer found wrong: unidiomatic, slang, or no longer true. Each stays out.
BANNED = {
    "yhden pysähdyksen": "a calque; say 'yhdestä paikasta'",
    "nätverksproffs": "slang",
    "ajamassa alas": "a calque; say 'lakkautetaan' or 'ajetaan alas'",
    "clearly no one's responsibility": "unidiomatic",
    "ask yourself": "wrong sense",
    "TE-palvelujen edustajat": "TE offices ended 1.1.2025",
}


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_no_wording_a_review_found_wrong(path):
    text = path.read_text(encoding="utf-8").casefold()
    found = [f"{w!r}: {why}" for w, why in BANNED.items() if w.casefold() in text]
    assert found == [], f"{path.name}: {found}"


def test_one_swedish_rendering_of_saattaen_vaihtaen():
    """'saattaen vaihtaen' is 'ledsagat överlämnande' in every file and the UI, never a second
    wording."""
    others = ("följeslagning", "med ledsagning", "varmt överlämnande", "varm överlämning")
    for path in [*SHIPPED, PATHS.parent / "polku" / "messages.py"]:
        text = path.read_text(encoding="utf-8").casefold()
        assert [o for o in others if o in text] == [], path.name
