import os
import subprocess
import sys
import time
import tracemalloc

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from polku import safe_yaml
from polku.loader import LoadResult, load_file, load_library, load_text
from polku.safe_yaml import MAX_BYTES
from tests.conftest import ROOT, dump


def only_error(result: LoadResult):
    assert result.path is None
    assert result.errors
    return result.errors[0]


def test_valid_text_loads(minimal):
    result = load_text(dump(minimal), "x.yaml")
    assert result.ok and result.errors == ()


def test_error_names_file_line_column_field_and_the_fix_in_three_languages():
    text = (
        "format: 1\nid: polku\ntitle: T\nregion: R\nupdated: 2026-01-01\n"
        "actors:\n  - {id: a, kind: robot, name: A}\n"
        "phases:\n  - {id: p, kind: into, title: P}\n"
        "steps:\n  - {id: s, phase: p, kind: activation-plan, title: S}\n"
    )
    error = only_error(load_text(text, "bad.yaml"))
    assert (error.line, error.field) == (7, "kind")
    fi, sv, en = (error.render(lang) for lang in ("fi", "sv", "en"))
    assert fi.startswith("bad.yaml:7:19: toimija 1, ’A’: kenttä kind: Arvo 'robot'") and (
        "Sallitut: client, employment-services" in fi
    )
    assert sv.startswith("bad.yaml:7:19: aktör 1, ’A’: fält kind: Värdet 'robot'")
    assert en.startswith("bad.yaml:7:19: actor 1, ’A’: field kind: The value 'robot' is not")
    assert "Allowed: client" in en


def test_missing_field_is_reported_at_its_parent(minimal):
    del minimal["steps"][1]["title"]
    error = only_error(load_text(dump(minimal), "m.yaml"))
    assert error.key == "err.missing" and error.field == "title"
    assert error.place.render("en") == "step 2"  # no title to name it by
    assert error.line == dump(minimal).splitlines().index("- id: koulutus") + 1


def test_bad_date_is_reported_at_its_line(minimal):
    text = dump(minimal).replace("2026-01-15", "2026-02-30")
    error = only_error(load_text(text, "d.yaml"))
    assert error.key == "err.date" and error.field == "updated"
    assert error.line == text.splitlines().index("updated: 2026-02-30") + 1


@pytest.mark.parametrize(
    "mutate,key",
    [
        (lambda d: d["steps"][0].update(phase="nowhere"), "err.dangling.phase"),
        (lambda d: d["steps"][0]["roles"][0].update(actor="ghost"), "err.dangling.actor"),
        (lambda d: d["steps"][0]["next"][0].update(to="ghost"), "err.dangling.step"),
        (lambda d: d["steps"][0].update(sources=["ghost"]), "err.dangling.source"),
        (
            lambda d: d["actors"].append({"id": "sos", "kind": "kela", "name": "K"}),
            "err.duplicate_id",
        ),
        (
            lambda d: d["steps"].append(
                {"id": "suunnitelma", "phase": "ulos", "kind": "other", "title": "Again"}
            ),
            "err.duplicate_id",
        ),
    ],
)
def test_reference_and_id_errors(minimal, mutate, key):
    mutate(minimal)
    assert [e.key for e in load_text(dump(minimal), "r.yaml").errors] == [key]


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["steps"][0].update(kind="exit-pension"),  # a kind outside its usual phase
        lambda d: d["steps"][0].update(titel="typo"),  # a field the format does not define
        lambda d: d["steps"][0].update(duration={"min": 5, "max": 2, "unit": "weeks"}),
        lambda d: d["steps"][0].update(next=None),  # `next:` with nothing after it
        lambda d: d.update(valid_from="2027-01-01", valid_until="2026-01-01"),
    ],
)
def test_what_the_contract_does_not_call_invalid_loads(minimal, mutate):
    mutate(minimal)
    result = load_text(dump(minimal), "ok.yaml")
    assert result.ok, [e.render("en") for e in result.errors]


def test_not_yaml():
    error = only_error(load_text("format: 1\nid: [unclosed\n", "n.yaml"))
    assert error.key == "err.syntax" and error.line >= 2


def test_a_python_tag_is_refused_and_nothing_runs(tmp_path):
    marker = tmp_path / "pwned"
    text = f"!!python/object/apply:os.system ['touch {marker}']\n"
    error = only_error(load_text(text, "t.yaml"))
    assert error.key == "err.tag"
    assert not marker.exists()


def alias_bomb() -> str:
    """Nine lines, each a list of nine aliases of the line before: 9**9 strings if expanded.

    Expanded sizes (a list counts itself plus its items): a 1 + 9 = 10, b 1 + 9 × 10 = 91,
    c 820, d 7 381, e 66 430, f would be 597 871. The event scan refuses a list once it passes
    MAX_NODES = 200 000: in f after four aliases (1 + 4 × 66 430 = 265 721; three give
    199 291), at line 6, column 17 (`f: &f [` is seven characters, each `*e,` three).
    """
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines)


# The parse events of alias_bomb(): stream start, document start, mapping start (3); per line
# a key, a sequence start, nine items and a sequence end (12 × 9 = 108); mapping end, document
# end, stream end (3).
BOMB_EVENTS = 114
# Refused on f's fourth alias: 3 + 12 × 5 (lines a–e) + key, sequence start, 4 aliases = 69.
BOMB_EVENTS_READ = 69


