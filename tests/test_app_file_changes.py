"""A file that changes on the server while a session has it open: every page keeps the state
that still makes sense, drops what is gone with a notice, keeps a broken file's last valid
version on screen, and never raises.

Each test walks, selects and turns on a lens, then renames a step, removes an actor, breaks
the file and deletes it, rerunning the same session after each change.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import run_page
from tests.conftest import dump

# Three steps in a row; actor `kela` takes part only in the middle one.
BASE = {
    "format": 1,
    "id": "muuttuva",
    "title": "Muuttuva polku",
    "region": "Testikunta",
    "updated": "2026-11-01",
    "actors": [
        {"id": "sos", "kind": "social-services", "name": "Sosiaalityö"},
        {"id": "kela", "kind": "kela", "name": "Kela"},
    ],
    "phases": [
        {"id": "sisaan", "kind": "into", "title": "Ohjautuminen"},
        {"id": "ulos", "kind": "out", "title": "Jatko"},
    ],
    "steps": [
        {
            "id": "alku",
            "phase": "sisaan",
            "kind": "service-need-assessment",
            "title": "Arvio",
            "roles": [{"actor": "sos", "role": "responsible"}],
            "next": ["keski"],
        },
        {
            "id": "keski",
            "phase": "sisaan",
            "kind": "activation-plan",
            "title": "Suunnitelma",
            "roles": [
                {"actor": "sos", "role": "responsible"},
                {"actor": "kela", "role": "participates"},
            ],
            "next": ["loppu"],
        },
        {"id": "loppu", "phase": "ulos", "kind": "exit-education", "title": "Koulutukseen"},
    ],
}


def other(path_id: str, title: str) -> dict:
    data = copy.deepcopy(BASE)
    data.update(id=path_id, title=title)
    return data


class Folder:
    """The paths folder the server reads; every write moves the file's mtime on."""

    def __init__(self, root: Path):
        self.root = root
        self.file = root / "muuttuva.yaml"
        self.tick = 1_700_000_000_000_000_000
        self.write(BASE)
        for pid, title in (("toinen", "Toinen polku"), ("kolmas", "Kolmas polku")):
            (root / f"{pid}.yaml").write_text(dump(other(pid, title)), encoding="utf-8")

    def write(self, data: dict | str) -> None:
        self.file.write_text(data if isinstance(data, str) else dump(data), encoding="utf-8")
        self.tick += 10_000_000_000
        os.utime(self.file, ns=(self.tick, self.tick))

    def rename_middle_step(self) -> None:
        data = copy.deepcopy(BASE)
        data["steps"][1]["id"] = "suunnitelma"
        data["steps"][0]["next"] = ["suunnitelma"]
        self.write(data)

    def remove_kela(self) -> None:
        data = copy.deepcopy(BASE)
        data["actors"] = data["actors"][:1]
        data["steps"][1]["roles"] = data["steps"][1]["roles"][:1]
        self.write(data)

    def break_it(self) -> None:
        self.write(dump(BASE).replace("kind: activation-plan", "kind: suunnitelma"))

    def delete(self) -> None:
        self.file.unlink()


@pytest.fixture
def folder(tmp_path) -> Folder:
    return Folder(tmp_path)


def notices(at: AppTest) -> str:
    return " ".join(e.value for e in [*at.info, *at.warning]).replace("\\", "")


