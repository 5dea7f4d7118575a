"""N concurrent ``get`` calls against the real in-memory server: errors and wall time.

Every candidate starts on a fresh client (a cold pool: no connection open yet), the way a new
user's first burst does: this client on httpx (its own client) and on httpx2 (a new
``httpx2.AsyncClient`` passed in, with this client's default timeouts), the official SDK, raw
httpx and raw httpx2 with their defaults. For reference, raw httpx and raw httpx2 on a warm
pool (100 connections opened first) with this client's timeouts (pool 60 s). Candidates run
in turn, round after round, each round in an order of its own (``turns``), each run in a
process of its own, and each ratio is the median over rounds of the candidate's time over
the reference's in the same round (as ``_harness.paired_ratio`` takes it): the machine's slow
spells, which last seconds, then weigh on both sides of a ratio alike. A pool that collapses
can starve its event loop so badly that even cancelling its calls takes minutes, so a run
still going after ``RUN_LIMIT_S`` is killed and counted as all errors. Only 127.0.0.1 is
contacted.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import httpx2

from bench._harness import table, turns
from langgraph_threads_client import get_client, get_sync_client
from langgraph_threads_client._defaults import DEFAULT_TIMEOUT

# A run still going after this long is stopped; its unfinished calls count as errors.
RUN_LIMIT_S = 90.0
WARM_CONNECTIONS = 100

Call = Callable[[], Awaitable[object]]
# A candidate: given the URL and thread id, opens its client and returns the call to repeat,
# a warm-up (or None) and the closer.
Opened = tuple[Call, Callable[[], Awaitable[None]]]


async def ours(url: str, thread_id: str) -> Opened:
    client = get_client(url=url, api_key=None)
    return (lambda: client.threads.get(thread_id)), client.aclose


async def ours_httpx2(url: str, thread_id: str) -> Opened:
    http = httpx2.AsyncClient()
    client = get_client(url=url, api_key=None, http_client=http, timeout=DEFAULT_TIMEOUT)

    async def close() -> None:
        await client.aclose()
        await http.aclose()

    return (lambda: client.threads.get(thread_id)), close


async def sdk(url: str, thread_id: str) -> Opened:
    from langgraph_sdk import get_client as sdk_get_client

    client = sdk_get_client(url=url, api_key=None)
    return (lambda: client.threads.get(thread_id)), client.http.client.aclose


def raw(library: Any, *, warm: bool) -> Callable[[str, str], Awaitable[Opened]]:
    async def open_raw(url: str, thread_id: str) -> Opened:
        if warm:
            timeout = library.Timeout(**DEFAULT_TIMEOUT.as_dict())
            http = library.AsyncClient(base_url=url, timeout=timeout)
        else:
            http = library.AsyncClient(base_url=url)
        path = f"/threads/{thread_id}"

        async def call() -> object:
            return (await http.get(path)).raise_for_status().json()

        if warm:
            await asyncio.gather(*(call() for _ in range(WARM_CONNECTIONS)))
        return call, http.aclose

    return open_raw


CANDIDATES: dict[str, Callable[[str, str], Awaitable[Opened]]] = {
    "this client on httpx": ours,
    "this client on httpx2": ours_httpx2,
    "langgraph_sdk": sdk,
    "raw httpx": raw(httpx, warm=False),
    "raw httpx2": raw(httpx2, warm=False),
    "raw httpx, warm pool (reference)": raw(httpx, warm=True),
    "raw httpx2, warm pool (reference)": raw(httpx2, warm=True),
}


async def burst(
    opener: Callable[[str, str], Awaitable[Opened]], url: str, tid: str, n: int
) -> tuple[int, float]:
    """Errors and wall time of ``n`` concurrent calls."""
    call, close = await opener(url, tid)
    try:
        started = time.perf_counter()
        tasks = [asyncio.ensure_future(call()) for _ in range(n)]
        done, pending = await asyncio.wait(tasks, timeout=RUN_LIMIT_S)
        elapsed = time.perf_counter() - started
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        errors = len(pending) + sum(1 for task in done if task.exception() is not None)
        return errors, elapsed
    finally:
        await close()


def one_run(name: str, url: str, thread_id: str, n: int) -> tuple[int, float | None]:
    """Errors and wall time of one burst, in a process of its own (``None``: killed)."""
    command = [sys.executable, "-m", "bench.load", name, url, thread_id, str(n)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=RUN_LIMIT_S + 60, check=True
        )
    except subprocess.TimeoutExpired:
        return n, None
    errors, seconds = json.loads(done.stdout.splitlines()[-1])
    return int(errors), float(seconds)


def run(
    url: str, sizes: tuple[int, ...] = (1_000, 10_000), rounds: dict[int, int] | None = None
) -> str:
    rounds = rounds or {1_000: 5, 10_000: 1}
    with get_sync_client(url=url, api_key=None) as client:
        thread_id = client.threads.create(metadata={"bench": "load"}).thread_id
    rows = []
    for n in sizes:
        results: dict[str, list[tuple[int, float | None]]] = {name: [] for name in CANDIDATES}
        for name in turns(list(CANDIDATES), rounds.get(n, 1), seed=n):
            results[name].append(one_run(name, url, thread_id, n))
        for name, runs in results.items():
            seconds = _median_time(runs)
            errors = statistics.median(e for e, _ in runs)
            ratio = _ratio(results, name, REFERENCE)
            wall = f"{seconds:.2f} s" if seconds else f"> {RUN_LIMIT_S + 60:.0f} s (killed)"
            rows.append([f"{n:,}", name, f"{errors:,.0f} / {n:,}", wall, ratio, str(len(runs))])
    headers = [
        "concurrent calls",
        "candidate (fresh client unless said)",
        "errors (median)",
        "wall time (median)",
        "vs raw httpx2 warm (paired, median)",
        "runs",
    ]
    return table(headers, rows)


REFERENCE = "raw httpx2, warm pool (reference)"


def _median_time(runs: list[tuple[int, float | None]]) -> float | None:
    times = [t for _, t in runs if t is not None]
    return statistics.median(times) if len(times) == len(runs) else None


def _ratio(results: dict[str, list[tuple[int, float | None]]], name: str, reference: str) -> str:
    """``name``'s time over ``reference``'s, paired by round (``-`` if a run was killed); the
    range over rounds follows where there are several."""
    rounds = list(zip(results[name], results[reference], strict=True))
    each = [a / b for (_, a), (_, b) in rounds if a is not None and b is not None]
    if len(each) < len(rounds):
        return "-"
    median = f"{statistics.median(each):.2f}"
    return median if len(each) < 2 else f"{median} ({min(each):.2f}-{max(each):.2f})"


def main() -> None:
    """``python -m bench.load NAME URL THREAD_ID N``: one burst; prints [errors, seconds]."""
    name, url, thread_id, n = sys.argv[1:5]
    errors, seconds = asyncio.run(burst(CANDIDATES[name], url, thread_id, int(n)))
    print(json.dumps([errors, seconds]))


if __name__ == "__main__":
    main()
