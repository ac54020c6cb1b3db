import io

import pypdf
import yaml

from polku.graph import PathGraph
from polku.handout import handout_content, handout_html, handout_pdf
from polku.loader import load_file, load_text
from polku.walk import ahead, settle_route
from tests.conftest import FIXTURES, dump


def graph() -> PathGraph:
    return PathGraph(load_file(FIXTURES / "valid" / "findings.yaml").path)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_route_extends_cuts_back_or_starts_afresh():
    g = graph()
    assert settle_route(g, [], "plan") == ["plan"]
    assert settle_route(g, ["plan"], "activity") == ["plan", "activity"]
    route = ["plan", "activity", "review", "activity"]  # round the loop once
    assert settle_route(g, route, "review") == ["plan", "activity", "review"]
    assert settle_route(g, ["plan"], "job") == ["job"]  # a jump: a new route
    assert settle_route(g, ["gone", "plan"], "activity") == ["plan", "activity"]


def test_ahead_is_what_can_still_follow_in_reading_order():
    g = graph()
    assert ahead(g, "review") == ["activity", "review", "job"]
    assert ahead(g, "job") == ["job"]


def test_handout_has_the_current_and_following_steps_and_the_contacts():
    # findings.yaml (an English file) with a contact for social work; read in Finnish.
    raw = yaml.safe_load((FIXTURES / "valid" / "findings.yaml").read_text(encoding="utf-8"))
    raw["actors"][1]["contact"] = {"fi": "Sosiaalitoimisto, puh. 040 000 0000"}
    g = PathGraph(load_text(dump(raw), "h.yaml").path)
    content = handout_content(g, "review", "fi")
    assert content.heading == "Sinun polkusi: Havaintotesti"
    assert content.now == "Nyt olet vaiheessa: Arviointi"
    # From review on: the loop back to activity, review itself, job. Job's title is plain
    # English text in an English file, so it stays "Work".
    assert [(s.title, s.who) for s in content.steps] == [
        ("Toiminta", ()),  # the client only participates
        ("Arviointi", ("Sosiaalityö",)),
        ("Work", ("Työllisyys",)),
    ]
    assert content.contacts == (
        ("Sosiaalityö", "Sosiaalitoimisto, puh. 040 000 0000"),
        ("Työllisyys", "ei yhteystietoa kuvauksessa"),
    )
    text = pdf_text(handout_pdf(content, name="Testi Asiakas"))
    flat = " ".join(text.split())
    for expected in (
        "Kenelle: Testi Asiakas",
        "Sinun polkusi: Havaintotesti",
        "Nyt olet vaiheessa: Arviointi",
        "Toiminta",
        "Arviointi",
        "Work",
        "Sosiaalitoimisto, puh. 040 000 0000",
        "ei yhteystietoa kuvauksessa",
    ):
        assert expected in flat, expected
    assert "Testi Asiakas" not in pdf_text(handout_pdf(content))


def test_handout_escapes_file_text_and_the_name(minimal):
    minimal["steps"][0]["title"] = "<b>Bold</b> & <script>x</script>"
    minimal["actors"][1]["contact"] = "<a href='javascript:x'>call</a>"
    g = PathGraph(load_text(dump(minimal), "x").path)
    content = handout_content(g, "suunnitelma", "en")
    html_page = handout_html(content, name="<img src=x onerror=alert(1)>")
    assert "<script>" not in html_page and "<img" not in html_page
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;" in html_page
    assert '<html lang="en">' in html_page
    flat = " ".join(pdf_text(handout_pdf(content, "<i>")).split())
    assert "<b>Bold</b> & <script>x</script>" in flat and "For: <i>" in flat


def test_a_missing_plain_text_is_said_not_hidden(minimal):
    g = PathGraph(load_text(dump(minimal), "x").path)
    content = handout_content(g, "suunnitelma", "en")
    assert content.steps[0].text_missing
    assert content.steps[0].text.startswith("A plain-language text has not been written")
