"""Your own path through AppTest: starting points, asking before replacing or discarding, a
draft that stays valid or is explained, the session's own path showing on other pages, and
the editor's tables: headers and drop-downs in the UI language, codes in the file."""

import copy
import datetime as dt
import json
from functools import partial

import pytest
import yaml

from components.library import OWN
from components.own_editor import shown_names
from polku.edit import apply_edit, delta_codes, reference_labels, to_tables
from polku.models import ACTOR_KINDS, HANDOFFS, PHASE_KINDS, ROLE_KINDS, STEP_KINDS
from polku.yaml_out import dump_raw
from tests.apptest import run_page
from tests.conftest import SHIPPED, dump

open_own = partial(run_page, page="own", folder=SHIPPED, lang="en")
DRAFT = "_own_draft"


def own_paths(minimal, n: int) -> dict[str, str]:
    """`n` valid own paths, as a session holds them: {id: YAML text}."""
    out = {}
    for i in range(1, n + 1):
        minimal["id"] = f"oma-{i:02}"
        out[minimal["id"]] = dump(minimal)
    return out


def notices(at) -> list[str]:
    return [e.value.replace("\\", "") for e in (*at.error, *at.warning, *at.success)]


def test_the_template_starts_a_valid_draft_that_is_used_in_the_session(monkeypatch, downloads):
    at = open_own(monkeypatch)
    assert any("No draft yet" in i.value for i in at.info)
    at.text_input(key="own-region").input("Vaasa").run()
    at.button(key="own-start-template").click().run()
    assert not at.exception
    assert at.session_state[DRAFT]["data"]["region"] == "Vaasa"
    assert "vaasa" in at.session_state[OWN]
    assert any("Valid: path vaasa is in use in this session" in s.value for s in at.success)
    assert [b.label for b in at.get("download_button")] == [
        "Download the commented template",
        "Download YAML",
    ]
    draft = yaml.safe_load(downloads["vaasa.yaml"])  # the draft as it stands, to keep
    assert (draft["id"], draft["region"], draft["language"]) == ("vaasa", "Vaasa", "en")


def test_replacing_a_draft_asks_first(monkeypatch):
    at = open_own(monkeypatch)
    at.button(key="own-start-template").click().run()
    first = at.session_state[DRAFT]["data"]["id"]
    at.selectbox(key="own-copy-which").select("kaiku").run()
    at.button(key="own-start-copy").click().run()
    assert at.session_state[DRAFT]["data"]["id"] == first  # not yet
    assert any("replaces your current draft" in w.value for w in at.warning)
    at.button(key="own-replace-no").click().run()
    assert at.session_state[DRAFT]["data"]["id"] == first
    at.button(key="own-start-copy").click().run()
    at.button(key="own-replace-yes").click().run()
    assert at.session_state[DRAFT]["data"]["id"] == "kaiku-oma"
    assert "kaiku-oma" in at.session_state[OWN]


def test_discarding_asks_first_and_then_withdraws_the_path(monkeypatch):
    at = open_own(monkeypatch)
    at.button(key="own-start-template").click().run()
    at.button(key="own-discard").click().run()
    assert at.session_state[DRAFT]  # only asked so far
    at.button(key="own-discard-no").click().run()
    assert at.session_state[DRAFT]
    at.button(key="own-discard").click().run()
    at.button(key="own-discard-yes").click().run()
    assert DRAFT not in at.session_state or not at.session_state[DRAFT]
    assert not at.session_state[OWN]


def test_an_invalid_draft_is_kept_and_explained(monkeypatch, minimal):
    at = open_own(monkeypatch)
    minimal["steps"][0]["phase"] = "ei-ole"
    at.session_state[DRAFT] = {
        "data": minimal,
        "lang": "fi",
        "v": {k: 0 for k in ("actors", "phases", "steps", "roles", "transitions")},
        "published": None,
        "valid_text": None,
    }
    at.run()
    assert not at.exception
    message = at.error[0].value
    assert "The draft is not valid yet" in message and "line" in message
    assert at.session_state[DRAFT]["data"]["steps"][0]["phase"] == "ei-ole"


def test_a_sessions_own_path_shows_in_the_explorer_and_home(monkeypatch, minimal):
    minimal["id"] = "oma-testi"
    minimal["title"] = "Oma testipolku"
    explorer = partial(run_page, page="explorer", folder=SHIPPED, lang="fi")
    at = explorer(monkeypatch, state={OWN: {"oma-testi": dump(minimal)}}, path="oma-testi")
    assert not at.exception
    assert not [w for w in at.warning if w.icon == ":material/link_off:"]
    assert at.selectbox(key="path").value == "oma-testi"
    # Another session (a fresh AppTest) does not have it: the link names an unknown path.
    other = explorer(monkeypatch, path="oma-testi")
    assert other.selectbox(key="path").value != "oma-testi"
    assert [w for w in other.warning if w.icon == ":material/link_off:"]


