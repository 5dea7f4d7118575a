"""``python -m bench`` (``make bench``): every benchmark, printed and saved in bench/results/.

Writes ``results.md`` (the tables, committed), copies them into the README between its
markers, and writes ``ratios.png`` (this client against the floors and
the official SDK). Figures are for comparison, not pass/fail: this exits non-zero only if a
benchmark could not run.
"""

from __future__ import annotations

import datetime
import os
import platform
import re
from pathlib import Path

from bench import calls, footprint, load, stream
from tests.server.launch import running_server

RESULTS = Path(__file__).parent / "results"
README = Path(__file__).parents[1] / "README.md"
START = "<!-- bench results: start -->\n"
END = "<!-- bench results: end -->"


def readme_with(results: str, readme: str) -> str:
    """The README with ``results`` (results.md's text) between its two markers, its headings
    one level down (they are subsections of the README's Performance)."""
    before, rest = readme.split(START, 1)
    _, after = rest.split(END, 1)
    shown = re.sub(r"^## ", "#### ", results.strip(), flags=re.M)
    return f"{before}{START}{shown}\n{END}{after}"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def plot(ratios: dict[str, float], path: Path) -> None:
    # (installed by `make bench` only, not by `make test`, whose lint checks this file too)
    import matplotlib  # pyright: ignore[reportMissingImports]

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # pyright: ignore[reportMissingImports]

    names = list(ratios)
    figure, axes = plt.subplots(figsize=(9, 0.4 * len(names) + 1.5))
    axes.barh(names, [ratios[name] for name in names], color="#4c72b0")
    axes.axvline(1.0, color="black", linewidth=0.8)
    axes.invert_yaxis()
    axes.set_xlabel("ratio (1.0 = the reference named in each bar; lower is better)")
    axes.set_title("langgraph-threads-client: medians measured in one run")
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def main() -> None:
    machine = (
        f"{cpu_model()} ({os.cpu_count()} cores, {platform.machine()}), "
        f"Python {platform.python_version()}"
    )
    header = (
        f"Measured {datetime.date.today().isoformat()} on {machine}; "
        "medians of interleaved rounds, each ratio paired within its round."
    )
    calls_table, call_ratios = calls.offline()
    with running_server() as url:
        live_table = calls.live(url)
        load_table = load.run(url)
    footprint_table, footprint_ratios = footprint.run()
    stream_table, stream_ratios = stream.run()
    sections = [
        ("Per call, offline (MockTransport)", calls_table),
        ("Against the real in-memory server", live_table),
        ("Concurrent calls on a fresh client (real in-memory server)", load_table),
        ("join_stream throughput", stream_table),
        ("Import time, installed size, memory", footprint_table),
    ]
    report = "\n\n".join([header] + [f"## {title}\n\n{body}" for title, body in sections])
    print(report)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "results.md").write_text(report + "\n")
    README.write_text(readme_with(report, README.read_text()))
    ratios = {f"{name} (vs raw httpx)": value for name, value in call_ratios.items()}
    ratios["join_stream, worst cell (vs langgraph_sdk)"] = stream_ratios["vs sdk"]
    ratios["join_stream, worst cell (vs raw httpx floor)"] = stream_ratios["vs floor"]
    ratios["import time (vs langgraph_sdk)"] = footprint_ratios["import time vs sdk"]
    ratios["sync script imports (vs langgraph_sdk)"] = footprint_ratios[
        "sync script imports vs sdk"
    ]
    ratios["installed size (vs langgraph_sdk)"] = footprint_ratios["installed size vs sdk"]
    ratios["peak memory, 11 MB history (vs raw)"] = footprint_ratios["peak memory vs raw"]
    plot(ratios, RESULTS / "ratios.png")
    print(f"\nwritten: {RESULTS / 'results.md'}, {RESULTS / 'ratios.png'}")


if __name__ == "__main__":
    main()
