"""The async pools this package makes serve one event loop after another, or several at once
(``_loops``), on a stand-in network whose connections, like asyncio's, work only on the loop
that opened them."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import subprocess
import sys
import threading
import warnings
import weakref
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpcore
import httpx
import orjson
import pytest
import sniffio
import trio

from langgraph_threads_client import _loops, _pool, get_client
from langgraph_threads_client._admission import Admission
from tests.loops import all_running, at_once_in_threads, gather, meet, trio_as_guest_of_asyncio
from tests.unit.test_join_stream import THREAD, THREAD_ID


def answer(body: bytes) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
    return head % len(body) + body


ANSWER = answer(b"{}")
URL = "http://server.test/threads"
ROOT = Path(__file__).parents[2]


def current_loop() -> object:
    """The running trio run (its token), or asyncio's loop: as httpcore's locks tell (in a
    trio run hosted by asyncio's loop, asyncio reports its loop running too; asyncio's code
    run by trio-asyncio runs in a trio task)."""
    if sniffio.current_async_library() == "trio":
        return trio.lowlevel.current_trio_token()
    return asyncio.get_running_loop()


class LoopStream(httpcore.AsyncNetworkStream):
    """A connection of the loop (or trio run) that opened it: used on another, it fails as
    asyncio's do (and trio's locks, which httpcore's connections hold under trio)."""

    def __init__(self, answer: bytes = ANSWER) -> None:
        self.loop = current_loop()
        self.answer = answer
        self.closed_in: object = None
        self.uses = 0  # requests sent on it
        self.closing_time = 0.0
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
            self._answer = self.answer

    async def aclose(self) -> None:
        self._on_its_loop()
        if self.closing_time:  # (a close that takes some turns of its loop, as TLS's may)
            await anyio.sleep(self.closing_time)
        self.closed_in = current_loop()
        await anyio.lowlevel.checkpoint()  # (as trio's streams do, once closed)

    def get_extra_info(self, info: str) -> Any:
        return None


class LoopBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, answer: bytes = ANSWER) -> None:
        self.streams: list[LoopStream] = []
        self.answer = answer

    async def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> LoopStream:
        self.streams.append(LoopStream(self.answer))
        return self.streams[-1]

    async def sleep(self, seconds: float) -> None:  # pragma: no cover (no retries here)
        raise NotImplementedError


def made() -> tuple[httpx.AsyncClient, LoopBackend, Any]:
    """An async client on a pool made here, its network, its pool."""
    transport: Any = _pool.sparing(httpx.AsyncHTTPTransport)
    backend = LoopBackend()
    transport._pool._network_backend = backend
    return httpx.AsyncClient(transport=transport), backend, transport._pool


@pytest.fixture
def made_here() -> tuple[httpx.AsyncClient, LoopBackend, Any]:
    """An async client on a pool made here, made outside any loop (as a module makes one)."""
    return made()


def two_calls(client: httpx.AsyncClient) -> Callable[[], Coroutine[Any, Any, list[Any]]]:
    async def calls() -> list[Any]:
        return [(await client.get(URL)).json() for _ in range(2)]

    return calls


@contextlib.contextmanager
def two_loops_only_stopped() -> Iterator[
    tuple[asyncio.AbstractEventLoop, asyncio.AbstractEventLoop, list[dict[str, Any]]]
]:
    """Two loops run in turn and only stopped between runs (closed on exit), and the errors
    the first reports to its exception handler."""
    first, second = asyncio.new_event_loop(), asyncio.new_event_loop()
    errors: list[dict[str, Any]] = []
    first.set_exception_handler(lambda loop, context: errors.append(context))
    try:
        yield first, second, errors
    finally:
        first.close()
        second.close()


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


