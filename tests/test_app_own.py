"""Your own path through AppTest: starting points, asking before replacing or discarding, a
draft that stays valid or is explained, and the session's own path showing on other pages."""

import datetime as dt
from functools import partial

import yaml

from components.library import OWN
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
