import json
import os
import subprocess
import sys

from polku.cli import main
from tests.conftest import FIXTURES, ROOT


def test_valid_folder_exits_0(capsys):
    assert main(["--lang", "en", "validate", str(FIXTURES / "valid")]) == 0
    out = capsys.readouterr().out
    assert "valid (2 steps" in out and "2 valid, 0 invalid files" in out
    assert "step 5, ’Pension’: This step cannot be reached" in out


def test_broken_file_exits_1_with_file_line_messages(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: 1\nid: x-y\ntitle: T\nregion: R\nupdated: 2026-01-01\n"
        "actors: []\nphases: [{id: p, kind: sideways, title: P}]\nsteps: [s]\n",
        encoding="utf-8",
    )
    assert main(["--lang", "fi", "validate", str(bad), str(FIXTURES / "valid")]) == 1
    out = capsys.readouterr().out
    assert f"{bad}: virheellinen" in out
    assert f"{bad}:6:9: kenttä actors: Listassa pitää olla vähintään yksi kohta." in out
    assert f"{bad}:7:" in out and "vaihe 1, ’P’: kenttä kind: Arvo 'sideways'" in out


def test_usage_errors_exit_2(capsys):
    assert main(["frobnicate"]) == 2
    assert main([]) == 2


def test_missing_target_exits_1(tmp_path, capsys):
    assert main(["--lang", "en", "validate", str(tmp_path / "nope")]) == 1
    assert "No such file or folder" in capsys.readouterr().err


def test_schema_command_prints_json(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Polku path file, format 1"
    assert "steps" in schema["required"]


def test_module_entry_point_and_polku_paths_env(tmp_path):
    env = {**os.environ, "POLKU_PATHS": str(FIXTURES / "valid")}
    out = subprocess.run(
        [sys.executable, "-m", "polku", "--lang", "sv", "validate"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "2 giltiga, 0 ogiltiga filer" in out.stdout


def test_a_reader_that_stops_reading_ends_it_quietly():
    """`validate | head -1`: no BrokenPipeError traceback, the documented exit status 141."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "polku", "validate", str(ROOT / "paths"), str(FIXTURES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "POLKU_PATHS": ""},
    )
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as `head -1` does
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert stderr == ""


def test_play_prints_the_numbered_walk_and_its_end(tmp_path, capsys):
    path = tmp_path / "p.yaml"
    path.write_text(
        "format: 1\nid: play-test\ntitle: Testipolku\nregion: R\nupdated: 2026-12-06\n"
        "actors: [{id: a, kind: other, name: Toimija}]\n"
        "phases: [{id: p, kind: during, title: Vaihe}]\n"
        "steps:\n"
        "  - {id: s1, phase: p, kind: activity, title: Alku, next: [{to: s2, handoff: warm}]}\n"
        "  - {id: s2, phase: p, kind: exit-employment, title: Työ}\n",
        encoding="utf-8",
    )
    assert main(["play", str(ROOT / "scenarios" / "selkakipu-45.yaml"), str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Henkilö A, 45 – työmarkkinatuki ja selkäkipu polulla Testipolku"
    assert out[1] == "Tilanne alussa: Terveys huolena, Työttömyysetuus"
    assert out[2] == "1. Alku [s1]" and "2. Työ [s2]" in out
    assert "   seuraavaksi: Työ (saattaen vaihtaen)" in out
    assert "Polku päättyy tähän: Työ." in out


def test_play_finds_shipped_scenarios_and_paths_by_id(capsys, monkeypatch):
    monkeypatch.delenv("POLKU_PATHS", raising=False)
    assert main(["play", "tyotarjous-38", "kansallinen", "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Person D, 38 – partiellt arbetsför, får ett arbetserbjudande på stigen")
    assert "1. " in out and "Totalt " in out


def test_play_refuses_a_bad_file_with_the_loaders_message_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (ROOT / "scenarios" / "selkakipu-45.yaml")
        .read_text("utf-8")
        .replace("fictional: true", "fictional: false"),
        encoding="utf-8",
    )
    assert main(["--lang", "en", "play", str(bad), "kansallinen"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: invalid" in err and "A scenario must be a fictional person" in err
    assert main(["--lang", "en", "play", "nobody", "kansallinen"]) == 2
    err = capsys.readouterr().err
    assert "nobody: no such file or id. Known: " in err and "selkakipu-45" in err
