"""Per-call CPU time of this client against raw httpx + orjson, offline (``python -m bench.cpu``).

The same calls as ``bench.calls`` on ``httpx.MockTransport``, timed with the process's CPU
clock rather than the wall clock: on a machine shared with other work, time spent waiting for
a core is left out, so the ratios move less from run to run. Optional arguments: the number of
rounds, then words that select operations (``python -m bench.cpu 9 search history``).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from functools import partial

import httpx

from bench import calls
from bench._harness import table
from langgraph_threads_client import get_client, get_sync_client

CALLS_PER_ROUND = 400


def cpu_medians(candidates: Mapping[str, Callable[[], object]], *, rounds: int) -> dict[str, float]:
    """Median CPU seconds of each candidate, run in turn round after round."""
    timings: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(rounds):
        for name, run in candidates.items():
            start = time.process_time()
            run()
            timings[name].append(time.process_time() - start)
    return {name: statistics.median(values) for name, values in timings.items()}


def run(rounds: int = 9, only: list[str] | None = None) -> str:
    transport = httpx.MockTransport(calls.route)
    sync_http = httpx.Client(transport=transport, base_url=calls.BASE)
    ours_sync = get_sync_client(url=calls.BASE, api_key=None, http_client=sync_http)
    loop = asyncio.new_event_loop()
    async_http = httpx.AsyncClient(transport=transport, base_url=calls.BASE)
    ours_async = get_client(url=calls.BASE, api_key=None, http_client=async_http)
    rows = []
    for name, (ours_op, _sdk_op, raw) in calls.OPS.items():
        if only and not any(word in name for word in only):
            continue
        times = CALLS_PER_ROUND // (10 if "100" in name else 100 if "150 KB" in name else 1)
        forms = {
            "sync": {
                "ours": calls.repeat(partial(ours_op, ours_sync), times),
                "raw": calls.repeat(partial(calls._raw_sync, sync_http, raw), times),
            },
            "async": {
                "ours": calls.repeat_async(loop, partial(ours_op, ours_async), times),
                "raw": calls.repeat_async(loop, partial(calls._raw_async, async_http, raw), times),
            },
        }
        for form, candidates in forms.items():
            seconds = cpu_medians(candidates, rounds=rounds)
            ours, floor = (seconds[key] / times * 1e6 for key in ("ours", "raw"))
            rows.append([form, name, f"{ours:.1f}", f"{floor:.1f}", f"{ours / floor:.2f}"])
    loop.run_until_complete(async_http.aclose())
    loop.close()
    sync_http.close()
    headers = ["form", "operation", "this client CPU µs/call", "raw CPU µs/call", "ratio"]
    return table(headers, rows)


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 9, sys.argv[2:] or None))
