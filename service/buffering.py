"""One response, whole: the middlewares that change a body (compress it, add to a page's head) need all of it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.datastructures import Headers
from starlette.types import Message, Send


def whole_bodies(
    send: Send, wanted: Callable[[int, Headers], bool], finish: Callable[[Message, bytes], Awaitable[None]]
) -> Send:
    """A `send` that passes on, as they come, the responses `wanted(status, headers)` declines, and gathers the
    others' body whole for `finish(start message, body)`, which sends them."""
    started: Message = {}
    chunks: list[bytes] = []
    passing = False

    async def gather(message: Message) -> None:
        nonlocal passing
        if passing:
            await send(message)
        elif message["type"] == "http.response.start":
            if wanted(message["status"], Headers(raw=message["headers"])):
                started.update(message)
            else:
                passing = True
                await send(message)
        else:
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                await finish(started, b"".join(chunks))

    return gather
