"""The project's controlled vocabularies. Every other module imports these; none re-types them."""
from __future__ import annotations

from dataclasses import dataclass

# --- Partner records -------------------------------------------------------------------------
STATE, INTL_ORG, INSTITUTION = "state", "intl_org", "institution"
PARTNER_KINDS = (STATE, INTL_ORG, INSTITUTION)

SIGNED, ANNOUNCED, APPLIED, PAYLOAD_ONLY = "signed", "announced", "applied", "payload_only"
# Ordered from strongest to weakest tie: the map legend and tables follow this order.
PARTNER_STATUSES = (SIGNED, ANNOUNCED, APPLIED, PAYLOAD_ONLY)
NO_STATUS = "none"
STATUS_LABELS = {
    SIGNED: "Signed",
    ANNOUNCED: "Announced, no signing found",
    APPLIED: "Applied / intends to join",
    PAYLOAD_ONLY: "Payload partner only",
    NO_STATUS: "No ILRS tie",
}

CONFIDENCES = ("high", "medium", "low")

# --- Official aggregate statements -----------------------------------------------------------
COUNTRIES, COUNTRIES_AND_ORGS, INSTITUTIONS, RESEARCHERS = (
    "countries", "countries_and_orgs", "institutions", "researchers")
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

# --- Programs, milestones, blocs -------------------------------------------------------------
ILRS, ARTEMIS = "ilrs", "artemis"
PROGRAMS = (ILRS, ARTEMIS)
PROGRAM_LABELS = {ILRS: "ILRS", ARTEMIS: "Artemis Accords"}

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

MILESTONE_KINDS = ("agreement", "mission", "station", "plan")
MILESTONE_DATE_STATUSES = ("done", "planned")

BLOC_ROLES = ("member", "partner", "observer")


@dataclass(frozen=True)
class Bloc:
    """A lens over countries: which rows of data/blocs.csv it takes, and how the app names it."""

    slug: str  # also the ?bloc= URL value
    label: str
    source_bloc: str  # the `bloc` value in data/blocs.csv
    roles: tuple[str, ...]
    definition: str


BLOCS = (
    Bloc("brics", "BRICS members", "brics", ("member",),
         "Full BRICS members, with the 2024 and 2025 accessions on their effective dates."),
    Bloc("brics_plus", "BRICS members and partners", "brics", ("member", "partner"),
         "BRICS members plus the partner-country tier created in 2025."),
    Bloc("g77", "Global South (G77)", "g77", ("member",),
         "Here 'Global South' means the member states of the Group of 77 at the United Nations."),
    Bloc("au", "African Union", "au", ("member",), "Member states of the African Union."),
    Bloc("asean", "ASEAN", "asean", ("member",), "Member states of ASEAN."),
    Bloc("sco", "SCO", "sco", ("member",), "Member states of the Shanghai Cooperation Organisation."),
    Bloc("arab_league", "Arab League", "arab_league", ("member",), "Member states of the League of Arab States."),
    Bloc("eu", "European Union", "eu", ("member",), "Member states of the European Union."),
    Bloc("nato", "NATO", "nato", ("member",), "Member states of NATO."),
    Bloc("oecd", "OECD", "oecd", ("member",), "Member countries of the OECD."),
    Bloc("esa", "ESA", "esa", ("member",), "Member states of the European Space Agency."),
    Bloc("apsco", "APSCO", "apsco", ("member",),
         "Member states of the Asia-Pacific Space Cooperation Organization."),
)
BLOCS_BY_SLUG = {b.slug: b for b in BLOCS}
SOURCE_BLOCS = tuple(dict.fromkeys(b.source_bloc for b in BLOCS))

# --- Map lenses ------------------------------------------------------------------------------
LENS_ILRS, LENS_ARTEMIS, LENS_OVERLAP = "ilrs", "artemis", "overlap"
PROGRAM_LENSES = {LENS_ILRS: "ILRS status", LENS_ARTEMIS: "Artemis Accords", LENS_OVERLAP: "Overlap"}
ARTEMIS_SIGNED = "artemis_signed"
BOTH, ILRS_ONLY, ARTEMIS_ONLY, NEITHER = "both", "ilrs_only", "artemis_only", "neither"
OUTSIDE_LENS = "outside"
CATEGORY_LABELS = {
    **STATUS_LABELS,
    ARTEMIS_SIGNED: "Artemis Accords signatory",
    BOTH: "Both ILRS and Artemis",
    ILRS_ONLY: "ILRS only",
    ARTEMIS_ONLY: "Artemis only",
    NEITHER: "Neither",
    OUTSIDE_LENS: "Outside the lens",
}
LENS_CATEGORIES = {
    LENS_ILRS: (*PARTNER_STATUSES, NO_STATUS, OUTSIDE_LENS),
    LENS_ARTEMIS: (ARTEMIS_SIGNED, NO_STATUS, OUTSIDE_LENS),
    LENS_OVERLAP: (BOTH, ILRS_ONLY, ARTEMIS_ONLY, NEITHER, OUTSIDE_LENS),
}
