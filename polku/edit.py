"""Editing a path as tables: the draft (plain data, as the YAML holds it) ⇄ one row per actor,
phase, step, role and transition, with text in one chosen language.

A draft may be invalid while someone is halfway through an edit: it is kept as it is and
validated by loading its YAML, so the messages carry line numbers of the file they download.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from typing import Any

from polku.loader import LoadResult, load_text
from polku.yaml_out import dump_raw

TABLES: dict[str, tuple[str, ...]] = {
    "actors": ("id", "kind", "name", "contact"),
    "phases": ("id", "kind", "title"),
    "steps": ("id", "phase", "kind", "title", "start", "client_text"),
    "roles": ("step", "actor", "role", "task"),
    "transitions": ("from", "to", "when", "client_when", "handoff"),
}
TEXT_COLUMNS = {"name", "contact", "title", "client_text", "task", "when", "client_when"}


def text_get(value: Any, lang: str, file_lang: str) -> str:
    """The text in `lang` only (no fallback: an empty cell means it is not written yet)."""
    if isinstance(value, str):
        return value if lang == file_lang else ""
    if isinstance(value, dict):
        return str(value.get(lang, ""))
    return ""


def text_set(old: Any, lang: str, file_lang: str, new: str) -> Any:
    """Write `new` as the `lang` text of a Text field, keeping the other languages. A cell
    left as it was keeps the field exactly as written (spaces included)."""
    if new == text_get(old, lang, file_lang):
        return old
    new = " ".join(new.split()) if "\n" not in new else new.strip()
    if isinstance(old, dict):
        out = {k: v for k, v in old.items() if k != lang}
        if new:
            out[lang] = new
        return out or None
    if isinstance(old, str) and old and lang != file_lang:
        return {file_lang: old, lang: new} if new else old
    return new or None


def _cell(value: Any) -> Any:
    """A table cell as plain data: pandas gives NaN or None for an empty cell."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value


def to_tables(draft: dict[str, Any], lang: str) -> dict[str, list[dict[str, Any]]]:
    file_lang = draft.get("language", "fi")

    def tx(value: Any) -> str:
        return text_get(value, lang, file_lang)

    steps = [s for s in draft.get("steps", []) if isinstance(s, dict)]
    return {
        "actors": [
            {"id": a.get("id", ""), "kind": a.get("kind", ""), "name": tx(a.get("name")),
             "contact": tx(a.get("contact"))}
            for a in draft.get("actors", []) if isinstance(a, dict)
        ],
        "phases": [
            {"id": p.get("id", ""), "kind": p.get("kind", ""), "title": tx(p.get("title"))}
            for p in draft.get("phases", []) if isinstance(p, dict)
        ],
        "steps": [
            {"id": s.get("id", ""), "phase": s.get("phase", ""), "kind": s.get("kind", ""),
             "title": tx(s.get("title")), "start": bool(s.get("start", False)),
             "client_text": tx(s.get("client_text"))}
            for s in steps
        ],
        "roles": [
            {"step": s.get("id", ""), "actor": r.get("actor", ""), "role": r.get("role", ""),
             "task": tx(r.get("task"))}
            for s in steps for r in s.get("roles", []) if isinstance(r, dict)
        ],
        "transitions": [
            {"from": s.get("id", ""), "to": tr if isinstance(tr, str) else tr.get("to", ""),
             "when": "" if isinstance(tr, str) else tx(tr.get("when")),
             "client_when": "" if isinstance(tr, str) else tx(tr.get("client_when")),
             "handoff": "" if isinstance(tr, str) else (tr.get("handoff") or "")}
            for s in steps for tr in s.get("next", []) if isinstance(tr, (str, dict))
        ],
    }  # fmt: skip


def apply_tables(
    draft: dict[str, Any], tables: dict[str, list[dict[str, Any]]], lang: str
) -> dict[str, Any]:
    """A new draft: the tables' rows in their order; fields the tables do not show (an
    actor's description, a step's documents, sources …) are kept by id."""
    file_lang = draft.get("language", "fi")
    out = copy.deepcopy(draft)

    def rows(name: str) -> list[dict[str, Any]]:
        return [
            {k: _cell(row.get(k)) for k in TABLES[name]}
            for row in tables.get(name, [])
            if any(str(_cell(row.get(k))).strip() for k in TABLES[name] if k != "start")
        ]

    def merged(old_items: list, name: str, texts: tuple[str, ...]) -> list[dict[str, Any]]:
        by_id = {o.get("id"): o for o in old_items if isinstance(o, dict)}
        result = []
        for row in rows(name):
            item = copy.deepcopy(by_id.get(row["id"], {}))
            for key in TABLES[name]:
                if key in texts:
                    value = text_set(item.get(key), lang, file_lang, str(row[key]))
                elif key == "start":
                    value = bool(row[key]) or None
                else:
                    value = str(row[key]).strip() or None
                if value is None:
                    item.pop(key, None)
                else:
                    item[key] = value
            result.append(item)
        return result

    out["actors"] = merged(draft.get("actors", []), "actors", ("name", "contact"))
    out["phases"] = merged(draft.get("phases", []), "phases", ("title",))
    steps = merged(draft.get("steps", []), "steps", ("title", "client_text"))
    old_steps = {s.get("id"): s for s in draft.get("steps", []) if isinstance(s, dict)}
    for step in steps:
        old = old_steps.get(step.get("id"), {})
        # Rows are matched to the old items by actor (roles) or target (transitions), in order:
        # one step may give one actor two roles, or lead to one step on two conditions.
        old_roles = _queues(
            old.get("roles", []), lambda r: r.get("actor") if isinstance(r, dict) else None
        )
        roles = []
        for row in rows("roles"):
            if row["step"] != step.get("id"):
                continue
            before_role = _take(old_roles, row["actor"])
            role = {k: v for k, v in before_role.items() if k == "task"}
            role.update(actor=str(row["actor"]).strip(), role=str(row["role"]).strip())
            task = text_set(role.get("task"), lang, file_lang, str(row["task"]))
            role.pop("task", None)
            if task is not None:
                role["task"] = task
            roles.append(role)
        old_next = _queues(
            old.get("next", []),
            lambda tr: (
                tr if isinstance(tr, str) else tr.get("to") if isinstance(tr, dict) else None
            ),
        )
        nexts = []
        for row in rows("transitions"):
            if row["from"] != step.get("id"):
                continue
            before = _take(old_next, row["to"])
            # Fields the table does not show (and any the format does not know) are kept.
            tr: dict[str, Any] = copy.deepcopy(before) if isinstance(before, dict) else {}
            tr["to"] = str(row["to"]).strip()
            for key in ("when", "client_when"):
                value = text_set(tr.get(key), lang, file_lang, str(row[key]))
                if value is None:
                    tr.pop(key, None)
                else:
                    tr[key] = value
            tr.pop("handoff", None)
            if str(row["handoff"]).strip():
                tr["handoff"] = str(row["handoff"]).strip()
            nexts.append(tr)
        for key, value in (("roles", roles), ("next", nexts)):
            if value:
                step[key] = value
            else:
                step.pop(key, None)
    out["steps"] = steps
    return out


