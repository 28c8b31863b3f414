"""The interface's own words: headings, labels, help texts and notes the pages and components show.

Kept here, with every generated sentence, so a page or component never writes a sentence itself and a
translation finds every word in one room."""

from __future__ import annotations

from datetime import date

from datalayer.vocab import APP_NAME
from datalayer.words.dates import written_date
from datalayer.words.translation import N_, n, t

ABOUT_THE_DASHBOARD = N_(
    "Who has joined the China-led International Lunar Research Station, and how it compares with the Artemis Accords."
)
ALL_DATA_ZIP = N_("All the data as one zip, with its Data Package")
CHANGES_AND_SOURCES = N_("What changed, and every source")
CHANGES_FEED = N_("Feed of changes (Atom)")
CHANGES_LINK_HELP = N_("What we changed in the data, and every source")
COUNTRY_PACK_CONTENTS = N_(
    "Title, standing in both programs, timeline, why it joined in its officials' words, its bloc-mates, "
    "every source, and the citation."
)
COUNTRY_PICKER_LABEL = N_("Country (type to search)")
COUNTRY_PICKER_PROMPT = N_(
    "Choose a country in the sidebar: every UN member and observer state, with a tie or without."
)
DATASETS_AND_CHECKS = N_("Datasets, their 'as of' dates and last checks")
DATA_DOWNLOAD_SOURCES = N_("Data, download and sources")
DATE_START_OF_PERIOD = N_("Date (start of period)")
EMBED_INSTRUCTIONS = N_(
    "To embed this view in a web page (Streamlit's embed mode: no toolbar or menu; the sidebar starts folded away):"
)
EVERY_NAME_AND_WHY = N_("Every name each side lists, and why")
GROWTH_VS_TARGETS = N_("Growth vs targets")
HOW_THE_DATA_IS_CHECKED = N_("How the data is checked")
HOW_TO_READ_THE_NUMBERS = N_("How to read the numbers")
ILRS_VS_ARTEMIS_ACCORDS = N_("ILRS vs Artemis Accords")
INSTITUTIONS_LAYER_HELP = N_("A circle per host country, sized by its signed ILRS institutions.")
IN_BOTH_COALITIONS = N_("In both coalitions")
KEY_FACTS_NOTE = N_(
    "Descriptions are current to data/program_facts.csv; counts and official figures follow the As of "
    "date and the scope."
)
LANGUAGE = N_("Language")
DATA_WORDS_IN_ENGLISH = N_(
    "Headlines, findings, charts and tables written from the data are in English for now: their translation into"
    " this language is not yet complete and reviewed."
)
LEAVE_PRESENTER_MODE = N_("Leave presenter mode")
LINK_AND_CITATION = N_("Link to exactly what you see, and a suggested citation")
MAP_BOUNDARIES_NOTE = N_(
    "Boundaries and names follow the UN geodata shipped with plotly.js 3.4.0 and do not imply endorsement"
    " by this project. Small states are drawn as outlined dots."
)
METHOD_AND_CAVEATS = N_("Method and caveats")
METHOD_PAGE_TITLE = N_("Method: what is counted, how it is checked, why officials' figures differ")
MONTHS_SINCE_LAUNCH = N_("Months since launch")
NEW_MEMBERS_PER_YEAR = N_("New members per year")
BLOCS_OVER_TIME_TAB = N_("Blocs over time")
EQUAL_TILES = N_("Equal tiles: every UN member state the same size")
NONE_ON_RECORD = N_("None on record.")
NOTHING_TO_PRESENT = N_("Nothing to present")
NO_CHARTS_TO_PRESENT = N_("This page has no charts. Its tables are on the page itself.")
OPENS_COUNTRY_PROFILE = N_("Opens the country's profile")
OPEN_COUNTRY_PROFILE = N_("Open its country profile")
ORGANIZATIONS_LISTED_NOT_MAPPED = N_("International organizations (no territory: listed, not mapped)")
OVERLAY_ARTEMIS = N_("Overlay Artemis Accords signatories")
OVERVIEW_COUNT_NOTE = N_(
    "Our own count from curated, sourced records. China leads the program and is not counted as its own "
    "partner. Officials' claimed totals are shown separately on the growth page and never mixed in."
)
OVERVIEW_TITLE = N_("International Lunar Research Station: who has joined")
PARTNERS_IN_SCOPE = N_("Partners in this scope and date")
PLAY_HELP = N_(
    "Adds ▶ Play and a month slider to the map, from March 2021 to the As of date. Counts and tables stay"
    " on the As of date."
)
PRESENTER_MODE_HELP = N_("Show this page's charts one per screen, for a projector (?present=1).")
REACH_TARGET = N_("Reach target by")
SPACE_POWERS_SOURCE = N_("Source per row: data/space_powers.csv (first orbital launch, UTC date).")
TAKE_IT_TO_THE_ROOM = N_("Take it to the room")
WEIGHT_IN_THE_WORLD = N_("Weight in the world")
WHAT_IF_PICKER_LABEL = N_("States that have not signed, or a preset")
WHAT_IF_PICKER_PLACEHOLDER = N_("Type a country, or pick a preset")
WHY_COUNTS_DIFFER = N_("Why our count differs from officials' figures")
WHY_OFFICIALS_DIFFER = N_("Why officials' figures differ from our count")
WRITTEN_METHOD = N_("The written method (data/CHECKING.md)")

