"""The file uploader in the user's language. Streamlit writes its button ("Upload") and its
limits line ("8MB per file • YAML, YML") in English only, and that line names the server's
hard limit, not the 1 MiB a path file may have, which the label already says. The button's
word is replaced with the UI language's (as text, so that screen readers and axe read it),
and the limits line hidden. A file the browser refuses (over the server's limit, not YAML) is
said so, in English, only to screen readers: the reason is shown, in the UI language."""

from __future__ import annotations

import json

import streamlit as st

from polku.i18n import t

# The word is set on every uploader's button now and on those drawn later (a page switch, a
# rerun that mounts one anew): one observer per browser tab, the word it writes updated by
# each page run, so a language switch changes it too.
_SCRIPT = """<style>
[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
/* Streamlit says why it refused a file only to screen readers (and in English): shown. */
[data-testid="stFileUploader"] span[role="alert"] {
  position: static !important; width: auto !important; height: auto !important;
  clip: auto !important; clip-path: none !important; overflow: visible !important;
  white-space: normal !important; margin: 0 !important; display: block;
  color: #A4262C; font-size: 0.875rem; line-height: 1.35;
  flex-basis: 100%; order: 10; padding: 0.25rem 0.25rem 0;
}
[data-testid="stFileUploader"] :has(> span[role="alert"]) { flex-wrap: wrap; }
</style>
<script>
(() => {
  window.polkuUploadWord = __WORD__;
  window.polkuUploadRefusals = __REFUSALS__;
  const apply = () => {
    const sel = '[data-testid="stFileUploaderDropzone"] button '
      + '[data-testid="stMarkdownContainer"] p';
    for (const p of document.querySelectorAll(sel)) {
      if (p.textContent !== window.polkuUploadWord) p.textContent = window.polkuUploadWord;
    }
    // Streamlit's refusals ("Error: File must be 8.0MB or smaller.", "Error: txt files are
    // not allowed.") said in the page's language.
    const alerts = '[data-testid="stFileUploader"] span[role="alert"]';
    for (const alert of document.querySelectorAll(alerts)) {
      if (alert.textContent.startsWith("Error")) alert.dataset.polkuFrom = alert.textContent;
      const said = alert.dataset.polkuFrom || "";  // Streamlit's words, kept for a new language
      const why = said.includes("or smaller") ? window.polkuUploadRefusals.large
        : said.includes("not allowed") ? window.polkuUploadRefusals.type : null;
      if (why !== null && alert.textContent !== why) alert.textContent = why;
    }
    // The hidden file input (out of the tab order; the button above opens it) is named a
    // second button by screen readers: hidden from them, one button is heard, not two.
    for (const input of document.querySelectorAll('[data-testid="stFileUploaderDropzoneInput"]')) {
      if (input.getAttribute('aria-hidden') !== 'true') input.setAttribute('aria-hidden', 'true');
    }
  };
  apply();
  if (!window.polkuUploadObserver) {
    window.polkuUploadObserver = new MutationObserver(apply);
    window.polkuUploadObserver.observe(document.body, { childList: true, subtree: true });
  }
})();
</script>"""


def file_uploader(label: str, *, key: str, help: str, lang: str):
    """`st.file_uploader` for one YAML path file, its own words in `lang`."""
    word = json.dumps(t("upload.choose", lang), ensure_ascii=False)  # a JS string literal
    refusals = json.dumps(
        {"large": t("upload.too_large", lang), "type": t("upload.wrong_type", lang)},
        ensure_ascii=False,
    )
    st.html(
        _SCRIPT.replace("__WORD__", word).replace("__REFUSALS__", refusals),
        unsafe_allow_javascript=True,
    )
    return st.file_uploader(label, type=["yaml", "yml"], key=key, help=help)
