"""Sessions rerunning at the same time on the caches every session shares (the library, the
laid-out diagrams, the side-by-side layouts): six sessions, each in its own thread with its own
AppTest, three reruns each on a different path, step or pair, in three languages. Each must
see its own page, with no exception.

AppTest keeps two pieces of its own state per process, made for one run at a time: each run
installs a mock runtime as `Runtime._instance` and sets it back to None at its end, and patches
`config.get_option` for its length. Run in threads, one run's end would pull these from under
another still going. `apptest_in_threads` holds both in place for the test's length (the last
mock runtime; global.appTest on); nothing of the pages' own shared state is touched. So this
checks the pages' shared caches under threads, not Streamlit's server
(bench/sessions_bench.py drives a real one)."""

import contextlib
import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import streamlit as st
from streamlit import config
from streamlit.runtime.runtime import Runtime
from streamlit.testing.v1 import AppTest, app_test

from components.library import forget_loaded
from tests.conftest import ROOT, SHIPPED

# (path, language) and, per rerun, the step in the link and its title (paths/*.yaml).
EXPLORER = [
    (
        "pohjanmaa",
        "fi",
        [
            ("hakeutuminen", "Matalan kynnyksen yhteydenotto – ei lähetettä"),
            ("kartoitus", "Tilanteen kartoitus"),
            ("asiakasvastaava", "Asiakasvastaava nimetään"),
        ],
    ),
    (
        "kansallinen",
        "sv",
        [
            ("tunnistaminen", "Identifiera långvarig arbetslöshet och behov av stöd"),
            ("terveystarkastus", "Hälsoundersökning för arbetslösa"),
            ("palvelutarpeen-arviointi", "Bedömning av servicebehovet inom socialvården"),
        ],
    ),
    (
        "kaiku",
        "en",
        [
            ("katvealue", "A grey area in the service system – no one is clearly responsible"),
            ("kuntoutushaku", "Looking for information on Kuntoutushaku.fi"),
            ("kaiku-ohjaus", "Kaiku counselling: your situation and suitable rehabilitation"),
        ],
    ),
]
# Language and, per rerun, the pair in the link and the matrix's columns: each region's name
# up to " (" in that language.
COMPARE = [
    (
        "fi",
        [
            ("pohjanmaa,kansallinen", ["Pohjanmaa", "Koko Suomi"]),
            ("keski-suomi,pohjois-karjala", ["Keski-Suomi", "Pohjois-Karjala"]),
            ("etela-pohjanmaa-aimo,pohjanmaa", ["Etelä-Pohjanmaa", "Pohjanmaa"]),
        ],
    ),
    (
        "sv",
        [
            ("pohjois-karjala,pohjanmaa", ["Norra Karelen", "Österbotten"]),
            ("kansallinen,keski-suomi", ["Hela Finland", "Mellersta Finland"]),
            ("etela-pohjanmaa-aimo,kansallinen", ["Södra Österbotten", "Hela Finland"]),
        ],
    ),
    (
        "en",
        [
            ("keski-suomi,etela-pohjanmaa-aimo", ["Central Finland", "South Ostrobothnia"]),
            ("pohjanmaa,pohjois-karjala", ["Ostrobothnia", "North Karelia"]),
            ("kansallinen,keski-suomi", ["All of Finland", "Central Finland"]),
        ],
    ),
]
EXPLORER_TITLE = {"fi": "Polun tutkija", "sv": "Stigutforskaren", "en": "Path explorer"}
COMPARE_TITLE = {"fi": "Vertailu", "sv": "Jämförelse", "en": "Compare"}


@pytest.fixture
def apptest_in_threads(monkeypatch):
    get_option = config.get_option
    monkeypatch.setattr(
        config, "get_option", lambda key: True if key == "global.appTest" else get_option(key)
    )
    monkeypatch.setattr(app_test, "patch_config_options", lambda _: contextlib.nullcontext())
    last = []

    def current(cls):
        if cls._instance is not None:
            last[:] = [cls._instance]
        return cls._instance or (last[0] if last else None)

    def instance(cls):
        found = current(cls)
        if found is None:
            raise RuntimeError("Runtime hasn't been created!")
        return found

    monkeypatch.setattr(Runtime, "instance", classmethod(instance))
    monkeypatch.setattr(Runtime, "exists", classmethod(lambda cls: current(cls) is not None))


def session(page: str, lang: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    at.session_state["ui_lang"] = lang
    return at


def explore(start: threading.Barrier, path: str, lang: str, steps) -> list[str]:
    at = session("explorer", lang)
    at.query_params["path"] = path
    start.wait()
    seen = []
    for step, title in steps:
        at.query_params["step"] = step
        at.run()
        assert not at.exception, (path, step, at.exception)
        assert at.title[0].value == EXPLORER_TITLE[lang]
        assert at.subheader[0].value.replace("\\", "") == title, (path, step)
        assert dict(at.query_params) == {"path": path, "step": step}
        seen.append(step)
    return seen


def compare(start: threading.Barrier, lang: str, pairs) -> list[str]:
    at = session("compare", lang)
    start.wait()
    seen = []
    for pair, columns in pairs:
        at.query_params["paths"] = pair
        at.run()
        assert not at.exception, (pair, at.exception)
        assert at.title[0].value == COMPARE_TITLE[lang]
        assert at.multiselect(key="paths").value == pair.split(",")
        assert list(at.dataframe[0].value.columns) == columns, pair
        seen.append(pair)
    return seen


def test_six_sessions_rerun_at_once_on_the_shared_caches(monkeypatch, apptest_in_threads):
    monkeypatch.setenv("POLKU_PATHS", str(SHIPPED))
    monkeypatch.setattr("components.library.today", lambda: dt.date(2026, 11, 23))
    st.cache_resource.clear()  # every session starts on empty caches: they race to fill them
    forget_loaded()
    start = threading.Barrier(len(EXPLORER) + len(COMPARE), timeout=30)
    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=6) as pool:
        explorers = [pool.submit(explore, start, p, lang, steps) for p, lang, steps in EXPLORER]
        comparisons = [pool.submit(compare, start, lang, pairs) for lang, pairs in COMPARE]
        done = [f.result(timeout=120) for f in (*explorers, *comparisons)]
    assert done == [[s for s, _ in steps] for _, _, steps in EXPLORER] + [
        [p for p, _ in pairs] for _, pairs in COMPARE
    ]
    assert time.monotonic() - began < 60
