"""Widget values mirrored in the link (?path=…&step=…), so that every view is a link.

Streamlit's `bind="query-params"` stores a widget's formatted label, not its value, so the
sync is done here: whichever changed since the last run wins — the widget (a click) or the
link (a shared link, the back button). Unknown values in a link are reported, not used.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

import streamlit as st


@dataclass(frozen=True)
class Synced:
    value: str | None
    rejected: str | None  # a value from the link that was not valid, to tell the user about
    # The value this session had, gone from `valid` while its scope stayed the same: the file
    # changed under the session (a step renamed or removed). The page says so.
    dropped: str | None = None


def _synced_key(key: str) -> str:
    return f"_synced_{key}"


def sync(key: str, valid: Collection[str], default: str | None, scope: str | None = None) -> Synced:
    """Settle `st.session_state[key]` (a widget's key) against `?key=` and return it.

    `scope` is what `valid` belongs to (the path, for a step): a value lost because the scope
    changed (another path chosen) is not reported as dropped; one lost while it stayed is."""
    raw = st.query_params.get(key)
    in_url = raw if raw in valid else None
    chosen = st.session_state.get(key)
    synced = st.session_state.get(_synced_key(key))
    scope_key = f"_scope_{key}"
    same_scope = st.session_state.get(scope_key, scope) == scope
    st.session_state[scope_key] = scope
    dropped = synced if synced and synced not in valid and same_scope else None
    if chosen in valid and chosen != synced:
        value = chosen
    elif in_url is not None:
        value = in_url
    elif chosen in valid:
        value = chosen
    else:
        value = default
    # Only a link value that came from outside (not one we wrote ourselves) is reported.
    rejected = raw if raw is not None and raw not in valid and raw != synced else None
    st.session_state[key] = value
    st.session_state[_synced_key(key)] = value
    if not value:  # None or "" (e.g. "all actors"): nothing in the link
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != value:
        st.query_params[key] = value
    return Synced(value, rejected, dropped)


def set_value(key: str, value: str | None) -> None:
    """Change a synced value from a callback (a button, a diagram click)."""
    st.session_state[key] = value


@dataclass(frozen=True)
class SyncedList:
    values: list[str]
    rejected: list[str]  # values from the link that are not valid
    dropped: list[str] = field(default_factory=list)  # this session's values no longer valid


def sync_list(key: str, valid: Collection[str], default: list[str], most: int) -> SyncedList:
    """`sync` for a multiselect: `?key=a,b` ⇄ `st.session_state[key]`, at most `most` values."""
    raw = st.query_params.get(key)
    from_url = [v for v in raw.split(",") if v] if raw else None
    chosen = st.session_state.get(key)
    synced = st.session_state.get(_synced_key(key))
    if isinstance(chosen, list) and chosen != synced:
        values = chosen
    elif from_url is not None:
        values = [v for v in dict.fromkeys(from_url) if v in valid]
    elif isinstance(chosen, list):
        values = chosen
    else:
        values = default
    values = [v for v in values if v in valid][:most]
    ours = raw == ",".join(synced or [])
    rejected = [v for v in from_url or [] if v not in valid] if not ours else []
    dropped = [v for v in synced or [] if v not in valid]
    st.session_state[key] = values
    st.session_state[_synced_key(key)] = values
    joined = ",".join(values)
    if not values:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != joined:
        st.query_params[key] = joined
    return SyncedList(values, rejected, dropped)
