import threading

from datalayer.words.language import language, right_to_left, speak, speaking


def test_english_where_no_language_is_set():
    found = []
    thread = threading.Thread(target=lambda: found.append(language()))  # a fresh context, as the warm-up's
    thread.start()
    thread.join()
    assert found == ["en"]


def test_speaking_sets_the_language_for_its_block_only():
    with speaking("ru"):
        assert language() == "ru"
        with speaking("ar"):
            assert language() == "ar" and right_to_left()
        assert language() == "ru" and not right_to_left()
    assert language() == "en"


def test_a_language_outside_the_six_is_english():
    with speaking("de"):
        assert language() == "en"


def test_speak_holds_in_its_context_until_changed():
    def run():
        speak("zh")
        seen.append(language())

    seen: list[str] = []
    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == ["zh"] and language() == "en"  # another thread's choice is not this one's
