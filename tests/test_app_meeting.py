"""Meeting mode logic through AppTest: the walk, choices, going back, language, fallback.

Expected titles and routes are read from paths/*.yaml and written here literally."""

import datetime as dt
from functools import partial

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from polku.loader import load_library
from polku.persona import play
from polku.scenario import load_scenario_file, shipped_scenarios
from polku.text import resolve
from tests.apptest import run_page
from tests.conftest import SHIPPED, dump

open_page = partial(run_page, page="meeting", folder=SHIPPED, lang="fi")


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr("components.library.today", lambda: dt.date(2026, 11, 23))


def header(at: AppTest) -> str:
    return at.header[0].value.replace("\\", "")  # file text is escaped for Markdown


def forward_buttons(at: AppTest):
    return [b for b in at.button if str(b.key).startswith(("meeting-next", "meeting-choice-"))]


def test_walk_to_an_exit_through_a_chosen_branch_and_back(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="pohjanmaa")
    route = [at.query_params["step"]]
    chose_at_branch = False
    for _ in range(40):
        buttons = forward_buttons(at)
        if not buttons:
            break
        chose_at_branch |= len(buttons) > 1
        buttons[-1].click().run()
        route.append(at.query_params["step"])
    assert chose_at_branch
    # pohjanmaa.yaml, always the last button: the coordinator's second choice (the
    # multiprofessional team), then the plan's fourth (pension), an exit.
    assert route == [
        "hakeutuminen",
        "kartoitus",
        "asiakasvastaava",
        "moniammatillinen-arviointi",
        "suunnitelma",
        "elake",
    ]
    assert header(at) == "Into pension"
    assert [s.value for s in at.success] == ["This is where the path ends."]
    walked = [m.value.replace("\\", "") for m in at.markdown if "The way so far" in m.value]
    # Numbered as walked (not by the file's order), the current step in bold.
    assert walked == [
        "The way so far: 1. Low-threshold contact – no referral → 2. Mapping the situation"
        " → 3. A client coordinator is named → 4. The multiprofessional team assesses work and"
        " functional capacity → 5. Plan, and an activation plan when needed → **6. Into pension**"
        " (You are here)"
    ]
    at.button(key="meeting-back").click().run()
    assert at.query_params["step"] == "suunnitelma"
    assert header(at) == "Plan, and an activation plan when needed"


