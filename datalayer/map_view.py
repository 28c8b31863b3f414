"""The table behind the map: every drawable country, its category in the chosen lens, and hover facts."""
from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.partners import of_kind, partners_as_of


def signatories_as_of(artemis: pd.DataFrame, as_of: date) -> pd.DataFrame:
    return artemis[artemis["date_start"] <= pd.Timestamp(as_of)]


def country_view(regions: pd.DataFrame, partners: pd.DataFrame, artemis: pd.DataFrame, drawable: set[str],
                 members: set[str] | None, program_lens: str, as_of: date) -> pd.DataFrame:
    """One row per drawable country: ILRS and Artemis facts as of the date, and its map category."""
    states = of_kind(partners_as_of(partners, as_of), vocab.STATE).set_index("iso3")
    signed = signatories_as_of(artemis, as_of).set_index("iso3")
    base = regions[regions["iso3"].isin(drawable)][["iso3", "country", "region", "sub_region"]]
    view = base.assign(
        ilrs_status=base["iso3"].map(states["status"]).fillna(vocab.NO_STATUS),
        ilrs_date=base["iso3"].map(states["date"]).fillna(""),
        instrument=base["iso3"].map(states["instrument"]).fillna(""),
        counterpart=base["iso3"].map(states["counterpart"]).fillna(""),
        source=base["iso3"].map(states["source_publisher"]).fillna(""),
        artemis_date=base["iso3"].map(signed["date"]).fillna(""),
        in_lens=True if members is None else base["iso3"].isin(members),
    )
    view["status_label"] = view["ilrs_status"].map(vocab.CATEGORY_LABELS)
    view["category"] = _category(view, program_lens)
    return view.reset_index(drop=True)


def _category(view: pd.DataFrame, program_lens: str) -> pd.Series:
    ilrs = view["ilrs_status"] == vocab.SIGNED
    artemis = view["artemis_date"] != ""
    if program_lens == vocab.LENS_ILRS:
        category = view["ilrs_status"]
    elif program_lens == vocab.LENS_ARTEMIS:
        category = artemis.map({True: vocab.ARTEMIS_SIGNED, False: vocab.NO_STATUS})
    else:
        category = pd.Series(vocab.NEITHER, index=view.index)
        category[ilrs & artemis] = vocab.BOTH
        category[ilrs & ~artemis] = vocab.ILRS_ONLY
        category[~ilrs & artemis] = vocab.ARTEMIS_ONLY
    return category.where(view["in_lens"], vocab.OUTSIDE_LENS)


def signing_year_category(view: pd.DataFrame, program_lens: str) -> pd.Series:
    """For the 'year of signing' colouring: the year as text, or no-tie / outside."""
    dates = view["artemis_date"] if program_lens == vocab.LENS_ARTEMIS else \
        view["ilrs_date"].where(view["ilrs_status"] == vocab.SIGNED, "")
    year = dates.str[:4].where(dates != "", vocab.NO_STATUS)
    return year.where(view["in_lens"], vocab.OUTSIDE_LENS)


def lens_counts(view: pd.DataFrame, partners: pd.DataFrame, as_of: date) -> dict[str, int]:
    """The KPI strip: signed ILRS states, organizations, institutions hosted, Artemis signatories, both."""
    inside = view[view["in_lens"]]
    dated = partners_as_of(partners, as_of)
    signed = dated[dated["status"] == vocab.SIGNED]
    institutions = of_kind(signed, vocab.INSTITUTION)
    return {
        "ilrs_states": int((inside["ilrs_status"] == vocab.SIGNED).sum()),
        "intl_orgs": int((of_kind(signed, vocab.INTL_ORG)).shape[0]),
        "institutions": int(institutions["iso3"].isin(set(inside["iso3"])).sum()),
        "artemis": int((inside["artemis_date"] != "").sum()),
        "both": int(((inside["ilrs_status"] == vocab.SIGNED) & (inside["artemis_date"] != "")).sum()),
    }


def partner_rows(partners: pd.DataFrame, view: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Partners shown in the table: every tie as of the date whose country is in the lens."""
    dated = partners_as_of(partners, as_of)
    inside = set(view.loc[view["in_lens"], "iso3"])
    shown = dated[dated["iso3"].isin(inside)]
    columns = ["name", "iso3", "kind", "status", "date", "instrument", "counterpart", "confidence",
               "source_publisher", "source_date", "source_url", "notes"]
    return shown.sort_values(["kind", "date_start"])[columns].reset_index(drop=True)


def country_facts(iso3: str, partners: pd.DataFrame, artemis: pd.DataFrame, blocs: pd.DataFrame) -> dict:
    """Everything we hold on one country, for the detail panel."""
    return {
        "ilrs": partners[(partners["iso3"] == iso3)],
        "artemis": artemis[artemis["iso3"] == iso3],
        "blocs": blocs[blocs["iso3"] == iso3],
    }


def country_choices(view: pd.DataFrame) -> dict[str, str]:
    """iso3 -> name for the country search box, alphabetical by name."""
    ordered = view.sort_values("country")
    return dict(zip(ordered["iso3"], ordered["country"]))


def organizations_as_of(partners: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """International organizations tied to ILRS by the date (listed beside the map: they have no territory)."""
    return of_kind(partners_as_of(partners, as_of), vocab.INTL_ORG)
