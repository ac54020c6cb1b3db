"""Pydantic models for path format v1, exactly as PATH_FORMAT.md defines it.

Text fields keep the form the file used (a plain string or a language mapping) so that a
model dumps back to the same YAML. The models refuse only what the contract calls invalid.
Fields outside the format are kept (a later version may add optional fields) and reported as
findings by `polku.graph`, so a typo such as `sumary` is shown instead of silently ignored.
An empty optional field (`next:` with nothing after it) counts as absent.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

LANGS: tuple[str, ...] = ("fi", "sv", "en")
Lang = Literal["fi", "sv", "en"]

ACTOR_KINDS: tuple[str, ...] = (
    "client",
    "employment-services",
    "social-services",
    "health-care",
    "kela",
    "multi-agency",
    "activity-provider",
    "rehabilitation-provider",
    "ngo",
    "education",
    "employer",
    "pension-provider",
    "other",
)
PHASE_KINDS: tuple[str, ...] = ("into", "during", "out")
STEP_KINDS_BY_PHASE: dict[str, tuple[str, ...]] = {
    "into": (
        "outreach",
        "service-need-assessment",
        "health-check",
        "work-ability-assessment",
        "multi-agency-assessment",
        "case-manager-assigned",
        "activation-plan",
        "decision",
        "placement",
        "agreement",
    ),
    "during": ("activity", "review", "support-service", "interruption"),
    "out": (
        "final-assessment",
        "exit-employment",
        "exit-wage-subsidy",
        "exit-work-trial",
        "exit-education",
        "exit-vocational-rehabilitation",
        "exit-medical-rehabilitation",
        "exit-social-rehabilitation",
        "exit-pension",
        "exit-other-service",
    ),
    "any": ("other",),
}
STEP_KINDS: tuple[str, ...] = tuple(k for kinds in STEP_KINDS_BY_PHASE.values() for k in kinds)
ROLE_KINDS: tuple[str, ...] = ("responsible", "participates", "consulted", "informed")
HANDOFFS: tuple[str, ...] = ("warm", "cold")
DURATION_UNITS: tuple[str, ...] = ("days", "weeks", "months")

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$")]
PathId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$", min_length=2, max_length=64)]


def _text(value: Any) -> str | dict[str, str]:
    """A Text field: a plain string, or a non-empty mapping from fi/sv/en to strings."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and value:
        bad = [k for k in value if k not in LANGS]
        if bad:
            raise PydanticCustomError(
                "text_lang", "unknown language code {code}", {"code": str(bad[0])}
            )
        if all(isinstance(v, str) for v in value.values()):
            return dict(value)
    raise PydanticCustomError("text_type", "expected text", {})


_TEXT_SCHEMA = {
    "anyOf": [
        {"type": "string"},
        {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": False,
            "properties": {lang: {"type": "string"} for lang in LANGS},
        },
    ],
    "description": "A plain string in the file's language, or a mapping fi/sv/en -> string.",
}

Text = Annotated[str | dict[str, str], PlainValidator(_text), WithJsonSchema(_TEXT_SCHEMA)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _absent_when_empty(cls, value: Any) -> Any:
        # `field:` with no value means "not given"; a key that is not text (`2025: …`) is an
        # unknown field like any other, so it is named, not refused.
        if isinstance(value, dict):
            return {
                (k if isinstance(k, str) else str(k)): v for k, v in value.items() if v is not None
            }
        return value

    @property
    def unknown_fields(self) -> list[str]:
        """Fields the format does not define, kept as they were written."""
        return list(self.model_extra or ())


class Source(_Model):
    id: Slug
    title: Text
    publisher: Text | None = None
    url: str | None = None
    # The format leaves a source's date loose: a full date, or just a year or month as text.
    date: dt.date | int | str | None = None


class Actor(_Model):
    id: Slug
    kind: Literal[ACTOR_KINDS]  # type: ignore[valid-type]
    name: Text
    description: Text | None = None
    contact: Text | None = None


class Phase(_Model):
    id: Slug
    kind: Literal[PHASE_KINDS]  # type: ignore[valid-type]
    title: Text
    description: Text | None = None


class Role(_Model):
    actor: Slug
    role: Literal[ROLE_KINDS]  # type: ignore[valid-type]
    task: Text | None = None


class DurationRange(_Model):
    # Neither end, a negative end or min > max is allowed by the contract: a finding, not an
    # error (`polku.graph`), and the range counts as unknown in the figures.
    min: float | None = None
    max: float | None = None
    unit: Literal[DURATION_UNITS]  # type: ignore[valid-type]

    @property
    def sensible(self) -> bool:
        ends = [e for e in (self.min, self.max) if e is not None]
        return bool(ends) and min(ends) >= 0 and ends == sorted(ends)


def _duration(value: Any) -> DurationRange | str | dict[str, str]:
    if isinstance(value, DurationRange):
        return value
    if isinstance(value, dict) and ("unit" in value or "min" in value or "max" in value):
        return DurationRange.model_validate(value)
    try:
        return _text(value)
    except PydanticCustomError:
        raise PydanticCustomError("duration_type", "expected a duration", {}) from None


def _dump_duration(value: DurationRange | str | dict[str, str]) -> Any:
    # A range as its given ends only; text as it is. (The union has no serializer of its own.)
    return value.model_dump(exclude_none=True) if isinstance(value, DurationRange) else value


Duration = Annotated[
    DurationRange | str | dict[str, str],
    PlainValidator(_duration),
    PlainSerializer(_dump_duration),
    WithJsonSchema({"anyOf": [DurationRange.model_json_schema(), _TEXT_SCHEMA]}),
]


class LegalBasis(_Model):
    title: Text
    url: str | None = None


def _situations(value: Any) -> list[str]:
    """A list of situation keys; one bare key is short for a list of one. The baseline
    contract lets a file carry fields it does not name, so a value that is not keys is never
    refused: it is kept as text and flagged as an unknown key (`polku.graph`)."""
    if value is None:
        return []
    if isinstance(value, list):
        return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value]
    return [value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)]


