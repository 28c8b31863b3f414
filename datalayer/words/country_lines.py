"""One country's profile in sentences: standing, timeline, reasons, bloc-mates, institutions."""

from __future__ import annotations

import pandas as pd

from datalayer import vocab
from datalayer.loading.rows import rows_of
from datalayer.words.dates import written_date
from datalayer.words.evidence import evidence_words
from datalayer.words.grammar import capitalised, count_noun, listed, ordinal, possessive, short_title
from datalayer.words.growth_lines import speaker_name

# --- Titles, notes and labels ---------------------------------------------------------------------------------
INSTITUTIONS_DETAIL = "agreements and payloads on Chang'e missions"
BLOCS_DETAIL = "each bloc's member states in each coalition, as a share of the bloc"
NAMED_BY_DETAIL = "the names behind officials' totals"
NO_STATED_REASON_FOUND = "no stated reason found"
OUTLETS_ENGLISH = "the outlet's English"
PLACE_IN_ORDER = "Place in order"
REASONS_DETAIL = "quotes of 25 words at most; English renderings of other languages are ours"
TIMELINE_DETAIL = "signings and weaker ties, with each program's latest and next milestone for context"
STANDING_COLUMNS_NOTE = "status, date, instrument and source of each"
WHY_IN_THEIR_WORDS = "Why, in their words"


def standing_summary(name: str, ilrs: pd.Series | None, artemis: pd.Series | None) -> str:
    """Where one country stands in both coalitions, in one sentence from its own rows."""
    return capitalised(_standing(name, ilrs, artemis))


def _standing(name: str, ilrs: pd.Series | None, artemis: pd.Series | None) -> str:
    accords = (
        f"signed the Artemis Accords on {written_date(artemis['date'])}"
        if artemis is not None
        else "has not signed the Artemis Accords"
    )
    if ilrs is None:
        return (
            f"{name} has no ILRS tie in our data and {accords}."
            if artemis is not None
            else f"{name} has no tie to either program in our data."
        )
    status, when = ilrs["status"], written_date(ilrs["date"])
    if status == vocab.LEAD:
        return f"{name} leads the ILRS (it is not its own partner) and {accords}."
    if status == vocab.SIGNED:
        both = ": it is in both coalitions" if artemis is not None else ""
        return f"{name} signed with the ILRS on {when} and {accords}{both}."
    tie = vocab.STATUS_LABELS[status].lower()
    return f"{name} has a weaker ILRS tie ({tie}, first reported {when}), not a signing, and {accords}."


def timeline_summary(name: str, table: pd.DataFrame) -> str:
    first, last = table.iloc[0], table.iloc[-1]
    if len(table) == 1:
        return f"One tie on record: {first['title']}, {written_date(first['date'])}."
    return (
        f"{count_noun(len(table), 'tie')} of {name} and its institutions, from {written_date(first['date'])} "
        f"— {first['title']} — to {written_date(last['date'])} — {last['title']}."
    )


def reasons_summary(name: str, reasons: pd.DataFrame, none_found: str) -> str:
    """Who said why the country joined each program, and when; or that no reason was found."""
    said = [
        f"for the {r.program}, {r.speaker.split(', ')[0]} ({written_date(r.said)})"
        for r in rows_of(reasons)
        if r.their_words != none_found
    ]
    missing = [r.program for r in rows_of(reasons) if r.their_words == none_found]
    parts = [f"{capitalised(possessive(name))} reasons in its officials' words: {listed(said)}." if said else ""]
    if missing:
        parts.append(f"For the {listed(missing)}, {none_found}.")
    return " ".join(p for p in parts if p)


def bloc_mates_summary(name: str, blocs: pd.DataFrame) -> str:
    """The bloc-mates of a country in each coalition, bloc by bloc."""
    parts = []
    for bloc, rows in blocs.groupby("bloc", sort=False):
        by_program = rows.set_index("program")

        def counted(program: str, noun: str, plural: str, by_program: pd.DataFrame = by_program) -> str:
            row = by_program.loc[vocab.PROGRAM_LABELS[program]].to_dict()
            lead = f" ({vocab.LEADS[program].name}, its lead, included)" if row["lead_included"] else ""
            return f"{count_noun(int(row['members']), noun, plural)}{lead}"

        first = rows.iloc[0]
        standing = (
            f", suspended since {written_date(first['suspended_since'])}"
            if first["suspended_since"]
            else ", as an associate member"
            if first["associate"]
            else ""
        )
        parts.append(
            f"{bloc}{standing}: {counted(vocab.ILRS, 'ILRS member', 'ILRS members')}, "
            f"{counted(vocab.ARTEMIS, 'Artemis signatory', 'Artemis signatories')} and "
            f"{rows['in_both'].iloc[0]} in both, of {rows['bloc_members'].iloc[0]} member states"
        )
    return f"{capitalised(possessive(name))} blocs. " + "; ".join(parts) + "."


def institutions_summary(name: str, institutions: pd.DataFrame) -> str:
    return (
        f"{count_noun(len(institutions), 'institution')} in {name} with ILRS ties: "
        f"{listed(list(institutions['name']), limit=3)}."
    )


