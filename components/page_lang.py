"""Tell the browser which language the page is in (<html lang>), for screen readers (WCAG 3.1.1),
and put Streamlit's and Plotly's own words into it: they write their accessible names,
tooltips, placeholders and input hints in English only ("Open", "Help for …", "Press Enter to
apply", "Fullscreen"), which a screen reader then reads out in a Finnish or Swedish voice
(WCAG 3.1.2), and so is the dialog shown when the connection is lost. Their decorative icons
("groups icon") are hidden from screen readers: every icon here stands beside words that say
the same."""

from __future__ import annotations

import functools
import re

import streamlit as st

from polku.i18n import LANGS, t
from polku.messages import MESSAGES

# One observer per browser tab rewrites those words as Streamlit draws them. Each rewritten
# attribute keeps its English original and what was written, so that a language switch (or
# English) restores or retranslates it, and a label that Streamlit itself changes is taken
# as the new original.
_JS = """
export default function(component) {
  const data = component.data || {};
  if (["fi", "sv", "en"].includes(data.lang)) {
    document.documentElement.lang = data.lang;
  }
  const chrome = data.chrome || { words: {}, patterns: [] };
  window.polkuChrome = {
    words: chrome.words,
    patterns: chrome.patterns.map(([re, out]) => [new RegExp(re), out]),
  };
  const ATTRS = ["aria-label", "title", "placeholder", "data-title"];
  const translate = (text) => {
    const c = window.polkuChrome;
    if (Object.prototype.hasOwnProperty.call(c.words, text)) return c.words[text];
    for (const [re, out] of c.patterns) {
      const m = re.exec(text);
      if (m) return out.replace("{0}", m[1]);
    }
    return text;
  };
  const fix = (el, name, get, set) => {
    const cur = get();
    if (cur === null) return;
    const from = el.getAttribute("data-polku-from-" + name);
    const wrote = el.getAttribute("data-polku-to-" + name);
    const original = from !== null && cur === wrote ? from : cur;
    const want = translate(original);
    if (want === cur && original === cur) return;
    if (from !== original) el.setAttribute("data-polku-from-" + name, original);
    if (wrote !== want) el.setAttribute("data-polku-to-" + name, want);
    if (want !== cur) set(want);
  };
  // React keeps the text node it wrote: its value is changed, the node is not replaced.
  const setText = (el, v) => {
    const only = el.childNodes.length === 1 && el.firstChild.nodeType === Node.TEXT_NODE;
    if (only) el.firstChild.nodeValue = v;
    else el.textContent = v;
  };
  const apply = () => {
    window.polkuChromeQueued = false;
    const sel = ATTRS.map((a) => "[" + a + "]").join(",");
    for (const el of document.querySelectorAll(sel)) {
      for (const a of ATTRS) {
        if (el.hasAttribute(a)) {
          fix(el, a, () => el.getAttribute(a), (v) => el.setAttribute(a, v));
        }
      }
    }
    for (const el of document.querySelectorAll('[data-testid="InputInstructions"] span')) {
      if (el.children.length === 0) {
        fix(el, "text", () => el.textContent, (v) => setText(el, v));
      }
    }
    // The connection dialog and the status widget (a lost network in a meeting): their text.
    const texts = (window.polkuTextFrom ??= new WeakMap());
    for (const box of document.querySelectorAll(
      '[role="dialog"], [data-testid="stStatusWidget"]'
    )) {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const seen = texts.get(node);
        const original = seen && node.nodeValue === seen.to ? seen.from : node.nodeValue;
        const want = translate(original);
        if (want !== original || seen) texts.set(node, { from: original, to: want });
        if (want !== node.nodeValue) node.nodeValue = want;
      }
    }
    for (const el of document.querySelectorAll('span[role="img"][aria-label$=" icon"]')) {
      if (el.getAttribute("aria-hidden") !== "true") el.setAttribute("aria-hidden", "true");
    }
  };
  apply();
  if (!window.polkuChromeObserver) {
    window.polkuChromeObserver = new MutationObserver(() => {
      if (!window.polkuChromeQueued) {
        window.polkuChromeQueued = true;
        requestAnimationFrame(apply);
      }
    });
    window.polkuChromeObserver.observe(document.body, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: ATTRS,
    });
  }
}
"""

_component = st.components.v2.component("polku_page_lang", js=_JS)


@functools.cache
def chrome_words(lang: str) -> dict:
    """The page's words for Streamlit's and Plotly's English ones: exact texts, and patterns
    (a regular expression on the English text, its one group put where "{0}" is)."""
    if lang == "en":
        return {"words": {}, "patterns": []}
    words, patterns = {}, []
    for key, texts in MESSAGES.items():
        if not key.startswith("chrome."):
            continue
        english = texts["en"]
        slot = re.search(r"\{(\w+)\}", english)  # "Help for {label}": a pattern, else a word
        if slot is None:
            words[english] = t(key, lang)
            continue
        head, tail = english.split(slot.group(0))
        patterns.append(
            (f"^{_escape(head)}(.+){_escape(tail)}$", t(key, lang, **{slot.group(1): "{0}"}))
        )
    return {"words": words, "patterns": patterns}


def _escape(text: str) -> str:
    """`text` as a literal in a JavaScript regular expression."""
    return "".join("\\" + c if c in r"\^$.|?*+()[]{}/" else c for c in text)


def set_page_language(lang: str) -> None:
    if lang in LANGS:  # only a known code ever reaches the page
        _component(
            data={"lang": lang, "chrome": chrome_words(lang)}, key="polku_page_lang", height=0
        )
