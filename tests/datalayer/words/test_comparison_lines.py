import pandas as pd

from datalayer.words.comparison_lines import with_milestone_words


def test_a_milestones_words_are_its_short_title_and_its_source_with_agreeing_sources_grade_and_confidence():
    timeline = pd.DataFrame(
        {
            "title": ["Basic station complete (planned)", "Chang'e-4: far-side landing"],
            "kind": ["construction", "mission"],
            "source_publisher": ["A", "Xinhua"],
            "sources": [2, 1],
            "source_grade": ["outlet", "lead_only"],
            "confidence": ["high", "low"],
        }
    )
    shown = with_milestone_words(timeline)
    assert list(shown.columns) == ["title", "short_title", "kind", "source", *timeline.columns[2:]]
    assert shown["short_title"].tolist() == ["Basic station complete", "Chang'e-4"]
    assert shown["source"].tolist() == [
        "Source: A (+1 agreeing) (established outlet, high confidence)",
        "Source: Xinhua (lead only, unconfirmed, low confidence)",
    ]
