"""A commented starting file for a region's own path, in Finnish, Swedish or English. It is
valid as it stands, so it can be loaded, previewed and edited at once."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata

from polku.i18n import t


def slug(text: str, fallback: str = "oma-polku") -> str:
    """An id from a region's name: ä → a, spaces → hyphens, 2–64 characters of [a-z0-9-]."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:64].strip("-")
    return out if len(out) >= 2 else fallback


def _q(text: str) -> str:
    """A YAML scalar for any text: a JSON string is valid YAML and escapes everything."""
    return json.dumps(text, ensure_ascii=False)


def template(region: str, lang: str = "fi", today: dt.date | None = None) -> str:
    """The starting file: every required field, one step of each phase, comments in `lang`."""
    today = today or dt.date.today()
    region = " ".join(region.split()) or t("tpl.region_default", lang)

    def c(key: str) -> str:
        return "# " + t(f"tpl.{key}", lang)

    title = t("tpl.title", lang, region=region)
    return f"""{c("head")}
{c("contract")}
format: 1
id: {slug(region)}
language: {lang}
title: {_q(title)}
region: {_q(region)}
{c("dates")}
valid_from: {today.isoformat()}
updated: {today.isoformat()}
{c("sources")}
sources:
  - id: laki-189-2001
    title: {_q(t("tpl.law_title", lang))}
    url: https://www.finlex.fi/fi/laki/ajantasa/2001/20010189
{c("actors")}
actors:
  - id: asiakas
    kind: client
    name: {_q(t("tpl.client", lang))}
  - id: sosiaalipalvelut
    kind: social-services
    name: {_q(t("tpl.social", lang))}
  - id: tyollisyyspalvelut
    kind: employment-services
    name: {_q(t("tpl.employment", lang))}
  - id: jarjestaja
    kind: activity-provider
    name: {_q(t("tpl.provider", lang))}
{c("phases")}
phases:
  - id: ohjautuminen
    kind: into
    title: {_q(t("tpl.phase_into", lang))}
  - id: toiminta
    kind: during
    title: {_q(t("tpl.phase_during", lang))}
  - id: jatko
    kind: out
    title: {_q(t("tpl.phase_out", lang))}
{c("steps")}
steps:
  - id: suunnitelma
    phase: ohjautuminen
    kind: activation-plan
    title: {_q(t("tpl.step_plan", lang))}
    client_text: {_q(t("tpl.step_plan_client", lang))}
    roles:
      - actor: tyollisyyspalvelut
        role: responsible
      - actor: sosiaalipalvelut
        role: responsible
      - actor: asiakas
        role: participates
    sources: [laki-189-2001]
    {c("next")}
    next:
      - to: toiminta
        handoff: warm
  - id: toiminta
    phase: toiminta
    kind: activity
    title: {_q(t("tpl.step_activity", lang))}
    duration: {{min: 3, max: 24, unit: months}}
    roles:
      - actor: jarjestaja
        role: responsible
      - actor: asiakas
        role: participates
    sources: [laki-189-2001]
    next:
      - to: jatko
  - id: jatko
    phase: jatko
    kind: final-assessment
    title: {_q(t("tpl.step_final", lang))}
    roles:
      - actor: sosiaalipalvelut
        role: responsible
    sources: [laki-189-2001]
"""
