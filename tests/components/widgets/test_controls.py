"""Widgets read before they are drawn: the page computes with the value the widget will show, and the widget,
drawn later, shows it, writes the URL and takes the reader's changes."""

from streamlit.testing.v1 import AppTest


def page_with_a_late_widget():
    import streamlit as st

    from components.widgets.controls import LaterWidgets, url_choice

    later = LaterWidgets()
    value = url_choice(
        st.selectbox, "Bloc", "bloc", "test_bloc", {"": "All countries", "au": "African Union"}, "", later=later
    )
    st.text(f"computed with: {value or 'all'}")  # what the page draws first, before the widget
    later.draw()


def test_a_late_widget_gives_its_value_first_and_still_reads_the_url_and_the_reader():
    app = AppTest.from_function(page_with_a_late_widget)
    app.query_params["bloc"] = "au"
    app.run()
    assert [t.value for t in app.text] == ["computed with: au"]
    assert app.sidebar.selectbox(key="test_bloc").value == "au" and app.query_params["bloc"] == "au"
    app.sidebar.selectbox(key="test_bloc").set_value("").run()
    assert [t.value for t in app.text] == ["computed with: all"] and "bloc" not in app.query_params


def test_a_late_widget_is_not_drawn_until_asked():
    def page():
        import streamlit as st

        from components.widgets.controls import LaterWidgets, url_toggle

        later = LaterWidgets()
        st.text(f"value: {url_toggle('Overlay', 'overlay', 'test_overlay', False, later=later)}")

    app = AppTest.from_function(page)
    app.query_params["overlay"] = "1"
    app.run()
    assert [t.value for t in app.text] == ["value: True"] and len(app.sidebar.toggle) == 0
