"""Text from data or a URL shown inside Streamlit's Markdown elements (warnings, tables, captions) is escaped
here first, so it shows literally: never as a link, emphasis, HTML or LaTeX."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|$~:])")


def escaped(text: object) -> str:
    # '$' would start LaTeX, '|' would split a table cell, ':' would start an emoji or icon shortcode.
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def source_link(publisher: object, url: object) -> str:
    """The publisher's name, escaped, linked to its address only when that is a web address."""
    name = escaped(publisher)
    return f"[{name}]({url})" if str(url).startswith(("http://", "https://")) else name
