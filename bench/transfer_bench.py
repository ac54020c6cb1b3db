"""Bytes on the wire for a first load of the explorer through the proxy (deploy/replicas.py,
HAProxy with gzip), asked with a browser's Accept-Encoding vs `identity`: the page, every
script, style sheet and font it references (fonts through the style sheets), and the first
run's WebSocket messages. The lazily loaded script chunks the bundle asks for later are not
counted: the page does not name them."""

from __future__ import annotations

import asyncio
import gzip
import re
import urllib.request
from urllib.parse import urljoin

from bench.common import header, line
from bench.protocol import APP, QUERY, Session

BROWSER = "gzip, deflate, br, zstd"  # what Chromium sends
ASSET = re.compile(r'(?:src|href)="([^"]+\.(?:js|css|woff2?|ttf))"')
CSS_URL = re.compile(r"url\(['\"]?([^'\")]+\.(?:woff2?|ttf))")


def get(url: str, encoding: str) -> tuple[str, int]:
    """(the text, bytes on the wire: body as sent + headers); urllib never decompresses."""
    req = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(req, timeout=30) as r:
        body = r.read()
        head = sum(len(k) + len(v) + 4 for k, v in r.headers.items())
        if r.headers.get("Content-Encoding") == "gzip":
            body_text = gzip.decompress(body)
        else:
            body_text = body
        return body_text.decode("utf-8", "replace"), len(body) + head


def page_load(base: str, encoding: str) -> dict[str, tuple[int, int]]:
    """{kind: (bytes, files)} for the page, its scripts and style sheets, and the fonts."""
    html, n = get(f"{base}/explorer?{QUERY}", encoding)
    out = {"page": (n, 1), "code": (0, 0), "fonts": (0, 0)}
    seen = set()
    queue = [urljoin(f"{base}/", u) for u in ASSET.findall(html)]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        text, n = get(url, encoding)
        kind = "code" if url.endswith((".js", ".css")) else "fonts"
        out[kind] = (out[kind][0] + n, out[kind][1] + 1)
        if url.endswith(".css"):
            queue += [urljoin(url, u) for u in CSS_URL.findall(text)]
    return out


async def first_run(base: str) -> tuple[int, str]:
    """The first run's WebSocket payload, and whether the server compressed it."""
    s = Session(base, compression="deflate")  # offered, as a browser does
    run = await s.first_run("explorer")
    ext = s.ws.response.headers.get("Sec-WebSocket-Extensions", "")
    await s.close()
    return run.nbytes, ext


def kb(n: int) -> str:
    return f"{n / 1024:.0f} kB"


def main() -> None:
    header("Bytes for a first load of the explorer through the proxy: gzip vs none")
    try:
        from deploy.replicas import Topology
    except ImportError:
        line("transfer through the proxy", "NOT RUN", "deploy/replicas.py is missing")
        return
    with Topology(replicas=1, script=APP, compression=True) as topo:
        base = topo.proxy_url
        page_load(base, BROWSER)  # the first visit of a replica
        gz = page_load(base, BROWSER)
        raw = page_load(base, "identity")
        ws, ext = asyncio.run(first_run(base))
    for kind, name in (
        ("page", "the HTML page"),
        ("code", f"{gz['code'][1]} scripts and style sheets it names"),
        ("fonts", f"{gz['fonts'][1]} fonts its CSS names (compressed already)"),
    ):
        line(f"{name}, gzip vs none", f"{kb(gz[kind][0])} vs {kb(raw[kind][0])}")
    compressed = "permessage-deflate" in ext
    line(
        "first run's WebSocket messages",
        f"{kb(ws)}" + ("" if compressed else ", not compressed"),
    )
    # A browser fetches only the fonts a page uses: the total leaves them out.
    g = gz["page"][0] + gz["code"][0] + ws
    r = raw["page"][0] + raw["code"][0] + ws
    line("first load without fonts, gzip vs none", f"{g / r:.2f}× ({kb(g)} vs {kb(r)})")


if __name__ == "__main__":
    main()
