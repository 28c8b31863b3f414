"""The interface's own words: headings, labels, help texts and notes the pages and components show.

Kept here, with every generated sentence, so a page or component never writes a sentence itself and a
translation finds every word in one room."""

from __future__ import annotations

from datetime import date

from datalayer.vocab import APP_NAME
from datalayer.words.dates import written_date

ABOUT_THE_DASHBOARD = (
    "Who has joined the China-led International Lunar Research Station, and how it compares with the Artemis Accords."
)
ALL_DATA_ZIP = "All the data as one zip, with its Data Package"
CHANGES_AND_SOURCES = "What changed, and every source"
CHANGES_FEED = "Feed of changes (Atom)"
CHANGES_LINK_HELP = "What we changed in the data, and every source"
COUNTRY_PACK_CONTENTS = (
    "Title, standing in both programs, timeline, why it joined in its officials' words, its bloc-mates, "
    "every source, and the citation."
)
COUNTRY_PICKER_LABEL = "Country (type to search)"
COUNTRY_PICKER_PROMPT = "Choose a country in the sidebar: every UN member and observer state, with a tie or without."
DATASETS_AND_CHECKS = "Datasets, their 'as of' dates and last checks"
DATA_DOWNLOAD_SOURCES = "Data, download and sources"
DATE_START_OF_PERIOD = "Date (start of period)"
EMBED_INSTRUCTIONS = (
    "To embed this view in a web page (Streamlit's embed mode: no toolbar or menu; the sidebar starts folded away):"
)
EVERY_NAME_AND_WHY = "Every name each side lists, and why"
GROWTH_VS_TARGETS = "Growth vs targets"
HOW_THE_DATA_IS_CHECKED = "How the data is checked"
HOW_TO_READ_THE_NUMBERS = "How to read the numbers"
ILRS_VS_ARTEMIS_ACCORDS = "ILRS vs Artemis Accords"
INSTITUTIONS_LAYER_HELP = "A circle per host country, sized by its signed ILRS institutions."
IN_BOTH_COALITIONS = "In both coalitions"
KEY_FACTS_NOTE = (
    "Descriptions are current to data/program_facts.csv; counts and official figures follow the As of "
    "date and the scope."
)
LEAVE_PRESENTER_MODE = "Leave presenter mode"
LINK_AND_CITATION = "Link to exactly what you see, and a suggested citation"
MAP_BOUNDARIES_NOTE = (
    "Boundaries and names follow the UN geodata shipped with plotly.js 3.4.0 and do not imply endorsement"
    " by this project. Small states are drawn as outlined dots."
)
METHOD_AND_CAVEATS = "Method and caveats"
METHOD_PAGE_TITLE = "Method: what is counted, how it is checked, why officials' figures differ"
MONTHS_SINCE_LAUNCH = "Months since launch"
NEW_MEMBERS_PER_YEAR = "New members per year"
BLOCS_OVER_TIME_TAB = "Blocs over time"
EQUAL_TILES = "Equal tiles: every UN member state the same size"
NONE_ON_RECORD = "None on record."
NOTHING_TO_PRESENT = "Nothing to present"
NO_CHARTS_TO_PRESENT = "This page has no charts. Its tables are on the page itself."
OPENS_COUNTRY_PROFILE = "Opens the country's profile"
OPEN_COUNTRY_PROFILE = "Open its country profile"
ORGANIZATIONS_LISTED_NOT_MAPPED = "International organizations (no territory: listed, not mapped)"
OVERLAY_ARTEMIS = "Overlay Artemis Accords signatories"
OVERVIEW_COUNT_NOTE = (
    "Our own count from curated, sourced records. China leads the program and is not counted as its own "
    "partner. Officials' claimed totals are shown separately on the growth page and never mixed in."
)
OVERVIEW_TITLE = "International Lunar Research Station: who has joined"
PARTNERS_IN_SCOPE = "Partners in this scope and date"
PLAY_HELP = (
    "Adds ▶ Play and a month slider to the map, from March 2021 to the As of date. Counts and tables stay"
    " on the As of date."
)
PRESENTER_MODE_HELP = "Show this page's charts one per screen, for a projector (?present=1)."
REACH_TARGET = "Reach target by"
SPACE_POWERS_SOURCE = "Source per row: data/space_powers.csv (first orbital launch, UTC date)."
TAKE_IT_TO_THE_ROOM = "Take it to the room"
WEIGHT_IN_THE_WORLD = "Weight in the world"
WHAT_IF_PICKER_LABEL = "States that have not signed, or a preset"
WHAT_IF_PICKER_PLACEHOLDER = "Type a country, or pick a preset"
WHY_COUNTS_DIFFER = "Why our count differs from officials' figures"
WHY_OFFICIALS_DIFFER = "Why officials' figures differ from our count"
WRITTEN_METHOD = "The written method (data/CHECKING.md)"


