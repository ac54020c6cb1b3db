"""Actor-kind colours: Okabe–Ito hues as fills for dark text, kept apart for colour-blind eyes.

Colour is never the only signal: every node also names its responsible actor, the legend pairs
each colour with its kind's name, and a rarer kind that borrows a common kind's hue has a dashed
border.

The hues are Okabe and Ito's eight (blue, sky blue, bluish green, yellow, orange, vermillion,
reddish purple, and black as a grey), chosen by them to stay apart for red-green colour blindness.
Hues alone are not enough for fills behind text. As light tints, blue and sky blue (the old
colours of employment services and Kela) differ only in lightness, and under a red-green
deficiency orange, yellow, vermillion and green tints all become yellowish greys told apart only
by lightness. So each fill's lightness and chroma were chosen (a search over sRGB with
`colorspacious`, each colour within 20° of its Okabe–Ito hue) for the eight kinds the national
path shows together to stay at least 12 CAM02-UCS ΔE apart under normal vision and under simulated
deuteranomaly, protanomaly and tritanomaly, while text keeps 7:1 on every fill. Kela moved from
sky blue to orange: across the blue–yellow axis, which red-green deficiencies keep, from
employment services' blue, and lighter, which tritan eyes keep.

The eight kinds shown together have solid borders; the five rarer kinds are dashed and borrow the
hue of a related kind (ngo: social services, rehabilitation: health care, employer: activity,
client: multi-agency's yellow, other: grey). `tests/test_palette.py` checks these figures.
"""

from __future__ import annotations

# kind -> (fill, border, border style). Fills keep 7:1 for TEXT; borders 3:1 against white.
ACTOR_COLOURS: dict[str, tuple[str, str, str]] = {
    "client": ("#EBE18C", "#878200", "dashed"),  # yellow
    "employment-services": ("#87BEF0", "#1E5FB4", "solid"),  # blue
    "social-services": ("#96B99B", "#008C5A", "solid"),  # bluish green
    "health-care": ("#C8A0B9", "#AF4682", "solid"),  # reddish purple
    "kela": ("#F0C378", "#875F05", "solid"),  # orange
    "multi-agency": ("#F5EBB9", "#918700", "solid"),  # yellow
    "activity-provider": ("#DC9664", "#822800", "solid"),  # vermillion
    "rehabilitation-provider": ("#FFBEE1", "#96417D", "dashed"),  # reddish purple
    "ngo": ("#91E1B9", "#007855", "dashed"),  # bluish green
    "education": ("#B9DCF5", "#0096D7", "solid"),  # sky blue
    "employer": ("#FAAF87", "#A04605", "dashed"),  # vermillion
    "pension-provider": ("#CDCDCD", "#5F5A5A", "solid"),  # grey
    "other": ("#C3B9BE", "#736E73", "dashed"),  # grey
}
NO_OWNER = ("#FFFFFF", "#B00020", "dashed")  # a gap: nobody is responsible
DIMMED = ("#F4F4F4", "#C8C8C8", "solid")
DIMMED_TEXT = "#5E5E5E"  # 6:1 on the dimmed fill
TEXT = "#111111"
WARM = "#006E50"
COLD = "#8A3B00"
