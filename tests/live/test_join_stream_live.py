"""join_stream against the real in-memory server, in both forms."""

from __future__ import annotations

import asyncio
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx
import pytest

from langgraph_threads_client import (
    StreamDisconnectedError,
    StreamPart,
    SyncThreadsClient,
    get_client,
    get_sync_client,
)
from tests.forms import Form, library_of, threads_client
from tests.live.runs import start_run, until_run_done
from tests.live.tcp_proxy import proxy

pytestmark = pytest.mark.live


@pytest.fixture
def threads(form: Form, live_url: str) -> Iterator[SyncThreadsClient]:
    with threads_client(form, url=live_url, timeout=30.0) as client:
        yield client


def until_done(stream: Any, run_id: str) -> list[StreamPart]:
    return until_run_done(stream, run_id, limit=50)


def parts_of_a_run_started_after_joining(
    threads: SyncThreadsClient,
    live_url: str,
    thread_id: str,
    *,
    last_event_id: str | None = None,
    resumable: bool = True,
    if_not_exists: str | None = None,
) -> tuple[list[StreamPart], str]:
    """Join the thread's stream, start a run a second later (from another thread), and receive
    up to its ``run_done``: the parts and the run's id."""
    run_ids: list[str] = []

    def start_soon() -> None:
        time.sleep(1.0)  # let the join connect first
        run_id = start_run(
            live_url, thread_id, wait=False, resumable=resumable, if_not_exists=if_not_exists
        )
        run_ids.append(run_id)

    starter = threading.Thread(target=start_soon)
    starter.start()
    try:
        with threads.join_stream(thread_id, last_event_id=last_event_id) as stream:
            parts: list[StreamPart] = []
            for part in stream:
                parts.append(part)
                if part.event == "metadata" and part.data.get("status") == "run_done":
                    break
    finally:
        starter.join()
    return parts, run_ids[0]


def test_replay_of_a_finished_run(threads: SyncThreadsClient, live_url: str) -> None:
    thread = threads.create(graph_id="counter")
    run_id = start_run(live_url, thread.thread_id)
    with threads.join_stream(thread.thread_id, last_event_id="-") as stream:
        parts = until_done(stream, run_id)
    events = [part.event for part in parts]
    assert events[0] == "metadata"
    assert parts[0].data["run_id"] == run_id
    assert "values" in events
    assert "updates" in events
    values = [part.data for part in parts if part.event == "values"]
    assert values[-1] == {"messages": ["step 1"], "count": 1}
    assert all(part.id is not None for part in parts)
    assert stream.last_event_id == parts[-1].id


def test_lifecycle_mode_filters_run_events(threads: SyncThreadsClient, live_url: str) -> None:
    thread = threads.create(graph_id="counter")
    run_id = start_run(live_url, thread.thread_id)
    with threads.join_stream(
        thread.thread_id, last_event_id="-", stream_mode="lifecycle"
    ) as stream:
        parts = until_done(stream, run_id)
    assert {part.event for part in parts} == {"metadata"}


@pytest.mark.timeout(60)  # a missed run_done must fail the test, not hang it
def test_live_events_of_a_run_started_after_joining(
    threads: SyncThreadsClient, live_url: str
) -> None:
    thread = threads.create(graph_id="counter")
    parts, run_id = parts_of_a_run_started_after_joining(
        threads, live_url, thread.thread_id, resumable=False
    )
    assert parts[0].event == "metadata"
    assert parts[0].data["run_id"] == run_id
    assert any(part.event == "values" for part in parts)


def test_resume_from_an_event_id_skips_what_came_before(
    threads: SyncThreadsClient, live_url: str
) -> None:
    thread = threads.create(graph_id="counter")
    first_run = start_run(live_url, thread.thread_id)
    with threads.join_stream(thread.thread_id, last_event_id="-") as stream:
        first = until_done(stream, first_run)
    second_run = start_run(live_url, thread.thread_id)
    assert first[-1].id is not None
    with threads.join_stream(thread.thread_id, last_event_id=first[-1].id) as stream:
        second = until_done(stream, second_run)
    assert second[0].data["run_id"] == second_run
    assert not {part.id for part in second} & {part.id for part in first[:-1]}


