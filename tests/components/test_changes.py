import re

import pandas as pd

from components.changes import events_markdown


def test_each_event_is_a_bullet_with_its_date_program_and_linked_source():
    events = pd.DataFrame(
        {
            "event": ["Malta signed the Artemis Accords", "<b>x</b>"],
            "date": ["2026-05", "2026"],
            "program": ["Artemis Accords", "ILRS"],
            "source_publisher": ["Live News Malta", "**[bold](javascript:alert(1))**"],
            "source_url": ["http://livenewsmalta.com/a", "javascript:alert(1)"],
            "evidence": ["established outlet; medium confidence", "*x*"],
        }
    )
    first, second = events_markdown(events).splitlines()
    assert first.startswith("- **Malta signed the Artemis Accords**, May 2026 · Artemis Accords")
    assert first.endswith("([Live News Malta](http://livenewsmalta.com/a): established outlet; medium confidence)")
    # Text from the data shows literally; a non-web address is never a link.
    assert "<b>" not in second and "](javascript" not in second and not re.search(r"(?<!\\)\[bold", second)
