"""The table behind the map: every drawable country, its category in the chosen program view and scope, hover facts."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows
from datalayer.domain.partners import of_kind, partners_as_of
from datalayer.domain.scope import bloc_members_as_of, within

NAME_SEPARATOR = "; "  # between institution names in one cell (the hover puts each on its own line)
_UNDATED = [
    "tie_status",
    "tie_role",
    "tie_start",
    "tie_date",
    "tie_instrument",
    "tie_counterpart",
    "tie_source",
    "artemis_start",
    "artemis_signed",
]
# States in the ILRS as a coalition: its partners and its lead (as the Accords include the United States).
ILRS_MEMBER_STATUSES = (vocab.LEAD, vocab.SIGNED)


def _country_ties(
    regions: pd.DataFrame, partners: pd.DataFrame, artemis: pd.DataFrame, drawable: set[str]
) -> pd.DataFrame:
    """Every drawable country with its ILRS state tie and Artemis signing, undated (all we hold)."""
    states = of_kind(partners, vocab.STATE).set_index("iso3")
    signed = artemis.set_index("iso3")
    base = regions[regions["iso3"].isin(drawable)][["iso3", "country", "region", "sub_region"]]
    return base.assign(
        tie_status=base["iso3"].map(states["status"]),
        tie_role=base["iso3"].map(states["founding_role"]).fillna(""),
        tie_start=base["iso3"].map(states["date_start"]),
        tie_date=base["iso3"].map(states["date"]),
        tie_instrument=base["iso3"].map(states["instrument"]),
        tie_counterpart=base["iso3"].map(states["counterpart"]),
        tie_source=base["iso3"].map(states["source_publisher"]),
        artemis_start=base["iso3"].map(signed["date_start"]),
        artemis_signed=base["iso3"].map(signed["date"]),
    )


def _on_dates(ties: pd.DataFrame, program_view: str, by_year: bool) -> pd.DataFrame:
    """`ties` with an `as_of` and `in_scope` per row -> the facts as of that date and the map category
    (with `by_year`, the year of signing instead of the view's category)."""
    tied = ties["tie_start"] <= ties["as_of"]
    countries = ties.assign(
        ilrs_status=ties["tie_status"].where(tied, vocab.NO_STATUS),
        ilrs_date=ties["tie_date"].where(tied, ""),
        instrument=ties["tie_instrument"].where(tied, ""),
        counterpart=ties["tie_counterpart"].where(tied, ""),
        source=ties["tie_source"].where(tied, ""),
        artemis_date=ties["artemis_signed"].where(ties["artemis_start"] <= ties["as_of"], ""),
    )
    role = ties["tie_role"].map(vocab.FOUNDING_ROLES).where(tied & ties["tie_role"].ne(""), "")
    countries["status_label"] = countries["ilrs_status"].map(vocab.CATEGORY_LABELS) + role.map(
        lambda r: f" ({r})" if r else ""
    )
    countries["category"] = (
        signing_year_category(countries, program_view) if by_year else _category(countries, program_view)
    )
    return countries.drop(columns=_UNDATED)


def country_table(
    regions: pd.DataFrame,
    partners: pd.DataFrame,
    artemis: pd.DataFrame,
    drawable: set[str],
    members: set[str] | None,
    program_view: str,
    as_of: date,
    by_year: bool = False,
) -> pd.DataFrame:
    """The country table: one row per drawable country, ILRS and Artemis facts as of the date, its map category."""
    ties = _country_ties(regions, partners, artemis, drawable)
    ties = ties.assign(as_of=pd.Timestamp(as_of), in_scope=True if members is None else ties["iso3"].isin(members))
    return _on_dates(ties, program_view, by_year).drop(columns="as_of").reset_index(drop=True)


def country_timeline(
    regions: pd.DataFrame,
    partners: pd.DataFrame,
    artemis: pd.DataFrame,
    drawable: set[str],
    members_by_date: Mapping[date, set[str] | None],
    program_view: str,
    by_year: bool = False,
) -> pd.DataFrame:
    """The country table on each date of `members_by_date` (its scope on that date), stacked: one row per
    country and date, with `as_of` as a date. Built in one pass, since the play control needs every month."""
    ties = _country_ties(regions, partners, artemis, drawable)
    stacked = pd.concat(
        [
            ties.assign(as_of=pd.Timestamp(day), in_scope=True if members is None else ties["iso3"].isin(members))
            for day, members in members_by_date.items()
        ],
        ignore_index=True,
    )
    timeline = _on_dates(stacked, program_view, by_year)
    return timeline.assign(as_of=timeline["as_of"].dt.date)


def overlap_category(in_ilrs: pd.Series, in_artemis: pd.Series) -> pd.Series:
    """Both, ILRS only, Artemis only or neither, from two aligned yes/no series."""
    category = pd.Series(vocab.NEITHER, index=in_ilrs.index)
    category[in_ilrs & in_artemis] = vocab.BOTH
    category[in_ilrs & ~in_artemis] = vocab.ILRS_ONLY
    category[~in_ilrs & in_artemis] = vocab.ARTEMIS_ONLY
    return category


def _category(countries: pd.DataFrame, program_view: str) -> pd.Series:
    ilrs = countries["ilrs_status"].isin(ILRS_MEMBER_STATUSES)
    artemis = countries["artemis_date"] != ""
    if program_view == vocab.VIEW_ILRS:
        category = countries["ilrs_status"]
    elif program_view == vocab.VIEW_ARTEMIS:
        category = artemis.map({True: vocab.ARTEMIS_SIGNED, False: vocab.NO_STATUS})
        category = category.where(
            ~(artemis & (countries["iso3"] == vocab.LEADS[vocab.ARTEMIS].iso3)), vocab.ARTEMIS_LEAD
        )
    else:
        category = overlap_category(ilrs, artemis)
    return category.where(countries["in_scope"], vocab.OUTSIDE_SCOPE)


def signing_year_category(countries: pd.DataFrame, program_view: str) -> pd.Series:
    """For the 'year of signing' colouring: the year as text, or no-tie / outside."""
    dates = (
        countries["artemis_date"]
        if program_view == vocab.VIEW_ARTEMIS
        else countries["ilrs_date"].where(countries["ilrs_status"] == vocab.SIGNED, "")
    )
    year = dates.str[:4].where(dates != "", vocab.NO_STATUS)
    if program_view != vocab.VIEW_ARTEMIS:  # the lead keeps its own colour: it did not join its own program
        year = year.where(countries["ilrs_status"] != vocab.LEAD, vocab.LEAD)
    return year.where(countries["in_scope"], vocab.OUTSIDE_SCOPE)


def institution_markers(
    partners: pd.DataFrame, points: pd.DataFrame, members_by_date: Mapping[date, set[str] | None]
) -> pd.DataFrame:
    """Signed institutions counted by host country on each date, in that date's scope, at the country's
    marker point: as_of, iso3, lon, lat, count, names. Institutions with no known host country drop out."""
    institutions = of_kind(partners[partners["status"] == vocab.SIGNED], vocab.INSTITUTION)
    located = institutions.merge(points[["iso3", "lon", "lat"]], on="iso3")
    # Stack the few institutions once per date, then count in one groupby (per-date groupbys are slow).
    stacked = pd.concat(
        [within(dated_rows(located, day), members).assign(as_of=day) for day, members in members_by_date.items()],
        ignore_index=True,
    )
    return (
        stacked.sort_values("name")
        .groupby(["as_of", "iso3", "lon", "lat"], as_index=False, sort=True)
        .agg(count=("name", "size"), names=("name", NAME_SEPARATOR.join))
    )


def partner_rows(partners: pd.DataFrame, countries: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Partners shown in the table: every tie as of the date whose country is in scope."""
    dated = partners_as_of(partners, as_of)
    inside = set(countries.loc[countries["in_scope"], "iso3"])
    shown = dated[dated["iso3"].isin(inside)]
    columns = [
        "name",
        "iso3",
        "kind",
        "status",
        "founding_role",
        "date",
        "instrument",
        "counterpart",
        "source_grade",
        "confidence",
        "source_publisher",
        "source_date",
        "source_url",
        "notes",
    ]
    return shown.sort_values(["kind", "date_start"])[columns].reset_index(drop=True)


def country_facts(iso3: str, partners: pd.DataFrame, artemis: pd.DataFrame, blocs: pd.DataFrame) -> dict:
    """Everything we hold on one country, for the detail panel."""
    return {
        "ilrs": partners[(partners["iso3"] == iso3)],
        "artemis": artemis[artemis["iso3"] == iso3],
        "blocs": blocs[blocs["iso3"] == iso3],
    }


def country_choices(countries: pd.DataFrame) -> dict[str, str]:
    """iso3 -> name for the country search box, alphabetical by name."""
    ordered = countries.sort_values("country")
    return dict(zip(ordered["iso3"], ordered["country"], strict=True))


def organizations_as_of(partners: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """International organizations tied to ILRS by the date (listed beside the map: they have no territory)."""
    return of_kind(partners_as_of(partners, as_of), vocab.INTL_ORG)


def with_markers(
    countries: pd.DataFrame,
    points: pd.DataFrame,
    institutions: pd.DataFrame | None = None,
    on: tuple[str, ...] = ("iso3",),
) -> pd.DataFrame:
    """The map's one table: each country row with its marker point (`lon`, `lat`), whether it is `small` at
    world scale, and the signed institutions it hosts (`institutions`, `institution_names`) from
    `institution_markers` (matched on `on`: add 'as_of' for a timeline). Without `institutions`, no counts."""
    table = countries.merge(points[["iso3", "lon", "lat", "small"]], on="iso3", how="left")
    table["small"] = table["small"].fillna(False).astype(bool)
    if institutions is None:
        return table
    hosted = institutions[[*on, "count", "names"]].rename(
        columns={"count": "institutions", "names": "institution_names"}
    )
    table = table.merge(hosted, on=list(on), how="left")
    return table.assign(
        institutions=table["institutions"].fillna(0).astype(int),
        institution_names=table["institution_names"].fillna(""),
    )


def blocs_of(
    blocs: pd.DataFrame, iso3: str, as_of: date, group: tuple[str, ...] = (), group_label: str = ""
) -> dict[str, tuple[str, set[str]]]:
    """Each bloc the country belongs to on the date, label -> (its rows' `bloc` in data/blocs.csv, its members);
    the reader's own group (`group`, named `group_label`) read as one more, after the sourced ones."""
    scopes = [(b.label, b.source_bloc, bloc_members_as_of(blocs, b, as_of)) for b in vocab.BLOCS]
    every = [*scopes, *([(group_label, "", set(group))] if group else [])]
    return {label: (source, members) for label, source, members in every if iso3 in members}


def bloc_standing(
    partners: pd.DataFrame,
    artemis: pd.DataFrame,
    blocs: pd.DataFrame,
    iso3: str,
    as_of: date,
    group: tuple[str, ...] = (),
    group_label: str = "",
) -> pd.DataFrame:
    """Each bloc the country belongs to, with its members in each coalition: two rows a bloc (ILRS, Artemis
    Accords) with the count and its share of the bloc, the count in both, whether the count holds the
    coalition's lead (a member of its own coalition, never of the other), and the country's own standing: an
    associate member, or suspended since a date ("" when not)."""
    states = of_kind(dated_rows(partners, as_of), vocab.STATE)
    ilrs = set(states.loc[states["status"].isin((vocab.SIGNED, vocab.LEAD)), "iso3"])
    accords = set(dated_rows(artemis, as_of)["iso3"])
    rows = []
    own = blocs[blocs["iso3"] == iso3]
    for label, (source_bloc, members) in blocs_of(blocs, iso3, as_of, group, group_label).items():
        standing = own[(own["bloc"] == source_bloc) & _holding(own, as_of)]
        suspended = standing.loc[standing["role"] == vocab.SUSPENDED, "since"]
        for program, joined in ((vocab.ILRS, ilrs), (vocab.ARTEMIS, accords)):
            inside = len(members & joined)
            rows.append(
                {
                    "bloc": label,
                    "program": vocab.PROGRAM_LABELS[program],
                    "members": inside,
                    "share": inside / len(members),
                    "bloc_members": len(members),
                    "in_both": len(members & ilrs & accords),
                    "lead_included": vocab.LEADS[program].iso3 in members,
                    "associate": bool((standing["role"] == vocab.ASSOCIATE).any()),
                    "suspended_since": suspended.iloc[0] if len(suspended) else "",
                }
            )
    columns = ["bloc", "program", "members", "share", "bloc_members", "in_both", "lead_included"]
    return pd.DataFrame(rows, columns=[*columns, "associate", "suspended_since"])


def _holding(rows: pd.DataFrame, as_of: date) -> pd.Series:
    """Rows of data/blocs.csv begun by `as_of` (or undated) and not yet ended."""
    day = pd.Timestamp(as_of)
    return (rows["since_start"].isna() | (rows["since_start"] <= day)) & (
        rows["until_start"].isna() | (rows["until_start"] > day)
    )
