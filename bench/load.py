"""Load benchmark: `python -m bench.load --sessions 20`. Prints figures, asserts nothing.

N concurrent browser sessions on loopback change the bloc filter on /map for a bounded time, against our app
and against a baseline app (one selectbox, one chart) in the same run: errors (must be 0), p50 and p95 time
from picking a filter to the redrawn chart, and peak server memory.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.run import PeakMemory
from datalayer.loading.paths import ROOT
from tooling.load import run_sessions, summary
from tooling.server import streamlit_server

BASELINE_APP = """import plotly.express as px
import streamlit as st
st.title("Baseline")
with st.sidebar:
    pick = st.selectbox("Bloc", ["All countries", "African Union", "BRICS members", "European Union"])
st.plotly_chart(px.bar(x=["a", "b", "c"], y=[len(pick), 1, 2]))
"""
OPTIONS = ["African Union", "BRICS members", "European Union", "All countries"]


def measure(entry: Path, path: str, sessions: int, seconds: float) -> dict:
    with streamlit_server(entry=entry) as (url, process, _):
        with PeakMemory(process.pid) as memory:
            results = run_sessions(f"{url}/{path}", sessions, seconds, OPTIONS)
        return {
            **summary(results),
            "peak_rss_mb": memory.peak / 2**20,
            "first_errors": [e for r in results for e in r.errors][:3],
        }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    ours = measure(ROOT / "app.py", "map", args.sessions, args.seconds)
    with tempfile.TemporaryDirectory() as folder:
        entry = Path(folder) / "baseline.py"
        entry.write_text(BASELINE_APP)
        (Path(folder) / ".streamlit").mkdir()
        (Path(folder) / ".streamlit" / "config.toml").write_text("[browser]\ngatherUsageStats = false\n")
        baseline = measure(entry, "", args.sessions, args.seconds)
    print(f"{args.sessions} sessions, {args.seconds:.0f} s each, changing the bloc filter")
    print(f"{'measure':36} {'ours':>10} {'baseline':>10}")
    for key, label in (
        ("changes", "filter changes"),
        ("errors", "errors"),
        ("p50_s", "p50 change to chart (s)"),
        ("p95_s", "p95 change to chart (s)"),
        ("peak_rss_mb", "peak server memory (MB)"),
    ):
        print(
            f"{label:36} {ours[key]:10.2f} {baseline[key]:10.2f}"
            if isinstance(ours[key], float)
            else f"{label:36} {ours[key]:10d} {baseline[key]:10d}"
        )
    for name, result in (("ours", ours), ("baseline", baseline)):
        for error in result["first_errors"]:
            print(f"{name} error: {error}")


if __name__ == "__main__":
    main()
