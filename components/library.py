"""The loaded paths, shared by every session and rebuilt only when a file changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from polku.loader import Library, library_key, load_library, path_dirs


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(key: tuple[tuple[str, int, int], ...], dirs: tuple[str, ...]) -> Library:
    # `key` (file, size, mtime) is what makes an edited file load again; it is cheap to hash.
    return load_library(Path(d) for d in dirs)


def get_library() -> Library:
    dirs = path_dirs()
    return _load(library_key(dirs), tuple(str(d) for d in dirs))


def folders() -> list[str]:
    return [str(d) for d in path_dirs()]


def today() -> dt.date:
    return dt.date.today()
