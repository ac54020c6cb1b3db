"""The shipped regional paths: valid, complete enough, sourced, translated."""

import pytest

from polku.graph import PathGraph
from polku.loader import iter_path_files, load_file, load_library
from polku.models import LANGS
from polku.text import languages_of
from tests.conftest import SHIPPED

EXPECTED = {
    "kansallinen",
    "keski-suomi",
    "pohjois-karjala",
    "pohjanmaa",
    "etela-pohjanmaa-aimo",
    "kaiku",
    "keski-pohjanmaa",
    "paijat-hame",
    "pohjois-pohjanmaa",
    "satakunta",
}
FILES = sorted(iter_path_files([SHIPPED]))


def test_the_regions_are_shipped_and_all_load():
    library = load_library([SHIPPED])
    assert not library.failed, [e.render("en") for r in library.failed for e in r.errors]
    assert set(library.paths) == EXPECTED


@pytest.fixture(params=FILES, ids=[f.stem for f in FILES])
def shipped(request):
    result = load_file(request.param)
    assert result.ok, [e.render("en") for e in result.errors]
    assert result.path.id == request.param.stem, "file name and id agree"
    return result.path


def test_size_and_shape(shipped):
    graph = PathGraph(shipped)
    assert {p.kind for p in shipped.phases} == {"into", "during", "out"}
    assert len(shipped.steps) >= 10
    assert len(shipped.actors) >= 5
    assert len(graph.exits) >= 3
    assert graph.back_edges, "a review leads back to the activity somewhere"
    assert not {f.kind for f in graph.findings} & {"unreachable", "no_exit", "no_way_out"}


def test_every_step_cites_a_source_that_the_file_lists(shipped):
    assert shipped.sources
    for step in shipped.steps:
        assert step.sources, f"{step.id} has no source"
    for source in shipped.sources:
        # A source is findable: a web address, or at least who published it.
        assert source.url or source.publisher, source.id
        assert source.url is None or source.url.startswith("https://"), source.id


def test_finnish_complete_and_swedish_english_for_what_readers_see(shipped):
    def has_all(value) -> bool:
        return languages_of(value, shipped.language) >= set(LANGS)

    for value in (shipped.title, shipped.region):
        assert has_all(value)
    for actor in shipped.actors:
        assert has_all(actor.name), actor.id
    for phase in shipped.phases:
        assert has_all(phase.title), phase.id
    for step in shipped.steps:
        assert has_all(step.title), step.id
        assert step.client_text is not None and has_all(step.client_text), step.id


def test_history_is_dated():
    library = load_library([SHIPPED])
    aimo = library.paths["etela-pohjanmaa-aimo"]
    assert aimo.valid_until is not None and aimo.valid_until.year == 2020
    assert library.paths["kaiku"].valid_until is not None
