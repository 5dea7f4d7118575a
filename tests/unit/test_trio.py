"""The async client under trio: its waits (retries, reconnects, the admission queue) are
anyio's, so it runs wherever httpx's async client does, not only under asyncio; and a trio
run, to the pools and the admission line, is an event loop (``_trio``)."""

from __future__ import annotations

import asyncio
import contextvars
import sys
import threading

import httpx
import pytest
import sniffio
import trio

from langgraph_threads_client import StreamPart, get_client
from langgraph_threads_client._admission import Waiter
from langgraph_threads_client._pool import in_trio_task, running_loop
from langgraph_threads_client._trio import TrioRun
from tests.loops import trio_as_guest_of_asyncio
from tests.unit.test_join_stream import SSE, THREAD, THREAD_ID

STREAM = (
    b'event: metadata\r\ndata: {"run_id":"r1"}\r\nid: 1-0\r\n\r\n'
    b'event: values\r\ndata: {"count":1}\r\nid: 2-0\r\n\r\n'
)


def test_calls_retries_streams_and_a_queue_run_under_trio() -> None:
    calls: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, headers=SSE, content=STREAM)
        if len(calls) == 1:  # the first call: a transient 503, retried after Retry-After
            return httpx.Response(503, headers={"retry-after": "0.01"})
        return httpx.Response(200, json=THREAD)

    results: list[object] = []

    async def main() -> None:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(handle),
            base_url="http://trio.test",
            # A small pool: most of the 50 calls below wait in the admission queue.
            limits=httpx.Limits(max_connections=2),
        )
        async with http, get_client(http_client=http) as client:
            thread = await client.threads.get(THREAD_ID)
            assert thread.thread_id == THREAD_ID
            assert len(calls) == 2

            async def one() -> None:
                results.append(await client.threads.get(THREAD_ID))

            async with trio.open_nursery() as nursery:
                for _ in range(50):
                    nursery.start_soon(one)

            parts = []
            async with client.threads.join_stream(THREAD_ID, max_reconnects=0) as stream:
                async for part in stream:
                    parts.append(part)
                    if len(parts) == 2:
                        break
            assert parts == [
                StreamPart("metadata", {"run_id": "r1"}, "1-0"),
                StreamPart("values", {"count": 1}, "2-0"),
            ]

    trio.run(main)
    assert len(results) == 50


def test_a_trio_run_is_one_loop_running_until_it_has_finished() -> None:
    assert running_loop() is None  # (no loop runs here)

    async def seen_twice() -> tuple[object, object]:
        first = running_loop()
        await trio.lowlevel.checkpoint()
        return first, running_loop()

    first, again = trio.run(seen_twice)
    assert type(first) is TrioRun
    assert first is again
    other, _ = trio.run(seen_twice)
    assert other is not first

    assert (first.is_running(), first.is_closed()) == (False, True)  # (its run has finished)
    with pytest.raises(RuntimeError, match=r"^the trio run has finished$"):
        first.call_soon_threadsafe(lambda: None)


def test_a_trio_run_is_running_and_runs_a_callback_from_another_thread() -> None:
    async def woken_from_a_thread() -> list[object]:
        run = running_loop()
        assert isinstance(run, TrioRun)
        assert (run.is_running(), run.is_closed()) == (True, False)
        event = trio.Event()
        ran_in: list[object] = []

        def callback() -> None:
            ran_in.append(running_loop())
            event.set()

        threading.Thread(target=run.call_soon_threadsafe, args=(callback,)).start()
        with trio.fail_after(10):
            await event.wait()
        return [ran_in[0] is run]

    assert trio.run(woken_from_a_thread) == [True]


def test_a_waiter_whose_trio_run_has_finished_cannot_be_woken() -> None:
    async def made_in_a_run() -> Waiter:
        return Waiter()

    assert trio.run(made_in_a_run).wake() is False


def test_a_call_runs_under_trio_in_a_trio_task_only_hosted_or_not() -> None:
    """In a trio run hosted by an asyncio loop (trio's guest mode), asyncio reports its loop
    running in trio's tasks too, and trio its run in asyncio's: only a task tells."""

    async def library() -> tuple[bool, object]:
        return in_trio_task(), running_loop()

    (trios, in_trio), (asyncios, in_asyncio) = trio_as_guest_of_asyncio(library, library)
    assert (trios, type(in_trio)) == (True, TrioRun)
    assert asyncios is False
    assert isinstance(in_asyncio, asyncio.AbstractEventLoop)
    assert trio.run(library)[0] is True
    assert asyncio.run(library())[0] is False
    assert in_trio_task() is False  # (no loop at all)


def test_a_trio_run_that_tells_sniffio_through_its_context_variable_is_trio() -> None:
    # (trio before 0.22 said so there, not in sniffio's thread-local)
    def in_a_context_saying(library: str) -> bool:
        sniffio.current_async_library_cvar.set(library)
        return in_trio_task()

    assert contextvars.copy_context().run(in_a_context_saying, "trio") is True
    assert contextvars.copy_context().run(in_a_context_saying, "asyncio") is False


def test_without_sniffio_no_call_is_taken_for_trios(monkeypatch: pytest.MonkeyPatch) -> None:
    # (trio imports it; a trio without it would leave its calls to asyncio's checks)
    monkeypatch.delitem(sys.modules, "sniffio")

    async def inside() -> bool:
        return in_trio_task()

    assert trio.run(inside) is False