def test_the_template_download_is_the_template_in_the_ui_language(monkeypatch, downloads):
    at = open_own(monkeypatch, lang="sv")
    assert at.text_input(key="own-region").max_chars == 80
    assert [b.label for b in at.get("download_button")] == ["Ladda ner den kommenterade mallen"]
    at.text_input(key="own-region").input("Vaasa").run()
    text = downloads["polku-pohja.yaml"].decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == (
        "# Egen servicestig – mall. Redigera, ta bort och lägg till; filen är giltig som den är."
    )
    assert lines[2:7] == [
        "format: 1",
        "id: vaasa",
        "language: sv",
        'title: "Vaasa – stigen för arbetsverksamhet i rehabiliteringssyfte"',
        'region: "Vaasa"',
    ]
    assert '    title: "Aktiveringsplan"' in lines
    data = yaml.safe_load(text)  # the comments are comments: the rest is the path
    assert data["id"] == "vaasa" and data["valid_from"] == dt.date.today()
    assert [a["id"] for a in data["actors"]] == [
        "asiakas",
        "sosiaalipalvelut",
        "tyollisyyspalvelut",
        "jarjestaja",
    ]


def test_the_twentieth_own_path_is_taken_and_the_twenty_first_refused(monkeypatch, minimal):
    at = open_own(monkeypatch, lang="sv", state={OWN: own_paths(minimal, 19)})
    minimal["id"] = "uusi"
    at.file_uploader(key="own-upload").upload("uusi.yaml", dump(minimal).encode(), "text/yaml")
    at.run()
    assert "uusi" in at.session_state[OWN] and len(at.session_state[OWN]) == 20
    assert notices(at)[0].startswith("- Stigen uusi används nu i den här sessionen")

    at = open_own(monkeypatch, lang="sv", state={OWN: own_paths(minimal, 20)})
    minimal["id"] = "uusi"
    at.file_uploader(key="own-upload").upload("uusi.yaml", dump(minimal).encode(), "text/yaml")
    at.run()
    assert not at.exception
    assert notices(at) == [
        "- Sessionen har redan 20 egna stigar. Kasta utkastet eller ladda om sidan för att "
        "börja om."
    ]
    assert "uusi" not in at.session_state[OWN] and len(at.session_state[OWN]) == 20
    assert [i.value for i in at.info] == [
        "Inget utkast ännu: ladda upp en fil, börja från mallen eller kopiera en stig."
    ]


def test_a_draft_over_the_limit_is_refused_in_the_users_language(monkeypatch, minimal):
    at = open_own(monkeypatch, lang="fi", state={OWN: own_paths(minimal, 20)})
    at.button(key="own-start-template").click().run()
    assert not at.exception
    assert (
        "Tässä istunnossa on jo 20 omaa polkua. Hylkää luonnos tai lataa sivu uudelleen "
        "aloittaaksesi alusta." in notices(at)
    )
    assert at.session_state[DRAFT]["data"]["id"] == "oma-alue"  # the draft is kept
    assert "oma-alue" not in at.session_state[OWN] and len(at.session_state[OWN]) == 20


def test_a_refused_draft_is_not_said_to_be_in_use(monkeypatch, minimal):
    at = open_own(monkeypatch, lang="en", state={OWN: own_paths(minimal, 20)})
    at.button(key="own-start-template").click().run()
    assert not any("is in use in this session" in s.value for s in at.success)


def test_an_upload_over_the_size_limit_is_refused_unread(monkeypatch):
    at = open_own(monkeypatch, lang="en")
    big = b"format: 1\n#" + b"x" * (1024 * 1024 - 10)  # 1 MiB and one byte
    assert len(big) == 1_048_577
    at.file_uploader(key="own-upload").upload("big.yaml", big, "text/yaml")
    at.run()
    assert not at.exception
    assert [e.value.replace("\\", "") for e in at.error] == [
        "- big.yaml:1:1: The file is too large (1048577 bytes). The limit is 1048576 bytes "
        "(1 MiB); split the description into several files."
    ]
    assert OWN not in at.session_state or not at.session_state[OWN]
    assert DRAFT not in at.session_state or not at.session_state[DRAFT]


