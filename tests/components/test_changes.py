import re

import pandas as pd

from components.changes import newest_changes_markdown


def test_each_change_is_a_bullet_with_its_reason_and_linked_source():
    feed = pd.DataFrame({"change": ["Malta signed the Artemis Accords, May 2026", "<b>x</b>"],
                         "reason": ["Missing signatory.", "**[bold](javascript:alert(1))**"],
                         "source_publisher": ["Live News Malta", "Evil"],
                         "source_url": ["http://livenewsmalta.com/a", "javascript:alert(1)"]})
    first, second = newest_changes_markdown(feed).splitlines()
    assert first.startswith("- **Malta signed the Artemis Accords, May 2026.** Missing signatory")
    assert first.endswith("([Live News Malta](http://livenewsmalta.com/a))")
    # Text from the feed shows literally; a non-web address is never a link.
    assert "<b>" not in second and "](javascript" not in second and not re.search(r"(?<!\\)\[bold", second)
