"""How to read the numbers: the one written method the /sources page shows under "Method and caveats", the tiles
quote in their help and the briefing pack puts on its method slide."""

from __future__ import annotations

from datalayer.words.programs import ARTEMIS_LEAD, ILRS_LEAD, lead_name
from datalayer.words.translation import N_, t

METHOD = (  # (heading, text), in English: written_method() gives them in the language being written
    (
        N_("What counts as a member"),
        N_(
            "An ILRS partner is a state, international organization or institution with a signed ILRS document that a "
            "source we could read reports. Announcements, applications and payloads on Chang'e missions are weaker "
            "ties, shown apart and never counted. An Artemis Accords signatory is a state whose signing is dated in a "
            "source.",
        ),
    ),
    (
        N_("The lead"),
        N_(
            "{lead} leads the ILRS and is never counted as its own partner. Where the two coalitions are compared as "
            "wholes, each includes its lead ({lead}, {artemis_lead}), and every tile says which rule it follows.",
        ),
    ),
    (
        N_("Our count and officials' figures"),
        N_(
            "Officials' totals are their own series, never mixed with our count. They run higher: officials count "
            "ties whose signing no public source reports, and may count agencies or institutions as organizations.",
        ),
    ),
    (
        N_("Blocs and regions"),
        N_(
            "A scope keeps the states that were members of the bloc on the As of date. The 50 / 500 / 5,000 targets "
            "and officials' figures are world-wide: under a scope they are shown for reference, beside the scope's "
            "share.",
        ),
    ),
    (
        N_("Confidence"),
        N_(
            "High: the original outlet, dated. Medium: a reliable secondary outlet, or an approximate date. Low: a "
            "single weak source, or sources that conflict; its notes say why. A code file, a rewrite site or an AI "
            "summary is a lead, never a source.",
        ),
    ),
    (
        N_("Projections and scenarios"),
        N_(
            "A projection repeats the pace seen so far; it is not a forecast. A scenario ('what if') adds states that "
            "have not signed; it is drawn apart and never joins the count.",
        ),
    ),
    (
        N_("The data cut-off"),
        N_(
            "Every file is checked against its sources at least monthly (data/CHECKING.md). Events after the date the "
            "data is checked to are not in it; the pages say so when a check is more than 30 days old.",
        ),
    ),
)

MEMBER, THE_LEAD, SCOPES = METHOD[0][0], METHOD[1][0], METHOD[3][0]


def written_method() -> tuple[tuple[str, str], ...]:
    """The written method in the language being written, each heading with its text."""
    leads = {"lead": lead_name(ILRS_LEAD), "artemis_lead": lead_name(ARTEMIS_LEAD)}
    return tuple((t(heading), t(text, **leads)) for heading, text in METHOD)


def method_text(heading: str) -> str:
    """One heading's text ('MEMBER'), as the tiles' help quotes it."""
    return t(dict(METHOD)[heading], lead=lead_name(ILRS_LEAD), artemis_lead=lead_name(ARTEMIS_LEAD))


# --- Titles, notes and labels ---------------------------------------------------------------------------------
CHECKING_INTRO = (
    "Every file is checked against its sources at least monthly, by the method in data/CHECKING.md: where"
    " to look (in English, Chinese and Russian), what counts as a signing, what is a source and what is "
    "only a lead. Each check of each file is listed here with what was searched and what was found, also "
    "when it found nothing; 'Data checked to' is the oldest file's newest check."
)
SOURCES_INTRO = (
    "Every number in this dashboard comes from the files below. Each row carries its source address, "
    "publisher and date, and a confidence rating; notes record where sources disagree."
)


def dataset_caption(name: str, as_of: str, checked: str, rows: int) -> str:
    """'data/ilrs_partners.csv · as of 2026-12-07 · last checked 7 December 2026 · 98 rows'."""
    return f"{name} · as of {as_of} · last checked {checked} · {rows} rows"


# Each data file as a reader names it (the file itself beside it, for whoever downloads it).
DATASET_TITLES = {
    "ilrs_partners.csv": "ILRS partners",
    "reported_counts.csv": "Officials' figures",
    "targets.csv": "ILRS targets",
    "milestones.csv": "Milestones",
    "artemis_accords.csv": "Artemis Accords signatories",
    "blocs.csv": "Bloc memberships",
    "regions.csv": "Countries and UN regions",
    "country_indicators.csv": "Population and GDP",
    "program_facts.csv": "Key facts of both programs",
    "space_powers.csv": "Space powers",
    "un_member_states.csv": "UN member states",
    "changes.csv": "Changes feed",
    "checks.csv": "Checks of the data",
    "claim_names.csv": "Names behind officials' figures",
    "stated_reasons.csv": "Reasons in officials' words",
    "feeds.csv": "Agencies' feeds",
}


def dataset_title(file: str) -> str:
    """'ILRS partners (ilrs_partners.csv)'."""
    return f"{DATASET_TITLES[file]} ({file})" if file in DATASET_TITLES else file
