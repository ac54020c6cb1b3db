import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_the_core_never_imports_streamlit():
    modules = sorted(p.stem for p in (ROOT / "polku").glob("*.py") if p.stem != "__main__")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module('polku.' + m)\n"
        "bad = sorted(m for m in sys.modules if m == 'streamlit' or m.startswith('streamlit.'))\n"
        "print(bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    assert len(modules) >= 15


def test_every_page_is_registered_in_the_shell():
    shell = (ROOT / "app.py").read_text(encoding="utf-8")
    for page in Path(ROOT / "pages").glob("*.py"):
        assert f'"pages/{page.name}"' in shell, page.name
