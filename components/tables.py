"""Tables as every page shows them: source addresses as links, every country's name a link to its profile, and a
CSV download of exactly what is shown (names as text), built only when the reader clicks."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import data_access
from components.navigation import COUNTRY
from components.widgets.url_state import ISO3
from datalayer import vocab
from datalayer.words import interface
from datalayer.words.language import speaking
from datalayer.words.translation import N_, data_language, t

LINK_COLUMNS = ("source_url",)
# A cell starting with one of these is read as a formula by Excel and LibreOffice (CSV injection): written with a
# leading apostrophe, it shows as the text it is.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# Column names a reader would not guess; every other name is spelled out ('founding_role' -> 'Founding role').
READABLE_HEADERS = {
    "iso3": N_("ISO3 code"),
    "row_key": N_("Row"),
    "source_url": N_("Source address"),
    "source_publisher": N_("Source"),
    "m49": N_("M49 code"),
    "gdp_current_usd": N_("GDP (current US$)"),
    "date_start": interface.DATE_START_OF_PERIOD,
}


def readable_header(column: str) -> str:
    if column in READABLE_HEADERS:  # a table's words are the data's: in the language those are written in
        with speaking(data_language()):
            return t(READABLE_HEADERS[column])
    words = column.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as CSV that a spreadsheet opens as text, never as a formula. UTF-8 with a byte-order mark:
    without it Excel and LibreOffice Calc's default import read 'Türkiye' as 'TÃ¼rkiye'."""

    def neutral(value):
        return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value

    text = [
        c for c in frame.columns if pd.api.types.is_object_dtype(frame[c]) or pd.api.types.is_string_dtype(frame[c])
    ]
    safe = frame.assign(**{c: frame[c].map(neutral) for c in text})
    return safe.rename(columns=readable_header).to_csv(index=False).encode("utf-8-sig")


def link_columns(frame: pd.DataFrame) -> dict:
    return {c: st.column_config.LinkColumn(c, display_text="source") for c in LINK_COLUMNS if c in frame}


def country_name_column(frame: pd.DataFrame) -> str | None:
    """The column that names each row's country: 'country', or 'name' where the rows are states."""
    if "iso3" not in frame:
        return None
    if "country" in frame:
        return "country"
    if "name" in frame and ("kind" not in frame or set(frame["kind"]) <= {vocab.STATE}):
        return "name"
    return None


def profile_address(iso3: str, name: str) -> str:
    """A profile's address, relative to the page, with the name after '#' for the link to show as text (as
    written: the browser encodes it, and the link's text must read 'Türkiye', not 'T%C3%BCrkiye')."""
    return f"{COUNTRY.url_path}?{ISO3}={iso3}#{name}"


def with_profile_links(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """The frame as shown, each country's name a link to its profile (where it has one), and its column config."""
    column = country_name_column(frame)
    if column is None:
        return frame, {}
    profiles = set(data_access.country_choices())
    rows = frame["kind"] == vocab.STATE if "kind" in frame else pd.Series(True, index=frame.index)
    linked = frame["iso3"].isin(profiles) & rows
    # The name is the link's text: the part after '#' (the profile page reads only ?iso3=). A state with no
    # profile (not a UN member or observer) keeps its name, linked to nowhere but this page.
    shown = frame.assign(
        **{
            column: [
                profile_address(i, n) if ok else f"#{n}"
                for i, n, ok in zip(frame["iso3"], frame[column], linked, strict=True)
            ]
        }
    )
    return shown, {
        column: st.column_config.LinkColumn(
            readable_header(column), display_text=r"#(.+)$", help=t(interface.OPENS_COUNTRY_PROFILE)
        )
    }


def show_table(
    frame: pd.DataFrame,
    key: str,
    download_name: str = "",
    caption: str | None = None,
    download: bool = True,
    named_links: tuple[str, ...] = (),
    prose: tuple[str, ...] = (),
) -> None:
    """`named_links`: columns holding 'address#text', shown as links reading their text; `prose`: columns of
    sentences, given the room to be read."""
    shown, names = with_profile_links(frame)
    named = {
        c: st.column_config.LinkColumn(readable_header(c), display_text=r"#(.+)$") for c in named_links if c in frame
    }
    wide = {c: st.column_config.TextColumn(readable_header(c), width="large") for c in prose if c in frame}
    headed = {c: st.column_config.Column(readable_header(c)) for c in frame.columns}  # as the CSV heads them
    st.dataframe(
        shown,
        hide_index=True,
        key=f"{key}_table",
        column_config={**headed, **link_columns(frame), **names, **named, **wide},
        width="stretch",
    )
    if download:
        csv_download(frame, key, download_name)
    if caption:
        st.caption(caption)


def csv_download(frame: pd.DataFrame, key: str, download_name: str) -> None:
    st.download_button(
        interface.download_csv(len(frame)),
        lambda: csv_bytes(frame),
        file_name=download_name,
        mime="text/csv",
        key=f"{key}_download",
        icon=":material/download:",
        on_click="ignore",
    )
