"""One pandera schema per curated dataset, built from the column rules (`column_rules.py`).

Every file is read as text (see `read.py`), so the schemas check the written form of each value: a code
list, a date pattern, a web address. Typed columns are derived afterwards by `transform.py`.
"""

from __future__ import annotations

from datetime import date

import pandera.pandas as pa

from datalayer import vocab
from datalayer.loading.column_rules import (
    blank,
    english_unless_in_english,
    graded_columns,
    iso3_code,
    language_code,
    lead_only_is_low,
    low_confidence_has_reason,
    matches,
    non_blank,
    one_of,
    partial_date,
    short_quote,
    source_date,
    sourced_columns,
    text,
    tidy_schema,
    web_address,
    whole_number,
)
from datalayer.loading.dates import partial_date_start


def partners_schema(today: date | None) -> pa.DataFrameSchema:
    # An institution whose host country no source names keeps a blank iso3 (its notes say so).
    iso3_present = pa.Check(
        lambda df: (
            ~((df["kind"] == vocab.INTL_ORG) & ~blank(df["iso3"])) & ~((df["kind"] == vocab.STATE) & blank(df["iso3"]))
        ),
        error="iso3 must be blank for an intl_org and filled for a state",
    )
    unique_state = pa.Check(
        lambda df: ~(df["kind"].eq(vocab.STATE) & df.duplicated(["kind", "iso3"], keep=False)),
        error="a state appears twice (same iso3)",
    )
    lead_is_a_state = pa.Check(
        lambda df: ~(df["status"].eq(vocab.LEAD) & df["kind"].ne(vocab.STATE)),
        error="only a state can be the program's lead",
    )
    return tidy_schema(
        {
            "name": text(non_blank()),
            "iso3": iso3_code(optional=True),
            "kind": text(one_of(vocab.PARTNER_KINDS)),
            "status": text(one_of(vocab.STATUSES)),
            "founding_role": text(one_of(list(vocab.FOUNDING_ROLES), optional=True)),
            "date": text(*partial_date(today)),
            "announced_date": text(*partial_date(today, optional=True)),
            "instrument": text(),
            "counterpart": text(),
            **sourced_columns(),
            **source_date(today),
            **graded_columns(),
            "notes": text(),
        },
        checks=[iso3_present, unique_state, lead_is_a_state, low_confidence_has_reason(), lead_only_is_low()],
        unique=["name"],
        name="ilrs_partners",
    )


def reported_counts_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "date": text(*partial_date(today)),
            "speaker": text(non_blank()),
            "kind": text(one_of(list(vocab.REPORT_KINDS))),
            "metric": text(one_of(vocab.REPORTED_METRICS)),
            "value": text(whole_number(minimum=1)),
            "qualifier": text(one_of(vocab.QUALIFIERS)),
            "quote": text(non_blank(), short_quote()),
            **sourced_columns(),
            **source_date(today),
            **graded_columns(),
            "notes": text(),
        },
        checks=[low_confidence_has_reason(), lead_only_is_low()],
        unique=["date", "speaker", "metric", "value", "source_url"],
        name="reported_counts",
    )


def targets_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "metric": text(one_of(vocab.TARGET_METRICS)),
            "value": text(whole_number(minimum=1)),
            "target_year": text(matches(r"^\d{4}$", "must be a year YYYY (or blank)", optional=True)),
            "stated_by": text(non_blank()),
            "stated_date": text(*partial_date(today)),
            "venue": text(),
            "quote": text(short_quote()),
            **sourced_columns(),
            "notes": text(),
        },
        unique=["metric", "source_url"],
        name="targets",
    )


