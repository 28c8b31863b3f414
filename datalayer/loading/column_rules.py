"""The column rules the dataset schemas are built from: each checks the written form of a value (a code list, a
date pattern, a web address, a short quote) and names its rule in words, so a malformed file's message says which
rule a cell broke."""

from __future__ import annotations

from datetime import date

import pandera.pandas as pa

from datalayer import vocab
from datalayer.loading.dates import DATE_FORMAT_RULE, partial_date_start

ISO3_PATTERN = r"^[A-Z]{3}$"
MAX_QUOTE_WORDS = 25


def blank(series):
    return series.str.strip() == ""


def non_blank() -> pa.Check:
    return pa.Check(lambda s: ~blank(s), error="must not be blank")


def one_of(values, optional: bool = False) -> pa.Check:
    allowed = ", ".join(values)
    rule = f"must be one of: {allowed}" + (" (or blank)" if optional else "")
    return pa.Check(lambda s: s.isin(values) | (optional & blank(s)), error=rule)


def matches(pattern: str, rule: str, optional: bool = False) -> pa.Check:
    return pa.Check(lambda s: s.str.fullmatch(pattern) | (optional & blank(s)), error=rule)


def partial_date(today: date | None, optional: bool = False) -> list[pa.Check]:
    """A partial date; with `latest` (the file's last check), also not after it: a fact dated later than the
    check could not have been checked."""
    checks = [
        pa.Check(
            lambda s: s.map(partial_date_start).notna() | (optional & blank(s)),
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
        return (digits & (s.where(digits, "0").astype(int) >= minimum)) | (optional & blank(s))

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
        lambda df: df["language"].eq(vocab.ENGLISH) == blank(df["english"]),
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
        across("confidence", "notes")(lambda df: ~(df["confidence"].eq(vocab.LOW) & blank(df["notes"]))),
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
