"""One async client, made once, serving one event loop after another, or several at once
(``_loops``).

A script that calls ``asyncio.run()`` for each call, or a test suite running a loop per test,
with a client made once: every other call failed with ``RuntimeError: Event loop is closed``
(a connection of the last loop, used on the next), as with httpx and the official SDK. Threads
each calling ``asyncio.run()`` on it at once (sync web views, Streamlit): some calls failed
(a connection or a waiting request of another loop's), and the official SDK's client hung.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
import trio

from langgraph_threads_client import LangGraphClient, get_client
from tests.live.tcp_proxy import CuttingProxy, proxy
from tests.loops import all_running, at_once_in_threads, gather, meet, trio_as_guest_of_asyncio

pytestmark = pytest.mark.live

NO_CUT = 10**12


async def create_read_and_count(client: LangGraphClient[Any]) -> int:
    """A call, then three at once (three connections of this loop's)."""
    thread = await client.threads.create(metadata={"loops": True})
    read = await asyncio.gather(*(client.threads.get(thread.thread_id) for _ in range(3)))
    assert {one["thread_id"] for one in read} == {thread.thread_id}
    return len(read)


def run_with_asyncio_run(call: Coroutine[Any, Any, int]) -> int:
    return asyncio.run(call)


def run_with_a_runner(call: Coroutine[Any, Any, int]) -> int:
    with asyncio.Runner() as runner:  # (as pytest-asyncio runs each test's loop)
        return runner.run(call)


def collected_after(result: Any) -> Any:
    """``result``, once what the call let go of is collected (sockets asyncio closes then)."""
    gc.collect()
    return result


def all_closed_by_the_client(link: CuttingProxy) -> bool:
    deadline = time.monotonic() + 5  # (the proxy's threads see each close soon after)
    while link.closed_by_client < link.connections and time.monotonic() < deadline:
        time.sleep(0.01)
    return link.closed_by_client == link.connections


@pytest.mark.parametrize("run", [run_with_asyncio_run, run_with_a_runner])
def test_a_client_made_once_serves_one_loop_after_another_and_closes_each_loops_connections(
    live_url: str, run: Callable[[Coroutine[Any, Any, int]], int]
) -> None:
    with proxy(live_url, cut_after=NO_CUT) as link:
        client = get_client(url=link.url, api_key=None)  # (outside any loop, as a module does)
        for loop_number in range(1, 5):
            # The second raised "Event loop is closed", on a connection of the first loop.
            assert run(create_read_and_count(client)) == 3
            # Each loop's connections were closed in it as it ended: none is left to a
            # loop that is gone (a ResourceWarning, an error in this suite, if one were).
            assert link.connections <= 3 * loop_number
            assert all_closed_by_the_client(link)
        asyncio.run(client.aclose())


def test_a_loop_closed_without_its_shutdown_leaves_its_connections_to_asyncio(
    live_url: str,
) -> None:
    """A loop closed by hand, without ``shutdown_asyncgens()``, cannot close them any more: the
    next loop's call still works, and asyncio closes the sockets as it collects them (with its
    ResourceWarning, which says the loop was closed with connections open)."""
    client = get_client(url=live_url, api_key=None)
    first = asyncio.new_event_loop()
    assert first.run_until_complete(create_read_and_count(client)) == 3
    first.close()
    second = asyncio.new_event_loop()
    try:
        with pytest.warns(ResourceWarning, match="unclosed"):
            read = collected_after(second.run_until_complete(create_read_and_count(client)))
        assert read == 3
        second.run_until_complete(client.aclose())
    finally:
        second.close()


def test_a_client_serves_trio_runs_and_asyncio_loops_in_turn(live_url: str) -> None:
    """Each ``trio.run()`` is a loop of its own, its connections closed in it as it ends.
    A client whose first call ran under trio failed every call under asyncio after it ("must
    be called from async context": httpcore's network picks trio's or asyncio's for good)."""
    with proxy(live_url, cut_after=NO_CUT) as link:
        client = get_client(url=link.url, api_key=None)

        async def create() -> str:
            return (await client.threads.create()).thread_id

        thread_id = trio.run(create)

        async def status() -> str:
            return (await client.threads.get(thread_id)).status

        statuses = [asyncio.run(status()), trio.run(status), trio.run(status)]
        statuses += [asyncio.run(status()), trio.run(status)]
        assert statuses == ["idle"] * 5
        # (one left open would be a ResourceWarning, an error in this suite)
        assert collected_after(all_closed_by_the_client(link))
        trio.run(client.aclose)


def test_a_trio_run_hosted_by_an_asyncio_loop_shares_the_client_with_it(live_url: str) -> None:
    """trio's guest mode: trio's tasks run in the asyncio loop's callbacks. Calls of both at
    once failed ("cannot create weak reference to 'NoneType' object": a trio lock on an
    asyncio task's connection, or the other way round), and closing the client under asyncio
    failed on trio's sockets ("must be called from async context")."""
    with proxy(live_url, cut_after=NO_CUT) as link:
        client = get_client(url=link.url, api_key=None)
        thread_id = asyncio.run(client.threads.create()).thread_id
        arrived: list[object] = []

        async def gets_beside_the_other() -> list[str]:
            read: list[str] = []
            for round_number in range(5):
                batch = await gather([lambda: client.threads.get(thread_id)] * 20)
                read += [thread["thread_id"] for thread in batch]
                if round_number == 0:
                    await meet(arrived, 2)  # (both have connections, and both run)
            return read

        async def asyncio_gets_then_close() -> list[str]:
            read = await gets_beside_the_other()
            await meet(arrived, 4)  # (the guest run's calls done)
            await client.aclose()
            return read

        async def trio_gets() -> list[str]:
            read = await gets_beside_the_other()
            await meet(arrived, 4)
            return read

        results = trio_as_guest_of_asyncio(trio_gets, asyncio_gets_then_close)
        assert results == ([thread_id] * 100, [thread_id] * 100)
        # (one left open would be a ResourceWarning, an error in this suite)
        assert collected_after(all_closed_by_the_client(link))


@pytest.mark.parametrize(
    "libraries", [("asyncio",), ("trio", "asyncio")], ids=["asyncio", "trio-and-asyncio"]
)
def test_threads_each_running_a_loop_at_once_share_one_client(
    live_url: str, libraries: tuple[str, ...]
) -> None:
    with proxy(live_url, cut_after=NO_CUT) as link:
        client = get_client(url=link.url, api_key=None)
        thread_id = asyncio.run(client.threads.create()).thread_id
        assert all_closed_by_the_client(link)
        barrier = threading.Barrier(4)

        async def gets_while_the_others_run() -> list[str]:
            await all_running(barrier)
            read: list[str] = []
            for _ in range(5):
                batch = await gather([lambda: client.threads.get(thread_id)] * 20)
                read += [thread["thread_id"] for thread in batch]
            await all_running(barrier)
            return read

        results = at_once_in_threads(gets_while_the_others_run, 4, libraries=libraries)
        assert results == [[thread_id] * 100] * 4
        # Each loop's connections were closed in it as it ended.
        assert all_closed_by_the_client(link)
        asyncio.run(client.aclose())
