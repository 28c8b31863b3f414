"""View model of /country: where one country stands in both coalitions, since when, who signed, its institutions,
its blocs and how their members stand, the officials' lists that name it, and a timeline of its ties."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows
from datalayer.domain.partners import of_kind
from datalayer.domain.scope import bloc_members_as_of
from datalayer.domain.wording import ordinal
from datalayer.loading.datasets import ARTEMIS_ACCORDS, BLOCS, CLAIM_NAMES, PARTNERS, REGIONS, UN_MEMBER_STATES
from datalayer.loading.tables import Tables
from datalayer.viewmodels import statements
from datalayer.viewmodels.charts import MilestoneTimeline
from datalayer.viewmodels.exhibit import Exhibit, sources_of, subtitle

OBSERVER_STATES = ("VAT", "PSE")  # the UN's non-member observer states: the Holy See and Palestine
NO_REASON = "no stated reason found"
STANDING_COLUMNS = ["program", "standing", "date", "instrument", "place_in_order", "signed_by", "stated_reason",
                    "confidence", "source_publisher", "source_url"]
USES = tuple(d.key for d in (PARTNERS, ARTEMIS_ACCORDS, BLOCS, REGIONS, UN_MEMBER_STATES, CLAIM_NAMES))


@dataclass(frozen=True, eq=False)
class CountryProfile:
    iso3: str
    name: str
    summary: str  # one sentence: where it stands in both
    standing: pd.DataFrame  # one row per program
    institutions: pd.DataFrame  # its institutions with ILRS ties (payloads included)
    blocs: pd.DataFrame  # each bloc it belongs to, and how that bloc's members stand
    named_by: pd.DataFrame  # officials' lists that name it
    timeline: Exhibit | None  # its ties in both programs, by date


def country_choices(tables: Tables) -> dict[str, str]:
    """iso3 -> name for the picker: every UN member state and observer state, by name."""
    names = tables.regions.set_index("iso3")["country"]
    codes = [*tables.un_member_states["iso3"], *OBSERVER_STATES]
    return dict(sorted(((c, names.get(c, c)) for c in codes), key=lambda item: item[1]))


def _ilrs_row(state: pd.Series | None) -> dict:
    if state is None:
        return {"program": vocab.PROGRAM_LABELS[vocab.ILRS], "standing": vocab.STATUS_LABELS[vocab.NO_STATUS]}
    return {"program": vocab.PROGRAM_LABELS[vocab.ILRS], "standing": vocab.STATUS_LABELS[state["status"]],
            "date": state["date"], "instrument": state["instrument"], "signed_by": state["counterpart"],
            "confidence": state["confidence"], "source_publisher": state["source_publisher"],
            "source_url": state["source_url"]}


def _artemis_row(signed: pd.Series | None) -> dict:
    label = vocab.PROGRAM_LABELS[vocab.ARTEMIS]
    if signed is None:
        return {"program": label, "standing": "Not a signatory"}
    return {"program": label, "standing": "Signatory", "date": signed["date"], "instrument": "Artemis Accords",
            "place_in_order": ordinal(int(signed["order"])) if pd.notna(signed["order"]) else "not stated",
            "confidence": signed["confidence"], "source_publisher": signed["source_publisher"],
            "source_url": signed["source_url"]}


def _bloc_table(tables: Tables, iso3: str, as_of: date) -> pd.DataFrame:
    states = of_kind(dated_rows(tables.partners, as_of), vocab.STATE)
    ilrs = set(states.loc[states["status"].isin((vocab.SIGNED, vocab.LEAD)), "iso3"])
    accords = set(dated_rows(tables.artemis_accords, as_of)["iso3"])
    rows = []
    for bloc in vocab.BLOCS:
        members = bloc_members_as_of(tables.blocs, bloc, as_of)
        if iso3 in members:
            rows.append({"bloc": bloc.label, "members": len(members), "ilrs_members": len(members & ilrs),
                         "artemis_signatories": len(members & accords), "in_both": len(members & ilrs & accords)})
    return pd.DataFrame(rows, columns=["bloc", "members", "ilrs_members", "artemis_signatories", "in_both"])


def _timeline(name: str, iso3: str, ilrs: pd.Series | None, artemis: pd.Series | None,
              institutions: pd.DataFrame, as_of: date) -> Exhibit | None:
    events = []
    if ilrs is not None and ilrs["status"] != vocab.LEAD:
        events.append((vocab.ILRS, f"{name}: {vocab.STATUS_LABELS[ilrs['status']].lower()}", ilrs))
    if artemis is not None:
        events.append((vocab.ARTEMIS, f"{name} signed the Artemis Accords", artemis))
    events += [(vocab.ILRS, f"{row['name']}: {vocab.STATUS_LABELS[row['status']].lower()}", row)
               for _, row in institutions.iterrows()]
    if not events:
        return None
    table = pd.DataFrame([{"program_label": vocab.PROGRAM_LABELS[p], "title": title, "date": row["date"],
                           "date_start": row["date_start"], "date_status": vocab.DONE, "named": True,
                           "short_title": title[:34], "source": f"Source: {row['source_publisher']}",
                           "source_publisher": row["source_publisher"], "source_url": row["source_url"]}
                          for p, title, row in events]).sort_values("date_start").reset_index(drop=True)
    return Exhibit(key="country.timeline", title=f"{name}: its ties to both programs over time",
                   subtitle=subtitle(name, as_of, "signings and weaker ties, with their sources"),
                   summary=statements.timeline_summary(name, table), table=table,
                   chart=MilestoneTimeline(date="date_start", lane="program_label", label="title",
                                           status="date_status", done=vocab.DONE, hover=("source",),
                                           marker_at=as_of, named="named", short="short_title"),
                   sources=sources_of(table, day=None))


def country_profile(tables: Tables, iso3: str, as_of: date) -> CountryProfile:
    name = country_choices(tables).get(iso3) or tables.regions.set_index("iso3")["country"].get(iso3, iso3)
    partners = dated_rows(tables.partners, as_of)
    states = of_kind(partners, vocab.STATE).set_index("iso3")
    ilrs = states.loc[iso3] if iso3 in states.index else None
    accords = dated_rows(tables.artemis_accords, as_of).set_index("iso3")
    artemis = accords.loc[iso3] if iso3 in accords.index else None
    standing = pd.DataFrame([_ilrs_row(ilrs), _artemis_row(artemis)], columns=STANDING_COLUMNS).astype(object)
    standing = standing.where(standing.notna(), "")
    standing = standing.assign(stated_reason=NO_REASON)
    institutions = of_kind(partners, vocab.INSTITUTION)
    institutions = institutions[institutions["iso3"] == iso3]
    names = tables.claim_names[tables.claim_names["iso3"] == iso3]
    named_by = names[["claim_date", "speaker", "metric", "listed_by", "source_publisher", "source_url"]]
    return CountryProfile(
        iso3, name, statements.standing_summary(name, ilrs, artemis), standing,
        institutions[["name", "status", "date", "instrument", "counterpart", "confidence", "source_publisher",
                      "source_url"]].reset_index(drop=True),
        _bloc_table(tables, iso3, as_of), named_by.reset_index(drop=True),
        _timeline(name, iso3, ilrs, artemis, institutions, as_of))
