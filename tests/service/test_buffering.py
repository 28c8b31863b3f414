"""A response a middleware wants arrives whole; any other passes on as it comes."""

import anyio

from service.buffering import whole_bodies


def run(status: int, kind: bytes) -> tuple[list[dict], list[tuple[int, bytes]]]:
    passed, finished = [], []

    async def send(message):
        passed.append(message)

    async def finish(started, body):
        finished.append((started["status"], body))

    async def respond():
        gather = whole_bodies(send, lambda s, h: s == 200 and h["content-type"] == "text/html", finish)
        await gather({"type": "http.response.start", "status": status, "headers": [(b"content-type", kind)]})
        await gather({"type": "http.response.body", "body": b"ab", "more_body": True})
        await gather({"type": "http.response.body", "body": b"cd"})

    anyio.run(respond)
    return passed, finished


def test_a_wanted_response_arrives_whole_and_another_passes_as_it_comes():
    assert run(200, b"text/html") == ([], [(200, b"abcd")])
    passed, finished = run(404, b"text/html")
    assert finished == [] and [m.get("body") for m in passed] == [None, b"ab", b"cd"]
