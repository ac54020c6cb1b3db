"""The comparison page through AppTest: paths from the link, the matrix and the steps behind a
row, metrics, the overview, the summary, downloads, and what happens with too few paths.

The expected cells are counted by hand from tests/fixtures/compare/compare-a.yaml (region Alfa)
and compare-b.yaml (region Beeta); the reasoning for each cell is in the comments below."""

import csv
import io
import os
from functools import partial
from html.parser import HTMLParser

from streamlit.testing.v1 import AppTest

from tests.apptest import run_page
from tests.conftest import FIXTURES, SHIPPED, dump

PAIR_DIR = FIXTURES / "compare"

open_page = partial(run_page, page="compare", folder=PAIR_DIR, lang="en")

# Rows: every (phase kind, step kind) either file uses, into → during → out, then the step
# kind's place in the format's list. Cells: responsible actor kinds · duration · marks, each its
# own sign and word, in the order only this path, different owner, gap, overlap, cold handoff.
MATRIX = {
    # A contact (sos, 1–2 weeks) vs B start (ngo): both have it, owners differ.
    "Into · outreach and first contact": (
        "social services · 1–2 weeks · ⇄ different owner",
        "NGO · ⇄ different owner",
    ),
    # A plan: te and sos responsible (overlap), 2–4 weeks, warm in from contact.
    # B plan: sos only, and its way out to edu is cold.
    "Into · activation plan": (
        "employment services, social services · 2–4 weeks · ⇄ different owner · ② overlap",
        "social services · ⇄ different owner · ❄ cold handoff",
    ),
    # A work: sos only participates, so no one is responsible (gap); B has no activity.
    "During · activity": ("no one responsible · 3–6 months · ◆ only this path · ⊘ gap", "— absent"),
    # A review: sos, 1–2 weeks; review → job is cold.
    "During · review": (
        "social services · 1–2 weeks · ◆ only this path · ❄ cold handoff",
        "— absent",
    ),
    # A job: te; reached by the cold review → job.
    "Out · into employment": (
        "employment services · ◆ only this path · ❄ cold handoff",
        "— absent",
    ),
    # B edu: no roles at all (gap), reached by the cold plan → edu.
    "Out · into education": (
        "— absent",
        "no one responsible · ◆ only this path · ⊘ gap · ❄ cold handoff",
    ),
    # A rehab: kela; review → rehab is warm.
    "Out · into vocational rehabilitation": ("Kela · ◆ only this path", "— absent"),
}

# The hand counts in tests/fixtures/compare (see tests/test_compare.py's EXPECTED); days are
# whole, and "—" where a figure is not known (compare-b gives no durations).
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
    "Alfa": ["6", "1", "3", "3", "2", "1", "1", "1", "2", "119", "239"],
    "Beeta": ["3", "0", "2", "1", "0", "1", "1", "0", "1", "—", "—"],
}


class _Cells(HTMLParser):
    """The text of every <th>/<td> of an HTML table, row by row."""

    def __init__(self):
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self._cell = []
        elif tag == "span":  # a metric's definition under its name
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "span":
            self._skip -= 1

    def handle_data(self, data):
        if self._cell is not None and not self._skip:
            self._cell.append(data)


