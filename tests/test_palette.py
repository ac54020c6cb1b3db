"""The actor-kind colours: readable text, visible borders, and kinds that stay apart for the
common colour-vision deficiencies (simulated with colorspacious, measured in CAM02-UCS)."""

import itertools
import math
from functools import cache

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE

from polku import palette
from polku.loader import load_library
from polku.models import ACTOR_KINDS
from tests.conftest import SHIPPED

COLOURS = palette.ACTOR_COLOURS
# The eight kinds the national path (and Pohjanmaa's) colours nodes with, in one diagram:
# counted from the responsible roles of the shipped paths. The other five kinds colour no node
# in a shipped path; ngo appears once (Kaiku) next to three of these eight.
TOGETHER = (
    "employment-services",
    "social-services",
    "health-care",
    "kela",
    "multi-agency",
    "activity-provider",
    "education",
    "pension-provider",
)
VISIONS = (None, "deuteranomaly", "protanomaly", "tritanomaly")
VISION_IDS = ["normal", "deuteranomaly", "protanomaly", "tritanomaly"]

# Thresholds in CAM02-UCS ΔE. About 1 is a just-noticeable difference between large patches side
# by side; diagram nodes are small and apart, so kinds must differ by far more. Fills behind 7:1
# text live in the lighter half of the lightness range, and a simulated deficiency flattens them
# to two dimensions: about 12 is the most eight fills reach together under all four visions (the
# palette reaches 12.0). 10 leaves room for a small retouch; it is still many times a
# just-noticeable difference, and twice the old Kela/employment services pair (5.3 to 5.7).
TOGETHER_MIN = 10
# Two kinds with the same border style, of all thirteen, have only the fill to tell them apart.
# Pairs outside the eight never share a shipped diagram, so a little less (the palette: 9.0).
SAME_STYLE_MIN = 8
# The pair users reported: not just distinguishable but far apart (the palette: 39.7 and up).
KELA_EMPLOYMENT_MIN = 30


def rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio, from the definition of relative luminance."""

    def luminance(colour: str) -> float:
        c = rgb(colour)
        linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
        return float(linear @ [0.2126, 0.7152, 0.0722])

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@cache
def seen(colour: str, vision: str | None) -> tuple[float, float, float]:
    """`colour` as `vision` sees it (severity 100), clipped to sRGB as a screen shows it."""
    c = rgb(colour)
    if vision is not None:
        space = {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}
        c = np.clip(cspace_convert(c, space, "sRGB1"), 0, 1)
    return tuple(c)


def difference(a: str, b: str, vision: str | None) -> float:
    return float(deltaE(seen(a, vision), seen(b, vision), uniform_space="CAM02-UCS"))


def closest(kinds, part: int, vision: str | None) -> tuple[float, str, str]:
    """The least different pair of `kinds` by fill (`part` 0) or border (1)."""
    return min(
        (difference(COLOURS[a][part], COLOURS[b][part], vision), a, b)
        for a, b in itertools.combinations(kinds, 2)
    )


def test_contrast_gives_the_known_ratios():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the AA grey
    assert contrast("#777777", "#FFFFFF") < 4.5


def test_simulation_changes_what_each_deficiency_confuses():
    # White and black are 100 apart; a red and a green nearly merge for deuteranomaly; blue and
    # bluish green come much closer for tritanomaly. Guards against an ignored `vision`.
    assert difference("#000000", "#FFFFFF", None) == pytest.approx(100, abs=0.1)
    assert difference("#CC0000", "#008800", None) > 50
    assert difference("#CC0000", "#008800", "deuteranomaly") < 5
    assert difference("#0072B2", "#009E73", None) > 30
    assert difference("#0072B2", "#009E73", "tritanomaly") < 15


def test_every_actor_kind_has_a_colour():
    assert set(COLOURS) == set(ACTOR_KINDS)
    assert {style for _, _, style in COLOURS.values()} <= {"solid", "dashed"}


@pytest.mark.parametrize("kind", ACTOR_KINDS)
def test_text_on_every_fill_has_7_to_1(kind):
    assert contrast(palette.TEXT, COLOURS[kind][0]) >= 7


def test_dimmed_text_on_the_dimmed_fill_has_4_5_to_1():
    assert contrast(palette.DIMMED_TEXT, palette.DIMMED[0]) >= 4.5


@pytest.mark.parametrize("kind", [*ACTOR_KINDS, "no-owner"])
def test_every_border_has_3_to_1_against_white(kind):
    """WCAG 1.4.11: the border is what shows a node's shape on the white page."""
    border = palette.NO_OWNER[1] if kind == "no-owner" else COLOURS[kind][1]
    assert contrast(border, "#FFFFFF") >= 3


