from streamlit.testing.v1 import AppTest


def page_with_sections():
    import streamlit as st

    from components.widgets.sections import lazy_tabs, section

    details = section("Details", "test_details_section")
    if details.open:
        with details:
            st.text("drawn inside the section")
    first, second = lazy_tabs(["First", "Second"], "test_tabs")
    for tab, text in ((first, "first tab"), (second, "second tab")):
        if tab.open:
            with tab:
                st.text(text)


def drawn(app) -> list[str]:
    return [t.value for t in app.text]


def test_a_closed_section_and_unchosen_tab_are_not_drawn_until_opened():
    app = AppTest.from_function(page_with_sections).run()
    assert drawn(app) == ["first tab"]
    app.session_state["test_details_section"] = True
    app.session_state["test_tabs"] = "Second"
    app.run()
    assert drawn(app) == ["drawn inside the section", "second tab"]
