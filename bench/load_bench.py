"""Load + validate 300 generated path files vs a bare YAML parse of the same files."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml

from bench.common import best, header, line
from polku.loader import load_text
from tests.conftest import dump
from tests.pathgen import generate

try:
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover - the C parser is optional
    from yaml import SafeLoader as Loader


def main() -> None:
    header("Loading: 300 generated files of 30 steps")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for seed in range(300):
            f = Path(tmp, f"g{seed}.yaml")
            f.write_text(dump(generate(seed)), encoding="utf-8")
            files.append(f)
        texts = [f.read_text(encoding="utf-8") for f in files]
        bare = best(lambda: [yaml.load(t, Loader=Loader) for t in texts], runs=3)
        ours = best(lambda: [load_text(t, "x.yaml") for t in texts], runs=3)
        line("bare yaml C-loader parse, 300 files", f"{bare * 1000:.0f} ms")
        line("bounded parse + validation + references, 300 files", f"{ours * 1000:.0f} ms")
        line("ratio", f"{ours / bare:.2f}×", "≤ 1.5×")


if __name__ == "__main__":
    main()