def test_each_trio_run_is_a_loop_of_its_own_among_asyncio_loops(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    calls = two_calls(client)
    answers = [trio.run(calls), trio.run(calls), asyncio.run(calls()), trio.run(calls)]
    assert answers == [[{}, {}]] * 4
    # (the second trio run used the first's connection: "Event loop is closed")
    assert [stream.uses for stream in backend.streams] == [2, 2, 2, 2]
    assert all(stream.closed_in is stream.loop for stream in backend.streams)
    assert pool.connections == []
    trio.run(client.aclose)


def test_trio_closes_every_connection_of_a_run_as_it_ends(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """trio cancels any wait as it closes a run's async generators, the closing of the run's
    connections included: each is closed all the same."""
    client, backend, pool = made_here

    async def calls_at_once() -> None:
        async with trio.open_nursery() as nursery:
            for _ in range(3):
                nursery.start_soon(client.get, URL)

    trio.run(calls_at_once)
    assert len(backend.streams) == 3
    assert all(stream.closed_in is stream.loop for stream in backend.streams)
    assert pool.connections == []


def test_a_trio_run_hosted_by_an_asyncio_loop_is_a_loop_of_its_own_beside_it(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """trio's guest mode runs its tasks in the host loop's callbacks, where asyncio reports
    its loop running too: trio's calls went to that loop's pool, onto its connections (whose
    locks are asyncio's, or the other way round), and failed."""
    client, backend, pool = made_here
    arrived: list[object] = []

    async def calls_beside_the_other() -> list[Any]:
        answers = await two_calls(client)()
        await meet(arrived, 2)  # (each has its connection, and both run)
        return answers + await two_calls(client)()

    answers = trio_as_guest_of_asyncio(calls_beside_the_other, calls_beside_the_other)
    assert answers == ([{}] * 4, [{}] * 4)
    assert len({stream.loop for stream in backend.streams}) == 2
    assert [stream.uses for stream in backend.streams] == [4, 4]
    assert all(stream.closed_in is stream.loop for stream in backend.streams)
    assert pool.connections == []
    assert not pool._others


def test_asyncio_run_by_trio_asyncio_and_the_trio_run_it_is_in_are_two_loops() -> None:
    """trio-asyncio runs an asyncio loop inside a trio run, its code in a trio task: asyncio's
    code and trio's shared connections, whose locks then failed ("Task got bad yield"). (In
    a process of its own: trio-asyncio replaces asyncio's functions as it is imported.)"""
    code = f"from {__name__} import asyncio_inside_trio; asyncio_inside_trio()"
    done = subprocess.run(
        [sys.executable, "-W", "always::ResourceWarning", "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert (done.returncode, done.stderr) == (0, "")


def asyncio_inside_trio() -> None:
    import trio_asyncio

    client, backend, pool = made()
    arrived: list[object] = []

    async def calls_beside_the_other() -> list[Any]:
        answers = await two_calls(client)()
        await meet(arrived, 2)
        return answers + await two_calls(client)()

    async def trio_and_asyncio() -> list[Any]:
        answers: list[Any] = []

        async def trio_side() -> None:
            answers.append(await calls_beside_the_other())

        async with trio_asyncio.open_loop(), trio.open_nursery() as nursery:
            nursery.start_soon(trio_side)
            answers.append(await trio_asyncio.aio_as_trio(calls_beside_the_other)())
        return answers

    assert trio.run(trio_and_asyncio) == [[{}] * 4] * 2
    assert len({stream.loop for stream in backend.streams}) == 2
    assert [stream.uses for stream in backend.streams] == [4, 4]
    assert all(stream.closed_in is stream.loop for stream in backend.streams)
    assert pool.connections == []


def test_a_client_closed_and_dropped_in_a_trio_run_leaves_nothing_to_the_collector() -> None:
    """What closes a loop's connections as it ends (an async generator of the loop's) is
    closed with the client: left unfinished, trio warned as it was collected with the
    client, inside the run."""

    async def call_close_and_drop() -> list[warnings.WarningMessage]:
        client = made()[0]
        await two_calls(client)()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await client.aclose()
            del client
            gc.collect()
        return caught

    assert [str(caught.message) for caught in trio.run(call_close_and_drop)] == []


def test_the_end_of_a_loop_no_longer_served_leaves_the_pool_alone(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    calls = two_calls(client)
    with two_loops_only_stopped() as (first, second, errors):
        first.run_until_complete(calls())
        # Serving the second, the pool drops what was to close the first's connections as the
        # first ends; asyncio then has it end in the first, on its next run, quietly.
        second.run_until_complete(calls())
        first.run_until_complete(asyncio.sleep(0.01))
        gc.collect()  # (a task that failed says so as it is collected)
        assert errors == []
        assert second.run_until_complete(calls()) == [{}, {}]
        assert len(backend.streams) == 2  # (the second's connection served again)
        assert backend.streams[1].closed_in is None
        assert len(pool.connections) == 1
        second.run_until_complete(client.aclose())


def test_a_response_still_open_as_its_loop_ends_has_its_connection_closed_in_it(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """It cannot be read once its loop has ended: kept, its connection took a place for good,
    and with ``max_connections`` reached the next loop's calls waited out their timeout."""
    client, backend, pool = made_here
    pool._max_connections = 2

    async def leave_one_open() -> httpx.Response:
        await asyncio.gather(client.get(URL), client.get(URL))  # (two connections)
        return await client.send(client.build_request("GET", URL), stream=True)

    asyncio.run(leave_one_open())
    assert all(stream.closed_in is stream.loop for stream in backend.streams)
    assert pool.connections == []
    answers = asyncio.run(asyncio.wait_for(gather([lambda: client.get(URL)] * 2), 5))
    assert [answer.json() for answer in answers] == [{}, {}]
    asyncio.run(client.aclose())


def test_a_response_open_on_a_loop_closed_by_hand_leaves_the_next_loop_its_places(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    pool._max_connections = 1
    response = on_a_loop_closed_by_hand(
        lambda: client.send(client.build_request("GET", URL), stream=True)
    )
    assert response.status_code == 200
    assert asyncio.run(asyncio.wait_for(two_calls(client)(), 5)) == [{}, {}]
    assert backend.streams[0].closed_in is None  # (let go: its loop cannot close it)
    asyncio.run(client.aclose())


def test_aclose_after_a_loop_closed_by_hand_leaves_that_loop_holding_nothing(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """Its connections cannot be closed in it any more: let go, not kept alive by the loop."""
    client, backend, pool = made_here

    async def calls_on_their_loop() -> tuple[list[Any], asyncio.AbstractEventLoop]:
        return await two_calls(client)(), asyncio.get_running_loop()

    answers, loop = on_a_loop_closed_by_hand(calls_on_their_loop)
    assert answers == [{}, {}]
    asyncio.run(client.aclose())
    assert pool.connections == []
    assert _loops._KEPT not in loop.__dict__
    assert backend.streams[0].closed_in is None


def test_a_response_open_on_a_loop_only_stopped_keeps_its_connection_for_it(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """A loop run again (``run_until_complete`` after ``run_until_complete``) may still read
    it."""
    client, backend, pool = made_here
    first = asyncio.new_event_loop()
    try:
        response = first.run_until_complete(
            client.send(client.build_request("GET", URL), stream=True)
        )
        assert asyncio.run(two_calls(client)()) == [{}, {}]  # (another loop meanwhile)
        kept = [connection._connection._network_stream for connection in pool.connections]
        assert kept == [backend.streams[0]]  # (not closed as the other loop ended)
        assert first.run_until_complete(response.aread()) == b"{}"
        first.run_until_complete(response.aclose())
        assert backend.streams[0].uses == 1
    finally:
        first.close()


def test_a_loop_only_stopped_closes_as_it_ends_the_connections_another_loop_let_go(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """Another loop that takes the pool cannot close them (they work only on theirs); the
    stopped loop's end does (``asyncio.Runner`` that does more before it closes, a thread's
    loop between its coroutine's end and ``asyncio.run``'s shutdown)."""
    client, backend, pool = made_here
    first = asyncio.new_event_loop()
    try:
        first.run_until_complete(two_calls(client)())
        backend.streams[0].closing_time = 0.05  # (done only if the loop's end waits for it)
        assert asyncio.run(two_calls(client)()) == [{}, {}]
        left, served = backend.streams
        assert (left.closed_in, served.closed_in) == (None, served.loop)
        gc.collect()  # (nothing let go of is left to the collector)
        first.run_until_complete(first.shutdown_asyncgens())  # (as asyncio.run ends a loop)
        assert left.closed_in is first
        assert first.__dict__[_loops._KEPT] == {}
    finally:
        first.close()
    asyncio.run(client.aclose())
    assert pool.connections == []


def test_a_loop_only_stopped_ends_leaving_the_loop_now_served_its_connections(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """Its end closes what it was left, not the connections of the loop that took the pool
    over (those work only on theirs: closed in the first, they would fail)."""
    client, backend, pool = made_here
    with two_loops_only_stopped() as (first, second, errors):
        first.run_until_complete(two_calls(client)())
        second.run_until_complete(two_calls(client)())  # (takes the pool, and stops too)
        left, served = backend.streams
        first.run_until_complete(first.shutdown_asyncgens())
        assert (left.closed_in, served.closed_in, errors) == (first, None, [])
        assert pool._loop is second
        assert second.run_until_complete(two_calls(client)()) == [{}, {}]
        assert (len(backend.streams), served.uses) == (2, 4)  # (served again)
        second.run_until_complete(client.aclose())


def test_loops_only_stopped_and_dropped_unclosed_are_not_kept(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """A helper that runs each call on a loop of its own, never closed: what the next loop
    let go of goes with its loop (held by the pool, each loop's descriptors were kept)."""
    client, backend, _ = made_here
    dropped = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # (asyncio's: "unclosed event loop")
        for _ in range(5):
            loop = asyncio.new_event_loop()
            loop.run_until_complete(two_calls(client)())
            dropped.append(weakref.ref(loop))
            del loop
        assert asyncio.run(two_calls(client)()) == [{}, {}]  # (the last one's taken over too)
        backend.streams.clear()  # (the stand-in network's record of them holds their loops)
        gc.collect()
    assert [ref() for ref in dropped] == [None] * 5
    asyncio.run(client.aclose())


def test_only_a_loop_that_takes_an_attribute_keeps_an_end_there_is() -> None:
    """A loop of C (uvloop's), or a trio run, takes no attribute: its connections are left to
    the collector, as a pool without an end of the loop leaves them."""

    class LoopOfC:
        __slots__ = ()

    class Pool:
        def __init__(self) -> None:
            self._loop_end: Any = None
            self._left_behind: list[Any] = []

    pool = Pool()
    loop = asyncio.new_event_loop()
    try:
        assert not _loops._kept_by(loop, pool)  # (no end)
        assert _loops._KEPT not in loop.__dict__
        pool._loop_end = end = object()
        assert not _loops._kept_by(LoopOfC(), pool)  # type: ignore[arg-type]
        assert _loops._kept_by(loop, pool)
        assert loop.__dict__[_loops._KEPT] == {id(pool._left_behind): end}
    finally:
        loop.close()


def test_aclose_on_another_loop_leaves_a_loop_only_stopped_its_connections_to_close(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    first = asyncio.new_event_loop()
    try:
        first.run_until_complete(two_calls(client)())
        asyncio.run(client.aclose())
        assert pool.connections == []
        assert backend.streams[0].closed_in is None
        first.run_until_complete(first.shutdown_asyncgens())
        assert backend.streams[0].closed_in is first
    finally:
        first.close()


# Two asyncio loops, two trio runs, or one of each.
AT_ONCE = [("asyncio",), ("trio",), ("asyncio", "trio")]
AT_ONCE_IDS = ["asyncio", "trio", "asyncio-and-trio"]


@pytest.mark.parametrize("libraries", AT_ONCE, ids=AT_ONCE_IDS)
def test_two_loops_at_once_each_have_connections_of_their_own_closed_as_they_end(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any], libraries: tuple[str, ...]
) -> None:
    client, backend, pool = made_here
    barrier = threading.Barrier(2)

    async def calls_while_the_other_loop_runs() -> list[Any]:
        answers = [(await client.get(URL)).json()]
        await all_running(barrier)  # (each loop has its connection, and both run)
        answers += [r.json() for r in await gather([lambda: client.get(URL)] * 3)]
        await all_running(barrier)
        return answers

    # Each call failed on another loop's connection ("Event loop is closed" here), or waited
    # to be woken by a loop it does not run on (under trio, trio's assertion failed).
    at_once = at_once_in_threads(calls_while_the_other_loop_runs, 2, libraries=libraries)
    assert at_once == [[{}] * 4] * 2
    assert len({stream.loop for stream in backend.streams}) == 2
    assert sum(stream.uses for stream in backend.streams) == 8
    assert all(stream.closed_in is stream.loop for stream in backend.streams)
    assert pool.connections == []
    assert not pool._others  # (the other loop's pool left as its loop ended)
    asyncio.run(client.aclose())


@pytest.mark.parametrize("libraries", AT_ONCE, ids=AT_ONCE_IDS)
def test_two_loops_at_once_wait_in_one_line_and_wake_each_other(
    libraries: tuple[str, ...],
) -> None:
    backend = LoopBackend(answer(orjson.dumps(THREAD)))
    client = get_client(url="http://server.test", api_key=None)
    client.http_client._transport._pool._network_backend = backend  # type: ignore[attr-defined]
    client._http.admission = Admission(1)  # (one call at a time, of either loop)
    barrier = threading.Barrier(2)

    async def calls_while_the_other_loop_runs() -> list[str]:
        await all_running(barrier)
        threads = await gather([lambda: client.threads.get(THREAD_ID)] * 5)
        await all_running(barrier)
        return [thread.thread_id for thread in threads]

    # A place handed on by a call on one loop woke the next in line on the other through
    # its own loop; woken from another thread's loop, it stayed asleep until its timeout.
    at_once = at_once_in_threads(calls_while_the_other_loop_runs, 2, libraries=libraries)
    assert at_once == [[THREAD_ID] * 5] * 2
    assert (client._http.admission.in_use, client._http.admission.waiting) == (0, 0)
    assert all(stream.closed_in is stream.loop for stream in backend.streams)
    asyncio.run(client.aclose())


@pytest.mark.parametrize("libraries", AT_ONCE, ids=AT_ONCE_IDS)
@pytest.mark.parametrize("closer", ["the loop the pool serves", "the other loop"])
def test_aclose_on_one_of_two_loops_closes_its_connections_and_leaves_the_others_to_their_loop(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any], closer: str, libraries: tuple[str, ...]
) -> None:
    """The other's are closed as it ends, in it: a trio run, which holds nothing of the pool's
    (``_loops._kept_by``), finds them in the pool then."""
    client, backend, pool = made_here
    called, closed = threading.Barrier(2), threading.Barrier(2)

    async def call_and_one_closes() -> None:
        await client.get(URL)
        await all_running(called)
        here = current_loop()
        if (pool._loop is _pool.running_loop()) is (closer == "the loop the pool serves"):
            await client.aclose()
            # Its own connection closed by aclose(), in it; the other's not under it.
            assert {stream.loop: stream.closed_in for stream in backend.streams} == {
                here: here,
                next(stream.loop for stream in backend.streams if stream.loop is not here): None,
            }
        await all_running(closed)

    at_once_in_threads(call_and_one_closes, 2, libraries=libraries)
    assert client.is_closed
    # The other closed by its loop's end, in it.
    assert len(backend.streams) == 2
    assert all(stream.closed_in is stream.loop for stream in backend.streams)
    assert pool.connections == []
    assert not pool._others


def test_the_pool_of_a_loop_closed_by_hand_is_let_go_when_another_loop_needs_one(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    client, backend, pool = made_here
    serving, done = threading.Event(), threading.Event()

    async def serve_until_done() -> None:
        await client.get(URL)
        serving.set()
        await asyncio.to_thread(done.wait, 30.0)

    home = threading.Thread(target=asyncio.run, args=(serve_until_done(),))
    home.start()
    try:
        assert serving.wait(30.0)
        # Two loops of this thread while the pool's runs in the other: each a pool of its own.
        assert on_a_loop_closed_by_hand(two_calls(client)) == [{}, {}]
        (by_hand,) = pool._others
        assert asyncio.run(two_calls(client)()) == [{}, {}]
        assert by_hand not in pool._others  # (let go as the next loop's pool was made)
    finally:
        done.set()
        home.join(30.0)
    served, left, closed_at_its_end = backend.streams
    assert (left.uses, left.closed_in) == (2, None)
    assert closed_at_its_end.closed_in is closed_at_its_end.loop
    assert served.closed_in is served.loop
    assert pool.connections == []
    assert not pool._others


class SilentStream(LoopStream):
    """A connection whose server never answers."""

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")  # pragma: no cover


@contextlib.contextmanager
def silent_connections(backend: LoopBackend) -> Iterator[None]:
    """Connections opened meanwhile are to a server that never answers."""

    async def connect_silently(*args: Any, **kwargs: Any) -> LoopStream:
        backend.streams.append(SilentStream())
        return backend.streams[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backend, "connect_tcp", connect_silently)
        yield


async def start_a_call(client: httpx.AsyncClient, backend: LoopBackend) -> asyncio.Task[Any]:
    """A call started, once its request is sent."""
    call = asyncio.create_task(client.get(URL))
    for _ in range(5000):
        if backend.streams and backend.streams[0].uses:
            return call
        await asyncio.sleep(0.001)
    raise AssertionError("the call was not sent")


def test_requests_of_calls_left_on_a_loop_closed_under_them_leave_the_pool(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """A loop closed with calls unfinished (``asyncio.run``'s clean-up cut short by a
    KeyboardInterrupt) never runs them again: their requests, kept, held the pool's memory
    (and whatever they hold) for good. The loop that takes the pool next lets them go."""
    client, backend, pool = made_here

    left = asyncio.new_event_loop()
    left.set_exception_handler(lambda loop, context: None)  # (its tasks, destroyed pending)

    with silent_connections(backend):
        try:
            unfinished = left.run_until_complete(start_a_call(client, backend))
        finally:
            left.close()
    assert len(pool._requests) == 1
    assert asyncio.run(two_calls(client)()) == [{}, {}]
    assert not unfinished.done()
    assert list(pool._requests) == []
    with contextlib.suppress(Exception):  # (its clean-up, by hand: no loop runs it)
        unfinished.get_coro().close()  # type: ignore[union-attr, unused-ignore]


def test_requests_of_a_loop_only_stopped_then_closed_leave_the_pool_at_the_next_take_over(
    made_here: tuple[httpx.AsyncClient, LoopBackend, Any],
) -> None:
    """A loop stopped with a call in flight (a KeyboardInterrupt out of
    ``run_until_complete``), another loop using the client meanwhile, then the first closed
    without running again: its request and connection are let go as the next loop takes the
    pool (kept, they held a connection for good)."""
    client, backend, pool = made_here

    stopped = asyncio.new_event_loop()
    stopped.set_exception_handler(lambda loop, context: None)  # (its task, destroyed pending)
    try:
        with silent_connections(backend):
            unfinished = stopped.run_until_complete(start_a_call(client, backend))
        assert asyncio.run(two_calls(client)()) == [{}, {}]  # (the stopped loop's are kept)
        assert len(pool._requests) == 1
    finally:
        stopped.close()
    assert asyncio.run(two_calls(client)()) == [{}, {}]
    assert list(pool._requests) == []
    assert backend.streams[0] not in [c._connection._network_stream for c in pool._connections]
    with contextlib.suppress(Exception):  # (its clean-up, by hand: no loop runs it)
        unfinished.get_coro().close()  # type: ignore[union-attr, unused-ignore]


def test_connections_closed_as_a_loop_ends_are_all_closed_when_closing_is_cancelled() -> None:
    """(trio cancels any wait as it closes a run's async generators) Each is closed, then the
    first cancellation is raised, not lost."""
    closed: list[int] = []

    class Cancelled:
        def __init__(self, number: int) -> None:
            self.number = number
            self.cancellation = asyncio.CancelledError(number)

        async def aclose(self) -> None:
            closed.append(self.number)  # (closed, as trio's streams close, then the wait)
            raise self.cancellation

    connections = [Cancelled(1), Cancelled(2)]

    async def close_them() -> None:
        await _loops._close(connections)

    with pytest.raises(asyncio.CancelledError) as raised:
        asyncio.run(close_them())
    assert closed == [1, 2]
    assert raised.value is connections[0].cancellation


def test_bodies_still_being_read_as_their_loop_ends_are_closed_without_an_error() -> None:
    """A stream kept referenced (a watcher's) as ``asyncio.run()`` ends: the loop closes its
    async generators together, the body's own iterator and the one that closes the response,
    and both let the pool's request go: httpcore's second removal raised ``ValueError``,
    logged by asyncio for about one stream in three."""
    client, backend, pool = made()
    backend.answer = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 10  # (more to come)
    kept: list[AsyncIterator[bytes]] = []
    reported: list[dict[str, Any]] = []

    async def events() -> AsyncIterator[bytes]:
        response = await client.send(client.build_request("GET", URL), stream=True)
        try:
            async for chunk in response.aiter_raw():
                yield chunk
        finally:
            await response.aclose()

    async def watch() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda _, report: reported.append(report))
        for _ in range(10):
            stream = events()
            kept.append(stream)
            async for _chunk in stream:
                break

    asyncio.run(watch())
    assert reported == []
    assert pool._requests == []
    assert all(stream.closed_in is stream.loop for stream in backend.streams)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() on this platform")
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_forked_child_takes_the_loop_lock_a_thread_of_its_parent_held() -> None:
    """A parent's thread moving a pool between loops as another forks: the child has no
    such thread to release the lock, and its first async call waited for it for good."""
    held, release = threading.Event(), threading.Event()

    def holder() -> None:
        with _loops._lock:
            held.set()
            release.wait(10)

    thread = threading.Thread(target=holder)
    thread.start()
    held.wait(10)
    try:
        pid = os.fork()
        if pid == 0:  # (the child: exits at once, its status the answer)
            os._exit(0 if _loops._lock.acquire(timeout=5) else 1)
        _, status = os.waitpid(pid, 0)
    finally:
        release.set()
        thread.join()
    assert os.waitstatus_to_exitcode(status) == 0
