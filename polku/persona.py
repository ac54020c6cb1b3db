"""Play a persona scenario through a region's path: at each branch the transition whose
situations all hold is taken, until the path ends, leaves a question open, offers several
ways at once, or goes round in a loop.

The walk is data (`Walk`); `describe_walk` words it in fi/sv/en. Core module: no Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass

from polku.graph import Finding, PathGraph
from polku.i18n import t
from polku.models import DurationRange, Step, Transition
from polku.scenario import Scenario
from polku.situations import label
from polku.summary import render_finding
from polku.text import resolve

END_REASONS = ("exit", "open", "several", "loop")
# Days per unit, to add durations up; a month as 30 days is close enough for a rough sum.
DAYS_PER_UNIT = {"days": 1, "weeks": 7, "months": 30}


def situations_of(transition: Transition) -> list[str]:
    return list(transition.situations)


@dataclass(frozen=True)
class WalkStep:
    step: str
    actors: tuple[str, ...]  # responsible actors first, then the others, each once
    phase: str
    situations: tuple[str, ...]  # holding at this step, after its changes
    added: tuple[str, ...] = ()  # situations that started holding on reaching this step
    removed: tuple[str, ...] = ()
    taken: Transition | None = None  # None at the last step
    findings: tuple[Finding, ...] = ()
    days: tuple[float | None, float | None] | None = None  # None: no duration stated


@dataclass(frozen=True)
class Walk:
    scenario: str
    path: str
    steps: tuple[WalkStep, ...]
    end: str  # one of END_REASONS
    end_step: str  # the step the walk ended at (for "loop": the step visited once too often)
    summary: WalkSummary
    options: tuple[Transition, ...] = ()  # "open": the branch's ways; "several": those that fit
    max_visits: int = 3
    start: tuple[str, ...] = ()  # the situations holding at the start, before any change

    @property
    def step_ids(self) -> list[str]:
        return [s.step for s in self.steps]


@dataclass(frozen=True)
class WalkSummary:
    steps: int
    min_days: float | None  # summed over the steps with a stated duration; None: none stated
    max_days: float | None  # None also when a stated duration has no upper end
    unstated: int  # steps without a usable duration
    warm: int
    cold: int
    handoff_unstated: int
    gaps: tuple[str, ...]  # steps walked through where no one is responsible


def step_days(step: Step) -> tuple[float | None, float | None] | None:
    d = step.duration
    if not isinstance(d, DurationRange) or not d.sensible:
        return None
    per = DAYS_PER_UNIT[d.unit]
    return (
        d.min * per if d.min is not None else None,
        d.max * per if d.max is not None else None,
    )


def _actors(graph: PathGraph, step: Step) -> tuple[str, ...]:
    owners = graph.responsible(step)
    return tuple(dict.fromkeys([*owners, *(r.actor for r in step.roles)]))


def _apply(scenario: Scenario, done: set[int], walked: int, kind: str, holding: set[str]):
    added: list[str] = []
    removed: list[str] = []
    for i, change in enumerate(scenario.changes):
        if i in done:
            continue
        if change.after_steps is not None and walked < change.after_steps:
            continue
        if change.at_kind is not None and kind != change.at_kind:
            continue
        done.add(i)
        for key in change.remove:
            if key in holding:
                holding.discard(key)
                removed.append(key)
        for key in change.add:
            if key not in holding:
                holding.add(key)
                added.append(key)
    return tuple(added), tuple(removed)


def play(graph: PathGraph, scenario: Scenario, *, max_visits: int = 3) -> Walk:
    """Walk `scenario` through `graph` from its first entry (see the module docstring)."""
    holding = set(scenario.situations)
    done: set[int] = set()
    visits: dict[str, int] = {}
    walked: list[WalkStep] = []
    current = graph.entries[0]
    end, options = "exit", ()
    while True:
        if visits.get(current, 0) >= max_visits:
            end = "loop"
            break
        visits[current] = visits.get(current, 0) + 1
        step = graph.steps[current]
        added, removed = _apply(scenario, done, len(walked) + 1, step.kind, holding)
        taken: Transition | None = None
        if len(step.next) == 1:
            taken = step.next[0]
        elif step.next:
            fits = [tr for tr in step.next if (keys := situations_of(tr)) and holding >= set(keys)]
            if len(fits) == 1 or (fits and len({tr.to for tr in fits}) == 1):
                taken = fits[0]
            else:
                end = "several" if fits else "open"
                options = tuple(fits or step.next)
        walked.append(
            WalkStep(
                step=current,
                actors=_actors(graph, step),
                phase=step.phase,
                situations=tuple(sorted(holding)),
                added=added,
                removed=removed,
                taken=taken,
                findings=tuple(graph.findings_for(current)),
                days=step_days(step),
            )
        )
        if taken is None:
            break
        current = taken.to
    return Walk(
        scenario=scenario.id,
        path=graph.path.id,
        steps=tuple(walked),
        end=end,
        end_step=current,
        options=options,
        max_visits=max_visits,
        summary=_summarise(walked),
        start=tuple(sorted(set(scenario.situations))),
    )


def _summarise(walked: list[WalkStep]) -> WalkSummary:
    stated = [s.days for s in walked if s.days is not None]
    handoffs = [s.taken.handoff for s in walked if s.taken is not None]
    highs = [hi for _, hi in stated]
    return WalkSummary(
        steps=len(walked),
        min_days=sum(lo or 0 for lo, _ in stated) if stated else None,
        max_days=sum(highs) if stated and None not in highs else None,  # type: ignore[arg-type]
        unstated=len(walked) - len(stated),
        warm=handoffs.count("warm"),
        cold=handoffs.count("cold"),
        handoff_unstated=handoffs.count(None),
        gaps=tuple(
            dict.fromkeys(s.step for s in walked if any(f.kind == "gap" for f in s.findings))
        ),
    )


# --- in words --------------------------------------------------------------------------------


def situation_label(key: str, lang: str) -> str:
    """A situation in words from the shared vocabulary; an unknown key as written."""
    return label(key, lang)


def _title(graph: PathGraph, step_id: str, lang: str) -> str:
    step = graph.steps.get(step_id)
    return resolve(step.title, lang, graph.path.language).text if step else step_id


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}"


def _days(lo: float | None, hi: float | None, lang: str) -> str:
    if lo is None and hi is None:
        return t("persona.days.unknown", lang)
    if hi is None:
        return t("persona.days.min", lang, min=_number(lo or 0))
    if lo is None or lo == hi:
        return t("persona.days.upto", lang, max=_number(hi))
    return t("persona.days.range", lang, min=_number(lo), max=_number(hi))


def _option(graph: PathGraph, tr: Transition, lang: str) -> str:
    words = [_title(graph, tr.to, lang)]
    if tr.when is not None:
        words.append(resolve(tr.when, lang, graph.path.language).text)
    keys = situations_of(tr)
    if keys:
        words.append(" + ".join(situation_label(k, lang) for k in keys))
    else:
        words.append(t("persona.no_situations", lang))
    return f"→ {words[0]} ({'; '.join(words[1:])})"


def _actor_names(graph: PathGraph, ids: tuple[str, ...], lang: str) -> str:
    names = []
    for actor_id in ids:
        actor = graph.path.actor(actor_id)
        names.append(resolve(actor.name, lang, graph.path.language).text if actor else actor_id)
    return ", ".join(names)


def describe_walk(walk: Walk, graph: PathGraph, lang: str) -> list[str]:
    """The walk in words, one line per item: a numbered step with its details indented."""
    start = ", ".join(situation_label(k, lang) for k in walk.start) or "–"
    lines: list[str] = [t("persona.start", lang, situations=start)]
    for n, s in enumerate(walk.steps, 1):
        step = graph.steps[s.step]
        lines.append(t("persona.step", lang, n=n, title=_title(graph, s.step, lang), id=s.step))
        phase = graph.path.phase(s.phase)
        phase_title = resolve(phase.title, lang, graph.path.language).text if phase else s.phase
        lines.append("   " + t("persona.phase", lang, phase=phase_title))
        owners = graph.responsible(step)
        lines.append(
            "   "
            + (
                t("alt.responsible", lang, who=_actor_names(graph, tuple(owners), lang))
                if owners
                else t("alt.nobody", lang)
            )
        )
        if s.added:
            keys = ", ".join(situation_label(k, lang) for k in s.added)
            lines.append("   " + t("persona.added", lang, keys=keys))
        if s.removed:
            keys = ", ".join(situation_label(k, lang) for k in s.removed)
            lines.append("   " + t("persona.removed", lang, keys=keys))
        if s.days is not None:
            lines.append("   " + t("persona.duration", lang, days=_days(*s.days, lang)))
        for finding in s.findings:
            if finding.kind in ("gap", "overlap", "cold_handoff", "no_way_out"):
                lines.append("   ! " + render_finding(finding, lang))
        if s.taken is not None:
            handoff = s.taken.handoff or "unstated"
            lines.append(
                "   "
                + t(
                    "persona.next",
                    lang,
                    to=_title(graph, s.taken.to, lang),
                    handoff=t(f"persona.handoff.{handoff}", lang),
                )
            )
    end_title = _title(graph, walk.end_step, lang)
    if walk.end == "exit":
        lines.append(t("persona.end.exit", lang, step=end_title))
    elif walk.end == "loop":
        lines.append(t("persona.end.loop", lang, step=end_title, n=walk.max_visits))
    else:
        lines.append(t(f"persona.end.{walk.end}", lang, step=end_title))
        lines.extend("   " + _option(graph, tr, lang) for tr in walk.options)
    sm = walk.summary
    days = (
        t("persona.days.unknown", lang)
        if sm.min_days is None
        else _days(sm.min_days, sm.max_days, lang)
    )
    lines.append(
        t(
            "persona.summary",
            lang,
            n=sm.steps,
            days=days,
            unstated=sm.unstated,
            warm=sm.warm,
            cold=sm.cold,
            handoff_unstated=sm.handoff_unstated,
        )
    )
    if sm.gaps:
        gaps = ", ".join(_title(graph, g, lang) for g in sm.gaps)
        lines.append(t("persona.gaps", lang, n=len(sm.gaps), steps=gaps))
    return lines