def milestones_schema(today: date | None) -> pa.DataFrameSchema:
    done_not_future = pa.Check(
        lambda df: (
            ~(
                df["date_status"].eq(vocab.DONE)
                & df["date"].map(lambda v: (partial_date_start(v) or date.min) > (today or date.max))
            )
        ),
        error="a milestone marked done must not be dated after today",
    )
    return tidy_schema(
        {
            "program": text(one_of(vocab.MILESTONE_PROGRAMS)),
            "relation": text(one_of(list(vocab.MILESTONE_RELATIONS))),
            "milestone_id": text(matches(r"^[a-z0-9_]+$", "must be a slug of a-z, 0-9 and _")),
            "title": text(non_blank()),
            "date": text(*partial_date(None)),  # planned milestones lie in the future
            "date_status": text(one_of(vocab.MILESTONE_DATE_STATUSES)),
            "kind": text(one_of(vocab.MILESTONE_KINDS)),
            **sourced_columns(),
            **source_date(today),
            **graded_columns(),
            "notes": text(),
        },
        checks=[done_not_future, low_confidence_has_reason(), lead_only_is_low()],
        unique=["milestone_id", "source_url"],
        name="milestones",
    )


def artemis_accords_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "country": text(non_blank()),
            "iso3": iso3_code(),
            "date": text(*partial_date(today)),
            "announced_date": text(*partial_date(today, optional=True)),
            "order": text(whole_number(minimum=1, optional=True)),
            **sourced_columns(),
            **source_date(today),
            **graded_columns(),
            "notes": text(),
        },
        checks=[low_confidence_has_reason(), lead_only_is_low()],
        unique=["iso3"],
        name="artemis_accords",
    )


def blocs_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "bloc": text(one_of(vocab.SOURCE_BLOCS)),
            "iso3": iso3_code(),
            "country": text(non_blank()),
            "role": text(one_of(vocab.BLOC_ROLES)),
            "since": text(*partial_date(today, optional=True)),
            "until": text(*partial_date(today, optional=True)),
            **sourced_columns(),
            **graded_columns(),
            "notes": text(),
        },
        unique=["bloc", "iso3", "role", "since"],
        checks=[low_confidence_has_reason(), lead_only_is_low()],
        name="blocs",
    )


def regions_schema(today: date | None) -> pa.DataFrameSchema:
    def code() -> pa.Column:
        return text(matches(r"^\d{3}$", "must be a three-digit M49 code (or blank)", optional=True))

    return tidy_schema(
        {
            "iso3": iso3_code(),
            "m49": code(),
            "country": text(non_blank()),
            "short_name": text(),  # the name a sentence uses where the UN's is long ('Bolivia'); blank: the same
            "region": text(),  # blank for Antarctica, as in the UN table
            "region_code": code(),
            "sub_region": text(),
            "sub_region_code": code(),
            "intermediate_region": text(),
            "intermediate_region_code": code(),
            "source_url": text(web_address()),
            "notes": text(),
        },
        unique=["iso3"],
        name="regions",
    )


def country_indicators_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "iso3": iso3_code(),
            "country": text(non_blank()),
            "year": text(matches(r"^\d{4}$", "must be a year YYYY")),
            "population": text(whole_number(minimum=1, optional=True)),
            "gdp_current_usd": text(whole_number(minimum=1, optional=True)),
            "population_source": text(non_blank()),
            "gdp_source": text(non_blank()),
            **sourced_columns(),
            "licence": text(non_blank()),
        },
        unique=["iso3"],
        name="country_indicators",
    )


def program_facts_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "program": text(one_of(vocab.PROGRAMS)),
            "fact": text(one_of(list(vocab.PROGRAM_FACTS))),
            "value": text(non_blank()),
            "fact_date": text(*partial_date(None, optional=True)),  # plans lie in the future
            **sourced_columns(),
            **source_date(today),
            "confidence": text(one_of(vocab.CONFIDENCES)),
            "notes": text(),
        },
        unique=["program", "fact"],
        checks=[low_confidence_has_reason()],
        name="program_facts",
    )


