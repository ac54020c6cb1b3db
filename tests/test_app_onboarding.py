"""The onboarding page through AppTest: role and path from the link, the tour, the glossary
search, the law tab and the self-check.

Expected tours and titles are read from paths/*.yaml and polku/data/reference.yaml and written
here literally; the self-check runs on small fixtures whose right answers are known."""

import datetime as dt
from functools import partial

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import run_page
from tests.conftest import SHIPPED, dump

open_page = partial(run_page, page="onboarding", folder=SHIPPED, lang="fi")


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr("components.library.today", lambda: dt.date(2026, 11, 23))


def stop_heading(at: AppTest) -> str:
    return next(h.value for h in at.subheader if h.value[:1].isdigit()).replace("\\", "")


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\\", "")  # file text is escaped


def test_the_tour_walks_the_roles_steps_and_the_link_keeps_role_and_path(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="pohjanmaa", role="kela")
    # pohjanmaa.yaml: the one kela actor has a role at step 4 (participates) and step 12
    # (responsible) and nowhere else.
    headings = ["4. Multisectoral assessment team", "12. Vocational rehabilitation"]
    assert at.selectbox(key="role").value == "kela"
    assert "2 steps where your role acts on this path" in markdown(at)
    assert (
        "1. Multisectoral assessment team (step 4)\n2. Vocational rehabilitation (step 12)"
        in markdown(at)
    )
    assert stop_heading(at) == headings[0]
    assert at.button(key="tour-prev").disabled
    at.button(key="tour-next").click().run()
    assert stop_heading(at) == headings[1]
    assert at.button(key="tour-next").disabled
    at.button(key="tour-prev").click().run()
    assert stop_heading(at) == headings[0]
    assert at.query_params["role"] == "kela" and at.query_params["path"] == "pohjanmaa"


