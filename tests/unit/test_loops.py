"""The async pools this package makes serve one event loop after another (``_loops``), on a
stand-in network whose connections, like asyncio's, work only on the loop that opened them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpcore
import httpx
import pytest
import trio

from langgraph_threads_client import _pool

ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
URL = "http://server.test/threads"


def current_loop() -> object:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return "trio"


class LoopStream(httpcore.AsyncNetworkStream):
    """A connection of the loop that opened it: used on another, it fails as asyncio's do."""

    def __init__(self) -> None:
        self.loop = current_loop()
        self.closed_in: object = None
        self.uses = 0  # requests sent on it
        self._answer = b""

    def _on_its_loop(self) -> None:
        if current_loop() is not self.loop:
            raise RuntimeError("Event loop is closed")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self._on_its_loop()
        answer, self._answer = self._answer, b""
        return answer

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._on_its_loop()
        if buffer.startswith(b"GET "):  # (a request's head: its body, if any, comes apart)
            self.uses += 1
            self._answer = ANSWER

    async def aclose(self) -> None:
        self._on_its_loop()
        self.closed_in = current_loop()

    def get_extra_info(self, info: str) -> Any:
        return None


class LoopBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self.streams: list[LoopStream] = []

    async def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> LoopStream:
        self.streams.append(LoopStream())
        return self.streams[-1]

    async def sleep(self, seconds: float) -> None:  # pragma: no cover (no retries here)
        raise NotImplementedError


@pytest.fixture
def made_here() -> tuple[httpx.AsyncClient, LoopBackend, Any]:
    """An async client on a pool made here, made outside any loop (as a module makes one)."""
    transport: Any = _pool.sparing(httpx.AsyncHTTPTransport)
    backend = LoopBackend()
    transport._pool._network_backend = backend
    return httpx.AsyncClient(transport=transport), backend, transport._pool


def two_calls(client: httpx.AsyncClient) -> Callable[[], Any]:
    async def calls() -> list[Any]:
        return [(await client.get(URL)).json() for _ in range(2)]

    return calls


def on_a_loop_closed_by_hand(calls: Callable[[], Any]) -> Any:
    """What ``calls`` return, run on a loop closed without ``shutdown_asyncgens()``: nothing
    closes the connections in it."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(calls())
    finally:
        loop.close()


def test_each_asyncio_run_gets_connections_of_its_loop_closed_in_it_as_it_ends(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    for _ in range(3):
        # The second raised "Event loop is closed": the connection of the first loop.
        assert asyncio.run(two_calls(client)()) == [{}, {}]
        assert pool.connections == []  # (closed as the loop ended, in it)
    assert [stream.uses for stream in backend.streams] == [2, 2, 2]
    assert all(stream.closed_in is stream.loop for stream in backend.streams)
    asyncio.run(client.aclose())


def test_a_loop_closed_without_its_shutdown_leaves_its_connections_unused(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    assert on_a_loop_closed_by_hand(two_calls(client)) == [{}, {}]
    assert len(pool.connections) == 1

    assert asyncio.run(two_calls(client)()) == [{}, {}]
    left, served = backend.streams
    assert (left.uses, left.closed_in) == (2, None)  # let go: the closed loop cannot close it
    assert (served.uses, served.closed_in) == (2, served.loop)
    asyncio.run(client.aclose())


def test_aclose_on_another_loop_lets_go_of_the_last_loops_connections(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    on_a_loop_closed_by_hand(two_calls(client))
    asyncio.run(client.aclose())  # raised "Event loop is closed", closing it here
    assert pool.connections == []
    assert backend.streams[0].closed_in is None


def test_aclose_on_the_loop_served_closes_its_connections(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here

    async def calls_then_close() -> None:
        await two_calls(client)()
        await client.aclose()

    asyncio.run(calls_then_close())
    assert pool.connections == []
    assert backend.streams[0].closed_in is backend.streams[0].loop


def test_trio_runs_share_connections_and_none_is_shared_with_asyncio(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    calls = two_calls(client)
    answers = [trio.run(calls), trio.run(calls), asyncio.run(calls()), trio.run(calls)]
    assert answers == [[{}, {}]] * 4
    trio_first, on_asyncio, trio_again = backend.streams
    assert (trio_first.loop, trio_first.uses, trio_first.closed_in) == ("trio", 4, None)
    assert on_asyncio.closed_in is on_asyncio.loop
    assert trio_again.loop == "trio"
    trio.run(client.aclose)
    assert trio_again.closed_in == "trio"
    assert pool.connections == []


def test_the_end_of_a_loop_no_longer_served_leaves_the_pool_alone(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    calls = two_calls(client)
    first, second = asyncio.new_event_loop(), asyncio.new_event_loop()
    try:
        first.run_until_complete(calls())
        # Serving the second, the pool drops what was to close the first's connections as the
        # first ends; asyncio then has it end in the first, on its next run.
        second.run_until_complete(calls())
        first.run_until_complete(asyncio.sleep(0.01))
        assert second.run_until_complete(calls()) == [{}, {}]
        assert len(backend.streams) == 2  # (the second's connection served again)
        assert backend.streams[1].closed_in is None
        assert len(pool.connections) == 1
        second.run_until_complete(client.aclose())
    finally:
        first.close()
        second.close()


def test_a_response_still_open_as_its_loop_ends_keeps_its_connection(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here

    async def leave_one_open() -> httpx.Response:
        await asyncio.gather(client.get(URL), client.get(URL))  # (two connections)
        return await client.send(client.build_request("GET", URL), stream=True)

    asyncio.run(leave_one_open())
    # The idle connection was closed as the loop ended; the open response's, not under it.
    assert sorted(stream.closed_in is None for stream in backend.streams) == [False, True]
    assert len(pool.connections) == 1
