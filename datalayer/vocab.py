"""The project's controlled vocabularies. Every other module imports these; none re-types them."""

from __future__ import annotations

from dataclasses import dataclass

APP_NAME = "ILRS Tracker"  # the dashboard's name: page titles, slide credits, the pack, citations

# --- The reader's language -------------------------------------------------------------------
# The UN's six official languages, by ISO 639-1 code, each named in itself (how a reader finds their own in a
# list). English (ENGLISH, below) is the source language: every message is written in it first.
UN_LANGUAGES = {"en": "English", "zh": "中文", "ru": "Русский", "fr": "Français", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = ("ar",)

# --- Partner records -------------------------------------------------------------------------
STATE, INTL_ORG, INSTITUTION = "state", "intl_org", "institution"
PARTNER_KINDS = (STATE, INTL_ORG, INSTITUTION)

LEAD, SIGNED, ANNOUNCED, APPLIED, PAYLOAD_ONLY = "lead", "signed", "announced", "applied", "payload_only"
# A partner's tie, ordered from strongest to weakest: the map legend and tables follow this order.
PARTNER_STATUSES = (SIGNED, ANNOUNCED, APPLIED, PAYLOAD_ONLY)
# The lead of a program is not its own partner: it has its own status, drawn apart and never counted
# toward partner totals, targets or pace.
STATUSES = (LEAD, *PARTNER_STATUSES)
NO_STATUS = "none"
STATUS_LABELS = {
    LEAD: "Program lead",
    SIGNED: "Signed",
    ANNOUNCED: "Announced, no signing found",
    APPLIED: "Applied / intends to join",
    PAYLOAD_ONLY: "Payload partner only",
    NO_STATUS: "No ILRS tie",
}

# A founding state's part, shown beside its status ("Signed, co-founder").
INITIATOR, CO_FOUNDER = "initiator", "co_founder"
FOUNDING_ROLES = {INITIATOR: "initiator", CO_FOUNDER: "co-founder"}

HIGH, MEDIUM, LOW = "high", "medium", "low"
# How good the page a row rests on is, best first (data/CHECKING.md defines each). A row whose best source is a
# lead is unconfirmed: it may carry no more than low confidence, and every count that holds it says so.
OFFICIAL_TEXT, WIRE, OUTLET, SECONDARY, LEAD_ONLY = "official_text", "wire", "outlet", "secondary", "lead_only"
SOURCE_GRADES = {
    OFFICIAL_TEXT: "official text or release",
    WIRE: "wire or state news agency",
    OUTLET: "established outlet",
    SECONDARY: "copy or aggregator",
    LEAD_ONLY: "lead only, unconfirmed",
}
SOURCE_GRADES_SHORT = {
    OFFICIAL_TEXT: "official",
    WIRE: "wire",
    OUTLET: "outlet",
    SECONDARY: "copy",
    LEAD_ONLY: "lead only",
}  # beside a source's name in a footer or a list
YES_NO = ("yes", "no")
SIGNATORY_LABEL, NOT_SIGNATORY_LABEL = "Signatory", "Not a signatory"  # a state's Artemis Accords standing
ENGLISH = "en"  # ISO 639-1: the language a stated reason needs no translation from
# The languages of data/stated_reasons.csv, by ISO 639-1 code; a code not listed is shown as the code.
LANGUAGES = {
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "is": "Icelandic",
    "it": "Italian",
    "ja": "Japanese",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "sr": "Serbian",
    "uk": "Ukrainian",
    "zh": "Chinese",
    "ar": "Arabic",
}
CONFIDENCES = (HIGH, MEDIUM, LOW)

# --- Official aggregate statements -----------------------------------------------------------
COUNTRIES, COUNTRIES_AND_ORGS, INSTITUTIONS, RESEARCHERS = (
    "countries",
    "countries_and_orgs",
    "institutions",
    "researchers",
)
REPORTED_METRICS = (COUNTRIES, COUNTRIES_AND_ORGS, INSTITUTIONS, RESEARCHERS)
TARGET_METRICS = (COUNTRIES, INSTITUTIONS, RESEARCHERS)
METRIC_LABELS = {
    COUNTRIES: "Countries",
    COUNTRIES_AND_ORGS: "Countries and international organizations",
    INSTITUTIONS: "Research institutions",
    RESEARCHERS: "Researchers",
}
QUALIFIERS = ("exact", "over", "nearly", "about")
QUALIFIER_WORDS = {"exact": "", "over": "more than", "nearly": "nearly", "about": "about"}  # as read aloud
# Who a statement's number comes from: an official speaking for the program, or a media outlet's own
# estimate or arithmetic. Only official statements form the official-claims series.
OFFICIAL, MEDIA_ESTIMATE = "official", "media_estimate"
REPORT_KINDS = {OFFICIAL: "Official claim", MEDIA_ESTIMATE: "Media estimate"}
# data/claim_names.csv: who listed the names behind a claimed total.
LISTED_BY = {OFFICIAL: "the official", "outlet": "the outlet reporting it"}

# --- Counting rules and targets --------------------------------------------------------------
STATES_ONLY, STATES_AND_ORGS = "states", "states_orgs"
COUNTING_RULES = {STATES_ONLY: "States only", STATES_AND_ORGS: "States and international organizations"}
TARGET_YEARS = (2030, 2035, 2050)  # offered besides the basic station's year (taken from milestones.csv)
BASIC_STATION_MILESTONE = "ilrs_basic_station"

# --- Programs, milestones, blocs -------------------------------------------------------------
ILRS, ARTEMIS = "ilrs", "artemis"
PROGRAMS = (ILRS, ARTEMIS)  # the two coalitions: the ILRS and the Artemis Accords (the agreements, their signatories)
PROGRAM_LABELS = {ILRS: "ILRS", ARTEMIS: "Artemis Accords"}
# NASA's missions are the Artemis program, a thing apart from the Accords: their milestones carry this program.
ARTEMIS_PROGRAM = "artemis_program"
MILESTONE_PROGRAMS = (ILRS, ARTEMIS, ARTEMIS_PROGRAM)
MILESTONE_PROGRAM_LABELS = {**PROGRAM_LABELS, ARTEMIS_PROGRAM: "Artemis program (NASA)"}
# How a milestone stands to its program: its own element or agreement, a mission before the program existed that
# it builds on, or a national mission sources tie to it that is not formally one of its elements.
OWN, PRECURSOR, RELATED = "own", "precursor", "related"
MILESTONE_RELATIONS = {OWN: "", PRECURSOR: "precursor", RELATED: "related, not an element"}
# The lane a timeline draws an ILRS precursor or related mission in: apart from the ILRS's own milestones.
CHINA_RELATED_LANE = "China's precursor and related missions"


@dataclass(frozen=True)
class Lead:
    """A program's lead state: as a sentence names it, and its ISO3 (to ask whether a scope holds it)."""

    iso3: str
    name: str  # 'China', 'the United States': as it stands inside a sentence
    short: str  # 'China', 'US': as it stands in a tile's rule label


# The ILRS lead is drawn apart and never its own partner; the United States signed the Accords it leads.
LEADS = {ILRS: Lead("CHN", "China", "China"), ARTEMIS: Lead("USA", "the United States", "US")}

# Rows of data/program_facts.csv, in the order the comparison shows them.
PROGRAM_FACTS = {
    "lead_states": "Lead states",
    "lead_agencies": "Lead agencies",
    "founding_document": "Founding document",
    "legal_nature": "Legal nature",
    "membership_rule": "Who counts as a member",
    "stated_targets": "Stated membership targets",
    "coordination_body": "Coordination",
    "crewed_landing_plan": "Crewed landing",
    "station_plan": "Station",
}
STATED_TARGETS = "stated_targets"  # for ILRS taken from data/targets.csv, not restated

# data/space_powers.csv: what makes a state a space power here.
ORBITAL_LAUNCH = "orbital_launch"
SPACE_POWER_CRITERIA = {ORBITAL_LAUNCH: "Put a satellite in orbit on its own launcher"}

AGREEMENT, MISSION, STATION, PLAN = "agreement", "mission", "station", "plan"
MILESTONE_KINDS = (AGREEMENT, MISSION, STATION, PLAN)
DONE, PLANNED, SUPERSEDED = "done", "planned", "superseded"
MILESTONE_DATE_STATUSES = (DONE, PLANNED, SUPERSEDED)  # superseded: a plan a later stated plan replaced

# data/changes.csv: what a row of the changes feed did to a dataset.
ADDED, CORRECTED, DOWNGRADED, REMOVED, REGRADED = "added", "corrected", "downgraded", "removed", "regraded"
# regraded: a row's source graded anew (data/CHECKING.md) with its source unchanged; the grade is our reading of
# the page already cited, so such a change may cite no new address.
CHANGE_KINDS = (ADDED, CORRECTED, DOWNGRADED, REMOVED, REGRADED)
# data/checks.csv: what one check of one file against its sources came to.
NOTHING_NEW, CHANGED, UNCONFIRMED = "nothing_new", "changed", "unconfirmed"
CHECK_OUTCOMES = {
    NOTHING_NEW: "nothing new found",
    CHANGED: "changes recorded (see the changes feed)",
    UNCONFIRMED: "leads found that no source we could read confirms",
}
STALE_AFTER_DAYS = 30  # a check older than this is said to be old on every page and on the pack

WORLD_AGGREGATE = "WLD"  # the indicators' world total: an aggregate, not a country

MEMBER, ASSOCIATE, SUSPENDED = "member", "associate", "suspended"
# A row's role in data/blocs.csv: a tier of membership, or a dated suspension of a member (a suspended member is
# still a member: it is counted, and named as suspended wherever its bloc is the scope).
BLOC_ROLES = (MEMBER, "partner", "observer", ASSOCIATE, SUSPENDED)


@dataclass(frozen=True)
class Bloc:
    """A scope over countries: which rows of data/blocs.csv it takes, and how the app names it."""

    slug: str  # also the ?bloc= URL value
    label: str  # as a title, a subtitle or a menu names it: 'BRICS members'
    source_bloc: str  # the `bloc` value in data/blocs.csv
    roles: tuple[str, ...]
    definition: str
    name: str  # as it stands inside a sentence, with its article: 'BRICS', 'the African Union'
    short: str = ""  # where room is scarce (a small panel's title in slide type): 'AU'; '' for the label itself

    @property
    def short_label(self) -> str:
        return self.short or self.label


BLOCS = (
    Bloc(
        "brics",
        "BRICS members",
        "brics",
        ("member",),
        "Full BRICS members, with the 2024 and 2025 accessions on their effective dates.",
        "BRICS",
        short="BRICS",
    ),
    Bloc(
        "brics_plus",
        "BRICS members and partners",
        "brics",
        ("member", "partner"),
        "BRICS members plus the partner-country tier created in 2025.",
        "BRICS and its partner countries",
        short="BRICS & partners",
    ),
    Bloc(
        "g77",
        "Global South (G77)",
        "g77",
        ("member",),
        "Here 'Global South' means the member states of the Group of 77 at the United Nations.",
        "the G77",
        short="G77",
    ),
    Bloc(
        "au", "African Union", "au", ("member",), "Member states of the African Union.", "the African Union", short="AU"
    ),
    Bloc("asean", "ASEAN", "asean", ("member",), "Member states of ASEAN.", "ASEAN"),
    Bloc("sco", "SCO", "sco", ("member",), "Member states of the Shanghai Cooperation Organisation.", "the SCO"),
    Bloc(
        "arab_league",
        "Arab League",
        "arab_league",
        ("member",),
        "Member states of the League of Arab States.",
        "the Arab League",
    ),
    Bloc(
        "eu",
        "European Union",
        "eu",
        ("member",),
        "Member states of the European Union.",
        "the European Union",
        short="EU",
    ),
    Bloc("nato", "NATO", "nato", ("member",), "Member states of NATO.", "NATO"),
    Bloc("oecd", "OECD", "oecd", ("member",), "Member countries of the OECD.", "the OECD"),
    Bloc("esa", "ESA", "esa", ("member",), "Member states of the European Space Agency.", "ESA"),
    Bloc(
        "apsco",
        "APSCO",
        "apsco",
        ("member",),
        "Member states of the Asia-Pacific Space Cooperation Organization.",
        "APSCO",
    ),
    Bloc(
        "g20",
        "G20",
        "g20",
        ("member",),
        "The G20's 19 member states. Its two other members, the European Union and the African Union, are "
        "organizations with no territory of their own: they are not counted as states.",
        "the G20",
    ),
    Bloc(
        "oic",
        "OIC",
        "oic",
        ("member",),
        "Member states of the Organisation of Islamic Cooperation; observers are not counted.",
        "the OIC",
    ),
    Bloc(
        "oif",
        "Francophonie (OIF)",
        "oif",
        (MEMBER, ASSOCIATE),
        "Member and associate member states of the Organisation internationale de la Francophonie (associates "
        "are marked as such); observers, and member governments that are not states, are not counted.",
        "the Francophonie",
        short="OIF",
    ),
    Bloc(
        "celac",
        "CELAC",
        "celac",
        ("member",),
        "Member states of the Community of Latin American and Caribbean States.",
        "CELAC",
    ),
    Bloc(
        "commonwealth",
        "Commonwealth",
        "commonwealth",
        ("member",),
        "Member states of the Commonwealth of Nations.",
        "the Commonwealth",
    ),
)
BLOCS_BY_LABEL = {b.label: b for b in BLOCS}
# M49 region names that take an article inside a sentence ('within the Americas').
REGIONS_WITH_ARTICLE = ("Americas", "Caribbean")
BLOCS_BY_SLUG = {b.slug: b for b in BLOCS}
SOURCE_BLOCS = tuple(dict.fromkeys(b.source_bloc for b in BLOCS))

# --- Program views (which program a map shows) and colourings ------------------------------
# "Scope" is the bloc/region filter; "view" is the program choice. One word, one meaning.
VIEW_ILRS, VIEW_ARTEMIS, VIEW_OVERLAP = "ilrs", "artemis", "overlap"
PROGRAM_VIEWS = {VIEW_ILRS: "ILRS status", VIEW_ARTEMIS: "Artemis Accords", VIEW_OVERLAP: "Overlap"}
BY_STATUS, BY_YEAR = "status", "year"
COLOURINGS = {BY_STATUS: "Status", BY_YEAR: "Year of signing"}
ARTEMIS_SIGNED = "artemis_signed"
# The Accords' lead (the United States): a signatory, counted as one, drawn apart as the ILRS's lead is.
ARTEMIS_LEAD = "artemis_lead"
BOTH, ILRS_ONLY, ARTEMIS_ONLY, NEITHER = "both", "ilrs_only", "artemis_only", "neither"
OUTSIDE_SCOPE = "outside"
CATEGORY_LABELS = {
    **STATUS_LABELS,
    ARTEMIS_SIGNED: "Artemis Accords signatory",
    ARTEMIS_LEAD: "Accords lead, a signatory",
    BOTH: "Both ILRS and Artemis",
    ILRS_ONLY: "ILRS only",
    ARTEMIS_ONLY: "Artemis only",
    NEITHER: "Neither",
    OUTSIDE_SCOPE: "Outside the scope",
}
VIEW_CATEGORIES = {
    VIEW_ILRS: (LEAD, *PARTNER_STATUSES, NO_STATUS, OUTSIDE_SCOPE),
    VIEW_ARTEMIS: (ARTEMIS_LEAD, ARTEMIS_SIGNED, NO_STATUS, OUTSIDE_SCOPE),
    VIEW_OVERLAP: (BOTH, ILRS_ONLY, ARTEMIS_ONLY, NEITHER, OUTSIDE_SCOPE),
}

# --- Exhibits: the growth panel's series --------------------------------------------------------
NO_COUNT_PUBLISHED = "no count published"  # a target with no counted series: never drawn as zero

# Where an exhibit is drawn: the page, the page on a phone, presenter mode, a slide image, a picture in the pack.
SCREEN, PHONE, PRESENT, PNG, SVG, PPTX = "screen", "phone", "present", "png", "svg", "pptx"
MEDIA = (SCREEN, PHONE, PRESENT, PNG, SVG, PPTX)

OUR_COUNT, PROJECTION, NEEDED, CLAIM, TARGET, MILESTONE, OVERLAY, SCENARIO = (
    "our_count",
    "projection",
    "pace_needed",  # from today's count to the target by the target year: the pace the target asks for
    "official_claim",
    "target",
    "milestone",
    "artemis_overlay",
    "scenario",
)
GROWTH_SERIES = (OUR_COUNT, PROJECTION, NEEDED, CLAIM, TARGET, MILESTONE, OVERLAY, SCENARIO)
