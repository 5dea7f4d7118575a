"""Load against the real in-memory server: bounded in count and time, loopback only."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from langgraph_threads_client import get_client, get_sync_client

pytestmark = pytest.mark.live

CONCURRENT_CALLS = 1_000
TIME_LIMIT_S = 120.0


def test_a_thousand_concurrent_async_calls(live_url: str) -> None:
    async def scenario() -> tuple[list[object], float]:
        async with get_client(url=live_url) as client:
            thread = await client.threads.create(metadata={"load": "async"})
            started = time.monotonic()
            calls = [
                client.threads.get(thread.thread_id)
                if n % 2
                else client.threads.count(metadata={"load": "async"})
                for n in range(CONCURRENT_CALLS)
            ]
            results = await asyncio.wait_for(
                asyncio.gather(*calls, return_exceptions=True), TIME_LIMIT_S
            )
            return results, time.monotonic() - started

    results, elapsed = asyncio.run(scenario())
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == [], f"{len(errors)} errors, first: {errors[:1]!r}"
    assert len(results) == CONCURRENT_CALLS
    assert elapsed < TIME_LIMIT_S


def test_one_sync_client_shared_by_threads(live_url: str) -> None:
    with get_sync_client(url=live_url) as client:
        thread = client.threads.create(metadata={"load": "sync"})
        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(
                pool.map(lambda _: client.threads.get(thread.thread_id).thread_id, range(300))
            )
    assert results == [thread.thread_id] * 300


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
        assert caught.value.message == "Internal Server Error"
        # The server closed that connection; the next calls still succeed (a read error on
        # a stale pooled connection is retried for operations safe to repeat).
        for _ in range(20):
            assert client.threads.get(thread.thread_id).thread_id == thread.thread_id
