"""The language the words are being written in: set once per script run (`speak`) or around a computation
(`speaking`). A context variable, so each Streamlit session's script thread, and each cached computation, writes
in its own; a thread that sets none (the warm-up, a test) writes English."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from datalayer.vocab import ENGLISH, RIGHT_TO_LEFT, UN_LANGUAGES

_language: ContextVar[str] = ContextVar("language", default=ENGLISH)


def language() -> str:
    return _language.get()


def speak(code: str) -> None:
    """Writes in `code` from now on, in this context (a page sets it at the start of every run)."""
    _language.set(code if code in UN_LANGUAGES else ENGLISH)


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Writes in `code` inside the block (a cached view model is built in the language it is cached for)."""
    token = _language.set(code if code in UN_LANGUAGES else ENGLISH)
    try:
        yield
    finally:
        _language.reset(token)


def right_to_left() -> bool:
    return language() in RIGHT_TO_LEFT