def _queues(items: Any, key: Callable[[Any], Any]) -> dict[Any, list[Any]]:
    """Old items by `key`, in file order (a draft may hold anything: odd items are skipped)."""
    out: dict[Any, list[Any]] = {}
    for item in items if isinstance(items, list) else []:
        k = key(item)
        if k is not None:
            out.setdefault(k, []).append(item)
    return out


def _take(queues: dict[Any, list[Any]], key: Any) -> Any:
    """The next old item under `key`, or {} when there is none left."""
    queue = queues.get(key)
    return queue.pop(0) if queue else {}


def rename_step(
    tables: dict[str, list[dict[str, Any]]], old: str, new: str
) -> dict[str, list[dict[str, Any]]]:
    """After a step's id changes, its roles and the transitions from and to it follow it,
    instead of being left behind under an id that no longer exists."""
    out = dict(tables)
    out["roles"] = [
        {**r, "step": new if r.get("step") == old else r.get("step")} for r in tables["roles"]
    ]
    out["transitions"] = [
        {
            **r,
            "from": new if r.get("from") == old else r.get("from"),
            "to": new if r.get("to") == old else r.get("to"),
        }
        for r in tables["transitions"]
    ]
    return out


def apply_edit(
    draft: dict[str, Any], lang: str, name: str, delta: dict[str, Any]
) -> tuple[dict[str, Any], bool]:
    """The draft after one table's edit, as `st.data_editor` reports it (`edited_rows` by row
    number, `added_rows`, `deleted_rows`) with codes and ids in it (`delta_codes`), and whether
    a step's id changed: then the other tables show new ids too."""
    current = to_tables(draft, lang)
    rows = [dict(r) for r in current[name]]
    renamed: dict[str, str] = {}
    for index, changes in (delta.get("edited_rows") or {}).items():
        i = int(index)
        if i < len(rows):
            if name == "steps" and "id" in changes and rows[i]["id"]:
                renamed[rows[i]["id"]] = changes["id"]
            rows[i].update(changes)
    deleted = {int(i) for i in delta.get("deleted_rows") or []}
    rows = [r for i, r in enumerate(rows) if i not in deleted]
    rows += [{k: r.get(k, "") for k in TABLES[name]} for r in delta.get("added_rows") or []]
    current[name] = rows
    for old, new in renamed.items():  # a step's roles and transitions follow its new id
        current = rename_step(current, old, new)
    return apply_tables(draft, current, lang), bool(renamed)


def reference_labels(
    tables: dict[str, list[dict[str, Any]]],
) -> dict[str, dict[str, str]]:
    """What a drop-down that points to a phase, step or actor shows for each id: its title or
    name as the table has it, or the id where that is empty; where two choices would look
    alike, each is followed by its id. The names stand for the ids in the grid's cells, so
    they must differ."""
    out: dict[str, dict[str, str]] = {}
    for table, text in (("phases", "title"), ("steps", "title"), ("actors", "name")):
        rows = [(str(r["id"]), str(_cell(r.get(text))).strip()) for r in tables[table] if r["id"]]
        labels = {rid: title or rid for rid, title in rows}
        seen: dict[str, int] = {}
        for label in labels.values():
            seen[label] = seen.get(label, 0) + 1
        out[table] = {
            rid: label if seen[label] == 1 else f"{label} ({rid})" for rid, label in labels.items()
        }
    return out


def delta_codes(delta: dict[str, Any], codes: dict[str, dict[str, str]]) -> dict[str, Any]:
    """A table edit with each drop-down's shown name turned back into the code or id it stands
    for (`codes`: {column: {name: code}}); a value that is no name is kept as it is."""

    def row(changes: dict[str, Any]) -> dict[str, Any]:
        return {
            k: codes[k].get(v, v) if k in codes and isinstance(v, str) else v
            for k, v in changes.items()
        }

    return {
        "edited_rows": {i: row(c) for i, c in (delta.get("edited_rows") or {}).items()},
        "added_rows": [row(r) for r in delta.get("added_rows") or []],
        "deleted_rows": list(delta.get("deleted_rows") or []),
    }


def check(draft: dict[str, Any], name: str = "draft.yaml") -> tuple[str, LoadResult]:
    """The draft's YAML and what loading it says: the model, or errors with line numbers."""
    text = dump_raw(draft)
    return text, load_text(text, name)
