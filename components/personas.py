"""The shipped persona scenarios for the pages (meeting practice, onboarding's persona tour,
compare's persona view): loaded once per file version, a picker, and the walk, cached."""

from __future__ import annotations

from collections.abc import Hashable

import streamlit as st

from polku.graph import PathGraph
from polku.i18n import t
from polku.persona import Walk, play
from polku.scenario import Scenario, load_scenario_file, shipped_scenarios
from polku.text import resolve


@st.cache_resource(max_entries=4, show_spinner=False)
def _load(key: tuple[tuple[str, int, int], ...]) -> dict[str, Scenario]:
    out: dict[str, Scenario] = {}
    for name, _, _ in key:
        result = load_scenario_file(name)
        if result.ok and result.scenario.id not in out:
            out[result.scenario.id] = result.scenario
    return out


def scenarios() -> dict[str, Scenario]:
    """The shipped scenarios that load, by id; keyed on the files' names, sizes and times, so
    an edited file is read again and an unchanged one never."""
    key = []
    for path in shipped_scenarios():
        try:
            stat = path.stat()
        except OSError:
            continue
        key.append((str(path), stat.st_mtime_ns, stat.st_size))
    return _load(tuple(key))


def scenario_title(scenario: Scenario, lang: str) -> str:
    return resolve(scenario.title, lang, "fi").text


def scenario_description(scenario: Scenario, lang: str) -> str:
    return resolve(scenario.description, lang, "fi").text


def persona_picker(lang: str, *, key: str, label_key: str = "persona.pick") -> Scenario | None:
    """A select box of the shipped personas; None when there are none."""
    found = scenarios()
    if not found:
        st.info(t("persona.none", lang))
        return None
    ids = list(found)
    chosen = st.selectbox(
        t(label_key, lang), ids, format_func=lambda sid: scenario_title(found[sid], lang), key=key
    )
    return found.get(chosen)


# {(file version, path id, id(scenario)): (scenario, walk)}; holding the scenario keeps its id
# from being reused by another object.
_WALKS: dict[tuple, tuple[Scenario, Walk]] = {}


def walk_for(version: Hashable, graph: PathGraph, scenario: Scenario) -> Walk:
    """The persona's walk on the path, once per file version and scenario (both immutable)."""
    cache_key = (version, graph.path.id, id(scenario))
    found = _WALKS.get(cache_key)
    if found is None or found[0] is not scenario:
        if len(_WALKS) > 256:
            _WALKS.clear()
        found = _WALKS[cache_key] = (scenario, play(graph, scenario))
    return found[1]
