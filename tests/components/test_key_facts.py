import pandas as pd

from components.key_facts import key_facts_markdown


def test_key_facts_markdown_has_a_column_per_program_and_escapes_markdown():
    table = pd.DataFrame(
        {
            "fact": ["Station", "Station", "Targets"],
            "program": ["ILRS", "Artemis Accords", "Artemis Accords"],
            "value": ["Basic station by 2035", "Base costing $20B | phased", "None found"],
            "source_publisher": ["CRI", "EFE", "NASA"],
            "source_url": ["https://cri.cn/a", "javascript:alert(1)", ""],
            "source_date": "",
            "confidence": ["high", "medium", "low"],
            "evidence": [
                "outlet; high confidence",
                "wire; medium confidence",
                "lead only, unconfirmed; low confidence",
            ],
        }
    )
    lines = key_facts_markdown(table).splitlines()
    assert lines[0] == "| Fact | ILRS | Artemis Accords |"
    assert "[CRI](https://cri.cn/a)" in lines[2] and r"costing \$20B \| phased" in lines[2]
    assert lines[3].split(" | ")[1] == "–"  # no ILRS cell for that fact
    assert "*NASA: lead only, unconfirmed; low confidence*" in lines[3]  # every cell says how good its source is
    assert "javascript" not in lines[2]  # only http(s) addresses become links
