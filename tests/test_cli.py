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
