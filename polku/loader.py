"""Load and validate path files: safe YAML, the models, then the references between ids.

Errors are language-neutral (a message key and parameters) so the same result can be shown
in Finnish, Swedish or English; `LoadError.render(lang)` words them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from polku.graph import PathGraph
from polku.i18n import t, word_params
from polku.models import LANGS, PathFile
from polku.place import Place, place_of
from polku.safe_yaml import MAX_BYTES, Location, YamlProblem, load_yaml

DEFAULT_PATHS_DIR = Path(__file__).resolve().parent.parent / "paths"
PATH_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class LoadError:
    file: str
    key: str
    line: int = 1
    column: int = 1
    field: str = ""  # the field within `place` (or at the top level), e.g. "kind"
    params: tuple[tuple[str, Any], ...] = ()
    place: Place | None = None  # the step, actor, phase … it concerns, numbered from 1

    def render(self, lang: str) -> str:
        where = t("err.where", lang, file=self.file, line=self.line, col=self.column)
        params = word_params(self.params, lang)
        parts = [where]
        if self.place is not None:
            parts.append(self.place.render(lang))
        if self.field:
            parts.append(t("err.field", lang, field=self.field))
        return ": ".join(parts) + ": " + t(self.key, lang, **params)


@dataclass(frozen=True)
class LoadResult:
    file: str
    path: PathFile | None = None
    errors: tuple[LoadError, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.path is not None


# --- pydantic errors to messages -------------------------------------------------------------

_TYPE_TO_KEY = {
    "missing": "err.missing",
    "extra_forbidden": "err.extra",
    "text_type": "err.text",
    "text_lang": "err.text_lang",
    "literal_error": "err.choice",
    "string_pattern_mismatch": "err.slug",
    "string_too_short": "err.slug_length",
    "string_too_long": "err.slug_length",
    "string_type": "err.string",
    "date_type": "err.date",
    "date_parsing": "err.date",
    "date_from_datetime_parsing": "err.date",
    "date_from_datetime_inexact": "err.date",
    "list_type": "err.list",
    "too_short": "err.list_empty",
    "dict_type": "err.mapping",
    "model_type": "err.mapping",
    "model_attributes_type": "err.mapping",
    "bool_type": "err.bool",
    "bool_parsing": "err.bool",
    "float_type": "err.number",
    "float_parsing": "err.number",
    "greater_than_equal": "err.number",
    "duration_type": "err.duration",
    "duration_empty": "err.duration_empty",
    "duration_order": "err.duration_order",
}


def _data_loc(loc: tuple[Any, ...]) -> Location:
    """Drop pydantic's union-branch labels, keeping only the keys and indexes of the data."""
    return tuple(p for p in loc if isinstance(p, int) or (isinstance(p, str) and "[" not in p))


def _field_name(loc: Location) -> str:
    """The field part of a location: keys only (the place names the list item). A key comes
    from the file: a 900 000-character one must not become the message."""
    return ".".join(p[:59] + "…" if len(p) > 60 else p for p in loc if isinstance(p, str))


def _file_lang(data: Any) -> str:
    lang = data.get("language") if isinstance(data, dict) else None
    return lang if lang in LANGS else "fi"


def _error(
    name: str, key: str, loc: Location, data: Any, mark: tuple[int, int], **params: Any
) -> LoadError:
    place, used = place_of(loc, data, _file_lang(data))
    return LoadError(name, key, *mark, _field_name(loc[used:]), tuple(params.items()), place)


def _find_mark(marks: dict[Location, tuple[int, int]], loc: Location, value_first: bool):
    if value_first and (*loc, "<value>") in marks:
        return marks[(*loc, "<value>")]
    for end in range(len(loc), -1, -1):
        if loc[:end] in marks:
            return marks[loc[:end]]
    return (1, 1)


