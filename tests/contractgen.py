"""Files written to the contract (docs/PATH_FORMAT.md) that the team has never seen: a
hypothesis strategy over everything the format allows, and one file with every step kind in
every phase kind."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from polku.models import (
    ACTOR_KINDS,
    DURATION_UNITS,
    HANDOFFS,
    LANGS,
    PHASE_KINDS,
    ROLE_KINDS,
    STEP_KINDS,
)
from polku.situations import SITUATIONS

PLAIN = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\u2028\u2029\x85"
    ),
    min_size=1,
    max_size=24,
)
# The vocabulary's keys and one it does not know (a finding, never a refusal).
SITUATION_KEYS = [*SITUATIONS, "not-in-the-vocabulary"]
SLUG = st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True)
# A path id at both ends of its allowed length, and between.
PATH_ID = st.one_of(
    st.from_regex(r"[a-z0-9]{2}", fullmatch=True),
    st.from_regex(r"[a-z0-9-]{64}", fullmatch=True),
    st.from_regex(r"[a-z0-9][a-z0-9-]{1,20}", fullmatch=True),
)


def text_in(file_lang: str):
    """A Text field: a plain string, or a mapping with any set of languages that has the
    file's own."""
    others = [lang for lang in LANGS if lang != file_lang]
    mapping = st.builds(
        lambda own, extra: {file_lang: own, **extra},
        PLAIN,
        st.dictionaries(st.sampled_from(others), PLAIN, max_size=2),
    )
    return st.one_of(PLAIN, mapping)


@st.composite
def optional(draw, data: dict, key: str, strategy) -> None:
    """Set `data[key]` or leave it out: every optional field present or absent."""
    if draw(st.booleans()):
        data[key] = draw(strategy)


@st.composite
def durations(draw, file_lang: str):
    unit = draw(st.sampled_from(DURATION_UNITS))
    number = st.one_of(st.integers(0, 36), st.floats(0, 36, allow_nan=False).map(lambda x: x))
    low = draw(number)
    ends = draw(st.sampled_from(["min", "max", "both"]))
    if ends == "min":
        return {"min": low, "unit": unit}
    if ends == "max":
        return {"max": low, "unit": unit}
    return {"min": low, "max": low + draw(number), "unit": unit}


