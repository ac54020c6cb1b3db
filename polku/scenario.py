"""Persona scenarios, format 1 (docs/SCENARIO_FORMAT.md): a fictional person, the situations
that hold for them at the start, and where those change along the way.

A scenario file is read like a path file: the bounded YAML parser, the same byte limit, the
same language-neutral errors. Fields outside the format are kept and reported as findings, so
a typo is shown instead of silently ignored; `fictional` must be true, because a scenario is
never about a real person.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from polku.i18n import t
from polku.loader import PATH_SUFFIXES, LoadError, _convert
from polku.models import STEP_KINDS, PathId, Slug, Text, _Model, _optional_may_be_empty
from polku.safe_yaml import MAX_BYTES, YamlProblem, load_yaml
from polku.situations import SITUATIONS

DEFAULT_SCENARIOS_DIR = Path(__file__).resolve().parent.parent / "scenarios"


class ScenarioSource(_Model):
    """The public source the persona is built on."""

    title: Text
    url: str
    publisher: Text | None = None
    accessed: dt.date | None = None


class Change(_Model):
    """Situations that start or stop holding: after a number of steps walked, on reaching a
    step of a kind, or both (then both must hold)."""

    after_steps: Annotated[int, Field(ge=1)] | None = None
    at_kind: Literal[STEP_KINDS] | None = None  # type: ignore[valid-type]
    add: list[Slug] = []
    remove: list[Slug] = []

    @model_validator(mode="after")
    def _needs_a_moment(self) -> Change:
        if self.after_steps is None and self.at_kind is None:
            raise PydanticCustomError("change_when", "a change needs after_steps or at_kind", {})
        return self


class Scenario(_Model):
    format: Literal[1]
    id: PathId
    title: Text
    description: Text
    source: ScenarioSource
    fictional: Literal[True]
    situations: list[Slug] = []
    changes: list[Change] = []


@dataclass(frozen=True)
class ScenarioFinding:
    kind: str  # "unknown_field" or "unknown_situation"; message key f"scenario.finding.{kind}"
    params: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class ScenarioResult:
    file: str
    scenario: Scenario | None = None
    errors: tuple[LoadError, ...] = ()
    findings: tuple[ScenarioFinding, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.scenario is not None


def scenario_findings(scenario: Scenario) -> list[ScenarioFinding]:
    """Fields outside the format and situation keys outside the vocabulary: shown, not refused."""
    out: list[ScenarioFinding] = []

    def unknown(model: _Model, prefix: str) -> None:
        known = list(type(model).model_fields)
        for name in model.unknown_fields:
            like = difflib.get_close_matches(name, known, n=1, cutoff=0.7)
            shown = name if len(name) <= 60 else name[:59] + "…"
            out.append(
                ScenarioFinding(
                    "unknown_field",
                    (("field", prefix + shown), ("like", prefix + like[0] if like else "")),
                )
            )

    unknown(scenario, "")
    unknown(scenario.source, "source.")
    for i, change in enumerate(scenario.changes, 1):
        unknown(change, f"changes.{i}.")
    used = [*scenario.situations]
    for change in scenario.changes:
        used += [*change.add, *change.remove]
    for key in dict.fromkeys(used):
        if key not in SITUATIONS:
            out.append(ScenarioFinding("unknown_situation", (("key", key),)))
    return out


def _refused(name: str, key: str, **params: Any) -> ScenarioResult:
    return ScenarioResult(name, errors=(LoadError(name, key, params=tuple(params.items())),))


def load_scenario_text(text: str | bytes, name: str) -> ScenarioResult:
    """Validate one scenario file's content. Never raises for bad content."""
    size = len(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    if size > MAX_BYTES:
        return _refused(name, "err.too_large", size=size, limit=MAX_BYTES)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _refused(name, "err.encoding")
    try:
        data, marks = load_yaml(text)
    except YamlProblem as problem:
        error = LoadError(name, problem.key, problem.line, problem.column, "", problem.params)
        return ScenarioResult(name, errors=(error,))
    if not isinstance(data, dict):
        return _refused(name, "err.not_mapping")
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        errors = []
        for e in exc.errors(include_url=False):
            error = _convert(e, name, marks, data)
            if e["type"] == "literal_error" and tuple(e["loc"]) == ("fictional",):
                error = LoadError(name, "scenario.err.fictional", error.line, error.column)
            elif e["type"] == "change_when":
                error = LoadError(
                    name, "scenario.err.change_when", error.line, error.column, error.field
                )
            errors.append(error)
        return ScenarioResult(name, errors=tuple(sorted(errors, key=lambda e: (e.line, e.column))))
    return ScenarioResult(name, scenario, findings=tuple(scenario_findings(scenario)))


def load_scenario_file(path: str | os.PathLike[str]) -> ScenarioResult:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refused before a byte is read
            return _refused(str(path), "err.too_large", size=size, limit=MAX_BYTES)
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return _refused(str(path), "err.unreadable", reason=exc.strerror)
    return load_scenario_text(raw, str(path))


def shipped_scenarios(folder: Path = DEFAULT_SCENARIOS_DIR) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in PATH_SUFFIXES and p.is_file())


def scenario_json_schema() -> dict[str, Any]:
    """The JSON Schema of scenario format 1, accepting what the loader accepts (fields outside
    the format, empty optional fields)."""
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Polku persona scenario, format 1"
    change = schema["$defs"]["Change"]
    change["anyOf"] = [{"required": ["after_steps"]}, {"required": ["at_kind"]}]
    _optional_may_be_empty(schema)
    return schema


def render_scenario_finding(finding: ScenarioFinding, lang: str) -> str:
    params = dict(finding.params)
    key = f"scenario.finding.{finding.kind}"
    if params.get("like"):  # an unknown field that looks like a known one
        key += "_like"
    return t(key, lang, **params)
