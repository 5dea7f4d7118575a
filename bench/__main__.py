"""``python -m bench``: run every benchmark, print the tables and save them in bench/results/.

Figures are for comparison only: this exits non-zero only if a benchmark could not run.
"""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path

from bench import stream

RESULTS = Path(__file__).parent / "results"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> None:
    machine = (
        f"{cpu_model()} ({os.cpu_count()} cores, {platform.machine()}), "
        f"Python {platform.python_version()}"
    )
    header = (
        f"Measured {datetime.date.today().isoformat()} on {machine}; medians of interleaved rounds."
    )
    sections = [("join_stream throughput", stream.run())]
    report = "\n\n".join([header] + [f"## {title}\n\n{body}" for title, body in sections])
    print(report)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "results.md").write_text(report + "\n")


if __name__ == "__main__":
    main()
