"""The shared vocabulary of situations (polku/data/situations.yaml): keys a transition's
`situations` may carry, so one client's situation can be followed across regions' paths.

Loaded once at import: the file is small and part of the package, and every user (the graph's
findings, the persona player) needs the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import yaml

from polku.models import LANGS


@dataclass(frozen=True)
class Situation:
    key: str
    labels: dict[str, str]  # language -> label
    descriptions: dict[str, str]  # language -> one sentence

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["fi"]

    def description(self, lang: str) -> str:
        return self.descriptions.get(lang) or self.descriptions["fi"]


def _load() -> dict[str, Situation]:
    text = resources.files("polku").joinpath("data/situations.yaml").read_text(encoding="utf-8")
    return {
        key: Situation(
            key,
            {lang: " ".join(e["label"][lang].split()) for lang in LANGS},
            {lang: " ".join(e["description"][lang].split()) for lang in LANGS},
        )
        for key, e in yaml.safe_load(text).items()
    }


SITUATIONS: dict[str, Situation] = _load()


def label(key: str, lang: str) -> str:
    """The situation's label in `lang`; an unknown key is shown as written (a file may use a
    key this version does not know: a finding, not an error)."""
    situation = SITUATIONS.get(key)
    return situation.label(lang) if situation else key
