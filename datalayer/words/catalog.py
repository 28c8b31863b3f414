"""The message catalogs kept in step with the code: `python -m datalayer.words.catalog` collects every message
marked with `t`, `n` or `N_` into `locales/messages.pot`, then brings each language's `.po` file up to it (a new
message arrives untranslated, a removed one leaves). The catalog tests fail until every message has its
translation in every language."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.pofile import read_po, write_po

from datalayer import vocab
from datalayer.loading.datasets import REGIONS
from datalayer.loading.paths import ROOT, data_dir
from datalayer.vocab import ENGLISH, UN_LANGUAGES
from datalayer.words.translation import DOMAIN, IN_A_SENTENCE, LOCALES, catalog_path

TEMPLATE = LOCALES / f"{DOMAIN}.pot"
SOURCE_FOLDERS = ("datalayer", "components", "pages", "figures", "service")
SOURCE_FILES = ("app.py",)
TRANSLATORS = "Translators:"  # a comment starting so, on the line before a message, reaches its translators
KEYWORDS = {"t": None, "N_": None, "n": (1, 2)}  # n(singular, plural, count, ...)
# The vocabulary's words a reader sees in a menu or a caption: vocab.py sits below the words' floor and cannot mark
# them itself, so they are collected from here (and shown through t(), as every message is).
VOCABULARY = (
    *vocab.PROGRAM_VIEWS.values(),
    *vocab.COLOURINGS.values(),
    *vocab.METRIC_LABELS.values(),
    *vocab.COUNTING_RULES.values(),
    *(b.label for b in vocab.BLOCS),
    *(b.definition for b in vocab.BLOCS),
    *vocab.PROGRAM_LABELS.values(),
)
# Words with a note for their translators.
BLOC_NAME_NOTE = "a bloc's name inside a sentence, as it stands alone: a form no message of yours needs to inflect"
REGION_IN_SENTENCE = "the same M49 region inside a sentence, as it stands alone (French: with its article)"
REGION_NOTE = "a UN M49 region: use the UN Statistics Division's own name in your language (unstats.un.org, M49)"
# A fixed date in the files' headers: the catalogs change only when a message does, so their diffs are the words.
FIXED = datetime(2026, 12, 7)


def template() -> Catalog:
    """Every message the code marks, with where it is used."""
    catalog = Catalog(project="ILRS Tracker", domain=DOMAIN, creation_date=FIXED, revision_date=FIXED, fuzzy=False)
    for folder in SOURCE_FOLDERS:
        for file, line, message, comments, context in extract_from_dir(
            ROOT / folder, method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=(TRANSLATORS,)
        ):
            catalog.add(message, locations=[(f"{folder}/{file}", line)], auto_comments=comments, context=context)
    for name in SOURCE_FILES:
        for line, message, comments, context in extract_from_file(
            "python", ROOT / name, keywords=KEYWORDS, comment_tags=(TRANSLATORS,)
        ):
            catalog.add(message, locations=[(name, line)], auto_comments=comments, context=context)
    for word in VOCABULARY:
        catalog.add(word, locations=[("datalayer/vocab.py", 0)])
    for bloc in vocab.BLOCS:
        catalog.add(
            bloc.name, locations=[("datalayer/vocab.py", 0)], auto_comments=[BLOC_NAME_NOTE], context=IN_A_SENTENCE
        )
    for region in m49_regions():
        catalog.add(region, locations=[(f"data/{REGIONS.file}", 0)], auto_comments=[REGION_NOTE])
        catalog.add(
            region, locations=[(f"data/{REGIONS.file}", 0)], auto_comments=[REGION_IN_SENTENCE], context=IN_A_SENTENCE
        )
    return catalog


def m49_regions() -> list[str]:
    """The M49 regions and sub-regions data/regions.csv names: their names are the UN's, in six languages."""
    table = pd.read_csv(data_dir() / REGIONS.file, dtype=str, keep_default_na=False)
    return sorted({name for column in ("region", "sub_region") for name in table[column] if name})


def language_catalog(code: str) -> Catalog:
    path = catalog_path(code)
    if not path.exists():
        return Catalog(locale=code, project="ILRS Tracker", domain=DOMAIN, creation_date=FIXED, fuzzy=False)
    with open(path, "rb") as po:
        return read_po(po, locale=code, domain=DOMAIN)


def update() -> None:
    """Writes the template and brings every language's catalog up to it."""
    source = template()
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    with open(TEMPLATE, "wb") as pot:
        write_po(pot, source, width=120, sort_output=True)
    for code in UN_LANGUAGES:
        if code == ENGLISH:
            continue
        catalog = language_catalog(code)
        catalog.update(source, no_fuzzy_matching=True)
        catalog.revision_date = FIXED
        path = catalog_path(code)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as po:
            write_po(po, catalog, width=120, sort_output=True, ignore_obsolete=True)


if __name__ == "__main__":
    update()