@pytest.mark.timeout(60)  # (an event lost leaves the last stream waiting for it)
def test_streams_resumed_an_event_at_a_time_deliver_each_event_once(
    threads: SyncThreadsClient, live_url: str
) -> None:
    # The server gives the events of one millisecond one id: resuming from the id alone would
    # lose the others that share it (and the SDK's plain id does); the stream's resume point
    # knows how many of them it delivered.
    thread = threads.create(graph_id="counter")
    run_id = start_run(live_url, thread.thread_id)
    with threads.join_stream(thread.thread_id, last_event_id="-") as stream:
        whole = until_done(stream, run_id)
    received: list[StreamPart] = []
    point: str | None = "-"
    while len(received) < len(whole):
        with threads.join_stream(thread.thread_id, last_event_id=point) as stream:
            for part in stream:
                received.append(part)
                break
            point = stream.last_event_id
    assert received == whole, [part.id for part in whole]


@pytest.mark.timeout(60)
def test_a_read_timeout_between_heartbeats_ends_the_stream(form: Form, live_url: str) -> None:
    # The server writes a heartbeat every few seconds on an idle thread: a read timeout below
    # that is raised at once, as the official SDK raises it, not reconnected five times.
    with (
        proxy(live_url, cut_after=sys.maxsize) as seeing,  # (it cuts nothing: it counts)
        threads_client(form, url=seeing.url, timeout=httpx.Timeout(30.0, read=1.0)) as threads,
    ):
        thread = threads.create()
        started = time.monotonic()
        with (
            pytest.raises(StreamDisconnectedError) as caught,
            threads.join_stream(thread.thread_id) as stream,
        ):
            next(stream)
        waited = time.monotonic() - started
    assert isinstance(caught.value, library_of(form).ReadTimeout)
    assert waited >= 1.0  # (the read timeout it was given)
    assert bytes(seeing.sent).count(f"/threads/{thread.thread_id}/stream".encode()) == 1


@pytest.mark.timeout(60)  # a missed run_done must fail the test, not hang it
def test_a_thread_joined_before_it_exists_delivers_its_first_run(
    threads: SyncThreadsClient, live_url: str
) -> None:
    """As with the official SDK: join first, then create the thread with its run, so as to
    miss none of its events."""
    thread_id = str(uuid.uuid4())
    # (from "-": what the run stored is replayed, should it start before the join connects)
    parts, run_id = parts_of_a_run_started_after_joining(
        threads, live_url, thread_id, last_event_id="-", if_not_exists="create"
    )
    assert parts[0].data["run_id"] == run_id
    assert any(part.event == "values" for part in parts)
    assert threads.get(thread_id).thread_id == thread_id


def test_official_sdk_style_await_then_async_for(live_url: str) -> None:
    import asyncio
    import inspect

    from langgraph_threads_client import get_client

    async def either(stream: object) -> AsyncIterator[StreamPart]:
        # As code written for the SDK takes a sync or an async stream: it asks inspect.
        if inspect.isasyncgen(stream):
            async for part in cast(AsyncIterator[StreamPart], stream):
                yield part
        else:
            for part in cast(Iterator[StreamPart], stream):
                yield part

    async def scenario() -> list[StreamPart]:
        async with get_client(url=live_url) as client:
            thread = await client.threads.create(graph_id="counter")
            run_id = await asyncio.to_thread(start_run, live_url, thread.thread_id)
            parts: list[StreamPart] = []
            stream = await client.threads.join_stream(thread.thread_id, last_event_id="-")
            async for part in either(stream):
                parts.append(part)
                if part.event == "metadata" and part.data.get("status") == "run_done":
                    assert part.data["run_id"] == run_id
                    break
            await stream.aclose()
            return parts

    parts = asyncio.run(scenario())
    assert parts[0].event == "metadata"


