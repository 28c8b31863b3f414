"""The registry of curated datasets and the one pipeline that loads each: read -> validate -> transform."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from datalayer.loading import schemas
from datalayer.loading.paths import data_dir
from datalayer.loading.provenance import file_sha256
from datalayer.loading.read import read_tidy_csv, validate
from datalayer.loading.signing_dates import signing_days
from datalayer.loading.transform import with_date_starts, with_numbers


@dataclass(frozen=True)
class Dataset:
    key: str
    file: str
    schema: Callable[[date | None], pa.DataFrameSchema]
    transform: Callable[[pd.DataFrame, date], pd.DataFrame]  # the validated text and the file's check date


def _typed(
    frame: pd.DataFrame,
    checked_on: date,
    dates: tuple[str, ...] = (),
    numbers: tuple[str, ...] = (),
    signings: bool = False,
) -> pd.DataFrame:
    """`signings`: the file's `date` is a signing's, counted by the partial-date rule for signings."""
    typed = with_date_starts(frame, *dates)
    return with_numbers(signing_days(typed, checked_on) if signings else typed, *numbers)


PARTNERS = Dataset(
    "partners",
    "ilrs_partners.csv",
    schemas.partners_schema,
    partial(_typed, dates=("date", "announced_date", "source_date"), signings=True),
)

REPORTED_COUNTS = Dataset(
    "reported_counts",
    "reported_counts.csv",
    schemas.reported_counts_schema,
    partial(_typed, dates=("date", "source_date"), numbers=("value",)),
)
TARGETS = Dataset(
    "targets",
    "targets.csv",
    schemas.targets_schema,
    partial(_typed, dates=("stated_date",), numbers=("value", "target_year")),
)
MILESTONES = Dataset(
    "milestones", "milestones.csv", schemas.milestones_schema, partial(_typed, dates=("date", "source_date"))
)
ARTEMIS_ACCORDS = Dataset(
    "artemis_accords",
    "artemis_accords.csv",
    schemas.artemis_accords_schema,
    partial(_typed, dates=("date", "announced_date", "source_date"), numbers=("order",), signings=True),
)
BLOCS = Dataset("blocs", "blocs.csv", schemas.blocs_schema, partial(_typed, dates=("since", "until")))
REGIONS = Dataset("regions", "regions.csv", schemas.regions_schema, _typed)
COUNTRY_INDICATORS = Dataset(
    "country_indicators",
    "country_indicators.csv",
    schemas.country_indicators_schema,
    partial(_typed, numbers=("year", "population", "gdp_current_usd")),
)
PROGRAM_FACTS = Dataset(
    "program_facts",
    "program_facts.csv",
    schemas.program_facts_schema,
    partial(_typed, dates=("fact_date", "source_date")),
)
SPACE_POWERS = Dataset(
    "space_powers",
    "space_powers.csv",
    schemas.space_powers_schema,
    partial(_typed, dates=("first_date", "source_date")),
)
UN_MEMBER_STATES = Dataset(
    "un_member_states", "un_member_states.csv", schemas.un_member_states_schema, partial(_typed, dates=("admitted",))
)
CHANGES = Dataset("changes", "changes.csv", schemas.changes_schema, partial(_typed, dates=("date", "event_date")))
CHECKS = Dataset("checks", "checks.csv", schemas.checks_schema, partial(_typed, dates=("date",)))
CLAIM_NAMES = Dataset(
    "claim_names", "claim_names.csv", schemas.claim_names_schema, partial(_typed, dates=("claim_date",))
)
STATED_REASONS = Dataset(
    "stated_reasons", "stated_reasons.csv", schemas.stated_reasons_schema, partial(_typed, dates=("date",))
)
FEEDS = Dataset("feeds", "feeds.csv", schemas.feeds_schema, _typed)  # what the watcher reads

DATASETS: dict[str, Dataset] = {
    d.key: d
    for d in (
        PARTNERS,
        REPORTED_COUNTS,
        TARGETS,
        MILESTONES,
        ARTEMIS_ACCORDS,
        BLOCS,
        REGIONS,
        COUNTRY_INDICATORS,
        PROGRAM_FACTS,
        SPACE_POWERS,
        UN_MEMBER_STATES,
        CHANGES,
        CHECKS,
        CLAIM_NAMES,
        STATED_REASONS,
        FEEDS,
    )
}


def display_name(dataset: Dataset) -> str:
    return f"data/{dataset.file}"


# Tables already validated, by (dataset, the file's SHA-256, last day allowed): the same bytes under the same
# rule give the same table, so a folder loaded again with one file changed (the curator's scratch check, a test's
# edited copy) validates only that file. Content-keyed, so it never serves a table the file no longer holds.
_VALIDATED: OrderedDict[tuple[str, str, date], pd.DataFrame] = OrderedDict()
_VALIDATED_KEPT = 4 * 16  # a few folders' worth of tables


def load_dataset(dataset: Dataset, directory: Path | None = None, latest: date | None = None) -> pd.DataFrame:
    """The validated, typed table; raises DataFileError naming file, line, column and rule.

    `latest` is the last day a fact may carry: the day the file was last checked against its sources
    (data/provenance.csv), so nothing is dated after the data's own check. Without it, today.
    """
    name = display_name(dataset)
    path = (directory or data_dir()) / dataset.file
    latest = latest or date.today()
    if not path.is_file():  # read to name the missing file, as a problem like any other
        return dataset.transform(validate(read_tidy_csv(path, display_name=name), dataset.schema(latest), name), latest)
    key = (dataset.key, file_sha256(path), latest)
    if key not in _VALIDATED:
        raw = read_tidy_csv(path, display_name=name)
        _VALIDATED[key] = dataset.transform(validate(raw, dataset.schema(latest), name), latest)
        if len(_VALIDATED) > _VALIDATED_KEPT:
            _VALIDATED.popitem(last=False)
    _VALIDATED.move_to_end(key)
    return _VALIDATED[key].copy(deep=False)  # copy-on-write: a caller's edit never reaches the kept table