def editor(at, table: str):
    """The data editor of `table` ('steps', …) and its columns' configuration."""
    [element] = [d for d in at.get("dataframe") if (d.key or "").startswith(f"own-ed-{table}-")]
    return element, json.loads(element.proto.columns)


def options(config: dict, column: str) -> list[str]:
    """What a drop-down column offers, as the user sees it."""
    return config[column]["type_config"]["options"]


SHOWN = {  # by hand from the catalogue: the template's kinds as its tables show them
    "fi": {
        ("steps", "kind"): ["Aktivointisuunnitelma", "Toiminta", "Loppuarvio"],
        ("actors", "kind"): [
            "Asiakas",
            "Sosiaalipalvelut",
            "Työllisyyspalvelut",
            "Työtoiminnan tuottaja",
        ],
        ("phases", "kind"): ["Ohjautuminen", "Aikana", "Jatko"],
        ("transitions", "handoff"): ["Saattaen vaihtaen", "Ei kerrottu"],
    },
    "sv": {
        ("steps", "kind"): ["Aktiveringsplan", "Verksamhet", "Slutbedömning"],
        ("actors", "kind"): [
            "Klient",
            "Socialtjänster",
            "Sysselsättningstjänster",
            "Producent av arbetsverksamhet",
        ],
        ("phases", "kind"): ["In", "Under", "Ut"],
        ("transitions", "handoff"): ["Ledsagat överlämnande", "Inte beskriven"],
    },
}
CODE_COLUMNS = [
    ("actors", "kind", ACTOR_KINDS),
    ("phases", "kind", PHASE_KINDS),
    ("steps", "kind", STEP_KINDS),
    ("roles", "role", ROLE_KINDS),
    ("transitions", "handoff", (*HANDOFFS, "")),  # "" (not stated) is a choice too
]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_tables_show_every_code_by_its_name_in_the_ui_language(monkeypatch, lang):
    at = open_own(monkeypatch, lang=lang)
    at.button(key="own-start-template").click().run()
    for (table, column), names in SHOWN[lang].items():
        element, config = editor(at, table)
        assert list(element.value[column]) == names
        assert set(names) <= set(options(config, column))
    for table, column, codes in CODE_COLUMNS:
        offered = options(editor(at, table)[1], column)
        assert len(offered) == len(set(offered)) == len(codes)  # one name for one code
        assert not set(offered) & set(codes), offered


@pytest.mark.parametrize(("lang", "name"), [("fi", "Päätös"), ("sv", "Beslut"), ("en", "Decision")])
def test_a_name_chosen_in_a_drop_down_reaches_the_draft_as_its_code(lang, name, minimal):
    names = shown_names("steps", reference_labels(to_tables(minimal, "fi")), lang)
    assert names["kind"]["decision"] == name
    codes = {col: {v: k for k, v in m.items()} for col, m in names.items()}
    delta = {"edited_rows": {"0": {"kind": name}}, "added_rows": [], "deleted_rows": []}
    draft, _ = apply_edit(minimal, "fi", "steps", delta_codes(delta, codes))
    assert draft["steps"][0]["kind"] == "decision"
    assert "\n  kind: decision\n" in dump_raw(draft)


def test_not_stated_chosen_for_a_handoff_leaves_it_out_of_the_file(minimal):
    names = shown_names("transitions", reference_labels(to_tables(minimal, "fi")), "fi")
    codes = {col: {v: k for k, v in m.items()} for col, m in names.items()}
    assert minimal["steps"][0]["next"][0]["handoff"] == "warm"
    delta = {"edited_rows": {"0": {"handoff": "Ei kerrottu"}}}
    draft, _ = apply_edit(minimal, "fi", "transitions", delta_codes(delta, codes))
    assert draft["steps"][0]["next"] == [{"to": "koulutus", "when": "Opiskelupaikka löytyy"}]


def test_references_show_the_titles(monkeypatch):
    at = open_own(monkeypatch, lang="fi")
    at.button(key="own-start-template").click().run()
    roles, config = editor(at, "roles")
    titles = ["Aktivointisuunnitelma", "Kuntouttava työtoiminta", "Loppuarvio ja jatkosuunnitelma"]
    assert options(config, "step") == titles
    assert set(roles.value["step"]) == set(titles)
    assert "Työtoiminta" in options(editor(at, "steps")[1], "phase")


