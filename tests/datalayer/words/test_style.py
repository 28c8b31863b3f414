"""STYLE.md's checked rules over every line of the golden transcripts, and each rule on the breach it names."""

import re

import pytest

from datalayer.viewmodels.transcript import GOLDEN_DIR
from datalayer.words.style import breaches

TAG = re.compile(r"^\[[^\]]*\] ")  # '[compare bottom line] ': where the line is said, not part of it


@pytest.mark.parametrize("path", sorted(GOLDEN_DIR.glob("*.txt")), ids=lambda p: p.stem)
def test_every_generated_line_keeps_the_house_style(path):
    broken = [
        f"{path.name}:{n}: {', '.join(said)}: {line}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (said := breaches(TAG.sub("", line)))
    ]
    assert not broken, "\n".join(broken[:10])


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("As of 2026-12-06, 12 states had signed.", "ISO date"),
        ("Latest official figure: 13 (Dmitry Bakanov (director general, Roscosmos), 4 October 2025).", "brackets"),
        ("3 states within African Union had signed.", "without its article"),
        ("3 states within BRICS members had signed.", "menu label"),
        ("The ILRS would have 63 of 50 partner states.", "more than all"),
        ("The ILRS has 1 member states.", "'1 member states'"),
        ("The ILRS has 2 international organization.", "'2 international organization'"),
        ("Ignored ?iso3=XXX: not one of one of the 195 offered.", "doubled"),
    ],
)
def test_each_rule_names_the_breach_it_finds(line, rule):
    assert any(rule in said for said in breaches(line)), breaches(line)


@pytest.mark.parametrize(
    "line",
    [
        "Within the African Union, the ILRS has 3 member states and the Artemis Accords 6 signatories.",
        "8 of 13 member states are in the G77; 1 of 1 milestone done.",
        "See data/blocs.csv and ilrs-briefing_au_2026-12-07.pptx.",
        "The busiest years were 2021 and 2023 (3 new each).",
    ],
)
def test_good_lines_pass(line):
    assert breaches(line) == []
