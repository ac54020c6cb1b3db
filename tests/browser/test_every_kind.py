"""A file with every step kind in every phase kind (allowed by the contract, flagged where a
kind is outside its usual phase) loads and renders on every page in Chromium."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from polku.models import PHASE_KINDS, STEP_KINDS
from tests.browser.conftest import Server, settle
from tests.conftest import SHIPPED, dump
from tests.contractgen import every_kind_everywhere

STEP = '[data-testid="diagram-step"]'
TITLE = "Jokainen askeltyyppi jokaisessa vaiheessa"
STEPS = len(STEP_KINDS) * len(PHASE_KINDS)  # 75


@pytest.fixture(scope="module")
def kinds_server(tmp_path_factory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("every-kind")
    (folder / "joka-vaiheessa.yaml").write_text(dump(every_kind_everywhere()), encoding="utf-8")
    shutil.copy(SHIPPED / "kansallinen.yaml", folder)
    server = Server(paths=str(folder))
    yield server
    server.stop()


def no_exception(page: Page) -> None:
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_home_lists_it_as_valid_with_the_kind_outside_its_phase_flagged(kinds_server, page):
    page.goto(f"{kinds_server.url}/?lang=en")
    settle(page)
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    expect(page.get_by_role("heading", name="Invalid files")).to_have_count(0)
    page.get_by_text("Findings by step").first.click()
    expect(page.get_by_text("is usually in the “Into” phase").first).to_be_visible()
    no_exception(page)


def test_the_explorer_draws_every_step(kinds_server, page: Page):
    page.goto(f"{kinds_server.url}/explorer?lang=en&path=joka-vaiheessa")
    settle(page)
    expect(page.locator(STEP)).to_have_count(STEPS, timeout=30_000)
    page.locator(f'{STEP}[data-step="out-activation-plan"]').click()
    expect(page.get_by_role("heading", name="activation-plan (out)", exact=True)).to_be_visible()
    no_exception(page)


def test_the_meeting_walks_it(kinds_server, page: Page):
    page.goto(f"{kinds_server.url}/meeting?lang=en&path=joka-vaiheessa")
    settle(page)
    expect(page.get_by_role("heading", name="outreach (into)", exact=True)).to_be_visible()
    page.get_by_role("button", name=re.compile(r"^Next: service-need-assessment \(into\)")).click()
    expect(
        page.get_by_role("heading", name="service-need-assessment (into)", exact=True)
    ).to_be_visible()
    no_exception(page)


def test_the_comparison_aligns_it_with_the_national_path(kinds_server, page: Page):
    page.goto(f"{kinds_server.url}/compare?lang=en&paths=joka-vaiheessa,kansallinen")
    settle(page)
    expect(page.locator(STEP)).to_have_count(STEPS + 17, timeout=30_000)
    no_exception(page)


def test_onboarding_tours_it(kinds_server, page: Page):
    page.goto(f"{kinds_server.url}/onboarding?lang=en&path=joka-vaiheessa&role=kela")
    settle(page)
    # Kela (the 5th actor kind) is responsible for every 13th step from the 5th on.
    expect(page.get_by_text("multi-agency-assessment (into)").first).to_be_visible()
    no_exception(page)


def test_the_own_path_page_takes_it_as_an_upload(kinds_server, page: Page, tmp_path):
    file = tmp_path / "oma.yaml"
    file.write_text(dump(every_kind_everywhere("oma-joka-vaiheessa")), encoding="utf-8")
    page.goto(f"{kinds_server.url}/own?lang=en")
    settle(page)
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(file))
    expect(page.get_by_text("Valid: path oma-joka-vaiheessa is in use")).to_be_visible(
        timeout=30_000
    )
    no_exception(page)
