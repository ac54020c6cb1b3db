"""The workshop's record: the notes as CSV and XLSX, and the report (Markdown, PDF) with the
notes by step kind and kind of note, most votes first.

The fixture is minimal.yaml (steps: 1. Aktivointisuunnitelma, kind activation-plan; 2.
Koulutukseen, kind exit-education) and a copy of it for another region, with six notes:

    id  path        step         kind           votes  hidden
    1   esimerkki   suunnitelma  gap            2
    2   esimerkki   suunnitelma  gap            5
    3   toinen      suunnitelma  idea           0
    4   esimerkki   koulutus     good_practice  1
    5   esimerkki   koulutus     question       9      yes   (left out of the report)
    6   esimerkki   poistettu    question       0            (a step the path no longer has)

so the report lists, in the format's order of step kinds: activation plan → gap (2, then 1),
idea (3); into education → good practice (4); steps the path no longer has → question (6).
"""

import datetime as dt
import io

import openpyxl
import pypdf
import pytest

from polku.graph import PathGraph
from polku.i18n import t
from polku.loader import load_text
from polku.store.rooms import NOTE_KINDS as STORED_KINDS
from polku.store.rooms import Note
from polku.workshop_report import (
    NOTE_KINDS,
    notes_csv,
    notes_table,
    notes_xlsx,
    report_html,
    report_markdown,
    report_pdf,
    workshop_report,
)
from tests.conftest import dump

WHEN = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC)


def graph(data: dict) -> PathGraph:
    result = load_text(dump(data), "x.yaml")
    assert result.ok, result.errors
    return PathGraph(result.path)


@pytest.fixture
def graphs(minimal) -> dict[str, PathGraph]:
    other = {**minimal, "id": "toinen", "region": "Toinenkunta", "title": "Toinen polku"}
    return {"esimerkki": graph(minimal), "toinen": graph(other)}


def note(i, path, step, kind, votes, text, hidden=False, author="") -> Note:
    return Note(i, 1, path, step, kind, text, author, WHEN, hidden, votes)


NOTES = [
    note(1, "esimerkki", "suunnitelma", "gap", 2, "Kuka vastaa?", author="Anna"),
    note(2, "esimerkki", "suunnitelma", "gap", 5, "Ei omistajaa"),
    note(3, "toinen", "suunnitelma", "idea", 0, "Yhteinen lomake"),
    note(4, "esimerkki", "koulutus", "good_practice", 1, "Saattaen"),
    note(5, "esimerkki", "koulutus", "question", 9, "piilotettu teksti", hidden=True),
    note(6, "esimerkki", "poistettu", "question", 0, "Mihin tämä katosi"),
]


def test_the_record_knows_the_same_kinds_of_note_as_the_store():
    assert NOTE_KINDS == STORED_KINDS


def test_the_report_groups_notes_by_step_kind_then_kind_most_votes_first(graphs):
    report = workshop_report("Päivä", dt.date(2026, 11, 23), graphs, NOTES, "fi")
    shape = [
        (step_kind, [(kind, [n.text for n in items]) for kind, items in kinds])
        for step_kind, kinds in report.groups
    ]
    assert shape == [
        (
            "activation-plan",
            [("gap", ["Ei omistajaa", "Kuka vastaa?"]), ("idea", ["Yhteinen lomake"])],
        ),
        ("exit-education", [("good_practice", ["Saattaen"])]),
        ("_other", [("question", ["Mihin tämä katosi"])]),
    ]


