"""Which description applies on a given day, the order every page lists paths in, and the
validity in words. `today` is fixed; every expectation is written out by hand."""

import datetime as dt

import pytest

from polku.loader import load_text
from polku.models import PathFile
from polku.summary import ordered_ids, validity_status, validity_text

TODAY = dt.date(2026, 11, 23)


def path_file(
    path_id: str = "polku",
    title: str = "Polku",
    valid_from: str | None = None,
    valid_until: str | None = None,
) -> PathFile:
    lines = [
        "format: 1",
        f"id: {path_id}",
        f"title: {title}",
        "region: Esimerkkikunta",
        "updated: 2026-01-15",
    ]
    if valid_from:
        lines.append(f"valid_from: {valid_from}")
    if valid_until:
        lines.append(f"valid_until: {valid_until}")
    lines += [
        "actors: [{id: sos, kind: social-services, name: Sosiaalityö}]",
        "phases: [{id: sisaan, kind: into, title: Ohjautuminen}]",
        "steps: [{id: suunnitelma, phase: sisaan, kind: activation-plan, title: Suunnitelma}]",
    ]
    result = load_text("\n".join(lines) + "\n", "x.yaml")
    assert result.ok, [e.render("en") for e in result.errors]
    return result.path


# --- validity_status ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "status"),
    [
        (None, None, "current"),  # no dates: always in force
        (None, "2026-11-22", "past"),  # ended yesterday
        (None, "2026-11-23", "current"),  # ends today: today is still in force
        (None, "2026-11-24", "current"),
        ("2026-11-23", None, "current"),  # starts today
        ("2026-11-22", None, "current"),
        ("2026-11-24", None, "future"),  # starts tomorrow
        ("2026-11-23", "2026-11-23", "current"),  # a one-day description, that day
        ("2026-01-01", "2026-12-31", "current"),
        ("2025-01-01", "2025-12-31", "past"),
        ("2027-01-01", "2027-12-31", "future"),
    ],
)
def test_validity_status_on_a_fixed_day(valid_from, valid_until, status):
    path = path_file(valid_from=valid_from, valid_until=valid_until)
    assert validity_status(path, TODAY) == status


def test_the_same_file_changes_status_as_the_days_pass():
    path = path_file(valid_from="2026-11-23", valid_until="2026-11-30")
    assert validity_status(path, dt.date(2026, 11, 22)) == "future"
    assert validity_status(path, dt.date(2026, 11, 23)) == "current"
    assert validity_status(path, dt.date(2026, 11, 30)) == "current"
    assert validity_status(path, dt.date(2026, 12, 1)) == "past"


# --- ordered_ids --------------------------------------------------------------------------------

# Ids in an order that is neither the expected order nor the titles' order.
LIBRARY_TEXTS = {
    "p1": {"title": "Zeta"},  # current
    "p2": {"title": "alfa", "valid_until": "2025-12-31"},  # past
    "p3": {"title": "Uusi", "valid_from": "2026-11-24"},  # future (tomorrow)
    "p4": {"title": "kela-polku", "valid_from": "2026-11-23"},  # current (from today)
    "p5": {"title": "Beeta", "valid_until": "2026-11-22"},  # past (until yesterday)
    "p6": {"title": "{fi: Öljy, en: Anchor}"},  # current; the title depends on the language
    "p7": {"title": "ajastettu", "valid_from": "2027-01-01"},  # future
    "p8": {"title": "Etelä", "valid_until": "2026-11-23"},  # current (until today)
}


def library() -> dict[str, PathFile]:
    return {pid: path_file(pid, **fields) for pid, fields in LIBRARY_TEXTS.items()}


def test_ordered_ids_lists_current_then_future_then_past_by_title_regardless_of_case():
    # current: Etelä, kela-polku, Zeta, Öljy (ö after z); future: ajastettu, Uusi;
    # past: alfa, Beeta. A case-sensitive sort would put Zeta before kela-polku.
    assert ordered_ids(library(), "fi", TODAY) == ["p8", "p4", "p1", "p6", "p7", "p3", "p2", "p5"]


def test_ordered_ids_sorts_by_the_title_in_the_language_shown():
    # In English p6 is "Anchor", the first current title; the rest keep their places.
    assert ordered_ids(library(), "en", TODAY) == ["p6", "p8", "p4", "p1", "p7", "p3", "p2", "p5"]


def test_ordered_ids_follows_the_day():
    # A year later both future paths are in force and p8 (until 2026-11-23) is history.
    # current: ajastettu, kela-polku, Uusi, Zeta, Öljy; no future; past: alfa, Beeta, Etelä.
    later = dt.date(2027, 11, 23)
    assert ordered_ids(library(), "fi", later) == ["p7", "p4", "p3", "p1", "p6", "p2", "p5", "p8"]


# --- validity_text ------------------------------------------------------------------------------


def test_validity_text_without_dates_says_not_limited():
    assert validity_text(path_file(), "en") == "not limited"
    assert validity_text(path_file(), "fi") == "ei rajattu"
    assert validity_text(path_file(), "sv") == "ej begränsad"


def test_validity_text_gives_the_range_with_an_open_end_as_an_ellipsis():
    both = path_file(valid_from="2026-01-01", valid_until="2026-12-31")
    assert validity_text(both, "fi") == "1.1.2026 – 31.12.2026"
    assert validity_text(path_file(valid_from="2026-11-23"), "en") == "23 Nov 2026 – …"
    assert validity_text(path_file(valid_until="2026-11-22"), "sv") == "… – 22 nov. 2026"
