"""Import time, installed size of the runtime dependency closure, and peak memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import httpx
from packaging.requirements import Requirement

from bench import payloads
from bench._harness import table
from langgraph_threads_client import get_sync_client

BASE = "http://bench.test"
ROOT = Path(__file__).parents[1]


def runtime_environment(directory: Path) -> Path:
    """The Python of a new virtual environment in ``directory`` holding this package and
    langgraph-sdk (pinned) with their runtime dependencies only, as ``pip install`` gives a
    user; import times are measured there.

    The development environment holds more: click, rich and pygments (the test server's and
    the tools' needs), and ``import httpx`` loads all three when it finds them (its command
    line), 50-70 ms that neither package asks for, added to both sides of every ratio.
    """
    subprocess.run([sys.executable, "-m", "venv", str(directory)], check=True)
    python = directory / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    constraints = ROOT / "requirements" / "constraints.txt"
    install = ["install", "--quiet", "--disable-pip-version-check", "-c", str(constraints)]
    subprocess.run([python, "-m", "pip", *install, str(ROOT), "langgraph-sdk"], check=True)
    return python


def _import_once(module: str, env: dict[str, str], python: Path) -> float:
    result = subprocess.run(
        [python, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=python.parent,  # (not the checkout: -c puts the working directory on sys.path)
    )
    # The line of the top-level module itself carries the cumulative time (µs).
    for line in result.stderr.splitlines():
        fields = [field.strip() for field in line.removeprefix("import time:").split("|")]
        if len(fields) == 3 and fields[2] == module:
            return int(fields[1]) / 1e6
    raise RuntimeError(f"no import time reported for {module}")


def import_seconds(modules: list[str], python: Path, runs: int = 9) -> dict[str, float]:
    """Median cumulative import time of each module, each in a fresh interpreter of ``python``.

    Bytecode is written first (PYTHONDONTWRITEBYTECODE, or an editable install, would otherwise
    have a module compiled from source on every run while pip precompiled the others), then the
    modules are imported in turn, round after round, so that machine noise hits them alike.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for module in modules:
        _import_once(module, env, python)
    samples: dict[str, list[float]] = {module: [] for module in modules}
    for _ in range(runs):
        for module in modules:
            samples[module].append(_import_once(module, env, python))
    return {module: statistics.median(values) for module, values in samples.items()}


# What a sync script imports: a client, then a few calls (answered by MockTransport), so that
# whatever loads when first used is counted too.
_SCRIPT = """
import httpx
{imports}
THREAD = {thread!r}
def answer(request):
    body = b"[" + THREAD + b"]" if request.url.path.endswith("/search") else THREAD
    return httpx.Response(200, content=body, headers={{"content-type": "application/json"}})
http = httpx.Client(transport=httpx.MockTransport(answer), base_url="{base}")
{calls}
"""
SYNC_SCRIPTS = {
    "this client": _SCRIPT.format(
        imports="from langgraph_threads_client import get_sync_client",
        thread=payloads.THREAD,
        base=BASE,
        calls=f"threads = get_sync_client(url='{BASE}', api_key=None, http_client=http).threads\n"
        f"threads.create(); threads.get('{payloads.THREAD_ID}'); threads.search(limit=1)",
    ),
    "langgraph_sdk": _SCRIPT.format(
        imports="from langgraph_sdk import get_sync_client\n"
        "from langgraph_sdk._sync.http import SyncHttpClient\n"
        "from langgraph_sdk._sync.threads import SyncThreadsClient",
        thread=payloads.THREAD,
        base=BASE,
        calls="threads = SyncThreadsClient(SyncHttpClient(http))\n"
        f"threads.create(); threads.get('{payloads.THREAD_ID}'); threads.search(limit=1)",
    ),
}
_START = "-- script starts --"


