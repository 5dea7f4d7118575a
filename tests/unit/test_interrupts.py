"""A sync client that a signal's handler interrupts mid-call (Ctrl-C's KeyboardInterrupt, in a
script or a notebook; a timeout's alarm) stays usable: its pool's and connections' locks are
threading's own, an answer lost unclosed lets its request go, a connection left between two
states is not used again, a request left queued goes (``_pool``). The async pool's answers
and queued requests, for a KeyboardInterrupt raised in a running event loop, likewise."""

from __future__ import annotations

import asyncio
import dis
import gc
import socket
import sys
import threading
import types
from collections.abc import Iterator
from typing import Any

import pytest

from langgraph_threads_client import get_client, get_sync_client
from langgraph_threads_client._sync._client import SyncLangGraphClient
from tests.sockets import Served, serving

COUNT = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1\r\n\r\n3"


def answering_each_request(connection: socket.socket, number: int) -> None:
    """Answers every request of a kept-alive connection with a count (3)."""
    received = b""
    while True:
        try:
            data = connection.recv(65536)
        except OSError:
            return
        if not data:
            return
        received += data
        while b"\r\n\r\n" in received:
            head, _, rest = received.partition(b"\r\n\r\n")
            length = next(
                (int(line.split(b":")[1]) for line in head.lower().split(b"\r\n")
                 if line.startswith(b"content-length:")),
                0,
            )  # fmt: skip
            if len(rest) < length:
                break
            received = rest[length:]
            connection.sendall(COUNT)


@pytest.fixture
def server() -> Iterator[Served]:
    with serving(answering_each_request) as served:
        yield served


@pytest.fixture
def client(server: Served) -> Iterator[SyncLangGraphClient]:
    with get_sync_client(url=server.url, api_key=None, max_retries=0) as made:
        yield made


def pool_of(client: Any) -> Any:
    return client.http_client._transport._pool


def answers_in_time(client: SyncLangGraphClient, seconds: float = 5.0) -> bool:
    """Whether a call, made in a thread of its own, answers within ``seconds``."""
    answered = threading.Event()

    def call() -> None:
        if client.threads.count() == 3:
            answered.set()

    threading.Thread(target=call, daemon=True).start()
    return answered.wait(seconds)


class Interrupted(KeyboardInterrupt):
    """The KeyboardInterrupt raised here, told apart from a real one."""


# Where Python runs a signal's handler, as CPython checks for one: as a function starts, and
# after a call returns (httpcore's, httpx's, h11's and this package's code).
CALLS = frozenset(
    dis.opmap[name] for name in ("CALL", "CALL_KW", "CALL_FUNCTION_EX") if name in dis.opmap
)
# Not where a call raised: Python goes straight to the handler, which starts by noting the
# exception it handles (PUSH_EXC_INFO). No signal's handler runs there, and an exception
# raised there by a tracer skips that step, so the handler's clean-up leaves the caught
# exception as the one being handled after, for good: every later exception's __context__.
HANDLER_START = dis.opmap["PUSH_EXC_INFO"]
TRACED = ("httpcore", "httpx", "h11", "langgraph_threads_client")


class InterruptAt:
    """A tracer that raises ``Interrupted`` at the ``n``-th point a handler may run."""

    def __init__(self, n: int) -> None:
        self.left = n
        self.where = ""
        self.last: dict[int, int] = {}

    def __call__(self, frame: types.FrameType, event: str, arg: object) -> Any:
        if not any(name in frame.f_code.co_filename for name in TRACED):
            return None
        frame.f_trace_opcodes = True
        if event == "call":
            self.point(frame)
        return self.step

    def step(self, frame: types.FrameType, event: str, arg: object) -> Any:
        if event == "opcode":
            previous = self.last.get(id(frame))
            self.last[id(frame)] = current = frame.f_code.co_code[frame.f_lasti]
            if previous in CALLS and current != HANDLER_START:
                self.point(frame)
        elif event == "return":
            self.last.pop(id(frame), None)
        return self.step

    def point(self, frame: types.FrameType) -> None:
        self.left -= 1
        if self.left == 0:
            code = frame.f_code
            self.where = f"{code.co_filename.rsplit('/', 2)[-2:]}:{frame.f_lineno} {code.co_name}"
            raise Interrupted


