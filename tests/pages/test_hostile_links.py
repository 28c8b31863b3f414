"""Property-based: any link, however strange, renders the page, says what it ignored and raises nothing.

ILRS_FUZZ_EXAMPLES raises the number of examples for a longer run (the default run draws 200)."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from components.navigation import PAGES
from components.widgets import url_state
from datalayer import vocab
from tests.pages.conftest import notices, open_page, open_sections

EXAMPLES = int(os.environ.get("ILRS_FUZZ_EXAMPLES", "200"))
KNOWN = list(url_state.APP_PARAMS)
NASTY = [
    "<img src=x onerror=alert(1)>",
    "**[bold](javascript:alert(1))**",
    "$x$",
    "\u202e\u0000\u0007",
    "x" * 5000,
    "1900-01-01",
    "9999-12-31",
    "2026-02-30",
    "-1",
    "1e309",
    "../../etc/passwd",
    "%00",
    "😀" * 20,
]
# Valid values too: a crash can hide in a lawful but unusual combination (the EU on /compare was one; the compare
# view-model tests now walk every bloc, which a random draw would rarely hit).
VALID = [b.slug for b in vocab.BLOCS] + [
    *vocab.PROGRAM_VIEWS,
    *vocab.COLOURINGS,
    *vocab.TARGET_METRICS,
    *vocab.COUNTING_RULES,
    *map(str, vocab.TARGET_YEARS),
    "1",
    "0",
    "2021-03-09",
    "2023-12-31",
    "2026-11-21",
    "3",
]
values = st.one_of(st.sampled_from(NASTY), st.sampled_from(VALID), st.text(min_size=1, max_size=40))
names = st.one_of(st.sampled_from(KNOWN), st.from_regex(r"\A[a-z_]{1,12}\Z"))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(page=st.sampled_from(PAGES), query=st.dictionaries(names, values, min_size=1, max_size=4))
def test_any_link_renders_with_notices_and_raises_nothing(page, query):
    query = {k: v for k, v in query.items() if k not in url_state.STREAMLIT_OWN}
    app = open_page(page, query)
    assert not app.exception, (page.url_path, query)
    assert app.title, (page.url_path, query)
    shown = notices(app)
    # Every parameter that did not survive into the page's URL as given was named in a notice.
    for name, value in query.items():
        if name not in KNOWN:  # no page reads it: named, and gone from the URL
            assert name not in app.query_params, (page.url_path, name)
        # An old link's ?lens= lives on as ?view=.
        if app.query_params.get(url_state.VIEW if name == url_state.LENS_ALIAS else name) != value:
            assert f"?{url_state.quoted(name)}" in shown, (page.url_path, name, value, shown[:300])
    open_sections(app)  # every part a reader can open, drawn too (a notice is shown on the run that read the link)
    assert not app.exception, (page.url_path, query)
