"""Two app replicas behind HAProxy on one PostgreSQL (deploy/replicas.py, the topology of
compose.yaml), in Chromium: a browser stays on the replica it started on, HTTP and WebSocket
alike; a note written through one replica shows live on the other; when a replica stops, its
users reconnect to the other and lose nothing saved; the first page load comes gzipped.

Which replica answered is read from HAProxy's X-Polku-Replica header, on HTTP responses and on
the WebSocket's handshake (through the Chrome DevTools Protocol, which sees the 101 response's
headers). A browser is pinned to a replica by sending the sticky cookie HAProxy would set."""

from __future__ import annotations

import re
import time
import urllib.request
from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from deploy.replicas import Topology
from tests.browser.conftest import settle
from tests.browser.test_workshop import write

COOKIE = "POLKU_REPLICA"
HEADER = "x-polku-replica"
LIVE = 15_000  # ms: the notes list refreshes every 2 s; slack for a CPU shared with others
RECONNECT = 60  # s: Streamlit's client retries with a growing pause


@pytest.fixture(scope="module")
def topo() -> Iterator[Topology]:
    with Topology(replicas=2) as topology:
        yield topology


class Watched:
    """A page whose answers are recorded: each HTTP response's replica, each WebSocket
    handshake's."""

    def __init__(self, context: BrowserContext, base: str):
        self.context = context
        self.page: Page = context.new_page()
        self.http: list[tuple[str, str | None]] = []  # (url, replica)
        self.sockets: list[str | None] = []  # replica of each accepted WebSocket handshake
        self.page.on("response", self._response)
        cdp = context.new_cdp_session(self.page)
        cdp.on("Network.webSocketHandshakeResponseReceived", self._handshake)
        cdp.send("Network.enable")
        self.base = base

    def _response(self, response) -> None:
        if response.url.startswith(self.base):
            self.http.append((response.url, response.headers.get(HEADER)))

    def _handshake(self, event: dict) -> None:
        if event["response"]["status"] == 101:
            headers = {k.lower(): v for k, v in event["response"]["headers"].items()}
            self.sockets.append(headers.get(HEADER))

    def open(self, address: str) -> str | None:
        """Go to `address` under the proxy and wait for the app; the replica that served it."""
        response = self.page.goto(self.base + address)
        settle(self.page, timeout=60)
        return response.header_value(HEADER) if response else None

    def cookie(self) -> str | None:
        return next((c["value"] for c in self.context.cookies() if c["name"] == COOKIE), None)

    def wait_for_socket_from(self, replica: str, after: int, seconds: float) -> None:
        """Wait until a WebSocket handshake after the first `after` is answered by `replica`;
        fail when none is within `seconds`. The pause hands control to Playwright, which
        delivers the browser's events meanwhile."""
        deadline = time.monotonic() + seconds
        while replica not in self.sockets[after:]:
            if time.monotonic() > deadline:
                pytest.fail(
                    f"no WebSocket from replica {replica} within {seconds} s "
                    f"(handshakes answered by {self.sockets})"
                )
            self.page.wait_for_timeout(100)


def pinned(browser, browser_context_args, topo: Topology, replica: str | None) -> Watched:
    """A new browser (context); with `replica`, it carries the sticky cookie naming it."""
    context = browser.new_context(**browser_context_args)
    if replica:
        context.add_cookies([{"name": COOKIE, "value": replica, "url": topo.proxy_url}])
    return Watched(context, topo.proxy_url)


def make_room(watched: Watched, title: str) -> str:
    """Create a room on the workshop page as a user does; its participant link."""
    watched.open("/workshop?lang=en")
    watched.page.get_by_label("The room's title").fill(title)
    watched.page.get_by_role("button", name="Create the room").click()
    expect(watched.page.get_by_text("Participant link", exact=True)).to_be_visible()
    # The participant link is the first of the two copyable links, the facilitator's second.
    code = watched.page.get_by_test_id("stCode").filter(has_text="room=").first
    expect(code).to_be_visible()
    link = code.inner_text().strip()
    assert link.startswith(f"{watched.base}/workshop?room="), link
    return link.removeprefix(watched.base)


def test_a_session_stays_on_the_replica_it_started_on(browser, browser_context_args, topo):
    # New visitors are spread over both replicas: two first requests without a cookie.
    first = set()
    for _ in range(2):
        with urllib.request.urlopen(f"{topo.proxy_url}/_stcore/health", timeout=10) as response:
            first.add(response.headers[HEADER])
    assert first == {"a", "b"}

    user = pinned(browser, browser_context_args, topo, None)
    served = user.open("/?lang=en")
    assert served in ("a", "b")
    assert user.cookie() == served  # the first response set the sticky cookie
    user.open("/explorer?lang=en")
    user.page.reload()
    settle(user.page, timeout=60)
    user.open("/workshop?lang=en")

    assert len(user.http) >= 10, user.http  # the pages, their scripts, styles, health pings
    others = [(url, replica) for url, replica in user.http if replica != served]
    assert others == []
    assert len(user.sockets) >= 3  # one WebSocket per page load
    assert set(user.sockets) == {served}
    user.context.close()


