"""Server-side images of exhibits: one long-lived Chromium renderer per process (kaleido, Debian's chromium,
never a browser download), the map topology and plotly.js from local files, no MathJax from a CDN."""

from __future__ import annotations

import shutil

import kaleido
import plotly.graph_objects as go

from datalayer import vocab
from datalayer.viewmodels.exhibit import Exhibit
from datalayer.vocab import APP_NAME
from datalayer.words import interface
from datalayer.words.dates import written_date
from figures.media import MEDIA, for_medium
from figures.plotly_config import SERVER_TOPOJSON_URL
from figures.slide import framed_slide, source_line

CHROMIUM = "/usr/bin/chromium"
RENDER_TIMEOUT_S = 60
STARTUP_RENDERS = 3
FORMATS = {vocab.PNG: "image/png", vocab.SVG: "image/svg+xml"}


class ExportError(Exception):
    """An image could not be made; the message says why in words a reader can act on."""


def unavailable(chromium: str = CHROMIUM) -> str | None:
    """Why no image can be made on this server, or None; cheap, so pages ask before offering the buttons."""
    if shutil.which(chromium):
        return None
    return interface.export_unavailable(chromium)


class Renderer:
    """Starts the one Chromium that renders every image in this process, and renders figures with it."""

    def __init__(self, chromium: str = CHROMIUM):
        if problem := unavailable(chromium):
            raise ExportError(problem)
        kaleido.start_sync_server(n=1, timeout=RENDER_TIMEOUT_S, mathjax=False, path=chromium, silence_warnings=True)
        self._wait_until_ready()

    def _wait_until_ready(self) -> None:
        """Blank renders until one works. On a busy server kaleido's new tab can run its first render in the blank
        page it opened on ('kaleido_scopes is not defined': seen in CI and under load); a failed render reloads
        the tab, so the next one works. A viewer's first export must not be that failure."""
        for attempt in range(STARTUP_RENDERS):
            try:
                self.render(go.Figure(), "svg")
                return
            except ExportError:
                if attempt == STARTUP_RENDERS - 1:
                    self.stop()
                    raise

    def render(self, figure: go.Figure, fmt: str) -> bytes:
        try:
            # The canvas is the figure's own (its medium set it): a slide image, or a pack chart.
            size = dict(
                width=figure.layout.width or MEDIA[vocab.PNG].width,
                height=figure.layout.height or MEDIA[vocab.PNG].height,
            )
            return kaleido.calc_fig_sync(figure, opts=dict(format=fmt, **size), topojson=SERVER_TOPOJSON_URL)
        except Exception as error:  # kaleido raises its own and asyncio's errors: all mean "no image"
            raise ExportError(interface.export_failed(type(error).__name__)) from error

    @staticmethod
    def stop() -> None:
        kaleido.stop_sync_server(silence_warnings=True)


def credit(checked_on) -> str:
    return f"{APP_NAME} · data checked to {written_date(checked_on)}"


def exhibit_slide(exhibit: Exhibit, checked_on, fmt: str = vocab.PNG) -> go.Figure:
    """The exhibit as a standalone 1920x1080 slide: title, takeaway, scope line, chart, legend, source line and the
    dashboard's name, all inside the canvas."""
    return framed_slide(
        for_medium(exhibit, fmt),
        title=exhibit.headline,
        takeaway=exhibit.summary,
        subtitle=exhibit.label_line,
        sources=source_line([s.publisher for s in exhibit.sources]),
        credit=credit(checked_on),
    )


def exhibit_image(renderer: Renderer, exhibit: Exhibit, checked_on, fmt: str) -> bytes:
    return renderer.render(exhibit_slide(exhibit, checked_on, fmt), fmt)


def chart_picture(renderer: Renderer, exhibit: Exhibit) -> bytes:
    """The chart alone, 16:9, large type: the picture on a briefing slide under its native title."""
    return renderer.render(for_medium(exhibit, vocab.PPTX), vocab.PNG)
