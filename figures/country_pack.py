"""A country's briefing pack: title, its standing, its timeline, why it joined in its officials' words, its
bloc-mates, the method and its caveats, every source once (numbered as the slides cite them), the citation
(figures.deck builds the slides)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from pptx.util import Inches

from datalayer.viewmodels.charts import TableFigure
from datalayer.viewmodels.country import CountryModel
from datalayer.viewmodels.exhibit import Exhibit
from datalayer.vocab import APP_NAME
from datalayer.words import pack_lines
from datalayer.words.method import written_method
from datalayer.words.pack_lines import citation
from figures.deck import (
    BODY_PT,
    CONTENT_W,
    MARGIN,
    TAKEAWAY_PT,
    add_exhibit_slide,
    add_method_slides,
    add_slide,
    add_sources,
    add_table_exhibit_slides,
    add_text,
    cited_first,
    new_deck,
    saved,
    source_numbers,
)


def country_pptx(profile: CountryModel, checked_on: date, address: str, picture: Callable[[Exhibit], bytes]) -> bytes:
    """A country's briefing pack: title, its standing, its timeline, why it joined in its officials' words, its
    bloc-mates, every source once, the citation. Parts made of words are native tables; charts are pictures."""
    deck = new_deck()
    line = pack_lines.pack_subtitle(profile.as_of, checked_on, None)
    title = add_slide(
        deck,
        pack_lines.country_pack_title(profile.name),
        pack_lines.country_title_notes(profile.summary, line, address),
    )
    add_text(title, MARGIN, Inches(1.4), CONTENT_W, Inches(1.2), profile.summary, TAKEAWAY_PT + 4, name="Takeaway")
    add_text(title, MARGIN, Inches(3.0), CONTENT_W, Inches(1.2), pack_lines.view_block(line, address), BODY_PT)
    sources = cited_first(profile.pack_exhibits, profile.sources)
    numbers = source_numbers(sources)
    for exhibit in profile.pack_exhibits:
        if isinstance(exhibit.chart, TableFigure):
            add_table_exhibit_slides(deck, exhibit, numbers)
        else:
            add_exhibit_slide(deck, exhibit, picture(exhibit), numbers)
    add_method_slides(
        deck, written_method()
    )  # how every number was counted, and what to weigh, as in the briefing pack
    add_sources(deck, sources)
    cite = citation(checked_on, address)
    closing = add_slide(deck, pack_lines.HOW_TO_CITE, cite)
    add_text(closing, MARGIN, Inches(1.4), CONTENT_W, Inches(2), cite, 20)
    core = deck.core_properties
    core.title = pack_lines.country_deck_title(profile.name)
    core.subject = pack_lines.deck_subject(profile.name, profile.as_of)
    core.author = core.last_modified_by = APP_NAME
    core.created = core.modified = datetime.combine(checked_on, datetime.min.time())
    return saved(deck)