def _convert(
    err: dict[str, Any], name: str, marks: dict[Location, tuple[int, int]], data: Any
) -> LoadError:
    loc = _data_loc(err["loc"])
    kind = err["type"]
    key = _TYPE_TO_KEY.get(kind, "err.other")
    if loc == ("format",) and kind == "literal_error":
        key = "err.format"
    value = err.get("input")
    shown = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
    params: dict[str, Any] = {
        "value": shown[:80],
        "field": loc[-1] if loc else "",
        "detail": err.get("msg", ""),
    }
    ctx = err.get("ctx") or {}
    if "expected" in ctx:
        params["expected"] = str(ctx["expected"]).replace("'", "").replace(" or ", ", ")
    if "code" in ctx:
        params["code"] = ctx["code"]
    mark = _find_mark(marks, loc, value_first=kind != "missing")
    return _error(name, key, loc, data, mark, **params)


# --- references between ids ------------------------------------------------------------------


def _check_references(model: PathFile, name: str, marks, data: Any) -> list[LoadError]:
    """Duplicate ids and references to ids that do not exist: the contract's only rules
    between fields. (A step kind outside its usual phase is a finding, not an error.)"""
    errors: list[LoadError] = []

    def err(loc: Location, key: str, **params: Any) -> None:
        mark = _find_mark(marks, loc, value_first=True)
        errors.append(_error(name, key, loc, data, mark, **params))

    def unique(items: Iterable[Any], collection: str) -> set[str]:
        first: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.id in first:
                line = _find_mark(marks, (collection, first[item.id], "id"), True)[0]
                err((collection, i, "id"), "err.duplicate_id", id=item.id, line=line)
            else:
                first[item.id] = i
        return set(first)

    sources = unique(model.sources, "sources")
    actors = unique(model.actors, "actors")
    phases = unique(model.phases, "phases")
    steps = unique(model.steps, "steps")

    def known(ids: set[str]) -> str:
        listed = sorted(ids)
        return (", ".join(listed[:12]) + (" …" if len(listed) > 12 else "")) or "–"

    for i, step in enumerate(model.steps):
        if step.phase not in phases:
            err(("steps", i, "phase"), "err.dangling.phase", value=step.phase, known=known(phases))
        for j, role in enumerate(step.roles):
            if role.actor not in actors:
                err(
                    ("steps", i, "roles", j, "actor"),
                    "err.dangling.actor",
                    value=role.actor,
                    known=known(actors),
                )
        for j, source in enumerate(step.sources):
            if source not in sources:
                err(
                    ("steps", i, "sources", j),
                    "err.dangling.source",
                    value=source,
                    known=known(sources),
                )
        for j, transition in enumerate(step.next):
            if transition.to not in steps:
                err(
                    ("steps", i, "next", j, "to"),
                    "err.dangling.step",
                    value=transition.to,
                    known=known(steps),
                )
    return errors


# --- entry points ----------------------------------------------------------------------------