@pytest.mark.parametrize("vision", VISIONS, ids=VISION_IDS)
def test_kinds_shown_together_have_distinct_fills(vision):
    least, a, b = closest(TOGETHER, 0, vision)
    assert least >= TOGETHER_MIN, f"{a} and {b} fills: ΔE {least:.1f}"


@pytest.mark.parametrize("vision", VISIONS, ids=VISION_IDS)
def test_kinds_shown_together_have_distinct_borders(vision):
    least, a, b = closest(TOGETHER, 1, vision)
    assert least >= TOGETHER_MIN, f"{a} and {b} borders: ΔE {least:.1f}"


@pytest.mark.parametrize("vision", VISIONS, ids=VISION_IDS)
def test_kela_and_employment_services_are_far_apart(vision):
    kela, employment = COLOURS["kela"], COLOURS["employment-services"]
    assert difference(kela[0], employment[0], vision) >= KELA_EMPLOYMENT_MIN
    assert difference(kela[1], employment[1], vision) >= KELA_EMPLOYMENT_MIN


@pytest.mark.parametrize("vision", VISIONS, ids=VISION_IDS)
def test_kinds_with_the_same_border_style_have_distinct_fills(vision):
    """Of all thirteen: a pair differs in border style, or its fills differ clearly."""
    for style in ("solid", "dashed"):
        kinds = [k for k, (_, _, s) in COLOURS.items() if s == style]
        least, a, b = closest(kinds, 0, vision)
        assert least >= SAME_STYLE_MIN, f"{a} and {b} ({style}) fills: ΔE {least:.1f}"


@pytest.mark.parametrize("vision", VISIONS, ids=VISION_IDS)
def test_no_fill_looks_dimmed_or_like_a_step_nobody_owns(vision):
    for kind, (fill, _, _) in COLOURS.items():
        for other in (palette.DIMMED[0], palette.NO_OWNER[0]):
            assert difference(fill, other, vision) >= SAME_STYLE_MIN, (kind, other)


@pytest.mark.parametrize("path_id", sorted(load_library([SHIPPED]).graphs))
def test_every_shipped_diagram_colours_its_kinds_apart(path_id):
    """What one diagram shows together: kinds of responsible actors, with the same border."""
    graph = load_library([SHIPPED]).graphs[path_id]
    kind_of = {a.id: a.kind for a in graph.path.actors}
    kinds = {kind_of[a] for s in graph.path.steps for a in graph.responsible(s)}
    for a, b in itertools.combinations(sorted(kinds), 2):
        if COLOURS[a][2] != COLOURS[b][2]:
            continue
        least = min(difference(COLOURS[a][0], COLOURS[b][0], v) for v in VISIONS)
        assert least >= TOGETHER_MIN, f"{a} and {b}: ΔE {least:.1f}"


# The Okabe–Ito colour each kind's fill and border are tints and shades of (greys: None).
OKABE_ITO = {
    "client": "#F0E442",
    "employment-services": "#0072B2",
    "social-services": "#009E73",
    "health-care": "#CC79A7",
    "kela": "#E69F00",
    "multi-agency": "#F0E442",
    "activity-provider": "#D55E00",
    "rehabilitation-provider": "#CC79A7",
    "ngo": "#009E73",
    "education": "#56B4E9",
    "employer": "#D55E00",
    "pension-provider": None,
    "other": None,
}


@pytest.mark.parametrize("kind", ACTOR_KINDS)
def test_colours_keep_their_okabe_ito_hue(kind):
    def hue_and_chroma(colour: str) -> tuple[float, float]:
        _, a, b = cspace_convert(rgb(colour), "sRGB1", "CAM02-UCS")
        return math.degrees(math.atan2(b, a)), math.hypot(a, b)

    for colour in COLOURS[kind][:2]:
        hue, chroma = hue_and_chroma(colour)
        if OKABE_ITO[kind] is None:
            assert chroma < 5, colour
        else:
            turn = (hue - hue_and_chroma(OKABE_ITO[kind])[0] + 180) % 360 - 180
            assert abs(turn) <= 20 and chroma >= 10, colour
