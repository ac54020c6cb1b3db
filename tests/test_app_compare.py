"""The comparison page through AppTest: paths from the link, the matrix and the steps behind a
row, metrics, the overview, the summary, downloads, and what happens with too few paths.

The expected cells are counted by hand from tests/fixtures/compare/compare-a.yaml (region Alfa)
and compare-b.yaml (region Beeta); the reasoning for each cell is in the comments below."""

import csv
import io
import math
from functools import partial

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import run_page
from tests.conftest import FIXTURES, SHIPPED, dump

PAIR_DIR = FIXTURES / "compare"

open_page = partial(run_page, page="compare", folder=PAIR_DIR, lang="en")

# Rows: every (phase kind, step kind) either file uses, into → during → out, then the step
# kind's place in the format's list. Cells: responsible actor kinds · duration · ⚠ marks in the
# order only this path, different owner, gap, overlap, cold handoff.
MATRIX = {
    # A contact (sos, 1–2 weeks) vs B start (ngo): both have it, owners differ.
    "Into · outreach and first contact": (
        "social services · 1–2 weeks · ⚠ different owner",
        "NGO · ⚠ different owner",
    ),
    # A plan: te and sos responsible (overlap), 2–4 weeks, warm in from contact.
    # B plan: sos only, and its way out to edu is cold.
    "Into · activation plan": (
        "employment services, social services · 2–4 weeks · ⚠ different owner, overlap",
        "social services · ⚠ different owner, cold handoff",
    ),
    # A work: sos only participates, so no one is responsible (gap); B has no activity.
    "During · activity": ("no one responsible · 3–6 months · ⚠ only this path, gap", "— absent"),
    # A review: sos; review → job is cold.
    "During · review": ("social services · ⚠ only this path, cold handoff", "— absent"),
    # A job: te; reached by the cold review → job.
    "Out · into employment": ("employment services · ⚠ only this path, cold handoff", "— absent"),
    # B edu: no roles at all (gap), reached by the cold plan → edu.
    "Out · into education": (
        "— absent",
        "no one responsible · ⚠ only this path, gap, cold handoff",
    ),
    # A rehab: kela; review → rehab is warm.
    "Out · into vocational rehabilitation": ("Kela · ⚠ only this path", "— absent"),
}

# The hand counts in tests/fixtures/compare (see tests/test_compare.py's EXPECTED).
METRICS_HEADINGS = [
    "Steps",
    "Decision points",
    "Actors",
    "Handoffs",
    "Warm",
    "Cold",
    "Gaps",
    "Overlaps",
    "Exits",
    "Shortest (days)",
    "Longest (days)",
]
METRICS = {
    "Alfa": [6, 1, 3, 3, 2, 1, 1, 1, 2, 112.3, 224.6],
    "Beeta": [3, 0, 2, 1, 0, 1, 1, 0, 1, None, None],
}


def text_of(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\\", "")


def test_the_paths_come_from_the_link_and_an_unknown_one_is_reported(monkeypatch):
    at = open_page(monkeypatch, paths="compare-b,nope,compare-a")
    assert at.multiselect(key="paths").value == ["compare-b", "compare-a"]
    assert [w.value.replace("\\", "") for w in at.warning] == [
        "Paths in the link were not found: nope"
    ]
    assert at.query_params["paths"] == "compare-b,compare-a"


def test_choosing_paths_changes_the_link(monkeypatch):
    at = open_page(monkeypatch, folder=SHIPPED, paths="pohjanmaa,kaiku")
    at.multiselect(key="paths").select("keski-suomi").run()
    assert at.query_params["paths"] == "pohjanmaa,kaiku,keski-suomi"
    at.multiselect(key="paths").unselect("pohjanmaa").unselect("kaiku").run()
    assert any("Choose at least two paths." in i.value for i in at.info)


def test_the_matrix_is_the_hand_counted_table_and_a_row_shows_its_steps(monkeypatch):
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    shown = at.dataframe[0].value
    assert list(shown.columns) == ["Alfa", "Beeta"]
    assert shown.index.name == "Step"
    assert list(shown.index) == list(MATRIX)
    assert {row: (cells["Alfa"], cells["Beeta"]) for row, cells in shown.iterrows()} == MATRIX
    at.selectbox(key="matrix-row").select("Into · activation plan").run()
    text = text_of(at)
    assert "The steps behind: Into · activation plan" in text
    assert "Suunnitelma — Työllisyyspalvelut, Sosiaalityö (2–4 weeks)" in text
    assert "Suunnitelma — Sosiaalityö" in text


def test_the_matrix_csv_download_is_the_table(monkeypatch, downloads):
    open_page(monkeypatch, paths="compare-a,compare-b")
    data = downloads["polku-vertailu.csv"]
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads the UTF-8
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0] == ["Step", "Alfa", "Beeta"]
    assert {row: (a, b) for row, a, b in table[1:]} == MATRIX
    assert [row for row, _, _ in table[1:]] == list(MATRIX)


def test_metrics_summary_and_downloads(monkeypatch, downloads):
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    metrics = at.dataframe[1].value
    assert list(metrics.columns) == METRICS_HEADINGS
    assert list(metrics.index) == ["Alfa", "Beeta"]
    for name, expected in METRICS.items():
        for heading, want in zip(METRICS_HEADINGS, expected, strict=True):
            got = metrics.loc[name, heading]
            if want is None:
                assert math.isnan(got), (name, heading, got)
            else:
                assert got == pytest.approx(want), (name, heading, got)
    text = text_of(at)
    assert "- **Handoffs** — Transitions where the responsible actor changes." in text
    assert "Only Beeta: Out · into education (Koulutukseen)." in text
    assert "Alfa: During · activity – no one is responsible (gap)." in text
    assert [b.label for b in at.get("download_button")] == [
        "Download CSV",
        "Download Excel (XLSX)",
        "Download CSV",
        "Download the summary (Markdown)",
    ]
    metrics_csv = list(csv.reader(io.StringIO(downloads["polku-mittarit.csv"].decode("utf-8-sig"))))
    assert metrics_csv[0] == ["Path", *METRICS_HEADINGS]
    assert metrics_csv[1][0] == "Alfa"
    assert [float(v) for v in metrics_csv[1][1:]] == METRICS["Alfa"]
    assert metrics_csv[2][0] == "Beeta"
    assert [float(v) for v in metrics_csv[2][1:10]] == METRICS["Beeta"][:9]
    assert metrics_csv[2][10:] == ["", ""]  # no durations in compare-b: left empty
    # The chart follows the chosen metric; its text alternative says the same numbers.
    assert "- Alfa: 6\n- Beeta: 3" in text
    at.selectbox(key="chart-metric").select("warm").run()
    assert not at.exception
    assert "- Alfa: 2\n- Beeta: 0" in text_of(at)
    assert any(
        c.value == "Transitions the file marks warm (the client is accompanied). "
        "Select a bar to see the steps behind it."
        for c in at.caption
    )


def test_the_overview_covers_every_loaded_path_in_swedish(monkeypatch):
    at = open_page(monkeypatch, folder=SHIPPED, lang="sv")
    overview = at.dataframe[-1].value
    assert len(overview) == 10  # the ten files in paths/
    assert "Alla 10 inlästa stigar" in " ".join(c.value for c in at.caption)


def test_with_one_path_loaded_the_page_says_so(monkeypatch, tmp_path, minimal):
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="fi")
    assert [i.value for i in at.info] == ["Vertailuun tarvitaan vähintään kaksi ladattua polkua."]