Situations = Annotated[
    list[str],
    PlainValidator(_situations),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
            "description": "Keys of the shared situations vocabulary (docs/PATH_FORMAT.md).",
        }
    ),
]


class Transition(_Model):
    to: Slug
    when: Text | None = None
    handoff: Literal[HANDOFFS] | None = None  # type: ignore[valid-type]
    # The condition in the client's words, for the meeting ("I have found a study place");
    # an addition of the living copy of the format (docs/PATH_FORMAT.md), never required.
    client_when: Text | None = None
    # Keys of the shared vocabulary (polku/data/situations.yaml) naming the client's situation
    # the condition turns on; another addition of the living copy. An unknown or repeated key
    # is a finding (`polku.graph`), so a file from a later vocabulary still loads.
    situations: Situations = []

    @model_validator(mode="before")
    @classmethod
    def _bare_id(cls, value: Any) -> Any:
        # A bare step id is short for {to: id}.
        return {"to": value} if isinstance(value, str) else value


class Step(_Model):
    id: Slug
    phase: Slug
    kind: Literal[STEP_KINDS]  # type: ignore[valid-type]
    title: Text
    start: bool = False
    client_text: Text | None = None
    professional_text: Text | None = None
    roles: list[Role] = []
    client_does: Text | None = None
    duration: Duration | None = None
    documents: list[Text] = []
    legal_basis: list[LegalBasis] = []
    sources: list[Slug] = []
    next: list[Transition] = []


class GlossaryEntry(_Model):
    term: Text
    definition: Text


class PathFile(_Model):
    format: Literal[1]
    id: PathId
    language: Lang = "fi"
    title: Text
    region: Text
    organiser: Text | None = None
    summary: Text | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    updated: dt.date
    sources: list[Source] = []
    actors: Annotated[list[Actor], Field(min_length=1)]
    phases: Annotated[list[Phase], Field(min_length=1)]
    steps: Annotated[list[Step], Field(min_length=1)]
    glossary: list[GlossaryEntry] = []

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def phase(self, phase_id: str) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of format 1, accepting every file the loader accepts: a bare step id
    as a transition, an empty optional field, fields outside the format (flagged by the app,
    never refused)."""
    schema = PathFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Polku path file, format 1"
    defs = schema["$defs"]
    defs["Step"]["properties"]["next"]["items"] = {
        "anyOf": [
            {"$ref": "#/$defs/Transition"},
            {"type": "string", "pattern": "^[a-z0-9-]+$", "description": "short for {to: id}"},
        ]
    }
    _optional_may_be_empty(schema)
    return schema


def _optional_may_be_empty(node: Any) -> None:
    """Let every optional property be null (`field:` with nothing after it), at any depth."""
    if isinstance(node, list):
        for item in node:
            _optional_may_be_empty(item)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        _optional_may_be_empty(value)
    required = set(node.get("required", ()))
    properties = node.get("properties")
    if node.get("type") == "object" and isinstance(properties, dict):
        for name, prop in properties.items():
            if name not in required and {"type": "null"} not in prop.get("anyOf", ()):
                properties[name] = {"anyOf": [prop, {"type": "null"}]}
