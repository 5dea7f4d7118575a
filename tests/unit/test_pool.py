"""The pass of the pools this package makes (``_pool.assign``), on stand-in connections and
requests: what it closes, keeps and hands out, and which pools get it."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import httpcore
import httpx
import pytest
from packaging.version import Version

from langgraph_threads_client import APIError, _pool, get_client, get_sync_client
from tests.sockets import serving
from tests.unit.test_client import THREAD

ORIGIN = httpcore.URL("http://server.test/threads").origin
OTHER_ORIGIN = httpcore.URL("http://other.test/").origin


@dataclass(eq=False)
class Connection:
    """A stand-in HTTP/1.1 connection in one state."""

    state: str = "idle"  # "idle", "active", "connecting", "closed"
    origin: httpcore.Origin = field(default_factory=lambda: ORIGIN)
    expired: bool = False
    polls: int = 0

    def is_closed(self) -> bool:
        return self.state == "closed"

    def has_expired(self) -> bool:
        self.polls += 1  # (httpcore polls the socket of an idle connection here)
        return self.expired

    def is_idle(self) -> bool:
        return self.state == "idle"

    def is_available(self) -> bool:
        return self.state == "idle"

    def can_handle_request(self, origin: httpcore.Origin) -> bool:
        return origin == self.origin


@dataclass(eq=False)
class Request:
    connection: Any = None
    request: httpcore.Request = field(
        default_factory=lambda: httpcore.Request("GET", "http://server.test/threads")
    )

    def assign_to_connection(self, connection: Any) -> None:
        assert self.connection is None
        self.connection = connection


@dataclass(eq=False)
class Pool:
    _connections: list[Any]
    _requests: list[Any]
    _max_connections: int = 100
    _max_keepalive_connections: int = 100
    created: list[Connection] = field(default_factory=list)

    def create_connection(self, origin: httpcore.Origin) -> Connection:
        connection = Connection(state="connecting", origin=origin)
        self.created.append(connection)
        return connection


def test_a_connection_handed_to_a_call_not_started_on_it_is_left_alone() -> None:
    # httpx's own pass takes it for an idle connection: it gives it to the next call too,
    # closes it as a surplus or to make room, or polls its socket as its answer arrives.
    handed = Connection()
    waiting = Request(connection=handed)  # assigned by an earlier pass, not started yet
    new = Request()
    pool = Pool([handed], [waiting, new], _max_keepalive_connections=0)
    closing = _pool.assign(pool)
    assert closing == []
    assert handed.polls == 0
    assert new.connection is not handed
    assert new.connection is pool.created[0]
    assert pool._connections == [handed, pool.created[0]]


def test_each_waiting_call_gets_a_connection_of_its_own() -> None:
    idle = [Connection(), Connection()]
    calls = [Request() for _ in range(4)]
    pool = Pool(list(idle), calls, _max_connections=3)
    assert _pool.assign(pool) == []
    assert [call.connection for call in calls] == [idle[0], idle[1], pool.created[0], None]
    assert len(pool._connections) == 3  # the fourth waits for the next pass


def test_surplus_means_idle_connections_beyond_those_kept_alive() -> None:
    # httpx's pass counts busy connections too: with two busy ones, it would close both idle.
    busy = [Connection(state="active"), Connection(state="active")]
    idle = [Connection(), Connection(), Connection()]
    held_idle = Connection()
    pool = Pool(
        [*busy, *idle, held_idle],
        [Request(connection=busy[0]), Request(connection=busy[1]), Request(held_idle)],
        _max_keepalive_connections=1,
    )
    assert _pool.assign(pool) == idle[:2]  # the longest kept go first
    assert pool._connections == [*busy, idle[2], held_idle]


def test_closed_and_expired_connections_leave_the_pool() -> None:
    closed, expired, fresh = Connection(state="closed"), Connection(expired=True), Connection()
    pool = Pool([closed, expired, fresh], [])
    assert _pool.assign(pool) == [expired]
    assert pool._connections == [fresh]
    assert closed.polls == 0  # (closed: nothing to poll)


def test_a_full_pool_closes_an_idle_connection_to_another_origin_to_make_room() -> None:
    elsewhere = Connection(origin=OTHER_ORIGIN)
    busy = Connection(state="active")
    call = Request()
    pool = Pool([elsewhere, busy], [Request(connection=busy), call], _max_connections=2)
    assert _pool.assign(pool) == [elsewhere]
    assert call.connection is pool.created[0]
    assert pool._connections == [busy, pool.created[0]]


def test_a_full_pool_of_busy_connections_keeps_the_call_waiting() -> None:
    busy = Connection(state="active")
    call = Request()
    pool = Pool([busy], [Request(connection=busy), call], _max_connections=1)
    assert _pool.assign(pool) == []
    assert call.connection is None
    assert pool.created == []


def test_a_connection_no_call_holds_that_is_not_idle_leaves_the_pool() -> None:
    # Left by a call cancelled after it was handed a new connection (before it connected), or
    # while its connection closed (encode/httpcore#1093): kept, each would hold a place for good.
    orphans = [Connection(state="connecting"), Connection(state="active")]
    held = Connection(state="active")
    pool = Pool([*orphans, held], [Request(connection=held)])
    assert _pool.assign(pool) == orphans
    assert pool._connections == [held]


@pytest.mark.parametrize(
    ("transport_class", "pool_class"),
    [
        (httpx.HTTPTransport, httpcore.ConnectionPool),
        (httpx.AsyncHTTPTransport, httpcore.AsyncConnectionPool),
    ],
)
def test_the_pools_made_here_run_the_pass_with_httpx_settings(
    transport_class: Any, pool_class: Any
) -> None:
    limits = httpx.Limits(max_connections=7, max_keepalive_connections=3, keepalive_expiry=2.0)
    pool: Any = _pool.sparing(transport_class, limits=limits)._pool
    assert isinstance(pool, pool_class)
    assert type(pool) is not pool_class
    assert (
        type(pool)._assign_requests_to_connections is not pool_class._assign_requests_to_connections
    )
    assert (pool._max_connections, pool._max_keepalive_connections) == (7, 3)
    assert pool._keepalive_expiry == 2.0
    # HTTP/2 serves many requests on one connection: its pool keeps httpx's pass.
    http2_pool: Any = _pool.sparing(transport_class, http2=True)._pool
    assert type(http2_pool) is pool_class


def test_a_pool_of_another_make_is_left_as_it_is() -> None:
    class Transport:
        def __init__(self) -> None:
            self._pool = httpcore.ConnectionPool()
            del self._pool._requests  # (a version whose state is not what the pass reads)

    assert type(_pool.sparing(Transport)._pool) is httpcore.ConnectionPool


def test_get_client_and_get_sync_client_make_pools_that_run_the_pass() -> None:
    sparing_classes = _pool._sparing_classes()
    with get_sync_client(url="http://server.test") as client:
        pool = client.http_client._transport._pool  # type: ignore[attr-defined]
        assert type(pool) is sparing_classes[httpcore.ConnectionPool]
    async_client = get_client(url="http://server.test")
    pool = async_client.http_client._transport._pool  # type: ignore[attr-defined]
    assert type(pool) is sparing_classes[httpcore.AsyncConnectionPool]


def test_one_idle_connection_beyond_those_kept_alive_is_closed_with_the_expired_ones() -> None:
    expired = Connection(expired=True)
    idle = [Connection(), Connection()]
    pool = Pool([expired, *idle], [], _max_keepalive_connections=1)
    assert _pool.assign(pool) == [expired, idle[0]]  # both closed, neither left unclosed
    assert pool._connections == [idle[1]]


def test_a_new_connection_is_for_the_origin_of_the_call_that_needs_it() -> None:
    call = Request(request=httpcore.Request("GET", "http://other.test/threads"))
    pool = Pool([Connection()], [call])  # (an idle connection, to another origin)
    _pool.assign(pool)
    assert [connection.origin for connection in pool.created] == [OTHER_ORIGIN]
    assert call.connection is pool.created[0]


def test_a_transport_without_a_pool_or_a_pool_without_its_http2_flag_is_left_as_it_is() -> None:
    assert isinstance(_pool.sparing(httpx.MockTransport, handler=None), httpx.MockTransport)

    class NoHTTP2Flag(httpx.HTTPTransport):
        def __init__(self) -> None:
            super().__init__()
            del self._pool._http2  # (a pool that may speak HTTP/2, for all the pass knows)

    assert type(_pool.sparing(NoHTTP2Flag)._pool) is httpcore.ConnectionPool


# What each connection of a mock network answers, in turn: three empty objects.
ANSWERS = [b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"] * 3


def test_a_sync_pool_made_here_serves_calls_through_the_pass() -> None:
    transport: Any = _pool.sparing(httpx.HTTPTransport)
    transport._pool._network_backend = httpcore.MockBackend(ANSWERS)
    with httpx.Client(transport=transport) as client:
        answers = [client.get("http://server.test/threads").json() for _ in range(3)]
        assert answers == [{}, {}, {}]
        assert len(transport._pool.connections) == 1  # one connection, kept and used again


def test_an_async_pool_made_here_serves_calls_through_the_pass() -> None:
    async def scenario() -> list[Any]:
        transport: Any = _pool.sparing(httpx.AsyncHTTPTransport)
        transport._pool._network_backend = httpcore.AsyncMockBackend(ANSWERS)
        async with httpx.AsyncClient(transport=transport) as client:
            answers = [(await client.get("http://server.test/threads")).json() for _ in range(3)]
            assert len(transport._pool.connections) == 1
            return answers

    assert asyncio.run(scenario()) == [{}, {}, {}]


CLOSING_ANSWER = (
    b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n"
    b"Content-Length: 2\r\n\r\n{}"
)
URL = "http://server.test/threads"


def test_a_call_cancelled_before_its_new_connection_opened_leaves_none_behind() -> None:
    async def scenario() -> tuple[list[Any], list[Any], Any]:
        limits = httpx.Limits(max_connections=1)
        transport: Any = _pool.sparing(httpx.AsyncHTTPTransport, limits=limits)
        pool = transport._pool
        pool._network_backend = httpcore.AsyncMockBackend([CLOSING_ANSWER] * 2)
        async with httpx.AsyncClient(transport=transport) as client:
            first = await client.send(client.build_request("GET", URL), stream=True)
            second = asyncio.create_task(client.get(URL))
            await asyncio.sleep(0)  # (it waits for the pool's one connection)
            # The first closes its connection ("Connection: close"): the pass makes a new one
            # for the second, cancelled before it runs again.
            await first.aclose()
            second.cancel()
            with pytest.raises(asyncio.CancelledError):
                await second
            left = (list(pool.connections), list(pool._requests))
            pool._network_backend = httpcore.AsyncMockBackend([CLOSING_ANSWER])
            return (*left, (await client.get(URL)).json())

    connections, requests, answer = asyncio.run(scenario())
    assert (connections, requests, answer) == ([], [], {})


class SlowToCloseBackend(httpcore.AsyncMockBackend):
    """Connections whose sockets take a while to close: a call can be cancelled there."""

    closing: asyncio.Event

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        stream = await super().connect_tcp(*args, **kwargs)

        async def slow_close() -> None:
            self.closing.set()
            await asyncio.sleep(1)

        stream.aclose = slow_close  # type: ignore[method-assign]
        return stream


def test_a_call_cancelled_while_its_connection_closes_leaves_no_request_in_the_pool() -> None:
    # httpcore lets the request go after the connection's closing, which anyio's shield does
    # not keep from a task's cancel(): it stayed in the pool, holding a place, for good.
    async def scenario() -> tuple[list[Any], Any]:
        limits = httpx.Limits(max_connections=1)
        transport: Any = _pool.sparing(httpx.AsyncHTTPTransport, limits=limits)
        pool = transport._pool
        backend = pool._network_backend = SlowToCloseBackend([CLOSING_ANSWER])
        backend.closing = asyncio.Event()
        async with httpx.AsyncClient(transport=transport) as client:
            call = asyncio.create_task(client.get(URL))
            await backend.closing.wait()  # (its answer read, its connection closing)
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            left = list(pool._requests)
            pool._network_backend = httpcore.AsyncMockBackend([CLOSING_ANSWER])
            answer = await asyncio.wait_for(client.get(URL), 5)
            return left, answer.json()

    assert asyncio.run(scenario()) == ([], {})


@pytest.mark.parametrize(
    ("make_client", "http_client", "never_loaded"),
    [
        ("get_sync_client", "httpx.Client", ("httpcore", "anyio")),
        # (The async client runs on anyio itself: only httpcore is spared.)
        ("get_client", "httpx.AsyncClient", ("httpcore",)),
    ],
)
def test_a_client_on_the_callers_http_client_never_imports_httpcore(
    make_client: str, http_client: str, never_loaded: tuple[str, ...]
) -> None:
    # httpcore is a fifth of this package's import time; a script that hands the client its
    # own httpx client (here on a MockTransport, which never needs it) should not pay for it.
    # (httpx before 0.28 imports httpcore itself: what it loads is not this package's doing.)
    def loaded(with_client: bool) -> list[str]:
        script = (
            "import sys, httpx\n"
            + (f"from langgraph_threads_client import {make_client}\n" if with_client else "")
            + "answer = httpx.MockTransport(lambda request: httpx.Response(200, json={}))\n"
            + f"http = {http_client}(transport=answer)\n"
            + (
                f"{make_client}(url='http://server.test', http_client=http).threads\n"
                if with_client
                else ""
            )
            + f"print(*sorted(m for m in sys.modules if m.split('.')[0] in {never_loaded!r}))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        return result.stdout.split()

    by_httpx = loaded(with_client=False)
    assert sorted(set(loaded(with_client=True)) - set(by_httpx)) == []
    if Version(httpx.__version__) >= Version("0.28"):
        assert by_httpx == []  # (so the package loads none at all)


def closing_after_server_error(connection: socket.socket, number: int) -> None:
    """Answers its first connection's request with a 500 and closes that connection only 0.3 s
    later, unread (as uvicorn does once it has logged an unhandled error: a request sent on it
    meanwhile is reset); every other with a thread."""
    connection.recv(65536)
    if number == 1:
        connection.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")
        time.sleep(0.3)
        return
    body = json.dumps(THREAD).encode()
    connection.sendall(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body) + body
    )
    connection.recv(65536)  # (until the client closes)


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_a_connection_that_answered_a_server_error_is_not_used_again(sync: bool) -> None:
    # A create (not safe to repeat: not retried) right after a 500 went out on the
    # connection the server was about to close, and failed reset.
    outcomes: list[str] = []

    def record(call: Callable[[], object]) -> None:
        try:
            outcomes.append(type(call()).__name__)
        except APIError as error:
            outcomes.append(type(error).__name__)

    with serving(closing_after_server_error) as server:
        if sync:
            with get_sync_client(url=server.url, api_key=None, max_retries=0) as client:
                record(client.threads.create)
                record(client.threads.create)
        else:

            async def scenario() -> None:
                async with get_client(url=server.url, api_key=None, max_retries=0) as client:
                    for _ in range(2):
                        try:
                            outcomes.append(type(await client.threads.create()).__name__)
                        except APIError as error:
                            outcomes.append(type(error).__name__)

            asyncio.run(scenario())
    assert outcomes == ["InternalServerError", "Thread"]
    assert server.connections == 2


class _Stream:
    def __init__(self, sock: object) -> None:
        self.sock = sock

    def get_extra_info(self, info: str) -> object:
        return self.sock if info == "socket" else None


def _connection_on(stream: object) -> SimpleNamespace:
    return SimpleNamespace(_connection=SimpleNamespace(_network_stream=stream))


@pytest.mark.parametrize(
    "connection",
    [
        None,  # (a request waiting for a connection)
        SimpleNamespace(_connection=None),  # (still connecting)
        SimpleNamespace(),  # (another pool's connection)
        _connection_on(object()),  # (a network stream that tells no socket)
        _connection_on(_Stream(None)),
        _connection_on(_Stream("not a socket")),
    ],
    ids=["none", "connecting", "other", "no get_extra_info", "no socket", "not a socket"],
)
def test_a_close_shuts_down_only_what_has_a_socket(connection: object) -> None:
    _pool._shut_down(connection)  # (nothing to shut down: no error)


def test_a_close_shuts_a_socket_down_and_takes_one_already_closed() -> None:
    left, right = socket.socketpair()
    with left, right:
        _pool._shut_down(_connection_on(_Stream(left)))
        assert right.recv(1) == b""  # (the other end reads the end)
        left.close()
        _pool._shut_down(_connection_on(_Stream(left)))  # (OSError: bad file descriptor)


def test_only_a_server_errors_connection_is_marked_not_to_be_used_again() -> None:
    def answered(status: int, connection: object) -> SimpleNamespace:
        stream = SimpleNamespace(_pool_request=SimpleNamespace(connection=connection))
        return SimpleNamespace(status=status, stream=stream)

    for status, marked in ((499, False), (500, True), (503, True)):
        connection = SimpleNamespace()
        _pool.note_server_error(answered(status, connection))
        assert getattr(connection, _pool.SERVER_ERROR, False) is marked
    # Bodies of other streams (no pool request, or one without a connection): nothing to mark.
    _pool.note_server_error(SimpleNamespace(status=500, stream=object()))
    _pool.note_server_error(SimpleNamespace(status=500, stream=SimpleNamespace(_pool_request=1)))
    _pool.note_server_error(answered(500, None))


def test_a_connection_sends_by_its_classs_method_as_it_is_at_each_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A mock that patches httpcore's connection class for a while (respx's) takes the calls
    made meanwhile on connections opened before, and leaves those opened meanwhile working
    once it stops, as with httpx's own pool."""
    from tests.unit.test_interrupts import answering_each_request

    real = httpcore.HTTPConnection.handle_request
    mocked: list[str] = []

    def mock(self: httpcore.HTTPConnection, request: httpcore.Request) -> httpcore.Response:
        # (As respx's once stopped: it has no answer for a call made after.)
        assert httpcore.HTTPConnection.handle_request is mock, "called after the mock stopped"
        mocked.append(request.url.target.decode())
        return real(self, request)

    with (
        serving(answering_each_request) as served,
        get_sync_client(url=served.url, api_key=None, max_retries=0) as client,
    ):
        assert client.threads.count() == 3  # (a connection opened before the mock)
        with monkeypatch.context() as patched:
            patched.setattr(httpcore.HTTPConnection, "handle_request", mock)
            assert client.threads.count() == 3
        assert mocked == ["/threads/count"]
        with get_sync_client(url=served.url, api_key=None, max_retries=0) as other:
            with monkeypatch.context() as patched:
                patched.setattr(httpcore.HTTPConnection, "handle_request", mock)
                assert other.threads.count() == 3  # (a connection opened under the mock)
            assert other.threads.count() == 3
        assert mocked == ["/threads/count"] * 2
