"""One pandera schema per curated dataset.

Every file is read as text (see `read.py`), so the schemas check the written form of each value: a code
list, a date pattern, a web address. Typed columns are derived afterwards by `transform.py`.
"""

from __future__ import annotations

from datetime import date

import pandera.pandas as pa

from datalayer import vocab
from datalayer.loading.dates import DATE_FORMAT_RULE, partial_date_start

ISO3_PATTERN = r"^[A-Z]{3}$"
MAX_QUOTE_WORDS = 25


# --- Reusable column rules --------------------------------------------------------------------
def _blank(series):
    return series.str.strip() == ""


def non_blank() -> pa.Check:
    return pa.Check(lambda s: ~_blank(s), error="must not be blank")


def one_of(values, optional: bool = False) -> pa.Check:
    allowed = ", ".join(values)
    rule = f"must be one of: {allowed}" + (" (or blank)" if optional else "")
    return pa.Check(lambda s: s.isin(values) | (optional & _blank(s)), error=rule)


def matches(pattern: str, rule: str, optional: bool = False) -> pa.Check:
    return pa.Check(lambda s: s.str.fullmatch(pattern) | (optional & _blank(s)), error=rule)


def partial_date(today: date | None, optional: bool = False) -> list[pa.Check]:
    """A partial date; with `latest` (the file's last check), also not after it: a fact dated later than the
    check could not have been checked."""
    checks = [
        pa.Check(
            lambda s: s.map(partial_date_start).notna() | (optional & _blank(s)),
            error=f"must be {DATE_FORMAT_RULE}" + (" (or blank)" if optional else ""),
        )
    ]
    if today is not None:
        checks.append(
            pa.Check(
                lambda s: s.map(lambda v: (partial_date_start(v) or date.min) <= today),
                error=f"must not be after the file's last check ({today.isoformat()})",
            )
        )
    return checks


def web_address() -> pa.Check:
    return matches(r"^https?://\S+\.\S+$", "must be a web address starting with http:// or https://")


def whole_number(minimum: int = 0, optional: bool = False) -> pa.Check:
    def ok(s):
        digits = s.str.fullmatch(r"\d+")
        return (digits & (s.where(digits, "0").astype(int) >= minimum)) | (optional & _blank(s))

    return pa.Check(ok, error=f"must be a whole number of at least {minimum}" + (" (or blank)" if optional else ""))


def short_quote() -> pa.Check:
    """A quotation short enough to quote: words, as a reader counts them."""
    return pa.Check(
        lambda s: s.str.split().str.len() <= MAX_QUOTE_WORDS, error=f"a quote is {MAX_QUOTE_WORDS} words at most"
    )


def language_code() -> pa.Check:
    return matches(r"[a-z]{2}", "must be a two-letter language code (ISO 639-1), such as en or fr")


def english_unless_in_english() -> pa.Check:
    """A quotation in another language carries our English rendering beside it; one in English does not."""
    return pa.Check(
        lambda df: df["language"].eq(vocab.ENGLISH) == _blank(df["english"]),
        error="english is blank for a quote in English, and our translation otherwise",
    )


def across(*columns: str):
    """A check over several columns passes when one is missing: the missing column is reported on its own."""

    def wrap(rule):
        return lambda df: rule(df) if set(columns) <= set(df.columns) else True

    return wrap


def low_confidence_has_reason() -> pa.Check:
    """A low-confidence row says why in its notes: never silently uncertain."""
    return pa.Check(
        across("confidence", "notes")(lambda df: ~(df["confidence"].eq(vocab.LOW) & _blank(df["notes"]))),
        error="notes: a row with low confidence must say why in notes",
    )


def lead_only_is_low() -> pa.Check:
    """A row whose best source is only a lead is unconfirmed: it may not claim more than low confidence."""
    return pa.Check(
        across("source_grade", "confidence")(
            lambda df: ~(df["source_grade"].eq(vocab.LEAD_ONLY) & df["confidence"].ne(vocab.LOW))
        ),
        error=f"confidence: a row graded {vocab.LEAD_ONLY} (a lead, unconfirmed) may have low confidence at most",
    )


def graded_columns() -> dict[str, pa.Column]:
    """How good the row's source is (data/CHECKING.md) and how sure we are of the fact."""
    return {"source_grade": text(one_of(list(vocab.SOURCE_GRADES))), "confidence": text(one_of(vocab.CONFIDENCES))}


def text(*checks: pa.Check) -> pa.Column:
    """A column read as text; dtype checks are off because every file is read as strings."""
    return pa.Column(None, checks=list(checks), nullable=False, required=True)


def iso3_code(optional: bool = False) -> pa.Column:
    return text(matches(ISO3_PATTERN, "must be three capital letters (ISO 3166-1 alpha-3)", optional=optional))


def tidy_schema(columns: dict[str, pa.Column], **options) -> pa.DataFrameSchema:
    """A dataset's schema: exactly these columns, in any order (files are edited by hand)."""
    return pa.DataFrameSchema(columns, strict=True, ordered=False, **options)


def sourced_columns() -> dict[str, pa.Column]:
    """The source columns every fact-bearing file carries."""
    return {
        "source_url": text(web_address()),
        "source_publisher": text(non_blank()),
    }


def source_date(today: date | None) -> dict[str, pa.Column]:
    """The publication date of the source; blank where the page itself shows no date."""
    return {"source_date": text(*partial_date(today, optional=True))}


# --- The datasets ----------------------------------------------------------------------------
def partners_schema(today: date | None) -> pa.DataFrameSchema:
    # An institution whose host country no source names keeps a blank iso3 (its notes say so).
    iso3_present = pa.Check(
        lambda df: (
            ~((df["kind"] == vocab.INTL_ORG) & ~_blank(df["iso3"]))
            & ~((df["kind"] == vocab.STATE) & _blank(df["iso3"]))
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
                lambda df: df["kind"].eq(vocab.REGRADED) | ~_blank(df["source_url"]),
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
