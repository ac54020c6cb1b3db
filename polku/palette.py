"""Actor-kind colours: the Okabe–Ito colour-blind-safe palette, as light fills with dark text.

Colour is never the only signal: every node also names its responsible actor, and the
legend pairs each colour with its kind's name. Thirteen kinds share eight hues, so kinds
that share a hue differ in border style.
"""

from __future__ import annotations

# kind -> (fill, border, border style). Fills are tints light enough for 7:1 black text.
ACTOR_COLOURS: dict[str, tuple[str, str, str]] = {
    "client": ("#FCE3B0", "#E69F00", "solid"),
    "employment-services": ("#BFDDF2", "#0072B2", "solid"),
    "social-services": ("#B8E6D6", "#009E73", "solid"),
    "health-care": ("#F2D3E5", "#CC79A7", "solid"),
    "kela": ("#D3ECFA", "#56B4E9", "solid"),
    "multi-agency": ("#FAF5B8", "#B8A800", "solid"),
    "activity-provider": ("#F7CDB3", "#D55E00", "solid"),
    "rehabilitation-provider": ("#D3ECFA", "#0072B2", "dashed"),
    "ngo": ("#B8E6D6", "#006E50", "dashed"),
    "education": ("#F2D3E5", "#A1507F", "dashed"),
    "employer": ("#FCE3B0", "#9C6B00", "dashed"),
    "pension-provider": ("#E0E0E0", "#666666", "solid"),
    "other": ("#EEEEEE", "#888888", "dashed"),
}
NO_OWNER = ("#FFFFFF", "#B00020", "dashed")  # a gap: nobody is responsible
DIMMED = ("#F4F4F4", "#C8C8C8", "solid")
DIMMED_TEXT = "#5E5E5E"  # 6:1 on the dimmed fill
TEXT = "#111111"
WARM = "#006E50"
COLD = "#8A3B00"
