"""The diagram as a Streamlit v2 component: click a step, or Tab to it and press Enter.

The SVG comes from Graphviz, which writes every label as escaped XML text, and node names
are generated ids, so nothing from a path file reaches the page as markup. Names for screen
readers are set with `setAttribute`/`textContent`, never as HTML.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Collection, Hashable

import streamlit as st

from polku.i18n import t

_CSS = """
.polku-diagram { font-family: inherit; }
.bar { display: flex; gap: .4rem; flex-wrap: wrap; align-items: center; margin-bottom: .4rem; }
.bar button { font: inherit; font-size: .9rem; padding: .25rem .7rem; border-radius: .4rem;
  border: 1px solid #5b6570; background: #fff; color: #111; cursor: pointer; min-height: 2rem; }
.bar button:hover { background: #eef3f8; }
.bar button:focus-visible, .node:focus-visible { outline: 3px solid #0063A6; outline-offset: 2px; }
.bar .zoom { color: #333; font-size: .85rem; }
.scroller { overflow: auto; border: 1px solid #d0d6dc; border-radius: .5rem;
  background: #fff; padding: .3rem; }
.scroller.whole { max-height: calc(100vh - 24px); }
.scroller svg { display: block; margin: 0 auto; }
.conditions { margin-top: .5rem; font-size: 1rem; }
.conditions summary { cursor: pointer; font-weight: 600; min-height: 1.8rem; }
.conditions summary:focus-visible { outline: 3px solid #0063A6; outline-offset: 2px; }
.conditions dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem;
  margin: .4rem 0 0; }
.conditions dt { font-weight: 700; }
.conditions dd { margin: 0; }
.node { cursor: pointer; }
.node:hover path, .node:hover polygon { stroke-width: 3px; }
.node.selected path, .node.selected polygon { stroke: #111 !important; stroke-width: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .9rem; margin-top: .5rem; font-size: .9rem;
  list-style: none; padding: 0; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { width: 1.1rem; height: .9rem; border-radius: .2rem; border-width: 2px; }
"""

_JS = """
// The drawing is chosen and scaled for the box it is shown in, among the arrangements the
// server laid out (in its order of preference), never below the readable size
// (`data.min_scale`: 12 px text), never scrolling sideways when one fits (see `choose`); the
// user's zoom overrides until "fit" is pressed again.
const zoomOf = {};
const CAP = 1.5;  // no bigger than 18 px text: a short path should not look like a poster

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function dims(text) {
  const m = /<svg[^>]*?width="([\\d.]+)pt"[^>]*?height="([\\d.]+)pt"/.exec(text);
  return m ? [parseFloat(m[1]), parseFloat(m[2])] : [800, 600];
}

function choose(variants, availW, availH, min) {
  // Whole mode: the arrangement showing the whole drawing largest; if none fits the box at a
  // readable size, the one that needs the least scrolling down at its width. Width mode (the
  // drawing grows down the page): the first (the least cramped) within a tenth of the largest
  // text, since a little smaller text in boxes that use the width beats a narrow, tall one.
  const fits = Number.isFinite(availH);
  const widths = variants.map(([, text]) => Math.min(availW / dims(text)[0], CAP));
  const best = Math.max(...widths);
  let whole = null, least = null, wide = null, narrowest = null;
  variants.forEach(([name, text], i) => {
    const [w, h] = dims(text);
    const s = Math.min(availW / w, availH / h, CAP);
    const sw = widths[i];
    if (fits && s >= min && (!whole || s > whole.scale + 0.01)) whole = { name, scale: s };
    if (sw >= min && (!least || h * sw < least.tall - 1)) least = { name, scale: sw, tall: h * sw };
    if (sw >= min && sw >= best * 0.9 && !wide) wide = { name, scale: sw };
    if (!narrowest || w < narrowest.w) narrowest = { name, scale: min, w };
  });
  return whole || (fits ? least : wide) || narrowest;
}

export default function(component) {
  const { parentElement, setTriggerValue } = component;
  // The server sends the data as UTF-8 JSON bytes (encoded once per drawing, not per run).
  const data = ArrayBuffer.isView(component.data)
    ? JSON.parse(new TextDecoder().decode(component.data))
    : component.data;
  if (!data) return;
  // The selected step comes from a small companion component (see `_SELECTION_JS`), so that
  // a click does not send the drawing again: it is in the registry when that one ran first.
  const reg = (window.__polkuDiagram ??= { selected: {}, views: {}, pick: {} });
  let selected = reg.selected[data.view] ?? null;
  // A click goes through the companion when it has a callback of its own (the explorer: the
  // drawing outside the step's fragment, the companion inside), so only the fragment reruns.
  // Before the companion's own script has run (its module loads on its own, just after the
  // page is drawn), a click waits for it a moment rather than rerun the whole page.
  const pick = (step, waited = 0) => {
    const via = reg.pick[data.view];
    if (via) return via(step);
    if (data.companion && waited < 2000) return setTimeout(() => pick(step, waited + 25), 25);
    return setTriggerValue('select', step);
  };
  const hadFocus = parentElement.querySelector('.node:focus');
  const focusedStep = hadFocus ? hadFocus.dataset.step : null;
  let root = parentElement.querySelector('.polku-diagram');
  if (!root) {
    root = document.createElement('div');
    root.className = 'polku-diagram';
    parentElement.appendChild(root);
  }
  if (root._observer) root._observer.disconnect();
  root.replaceChildren();
  const L = data.labels;
  const key = data.key || 'default';
  const min = data.min_scale || 1;
  const variants = Object.entries(data.svgs || { only: data.svg });
  const whole = data.fit !== 'width';

  const scroller = document.createElement('div');
  scroller.className = 'scroller' + (whole ? ' whole' : '');
  const zoomText = document.createElement('span');
  zoomText.className = 'zoom';
  zoomText.setAttribute('aria-live', 'polite');
  let shown = null, svg = null, scale = 1;

  function availHeight() {
    return Math.max(320, window.innerHeight - 24);
  }

  function mount(name) {
    if (shown === name) return;
    shown = name;
    // Graphviz output: labels are escaped XML text and node names are generated ids.
    scroller.innerHTML = variants.find(([n]) => n === name)[1];
    svg = scroller.querySelector('svg');
    if (!svg) return;
    scroller.dataset.variant = name;
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', L.diagram);
    svg.querySelectorAll('g.node').forEach((g) => {
      const title = g.querySelector('title');
      const step = title ? data.nodes[title.textContent] : null;
      if (title) title.remove();
      if (!step) return;
      g.dataset.step = step;
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      // The accessible name comes from the node's own text (name from content).
      g.setAttribute('data-testid', 'diagram-step');
      if (step === selected) {
        g.classList.add('selected');
        g.setAttribute('aria-current', 'step');
      }
      g.addEventListener('click', () => {
        // A click of the pointer (not Enter, whose focus stays here) asks for the step's
        // words, below the drawing, to be brought into view once they are drawn.
        if (data.companion) reg.bring = { view: data.view, step };
        pick(step);
      });
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          pick(step);
        }
      });
    });
    svg.querySelectorAll('g.edge > title, g.cluster > title, g.graph > title')
      .forEach((el) => el.remove());
  }

  function apply() {
    const availW = Math.max(200, (scroller.clientWidth || root.clientWidth || 800) - 10);
    const z = zoomOf[key];
    let pick;
    if (z === undefined || z === 'fit') {
      pick = choose(variants, availW, whole ? availHeight() : Infinity, min);
      zoomText.textContent = L.fit_on;
    } else {
      pick = { name: shown || variants[0][0], scale: z };
      zoomText.textContent = Math.round(z / min * 100) + ' %';
    }
    mount(pick.name);
    if (!svg) return;
    scale = pick.scale;
    const [w, h] = dims(variants.find(([n]) => n === shown)[1]);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.style.width = (w * scale) + 'px';
    svg.style.height = (h * scale) + 'px';
    svg.style.maxWidth = 'none';
    svg.dataset.scale = scale.toFixed(3);
  }

  function zoomBy(f) {
    zoomOf[key] = Math.min(4, Math.max(0.3, scale * f));
    apply();
  }

  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.append(
    button(L.zoom_in, () => zoomBy(1.25)),
    button(L.zoom_out, () => zoomBy(0.8)),
    button(L.fit, () => { zoomOf[key] = 'fit'; apply(); }),
    button(L.png, () => downloadPng(svg, data.filename)),
    zoomText,
  );
  root.append(bar, scroller);
  apply();

  function reveal(focusedStep) {
    const sel = svg && svg.querySelector('g.node.selected');
    if (!sel) return;
    requestAnimationFrame(() => {
      // Bring the selected step into the box if it is outside; the page itself stays put.
      const box = scroller.getBoundingClientRect(), r = sel.getBoundingClientRect();
      if (r.left < box.left || r.right > box.right) {
        scroller.scrollLeft += (r.left + r.width / 2) - (box.left + box.width / 2);
      }
      if (r.top < box.top || r.bottom > box.bottom) {
        scroller.scrollTop += (r.top + r.height / 2) - (box.top + box.height / 2);
      }
      if (focusedStep) {
        const again = svg.querySelector(`g.node[data-step="${CSS.escape(focusedStep)}"]`);
        if (again) again.focus({ preventScroll: true });
      }
    });
  }

  function select(step) {
    selected = step ?? null;
    if (!svg) return;
    svg.querySelectorAll('g.node.selected').forEach((g) => {
      g.classList.remove('selected');
      g.removeAttribute('aria-current');
    });
    const g = selected && svg.querySelector(`g.node[data-step="${CSS.escape(selected)}"]`);
    if (g) {
      g.classList.add('selected');
      g.setAttribute('aria-current', 'step');
    }
    reveal(null);
  }
  reg.views[data.view] = select;
  reveal(focusedStep);

  // A wider or narrower box (a window resized, a sidebar closed) may suit another arrangement.
  let lastW = scroller.clientWidth;
  root._observer = new ResizeObserver(() => {
    if (Math.abs(scroller.clientWidth - lastW) > 8 && (zoomOf[key] ?? 'fit') === 'fit') {
      lastW = scroller.clientWidth;
      apply();
    }
  });
  root._observer.observe(scroller);

  const legend = document.createElement('ul');
  legend.className = 'legend';
  legend.setAttribute('aria-label', L.legend);
  (data.legend || []).forEach((item) => {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.background = item.fill;
    sw.style.borderStyle = item.style;
    sw.style.borderColor = item.border;
    sw.setAttribute('aria-hidden', 'true');
    const text = document.createElement('span');
    text.textContent = item.label;
    li.append(sw, text);
    legend.append(li);
  });
  root.append(legend);

  const conditions = data.conditions || [];
  if (conditions.length) {
    const details = document.createElement('details');
    details.className = 'conditions';
    const summary = document.createElement('summary');
    summary.textContent = L.conditions + ' (' + conditions.length + ')';
    const list = document.createElement('dl');
    conditions.forEach((c) => {
      const dt = document.createElement('dt');
      dt.textContent = c.marker;
      const dd = document.createElement('dd');
      dd.textContent = c.text;
      list.append(dt, dd);
    });
    details.append(summary, list);
    root.append(details);
  }
}

function downloadPng(svg, filename) {
  if (!svg) return;
  const clone = svg.cloneNode(true);
  const w = svg.getBoundingClientRect().width, h = svg.getBoundingClientRect().height;
  const scale = Math.max(2, 1600 / Math.max(w, 1));
  clone.setAttribute('width', w * scale);
  clone.setAttribute('height', h * scale);
  clone.style.width = ''; clone.style.maxWidth = ''; clone.style.height = '';
  const xml = new XMLSerializer().serializeToString(clone);
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = w * scale; canvas.height = h * scale;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = filename + '.png';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    }, 'image/png');
  };
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(xml);
}
"""

_SELECTION_JS = """
// The selected step of the diagram mounted as `view`: told to it, or kept for it to read when
// it mounts. Only this small element changes when a step is clicked; the drawing stays as sent.
export default function(component) {
  const d = component.data;
  if (!d) return;
  const reg = (window.__polkuDiagram ??= { selected: {}, views: {}, pick: {} });
  reg.selected[d.view] = d.selected;
  if (d.picks) reg.pick[d.view] = (step) => component.setTriggerValue('select', step);
  else delete reg.pick[d.view];
  const view = reg.views[d.view];
  if (view) view(d.selected);
  const bring = reg.bring;
  if (d.picks && bring && bring.view === d.view && bring.step === d.selected) {
    delete reg.bring;
    bringIntoView(component.parentElement);
  }
}