# --- Headings, tabs and widget labels ---------------------------------------------------------------------------
ALL_COUNTRIES = N_("All countries")
ALL_REGIONS = N_("All regions")
AS_OF = N_("As of")
BLOC = N_("Bloc")
BRIEFING_PACK = N_("Briefing pack (PowerPoint)")
BROWSE_A_DATASET = N_("Browse a dataset")
BY_BLOC = N_("By bloc")
BY_UN_REGION = N_("By UN region")
CALENDAR_TIME = N_("Calendar time")
CHOOSE_A_COUNTRY = N_("Choose a country…")
COLOUR_BY = N_("Colour by")
COUNTING_RULE_PANEL = N_("Counting rule (countries panel)")
DATASET = N_("Dataset")
EXPLORE = N_("Explore")
GROWTH = N_("Growth")
INSTITUTIONS_LAYER = N_("Institutions layer")
LATEST_EVENTS = N_("Latest events")
LEAVE = N_("Leave")
NEXT = N_("Next ▶")
PANEL = N_("Panel")
PLAY_CONTROL = N_("Play control")
PRESENT = N_("Present")
PREVIOUS = N_("◀ Previous")
SCOPE = N_("Scope")
SCOPES = N_("Scopes")
UN_M49_REGION = N_("UN M49 region")
VIEW = N_("View")
WHAT_CHANGED = N_("What changed")


def data_checked(day: date) -> str:
    return t("Data checked to {day}.", day=written_date(day))


def data_file_error(file: str, problems: str) -> str:
    """The error box of a malformed data file (`file` and `problems` already escaped for display)."""
    return t(
        "A data file needs fixing: {file}\n\n{problems}\n\n"
        "Nothing was shown from partial data. Fix the file and reload.",
        file=file,
        problems=problems,
    )


def pack_help(scope_label: str, as_of: date) -> str:
    return t(
        "Title, one slide per chart for {scope} as of {day}, key facts, every source, and the citation.",
        scope=scope_label,
        day=written_date(as_of),
    )


def bloc_caption(definition: str) -> str:
    return t("{definition} Source: data/blocs.csv (rows cite the bloc's own pages).", definition=definition)


# --- A link's values that were ignored (the values are quoted as written, cut short) ----------------------------
def unknown_setting(param: str) -> str:
    return t("Ignored ?{param}: not a setting of this page.", param=param)


def not_offered(param: str, value: str, offered: list[str], most_listed: int) -> str:
    if len(offered) <= most_listed:
        return t(
            "Ignored ?{param}={value}: not one of {offered}.", param=param, value=value, offered=", ".join(offered)
        )
    return n(
        "Ignored ?{param}={value}: not any of the {count} offered (see the list).",
        "Ignored ?{param}={value}: not any of the {count} offered (see the list).",
        len(offered),
        param=param,
        value=value,
    )


GROUP_BUILDER = N_("Your own group")
GROUP_START = N_("Start from")
GROUP_FROM_NOTHING = N_("No bloc or region (pick countries)")
GROUP_COUNTRIES = N_("Countries in the group")
GROUP_NAME = N_("Group name")
GROUP_REPLACES_BLOC = N_("Your own group stands in for the bloc: empty it to choose a bloc again.")


NO_GROUP_CODES = N_("no country code given.")


def group_name_without_group(value: str) -> str:
    return t("Ignored ?group_name={value}: it names no group (?group= lists none).", value=value)


def group_name_cut(value: str, most: int) -> str:
    return n(
        "Shortened ?group_name={value}: a name keeps {count} character, without control characters.",
        "Shortened ?group_name={value}: a name keeps {count} characters, without control characters.",
        most,
        value=value,
    )


def not_country_codes(named: str, count: int) -> str:
    return n(
        "{named} is not a country code (ISO3, such as SEN).",
        "{named} are not country codes (ISO3, such as SEN).",
        count,
        named=named,
    )


def not_a_date(param: str, value: str) -> str:
    return t("Ignored ?{param}={value}: not a date written YYYY-MM-DD.", param=param, value=value)


def outside_dates(param: str, value: str, earliest: date, latest: date) -> str:
    return t(
        "Ignored ?{param}={value}: outside {earliest} to {latest}.",
        param=param,
        value=value,
        earliest=earliest.isoformat(),
        latest=latest.isoformat(),
    )


def as_of_label(as_of: date) -> str:
    """'As of 21 November 2026': the date everything on a page is counted to."""
    return t("As of {day}", day=written_date(as_of))


def subtitle(scope_label: str, as_of: date, *details: str) -> str:
    """An exhibit's subtitle: 'BRICS members · As of 21 November 2026 · States only'."""
    return " · ".join([scope_label, as_of_label(as_of), *[d for d in details if d]])


SINCE_LABEL = N_("Then and now: since")
SINCE_HELP = N_(
    "The first date of the then-and-now chart: by default the ILRS's newest signing. Set it to your last briefing "
    "to show what changed since; it stays in the page's address."
)


def label_line(title: str, subtitle: str) -> str:
    """Under an exhibit's headline: what the chart is, then its subtitle."""
    return t("{title} · {subtitle}", title=title, subtitle=subtitle)


def our_file(file: str) -> str:
    """Our own compiled file named as a source (its rows carry their own sources)."""
    return t("{app}, {file} (each row sourced)", app=APP_NAME, file=file)


def export_unavailable(chromium: str) -> str:
    return t(
        "Image export is unavailable: no Chromium at {chromium} on this server. Everything else works.",
        chromium=chromium,
    )


def download_csv(rows: int) -> str:
    return n("Download CSV ({count} row)", "Download CSV ({count} rows)", rows)


def export_failed(error: str) -> str:
    return t("The image could not be rendered ({error}). The page keeps working; try again.", error=error)
