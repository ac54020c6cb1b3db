"""The onboarding page through AppTest: role and path from the link, the tour, the glossary
search, the law tab and the self-check."""

from functools import partial

import pytest
from streamlit.testing.v1 import AppTest

from polku.loader import load_library
from polku.onboarding import tour
from polku.quiz import questions
from polku.text import resolve
from tests.apptest import run_page
from tests.conftest import SHIPPED, dump

LIBRARY = load_library([SHIPPED])


open_page = partial(run_page, page="onboarding", folder=SHIPPED, lang="fi")


def stop_heading(at: AppTest) -> str:
    return next(h.value for h in at.subheader if h.value[:1].isdigit())


def test_the_tour_walks_the_roles_steps_and_the_link_keeps_role_and_path(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="pohjanmaa", role="kela")
    graph = LIBRARY.graphs["pohjanmaa"]
    stops = tour(graph, "kela")
    titles = [resolve(s.step.title, "en", graph.path.language).text for s in stops]
    assert at.selectbox(key="role").value == "kela"
    assert any(f"{len(stops)} steps where your role acts" in m.value for m in at.markdown)
    seen = []
    for _ in stops:
        seen.append(stop_heading(at).split(". ", 1)[1])
        nxt = at.button(key="tour-next")
        if nxt.disabled:
            break
        nxt.click().run()
    assert seen == titles
    assert at.button(key="tour-next").disabled
    at.button(key="tour-prev").click().run()
    assert stop_heading(at).endswith(titles[-2])
    assert at.query_params["role"] == "kela" and at.query_params["path"] == "pohjanmaa"


def test_changing_the_role_changes_the_tour_and_the_link(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kaiku")
    at.selectbox(key="role").set_value("health-care").run()
    assert at.query_params["role"] == "health-care"
    first = tour(LIBRARY.graphs["kaiku"], "health-care")[0].step
    assert stop_heading(at).endswith(resolve(first.title, "fi", "fi").text)


def test_an_unknown_role_in_the_link_is_said_and_a_present_one_is_shown(monkeypatch):
    at = open_page(monkeypatch, lang="sv", path="pohjanmaa", role="<script>")
    assert at.warning and "&lt;script&gt;" not in at.warning[0].value
    assert at.selectbox(key="role").value in {k.kind for k in LIBRARY.paths["pohjanmaa"].actors}


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        ("fi", "toimeentulo", "toimeentulotuki"),
        ("sv", "utkomststöd", "toimeentulotuki"),
        ("en", "social assistance", "toimeentulotuki"),
    ],
)
def test_glossary_search_filters_the_table(monkeypatch, lang, query, expected):
    at = open_page(monkeypatch, lang=lang)
    everything = len(at.dataframe[1].value)
    at.text_input(key="glossary-q").input(query).run()
    table = at.dataframe[1].value
    assert 0 < len(table) < everything
    assert expected in list(table["Suomi"])


def test_the_law_tab_lists_laws_reforms_and_the_timeline_as_text(monkeypatch):
    at = open_page(monkeypatch, lang="en")
    text = " ".join(m.value for m in at.markdown).replace("\\", "")  # markdown escapes
    assert "(https://www.finlex.fi/fi/laki/ajantasa/2001/20010189)" in text
    assert "Act on Rehabilitative Work Activity 189/2001" in text
    assert "01.01.2025" in text and "01.01.2023" in text
    for path in LIBRARY.paths.values():
        assert resolve(path.title, "en", path.language).text in text


def test_a_self_check_answer_is_judged_and_scored(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="pohjanmaa")
    assert any("Score this time: 0/" in m.value for m in at.markdown)
    radio = at.radio[0]
    radio.set_value(radio.options.index(radio.options[0])).run()
    assert at.success or at.error
    verdicts = [m.value.replace("\\", "") for m in (*at.success, *at.error)]
    assert any(v.startswith(("Right.", "Not quite.")) for v in verdicts)
    at.button(key="quiz-new").click().run()
    assert not at.exception
    assert any("Score this time: 0/" in m.value for m in at.markdown)


def test_a_right_answer_scores_a_point(monkeypatch, tmp_path, minimal):
    minimal["actors"].append({"id": "kela", "kind": "kela", "name": "Kela"})
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="fi")
    who = next(r for r in at.radio if "Aktivointisuunnitelma" in r.label)
    who.set_value(who.options.index("Aikuissosiaalityö")).run()
    assert any(s.value.replace("\\", "").startswith("Oikein.") for s in at.success)
    assert any("Pisteet tällä kerralla: 1/" in m.value for m in at.markdown)


def test_no_paths_says_so(monkeypatch, tmp_path):
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    assert at.info and not at.exception


def test_a_question_with_several_right_answers_is_judged_only_when_checked(monkeypatch):
    graph = next(
        g
        for g in LIBRARY.graphs.values()
        if any(len(q.correct) > 1 for q in questions(g, "en", count=6, seed=0))
    )
    quiz = questions(graph, "en", count=6, seed=0)
    i, q = next((i, q) for i, q in enumerate(quiz) if len(q.correct) > 1)
    at = open_page(monkeypatch, lang="en", path=graph.path.id)
    key = f"quiz-{graph.path.id}-0-{i}"
    submit = f"FormSubmitter:{key}-form-Check"
    at.multiselect(key=key).set_value([min(q.correct)]).run()
    assert not at.success and not at.error  # no verdict on a choice not yet checked
    at.multiselect(key=key).set_value([min(q.correct)])
    at.button(key=submit).click().run()
    assert any(e.value.startswith("Not quite") for e in at.error)
    assert not at.success
    at.multiselect(key=key).set_value(sorted(q.correct))
    at.button(key=submit).click().run()
    assert any(s.value.startswith("Right") for s in at.success)