# More than the 20 calls a sync client lets through at once, fewer than its 100 connections.
STREAMS_AT_ONCE = 40
POOL_WAIT = httpx.Timeout(30.0, pool=5.0)


@pytest.mark.timeout(120)
def test_a_sync_client_keeps_many_streams_open_and_calls_beside_them(live_url: str) -> None:
    # As with the official SDK's client: watchers in threads, and calls while they watch.
    with get_sync_client(url=live_url, timeout=POOL_WAIT) as client:
        threads = client.threads
        thread_id = threads.create(graph_id="counter").thread_id
        run_id = start_run(live_url, thread_id)
        all_open = threading.Barrier(STREAMS_AT_ONCE + 1, timeout=60)
        leave = threading.Event()
        received: list[list[StreamPart]] = []
        failures: list[BaseException] = []

        def watch() -> None:
            try:
                with threads.join_stream(thread_id, last_event_id="-") as stream:
                    received.append(until_done(stream, run_id))
                    all_open.wait()  # every stream is open now, this one included
                    leave.wait(60)
            except BaseException as exc:
                failures.append(exc)
                all_open.abort()

        watchers = [threading.Thread(target=watch) for _ in range(STREAMS_AT_ONCE)]
        for watcher in watchers:
            watcher.start()
        try:
            try:
                all_open.wait()
            except threading.BrokenBarrierError:
                raise AssertionError(f"a stream could not open: {failures!r}") from None
            # Calls while 40 streams are open: served, not left waiting for a place.
            assert threads.get(thread_id).thread_id == thread_id
            assert threads.count(metadata={"none": "such"}) == 0
        finally:
            leave.set()
            for watcher in watchers:
                watcher.join(60)
        assert failures == []
        assert len(received) == STREAMS_AT_ONCE
        assert all(parts == received[0] for parts in received)
        assert client._http.admission.in_use == 0


@pytest.mark.timeout(120)
def test_an_async_client_keeps_many_streams_open_and_calls_beside_them(live_url: str) -> None:
    async def scenario() -> None:
        async with get_client(url=live_url, timeout=POOL_WAIT) as client:
            threads = client.threads
            thread_id = (await threads.create(graph_id="counter")).thread_id
            run_id = start_run(live_url, thread_id)
            opened = 0
            all_open, leave = asyncio.Event(), asyncio.Event()

            async def watch() -> list[StreamPart]:
                nonlocal opened
                async with threads.join_stream(thread_id, last_event_id="-") as stream:
                    parts = await until_done_async(stream, run_id)
                    opened += 1
                    if opened == STREAMS_AT_ONCE:
                        all_open.set()
                    await leave.wait()
                return parts

            watchers = asyncio.gather(*(watch() for _ in range(STREAMS_AT_ONCE)))
            try:
                await asyncio.wait_for(all_open.wait(), 60)
                assert (await threads.get(thread_id)).thread_id == thread_id
                assert await threads.count(metadata={"none": "such"}) == 0
            finally:
                leave.set()
            received = await asyncio.wait_for(watchers, 60)
            assert all(parts == received[0] for parts in received)
            assert received[0][-1].data["run_id"] == run_id
            assert client._http.admission.in_use == 0

    asyncio.run(scenario())


async def until_done_async(stream: Any, run_id: str) -> list[StreamPart]:
    parts: list[StreamPart] = []
    async for part in stream:
        parts.append(part)
        if part.event == "metadata" and part.data.get("status") == "run_done":
            assert part.data.get("run_id") == run_id
            return parts
        assert len(parts) < 50, parts
    raise AssertionError("the stream ended before the run was done")
