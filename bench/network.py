"""A real link for the benchmark: Chromium's own network emulation (CDP `Network.emulateNetworkConditions`), and a
count of the bytes a visit receives over it (HTTP bodies as sent, compressed where they were, and websocket
frames)."""

from __future__ import annotations

import base64
from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    mbit_per_s: float | None  # None: no emulation (loopback as it is)
    round_trip_ms: float = 0

    def conditions(self) -> dict:
        down = (self.mbit_per_s or 0) * 1_000_000 / 8
        return {
            "offline": False,
            "latency": self.round_trip_ms,
            "downloadThroughput": down,
            "uploadThroughput": down / 4,  # links are asymmetric; a page's uploads are a few kB
        }


LAN = Profile("LAN", None)
PROFILES = (LAN, Profile("10 Mbit/s, 60 ms", 10, 60), Profile("slow 4G, 1.6 Mbit/s, 150 ms", 1.6, 150))


class Received:
    """Bytes a page receives from now on, counted by Chromium's network domain."""

    def __init__(self, page, profile: Profile) -> None:
        self.http = 0
        self.websocket = 0
        self.session = page.context.new_cdp_session(page)
        self.session.send("Network.enable")
        # Every visit starts with an empty cache: a fresh context has one, and this keeps it so.
        self.session.send("Network.setCacheDisabled", {"cacheDisabled": True})
        if profile.mbit_per_s:
            self.session.send("Network.emulateNetworkConditions", profile.conditions())
        self.session.on("Network.loadingFinished", self._finished)
        self.session.on("Network.webSocketFrameReceived", self._frame)

    def _finished(self, event: dict) -> None:
        self.http += int(event.get("encodedDataLength", 0))

    def _frame(self, event: dict) -> None:
        response = event.get("response", {})
        data = response.get("payloadData", "")
        self.websocket += len(base64.b64decode(data)) if response.get("opcode") == 2 else len(data.encode())

    @property
    def total(self) -> int:
        return self.http + self.websocket