HEADERS = {  # the steps table's column headers, never the file's field names
    "fi": ["Tunniste", "Vaihe", "Tyyppi", "Otsikko", "Alkuaskel", "Teksti asiakkaalle"],
    "sv": ["Id", "Fas", "Typ", "Rubrik", "Första steg", "Text till klienten"],
    "en": ["ID", "Phase", "Kind", "Title", "First step", "Text for the client"],
}
TABS = {
    "fi": ["Toimijat", "Vaiheet", "Askeleet", "Roolit", "Siirtymät"],
    "sv": ["Aktörer", "Faser", "Steg", "Roller", "Övergångar"],
    "en": ["Actors", "Phases", "Steps", "Roles", "Transitions"],
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_tables_and_headers_are_named_in_the_ui_language(monkeypatch, lang):
    at = open_own(monkeypatch, lang=lang)
    at.button(key="own-start-template").click().run()
    assert [tab.label for tab in at.tabs] == TABS[lang]
    _, config = editor(at, "steps")
    columns = ["id", "phase", "kind", "title", "start", "client_text"]
    assert [config[c]["label"] for c in columns] == HEADERS[lang]


def test_the_downloaded_file_holds_codes_not_names(monkeypatch, downloads):
    at = open_own(monkeypatch, lang="fi")
    at.button(key="own-start-template").click().run()
    text = downloads["oma-alue.yaml"].decode("utf-8")
    data = yaml.safe_load(text)
    assert [s["kind"] for s in data["steps"]] == ["activation-plan", "activity", "final-assessment"]
    assert [a["kind"] for a in data["actors"]] == [
        "client",
        "social-services",
        "employment-services",
        "activity-provider",
    ]
    assert [p["kind"] for p in data["phases"]] == ["into", "during", "out"]
    assert [[n.get("handoff") for n in s.get("next", [])] for s in data["steps"]] == [
        ["warm"],
        [None],  # not stated: no handoff at all, never the words "Ei kerrottu"
        [],
    ]
    assert "Sosiaalipalvelut" not in text  # a name of a code, never written


def one_finding(minimal) -> dict:
    """The minimal file with its titles in three languages and a source on every step: the
    exit step with no one responsible (a gap) is its only finding."""
    minimal["id"] = "yksi"
    minimal["valid_from"] = dt.date(2026, 11, 23)
    minimal["valid_until"] = dt.date(2027, 6, 30)
    minimal["updated"] = dt.date(2026, 11, 23)
    minimal["sources"] = [{"id": "laki", "title": "Laki kuntouttavasta työtoiminnasta"}]
    titles = [
        {"fi": "Aktivointisuunnitelma", "sv": "Aktiveringsplan", "en": "Activation plan"},
        {"fi": "Koulutukseen", "sv": "Till utbildning", "en": "Into education"},
    ]
    for step, title in zip(minimal["steps"], titles, strict=True):
        step["title"] = title
        step["sources"] = ["laki"]
    return minimal


def with_draft(at, data: dict):
    at.session_state[DRAFT] = {
        "data": data,
        "lang": "fi",
        "v": {k: 0 for k in ("actors", "phases", "steps", "roles", "transitions")},
        "published": None,
        "valid_text": None,
    }
    at.run()
    assert not at.exception
    return at


@pytest.mark.parametrize(
    ("lang", "one", "five", "dates"),
    [
        (
            "fi",
            "Kelvollinen: polku yksi on käytössä tässä istunnossa (1 huomio).",
            "Kelvollinen: polku esimerkki on käytössä tässä istunnossa (5 huomiota).",
            "Voimassa 23.11.2026–30.6.2027 · tarkistettu 23.11.2026",
        ),
        (
            "sv",
            "Giltig: stigen yksi används i den här sessionen (1 iakttagelse).",
            "Giltig: stigen esimerkki används i den här sessionen (5 iakttagelser).",
            "Gäller 23 nov. 2026–30 juni 2027 · granskad 23 nov. 2026",
        ),
        (
            "en",
            "Valid: path yksi is in use in this session (1 finding).",
            "Valid: path esimerkki is in use in this session (5 findings).",
            "In force 23 Nov 2026–30 Jun 2027 · checked 23 Nov 2026",
        ),
    ],
)
def test_counts_and_dates_in_each_language(monkeypatch, minimal, lang, one, five, dates):
    at = with_draft(open_own(monkeypatch, lang=lang), one_finding(copy.deepcopy(minimal)))
    assert [s.value for s in at.success] == [one]
    assert dates in [c.value for c in at.caption]
    # The minimal file as it is: two steps, each without a source and titled in Finnish only
    # (2 + 2 findings), and the exit step with no one responsible (1).
    at = with_draft(open_own(monkeypatch, lang=lang), minimal)
    assert [s.value for s in at.success] == [five]
