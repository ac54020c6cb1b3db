"""Moving focus to what a click changed. A tour's Next (or a stop in its list) redraws the stop
card above the button; focus would stay on the button, so a screen reader says nothing of the
new stop and a keyboard user is left below it (or on nothing, when the button is gone at the
last stop). When the stop has changed since this tab last drew it, focus moves to the card's
heading, which is scrolled into view. The first drawing of a page, or of another tour, moves
nothing."""

from __future__ import annotations

import json

import streamlit as st

_SCRIPT = """<script>
(() => {
  const key = %s, scope = %s, mark = %s;
  const marks = (window.polkuFocusMarks = window.polkuFocusMarks || {});
  const before = marks[key];
  marks[key] = { scope, mark };
  // A first drawing, another tour (a path or role picked: focus stays on the picker), or the
  // same stop again: nothing moves.
  if (!before || before.scope !== scope || before.mark === mark) return;
  // Drawn after the card, so the card's heading is the new stop's by now; it may take a
  // moment to be in the page.
  let tries = 0;
  const move = () => {
    const heading = document.querySelector(`.st-key-${key} h3`);
    if (!heading) {
      if (++tries < 40) setTimeout(move, 50);
      return;
    }
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "nearest" });
  };
  move();
})();
</script>"""


def focus_on_new_stop(container_key: str, scope: str, stop: str) -> None:
    """After the card in the container keyed `container_key` shows another `stop` of the same
    tour (`scope`) than this tab last drew there, move focus to the card's heading."""
    args = (json.dumps(container_key), json.dumps(scope), json.dumps(stop))
    st.html(_SCRIPT % args, unsafe_allow_javascript=True)