def text_of(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\\", "")


def html_table(at: AppTest, index: int = 0) -> list[list[str]]:
    # The metrics tables (the example person's table is read by `persona_cells`).
    tables = [h.proto.body for h in at.get("html") if 'class="polku-metrics"' in h.proto.body]
    parser = _Cells()
    parser.feed(tables[index])
    return parser.rows


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


def test_the_matrix_is_the_hand_counted_table(monkeypatch):
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    shown = at.dataframe[0].value
    assert list(shown.columns) == ["Alfa", "Beeta"]
    assert shown.index.name == "Step"
    assert list(shown.index) == list(MATRIX)
    assert {row: (cells["Alfa"], cells["Beeta"]) for row, cells in shown.iterrows()} == MATRIX


def test_clicking_a_row_opens_its_steps_and_the_select_follows(monkeypatch):
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    assert "The steps behind" not in text_of(at)
    at.session_state["matrix-table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    text = text_of(at)
    assert "The steps behind: Into · activation plan" in text
    assert "Suunnitelma — Työllisyyspalvelut, Sosiaalityö (2–4 weeks)" in text
    assert "Suunnitelma — Sosiaalityö" in text
    assert at.selectbox(key="matrix-row").value == "Into · activation plan"
    # The keyboard's way: the select opens another row.
    at.selectbox(key="matrix-row").select("During · review").run()
    assert "The steps behind: During · review" in text_of(at)
    assert "Väliarvio — Sosiaalityö (1–2 weeks)" in text_of(at)


def test_the_table_rows_are_tall_enough_to_wrap_their_cells(monkeypatch):
    # Glide wraps cell text only in rows taller than 4rem (64 px); the browser test checks
    # that the whole table shows without a scroll box of its own.
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    assert at.dataframe[0].proto.row_height > 64


def test_the_matrix_csv_download_is_the_table(monkeypatch, downloads):
    open_page(monkeypatch, paths="compare-a,compare-b")
    data = downloads["polku-vertailu.csv"]
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads the UTF-8
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0] == ["Step", "Alfa", "Beeta"]
    assert {row: (a, b) for row, a, b in table[1:]} == MATRIX
    assert [row for row, _, _ in table[1:]] == list(MATRIX)


def test_metrics_are_whole_days_and_a_dash_where_not_known(monkeypatch, downloads):
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    table = html_table(at)
    assert table[0] == ["Metric", "Alfa", "Beeta"]
    assert [r[0] for r in table[1:]] == METRICS_HEADINGS
    for i, heading in enumerate(METRICS_HEADINGS, 1):
        assert table[i][1:] == [METRICS["Alfa"][i - 1], METRICS["Beeta"][i - 1]], heading
    page = text_of(at) + " ".join(h.proto.body for h in at.get("html"))
    assert "None" not in page and "nan" not in page
    assert "Transitions where the responsible actor changes." in page
    metrics_csv = list(csv.reader(io.StringIO(downloads["polku-mittarit.csv"].decode("utf-8-sig"))))
    assert metrics_csv[0] == ["Path", *METRICS_HEADINGS]
    assert metrics_csv[1] == ["Alfa", *METRICS["Alfa"]]
    assert metrics_csv[2] == ["Beeta", *METRICS["Beeta"][:9], "", ""]  # not known: empty


def test_the_chart_opens_on_gaps_and_cold_handoffs(monkeypatch):
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    assert at.multiselect(key="chart-metrics").value == ["gaps", "cold"]
    assert "- Alfa: Gaps 1, Cold 1\n- Beeta: Gaps 1, Cold 1" in text_of(at)
    at.multiselect(key="chart-metrics").set_value(["warm", "shortest"]).run()
    assert not at.exception
    assert "- Alfa: Warm 2, Shortest (days) 119\n- Beeta: Warm 0, Shortest (days) —" in text_of(at)


def test_the_summary_says_findings_first_and_the_downloads_are_there(monkeypatch, downloads):
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    text = text_of(at)
    order = [
        "#### Findings",
        "⊘ **Gap – no one is responsible**: Työtoiminta",
        "#### Differences",
        "Only Beeta: Out · into education (Koulutukseen).",
    ]
    places = [text.index(x) for x in order]
    assert places == sorted(places)
    assert [b.label for b in at.get("download_button")] == [
        "Download CSV",
        "Download Excel (XLSX)",
        "Download CSV",
        "Download the summary (Markdown)",
    ]


def test_the_overview_covers_every_loaded_path_in_swedish(monkeypatch):
    at = open_page(monkeypatch, folder=SHIPPED, lang="sv")
    overview = html_table(at, -1)
    assert len(overview[0]) == 11  # the metric, then the ten files in paths/
    assert len(overview) == 12  # the heading, then eleven metrics
    assert "Alla 10 inlästa stigar" in " ".join(c.value for c in at.caption)


def test_with_one_path_loaded_the_page_says_so(monkeypatch, tmp_path, minimal):
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="fi")
    assert [i.value for i in at.info] == ["Vertailuun tarvitaan vähintään kaksi ladattua polkua."]