def test_a_note_written_through_one_replica_shows_live_on_the_other(
    browser, browser_context_args, topo
):
    on_a = pinned(browser, browser_context_args, topo, "a")
    on_b = pinned(browser, browser_context_args, topo, "b")
    room = make_room(on_a, "Seutupäivä kahdella palvelimella")
    assert on_a.open(room + "&lang=en") == "a"
    assert on_b.open(room + "&lang=en") == "b"
    expect(on_b.page.get_by_text("Seutupäivä kahdella palvelimella")).to_be_visible()

    write(on_a.page, "Kirjoitettu palvelimella A")
    expect(on_b.page.get_by_text("Kirjoitettu palvelimella A")).to_be_visible(timeout=LIVE)

    assert {replica for _, replica in on_a.http} == {"a"}
    assert {replica for _, replica in on_b.http} == {"b"}
    assert set(on_a.sockets) == {"a"} and set(on_b.sockets) == {"b"}
    on_a.context.close()
    on_b.context.close()


def test_when_a_replica_stops_its_users_reconnect_to_the_other_and_keep_their_room(
    browser, browser_context_args, topo, record_property
):
    user = pinned(browser, browser_context_args, topo, "a")
    room = make_room(user, "Huone joka kestää katkon")
    assert user.open(room + "&lang=en") == "a"
    write(user.page, "Tallennettu ennen katkoa")
    handshakes = len(user.sockets)
    assert user.sockets[-1] == "a"

    stopped = time.monotonic()
    try:
        marked_down = topo.stop_replica(0)
        exited = time.monotonic() - stopped - marked_down
        # The page is not reloaded: Streamlit's client sees its WebSocket close and opens a
        # new one, which the proxy sends to b although the cookie still says a.
        user.wait_for_socket_from("b", after=handshakes, seconds=RECONNECT)
        reconnected = time.monotonic() - stopped
        settle(user.page, timeout=RECONNECT)
        expect(user.page.get_by_text("Huone joka kestää katkon")).to_be_visible(timeout=LIVE)
        expect(user.page.get_by_text("Tallennettu ennen katkoa")).to_be_visible(timeout=LIVE)
        assert user.cookie() == "b"  # HAProxy moved the browser over for good
        record_property("reconnect_seconds", round(reconnected, 2))
        print(
            f"replica a exited {exited:.2f} s after SIGTERM, was marked down "
            f"{marked_down:.2f} s later; the page's WebSocket reached b {reconnected:.2f} s "
            "after SIGTERM"
        )

        # Still working on b: a new note is saved and listed.
        write(user.page, "Tallennettu katkon jälkeen")
        # In the notes list (once, after the failover, the note box kept its text as well).
        saved = user.page.locator("p").filter(has_text="Tallennettu katkon jälkeen")
        expect(saved).to_be_visible(timeout=LIVE)
        assert user.sockets[handshakes:] and set(user.sockets[handshakes:]) == {"b"}
    finally:
        topo.start_replica(0)  # the other tests expect both replicas
    user.context.close()


def test_the_first_page_load_is_gzipped_by_the_proxy(browser, browser_context_args, topo):
    user = pinned(browser, browser_context_args, topo, None)
    responses = []
    user.page.on("response", lambda response: responses.append(response))
    document = user.page.goto(f"{topo.proxy_url}/")
    settle(user.page, timeout=60)
    html = document.body().decode()
    main = re.search(r'<script type="module"[^>]* src="\./(static/js/index\.[^"]+\.js)"', html)
    assert main, "the page names no main bundle"
    bundle = next(r for r in responses if r.url == f"{topo.proxy_url}/{main.group(1)}")

    for response in (document, bundle):
        assert "gzip" in response.request.all_headers().get("accept-encoding", "")
        assert response.header_value("content-encoding") == "gzip", response.url
        sent = response.request.sizes()["responseBodySize"]  # bytes on the wire, compressed
        plain = len(response.body())  # what the browser unpacked
        # The same resource asked for without compression, through the same proxy.
        request = urllib.request.Request(response.url, headers={"Accept-Encoding": "identity"})
        with urllib.request.urlopen(request, timeout=30) as raw:
            assert raw.headers.get("Content-Encoding") is None
            uncompressed = len(raw.read())
        assert plain == uncompressed
        # HAProxy's gzip (its fast SLZ encoder) sends about 40-50 % of these bytes.
        assert 0 < sent * 3 < uncompressed * 2, (response.url, sent, uncompressed)
    user.context.close()


def test_one_replica_without_compression_serves_plain_bytes():
    """The reference set-up of the benchmarks: one replica, compression off."""
    with Topology(replicas=1, compression=False) as single:
        assert len(single.replica_urls) == 1 and len(single.replica_pids) == 1
        request = urllib.request.Request(
            f"{single.proxy_url}/", headers={"Accept-Encoding": "gzip"}
        )
        for _ in range(2):
            with urllib.request.urlopen(request, timeout=30) as response:
                assert response.headers[HEADER] == "a"
                assert response.headers.get("Content-Encoding") is None
                assert b"<!doctype html>" in response.read().lower()
