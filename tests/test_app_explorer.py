"""Explorer page logic through AppTest: deep links, walking, lens, matrix, bad links.

The page file is run on its own (as the shell would run it) because AppTest cannot rerun an
st.navigation app; the shell's language is given through session state. Expected titles are
read from paths/*.yaml and written here literally.
"""

import datetime as dt
from functools import partial

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import run_page
from tests.conftest import FIXTURES, SHIPPED, dump
from tests.pathgen import generate

open_page = partial(run_page, page="explorer", folder=SHIPPED, lang="fi")


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    # Which shipped paths are in force (and so listed first) depends on the date.
    monkeypatch.setattr("components.library.today", lambda: dt.date(2026, 11, 23))


def panel_title(at: AppTest) -> str:
    return at.subheader[0].value.replace("\\", "")


def warnings(at: AppTest) -> list[str]:
    return [w.value.replace("\\", "") for w in at.warning]


def test_deep_link_reproduces_the_view(monkeypatch):
    at = open_page(monkeypatch, lang="sv", path="pohjanmaa", step="asiakasvastaava", actor="kela")
    assert panel_title(at) == "En klientansvarig utses"  # pohjanmaa.yaml, step 3, sv
    assert at.selectbox(key="path").value == "pohjanmaa"
    assert at.selectbox(key="actor").value == "kela"
    assert "FPA: uppgifter i ordning" in [s.value.replace("\\", "") for s in at.subheader]
    assert dict(at.query_params) == {
        "path": "pohjanmaa",
        "step": "asiakasvastaava",
        "actor": "kela",
    }


# In Swedish on 2026-11-23 the paths in force are, by title: "Arbetsverksamhet … nationell ram"
# (kansallinen), "Siun sote …", "Österbotten …": kansallinen is the default.
@pytest.mark.parametrize(
    "params,expected,path,step,actor",
    [
        (
            {"path": "../../etc/passwd"},
            "Stigen ”../../etc/passwd” i länken hittades inte; visar Arbetsverksamhet i "
            "rehabiliteringssyfte – nationell ram 2025–2026.",
            "kansallinen",
            "tunnistaminen",
            "",
        ),
        (
            {"path": "kaiku", "step": "<script>"},
            "Steget ”<script>” i länken finns inte på stigen; visar det första steget.",
            "kaiku",
            "katvealue",
            "",
        ),
        (
            {"path": "kaiku", "actor": "%00"},
            "Aktören ”%00” i länken finns inte på stigen; visar alla aktörer.",
            "kaiku",
            "katvealue",
            "",
        ),
    ],
)
def test_unknown_values_in_the_link_give_a_message_and_a_default(
    monkeypatch, params, expected, path, step, actor
):
    at = open_page(monkeypatch, lang="sv", **params)
    assert expected in warnings(at)
    assert at.selectbox(key="path").value == path
    assert at.selectbox(key="step").value == step
    assert at.selectbox(key="actor").value == actor
    assert dict(at.query_params) == {"path": path, "step": step}


def test_walk_forward_to_an_exit_and_back(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="kansallinen")
    first = at.query_params["step"]
    seen = [first]
    for _ in range(40):
        nexts = [b for b in at.button if b.key == "next" or str(b.key).startswith("next-")]
        if not nexts:
            break
        nexts[-1].click().run()
        seen.append(at.query_params["step"])
    # kansallinen.yaml: the last choice of step 1 is the activation plan, whose last choice is
    # social rehabilitation, an exit.
    assert seen == ["tunnistaminen", "aktivointisuunnitelma", "sosiaalinen-kuntoutus"]
    assert panel_title(at) == "Social rehabilitation"
    assert any("The path ends at this step." in m.value for m in at.markdown)
    # Previous retraces the walk exactly, back to the entry.
    for expected in reversed(seen[:-1]):
        at.button(key="prev").click().run()
        assert at.query_params["step"] == expected


def test_the_step_selectbox_and_professional_text(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kaiku")
    at.selectbox(key="step").set_value("osallistumisen-vaihtoehdot").run()  # kaiku's last step
    assert at.query_params["step"] == "osallistumisen-vaihtoehdot"
    assert panel_title(at) == "Järjestöjen osallistumisen vaihtoehdot"
    assert "Löydät järjestön toiminnan, johon voit osallistua omassa tahdissasi." in [
        m.value.replace("\\", "") for m in at.markdown
    ]
    assert any(c.value == "Asiakkaan teksti" for c in at.caption)
    at.toggle(key="pro").set_value(True).run()
    assert any(c.value == "Ammattilaisen teksti" for c in at.caption)
    assert not any(c.value == "Asiakkaan teksti" for c in at.caption)
    shown = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "Järjestökenttä oli mukana hankkeen monialaisessa kehittämisessä." in shown


@pytest.mark.parametrize("seed", [1, 2])
def test_any_valid_file_every_step_and_actor_appears(monkeypatch, tmp_path, seed):
    data = generate(seed)
    (tmp_path / "gen.yaml").write_text(dump(data), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    alt = [m.value for m in at.markdown if m.value.startswith("1. ")]
    assert alt and alt[0].count("\n") + 1 == len(data["steps"])
    assert at.selectbox(key="step").options and len(at.selectbox(key="step").options) == len(
        data["steps"]
    )
    matrix = at.dataframe[0].value
    assert len(matrix) == len(data["steps"])
    assert len(matrix.columns) == len(data["actors"])
    # Sent as Arrow made once per file: the steps stay the rows' names, as from pandas.
    assert matrix.index[0].startswith("1. ")
    # The lens offers "all actors", every actor, and every kind (the generator gives each
    # actor its own kind, and no actor id is a kind's name).
    kinds = {a["kind"] for a in data["actors"]}
    assert len(at.selectbox(key="actor").options) == 1 + len(data["actors"]) + len(kinds)


def test_lens_by_kind_and_fixture(monkeypatch):
    at = open_page(
        monkeypatch, folder=FIXTURES / "valid", lang="en", path="havainnot", actor="social-services"
    )
    lens_md = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "hands the client on to: Employment (warm handoff)" in lens_md


def test_the_professional_view_names_the_situations_each_way_on_turns_on(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kansallinen", step="tunnistaminen")
    shown = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "tilanteet:" not in shown  # the client's view stays plain
    at.toggle(key="pro").set_value(True).run()
    shown = " ".join(m.value for m in at.markdown).replace("\\", "")
    # kansallinen.yaml, step "tunnistaminen": the health check is tagged health-concern, the
    # service-needs assessment social-assistance (polku/data/situations.yaml's Finnish labels).
    assert "*tilanteet: Terveys huolena*" in shown
    assert "*tilanteet: Toimeentulotuki*" in shown
