"""Shared helpers for the tests: repository paths and a small valid path to vary."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHIPPED = ROOT / "paths"

MINIMAL = yaml.safe_load((FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def minimal() -> dict:
    """A fresh, mutable copy of PATH_FORMAT.md's minimal file."""
    return copy.deepcopy(MINIMAL)


def dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