def test_an_edited_file_is_compared_anew_though_its_results_are_kept(monkeypatch, tmp_path):
    # The matrix, the tables and the figures are kept between runs (components/compare_cache.py)
    # on the loaded graphs: an edited file loads as a new graph, so nothing stale is shown.
    for name in ("compare-a.yaml", "compare-b.yaml"):
        (tmp_path / name).write_text((PAIR_DIR / name).read_text(encoding="utf-8"), "utf-8")
    at = run_page(
        monkeypatch, page="compare", folder=tmp_path, lang="en", paths="compare-a,compare-b"
    )
    assert html_table(at)[0] == ["Metric", "Alfa", "Beeta"]
    at.run()
    assert html_table(at)[0] == ["Metric", "Alfa", "Beeta"]
    edited = tmp_path / "compare-a.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("region: Alfa", "region: Gamma"))
    stat = edited.stat()
    os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # a later mtime for sure
    at.run()
    assert not at.exception
    assert html_table(at)[0] == ["Metric", "Gamma", "Beeta"]
    assert "Gamma" in [c for c in at.dataframe[0].value.columns]


# --- the example person ---------------------------------------------------------------------

FOUR = "kansallinen,paijat-hame,pohjois-karjala,satakunta"


def persona_cells(at: AppTest) -> list[list[str]]:
    (body,) = [
        h.proto.body for h in at.get("html") if 'data-testid="persona-table"' in h.proto.body
    ]
    parser = _Cells()
    parser.feed(body)
    return parser.rows


def test_the_example_person_has_a_row_per_chosen_path_with_the_walks_figures(monkeypatch):
    # Person A, 45 (scenarios/selkakipu-45.yaml) on four shipped paths; the walks are worked out
    # by hand in tests/test_persona.py.
    at = open_page(monkeypatch, folder=SHIPPED, paths=FOUR, persona="selkakipu-45")
    assert at.selectbox(key="persona").value == "selkakipu-45"
    table = persona_cells(at)
    assert table[0][:3] == ["Region", "Way taken", "Steps"]
    assert [r[0] for r in table[1:]] == [
        "All of Finland",
        "Päijät-Häme",
        "North Karelia",
        "Satakunta",
    ]
    steps = table[0].index("Steps")
    assert [r[steps] for r in table[1:]] == ["3", "2", "2", "2"]
    exit_ = table[0].index("Exit reached")
    assert [r[exit_] for r in table[1:]] == ["Treatment and medical rehabilitation", "–", "–", "–"]
    text = text_of(at)
    assert "Reaches an exit: All of Finland." in text
    assert "The path leaves the question open: Päijät-Häme, Satakunta." in text
    assert "- North Karelia: 2 steps, several ways fit" in text  # the chart's text alternative


def test_another_example_person_walks_other_ways_and_the_link_follows(monkeypatch):
    at = open_page(monkeypatch, folder=SHIPPED, paths=FOUR, persona="selkakipu-45")
    before = persona_cells(at)
    at.selectbox(key="persona").select("nuori-opiskelu-22").run()
    assert not at.exception
    assert at.query_params["persona"] == "nuori-opiskelu-22"
    after = persona_cells(at)
    assert len(after) == 5 and after != before


def test_an_unknown_example_person_in_the_link_is_a_notice_in_finnish(monkeypatch):
    at = open_page(monkeypatch, folder=SHIPPED, lang="fi", paths=FOUR, persona="ei-ole")
    assert not at.exception
    assert any("ei-ole" in i.value.replace("\\", "") and "ei löytynyt" in i.value for i in at.info)
    assert at.selectbox(key="persona").value is None
    assert "persona" not in at.query_params
    at.selectbox(key="persona").select("keskeytys-52").run()
    assert len(persona_cells(at)) == 5


def test_no_example_person_is_walked_until_one_is_chosen(monkeypatch):
    at = open_page(monkeypatch, folder=SHIPPED, paths=FOUR)
    assert at.selectbox(key="persona").value is None
    assert not [h for h in at.get("html") if 'data-testid="persona-table"' in h.proto.body]
    assert [c.key for c in at.get("plotly_chart")] == ["bar-gaps-cold", "overview"]
    at.selectbox(key="persona").select("selkakipu-45").run()
    assert at.query_params["persona"] == "selkakipu-45"
    assert len(persona_cells(at)) == 5
    assert "persona-chart-selkakipu-45" in [c.key for c in at.get("plotly_chart")]