def named_by_summary(name: str, named_by: pd.DataFrame) -> str:
    """The officials' totals whose lists name the country, and who named it in each: the official, or the outlet
    reporting the figure (data/claim_names.csv)."""
    each = [
        f"by {speaker_name(r.speaker)} on {written_date(r.claim_date)}"
        if r.listed_by == vocab.OFFICIAL
        else f"by the outlet reporting {possessive(speaker_name(r.speaker))} figure of {written_date(r.claim_date)}"
        for r in rows_of(named_by)
    ]
    return f"{capitalised(name)} is named with {count_noun(len(each), 'official total')}: {listed(each)}."


def standing_detail(standing: pd.DataFrame) -> str:
    """Each program's standing with its date, place in the order, instrument, source and confidence: what the
    standing table says, as a sentence a presenter can read. Text from the data stands after a dash, never inside
    our own brackets."""
    parts = []
    for row in rows_of(standing):
        if not row.date:
            parts.append(f"{row.program}: {row.standing[:1].lower()}{row.standing[1:]}")
            continue
        when = written_date(row.date)
        if row.standing in (vocab.STATUS_LABELS[vocab.SIGNED], vocab.SIGNATORY_LABEL):
            place = f" as the {row.place_in_order} signatory" if row.place_in_order not in ("", "not stated") else ""
            tie = f"signed {when}{place}"
        elif row.standing == vocab.STATUS_LABELS[vocab.LEAD]:
            tie = f"its lead since {when}"
        else:
            tie = f"{row.standing[:1].lower()}{row.standing[1:]}, first reported {when}"
        instrument = f" by {row.instrument};" if row.instrument and row.instrument != row.program else ""
        parts.append(
            f"{row.program}: {tie} —{instrument} source {row.source_publisher}, "
            f"{evidence_words(row.source_grade, row.confidence)}"
        )
    return ". ".join(parts) + "."


def tie_events(
    name: str, ilrs: pd.Series | None, artemis: pd.Series | None, institutions: pd.DataFrame
) -> list[tuple[str, str, str, pd.Series]]:
    """A country's ties as its timeline writes them: (program, title, short label, the tie's row). The short
    label leaves out the country, whose page it is: its lane names the program."""
    label, events = capitalised(name), []
    if ilrs is not None and ilrs["status"] != vocab.LEAD:
        status = vocab.STATUS_LABELS[ilrs["status"]]
        events.append((vocab.ILRS, f"{label}: {status.lower()}", short_title(status), ilrs))
    if artemis is not None:
        events.append((vocab.ARTEMIS, f"{label} signed the Artemis Accords", "Signed", artemis))
    events += [
        (vocab.ILRS, f"{row['name']}: {vocab.STATUS_LABELS[row['status']].lower()}", short_title(row["name"]), row)
        for _, row in institutions.iterrows()
    ]
    return events


def program_milestone(title: str) -> str:
    """A program's milestone shown for context on a country's timeline."""
    return f"Program milestone: {title}"


# A profile's titles: `name` as a sentence calls the country ('the United States'); a title capitalises it.
ORDER_DETAIL = "every member of each coalition by signing date; the ILRS's lead is not its partner"
ORDER_NOUNS = {vocab.PROGRAM_LABELS[vocab.ILRS]: "partner states", vocab.PROGRAM_LABELS[vocab.ARTEMIS]: "signatories"}


def order_places(mine: pd.DataFrame) -> list[str]:
    """["12th of the ILRS's 12 partner states", "joint 1st of ..."]: the country's place in each coalition it
    joined; states that signed on the same day share a place."""
    return [
        f"{'joint ' if joint else ''}{ordinal(int(place))} of the {possessive(str(program))} {of} "
        f"{ORDER_NOUNS[str(program)]}"
        for program, place, of, joint in zip(mine["program"], mine["place"], mine["of"], mine["joint"], strict=True)
    ]


def order_title(name: str) -> str:
    return f"{capitalised(name)} in each coalition's order of signing"


def order_summary(name: str, mine: pd.DataFrame) -> str:
    """'By signing date, Senegal is the 12th of the ILRS's 12 partner states (5 September 2024) and the 56th of the
    Artemis Accords' 67 signatories (24 July 2025).'"""
    places = [f"the {p} ({written_date(d)})" for p, d in zip(order_places(mine), mine["date"], strict=True)]
    return f"By signing date, {name} is {' and '.join(places)}."


def timeline_title(name: str) -> str:
    return f"{capitalised(name)}: its ties to both programs over time"


def standing_title(name: str) -> str:
    return f"{capitalised(name)}: where it stands in both programs"


def reasons_title(name: str) -> str:
    return f"{capitalised(name)}: why it joined, in its officials' words"


def blocs_title(name: str) -> str:
    return f"{capitalised(possessive(name))} blocs: how their members stand"


def institutions_title(name: str) -> str:
    return f"{capitalised(name)}: its institutions with ILRS ties"


def named_by_title(name: str) -> str:
    return f"{capitalised(name)} in officials' lists"
