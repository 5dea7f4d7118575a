"""Load against the real in-memory server: bounded in count and time, loopback only."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpcore
import httpx
import httpx2
import pytest

from langgraph_threads_client import (
    SyncLangGraphClient,
    get_client,
    get_sync_client,
)
from langgraph_threads_client._defaults import DEFAULT_TIMEOUT
from tests.live.tcp_proxy import proxy

pytestmark = pytest.mark.live

CONCURRENT_CALLS = 1_000
THREADS, CALLS_PER_THREAD = 100, 100
TIME_LIMIT_S = 120.0
STACKS = ["httpx", "httpx2"]


def open_sockets() -> int:
    """Sockets this process holds open (Linux: /proc/self/fd)."""
    fds = Path("/proc/self/fd")
    count = 0
    for fd in fds.iterdir():
        with contextlib.suppress(OSError):
            count += os.readlink(fd).startswith("socket:")
    return count


def new_async_http(stack: str, max_connections: int | None) -> Any:
    """``None`` (this package makes its own httpx client), or a fresh client to pass in."""
    if stack == "httpx":
        if max_connections is None:
            return None
        return httpx.AsyncClient(limits=httpx.Limits(max_connections=max_connections))
    if max_connections is None:
        return httpx2.AsyncClient()
    return httpx2.AsyncClient(limits=httpx2.Limits(max_connections=max_connections))


# httpx's sync pool can close a connection under a thread that is starting its request on it
# (encode/httpcore#1110): the call then fails with a closed file descriptor, or gets no answer
# and waits out its read timeout (300 s by default; about one suite run in four did, before
# the client let through no more calls than the pool keeps connections alive). The read
# timeout here bounds such a wait, and the test fails if any call had to be tried again.
SHARED_CLIENT_TIMEOUT = httpx.Timeout(
    DEFAULT_TIMEOUT.connect, read=30.0, write=30.0, pool=DEFAULT_TIMEOUT.pool
)


def sync_client(stack: str, url: str) -> SyncLangGraphClient:
    if stack == "httpx":
        return get_sync_client(url=url, timeout=SHARED_CLIENT_TIMEOUT)
    return get_sync_client(url=url, http_client=httpx2.Client(), timeout=SHARED_CLIENT_TIMEOUT)


@pytest.mark.parametrize("stack", STACKS)
@pytest.mark.parametrize("max_connections", [None, 10])
def test_a_thousand_concurrent_calls_on_a_fresh_async_client(
    live_url: str, stack: str, max_connections: int | None
) -> None:
    with get_sync_client(url=live_url) as setup:
        thread_id = setup.threads.create(metadata={"load": "async"}).thread_id
    sockets_before = open_sockets()

    async def scenario() -> tuple[list[object], float]:
        http = new_async_http(stack, max_connections)
        client = get_client(url=live_url, http_client=http, timeout=DEFAULT_TIMEOUT)
        try:
            started = time.monotonic()  # no warm-up: the pool is cold
            calls = [
                client.threads.get(thread_id)
                if n % 2
                else client.threads.count(metadata={"load": "async"})
                for n in range(CONCURRENT_CALLS)
            ]
            results: list[object] = await asyncio.wait_for(
                asyncio.gather(*calls, return_exceptions=True), TIME_LIMIT_S
            )
            return results, time.monotonic() - started
        finally:
            await client.aclose()
            if http is not None:
                await http.aclose()  # passed in: its owner closes it

    results, elapsed = asyncio.run(scenario())
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == [], f"{len(errors)} errors, first: {errors[:1]!r}"
    assert len(results) == CONCURRENT_CALLS
    assert elapsed < TIME_LIMIT_S
    assert open_sockets() <= sockets_before


@pytest.mark.parametrize("stack", STACKS)
def test_one_sync_client_shared_by_a_hundred_threads(
    live_url: str, stack: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="langgraph_threads_client")
    sockets_before = open_sockets()
    with sync_client(stack, live_url) as client:
        thread_id = client.threads.create(metadata={"load": "sync"}).thread_id

        def calls(_: int) -> list[str]:
            return [client.threads.get(thread_id).thread_id for _ in range(CALLS_PER_THREAD)]

        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            results = [tid for batch in pool.map(calls, range(THREADS)) for tid in batch]
        assert client._http.admission.in_use == 0
    if stack == "httpx2":
        client.http_client.close()
    assert results == [thread_id] * (THREADS * CALLS_PER_THREAD)
    assert open_sockets() <= sockets_before
    # Every call answered at its first attempt: none cut by a connection closed under it.
    tried_again = [r.getMessage() for r in caplog.records if "failed (attempt" in r.getMessage()]
    assert tried_again == []


def test_large_metadata_round_trips(live_url: str) -> None:
    big = {"blob": "x" * (5 * 1024 * 1024), "nested": [{"i": i} for i in range(1000)]}
    with get_sync_client(url=live_url) as client:
        thread = client.threads.create(metadata=big)
        assert client.threads.get(thread.thread_id).metadata == big


def test_after_a_server_error_the_pooled_connection_is_not_a_problem(live_url: str) -> None:
    from langgraph_threads_client import InternalServerError

    with get_sync_client(url=live_url) as client:
        thread = client.threads.create()  # values null: a values filter makes the server fail
        with pytest.raises(InternalServerError) as caught:
            client.threads.count(values={"count": 1})
        assert caught.value.status_code == 500
        # The body is the text "Internal Server Error": the status line, as the SDK says it.
        assert caught.value.message == "500 Internal Server Error"
        # The server closed that connection; the next calls still succeed (a read error on
        # a stale pooled connection is retried for operations safe to repeat).
        for _ in range(20):
            assert client.threads.get(thread.thread_id).thread_id == thread.thread_id


def test_a_burst_on_a_fresh_httpx2_client_keeps_its_connections_open(live_url: str) -> None:
    """httpx2's pool closes idle connections beyond max_keepalive_connections (20): calls let
    through only as connections free up found them closed and opened new ones (420 for 1,000
    calls). With calls waiting in the pool itself, a released connection goes straight to one."""
    with get_sync_client(url=live_url) as setup:
        thread_id = setup.threads.create(metadata={"load": "connections"}).thread_id

    async def burst(url: str) -> None:
        async with (
            httpx2.AsyncClient() as http,
            get_client(url=url, http_client=http, timeout=DEFAULT_TIMEOUT) as client,
        ):
            calls = [client.threads.get(thread_id) for _ in range(CONCURRENT_CALLS)]
            await asyncio.wait_for(asyncio.gather(*calls), TIME_LIMIT_S)

    with proxy(live_url, cut_after=10**9) as counting:
        asyncio.run(burst(counting.url))
    assert 0 < counting.connections <= 100  # httpx2's default max_connections


@pytest.mark.parametrize("form", ["async", "sync"])
def test_the_clients_made_here_hand_each_connection_to_one_call_and_keep_it(
    live_url: str, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx's own pool pass (httpcore 1.0.9) gives a connection handed to a call, which has not
    started on it yet, to other calls too: they find it busy and go round again (about 4,000
    times for 1,000 async calls on a pool keeping 100 alive, three times as slow). The pools
    made here hand a connection to one call at a time, and keep all 100 open."""
    handed_busy: list[object] = []
    for module, method in [
        (httpcore._async.http11.AsyncHTTP11Connection, "handle_async_request"),
        (httpcore._sync.http11.HTTP11Connection, "handle_request"),
    ]:
        monkeypatch.setattr(module, method, counting_busy(getattr(module, method), handed_busy))
    with get_sync_client(url=live_url) as setup:
        thread_id = setup.threads.create(metadata={"load": "handed"}).thread_id

    async def burst(url: str) -> None:
        async with get_client(url=url) as client:
            calls = [client.threads.get(thread_id) for _ in range(CONCURRENT_CALLS)]
            await asyncio.wait_for(asyncio.gather(*calls), TIME_LIMIT_S)

    def threads(url: str) -> None:
        with get_sync_client(url=url) as client, ThreadPoolExecutor(THREADS) as pool:
            calls = [pool.submit(client.threads.get, thread_id) for _ in range(CONCURRENT_CALLS)]
            assert {call.result().thread_id for call in calls} == {thread_id}

    with proxy(live_url, cut_after=10**9) as counting:
        if form == "async":
            asyncio.run(burst(counting.url))
        else:
            threads(counting.url)
    assert 0 < counting.connections <= 100
    assert handed_busy == []


def counting_busy(handle: Any, busy: list[object]) -> Any:
    """``handle`` (a connection's request method), noting each call that found it busy."""
    if asyncio.iscoroutinefunction(handle):

        async def handle_async(self: Any, request: Any) -> Any:
            try:
                return await handle(self, request)
            except httpcore.ConnectionNotAvailable:
                busy.append(request)
                raise

        return handle_async

    def handle_sync(self: Any, request: Any) -> Any:
        try:
            return handle(self, request)
        except httpcore.ConnectionNotAvailable:
            busy.append(request)
            raise

    return handle_sync
