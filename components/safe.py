"""Show text that came from a file without letting it become markup."""

from __future__ import annotations

import re

# CommonMark lets any ASCII punctuation be escaped with a backslash; Streamlit's own
# directives (:red[..], :material/..:) and $..$ maths use punctuation too.
_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")


def md(text: str) -> str:
    """Escape file text for st.markdown so that it renders literally."""
    return _PUNCT.sub(r"\\\1", text).replace("\n", "  \n")
