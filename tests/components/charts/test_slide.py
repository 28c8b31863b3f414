import plotly.graph_objects as go

from components.charts.slide import BASE_FONT_PX, SLIDE_HEIGHT, SLIDE_WIDTH, for_slide, framed_slide, source_line


def test_source_line_names_a_few_publishers_and_counts_the_rest():
    assert source_line([]) == "Source: ILRS Tracker's curated data"
    assert source_line(["TASS", "TASS", "Xinhua"]) == "Sources: TASS; Xinhua"
    assert source_line([f"P{i}" for i in range(7)]) == "Sources: P0; P1; P2; P3 and 3 more"


def test_a_slide_is_1920_by_1080_in_large_type_with_title_subtitle_and_credit():
    chart = go.Figure(go.Bar(x=["a"], y=[1]))
    assert (for_slide(chart).layout.width, for_slide(chart).layout.height) == (SLIDE_WIDTH, SLIDE_HEIGHT)
    assert for_slide(chart).layout.font.size == BASE_FONT_PX >= 18
    framed = framed_slide(chart, title="T & co", subtitle="World · As of 1 May 2026", sources="Sources: X",
                          credit="ILRS Tracker · data checked to 1 May 2026")
    texts = [a.text for a in framed.layout.annotations]
    assert "<b>T &amp; co</b>" in texts and "World · As of 1 May 2026" in texts
    assert any("Sources: X" in t and "ILRS Tracker · data checked to 1 May 2026" in t for t in texts)
