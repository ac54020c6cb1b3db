"""The side-by-side diagram: rows aligned across paths, every box text whole, arrows that only
point down or across, returns as markers, and the arrangements the viewer chooses from."""

import html
import itertools
import re

import pytest

from polku.compare import rows, short_names, step_row
from polku.compare_diagram import VARIANTS, _wrap_in, build_side_by_side, legend_for
from polku.diagram import cropped, node_bounds, render_variants, short_name
from polku.graph import PathGraph
from polku.layout import render_svg
from polku.loader import load_library, load_text
from polku.text import resolve
from tests.conftest import FIXTURES, SHIPPED, dump

PAIR = load_library([FIXTURES / "compare"])
A, B = PAIR.graphs["compare-a"], PAIR.graphs["compare-b"]
SHIPPED_LIB = load_library([SHIPPED])
FOUR = ("kansallinen", "keski-suomi", "kaiku", "pohjanmaa")


def side(ids, lang="fi"):
    graphs = {pid: SHIPPED_LIB.graphs[pid] for pid in ids}
    return graphs, build_side_by_side(graphs, short_names(graphs, lang), lang)


def graph_of(data: dict) -> PathGraph:
    result = load_text(dump(data), "t.yaml")
    assert result.ok, result.errors
    return PathGraph(result.path)


def positions(dot: str) -> dict[str, tuple[float, float]]:
    """Node name -> pinned (x, top) in inches, y growing upwards as in DOT."""
    out = {}
    for line in dot.split("\n"):
        m = re.match(r'\s*(\w+) \[.*pos="([-\d.]+),([-\d.]+)!"', line)
        if m:
            h = re.search(r"\bheight=([\d.]+)", line)
            top = float(m.group(3)) + (float(h.group(1)) / 2 if h else 0)
            out[m.group(1)] = (float(m.group(2)), round(top, 3))
    return out


