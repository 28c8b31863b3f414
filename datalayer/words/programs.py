"""The programs' names and leads as sentences use them (defined once, in the vocabulary)."""

from datalayer import vocab

ILRS_LABEL, ARTEMIS_LABEL = vocab.PROGRAM_LABELS[vocab.ILRS], vocab.PROGRAM_LABELS[vocab.ARTEMIS]
ILRS_LEAD, ARTEMIS_LEAD = vocab.LEADS[vocab.ILRS], vocab.LEADS[vocab.ARTEMIS]