def test_changing_the_role_changes_the_tour_and_the_link(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kaiku")
    assert at.selectbox(key="role").value == "social-services"  # the default where present
    # kaiku.yaml: sosiaalipalvelut first acts at step 2, the project's background working group.
    assert stop_heading(at) == "2. Taustalla: hankkeen monialainen kehittämistyöryhmä"
    assert "3 vaihetta, joissa roolisi toimii tällä polulla" in markdown(at)  # steps 4, 9, 10
    at.selectbox(key="role").set_value("health-care").run()
    assert at.query_params["role"] == "health-care"
    # terveydenhuolto acts at step 4 (participates) and step 7 (responsible).
    assert "2 vaihetta, joissa roolisi toimii tällä polulla" in markdown(at)
    at.button(key="tour-next").click().run()
    assert stop_heading(at) == "7. Lääkinnällinen kuntoutus"


def test_an_unknown_role_in_the_link_is_said_and_a_present_one_is_shown(monkeypatch):
    at = open_page(monkeypatch, lang="sv", path="pohjanmaa", role="<script>")
    assert len(at.warning) == 1
    assert at.warning[0].value.replace("\\", "") == (
        "Aktörstypen ”<script>” i länken finns inte på stigen; socialtjänster visas."
    )
    assert at.selectbox(key="role").value == "social-services"
    assert at.query_params["role"] == "social-services"


def test_an_unknown_role_is_reported_with_the_role_actually_shown(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="pohjanmaa", role="nope")
    assert at.warning[0].value.replace("\\", "") == (
        "The actor kind “nope” in the link is not on this path; showing social services."
    )


GLOSSARY_PATH = {
    "glossary": [
        {
            "term": {"fi": "kulukorvaus-lisä"},
            "definition": {"fi": "Maksetaan toimeentulotukea saavalle."},
        }
    ]
}


@pytest.mark.parametrize(
    ("lang", "query", "rows"),
    [
        # The core glossary's toimeentulotuki, and the file's own entry whose definition
        # has "toimeentulotukea" (Finnish only).
        (
            "fi",
            "toimeentulo",
            [("toimeentulotuki", "utkomststöd", "social assistance"), ("kulukorvaus-lisä", "", "")],
        ),
        ("sv", "utkomststöd", [("toimeentulotuki", "utkomststöd", "social assistance")]),
        ("en", "SOCIAL  assistance", [("toimeentulotuki", "utkomststöd", "social assistance")]),
        # "kuntoutus" is in five core terms (not in "kuntouttava").
        (
            "fi",
            "kuntoutus",
            [
                ("sosiaalinen kuntoutus", "social rehabilitering †", "social rehabilitation"),
                (
                    "ammatillinen kuntoutus",
                    "yrkesinriktad rehabilitering",
                    "vocational rehabilitation",
                ),
                (
                    "lääkinnällinen kuntoutus",
                    "medicinsk rehabilitering †",
                    "medical rehabilitation",
                ),
                (
                    "työllistymistä edistävä ammatillinen kuntoutus",
                    "sysselsättningsfrämjande yrkesinriktad rehabilitering",
                    "Kela employment-promoting vocational rehabilitation",
                ),
                ("kuntoutusraha", "rehabiliteringspenning", "rehabilitation allowance"),
            ],
        ),
    ],
)
def test_glossary_search_filters_the_table(monkeypatch, tmp_path, minimal, lang, query, rows):
    (tmp_path / "m.yaml").write_text(dump(minimal | GLOSSARY_PATH), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang=lang)
    assert len(at.dataframe[1].value) == 35  # 34 core terms in reference.yaml + the file's one
    at.text_input(key="glossary-q").input(query).run()
    table = at.dataframe[1].value
    shown = [(r["Suomi"], r["Svenska"], r["English"]) for _, r in table.iterrows()]
    assert shown == rows
    results = {"fi": "{n} termiä", "sv": "{n} termer", "en": "{n} terms"}[lang]
    assert results.format(n=len(rows)) in [c.value for c in at.caption]


def test_the_law_tab_lists_laws_reforms_and_the_timeline_as_text(monkeypatch):
    at = open_page(monkeypatch, lang="en")
    text = " ".join(m.value for m in at.markdown).replace("\\", "")  # markdown escapes
    assert (
        "[Act on Rehabilitative Work Activity 189/2001]"
        "(https://www.finlex.fi/fi/laki/ajantasa/2001/20010189)" in text
    )
    assert "01.01.2025" in text and "01.01.2023" in text and "25.11.2025" in text
    # The timeline's text alternative: every shipped path, in force today first, by title.
    assert (
        "- Central Ostrobothnia – rehabilitative work activity and work ability support (Soite): "
        "2025-01-01 – … (in force now)\n"
        "- North Ostrobothnia – rehabilitative work activity and work ability support in Pohde: "
        "2023-01-01 – … (in force now)\n"
        "- Ostrobothnia – work ability support unit and rehabilitative work activity: "
        "2023-01-01 – … (in force now)\n"
        "- Päijät-Häme – rehabilitative work activity and work ability support: "
        "2025-01-01 – … (in force now)\n"
        "- Rehabilitative work activity – national frame 2025–2026: 2025-01-01 – … (in force now)\n"
        "- Satakunta – rehabilitative work activity and work ability support: "
        "2025-01-01 – … (in force now)\n"
        "- Siun sote – the work ability support service chain and rehabilitative work activity: "
        "2021-09-01 – … (in force now)\n"
        "- AIMO Seinäjoki – one shared plan and a Kela personal guide (2019–2020): "
        "2019-01-01 – 2020-12-31 (ended – a historical description)\n"
        "- Kaiku – rehabilitation counselling and support to apply for rehabilitation: "
        "2022-02-01 – 2023-09-30 (ended – a historical description)\n"
        "- Meijän kyvyt käyttöön – rehabilitative work activity service path: "
        "2021-03-25 – 2022-12-31 (ended – a historical description)"
    ) in text


def quiz_path(tmp_path, minimal) -> None:
    """minimal.yaml with Kela added: one question, "who is responsible for the plan", whose
    options are the three actors and whose one right answer is Aikuissosiaalityö. The plan's
    only next step is the exit, so there is no "what follows" question."""
    minimal["actors"].append({"id": "kela", "kind": "kela", "name": "Kela"})
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")


def test_a_self_check_answer_is_judged_and_scored(monkeypatch, tmp_path, minimal):
    quiz_path(tmp_path, minimal)
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    assert "Score this time: 0/1 (in this session only)" in markdown(at)
    assert "1. Who is responsible for “Aktivointisuunnitelma” in Esimerkkikunta?" in markdown(at)
    (who,) = at.radio
    assert sorted(who.options) == ["Aikuissosiaalityö", "Asiakas", "Kela"]
    explanation = "Responsible for “Aktivointisuunnitelma”: Aikuissosiaalityö."
    who.set_value(who.options.index("Kela")).run()
    assert [e.value.replace("\\", "") for e in at.error] == [f"Not quite. {explanation}"]
    assert not at.success
    assert "Score this time: 0/1 (in this session only)" in markdown(at)
    who = at.radio[0]
    who.set_value(who.options.index("Aikuissosiaalityö")).run()
    assert [s.value.replace("\\", "") for s in at.success] == [f"Right. {explanation}"]
    assert not at.error
    assert "Score this time: 1/1 (in this session only)" in markdown(at)
    at.button(key="quiz-new").click().run()  # a new round starts unanswered
    assert not at.success and not at.error
    assert "Score this time: 0/1 (in this session only)" in markdown(at)


def test_a_right_answer_scores_a_point(monkeypatch, tmp_path, minimal):
    quiz_path(tmp_path, minimal)
    at = open_page(monkeypatch, folder=tmp_path, lang="fi")
    who = next(r for r in at.radio if "Aktivointisuunnitelma" in r.label)
    who.set_value(who.options.index("Aikuissosiaalityö")).run()
    assert [s.value.replace("\\", "") for s in at.success] == [
        "Oikein. Vaiheesta ”Aktivointisuunnitelma” vastaa: Aikuissosiaalityö."
    ]
    assert "Pisteet tällä kerralla: 1/1 (vain tässä istunnossa)" in markdown(at)


def test_no_paths_says_so(monkeypatch, tmp_path):
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    assert [i.value for i in at.info] == ["No valid path files were found."]


def test_a_question_with_several_right_answers_is_judged_only_when_checked(
    monkeypatch, tmp_path, minimal
):
    # One actor only, so no "who" question; two "what follows" questions: after Yhteydenotto
    # (Suunnitelma) and after Suunnitelma (Koulutukseen and Työhön: two right answers, the one
    # asked with a multiselect).
    minimal["actors"] = [{"id": "sos", "kind": "social-services", "name": "Sosiaalityö"}]
    owner = [{"actor": "sos", "role": "responsible"}]
    minimal["steps"] = [
        {"id": "a", "phase": "sisaan", "kind": "outreach", "title": "Yhteydenotto",
         "roles": owner, "next": ["b"]},
        {"id": "b", "phase": "sisaan", "kind": "activation-plan", "title": "Suunnitelma",
         "roles": owner, "next": ["c", "d"]},
        {"id": "c", "phase": "ulos", "kind": "exit-education", "title": "Koulutukseen",
         "roles": owner},
        {"id": "d", "phase": "ulos", "kind": "exit-employment", "title": "Työhön",
         "roles": owner},
    ]  # fmt: skip
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    assert len(at.radio) == 1 and len(at.multiselect) == 1
    several = at.multiselect[0]
    key = several.key
    submit = f"FormSubmitter:{key}-form-Check"
    assert sorted(several.options) == ["Koulutukseen", "Työhön", "Yhteydenotto"]
    assert "What follows “Suunnitelma”?" in markdown(at)

    def pick(*labels):
        options = at.multiselect(key=key).options
        return [options.index(label) for label in labels]

    explanation = "After “Suunnitelma”: Koulutukseen; Työhön."
    at.multiselect(key=key).set_value(pick("Koulutukseen")).run()
    assert not at.success and not at.error  # no verdict on a choice not yet checked
    at.multiselect(key=key).set_value(pick("Koulutukseen"))
    at.button(key=submit).click().run()
    assert [e.value.replace("\\", "") for e in at.error] == [f"Not quite. {explanation}"]
    assert not at.success
    at.multiselect(key=key).set_value(pick("Koulutukseen", "Työhön"))
    at.button(key=submit).click().run()
    assert [s.value.replace("\\", "") for s in at.success] == [f"Right. {explanation}"]
    assert not at.error
    assert "Score this time: 1/2 (in this session only)" in markdown(at)