def test_switching_language_keeps_the_place(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kansallinen")
    forward_buttons(at)[0].click().run()
    forward_buttons(at)[0].click().run()
    place = at.query_params["step"]
    # kansallinen.yaml: first choice at step 1 (health check), then at step 2 (social welfare).
    assert place == "palvelutarpeen-arviointi"
    assert header(at) == "Sosiaalihuollon palvelutarpeen arviointi"
    at.session_state["ui_lang"] = "sv"
    at.run()
    assert at.query_params["step"] == place
    assert header(at) == "Bedömning av servicebehovet inom socialvården"
    assert at.button(key="meeting-back").label == "Tillbaka"
    at.button(key="meeting-back").click().run()  # the way walked survived the switch
    assert at.query_params["step"] == "terveystarkastus"
    assert header(at) == "Hälsoundersökning för arbetslösa"


def test_a_missing_client_text_falls_back_to_the_title_and_says_so(monkeypatch, tmp_path, minimal):
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    assert header(at) == "Aktivointisuunnitelma"
    assert any("plain-language text has not been written" in m.value for m in at.markdown)
    assert [b.label for b in forward_buttons(at)] == ["Next: Koulutukseen"]


def test_the_handout_offers_pdf_and_html_with_the_name_typed(monkeypatch):
    made = {}  # file name -> the callable the download button runs at the click
    add_deferred = MediaFileManager.add_deferred

    def recording(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        made[file_name] = data_callable
        return add_deferred(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", recording)
    at = open_page(monkeypatch, lang="en", path="kaiku")
    assert at.text_input(key="handout-name").max_chars == 80
    assert [b.label for b in at.get("download_button")] == [
        "Download the handout (PDF)",
        "Printable page (HTML)",
    ]
    at.text_input(key="handout-name").input("Maija <b>").run()
    page = made["polku-kaiku.html"]()
    assert page.startswith('<!doctype html><html lang="en">')
    assert "<h1>Your path: Kaiku – rehabilitation counselling and support to apply for" in page
    assert "<p>For: Maija &lt;b&gt;</p>" in page  # the name typed, as text
    assert "<h2>You are now at: A grey area in the service system – no one is clearly" in page
    assert made["polku-kaiku.pdf"]().startswith(b"%PDF-")


# --- practising with an example person ------------------------------------------------------

LIBRARY = load_library([SHIPPED])
SCENARIOS = {s.id: s for s in (load_scenario_file(p).scenario for p in shipped_scenarios())}


def persona_walk_on_screen(at: AppTest) -> list[str]:
    """Next until there is none; the headings seen, in order."""
    seen = [header(at)]
    for _ in range(20):
        buttons = [b for b in at.button if b.key == "persona-next"]
        if not buttons:
            return seen
        assert not forward_buttons(at)  # the persona goes on, not the client's choices
        buttons[0].click().run()
        assert not at.exception, at.exception
        seen.append(header(at))
    raise AssertionError(f"no end: {seen}")


def plain(texts) -> list[str]:
    return [x.value.replace("\\", "") for x in texts]


def test_practice_starts_with_the_toggle_walks_to_an_exit_and_leaving_returns_to_the_meeting(
    monkeypatch,
):
    at = open_page(monkeypatch, lang="en", path="kansallinen")
    forward_buttons(at)[0].click().run()  # the ordinary meeting, one step on
    assert at.query_params["step"] == "terveystarkastus"
    at.toggle(key="persona-practice").set_value(True).run()
    at.selectbox(key="persona").select("selkakipu-45").run()
    assert at.query_params["persona"] == "selkakipu-45"
    shown = plain(at.markdown)
    # scenarios/selkakipu-45.yaml: the description and the situations at the start.
    assert "A 45-year-old, long unemployed, receives labour market subsidy." in " ".join(shown)
    assert "The situation at the start: Health concern, Unemployment benefit" in shown
    # Practice starts at the path's entry, whatever step the meeting was at.
    assert header(at) == "Recognising long-term unemployment and the need for support"
    assert (
        "**The example person goes on: Health check for the unemployed, because: Health concern**"
        in shown
    )
    seen = persona_walk_on_screen(at)
    # python -m polku --lang en play selkakipu-45 kansallinen
    assert seen == [
        "Recognising long-term unemployment and the need for support",
        "Health check for the unemployed",
        "Treatment and medical rehabilitation",
    ]
    assert plain(at.success) == ["The path ends here: Treatment and medical rehabilitation."]
    at.button(key="meeting-back").click().run()
    assert header(at) == "Health check for the unemployed"
    assert "At this step the situation changes, now also: Reduced work ability" in plain(
        at.markdown
    )
    # Leaving practice: the ordinary meeting where it was, the persona gone from the link.
    at.toggle(key="persona-practice").set_value(False).run()
    assert "persona" not in at.query_params
    assert at.query_params["step"] == "terveystarkastus"
    assert header(at) == "Health check for the unemployed"
    assert forward_buttons(at) and not [b for b in at.button if b.key == "persona-next"]


@pytest.mark.parametrize("persona", sorted(SCENARIOS))
@pytest.mark.parametrize("path_id", ["kansallinen", "pohjanmaa"])
def test_a_persona_in_the_link_walks_the_steps_play_walks_and_says_why_it_ends(
    monkeypatch, persona, path_id
):
    graph = LIBRARY.graphs[path_id]
    walk = play(graph, SCENARIOS[persona])
    at = open_page(monkeypatch, lang="fi", path=path_id, persona=persona)
    assert at.toggle(key="persona-practice").value is True
    seen = persona_walk_on_screen(at)
    titles = [resolve(graph.steps[s].title, "fi", "fi").text for s in walk.step_ids]
    assert seen == titles
    end_title = resolve(graph.steps[walk.end_step].title, "fi", "fi").text
    if walk.end == "exit":
        assert plain(at.success) == [f"Polku päättyy tähän: {end_title}."]
    else:
        (said,) = plain(at.info)
        assert end_title in said
        assert said.startswith(("Kulku pysähtyy", "Kulku pysäytettiin"))
    if walk.end in ("open", "several"):
        shown = plain(at.markdown)
        listed = shown[shown.index("**Vaihtoehdot tästä eteenpäin:**") + 1]
        for tr in walk.options:
            assert resolve(graph.steps[tr.to].title, "fi", "fi").text in listed


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("fi", "Linkin esimerkkihenkilöä ”ei-ole” ei löytynyt."),
        ("sv", "Exempelpersonen ”ei-ole” i länken hittades inte."),
        ("en", "The example person “ei-ole” in the link was not found."),
    ],
)
def test_an_unknown_persona_in_the_link_gives_a_notice_and_the_ordinary_meeting(
    monkeypatch, lang, notice
):
    at = open_page(monkeypatch, lang=lang, path="kansallinen", persona="ei-ole")
    (said,) = plain(at.warning)
    assert said.startswith(notice)
    assert "persona" not in at.query_params
    assert at.toggle(key="persona-practice").value is False
    assert forward_buttons(at)
