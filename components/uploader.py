"""The file uploader in the user's language. Streamlit writes its button ("Upload") and its
limits line ("8MB per file • YAML, YML") in English only, and that line names the server's
hard limit, not the 1 MiB a path file may have, which the label already says. The button's
word is replaced with the UI language's (as text, so that screen readers and axe read it),
and the limits line hidden."""

from __future__ import annotations

import json

import streamlit as st

from polku.i18n import t

# The word is set on every uploader's button now and on those drawn later (a page switch, a
# rerun that mounts one anew): one observer per browser tab, the word it writes updated by
# each page run, so a language switch changes it too.
_SCRIPT = """<style>
[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
</style>
<script>
(() => {
  window.polkuUploadWord = %s;
  const apply = () => {
    const sel = '[data-testid="stFileUploaderDropzone"] button '
      + '[data-testid="stMarkdownContainer"] p';
    for (const p of document.querySelectorAll(sel)) {
      if (p.textContent !== window.polkuUploadWord) p.textContent = window.polkuUploadWord;
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
    st.html(_SCRIPT % word, unsafe_allow_javascript=True)
    return st.file_uploader(label, type=["yaml", "yml"], key=key, help=help)
