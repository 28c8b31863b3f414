import re

from components.markdown import escaped, source_link


def test_markdown_and_html_from_data_show_literally():
    for text in ("**[bold](javascript:alert(1))**", "<img src=x onerror=alert(1)>", "$20B | phased", ":rocket:"):
        shown = escaped(text)
        # Every special character is preceded by a backslash, so Markdown reads none of them.
        assert re.sub(r"\\(.)", r"\1", shown) == text
        assert not re.search(r"(?<!\\)[*\[\]()<>|$:]", shown), shown


def test_source_link_links_web_addresses_only():
    assert source_link("NASA", "https://nasa.gov/a") == "[NASA](https://nasa.gov/a)"
    assert source_link("Evil [x]", "javascript:alert(1)") == r"Evil \[x\]"