def data_checked(day: date) -> str:
    return f"Data checked to {written_date(day)}."


def data_file_error(file: str, problems: str) -> str:
    """The error box of a malformed data file (`file` and `problems` already escaped for display)."""
    return (
        f"A data file needs fixing: {file}\n\n{problems}\n\n"
        "Nothing was shown from partial data. Fix the file and reload."
    )


def pack_help(scope_label: str, as_of: date) -> str:
    return (
        f"Title, one slide per chart for {scope_label} as of {written_date(as_of)}, key facts, every source, "
        "and the citation."
    )


def bloc_caption(definition: str) -> str:
    return f"{definition} Source: data/blocs.csv (rows cite the bloc's own pages)."


# --- A link's values that were ignored (the values are quoted as written, cut short) ----------------------------
def unknown_setting(param: str) -> str:
    return f"Ignored ?{param}: not a setting of this page."


def not_offered(param: str, value: str, offered: list[str], most_listed: int) -> str:
    choices = (
        f"one of {', '.join(offered)}"
        if len(offered) <= most_listed
        else f"any of the {len(offered)} offered (see the list)"
    )
    return f"Ignored ?{param}={value}: not {choices}."


GROUP_BUILDER = "Your own group"
GROUP_START = "Start from"
GROUP_FROM_NOTHING = "No bloc or region (pick countries)"
GROUP_COUNTRIES = "Countries in the group"
GROUP_NAME = "Group name"
GROUP_REPLACES_BLOC = "Your own group stands in for the bloc: empty it to choose a bloc again."


NO_GROUP_CODES = "no country code given."


def group_name_without_group(value: str) -> str:
    return f"Ignored ?group_name={value}: it names no group (?group= lists none)."


def group_name_cut(value: str, most: int) -> str:
    return f"Shortened ?group_name={value}: a name keeps {most} characters, without control characters."


def not_country_codes(named: str, count: int) -> str:
    return f"{named} {'is not a country code' if count == 1 else 'are not country codes'} (ISO3, such as SEN)."


def not_a_date(param: str, value: str) -> str:
    return f"Ignored ?{param}={value}: not a date written YYYY-MM-DD."


def outside_dates(param: str, value: str, earliest: date, latest: date) -> str:
    return f"Ignored ?{param}={value}: outside {earliest.isoformat()} to {latest.isoformat()}."


def as_of_label(as_of: date) -> str:
    """'As of 21 November 2026': the date everything on a page is counted to."""
    return f"As of {written_date(as_of)}"


def subtitle(scope_label: str, as_of: date, *details: str) -> str:
    """An exhibit's subtitle: 'BRICS members · As of 21 November 2026 · States only'."""
    return " · ".join([scope_label, as_of_label(as_of), *[d for d in details if d]])


SINCE_LABEL = "Then and now: since"
SINCE_HELP = (
    "The first date of the then-and-now chart: by default the ILRS's newest signing. Set it to your last briefing "
    "to show what changed since; it stays in the page's address."
)


def label_line(title: str, subtitle: str) -> str:
    """Under an exhibit's headline: what the chart is, then its subtitle."""
    return f"{title} · {subtitle}"


def our_file(file: str) -> str:
    """Our own compiled file named as a source (its rows carry their own sources)."""
    return f"{APP_NAME}, {file} (each row sourced)"


def export_unavailable(chromium: str) -> str:
    return f"Image export is unavailable: no Chromium at {chromium} on this server. Everything else works."


def export_failed(error: str) -> str:
    return f"The image could not be rendered ({error}). The page keeps working; try again."