def _script_once(script: str, env: dict[str, str], python: Path) -> tuple[float, set[str]]:
    """Import time of everything ``script`` imports (the sum of its top-level imports'
    cumulative times), and the modules it imported."""
    code = (
        f"import sys; sys.stderr.write({_START!r} + '\\n'); sys.stderr.flush()\n{script}\n"
        "print('\\n'.join(sys.modules))"
    )
    result = subprocess.run(
        [python, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=python.parent,
    )
    total = 0
    _, _, after = result.stderr.partition(_START)
    for line in after.splitlines():
        fields = line.removeprefix("import time:").split("|")
        # Top-level imports only: their cumulative time includes what they import.
        if len(fields) == 3 and fields[2].startswith(" ") and not fields[2].startswith("  "):
            total += int(fields[1])
    return total / 1e6, set(result.stdout.split())


def sync_script_seconds(python: Path, runs: int = 9) -> tuple[dict[str, float], set[str]]:
    """Median import time of each sync script (interleaved, fresh interpreters), and the
    modules this client's script imported."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    modules = _script_once(SYNC_SCRIPTS["this client"], env, python)[1]
    samples: dict[str, list[float]] = {name: [] for name in SYNC_SCRIPTS}
    for _ in range(runs):
        for name, script in SYNC_SCRIPTS.items():
            samples[name].append(_script_once(script, env, python)[0])
    return {name: statistics.median(values) for name, values in samples.items()}, modules


def _requirement_names(
    distribution: metadata.Distribution, environment: dict[str, str]
) -> list[str]:
    """What ``distribution`` needs at run time, without extras (markers evaluated)."""
    names = []
    for line in distribution.requires or []:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate(environment):
            names.append(requirement.name)
    return names


def closure_size(root: str, python_version: str | None = None) -> tuple[int, list[str]]:
    """Bytes on disk of ``root`` and every distribution it needs at run time (no extras), on
    this interpreter or, for the markers, on ``python_version`` ("3.11")."""
    environment = {"extra": ""}
    if python_version is not None:
        environment |= {"python_version": python_version, "python_full_version": python_version}
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = distribution
        pending.extend(_requirement_names(distribution, environment))
    total = 0
    for distribution in seen.values():
        for file in distribution.files or []:
            path = Path(file.locate())
            if path.is_file():
                total += path.stat().st_size
    return total, sorted(seen)


def peak_memory(call: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def run() -> tuple[str, dict[str, float]]:
    rows: list[list[str]] = []
    ratios: dict[str, float] = {}

    with tempfile.TemporaryDirectory() as directory:
        python = runtime_environment(Path(directory))
        imports = import_seconds(["langgraph_threads_client", "langgraph_sdk", "httpx"], python)
        scripts, modules = sync_script_seconds(python)
    for module, seconds in imports.items():
        rows.append(
            [
                f"import {module}",
                f"{seconds * 1e3:.0f} ms",
                f"{seconds / imports['langgraph_sdk']:.2f}x langgraph_sdk",
            ]
        )
    ratios["import time vs sdk"] = imports["langgraph_threads_client"] / imports["langgraph_sdk"]
    async_side = sorted(
        m for m in modules if m.startswith("langgraph_threads_client._async") or m == "asyncio"
    )
    # The same scripts where make bench runs, whose httpx also loads click, rich and pygments.
    development, _ = sync_script_seconds(Path(sys.executable))
    for place, times in (("", scripts), (", development environment", development)):
        for name, seconds in times.items():
            rows.append(
                [
                    f"imports of a sync script (get_sync_client, 3 calls{place}): {name}",
                    f"{seconds * 1e3:.0f} ms",
                    f"{seconds / times['langgraph_sdk']:.2f}x langgraph_sdk",
                ]
            )
    rows.append(
        [
            "async modules the sync script imported (this client)",
            ", ".join(async_side) or "none",
            "",
        ]
    )
    ratios["sync script imports vs sdk"] = scripts["this client"] / scripts["langgraph_sdk"]

    sizes = {d: closure_size(d) for d in ("langgraph-threads-client", "langgraph-sdk")}
    sdk_bytes = sizes["langgraph-sdk"][0]
    for name, (size, members) in sizes.items():
        rows.append(
            [
                f"runtime closure of {name} ({len(members)} distributions)",
                f"{size / 1e6:.1f} MB",
                f"{size / sdk_bytes:.2f}x langgraph_sdk",
            ]
        )
    ratios["installed size vs sdk"] = sizes["langgraph-threads-client"][0] / sdk_bytes

    body = payloads.big_history()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )
    states = len(json.loads(body))

    def ours() -> object:
        with get_sync_client(
            url=BASE, api_key=None, http_client=httpx.Client(transport=transport)
        ) as client:
            return client.threads.get_history(payloads.THREAD_ID, limit=states)

    def sdk() -> object:
        from langgraph_sdk._sync.http import SyncHttpClient
        from langgraph_sdk._sync.threads import SyncThreadsClient

        http = httpx.Client(transport=transport, base_url=BASE)
        return SyncThreadsClient(SyncHttpClient(http)).get_history(payloads.THREAD_ID, limit=states)

    def raw() -> object:
        with httpx.Client(transport=transport, base_url=BASE) as http:
            return http.post(f"/threads/{payloads.THREAD_ID}/history").json()

    peaks = {"this client": peak_memory(ours), "langgraph_sdk": peak_memory(sdk)}
    peaks["raw httpx + json"] = peak_memory(raw)
    for name, peak in peaks.items():
        rows.append(
            [
                f"peak memory, {len(body) / 1e6:.0f} MB history ({states} states): {name}",
                f"{peak / 1e6:.0f} MB",
                f"{peak / peaks['raw httpx + json']:.2f}x raw",
            ]
        )
    ratios["peak memory vs raw"] = peaks["this client"] / peaks["raw httpx + json"]
    return table(["measure", "value (median)", "ratio"], rows), ratios
