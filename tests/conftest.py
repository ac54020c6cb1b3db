"""Shared helpers for the tests: repository paths and a small valid path to vary."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from streamlit.runtime.media_file_manager import MediaFileManager

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


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """The data of every download button made with data (not a callable), by file name."""
    seen: dict[str, bytes] = {}
    add = MediaFileManager.add

    def recording_add(self, path_or_data, mimetype, coordinates, file_name=None, **kwargs):
        if file_name:
            seen[file_name] = path_or_data
        return add(self, path_or_data, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add", recording_add)
    return seen


# The database fixtures (a real PostgreSQL server per session, `db` over both engines).
from tests.pg import db, db_url, pg_server, pg_shared, pg_url  # noqa: E402, F401
