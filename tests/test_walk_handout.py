import datetime as dt
import io

import pypdf
import yaml

from polku.graph import PathGraph
from polku.handout import Worker, handout_content, handout_html, handout_pdf
from polku.loader import load_file, load_text
from polku.walk import ahead, settle_route
from tests.conftest import FIXTURES, SHIPPED, dump


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


def structure(data: bytes) -> tuple[dict, list[str]]:
    """The PDF's catalogue and the structure types in its tag tree, in document order."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    kinds: list[str] = []

    def walk(node) -> None:
        node = node.get_object()
        if isinstance(node, pypdf.generic.ArrayObject):
            for kid in node:
                walk(kid)
            return
        if not isinstance(node, pypdf.generic.DictionaryObject):
            return
        if "/S" in node:
            kinds.append(str(node["/S"]))
        if "/K" in node:
            walk(node["/K"])

    walk(root["/StructTreeRoot"])
    return root, kinds


def review_handout():
    # findings.yaml (an English file) with a contact for social work; read in Finnish, after
    # walking plan -> activity -> review.
    raw = yaml.safe_load((FIXTURES / "valid" / "findings.yaml").read_text(encoding="utf-8"))
    raw["actors"][1]["contact"] = {"fi": "Sosiaalitoimisto, puh. 040 000 0000"}
    g = PathGraph(load_text(dump(raw), "h.yaml").path)
    return handout_content(g, ["plan", "activity", "review"], "fi")


def test_handout_has_the_way_walked_now_the_alternatives_and_only_given_contacts():
    content = review_handout()
    assert content.heading == "Sinun polkusi: Havaintotesti"
    assert content.walked == ("Suunnitelma", "Toiminta")
    assert content.now == "Nyt olet tässä: Arviointi"
    assert content.current.who == ("Sosiaalityö",)
    # review leads back to activity ("Jatketaan", the professional's condition) or on to job
    # (no condition). Job's title is plain English text in an English file, so it stays.
    assert [(a.label, a.step.title, a.step.who, a.cold) for a in content.alternatives] == [
        ("Toiminta – työntekijä arvioi", "Toiminta", (), False),
        ("Jokin muu tai ei mikään näistä: Work", "Work", ("Työllisyys",), False),
    ]
    # Employment gives no contact: it is left out, not listed as "no contact".
    assert content.contacts == (("Sosiaalityö", "Sosiaalitoimisto, puh. 040 000 0000"),)
    assert content.footer.endswith("Tarkistettu 1. maaliskuuta 2026.")


def test_handout_pdf_is_tagged_fits_one_page_and_lists_alternatives_under_one_heading():
    worker = Worker(name="Työntekijä Testi", contact="040 111 1111", appointment="ti klo 10")
    data = handout_pdf(review_handout(), "Testi Asiakas", worker, dt.date(2026, 11, 23))
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    root, kinds = structure(data)
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "fi"
    # now, next, contacts, the wind-down (the file describes today), rights, worker
    assert kinds.count("/H1") == 1 and kinds.count("/H2") == 6
    assert kinds.count("/LI") >= 6
    flat = " ".join(pdf_text(data).split())
    assert flat.count("Seuraavaksi jokin näistä") == 1
    order = [
        "Kenelle: Testi Asiakas",
        "Tähän asti: Suunnitelma → Toiminta",
        "Nyt olet tässä: Arviointi",
        "Seuraavaksi jokin näistä",
        "Toiminta – työntekijä arvioi",
        "Jokin muu tai ei mikään näistä: Work",
        "Yhteystiedot",
        "Sosiaalityö: Sosiaalitoimisto, puh. 040 000 0000",
        "Palvelu on lakkautumassa nykymuodossaan",
        "Kuntouttava työtoiminta on muuttumassa.",
        "Sinun oikeutesi",
        "Jos olet tyytymätön, voit tehdä muistutuksen hyvinvointialueelle.",
        "Työntekijäsi",
        "Työntekijä Testi",
        "040 111 1111",
        "ti klo 10",
        "Tehty 23. marraskuuta 2026",
    ]
    positions = [flat.index(part) for part in order]
    assert positions == sorted(positions)
    assert "ei yhteystietoa" not in flat
    bare = " ".join(pdf_text(handout_pdf(review_handout())).split())
    assert "Testi Asiakas" not in bare and "Työntekijäsi" not in bare


def test_a_five_step_walk_on_a_shipped_path_fits_one_page():
    g = PathGraph(load_file(SHIPPED / "pohjanmaa.yaml").path)
    route = ["hakeutuminen", "kartoitus", "asiakasvastaava", "moniammatillinen-arviointi"]
    route.append("suunnitelma")
    for lang in ("fi", "sv", "en"):
        data = handout_pdf(handout_content(g, route, lang), "Testi", Worker("A", "B", "C"))
        assert len(pypdf.PdfReader(io.BytesIO(data)).pages) == 1, lang


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
    assert content.current.text_missing
    assert content.current.text.startswith("A plain-language text has not been written")


def test_the_wind_down_is_on_the_handout_only_while_the_path_describes_the_service():
    raw = yaml.safe_load((FIXTURES / "valid" / "findings.yaml").read_text(encoding="utf-8"))
    raw["valid_until"] = "2024-12-31"
    g = PathGraph(load_text(dump(raw), "h.yaml").path)
    during = handout_content(g, "plan", "en", dt.date(2024, 6, 1))
    after = handout_content(g, "plan", "en", dt.date(2026, 11, 23))
    assert during.changing.startswith("Rehabilitative work activity is changing.")
    assert after.changing == ""
    html = handout_html(after)
    assert "The service is ending" not in html
    # The rights hold on every path, at every date.
    assert "<h2>Your rights</h2><p>You have the right to good service" in handout_html(during)
    assert "<h2>Your rights</h2>" in html
