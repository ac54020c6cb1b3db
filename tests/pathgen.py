"""Generate valid path files the team has never seen: every kind, branches, loops, odd text."""

from __future__ import annotations

import random

from polku.models import ACTOR_KINDS, STEP_KINDS_BY_PHASE

ODD = [
    '"]; x [label="',
    "<script>alert(1)</script>",
    "{curly} \\ back\\slash",
    "a\nb",
    "[link](javascript:alert(1))",
    "‮rtl‬ zero​width",
    "%s {0} {lang}",
]


def generate(seed: int, steps: int = 30) -> dict:
    rnd = random.Random(seed)
    actors = [
        {"id": f"a{i}", "kind": kind, "name": {"fi": f"Toimija {i} {rnd.choice(ODD)}"}}
        for i, kind in enumerate(ACTOR_KINDS)
    ]
    phases = [
        {"id": "p-in", "kind": "into", "title": "Sisään"},
        {"id": "p-during", "kind": "during", "title": {"en": "During"}},
        {"id": "p-out", "kind": "out", "title": "Ulos"},
    ]
    phase_of = {"into": "p-in", "during": "p-during", "out": "p-out"}
    body = []
    for i in range(steps):
        phase_kind = ["into", "during", "out"][min(2, i * 3 // steps)]
        kind = rnd.choice(STEP_KINDS_BY_PHASE[phase_kind] + STEP_KINDS_BY_PHASE["any"])
        roles = [
            {
                "actor": f"a{rnd.randrange(len(actors))}",
                "role": rnd.choice(["responsible", "participates", "consulted", "informed"]),
            }
            for _ in range(rnd.randrange(0, 4))
        ]
        body.append(
            {
                "id": f"s{i}",
                "phase": phase_of[phase_kind],
                "kind": kind,
                "title": f"Vaihe {i} {rnd.choice(ODD)}",
                "roles": roles,
            }
        )
    for i, step in enumerate(body[:-3]):
        targets = {min(i + 1 + rnd.randrange(3), steps - 1) for _ in range(rnd.randrange(1, 3))}
        if i > 3 and rnd.random() < 0.2:
            targets.add(i - 2)  # a loop back
        step["next"] = [
            {"to": f"s{j}", "when": rnd.choice(ODD), "handoff": rnd.choice(["warm", "cold", None])}
            for j in sorted(targets)
        ]
        for tr in step["next"]:
            if tr["handoff"] is None:
                del tr["handoff"]
    return {
        "format": 1,
        "id": f"generated-{seed}",
        "title": f"Generoitu {seed} {ODD[0]}",
        "region": ODD[1],
        "updated": "2026-01-01",
        "actors": actors,
        "phases": phases,
        "steps": body,
    }