def load_text(text: str | bytes, name: str) -> LoadResult:
    """Validate one path file's content. Never raises for bad content."""
    size = len(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    if size > MAX_BYTES:
        return LoadResult(
            name,
            errors=(
                LoadError(name, "err.too_large", params=(("size", size), ("limit", MAX_BYTES))),
            ),
        )
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            return LoadResult(name, errors=(LoadError(name, "err.encoding"),))
    try:
        data, marks = load_yaml(text)
    except YamlProblem as problem:
        return LoadResult(
            name,
            errors=(
                LoadError(name, problem.key, problem.line, problem.column, "", problem.params),
            ),
        )
    if not isinstance(data, dict):
        return LoadResult(name, errors=(LoadError(name, "err.not_mapping"),))
    try:
        model = PathFile.model_validate(data)
    except ValidationError as exc:
        errors = tuple(_convert(e, name, marks, data) for e in exc.errors(include_url=False))
        return LoadResult(name, errors=tuple(sorted(errors, key=lambda e: (e.line, e.column))))
    except RecursionError:  # unreachable after the depth limit; kept as a last guard
        return LoadResult(name, errors=(LoadError(name, "err.too_deep", params=(("limit", 32),)),))
    ref_errors = _check_references(model, name, marks, data)
    if ref_errors:
        return LoadResult(name, errors=tuple(sorted(ref_errors, key=lambda e: (e.line, e.column))))
    return LoadResult(name, path=model)


def load_file(path: str | os.PathLike[str]) -> LoadResult:
    """Load one file, cached on (path, size, mtime): an edit on disk is picked up."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        return LoadResult(
            str(path),
            errors=(LoadError(str(path), "err.unreadable", params=(("reason", exc.strerror),)),),
        )
    return _load_file_cached(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=512)
def _load_file_cached(path: str, size: int, mtime_ns: int) -> LoadResult:
    if size > MAX_BYTES:  # refused before a byte is read
        return LoadResult(
            path,
            errors=(
                LoadError(path, "err.too_large", params=(("size", size), ("limit", MAX_BYTES))),
            ),
        )
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return LoadResult(
            path, errors=(LoadError(path, "err.unreadable", params=(("reason", exc.strerror),)),)
        )
    return load_text(raw, path)


def path_dirs(env: str | None = None) -> list[Path]:
    """Folders to read paths from: POLKU_PATHS (os.pathsep-separated) or the shipped paths/."""
    value = os.environ.get("POLKU_PATHS") if env is None else env
    if value:
        return [Path(p).expanduser() for p in value.split(os.pathsep) if p.strip()]
    return [DEFAULT_PATHS_DIR]


def iter_path_files(targets: Iterable[Path]) -> Iterator[Path]:
    for target in targets:
        if target.is_dir():
            yield from sorted(
                p for p in target.iterdir() if p.suffix in PATH_SUFFIXES and p.is_file()
            )
        else:
            yield target


Version = tuple[str, int, int]  # (file, size, mtime): what every cache of a loaded file keys on


@dataclass(frozen=True)
class Library:
    """Every path loaded from the folders, by id, and the files that failed."""

    paths: dict[str, PathFile]
    files: dict[str, str]  # path id -> file it came from
    failed: tuple[LoadResult, ...]
    graphs: dict[str, PathGraph] = field(default_factory=dict)
    # path id -> the version of its file that `paths` holds; the diagram caches key on it, so
    # the library and the diagrams always agree on which version of a file is shown.
    versions: dict[str, Any] = field(default_factory=dict)
    # path id -> why its file fails now; the path is its last valid version, kept on screen.
    stale: dict[str, LoadResult] = field(default_factory=dict)


def _version(file: Path) -> Version:
    try:
        st = file.stat()
        return (str(file), st.st_size, st.st_mtime_ns)
    except OSError:
        return (str(file), -1, -1)


def load_library(dirs: Iterable[Path], previous: Library | None = None) -> Library:
    """Load every file in `dirs`. With `previous` (the library this one replaces), a file that
    became invalid keeps its last valid version (listed in `stale`), and an unchanged file keeps
    its graph, so nothing about it is worked out again."""
    paths: dict[str, PathFile] = {}
    files: dict[str, str] = {}
    versions: dict[str, Any] = {}
    graphs: dict[str, PathGraph] = {}
    failed: list[LoadResult] = []
    broken: list[tuple[str, LoadResult]] = []
    for file in iter_path_files(dirs):
        version = _version(file)
        result = load_file(file) if version[1] < 0 else _load_file_cached(*version)
        if result.path is None:
            failed.append(result)
            broken.append((str(file), result))
            continue
        pid = result.path.id
        if pid in paths:
            err = LoadError(
                result.file, "err.duplicate_path", params=(("id", pid), ("other", files[pid]))
            )
            failed.append(LoadResult(result.file, errors=(err,)))
            continue
        paths[pid], files[pid], versions[pid] = result.path, result.file, version
        same = previous is not None and previous.versions.get(pid) == version
        graphs[pid] = previous.graphs[pid] if same else PathGraph(result.path)
    stale: dict[str, LoadResult] = {}
    if previous is not None:
        by_file = {f: pid for pid, f in previous.files.items()}
        for file, result in broken:
            pid = by_file.get(file)
            if pid is not None and pid not in paths:
                paths[pid], files[pid] = previous.paths[pid], file
                versions[pid], graphs[pid] = previous.versions[pid], previous.graphs[pid]
                stale[pid] = result
    return Library(paths, files, tuple(failed), graphs, versions, stale)


def library_key(dirs: Iterable[Path]) -> tuple[Version, ...]:
    """What the library depends on: every file's path, size and mtime (cheap to compute)."""
    return tuple(_version(file) for file in iter_path_files(dirs))
