"""The onboarding page through AppTest: role and path from the link, the tour, the glossary
search, the law tab and the self-check.

Expected tours and titles are read from paths/*.yaml and polku/data/reference.yaml and written
here literally; the self-check runs on small fixtures whose right answers are known."""

import datetime as dt
from functools import partial

import pytest
from streamlit.testing.v1 import AppTest

from components.personas import scenarios
from polku.loader import load_library
from polku.persona import play
from polku.text import resolve
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


def stop_buttons(at: AppTest) -> list[str]:
    return [b.label.replace("\\", "") for b in at.button if b.key.startswith("tour-stop-")]


def test_the_tour_walks_the_roles_steps_and_the_link_keeps_role_and_path(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="pohjanmaa", role="kela")
    # pohjanmaa.yaml: the one kela actor has a role at step 4 (participates) and step 12
    # (responsible) and nowhere else.
    headings = ["4. Multisectoral assessment team", "12. Vocational rehabilitation"]
    assert at.selectbox(key="role").value == "kela"
    assert "2 steps where your role acts on this path" in markdown(at)
    assert stop_buttons(at) == [
        "1. Multisectoral assessment team (step 4)",
        "2. Vocational rehabilitation (step 12)",
    ]
    assert stop_heading(at) == headings[0]
    assert [b.key for b in at.button if b.key in ("tour-prev", "tour-quiz")] == []
    at.button(key="tour-next").click().run()
    assert stop_heading(at) == headings[1]
    assert at.query_params["stop"] == "ammatillinen-kuntoutus"
    assert [b.key for b in at.button if b.key == "tour-next"] == []  # the last stop
    at.button(key="tour-prev").click().run()
    assert stop_heading(at) == headings[0]
    assert at.query_params["role"] == "kela" and at.query_params["path"] == "pohjanmaa"