def space_powers_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "iso3": iso3_code(),
            "country": text(non_blank()),
            "common_name": text(non_blank()),
            "criterion": text(one_of(list(vocab.SPACE_POWER_CRITERIA))),
            "first_date": text(*partial_date(today)),
            "first_mission": text(non_blank()),
            **sourced_columns(),
            **source_date(today),
            "confidence": text(one_of(vocab.CONFIDENCES)),
            "notes": text(),
        },
        unique=["iso3", "criterion"],
        checks=[low_confidence_has_reason()],
        name="space_powers",
    )


def un_member_states_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "iso3": iso3_code(),
            "country": text(non_blank()),
            "admitted": text(*partial_date(today, optional=True)),
            **sourced_columns(),
            "confidence": text(one_of(vocab.CONFIDENCES)),
            "notes": text(),
        },
        unique=["iso3"],
        checks=[low_confidence_has_reason()],
        name="un_member_states",
    )


def changes_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "date": text(*partial_date(today)),
            "dataset": text(matches(r"^[a-z_]+\.csv$", "must name a data file, such as artemis_accords.csv")),
            "row_key": text(non_blank()),
            "kind": text(one_of(vocab.CHANGE_KINDS)),
            "change": text(non_blank()),
            "event_date": text(*partial_date(today, optional=True)),
            "reason": text(non_blank()),
            "source_url": text(
                matches(
                    r"^https?://\S+\.\S+$",
                    "must be a web address starting with http:// or https:// (blank only for a regrading)",
                    optional=True,
                )
            ),
            "source_publisher": text(non_blank()),
        },
        checks=[
            pa.Check(
                lambda df: df["kind"].eq(vocab.REGRADED) | ~blank(df["source_url"]),
                error="source_url: a change cites the source that prompted it (only a regrading may not)",
            )
        ],
        unique=["date", "dataset", "row_key", "change"],
        name="changes",
    )


def checks_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "date": text(*partial_date(today)),
            "dataset": text(matches(r"^[a-z_0-9]+\.(csv|json)$", "must name a data file, such as artemis_accords.csv")),
            "searched": text(non_blank()),
            "found": text(non_blank()),
            "outcome": text(one_of(list(vocab.CHECK_OUTCOMES))),
        },
        unique=["date", "dataset", "searched"],
        name="checks",
    )


def claim_names_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "claim_date": text(*partial_date(today)),
            "speaker": text(non_blank()),
            "metric": text(one_of(vocab.REPORTED_METRICS)),
            "name": text(non_blank()),
            "iso3": iso3_code(optional=True),
            "listed_by": text(one_of(list(vocab.LISTED_BY))),
            **sourced_columns(),
            "notes": text(),
        },
        unique=["claim_date", "speaker", "metric", "name"],
        name="claim_names",
    )


def feeds_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "name": text(non_blank()),
            "program": text(one_of([*vocab.PROGRAMS, "both"])),
            "language": text(language_code()),
            "url": text(
                matches(
                    r"^https?://\S+\.\S+$",
                    "must be a web address starting with http:// or https:// (or blank: no feed is known)",
                    optional=True,
                )
            ),
            "notes": text(non_blank()),
        },
        unique=["name"],
        name="feeds",
    )


def stated_reasons_schema(today: date | None) -> pa.DataFrameSchema:
    return tidy_schema(
        {
            "program": text(one_of(vocab.PROGRAMS)),
            "iso3": iso3_code(),
            "country": text(non_blank()),
            "date": text(*partial_date(today)),
            "quote": text(non_blank(), short_quote()),
            "language": text(language_code()),
            "outlet_translated": text(one_of(vocab.YES_NO)),
            "english": text(short_quote()),
            "speaker": text(non_blank()),
            "speaker_role": text(non_blank()),
            **sourced_columns(),
            "confidence": text(one_of(vocab.CONFIDENCES)),
            "notes": text(),
        },
        unique=["program", "iso3"],
        checks=[low_confidence_has_reason(), english_unless_in_english()],
        name="stated_reasons",
    )