@st.composite
def contract_files(draw) -> dict:
    lang_given = draw(st.sampled_from([None, *LANGS]))
    file_lang = lang_given or "fi"
    text = text_in(file_lang)
    source_ids = draw(st.lists(SLUG, max_size=3, unique=True))  # none: no `sources` at all
    # Every actor kind, each maybe more than once; some actors never get a role.
    actor_kinds = list(ACTOR_KINDS) + draw(st.lists(st.sampled_from(ACTOR_KINDS), max_size=2))
    actor_ids = draw(
        st.lists(SLUG, min_size=len(actor_kinds), max_size=len(actor_kinds), unique=True)
    )
    # Phases listed in any order; at least one of each kind somewhere across examples.
    phase_kinds = draw(st.permutations(list(PHASE_KINDS)))[: draw(st.integers(1, 3))]
    phase_ids = draw(
        st.lists(SLUG, min_size=len(phase_kinds), max_size=len(phase_kinds), unique=True)
    )
    step_ids = draw(st.lists(SLUG, min_size=1, max_size=7, unique=True))

    def item(fields: dict, optionals: dict) -> dict:
        for key, strategy in optionals.items():
            draw(optional(fields, key, strategy))
        return fields

    actors = [
        item({"id": a, "kind": k, "name": draw(text)}, {"description": text, "contact": text})
        for a, k in zip(actor_ids, actor_kinds, strict=True)
    ]
    phases = [
        item({"id": p, "kind": k, "title": draw(text)}, {"description": text})
        for p, k in zip(phase_ids, phase_kinds, strict=True)
    ]
    sources = [
        item(
            {"id": s, "title": draw(text)},
            {"publisher": text, "url": st.just("https://example.org/a?b=1"), "date": st.dates()},
        )
        for s in source_ids
    ]
    transition = st.one_of(
        st.sampled_from(step_ids),  # the bare-id shorthand
        st.builds(
            lambda to, when, client_when, handoff, situations: {
                "to": to,
                **({"when": when} if when is not None else {}),
                **({"client_when": client_when} if client_when is not None else {}),
                **({"handoff": handoff} if handoff else {}),
                **({"situations": situations} if situations is not None else {}),
            },
            st.sampled_from(step_ids),  # self-loops included
            st.one_of(st.none(), text),
            st.one_of(st.none(), text),  # the docs copy's optional addition
            st.sampled_from([None, *HANDOFFS]),
            # The docs copy's other addition: known keys, an unknown one, repeats, a bare key.
            st.one_of(
                st.none(),
                st.sampled_from(SITUATION_KEYS),
                st.lists(st.sampled_from(SITUATION_KEYS), max_size=3),
            ),
        ),
    )
    role = st.builds(
        lambda actor, role, task: {
            "actor": actor,
            "role": role,
            **({"task": task} if task is not None else {}),
        },
        st.sampled_from(actor_ids),
        st.sampled_from(ROLE_KINDS),
        st.one_of(st.none(), text),
    )
    steps = []
    for sid in step_ids:
        step = {
            "id": sid,
            "phase": draw(st.sampled_from(phase_ids)),
            "kind": draw(st.sampled_from(STEP_KINDS)),  # any kind in any phase
            "title": draw(text),
        }
        item(
            step,
            {
                "start": st.booleans(),  # several start steps, or none
                "client_text": text,
                "professional_text": text,
                "roles": st.lists(role, max_size=3),  # a step with no roles: a gap
                "client_does": text,
                "duration": st.one_of(text, durations(file_lang)),
                "documents": st.lists(text, max_size=2),
                "legal_basis": st.lists(
                    st.builds(
                        lambda t, u: {"title": t, **u},
                        text,
                        st.sampled_from(
                            [{}, {"url": "https://www.finlex.fi/fi/laki/ajantasa/2001/20010189"}]
                        ),
                    ),
                    max_size=2,
                ),
                "sources": st.lists(st.sampled_from(source_ids), max_size=2, unique=True)
                if source_ids
                else st.just([]),
                "next": st.lists(transition, max_size=3),  # `next: []` included
            },
        )
        steps.append(step)
    data = {
        "format": 1,
        "id": draw(PATH_ID),
        "title": draw(text),
        "region": draw(text),
        "updated": draw(st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        "actors": actors,
        "phases": phases,
        "steps": steps,
    }
    if lang_given:
        data["language"] = lang_given
    if sources:
        data["sources"] = sources
    start = draw(st.dates(dt.date(2019, 1, 1), dt.date(2030, 1, 1)))
    item(
        data,
        {
            "organiser": text,
            "summary": text,
            "valid_from": st.just(start),
            "valid_until": st.just(start + dt.timedelta(days=draw(st.integers(0, 3000)))),
            "glossary": st.lists(
                st.builds(lambda a, b: {"term": a, "definition": b}, text, text), max_size=2
            ),
        },
    )
    return data


def every_kind_everywhere(path_id: str = "joka-vaiheessa") -> dict:
    """One file with each step kind in each phase kind, in a chain, one phase of each kind
    (listed out, during, into), and every actor kind."""
    actors = [{"id": f"a-{k}", "kind": k, "name": f"Toimija {k}"} for k in ACTOR_KINDS]
    phases = [
        {"id": f"p-{k}", "kind": k, "title": {"fi": f"Vaihe {k}", "en": f"Phase {k}"}}
        for k in reversed(PHASE_KINDS)
    ]
    steps = []
    for phase_kind in PHASE_KINDS:
        for kind in STEP_KINDS:
            steps.append(
                {
                    "id": f"{phase_kind}-{kind}",
                    "phase": f"p-{phase_kind}",
                    "kind": kind,
                    "title": f"{kind} ({phase_kind})",
                    "roles": [
                        {
                            "actor": f"a-{ACTOR_KINDS[len(steps) % len(ACTOR_KINDS)]}",
                            "role": "responsible",
                        }
                    ],
                    "sources": ["sopimus"],
                }
            )
    for here, there in zip(steps, steps[1:], strict=False):
        here["next"] = [there["id"]]
    return {
        "format": 1,
        "id": path_id,
        "title": "Jokainen askeltyyppi jokaisessa vaiheessa",
        "region": "Testikunta",
        "updated": "2026-11-23",
        "sources": [{"id": "sopimus", "title": "PATH_FORMAT.md"}],
        "actors": actors,
        "phases": phases,
        "steps": steps,
    }