def test_the_same_kind_sits_on_the_same_row_in_every_path():
    graphs = {"compare-a": A, "compare-b": B}
    diagram = build_side_by_side(graphs, short_names(graphs, "fi"), "fi")
    assert diagram.nodes == {  # column c, step s in the file's order
        "c0s0": "compare-a/contact",
        "c0s1": "compare-a/plan",
        "c0s2": "compare-a/work",
        "c0s3": "compare-a/review",
        "c0s4": "compare-a/job",
        "c0s5": "compare-a/rehab",
        "c1s0": "compare-b/start",
        "c1s1": "compare-b/plan",
        "c1s2": "compare-b/edu",
    }
    for dot in diagram.variants.values():
        y_of = {diagram.nodes[n]: y for n, (_, y) in positions(dot).items() if n in diagram.nodes}
        assert y_of["compare-a/contact"] == y_of["compare-b/start"]  # both outreach
        assert y_of["compare-a/plan"] == y_of["compare-b/plan"]
        assert y_of["compare-a/job"] != y_of["compare-b/edu"]
    # The first owner's kind of each step, in order of first use, then the gaps (work, edu).
    assert [item["label"] for item in legend_for(graphs, "en")] == [
        "social services",  # contact
        "employment services",  # plan (te first)
        "Kela",  # rehab
        "NGO",  # start
        "no one responsible",  # work, edu
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_four_paths_every_arrow_points_down_and_returns_are_markers(lang):
    graphs, diagram = side(FOUR, lang)
    transitions = sum(len(s.next) for g in graphs.values() for s in g.path.steps)
    for variant, dot in diagram.variants.items():
        pos = positions(dot)
        edges = re.findall(r"\b(c\d+s\d+) -> (c\d+s\d+)", dot)
        markers = re.findall(r'\b(u\d+) \[label="↩ (\d+)"', dot)
        assert len(edges) + len(markers) == transitions, variant
        assert markers  # the national path's loops, at least
        for tail, head in edges:
            assert pos[head][1] < pos[tail][1], (variant, tail, head)  # lower on the page
            assert pos[head][0] == pos[tail][0]  # in its own column
    # A return marker names the number of the step it returns to, which lies above.
    dot = diagram.variants["narrow"]
    pos = positions(dot)
    g = graphs["kansallinen"]
    number_at = {f"c0s{k}": g.position[s.id] for k, s in enumerate(g.path.steps)}
    for name, number in re.findall(r'\b(u\d+) \[label="↩ (\d+)"', dot):
        if pos[name][0] < 3:  # the first column
            target = next(n for n, v in number_at.items() if v == int(number))
            assert pos[target][1] > pos[name][1]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_title_and_name_is_whole_never_cut(lang):
    """Names wrap, never '…': every word of every title is in the box's label."""
    graphs, diagram = side(FOUR, lang)
    for dot in diagram.variants.values():
        assert "…" not in dot
        labels = dict(re.findall(r'\b(c\d+s\d+) \[label="((?:[^"\\]|\\.)*)"', dot))
        for name, key in diagram.nodes.items():
            pid, sid = key.split("/")
            g = graphs[pid]
            flat = re.sub(r"\\n|[\s-]", "", html.unescape(labels[name]))
            owners = [a.name for a in g.path.actors if a.id in g.responsible(g.steps[sid])]
            for value in (g.steps[sid].title, *owners):
                text = short_name(resolve(value, lang, g.path.language).text)
                assert re.sub(r"[\s-]", "", text) in flat, (name, text, labels[name])


def test_columns_are_one_box_wide_and_rows_do_not_overlap():
    graphs, diagram = side(FOUR)
    for variant, width in VARIANTS.items():
        dot = diagram.variants[variant]
        boxes = {}
        for line in dot.split("\n"):
            m = re.match(r"\s*(c\d+s\d+|u\d+) \[", line)
            if not m:
                continue
            x, y = (float(v) for v in re.search(r'pos="([-\d.]+),([-\d.]+)!"', line).groups())
            w = float(re.search(r"\bwidth=([\d.]+)", line).group(1))
            h = float(re.search(r"\bheight=([\d.]+)", line).group(1))
            boxes[m.group(1)] = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
            if m.group(1).startswith("c"):
                assert w == pytest.approx(width, abs=0.001)
        for (a, ra), (b, rb) in itertools.combinations(boxes.items(), 2):
            apart = ra[2] <= rb[0] or rb[2] <= ra[0] or ra[3] <= rb[1] or rb[3] <= ra[1]
            assert apart, (variant, a, b)


def test_wider_boxes_make_a_wider_shorter_drawing():
    _, diagram = side(FOUR)
    sizes = []
    for svg in render_variants(diagram).values():
        w, h = (
            float(v) for v in re.search(r'width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups()
        )
        sizes.append((w, h))
    assert [w for w, _ in sizes] == sorted((w for w, _ in sizes), reverse=True)
    assert [h for _, h in sizes] == sorted(h for _, h in sizes)


def test_each_row_is_headed_by_its_kind_and_every_other_row_striped():
    graphs, diagram = side(FOUR, "en")
    table = rows(graphs)
    assert len(diagram.stripes) == len(table)
    svg = render_variants(diagram)["narrow"]
    headings = re.findall(r'<g class="stripe"><rect[^>]*fill="([^"]+)"/>(.*?)</g>', svg)
    assert len(headings) == len(table)
    assert [fill for fill, _ in headings[:4]] == ["#F1F4F7", "none", "#F1F4F7", "none"]
    assert "Into · health check" in html.unescape(" ".join(text for _, text in headings))
    # Every step of a row lies in its stripe, below the heading.
    bounds = node_bounds(svg)
    for (_lines, names), (_, text) in zip(diagram.stripes, headings, strict=True):
        assert names
        first_baseline = float(re.search(r'<text[^>]* y="([-\d.]+)"', text).group(1))
        assert all(bounds[n][1] > first_baseline for n in names if n in bounds)
    for g in graphs.values():
        for s in g.path.steps:
            assert step_row(g, s.id) in table


def test_the_canvas_is_cropped_to_what_is_drawn():
    graphs, diagram = side(FOUR)
    raw = render_svg(diagram.variants["widest"], engine="neato")
    trimmed = cropped(raw)
    width = lambda svg: float(re.search(r'width="([\d.]+)pt"', svg).group(1))  # noqa: E731
    assert width(trimmed) <= width(raw)
    # Nothing drawn falls outside the new canvas.
    x0, y0, w, h = (float(v) for v in re.search(r'viewBox="([^"]*)"', trimmed).group(1).split())
    tx, ty = (float(v) for v in re.search(r"translate\(([-\d.]+) ([-\d.]+)\)", raw).groups())
    for bx0, by0, bx1, by1 in node_bounds(raw).values():
        assert x0 <= bx0 + tx and bx1 + tx <= x0 + w
        assert y0 <= by0 + ty and by1 + ty <= y0 + h


def test_file_text_stays_inside_labels(minimal):
    minimal["steps"][0]["title"] = '"]; evil [label="'
    minimal["steps"][1]["title"] = "<script>alert(1)</script>"
    minimal["actors"][1]["name"] = "{curly} \\ back\\slash %s {0} {lang}"
    minimal["region"] = "a\nb"
    graphs = {"x": graph_of(minimal), "a": A}
    diagram = build_side_by_side(graphs, {"x": '"]; evil [label="x', "a": "A"}, "en")
    for svg in render_variants(diagram).values():
        titles = re.findall(r"<title>([^<]*)</title>", svg)
        assert "evil" not in titles  # neither the heading nor the title became a node
        steps = [x for x in titles if re.fullmatch(r"c\d+s\d+", x)]
        assert len(steps) == 8
        assert "<script>" not in svg and "&lt;script&gt;" in svg


@pytest.mark.parametrize(
    ("lang", "word", "lines"),
    [
        ("sv", "Rehabiliteringshandledningen", ["Rehabiliterings-", "handledningen"]),
        ("sv", "Arbetskraftsmyndigheten", ["Arbetskraftsmyn-", "digheten"]),
        ("fi", "yhteistoimintamalli", ["yhteistoiminta-", "malli"]),
        ("fi", "aikuissosiaalityö", ["aikuissosiaali-", "työ"]),
        ("en", "Employment services", ["Employment", "services"]),
    ],
)
def test_a_word_longer_than_the_box_is_hyphenated_where_the_language_allows(lang, word, lines):
    assert _wrap_in(word, 16, lang) == lines
