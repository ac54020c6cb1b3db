"""The comparison page through AppTest: paths from the link, the matrix and the steps behind a
row, metrics, the overview, the summary, downloads, and what happens with too few paths."""

from functools import partial

from streamlit.testing.v1 import AppTest

from polku.exports import difference_table
from polku.loader import load_library
from tests.apptest import run_page
from tests.conftest import FIXTURES, SHIPPED, dump

PAIR_DIR = FIXTURES / "compare"
PAIR = load_library([PAIR_DIR])


open_page = partial(run_page, page="compare", folder=PAIR_DIR, lang="en")


def text_of(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\\", "")


def test_the_paths_come_from_the_link_and_an_unknown_one_is_reported(monkeypatch):
    at = open_page(monkeypatch, paths="compare-b,nope,compare-a")
    assert at.multiselect(key="paths").value == ["compare-b", "compare-a"]
    assert at.warning and "nope" in at.warning[0].value
    assert at.query_params["paths"] == "compare-b,compare-a"


def test_choosing_paths_changes_the_link(monkeypatch):
    at = open_page(monkeypatch, folder=SHIPPED, paths="pohjanmaa,kaiku")
    at.multiselect(key="paths").select("keski-suomi").run()
    assert at.query_params["paths"] == "pohjanmaa,kaiku,keski-suomi"
    at.multiselect(key="paths").unselect("pohjanmaa").unselect("kaiku").run()
    assert any("Choose at least two paths." in i.value for i in at.info)


def test_the_matrix_is_the_difference_table_and_a_row_shows_its_steps(monkeypatch):
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    expected = difference_table(PAIR.graphs, "en")
    shown = at.dataframe[0].value
    assert list(shown.index) == list(expected.index)
    assert shown.loc["During · activity", "Beeta"] == "— absent"
    at.selectbox(key="matrix-row").select("Into · activation plan").run()
    text = text_of(at)
    assert "The steps behind: Into · activation plan" in text
    assert "Suunnitelma — Työllisyyspalvelut, Sosiaalityö (2–4 weeks)" in text
    assert "Suunnitelma — Sosiaalityö" in text


def test_metrics_summary_and_downloads(monkeypatch):
    at = open_page(monkeypatch, paths="compare-a,compare-b")
    metrics = at.dataframe[1].value
    assert metrics.loc["Alfa", "Handoffs"] == 3 and metrics.loc["Beeta", "Gaps"] == 1
    text = text_of(at)
    assert "Transitions where the responsible actor changes." in text  # definitions beside it
    assert "Only Beeta: Out · into education (Koulutukseen)." in text
    labels = {b.label for b in at.get("download_button")}
    assert {"Download CSV", "Download Excel (XLSX)", "Download the summary (Markdown)"} <= labels
    at.selectbox(key="chart-metric").select("cold").run()
    assert not at.exception


def test_the_overview_covers_every_loaded_path_in_swedish(monkeypatch):
    at = open_page(monkeypatch, folder=SHIPPED, lang="sv")
    overview = at.dataframe[-1].value
    assert len(overview) == len(load_library([SHIPPED]).paths)
    assert "Alla 6 inlästa stigar" in " ".join(c.value for c in at.caption)


def test_with_one_path_loaded_the_page_says_so(monkeypatch, tmp_path, minimal):
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="fi")
    assert any("vähintään kaksi" in i.value for i in at.info)
