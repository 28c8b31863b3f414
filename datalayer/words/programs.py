"""The programs' names and leads as sentences use them (defined once, in the vocabulary)."""

from datalayer import vocab
from datalayer.words.cldr import country_name

ILRS_LABEL, ARTEMIS_LABEL = vocab.PROGRAM_LABELS[vocab.ILRS], vocab.PROGRAM_LABELS[vocab.ARTEMIS]
ILRS_LEAD, ARTEMIS_LEAD = vocab.LEADS[vocab.ILRS], vocab.LEADS[vocab.ARTEMIS]


def lead_name(lead: vocab.Lead) -> str:
    """'China', 'the United States'; '中国', 'États-Unis': a lead inside a sentence."""
    return country_name(lead.iso3, lead.name)


def lead_short(lead: vocab.Lead) -> str:
    """'China', 'US': a lead in a tile's short rule."""
    return country_name(lead.iso3, lead.short)
