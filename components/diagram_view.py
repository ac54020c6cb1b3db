"""The diagram as a Streamlit v2 component: click a step, or Tab to it and press Enter.

The SVG comes from Graphviz, which writes every label as escaped XML text, and node names
are generated ids, so nothing from a path file reaches the page as markup. Names for screen
readers are set with `setAttribute`/`textContent`, never as HTML.
"""

from __future__ import annotations

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
.scroller { overflow: auto; max-height: 72vh; border: 1px solid #d0d6dc; border-radius: .5rem;
  background: #fff; padding: .3rem; }
.scroller svg { display: block; }
.node { cursor: pointer; }
.node:hover path, .node:hover polygon { stroke-width: 3px; }
.node.selected path, .node.selected polygon { stroke: #111 !important; stroke-width: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .9rem; margin-top: .5rem; font-size: .9rem;
  list-style: none; padding: 0; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { width: 1.1rem; height: .9rem; border-radius: .2rem; border-width: 2px; }
"""

_JS = """
const zoomOf = {};

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

export default function(component) {
  const { data, parentElement, setTriggerValue } = component;
  if (!data) return;
  const hadFocus = parentElement.querySelector('.node:focus');
  const focusedStep = hadFocus ? hadFocus.dataset.step : null;
  let root = parentElement.querySelector('.polku-diagram');
  if (!root) {
    root = document.createElement('div');
    root.className = 'polku-diagram';
    parentElement.appendChild(root);
  }
  root.replaceChildren();
  const L = data.labels;

  const scroller = document.createElement('div');
  scroller.className = 'scroller';
  // Graphviz output: labels are escaped XML text and node names are generated ids.
  scroller.innerHTML = data.svg;
  const svg = scroller.querySelector('svg');
  const natural = svg ? parseFloat(svg.getAttribute('width')) : 0;
  const key = data.key || 'default';
  // Fit to width only while labels stay readable; a wide path starts near actual size,
  // scrolled to the selected step.
  const fitScale = () => (root.clientWidth || 800) / Math.max(natural * 4 / 3, 1);
  if (!(key in zoomOf)) zoomOf[key] = (data.fit || fitScale() >= 0.65) ? 'fit' : 0.85;
  const zoomText = document.createElement('span');
  zoomText.className = 'zoom';
  zoomText.setAttribute('aria-live', 'polite');

  function applyZoom() {
    if (!svg) return;
    const z = zoomOf[key];
    svg.removeAttribute('height');
    if (z === 'fit') {
      svg.style.width = '100%';
      svg.style.maxWidth = natural + 'pt';
      zoomText.textContent = L.fit;
    } else {
      svg.style.maxWidth = 'none';
      svg.style.width = (natural * z) + 'pt';
      zoomText.textContent = Math.round(z * 100) + ' %';
    }
    svg.style.height = 'auto';
  }
  function zoomBy(f) {
    const cur = zoomOf[key] === 'fit' ? (scroller.clientWidth / (natural * 4 / 3)) : zoomOf[key];
    zoomOf[key] = Math.min(3, Math.max(0.2, cur * f));
    applyZoom();
  }

  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.append(
    button(L.zoom_in, () => zoomBy(1.25)),
    button(L.zoom_out, () => zoomBy(0.8)),
    button(L.fit, () => { zoomOf[key] = 'fit'; applyZoom(); }),
    button(L.actual, () => { zoomOf[key] = 1; applyZoom(); }),
    button(L.png, () => downloadPng(svg, data.filename)),
    zoomText,
  );
  root.append(bar, scroller);

  if (svg) {
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', L.diagram);
    svg.querySelectorAll('g.node').forEach((g) => {
      const title = g.querySelector('title');
      const step = title ? data.nodes[title.textContent] : null;
      if (!step) return;
      // The accessible name is the node's whole visible text (WCAG 2.5.3, label in name).
      const visible = Array.from(g.querySelectorAll('text'))
        .map((el) => el.textContent).join(' ');
      title.remove();
      g.dataset.step = step;
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      // The accessible name comes from the node's own text (name from content).
      g.setAttribute('data-testid', 'diagram-step');
      if (step === data.selected) {
        g.classList.add('selected');
        g.setAttribute('aria-current', 'step');
      }
      g.addEventListener('click', () => setTriggerValue('select', step));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          setTriggerValue('select', step);
        }
      });
    });
    svg.querySelectorAll('g.edge > title, g.cluster > title, g.graph > title')
      .forEach((el) => el.remove());
    applyZoom();
    const sel = svg.querySelector('g.node.selected');
    if (sel) {
      requestAnimationFrame(() => {
        // Centre the selected step inside the diagram box only; the page itself stays put.
        const box = scroller.getBoundingClientRect(), r = sel.getBoundingClientRect();
        scroller.scrollLeft += (r.left + r.width / 2) - (box.left + box.width / 2);
        scroller.scrollTop += (r.top + r.height / 2) - (box.top + box.height / 2);
        if (focusedStep) {
          const again = svg.querySelector(`g.node[data-step="${CSS.escape(focusedStep)}"]`);
          if (again) again.focus({ preventScroll: true });
        }
      });
    }
  }

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

_component = st.components.v2.component("polku_diagram", html="", css=_CSS, js=_JS)


def diagram_labels(lang: str) -> dict[str, str]:
    """The component's own words (buttons, legend, the diagram's name) in the UI language."""
    words = {
        k: t(f"diagram.{k}", lang)
        for k in ("zoom_in", "zoom_out", "fit", "actual", "png", "legend")
    }
    return words | {"diagram": t("diagram.label", lang)}


def diagram_view(*, key: str, data: dict, on_select) -> None:
    """Mount the diagram; `on_select` runs with the clicked step id before the rerun."""

    def _changed() -> None:
        result = st.session_state.get(key) or {}
        step = result.get("select") if hasattr(result, "get") else None
        if isinstance(step, str) and step in data["names"]:
            on_select(step)

    _component(key=key, data=data, on_select_change=_changed, height="content")