def test_an_interrupt_at_any_point_of_a_call_leaves_the_client_answering(
    client: SyncLangGraphClient,
) -> None:
    """Every point of a call on a kept-alive connection where a handler may run, one call
    each: the next call answered (before: a pool's or connection's lock left held, and it
    waited for good, as did close(); or a connection half way to idle failed it)."""
    assert client.threads.count() == 3  # (a connection to keep alive)
    points = 0
    while True:
        tracer = InterruptAt(points + 1)
        sys.settrace(tracer)
        try:
            client.threads.count()
        except Interrupted:
            pass
        else:
            break  # (every point met)
        finally:
            sys.settrace(None)
        points += 1
        assert answers_in_time(client), f"no answer after an interrupt at {tracer.where}"
        # Nor was its place in front of the pool lost (every call waited its pool timeout
        # once all were).
        assert client._http.admission.in_use == 0, f"a place lost at {tracer.where}"
    assert points > 300  # (the tracer met the call's code)
    # None left a request in the pool for good (answers lost unclosed go once collected).
    gc.collect()
    assert client.threads.count() == 3
    assert pool_of(client)._requests == []


def test_an_answer_dropped_unclosed_lets_its_request_go(
    server: Served, client: SyncLangGraphClient
) -> None:
    """As one lost to an interrupt between the pool and the code that closes it: with one
    connection, the next call waited out its pool timeout, and every call after it."""
    pool = pool_of(client)
    pool._max_connections = 1
    http: Any = client.http_client
    request = http.build_request("POST", f"{server.url}/threads/count", json={})
    response = http.send(request, stream=True)
    assert len(pool._requests) == 1
    del response
    gc.collect()
    assert client.threads.count() == 3
    assert (pool._requests, len(pool._connections)) == ([], 1)
    assert server.connections == 2  # (the dropped answer's, half read, closed)


def test_a_sync_pool_and_its_connections_lock_with_threadings_own_locks(
    client: SyncLangGraphClient,
) -> None:
    client.threads.count()
    pool = pool_of(client)
    (connection,) = pool._connections
    lock_type = type(threading.Lock())
    assert type(pool._optional_thread_lock) is lock_type
    assert type(connection._request_lock) is lock_type
    assert type(connection._connection._state_lock) is lock_type


def test_an_idle_connection_between_two_states_is_closed_not_used(
    server: Served, client: SyncLangGraphClient
) -> None:
    """Idle to httpcore, not to h11 (an interrupt as its last answer closed): the next request
    sent on it failed with h11's own error (an AssertionError)."""
    assert client.threads.count() == 3
    (connection,) = pool_of(client)._connections
    connection._connection._h11_state._writer = None  # (h11 stopped before its last step)
    assert client.threads.count() == 3
    assert server.connections == 2
    assert connection.is_closed()
    assert client.threads.count() == 3
    assert server.connections == 2  # (the new one kept alive)


def test_an_async_answer_dropped_unclosed_lets_its_request_go(server: Served) -> None:
    """As a sync one (a KeyboardInterrupt raised in a running event loop: a notebook's)."""

    async def scenario() -> None:
        async with get_client(url=server.url, api_key=None, max_retries=0) as client:
            assert await client.threads.count() == 3
            pool = pool_of(client)
            pool._max_connections = 1
            http: Any = client.http_client
            request = http.build_request("POST", f"{server.url}/threads/count", json={})
            response = await http.send(request, stream=True)
            assert len(pool._requests) == 1
            del response
            gc.collect()
            assert await client.threads.count() == 3
            assert (list(pool._requests), len(pool._connections)) == ([], 1)

    asyncio.run(scenario())
    assert server.connections == 2  # (the dropped answer's, half read, closed)


def test_an_interrupt_as_a_pool_queues_a_request_leaves_none_behind(
    server: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between httpcore's pool queueing a request and the ``try`` that takes it out on any
    failure (as the async pool's no-op lock is left): kept, it held a connection for good."""
    from httpcore._synchronization import AsyncThreadLock

    armed: list[Any] = []
    left = AsyncThreadLock.__exit__

    def exit_interrupted(self: Any, *details: Any) -> None:
        left(self, *details)
        pools = [pool for pool in armed if pool._requests]
        if pools and details[0] is None:  # (as the request was queued)
            armed.clear()
            raise Interrupted

    monkeypatch.setattr(AsyncThreadLock, "__exit__", exit_interrupted)

    async def scenario() -> None:
        async with get_client(url=server.url, api_key=None, max_retries=0) as client:
            assert await client.threads.count() == 3
            pool = pool_of(client)
            armed.append(pool)
            with pytest.raises(Interrupted):
                await client.threads.count()
            assert armed == []  # (it was raised there)
            assert list(pool._requests) == []
            assert await client.threads.count() == 3

    asyncio.run(scenario())
