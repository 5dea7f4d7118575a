"""Per-call cost of each operation: this client vs the official SDK vs raw httpx (the floor),
and this client on httpx2 vs raw httpx2.

Offline, on ``httpx.MockTransport`` (the same pre-encoded bodies for every candidate), so that
what is measured is the client's own work: building the request, going through httpx, decoding
and parsing the answer. This client runs on the same ``httpx.Client`` as the floor (passed in as
``http_client``), and also as most callers make it (its own httpx client, which carries the
default headers so that no call merges them). The floor is ``httpx`` plus
``orjson.loads(response.content)``: nothing less can return the data. Then the same against the
real in-memory server: per-call latency and a 200-way async fan-out.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import re
import statistics
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, cast

import httpx
import httpx2
import orjson

from bench import payloads
from bench._harness import (
    interleaved_medians,
    interleaved_rounds,
    medians,
    paired_ratio,
    table,
)
from langgraph_threads_client import get_client, get_sync_client

BASE = "http://bench.test"
TID = payloads.THREAD_ID
# Many short rounds (about 10-25 ms a candidate), with each ratio taken within a round
# (paired_ratio): as many calls as 5 rounds of 2,000, far less moved by a machine's slow spells.
CALLS_PER_ROUND = 100
ROUNDS = 100


def body_for(path: str, content: bytes) -> bytes:
    if path.endswith("/history"):
        return payloads.HISTORY_100
    if path == "/threads/search":
        # The searches of sized threads ask for metadata {"values_size": size}.
        found = re.search(rb'"values_size": ?(\d+)', content)
        if found:
            return payloads.SEARCHES_BY_VALUES_SIZE[int(found[1])]
        if b'"never_ran"' in content:
            return payloads.SEARCH_MIXED
        return payloads.SEARCH_100
    if path.endswith("/state"):
        # The thread id names the size of the state: /threads/size-15000/state.
        return payloads.STATES_BY_SIZE[int(path.split("/")[2].removeprefix("size-"))]
    return payloads.THREAD


def route(request: httpx.Request) -> httpx.Response:
    body = body_for(request.url.path, request.content)
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


def route2(request: httpx2.Request) -> httpx2.Response:
    body = body_for(request.url.path, request.content)
    return httpx2.Response(200, content=body, headers={"content-type": "application/json"})


# Each operation: this client's call, the official SDK's call (each given its client or
# threads object), and the raw request (method, path, JSON body) that the floor sends.
Raw = tuple[str, str, Any]
Op = tuple[Callable[[Any], object], Callable[[Any], object], Raw]
OPS: dict[str, Op] = {
    "get": (
        lambda c: c.threads.get(TID),
        lambda c: c.get(TID),
        ("GET", f"/threads/{TID}", None),
    ),
    "create": (
        lambda c: c.threads.create(metadata={"user_id": "u1"}),
        lambda c: c.create(metadata={"user_id": "u1"}),
        ("POST", "/threads", {"metadata": {"user_id": "u1"}}),
    ),
    "search (100 threads)": (
        lambda c: c.threads.search(limit=100),
        lambda c: c.search(limit=100),
        ("POST", "/threads/search", {"limit": 100, "offset": 0}),
    ),
    "search (100 threads, a third never ran)": (
        lambda c: c.threads.search(metadata={"never_ran": 1}, limit=100),
        lambda c: c.search(metadata={"never_ran": 1}, limit=100),
        ("POST", "/threads/search", {"metadata": {"never_ran": 1}, "limit": 100, "offset": 0}),
    ),
    **{
        f"search (100 threads, {size // 1000} KB values)": (
            partial(
                lambda size, c: c.threads.search(metadata={"values_size": size}, limit=100), size
            ),
            partial(lambda size, c: c.search(metadata={"values_size": size}, limit=100), size),
            (
                "POST",
                "/threads/search",
                {"metadata": {"values_size": size}, "limit": 100, "offset": 0},
            ),
        )
        for size in payloads.SEARCHES_BY_VALUES_SIZE
    },
    **{
        f"get_state ({size // 1000} KB state)": (
            partial(lambda size, c: c.threads.get_state(f"size-{size}"), size),
            partial(lambda size, c: c.get_state(f"size-{size}"), size),
            ("GET", f"/threads/size-{size}/state", None),
        )
        for size in payloads.STATES_BY_SIZE
    },
    "get_history (100 states of 15 KB)": (
        lambda c: c.threads.get_history(TID, limit=100),
        lambda c: c.get_history(TID, limit=100),
        ("POST", f"/threads/{TID}/history", {"limit": 100}),
    ),
}


def sdk_sync_threads(http: httpx.Client) -> Any:
    from langgraph_sdk._sync.http import SyncHttpClient
    from langgraph_sdk._sync.threads import SyncThreadsClient

    return SyncThreadsClient(SyncHttpClient(http))


def sdk_async_threads(http: httpx.AsyncClient) -> Any:
    from langgraph_sdk._async.http import HttpClient
    from langgraph_sdk._async.threads import ThreadsClient

    return ThreadsClient(HttpClient(http))


def repeat(call: Callable[[], object], times: int) -> Callable[[], None]:
    def run() -> None:
        for _ in range(times):
            call()

    return run


def repeat_async(
    loop: asyncio.AbstractEventLoop, call: Callable[[], Any], times: int
) -> Callable[[], None]:
    async def calls() -> None:
        for _ in range(times):
            await call()

    return lambda: loop.run_until_complete(calls())


def offline(rounds: int = ROUNDS) -> tuple[str, dict[str, float]]:
    """The per-call table; also returns ratios (ours / floor) for the plot.

    Measured with what the process holds so far frozen (``gc.freeze``): a full collection
    walks every object of the process (here both clients' modules, some 10 ms a pass) and
    lands on whichever candidate's round trips it, which made single rows of earlier runs 3-4x
    slower than the same calls in the next run. Each call's own objects are still collected,
    at their cost, as they are made.
    """
    # The official SDK's modules first, so that they are among what is frozen.
    for module in ("http", "threads"):
        importlib.import_module(f"langgraph_sdk._async.{module}")
        importlib.import_module(f"langgraph_sdk._sync.{module}")
    gc.collect()
    gc.freeze()
    try:
        return _offline(rounds)
    finally:
        gc.unfreeze()


def _offline(rounds: int) -> tuple[str, dict[str, float]]:
    transport = httpx.MockTransport(route)
    sync_http = httpx.Client(transport=transport, base_url=BASE)
    ours_sync = get_sync_client(url=BASE, api_key=None, http_client=sync_http)
    sdk_sync = sdk_sync_threads(httpx.Client(transport=transport, base_url=BASE))
    transport2 = httpx2.MockTransport(route2)
    sync_http2 = httpx2.Client(transport=transport2, base_url=BASE)
    ours_sync2 = get_sync_client(url=BASE, api_key=None, http_client=sync_http2)

    loop = asyncio.new_event_loop()
    async_http = httpx.AsyncClient(transport=transport, base_url=BASE)
    ours_async = get_client(url=BASE, api_key=None, http_client=async_http)
    sdk_async = sdk_async_threads(httpx.AsyncClient(transport=transport, base_url=BASE))
    async_http2 = httpx2.AsyncClient(transport=transport2, base_url=BASE)
    ours_async2 = get_client(url=BASE, api_key=None, http_client=async_http2)

    # As most callers make it (no http_client): its own httpx client, which carries the default
    # headers so that no call merges them; the mock replaces that client's connection pool.
    ours_own_sync = get_sync_client(url=BASE, api_key=None)
    ours_own_async = get_client(url=BASE, api_key=None)
    cast(Any, ours_own_sync.http_client)._transport = transport
    cast(Any, ours_own_async.http_client)._transport = transport

    rows: list[list[str]] = []
    ratios: dict[str, float] = {}
    for name, (ours_op, sdk_op, raw) in OPS.items():
        times = CALLS_PER_ROUND // (10 if "100" in name else 20 if "150 KB" in name else 1)
        sync_rounds = interleaved_rounds(
            {
                "ours": repeat(partial(ours_op, ours_sync), times),
                "ours_own": repeat(partial(ours_op, ours_own_sync), times),
                "sdk": repeat(partial(sdk_op, sdk_sync), times),
                "raw": repeat(partial(_raw_sync, sync_http, raw), times),
                "ours2": repeat(partial(ours_op, ours_sync2), times),
                "raw2": repeat(partial(_raw_sync, sync_http2, raw), times),
            },
            rounds=rounds,
        )
        async_rounds = interleaved_rounds(
            {
                "ours": repeat_async(loop, partial(ours_op, ours_async), times),
                "ours_own": repeat_async(loop, partial(ours_op, ours_own_async), times),
                "sdk": repeat_async(loop, partial(sdk_op, sdk_async), times),
                "raw": repeat_async(loop, partial(_raw_async, async_http, raw), times),
                "ours2": repeat_async(loop, partial(ours_op, ours_async2), times),
                "raw2": repeat_async(loop, partial(_raw_async, async_http2, raw), times),
            },
            rounds=rounds,
        )
        for form, timings in (("sync", sync_rounds), ("async", async_rounds)):
            per_call = {k: v / times * 1e6 for k, v in medians(timings).items()}
            ratio_raw = paired_ratio(timings, "ours", "raw")
            ratios[f"{form} {name}"] = ratio_raw
            rows.append(
                [
                    form,
                    name,
                    f"{per_call['ours']:.1f}",
                    f"{per_call['sdk']:.1f}",
                    f"{per_call['raw']:.1f}",
                    f"{ratio_raw:.2f}",
                    f"{per_call['ours_own']:.1f}",
                    f"{paired_ratio(timings, 'ours_own', 'raw'):.2f}",
                    f"{paired_ratio(timings, 'sdk', 'ours'):.2f}",
                    f"{paired_ratio(timings, 'sdk', 'ours_own'):.2f}",
                    f"{per_call['ours2']:.1f}",
                    f"{per_call['raw2']:.1f}",
                    f"{paired_ratio(timings, 'ours2', 'raw2'):.2f}",
                ]
            )
    loop.run_until_complete(ours_own_async.aclose())
    ours_own_sync.close()
    loop.run_until_complete(async_http.aclose())
    loop.run_until_complete(async_http2.aclose())
    loop.close()
    sync_http.close()
    sync_http2.close()
    headers = [
        "form",
        "operation",
        "this client µs/call",
        "langgraph_sdk µs/call",
        "raw httpx + orjson µs/call",
        "this client / raw",
        "this client, own httpx client µs/call",
        "own httpx client / raw",
        "sdk / this client",
        "sdk / this client, own httpx client",
        "this client on httpx2 µs/call",
        "raw httpx2 + json µs/call",
        "on httpx2: this client / raw httpx2",
    ]
    return table(headers, rows), ratios


def _raw_sync(http: httpx.Client | httpx2.Client, raw: Raw) -> object:
    method, path, body = raw
    return orjson.loads(http.request(method, path, json=body).content)


async def _raw_async(http: httpx.AsyncClient | httpx2.AsyncClient, raw: Raw) -> object:
    method, path, body = raw
    return orjson.loads((await http.request(method, path, json=body)).content)


def live(url: str, calls: int = 300, fan_out: int = 200) -> str:
    """Latency per call (sequential) and a concurrent fan-out against the real server."""
    from langgraph_sdk import get_client as sdk_get_client
    from langgraph_sdk import get_sync_client as sdk_get_sync_client

    rows = []
    with get_sync_client(url=url, api_key=None) as ours, httpx.Client(base_url=url) as raw:
        thread_id = ours.threads.create().thread_id
        sdk = sdk_get_sync_client(url=url, api_key=None)
        candidates: dict[str, Callable[[], object]] = {
            "this client": repeat(lambda: ours.threads.get(thread_id), calls),
            "langgraph_sdk": repeat(lambda: sdk.threads.get(thread_id), calls),
            "raw httpx": repeat(lambda: raw.get(f"/threads/{thread_id}").json(), calls),
        }
        # A server's latency drifts by 10-20% within seconds: a round first that is not
        # counted (connections opened, the server's caches warm), then more rounds than
        # offline, where a call is steadier.
        for run in candidates.values():
            run()
        seconds = interleaved_medians(candidates, rounds=7)
        for name, value in seconds.items():
            rows.append(["sync get, one at a time", name, f"{value / calls * 1e3:.2f} ms"])

    async def fan(kind: str) -> float:
        if kind == "this client":
            async with get_client(url=url, api_key=None) as client:
                return await _timed_gather(lambda: client.threads.get(thread_id), fan_out)
        if kind == "langgraph_sdk":
            sdk_client = sdk_get_client(url=url, api_key=None)
            try:
                return await _timed_gather(lambda: sdk_client.threads.get(thread_id), fan_out)
            finally:
                await sdk_client.http.client.aclose()
        async with httpx.AsyncClient(base_url=url) as http:

            async def raw_get() -> object:
                return (await http.get(f"/threads/{thread_id}")).json()

            return await _timed_gather(raw_get, fan_out)

    for kind in ("this client", "langgraph_sdk", "raw httpx"):
        value = statistics.median(asyncio.run(fan(kind)) for _ in range(3))
        rows.append([f"async fan-out of {fan_out} gets", kind, f"{value * 1e3:.0f} ms total"])
    return table(["measure", "candidate", "median"], rows)


async def _timed_gather(call: Callable[[], Awaitable[object]], count: int) -> float:
    await call()  # warm the pool's first connection
    started = time.perf_counter()
    await asyncio.gather(*(call() for _ in range(count)))
    return time.perf_counter() - started
