"""Writing a path back to YAML: readable, in the format's field order, stable from run to run,
and loading back to the same model."""

from __future__ import annotations

from typing import Any

import yaml

from polku.models import PathFile

HEADER = "# Polku path file, format 1 (docs/PATH_FORMAT.md)\n"


def raw(path: PathFile) -> dict[str, Any]:
    """The model as plain data, without the fields left at their defaults. Dates stay dates,
    so that a source dated 2020-05-01 loads back as a date, not as text."""
    return path.model_dump(mode="python", exclude_defaults=True)


def dump_raw(data: dict[str, Any]) -> str:
    return HEADER + yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100
    )


def to_yaml(path: PathFile) -> str:
    return dump_raw(raw(path))
