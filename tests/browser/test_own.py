"""Your own path in Chromium: upload, see it in the explorer and the comparison, not in another
browser; bad and oversized uploads; edit a title in the table, keep it across pages, download
it; the step-kind drop-down in Finnish and Swedish; axe-core on the page in all three
languages."""

import re

import pytest
import yaml
from playwright.sync_api import Page, expect

from polku.i18n import t
from polku.loader import load_text
from polku.template import template
from polku.yaml_out import dump_raw, raw
from tests.browser.conftest import axe_violations, settle
from tests.conftest import SHIPPED, dump

GRID = '[data-testid="stDataFrame"]'


def own_file(minimal: dict) -> dict:
    data = dict(minimal)
    data["id"] = "oma-selain"
    data["title"] = "Selaimen oma polku"
    return data


def upload(page: Page, path) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))
    settle(page)


def go(page: Page, label: str) -> None:
    """Move to another page as a user does, through the sidebar: the session goes along."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=label).click()
    settle(page)


def open_tab(page: Page, name: str) -> None:
    """Open the editor's tab `name`. A click that lands while the page is drawing the tables
    anew (under load, between a run and the next) is lost with the old tab: clicked again,
    as a user would, until it is the selected one."""
    tab = page.get_by_role("tab", name=name, exact=True)
    for _ in range(4):
        tab.click()
        try:
            expect(tab).to_have_attribute("aria-selected", "true", timeout=2_000)
            return
        except AssertionError:
            settle(page)
    expect(tab).to_have_attribute("aria-selected", "true")


def open_cell(page: Page, grid, right: int) -> None:
    """Open the editor of the first row's cell `right` cells right of the first column: click
    the first cell until the grid has the keyboard (a click while the tab is still being laid
    out goes nowhere, and the arrow keys would then move between the tabs), then the arrows
    and Enter."""
    canvas = grid.get_by_test_id("data-grid-canvas")
    for _ in range(5):
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 40, box["y"] + 35 + 18)  # below the 35 px header
        if canvas.evaluate("c => c === document.activeElement"):
            break
        page.wait_for_timeout(300)
    expect(canvas).to_be_focused()
    for _ in range(right):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")


def test_an_upload_shows_in_the_explorer_and_the_comparison_but_not_elsewhere(
    server, page: Page, browser, tmp_path, minimal
):
    file = tmp_path / "oma.yaml"
    file.write_text(dump(own_file(minimal)), encoding="utf-8")
    before = sorted((f.name, f.stat().st_mtime_ns) for f in SHIPPED.iterdir())
    page.goto(f"{server.url}/own?lang=en")
    settle(page)
    upload(page, file)
    expect(page.get_by_text("Path oma-selain is now in use in this session")).to_be_visible()
    assert sorted((f.name, f.stat().st_mtime_ns) for f in SHIPPED.iterdir()) == before
    page.get_by_role("link", name="Open in the explorer").click()
    settle(page)
    expect(page).to_have_url(re.compile(r"path=oma-selain"))
    expect(page.get_by_role("heading", name="Aktivointisuunnitelma").first).to_be_visible()
    go(page, "Compare")
    page.get_by_label("Paths to compare (2–4)").click()
    page.get_by_role("option", name="Selaimen oma polku").click()
    settle(page)
    expect(page).to_have_url(re.compile(r"oma-selain"))
    # Laying out three paths side by side can take seconds on a loaded machine.
    expect(page.locator('[data-testid="diagram-step"][data-step^="oma-selain/"]')).to_have_count(
        2, timeout=30_000
    )
    # Another browser (a new context: no shared session) does not see it.
    other = browser.new_context().new_page()
    other.goto(f"{server.url}/explorer?lang=en&path=oma-selain")
    settle(other)
    expect(other.get_by_text(re.compile("oma-selain"))).to_be_visible()  # named as unknown
    expect(other.get_by_role("heading", name="Aktivointisuunnitelma")).to_have_count(0)
    other.context.close()


def test_an_invalid_upload_says_where_and_a_5_mb_upload_is_refused(server, page: Page, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: x\ntitle: [unclosed\n", encoding="utf-8")
    page.goto(f"{server.url}/own?lang=fi")
    settle(page)
    upload(page, bad)
    expect(
        page.get_by_text(re.compile(r"bad\.yaml:\d+:\d+: Tiedosto ei ole kelvollista YAML"))
    ).to_be_visible()
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * (5 * 1024 * 1024) + b"\n")
    upload(page, big)
    expect(page.get_by_text(re.compile(r"Tiedosto on liian suuri"))).to_be_visible()
    expect(page.get_by_text("Ei luonnosta vielä", exact=False)).to_be_visible()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_file_over_the_servers_limit_or_not_yaml_is_refused_in_the_ui_language(
    server, page: Page, tmp_path, lang
):
    """Streamlit refuses these in the browser (over 8 MB, another type) and says why only to
    screen readers, in English: the page says it to everyone, in its language."""
    page.goto(f"{server.url}/own?lang={lang}")
    settle(page)
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"# " + b"x" * (9 * 1024 * 1024) + b"\n")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(huge))
    why = page.locator('[data-testid="stFileUploader"] [role="alert"]')
    expect(why).to_have_text(t("upload.too_large", lang))
    expect(why).to_be_visible()
    assert why.bounding_box()["width"] > 150  # readable, not a column of letters
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(other))
    expect(why.last).to_have_text(t("upload.wrong_type", lang))  # the first one stays listed
    expect(page.get_by_text("Error:", exact=False)).to_have_count(0)
    assert axe_violations(page) == []


def test_editing_a_title_changes_the_preview_survives_a_page_switch_and_downloads(
    server, page: Page
):
    page.goto(f"{server.url}/own?lang=en")
    settle(page)
    page.get_by_label("The region's name").fill("Vaasa")
    page.get_by_label("The region's name").press("Enter")
    settle(page)
    page.get_by_role("button", name="Start from the template").click()
    settle(page)
    expect(page.get_by_text("Valid: path vaasa is in use in this session")).to_be_visible()
    # The message comes before the tables: a tab clicked the moment it appears may not take.
    settle(page)
    open_tab(page, "Steps")
    grid = page.locator(GRID).locator("visible=true").first
    expect(grid.locator("table")).to_contain_text("Activation plan")  # drawn, rows and all
    # Three cells right of the first is the title; Enter opens the cell editor (typing
    # straight away loses the first keys while it opens); Enter commits.
    open_cell(page, grid, 3)
    # The cell editor is open when the grid's text area has focus.
    expect(page.locator("textarea:focus, input:focus").first).to_be_attached()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("Uusi otsikko", delay=30)
    page.keyboard.press("Enter")
    settle(page)
    preview = page.locator('[data-testid="diagram-step"]').first
    expect(preview).to_contain_text("Uusi otsikko", timeout=15_000)
    go(page, "Home")
    go(page, "Your own path")
    expect(page.locator('[data-testid="diagram-step"]').first).to_contain_text("Uusi otsikko")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download YAML").click()
    text = open(download.value.path(), encoding="utf-8").read()
    result = load_text(text, "vaasa.yaml")
    assert result.ok, result.errors
    expected = raw(load_text(template("Vaasa", "en"), "t.yaml").path)
    expected["steps"][0]["title"] = "Uusi otsikko"
    assert result.path == load_text(dump_raw(expected), "e.yaml").path  # the edited model


# By hand from the catalogue: the tab, the first step's kind, some of the other kinds, and the
# one chosen (decision).
KIND_DROP_DOWN = {
    "fi": (
        "Askeleet",
        "Aktivointisuunnitelma",
        ["Etsivä työ ja yhteydenotto", "Palvelutarpeen arviointi", "Loppuarvio", "Työhön"],
        "Päätös",
    ),
    "sv": (
        "Steg",
        "Aktiveringsplan",
        ["Uppsökande arbete och kontakt", "Bedömning av servicebehov", "Slutbedömning"],
        "Beslut",
    ),
}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_step_kind_drop_down_shows_names_and_the_file_gets_the_code(server, page: Page, lang):
    tab, first, others, choice = KIND_DROP_DOWN[lang]
    page.goto(f"{server.url}/own?lang={lang}")
    settle(page)
    page.locator('[class*="st-key-own-start-template"] button').click()
    expect(page.locator('[class*="st-key-own-ed-steps-1"]')).to_be_attached()
    settle(page)
    open_tab(page, tab)
    grid = page.locator(GRID).locator("visible=true").first
    expect(grid).to_be_visible()
    # The grid draws on a canvas; its accessible table is what a screen reader reads.
    cells = grid.locator("table")
    expect(cells).to_contain_text(first)
    expect(cells).not_to_contain_text("activation-plan")
    open_cell(page, grid, 2)  # two cells right of the first is the kind
    menu = page.get_by_role("listbox")
    expect(menu).to_be_visible()
    for name in [first, *others, choice]:
        expect(menu.get_by_role("option", name=name, exact=True)).to_have_count(1)
    # The 25 step kinds of docs/PATH_FORMAT.md, each once, and the empty choice.
    expect(menu.get_by_role("option")).to_have_count(26)
    expect(menu).not_to_contain_text("activation-plan")
    menu.get_by_role("option", name=choice, exact=True).click()
    # The draft has the change when the table is drawn anew from it, under its next key.
    expect(page.locator('[class*="st-key-own-ed-steps-2"]')).to_be_attached()
    settle(page)
    expect(page.locator(GRID).locator("visible=true").first.locator("table")).to_contain_text(
        choice
    )
    with page.expect_download() as download:
        page.locator('[class*="st-key-own-download"] button').click()
    text = open(download.value.path(), encoding="utf-8").read()
    assert [s["kind"] for s in yaml.safe_load(text)["steps"]] == [
        "decision",
        "activity",
        "final-assessment",
    ]
    assert choice not in text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_page_has_no_serious_accessibility_violations(server, page: Page, lang):
    page.goto(f"{server.url}/own?lang={lang}")
    settle(page)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    assert axe_violations(page) == []
    page.locator('[class*="st-key-own-start-template"] button').click()
    settle(page)
    expect(page.locator(GRID).first).to_be_visible()
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    "lang,word", [("fi", "Valitse tiedosto"), ("sv", "Välj fil"), ("en", "Choose a file")]
)
def test_the_uploader_speaks_the_ui_language(server, page: Page, lang, word):
    page.goto(f"{server.url}/own?lang={lang}")
    settle(page)
    dropzone = page.get_by_test_id("stFileUploaderDropzone")
    # Streamlit's own words are "Upload" and "8MB per file • YAML, YML" (the server's limit,
    # not the 1 MiB a path file may have, which the label says).
    expect(dropzone.locator("button")).to_have_accessible_name(word)
    # One button heard, not two: the hidden file input behind it is hidden from screen readers.
    expect(dropzone.get_by_role("button", name=word, exact=True)).to_have_count(1)
    expect(dropzone.locator("button")).to_be_visible()
    expect(dropzone.get_by_test_id("stFileUploaderDropzoneInstructions")).to_be_hidden()
    expect(dropzone.get_by_role("button", name="Upload", exact=True)).to_have_count(0)
    # Its own name, "file upload", is not heard either.
    expect(dropzone.get_by_role("button", name="file upload", exact=True)).to_have_count(0)


@pytest.mark.parametrize("size,beside", [((1280, 720), True), ((800, 1280), False)])
def test_the_three_ways_to_start_sit_side_by_side_or_stack_when_they_do_not_fit(
    server, browser, size, beside
):
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.goto(f"{server.url}/own?lang=sv")
    settle(page)
    columns = page.locator(".st-key-own-starts [data-testid='stColumn']")
    expect(columns).to_have_count(3)
    page.wait_for_function(  # the style is loaded lazily: wait until it has laid out
        """() => { const c = document.querySelector('.st-key-own-starts [data-testid=stColumn]');
                   return c && getComputedStyle(c).minWidth !== '0px'
                          && getComputedStyle(c).minWidth !== 'auto'; }"""
    )
    boxes = [columns.nth(i).bounding_box() for i in range(3)]
    button = page.get_by_role("button", name="Ladda ner den kommenterade mallen").bounding_box()
    if beside:
        assert len({round(b["y"]) for b in boxes}) == 1, boxes
    else:
        # A tablet beside the sidebar: one above the other, each as wide as the page, so that
        # "kommenterade" is not broken mid-word (the boxes were 145 px wide).
        assert boxes[0]["y"] + boxes[0]["height"] <= boxes[1]["y"], boxes
        assert abs(boxes[0]["width"] - boxes[2]["width"]) < 2, boxes
        assert button["height"] < 50, button  # one line
    page.close()