@pytest.fixture
def parse_watch(monkeypatch):
    """Count the parse events the loader reads, and fail on any composed or constructed node."""
    seen: dict = {"events": 0, "last": None, "composed": []}
    parse = yaml.parse

    def counting_parse(*args, **kwargs):
        for event in parse(*args, **kwargs):
            seen["events"] += 1
            seen["last"] = event
            yield event

    def composed(name):
        def trap(self, *args, **kwargs):
            seen["composed"].append(name)
            raise AssertionError(f"{name} was called")

        return trap

    monkeypatch.setattr(safe_yaml.yaml, "parse", counting_parse)
    monkeypatch.setattr(safe_yaml._MarkedLoader, "get_single_node", composed("get_single_node"))
    monkeypatch.setattr(
        safe_yaml._MarkedLoader, "construct_document", composed("construct_document")
    )
    return seen


def test_the_event_count_of_the_alias_bomb_is_what_the_comment_says():
    assert sum(1 for _ in yaml.parse(alias_bomb())) == BOMB_EVENTS


def test_the_watch_sees_every_event_and_a_composed_node_of_a_harmless_file(parse_watch, minimal):
    with pytest.raises(AssertionError, match="get_single_node was called"):
        load_text(dump(minimal), "x.yaml")
    assert parse_watch["composed"] == ["get_single_node"]
    assert isinstance(parse_watch["last"], yaml.StreamEndEvent)


def test_alias_bomb_is_refused_before_any_node_is_built_with_bounded_memory(parse_watch):
    tracemalloc.start()
    error = only_error(load_text(alias_bomb(), "bomb.yaml"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert (error.key, error.line, error.column) == ("err.alias_bomb", 6, 17)
    assert error.params == (("limit", 200_000),)
    assert parse_watch["composed"] == []  # nothing composed, so nothing expanded
    assert parse_watch["events"] == BOMB_EVENTS_READ < BOMB_EVENTS
    last = parse_watch["last"]
    assert isinstance(last, yaml.AliasEvent) and last.anchor == "e"
    assert peak < 20 * 1024 * 1024


def test_aliases_that_do_not_multiply_are_fine(minimal):
    text = (
        dump(minimal)
        .replace("name: Asiakas", "name: &n Asiakas")
        .replace("name: Aikuissosiaalityö", "name: *n")
    )
    assert load_text(text, "alias.yaml").ok


def test_files_over_one_mebibyte_are_refused_before_parsing(tmp_path, minimal):
    big = tmp_path / "big.yaml"
    big.write_text(dump(minimal) + "#" * (2 * 1024 * 1024), encoding="utf-8")
    error = only_error(load_file(big))
    assert error.key == "err.too_large"
    assert only_error(load_text("a" * (MAX_BYTES + 1), "big")).key == "err.too_large"


@pytest.mark.parametrize(
    "text", ["[" * 10_000 + "]" * 10_000, "[" * 500_000, "a:\n" + "  - " * 5000]
)
def test_deep_nesting_is_refused(text):
    assert only_error(load_text(text, "deep.yaml")).key in {"err.too_deep", "err.syntax"}


def test_pathological_input_cannot_crash_the_process():
    """Run the worst inputs in a child process: it must exit normally, not die of a signal."""
    code = (
        "from polku.loader import load_text\n"
        "for text in ['[' * 1_000_000, '{a: ' * 200_000, '- ' * 400_000, '&a [*a]']:\n"
        "    r = load_text(text[: 1024 * 1024], 'x')\n"
        "    assert not r.ok\n"
        "print('alive')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "alive" in out.stdout


def test_not_utf8_and_not_a_mapping():
    assert only_error(load_text(b"\xff\xfe\x00x", "b.yaml")).key == "err.encoding"
    assert only_error(load_text("- just\n- a list\n", "l.yaml")).key == "err.not_mapping"
    assert only_error(load_text("a: 1\n---\nb: 2\n", "m.yaml")).key == "err.multi_doc"


def test_one_bad_file_never_stops_the_others(tmp_path, minimal):
    (tmp_path / "good.yaml").write_text(dump(minimal), encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("format: [\n", encoding="utf-8")
    twin = dict(minimal, title="Twin")
    (tmp_path / "z-twin.yaml").write_text(dump(twin), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    library = load_library([tmp_path])
    assert list(library.paths) == ["esimerkki"]
    failed = {os.path.basename(r.file): r.errors[0].key for r in library.failed}
    assert failed == {"bad.yaml": "err.syntax", "z-twin.yaml": "err.duplicate_path"}


def test_cache_follows_the_file_on_disk(tmp_path, minimal):
    file = tmp_path / "p.yaml"
    file.write_text(dump(minimal), encoding="utf-8")
    first = load_file(file)
    assert load_file(file) is first  # cached on (path, size, mtime)
    minimal["title"] = "Muutettu otsikko"
    file.write_text(dump(minimal), encoding="utf-8")
    os.utime(file, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    assert load_file(file).path.title == "Muutettu otsikko"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400) | st.binary(max_size=400))
def test_any_input_gives_a_result_never_an_exception(data):
    result = load_text(data, "fuzz.yaml")
    assert isinstance(result, LoadResult)
    assert result.ok or result.errors