// The step a click on the drawing chose is described below the drawing, on a laptop below the
// screen: where its words begin (the line just above this element) is scrolled to the top,
// unless it is in the upper part of the screen already.
function bringIntoView(element) {
  const outside = element.getRootNode().host || element;
  const here = outside.closest('[data-testid="stElementContainer"]') || outside;
  const target = here.previousElementSibling || here;
  const top = target.getBoundingClientRect().top;
  if (top >= 0 && top < window.innerHeight * 0.6) return;
  target.style.scrollMarginTop = '4rem';  // clear of Streamlit's header
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
}
"""

_component = st.components.v2.component("polku_diagram", html="", css=_CSS, js=_JS)
_selection = st.components.v2.component("polku_diagram_selection", js=_SELECTION_JS)


def diagram_labels(lang: str) -> dict[str, str]:
    """The component's own words (buttons, legend, the diagram's name) in the UI language."""
    words = {
        k: t(f"diagram.{k}", lang)
        for k in ("zoom_in", "zoom_out", "fit", "fit_on", "png", "legend", "conditions")
    }
    return words | {"diagram": t("diagram.label", lang)}


# The drawing's data encoded once: {(id(anchor), variant): (anchor, JSON bytes)}. `anchor` is the
# cached SVGs' dict; holding it keeps its id from being reused.
_ENCODED: dict[tuple[int, Hashable], tuple[object, bytes]] = {}
_ENCODED_MAX = 256
_lock = threading.Lock()


def _encoded(anchor: object, variant: Hashable, make_data: Callable[[], dict]) -> bytes:
    key = (id(anchor), variant)
    hit = _ENCODED.get(key)
    if hit is not None and hit[0] is anchor:
        return hit[1]
    body = json.dumps(make_data(), ensure_ascii=False).encode("utf-8")
    with _lock:
        while len(_ENCODED) >= _ENCODED_MAX:
            _ENCODED.pop(next(iter(_ENCODED)), None)
        _ENCODED[key] = (anchor, body)
    return body


def diagram_view(
    *,
    key: str,
    anchor: object,
    variant: Hashable,
    make_data: Callable[[], dict],
    selected: str | None,
    steps: Collection[str],
    on_select,
    selection: bool = True,
) -> None:
    """Mount the diagram; `on_select` runs with the clicked step id before the rerun.

    `make_data()` gives everything the component draws; it is called and encoded once per
    `anchor` (the cached SVGs, which stand for the drawing) and `variant` (what else the caller
    varies), so that a rerun sends the same bytes without building or encoding them again, and
    the browser, which holds them already, is sent only a reference. The selected step goes in
    a small element of its own. `steps`: the ids a click may select. `selection=False`: the
    caller mounts that element itself with `diagram_selection` (in a fragment of its own)."""

    with st.container(gap=None):  # the zero-height companion adds no gap below the drawing
        _component(
            key=key,
            data=_encoded(
                anchor,
                (key, variant, selection),
                # `companion`: clicks are to go through the companion mounted elsewhere.
                lambda: {**make_data(), "view": key, "companion": not selection},
            ),
            on_select_change=_on_select(key, steps, on_select),
            height="content",
        )
        if selection:
            _selection(key=f"{key}-selected", data={"view": key, "selected": selected}, height=0)


def _on_select(key: str, steps: Collection[str], on_select) -> Callable[[], None]:
    def changed() -> None:
        result = st.session_state.get(key) or {}
        step = result.get("select") if hasattr(result, "get") else None
        if isinstance(step, str) and step in steps:
            on_select(step)

    return changed


def diagram_selection(*, key: str, selected: str | None, steps: Collection[str], on_select) -> None:
    """The selected step of the diagram mounted with `key` and `selection=False`, and the way
    its clicks come back: placed in a fragment, a click on the drawing (which stays outside)
    reruns only that fragment, and the drawing is neither drawn nor sent again."""
    sel_key = f"{key}-selected"
    _selection(
        key=sel_key,
        data={"view": key, "selected": selected, "picks": True},
        on_select_change=_on_select(sel_key, steps, on_select),
        height=0,
    )