def test_the_markdown_report_in_finnish(graphs):
    report = workshop_report(
        "Kehittämispäivä", dt.date(2026, 11, 23), graphs, NOTES, "fi", made=dt.date(2026, 11, 24)
    )
    text = report_markdown(report)
    assert text.startswith("# Työpajan raportti: Kehittämispäivä\n\nPäivä: 23. marraskuuta 2026\n")
    assert "## Vertaillut polut\n\n- Esimerkkikunta\n- Toinenkunta\n" in text
    assert "## Polkujen erot" in text and "### " + t("compare.findings", "fi") in text
    lines = text.splitlines()
    start = lines.index("## Kommentit askeltyypeittäin")
    assert lines[start:] == [
        "## Kommentit askeltyypeittäin",
        "",
        "### aktivointisuunnitelma",
        "",
        "#### ⊘ katvealue",
        "",
        "- **5 ääntä** · Esimerkkikunta · 1\\. Aktivointisuunnitelma: Ei omistajaa",
        "- **2 ääntä** · Esimerkkikunta · 1\\. Aktivointisuunnitelma: Kuka vastaa\\? — Anna",
        "",
        "#### ✦ idea",
        "",
        "- **0 ääntä** · Toinenkunta · 1\\. Aktivointisuunnitelma: Yhteinen lomake",
        "",
        "### koulutukseen",
        "",
        "#### ★ hyvä käytäntö",
        "",
        "- **1 ääni** · Esimerkkikunta · 2\\. Koulutukseen: Saattaen",
        "",
        "### Askeleet, joita polulla ei enää ole",
        "",
        "#### ? kysymys",
        "",
        "- **0 ääntä** · Esimerkkikunta · poistettu: Mihin tämä katosi",
        "",
        "*Laadittu 24. marraskuuta 2026.*",
    ]
    assert "piilotettu" not in text


@pytest.mark.parametrize(
    ("lang", "heading", "votes"),
    [
        ("sv", "## Kommentarer efter stegtyp", "5 röster"),
        ("en", "## Notes by step kind", "5 votes"),
    ],
)
def test_the_report_in_swedish_and_english(graphs, lang, heading, votes):
    text = report_markdown(workshop_report("X", dt.date(2026, 11, 23), graphs, NOTES, lang))
    assert heading in text and f"**{votes}**" in text


def test_with_one_path_the_report_says_there_is_nothing_to_compare(graphs):
    one = {"esimerkki": graphs["esimerkki"]}
    text = report_markdown(workshop_report("X", dt.date(2026, 11, 23), one, NOTES[:1], "en"))
    assert t("workshop.report.one_path", "en") in text


def test_typed_text_stays_text_in_markdown_and_html(graphs):
    hostile = note(7, "esimerkki", "suunnitelma", "gap", 0, "<script>x</script> [a](http://e) # h")
    report = workshop_report("<b>T</b> *x*", dt.date(2026, 11, 23), graphs, [hostile], "en")
    text = report_markdown(report)
    assert "<script>" not in text and "](" not in text and "\\<b\\>T\\<\\/b\\> \\*x\\*" in text
    page = report_html(report)
    assert "<script>x" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "&lt;b&gt;T&lt;/b&gt; *x*" in page


def test_the_pdf_is_tagged_and_holds_the_notes_with_votes(graphs):
    report = workshop_report("Kehittämispäivä", dt.date(2026, 11, 23), graphs, NOTES, "fi")
    data = report_pdf(report)
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Kuka vastaa?" in text and "5 ääntä" in text and "piilotettu" not in text
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]
    assert reader.trailer["/Root"]["/Lang"] == "fi"


def test_the_notes_table_in_csv_and_xlsx_keeps_formulas_as_text(graphs):
    risky = note(8, "esimerkki", "koulutus", "idea", 3, '=HYPERLINK("http://e","x")')
    csv_text = notes_csv([risky, NOTES[0]], graphs, "fi").decode("utf-8-sig")
    header, first, second = csv_text.splitlines()
    assert header == "Polku,Askel,Askeltyyppi,Kommentin laji,Kommentti,Nimi,Ääniä,Kirjoitettu (UTC)"
    assert first.startswith("Esimerkkikunta,1. Aktivointisuunnitelma,aktivointisuunnitelma,⊘")
    assert second.startswith("Esimerkkikunta,2. Koulutukseen,koulutukseen,✦ idea,")
    assert '"\'=HYPERLINK(""http://e"",""x"")"' in second
    book = openpyxl.load_workbook(io.BytesIO(notes_xlsx([risky], graphs, "en")))
    cell = book.active["E2"]
    assert cell.value == '=HYPERLINK("http://e","x")' and cell.data_type == "s"


def test_the_table_lists_hidden_notes_only_when_given_them(graphs):
    table = notes_table(NOTES[:2], graphs, "en")
    assert list(table["Votes"]) == [2, 5]
    assert list(table.columns)[:2] == ["Path", "Step"]
