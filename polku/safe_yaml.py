"""YAML for data files only: size, depth, tag and alias limits checked before any node is built.

The C parser (libyaml) is fast, and it produces events iteratively; PyYAML's C composer,
however, recurses once per nesting level, so very deep input could overflow the C stack and
take the whole server process down. We therefore stream events first, in bounded memory,
and refuse anything a data file does not need before composing a node tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:  # the C loader when PyYAML was built with libyaml, else the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 200_000
# The standard tags a plain data file can carry (explicit `!!str` and friends included).
_SAFE_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "binary")
} | {"!", None}

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlProblem(Exception):
    """Why a text was refused: a message key, its parameters and where (1-based)."""

    key: str
    line: int = 1
    column: int = 1
    params: tuple[tuple[str, Any], ...] = ()


def _at(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _scan_events(text: str) -> None:
    """Refuse custom tags, deep nesting, several documents and multiplying aliases."""
    stack: list[list[Any]] = []  # [anchor, expanded size] per open collection
    sizes: dict[str, int] = {}
    documents = 0
    total = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise YamlProblem("err.multi_doc", *_at(event.start_mark))
            continue
        tag = getattr(event, "tag", None)
        if tag not in _SAFE_TAGS:
            raise YamlProblem("err.tag", *_at(event.start_mark), params=(("tag", tag),))
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append([event.anchor, 1])
            if len(stack) > MAX_DEPTH:
                raise YamlProblem(
                    "err.too_deep", *_at(event.start_mark), params=(("limit", MAX_DEPTH),)
                )
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = stack.pop()
        elif isinstance(event, yaml.ScalarEvent):
            anchor, size = event.anchor, 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in sizes:  # undefined, or a collection that contains itself
                raise YamlProblem(
                    "err.alias_undefined",
                    *_at(event.start_mark),
                    params=(("anchor", event.anchor),),
                )
            anchor, size = None, sizes[event.anchor]
        else:
            continue
        if anchor is not None:
            sizes[anchor] = size
        if stack:
            stack[-1][1] += size
        else:
            total += size
        if (stack and stack[-1][1] > MAX_NODES) or total > MAX_NODES:
            raise YamlProblem(
                "err.alias_bomb", *_at(event.start_mark), params=(("limit", MAX_NODES),)
            )


class _MarkedLoader(_Loader):  # type: ignore[misc, valid-type]
    """Builds plain Python data; dates stay text so the models report a bad one at its line."""


_MarkedLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def _index_marks(node: yaml.Node, where: Location, marks: dict[Location, tuple[int, int]]):
    marks.setdefault(where, _at(node.start_mark))
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key in seen:
                raise YamlProblem(
                    "err.duplicate_key", *_at(key_node.start_mark), params=(("key", key),)
                )
            seen[key] = 1
            if isinstance(key, str):
                # A missing or invalid field is reported at its key, the rest at its value.
                marks[(*where, key)] = _at(key_node.start_mark)
                marks[(*where, key, "<value>")] = _at(value_node.start_mark)
                _index_marks(value_node, (*where, key), marks)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_marks(item, (*where, i), marks)


def load_yaml(text: str) -> tuple[Any, dict[Location, tuple[int, int]]]:
    """Parse one data document. Returns (data, marks); raises YamlProblem."""
    try:
        _scan_events(text)
        loader = _MarkedLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, {}
            marks: dict[Location, tuple[int, int]] = {}
            _index_marks(node, (), marks)
            return loader.construct_document(node), marks
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        raise YamlProblem("err.syntax", *_at(mark), params=(("problem", problem),)) from None
    except yaml.YAMLError as exc:
        raise YamlProblem("err.syntax", params=(("problem", str(exc)[:200]),)) from None
    except (ValueError, OverflowError) as exc:  # e.g. a timestamp like 2026-13-45
        raise YamlProblem("err.syntax", params=(("problem", str(exc)[:200]),)) from None