def rerun(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def test_explorer_keeps_what_still_exists_and_says_what_is_gone(monkeypatch, folder):
    at = run_page(monkeypatch, page="explorer", folder=folder.root, path="muuttuva")
    at.selectbox(key="actor").set_value("kela").run()
    assert at.selectbox(key="step").value == "keski"  # the lens opens on Kela's first step
    at.button(key="next").click().run()  # walked: keski -> loppu
    assert at.selectbox(key="step").value == "loppu"

    folder.break_it()  # invalid now: the last valid version stays, with a notice
    rerun(at)
    assert "tiedostossa on nyt virhe (1)" in notices(at)
    assert "kind: Arvo 'suunnitelma' ei ole sallittu" in notices(at)
    assert at.selectbox(key="step").value == "loppu"
    assert at.selectbox(key="actor").value == "kela"

    folder.rename_middle_step()  # a step of the way walked is gone; the one stood on is not
    rerun(at)
    assert "virhe" not in notices(at) and "Askelta" not in notices(at)
    assert at.selectbox(key="step").value == "loppu"
    assert at.selectbox(key="actor").value == "kela"  # still in the file: kept
    at.button(key="prev").click().run()  # back along the arrows, to the renamed step
    assert at.selectbox(key="step").value == "suunnitelma"

    folder.write(BASE)  # renamed back: the step this session stands on is gone
    rerun(at)
    assert "Askelta suunnitelma ei ole enää tämän polun tiedostossa" in notices(at)
    assert "Näytetään 1. Arvio" in notices(at)
    assert at.selectbox(key="step").value == "alku"

    folder.remove_kela()  # the lens's actor is gone
    rerun(at)
    assert "Toimijaa kela ei ole enää" in notices(at)
    assert at.selectbox(key="actor").value == ""
    assert at.selectbox(key="path").value == "muuttuva"

    folder.delete()  # the path is gone
    rerun(at)
    assert "Polkua muuttuva ei ole enää ladattuna" in notices(at)
    assert at.selectbox(key="path").value in {"toinen", "kolmas"}
    rerun(at)  # said once, not on every rerun after
    assert "muuttuva" not in notices(at)


def test_meeting_cuts_the_way_walked_to_what_still_exists(monkeypatch, folder):
    at = run_page(monkeypatch, page="meeting", folder=folder.root, path="muuttuva")
    at.button(key="meeting-next").click().run()
    at.button(key="meeting-next").click().run()  # at the exit: alku, keski, loppu
    assert at.header[0].value == "Koulutukseen"

    folder.rename_middle_step()
    rerun(at)
    # The step stood on still exists; the way walked loses the renamed step.
    assert "Askelta" not in notices(at)
    walked = " ".join(m.value for m in at.markdown if "→" in m.value)
    assert "Suunnitelma" not in walked and "Koulutukseen" in walked
    assert at.header[0].value == "Koulutukseen"

    folder.break_it()
    rerun(at)
    assert "tiedostossa on nyt virhe" in notices(at)

    folder.delete()
    rerun(at)
    assert "Polkua muuttuva ei ole enää ladattuna" in notices(at)


def test_meeting_says_when_the_step_stood_on_is_gone(monkeypatch, folder):
    at = run_page(monkeypatch, page="meeting", folder=folder.root, path="muuttuva")
    at.button(key="meeting-next").click().run()  # on keski
    folder.rename_middle_step()
    rerun(at)
    assert "Askelta keski ei ole enää" in notices(at)
    assert at.header[0].value == "Arvio"


def test_compare_drops_a_removed_path_and_keeps_the_others(monkeypatch, folder):
    at = run_page(monkeypatch, page="compare", folder=folder.root, paths="muuttuva,toinen,kolmas")
    assert at.multiselect(key="paths").value == ["muuttuva", "toinen", "kolmas"]
    folder.break_it()
    rerun(at)
    assert "Muuttuva polku" in notices(at) and "virhe" in notices(at)
    assert at.multiselect(key="paths").value == ["muuttuva", "toinen", "kolmas"]
    folder.delete()
    rerun(at)
    assert "Vertailusta poistettiin polut, joita ei enää ole ladattuna: muuttuva" in notices(at)
    assert at.multiselect(key="paths").value == ["toinen", "kolmas"]


def test_onboarding_drops_a_role_the_file_no_longer_has(monkeypatch, folder):
    at = run_page(monkeypatch, page="onboarding", folder=folder.root, path="muuttuva", role="kela")
    assert at.selectbox(key="role").value == "kela"
    folder.rename_middle_step()
    rerun(at)
    assert at.selectbox(key="role").value == "kela"  # still there: kept
    folder.remove_kela()
    rerun(at)
    assert "ei ole enää toimijatyyppiä kela" in notices(at)
    assert at.selectbox(key="role").value == "social-services"
    folder.delete()
    rerun(at)
    assert "Polkua muuttuva ei ole enää ladattuna" in notices(at)


def test_home_shows_the_last_valid_version_and_the_error(monkeypatch, folder):
    at = run_page(monkeypatch, page="home", folder=folder.root)
    folder.break_it()
    rerun(at)
    assert "tiedostossa on nyt virhe" in notices(at)
    assert any("suunnitelma" in e.value for e in at.error)
    assert any("Muuttuva polku" in s.value for s in at.subheader)
    folder.write(BASE)  # mended: the notice goes
    rerun(at)
    assert "virhe" not in notices(at) and not at.error


def test_own_page_lives_through_the_shared_file_changing(monkeypatch, folder):
    at = run_page(monkeypatch, page="own", folder=folder.root)
    for change in (folder.rename_middle_step, folder.break_it, folder.delete):
        change()
        rerun(at)