def test_a_stop_in_the_list_jumps_to_that_stop(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kaiku", role="social-services")
    # kaiku.yaml: sosiaalipalvelut acts at steps 2, 9 and 10.
    assert stop_buttons(at) == [
        "1. Taustalla: hankkeen monialainen kehittämistyöryhmä (askel 2)",
        "2. Sosiaalinen kuntoutus (askel 9)",
        "3. Ohjaus kuntouttavaan työtoimintaan (aktivointisuunnitelma) (askel 10)",
    ]
    at.button(key="tour-stop-2").click().run()
    assert stop_heading(at) == "10. Ohjaus kuntouttavaan työtoimintaan (aktivointisuunnitelma)"
    assert at.query_params["stop"] == "kuntouttava-tyotoiminta"
    assert [c.value for c in at.caption if c.value.startswith("Kohde")] == ["Kohde 3/3"]
    at.button(key="tour-stop-0").click().run()
    assert stop_heading(at) == "2. Taustalla: hankkeen monialainen kehittämistyöryhmä"


def test_a_stop_in_the_link_opens_that_stop(monkeypatch):
    at = open_page(
        monkeypatch, lang="en", path="pohjanmaa", role="kela", stop="ammatillinen-kuntoutus"
    )
    assert stop_heading(at) == "12. Vocational rehabilitation"


def test_the_last_stop_leads_to_the_self_check_on_the_same_role(monkeypatch):
    at = open_page(
        monkeypatch, lang="en", path="pohjanmaa", role="kela", stop="ammatillinen-kuntoutus"
    )
    assert "This was the last stop of the tour." in markdown(at)
    at.button(key="tour-quiz").click().run()
    assert at.radio(key="section").value == "quiz"
    assert at.query_params["section"] == "quiz"
    assert (
        "The questions are about the steps where your role (Kela) acts on the Ostrobothnia path."
        in [c.value for c in at.caption]
    )
    prompts = [m.value.replace("\\", "") for m in at.markdown if m.value.startswith("**")]
    prompts = [p for p in prompts if p[2:3].isdigit()]
    assert prompts  # every question is about step 4 or step 12, the steps where Kela acts
    titles = ("“Multisectoral assessment team”", "“Vocational rehabilitation”")
    assert all(any(title in p for title in titles) for p in prompts), prompts
    assert prompts[0].startswith("**1. What is your role (Kela) at ")


def test_an_unstated_handoff_is_said_once_not_on_every_neighbour(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kaiku", role="kela")
    # kaiku.yaml: kela acts only at step 8, ammatillinen-kuntoutus, reached from kuntoutushaku
    # and tilanteen-tarkistus, neither transition stating its handoff.
    assert "siirron tapaa ei kerrottu" not in markdown(at)
    note = "Kun siirtoa ei sanota lämpimäksi tai kylmäksi, polun kuvaus ei kerro sitä."
    assert [c.value for c in at.caption].count(note) == 1


def test_the_finnish_tour_glosses_terms_in_finnish_only(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="pohjanmaa", role="kela")
    text = markdown(at)
    # The step's text names hyvinvointialue: its definition in reference.yaml, in Finnish.
    assert (
        "- **hyvinvointialue**: Alue, joka on 1.1.2023 alkaen järjestänyt sosiaali- ja "
        "terveyspalvelut kuntien sijaan, myös kuntouttavan työtoiminnan." in text
    )
    assert "wellbeing services county" not in text and " = " not in text


def test_the_english_tour_names_a_term_in_finnish_too_and_says_so(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="pohjanmaa", role="kela")
    assert (
        "- **employment authority (in Finnish työvoimaviranomainen)**: The municipality or "
        "employment area that has run employment services since 1 January 2025 (formerly the TE "
        "Office); makes the activation plan with the wellbeing services county and the client."
    ) in markdown(at)


def test_changing_the_role_changes_the_tour_and_the_link(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kaiku")
    assert at.selectbox(key="role").value == "social-services"  # the default where present
    assert "Sosiaalipalvelut" in at.selectbox(key="role").options  # a name on its own: capital
    # kaiku.yaml: sosiaalipalvelut first acts at step 2, the project's background working group.
    assert stop_heading(at) == "2. Taustalla: hankkeen monialainen kehittämistyöryhmä"
    assert "3 askelta, joissa roolisi toimii tällä polulla" in markdown(at)  # steps 2, 9, 10
    at.selectbox(key="role").set_value("health-care").run()
    assert at.query_params["role"] == "health-care"
    # terveydenhuolto acts at step 4 (participates) and step 7 (responsible).
    assert "2 askelta, joissa roolisi toimii tällä polulla" in markdown(at)
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
COLUMNS = {  # the term and its definition in the UI language first, then the other two
    "fi": ["Termi", "Selitys", "Ruotsiksi", "Englanniksi", "Lähde"],
    "sv": ["Term", "Förklaring", "På finska", "På engelska", "Källa"],
    "en": ["Term", "Definition", "In Finnish", "In Swedish", "Source"],
}


def glossary(at: AppTest) -> list[list[str]]:
    table = at.table[0].value
    return [[str(v).replace("\\", "") for v in row] for _, row in table.iterrows()]


@pytest.mark.parametrize(
    ("lang", "query", "rows"),
    [
        # The file's own term and the core glossary's entries whose name or definition has
        # "toimeentulo" (reference.yaml: toimeentulotuki, toimintaraha), by the Finnish name.
        (
            "fi",
            "toimeentulo",
            [
                [
                    "**kulukorvaus-lisä**",
                    "Maksetaan toimeentulotukea saavalle.",
                    "",
                    "",
                    "Esimerkkikunta",
                ],
                [
                    "**toimeentulotuki**",
                    "Viimesijainen taloudellinen tuki, kun tulot ja varat eivät riitä "
                    "välttämättömiin menoihin. Perustoimeentulotuen maksaa Kela.",
                    "utkomststöd",
                    "social assistance",
                    "yleinen sanasto",
                ],
                [
                    "**toimintaraha**",
                    "9 euroa osallistumispäivältä toimeentulotukea saavalle; ei pienennä "
                    "toimeentulotukea.",
                    "verksamhetspenning †",
                    "activity allowance",
                    "yleinen sanasto",
                ],
            ],
        ),
        # In Swedish, by the Swedish name; the Finnish-only term is named and defined in
        # Finnish, saying so.
        (
            "sv",
            "TOIMEENTULOTUKEA saavalle",
            [
                [
                    "**kulukorvaus-lisä** (på finska)",
                    "(på finska) Maksetaan toimeentulotukea saavalle.",
                    "kulukorvaus-lisä",
                    "",
                    "Esimerkkikunta",
                ],
                [
                    "**verksamhetspenning †**",
                    "9 euro per deltagardag för den som får utkomststöd; minskar inte "
                    "utkomststödet.",
                    "toimintaraha",
                    "activity allowance",
                    "allmän ordlista",
                ],
            ],
        ),
        (
            "en",
            "SOCIAL  assistance",
            [
                [
                    "**activity allowance**",
                    "9 euros per day attended for people on social assistance; it does not "
                    "reduce the assistance.",
                    "toimintaraha",
                    "verksamhetspenning †",
                    "core glossary",
                ],
                [
                    "**social assistance**",
                    "Last-resort financial support when income and assets do not cover "
                    "essential costs. Kela pays basic social assistance.",
                    "toimeentulotuki",
                    "utkomststöd",
                    "core glossary",
                ],
            ],
        ),
    ],
)
def test_glossary_search_filters_the_table(monkeypatch, tmp_path, minimal, lang, query, rows):
    (tmp_path / "m.yaml").write_text(dump(minimal | GLOSSARY_PATH), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang=lang, section="glossary")
    assert len(at.table[0].value) == 35  # 34 core terms in reference.yaml + the file's one
    assert list(at.table[0].value.columns) == COLUMNS[lang]
    at.text_input(key="glossary-q").input(query).run()
    assert glossary(at) == rows
    results = {"fi": "{n} termiä", "sv": "{n} termer", "en": "{n} terms"}[lang]
    assert results.format(n=len(rows)) in [c.value for c in at.caption]


@pytest.mark.parametrize(("lang", "one"), [("fi", "1 termi"), ("sv", "1 term"), ("en", "1 term")])
def test_one_term_found_is_said_in_the_singular(monkeypatch, lang, one):
    at = open_page(monkeypatch, lang=lang, section="glossary")
    at.text_input(key="glossary-q").input("kuntoutusraha").run()  # one core term
    assert one in [c.value for c in at.caption]


def test_each_term_is_in_the_glossary_once_with_every_source(monkeypatch):
    at = open_page(monkeypatch, lang="fi", section="glossary")
    rows = glossary(at)
    names = [r[0].strip("*").casefold() for r in rows]
    assert len(names) == len(set(names))
    # 34 core terms and 39 terms in the shipped files' glossaries, 17 of the latter a core term
    # again or another file's (aktivointisuunnitelma in 5 files, kulukorvaus in 4, 8 others
    # once each): 73 − 17 = 56.
    assert len(rows) == 56
    plan = next(r for r in rows if r[0] == "**aktivointisuunnitelma**")
    assert plan == [
        "**aktivointisuunnitelma**",
        "Työvoimaviranomaisen, hyvinvointialueen ja asiakkaan yhdessä laatima suunnitelma, jossa "
        "sovitaan kuntouttavasta työtoiminnasta ja muusta tuesta.",
        "aktiveringsplan",
        "activation plan",
        "yleinen sanasto, Koko Suomi, Keski-Pohjanmaa, Päijät-Häme, Pohjois-Pohjanmaa, Satakunta",
    ]


@pytest.mark.parametrize(
    ("lang", "dates"),
    [
        ("fi", ["1.1.2023", "1.1.2025", "25.11.2025"]),
        ("sv", ["1 jan. 2023", "1 jan. 2025", "25 nov. 2025"]),
        ("en", ["1 Jan 2023", "1 Jan 2025", "25 Nov 2025"]),
    ],
)
def test_the_reforms_are_dated_as_each_language_writes_dates(monkeypatch, lang, dates):
    at = open_page(monkeypatch, lang=lang, section="law")
    text = markdown(at)
    assert all(f"- **{d}** — " in text for d in dates), text
    assert "2025-01-01" not in text and "01.01.2025" not in text


def test_the_law_section_lists_laws_reforms_and_the_timeline_as_text(monkeypatch):
    at = open_page(monkeypatch, lang="en", section="law")
    text = " ".join(m.value for m in at.markdown).replace("\\", "")  # markdown escapes
    assert (
        "[Act on Rehabilitative Work Activity 189/2001]"
        "(https://www.finlex.fi/fi/laki/ajantasa/2001/20010189)" in text
    )
    # The timeline's text alternative: every shipped path, in force today first, by title.
    assert (
        "- Central Ostrobothnia – rehabilitative work activity and work ability support (Soite): "
        "1 Jan 2025 – … (in force now)\n"
        "- North Ostrobothnia – rehabilitative work activity and work ability support in Pohde: "
        "1 Jan 2023 – … (in force now)\n"
        "- Ostrobothnia – work ability support unit and rehabilitative work activity: "
        "1 Jan 2023 – … (in force now)\n"
        "- Päijät-Häme – rehabilitative work activity and work ability support: "
        "1 Jan 2025 – … (in force now)\n"
        "- Rehabilitative work activity – national frame 2025–2026: 1 Jan 2025 – … (in force now)\n"
        "- Satakunta – rehabilitative work activity and work ability support: "
        "1 Jan 2025 – … (in force now)\n"
        "- Siun sote – the work ability support service chain and rehabilitative work activity: "
        "1 Sept 2021 – … (in force now)\n"
        "- AIMO Seinäjoki – one shared plan and a Kela personal guide (2019–2020): "
        "1 Jan 2019 – 31 Dec 2020 (ended – a historical description)\n"
        "- Kaiku – rehabilitation counselling and support to apply for rehabilitation: "
        "1 Feb 2022 – 30 Sept 2023 (ended – a historical description)\n"
        "- Meijän kyvyt käyttöön – rehabilitative work activity service path: "
        "25 Mar 2021 – 31 Dec 2022 (ended – a historical description)"
    ) in text


def quiz_path(tmp_path, minimal) -> None:
    """minimal.yaml with Kela added (no role), a short region name in front of the organiser's,
    the plan's task and its source. Social services (the default role) act only at the plan:
    two questions, "your role at the plan" (responsible, of the four role words) and "who is
    responsible for the plan" (the three actors; Aikuissosiaalityö). The plan's only next step
    is the exit, so there is no "what follows" question."""
    minimal["actors"].append({"id": "kela", "kind": "kela", "name": "Kela"})
    minimal["region"] = "Esimerkkikunta (Esimerkin hyvinvointialue)"
    minimal["sources"] = [{"id": "laki", "title": "Laki 189/2001"}]
    minimal["steps"][0]["roles"][0]["task"] = "Tekee suunnitelman asiakkaan kanssa"
    minimal["steps"][0]["sources"] = ["laki"]
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")


def quiz_radios(at: AppTest):
    return [r for r in at.radio if r.key.startswith("quiz-")]


def test_a_self_check_answer_is_judged_explained_and_linked_to_the_step(
    monkeypatch, tmp_path, minimal
):
    quiz_path(tmp_path, minimal)
    at = open_page(monkeypatch, folder=tmp_path, lang="en", section="quiz")
    assert "Score this time: 0/2 (in this session only)" in markdown(at)
    assert "1. What is your role (social services) at “Aktivointisuunnitelma”?" in markdown(at)
    assert "2. Who is responsible for “Aktivointisuunnitelma” in Esimerkkikunta?" in markdown(at)
    role, who = quiz_radios(at)
    assert role.options == ["responsible", "participates", "consulted", "informed"]
    assert sorted(who.options) == ["Aikuissosiaalityö", "Asiakas", "Kela"]
    why = (
        "Responsible for “Aktivointisuunnitelma”: Aikuissosiaalityö.  \n"
        "The task in the description (Aikuissosiaalityö): “Tekee suunnitelman asiakkaan kanssa”  \n"
        "Source: Laki 189/2001  \n"
        "[Open step 1 in the path explorer]"
        "(explorer?path=esimerkki&step=suunnitelma&actor=social-services&lang=en)"
    )
    who.set_value(who.options.index("Kela")).run()
    assert [e.value.replace("\\", "") for e in at.error] == [f"Not quite. {why}"]
    assert not at.success
    who = quiz_radios(at)[1]
    who.set_value(who.options.index("Aikuissosiaalityö")).run()
    assert [s.value.replace("\\", "") for s in at.success] == [f"Right. {why}"]
    assert "Score this time: 1/2 (in this session only)" in markdown(at)
    role = quiz_radios(at)[0]
    role.set_value(role.options.index("responsible")).run()
    assert "Score this time: 2/2 (in this session only)" in markdown(at)
    at.button(key="quiz-new").click().run()  # a new round starts unanswered
    assert not at.success and not at.error
    assert "Score this time: 0/2 (in this session only)" in markdown(at)


def test_a_right_answer_scores_a_point(monkeypatch, tmp_path, minimal):
    quiz_path(tmp_path, minimal)
    at = open_page(monkeypatch, folder=tmp_path, lang="fi", section="quiz")
    who = next(r for r in quiz_radios(at) if "Kuka vastaa" in r.label)
    who.set_value(who.options.index("Aikuissosiaalityö")).run()
    (success,) = at.success
    assert success.value.replace("\\", "").startswith(
        "Oikein. Askeleesta ”Aktivointisuunnitelma” vastaa: Aikuissosiaalityö.  \n"
        "Tehtävä kuvauksessa (Aikuissosiaalityö): ”Tekee suunnitelman asiakkaan kanssa”  \n"
        "Lähde: Laki 189/2001  \n"
        "[Avaa askel 1 polun tutkijassa](explorer?path=esimerkki&step=suunnitelma"
    )
    assert "Pisteet tällä kerralla: 1/2 (vain tässä istunnossa)" in markdown(at)


@pytest.mark.parametrize(
    ("lang", "stops"),
    [
        ("fi", "1 askel, jossa roolisi toimii tällä polulla"),
        ("sv", "1 steg där din roll agerar på stigen"),
        ("en", "1 step where your role acts on this path"),
    ],
)
def test_one_stop_is_said_in_the_singular(monkeypatch, tmp_path, minimal, lang, stops):
    quiz_path(tmp_path, minimal)
    at = open_page(monkeypatch, folder=tmp_path, lang=lang)
    assert f"**{stops}**" in markdown(at)


def test_no_paths_says_so(monkeypatch, tmp_path):
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    assert [i.value for i in at.info] == ["No valid path files were found."]


def test_a_question_with_several_right_answers_is_judged_only_when_checked(
    monkeypatch, tmp_path, minimal
):
    # One actor only, so no "who" question. Its role is at all four steps: four "your role"
    # questions (one answer each), and two "what follows" questions: after Yhteydenotto
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
    at = open_page(monkeypatch, folder=tmp_path, lang="en", section="quiz")
    assert len(quiz_radios(at)) == 5 and len(at.multiselect) == 1
    several = at.multiselect[0]
    key = several.key
    submit = f"FormSubmitter:{key}-form-Check"
    assert sorted(several.options) == ["Koulutukseen", "Työhön", "Yhteydenotto"]
    assert "What follows “Suunnitelma”?" in markdown(at)

    def pick(*labels):
        options = at.multiselect(key=key).options
        return [options.index(label) for label in labels]

    explanation = "After “Suunnitelma”: Koulutukseen; Työhön."
    link = "[Open step 2 in the path explorer]"

    def verdicts(elements) -> list[str]:
        return [e.value.replace("\\", "").split("  \n")[0] for e in elements]

    at.multiselect(key=key).set_value(pick("Koulutukseen")).run()
    assert not at.success and not at.error  # no verdict on a choice not yet checked
    at.multiselect(key=key).set_value(pick("Koulutukseen"))
    at.button(key=submit).click().run()
    assert verdicts(at.error) == [f"Not quite. {explanation}"]
    assert link in at.error[0].value.replace("\\", "")
    assert not at.success
    at.multiselect(key=key).set_value(pick("Koulutukseen", "Työhön"))
    at.button(key=submit).click().run()
    assert verdicts(at.success) == [f"Right. {explanation}"]
    assert not at.error
    assert "Score this time: 1/6 (in this session only)" in markdown(at)


# --- follow an example person (components/onboarding_persona.py) ----------------------------


def persona_stops(at: AppTest) -> list[str]:
    return [b.label.replace("\\", "") for b in at.button if b.key.startswith("ptour-stop-")]


def played(path_id: str, persona: str):
    """The graph and the walk the page should show, from polku.persona.play."""
    graph = load_library([SHIPPED]).graphs[path_id]
    return graph, play(graph, scenarios()[persona])


def test_following_a_person_goes_through_the_walk_stop_by_stop_to_its_end(monkeypatch):
    at = open_page(
        monkeypatch, lang="en", path="kansallinen", section="persona", persona="selkakipu-45"
    )
    graph, walk = played("kansallinen", "selkakipu-45")
    # python -m polku --lang en play selkakipu-45 kansallinen: three steps, then the path ends.
    assert walk.step_ids == ["tunnistaminen", "terveystarkastus", "laakinnallinen-kuntoutus"]
    assert walk.end == "exit"
    titles = [
        "Recognising long-term unemployment and the need for support",
        "Health check for the unemployed",
        "Treatment and medical rehabilitation",
    ]
    assert persona_stops(at) == [f"{i}. {title}" for i, title in enumerate(titles, 1)]
    assert at.selectbox(key="persona").value == "selkakipu-45"
    text = markdown(at)
    assert "labour market subsidy" in text  # the description
    assert "https://www.ttl.fi/oppimateriaalit/tyokyvyn-tuki" in text  # the source
    assert "The situation at the start: Health concern, Unemployment benefit" in text
    assert "Employment authority (municipality or employment area)** — responsible" in text
    assert "The path goes this way when the situation is: Health concern." in text
    assert "How the walk ended" not in [h.value for h in at.subheader]
    seen = [stop_heading(at)]
    while [b for b in at.button if b.key == "ptour-next"]:
        at.button(key="ptour-next").click().run()
        assert not at.exception
        seen.append(stop_heading(at))
    numbers = [graph.order.index(s) + 1 for s in walk.step_ids]
    assert seen == [f"{n}. {title}" for n, title in zip(numbers, titles, strict=True)]
    assert at.query_params["pstop"] == "3"
    assert [c.value for c in at.caption if c.value.startswith("Stop")] == ["Stop 3 of 3"]
    assert "How the walk ended" in [h.value for h in at.subheader]
    assert "The path ends here: Treatment and medical rehabilitation." in markdown(at)
    assert "the situation changes, now also: Reduced work ability" not in markdown(at)
    at.button(key="ptour-stop-1").click().run()
    assert stop_heading(at).endswith("Health check for the unemployed")
    assert [i.value.replace("\\", "") for i in at.info] == [
        "The situation changes, now also: Reduced work ability"
    ]
    assert "How the walk ended" not in [h.value for h in at.subheader]


def test_an_open_walk_ends_with_the_question_and_the_branchs_conditions(monkeypatch):
    graph, walk = played("kansallinen", "nuori-opiskelu-22")
    assert walk.end == "open" and len(walk.options) >= 2
    at = open_page(
        monkeypatch,
        lang="fi",
        path="kansallinen",
        section="persona",
        persona="nuori-opiskelu-22",
        pstop=str(len(walk.steps)),
    )
    text = markdown(at)
    step = resolve(graph.steps[walk.end_step].title, "fi", graph.path.language).text
    assert f"Kulku pysähtyy kohtaan {step}: polku jättää auki" in text
    for tr in walk.options:
        target = resolve(graph.steps[tr.to].title, "fi", graph.path.language).text
        assert f"→ **{graph.order.index(tr.to) + 1}. {target}**" in text
    assert "Miten kulku päättyi" in [h.value for h in at.subheader]


def test_another_person_starts_from_the_first_stop_and_an_unknown_one_is_reported(monkeypatch):
    at = open_page(
        monkeypatch,
        lang="en",
        path="kansallinen",
        section="persona",
        persona="selkakipu-45",
        pstop="2",
    )
    assert stop_heading(at).endswith("Health check for the unemployed")
    at.selectbox(key="persona").set_value("nuori-opiskelu-22").run()
    assert at.query_params["persona"] == "nuori-opiskelu-22"
    assert at.query_params["pstop"] == "1"
    at = open_page(monkeypatch, lang="en", path="kansallinen", section="persona", persona="nobody")
    assert any("nobody" in w.value for w in at.warning)
    assert at.selectbox(key="persona").value == next(iter(scenarios()))


def test_a_walk_of_one_stop_where_several_ways_fit_says_so(monkeypatch):
    graph, walk = played("kansallinen", "keskeytys-52")
    assert walk.end == "several" and len(walk.steps) == 1
    at = open_page(
        monkeypatch, lang="en", path="kansallinen", section="persona", persona="keskeytys-52"
    )
    assert persona_stops(at) == [
        "1. " + resolve(graph.steps[walk.end_step].title, "en", graph.path.language).text
    ]
    assert [b.key for b in at.button if b.key in ("ptour-prev", "ptour-next")] == []
    assert "several ways fit this person, and the path does not say which one" in markdown(at)
    for tr in walk.options:
        assert f"→ **{graph.order.index(tr.to) + 1}. " in markdown(at)
