import re

from components.markdown import escaped


def test_markdown_and_html_from_data_show_literally():
    for text in ("**[bold](javascript:alert(1))**", "<img src=x onerror=alert(1)>", "$20B | phased", ":rocket:"):
        shown = escaped(text)
        # Every special character is preceded by a backslash, so Markdown reads none of them.
        assert re.sub(r"\\(.)", r"\1", shown) == text
        assert not re.search(r"(?<!\\)[*\[\]()<>|$:]", shown), shown
