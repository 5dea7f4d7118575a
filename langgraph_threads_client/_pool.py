"""The connection pools of the clients this package makes: httpx's, with its assignment pass
replaced.

httpx's pool (httpcore 1.0.9) runs a pass over its connections and requests on every change
of state (a request arriving, a response closing): it drops connections that are closed,
expired or surplus, then gives each waiting request a connection. Two flaws of that pass
cost this package's clients dearly:

- It takes a connection it has assigned to a request, whose request has not started on it
  yet, for an idle one. A second request is assigned the same connection (and, finding it
  busy, goes round again: 4,000 such retries for a burst of 1,000 calls on a pool keeping 100
  connections); or the connection is closed as a surplus or to make room under the request
  it was handed to; or its socket is polled for a server's disconnect just as that request's
  answer arrives, and closed under its reader (encode/httpcore#1110: ``Bad file descriptor``,
  or a call waiting out its read timeout).
- It counts every connection, busy ones included, against ``max_keepalive_connections``, once
  for each idle connection: a pass costs (idle connections x connections), 3.4 million checks
  for that burst, which then took three times as long as on a pool keeping 20 alive.

``assign`` does the same job in one pass over the connections and one over the requests, and
never touches a connection a request holds: it is neither polled, closed nor handed out
again until that request leaves the pool. Surplus means idle connections beyond
``max_keepalive_connections``, as httpx documents the limit. A pool of another version, or
one that may speak HTTP/2 (where one connection serves many requests), is left as it is.

Calls cancelled at the wrong moment (a task's ``cancel()``, as ``asyncio.wait_for`` does)
left connections and requests in httpx's pool that nothing would take out, each holding a
place until the pool was full for good (encode/httpcore#1093): ``assign`` closes a connection
no request holds unless it is idle, and an async pool's answers let their request go however
their closing ends (``_Releasing``).

The async pool also serves every event loop that uses it, one after another or at once, its
connections closed in the loop that opened them (``_loops``).
"""

from __future__ import annotations

import contextlib
import functools
import socket
import sys
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

if TYPE_CHECKING:
    import httpcore

__all__ = [
    "SERVER_ERROR",
    "Requests",
    "assign",
    "in_trio_task",
    "note_server_error",
    "running_loop",
    "sparing",
]


class _Connection(Protocol):
    def is_closed(self) -> bool: ...
    def has_expired(self) -> bool: ...
    def is_idle(self) -> bool: ...
    def is_available(self) -> bool: ...
    def can_handle_request(self, origin: httpcore.Origin) -> bool: ...


class _PoolState(Protocol):
    """What ``assign`` reads and writes of an httpcore 1.0 connection pool."""

    _connections: list[Any]
    _requests: list[Any]
    _max_connections: int
    _max_keepalive_connections: int

    def create_connection(self, origin: httpcore.Origin) -> Any: ...


# Set on a connection that answered a server error (see note_server_error).
SERVER_ERROR: Final = "_answered_server_error"


def note_server_error(response: Any) -> None:
    """Mark the connection of ``response`` (an httpcore response of a pool here) not to be used
    again once the response is closed, where it is a server error (5xx): the pool's pass
    closes it. uvicorn (the server of ``langgraph dev``, LangGraph's API and Aegra) closes the
    connection of an unhandled error's 500 after it has logged the error, and a request sent
    on it meanwhile was reset (a call not safe to repeat failed, its request unread)."""
    if response.status >= 500:
        connection = _connection_of(response)
        if connection is not None:
            setattr(connection, SERVER_ERROR, True)


def _connection_of(response: Any) -> Any:
    """The connection that answered ``response`` (an httpcore response of a pool here)."""
    return getattr(getattr(response.stream, "_pool_request", None), "connection", None)


# The locks of httpcore's sync connections (httpcore's wrappers of threading's).
_LOCK_NAMES: Final = ("_request_lock", "_connect_lock", "_state_lock")
_C_LOCK: Final = type(threading.Lock())


def _answered_on(pool: Any, connection: Any, request: Any) -> Any:
    """A sync pool's ``connection``'s answer to ``request``, noted in the pool.

    A signal's handler (Ctrl-C's KeyboardInterrupt) that raises once the connection has
    answered, before the code that would close the answer has it (the pool's, httpx's, this
    package's), loses the answer unclosed: its request stayed in the pool, holding its
    connection, for good (one interrupted call in about fifteen; a hundred, and every call
    waited out its pool timeout). Its body noted (a weak reference), the request leaves at
    the pool's pass after the body is gone. Noted by a callback of C: one of Python, which the
    collector may run anywhere, could take a Ctrl-C meant for the caller, or wait for the
    pool's lock its own thread holds."""
    # (Its class's method as it is now: a mock patches the class for a while, respx's say.)
    answer = type(connection).handle_request(connection, request)
    pool._answered[weakref.ref(answer.stream, pool._dropped.append)] = request
    return answer


async def _answered_on_async(pool: Any, connection: Any, request: Any) -> Any:
    """An async pool's ``connection``'s answer to ``request``, noted in the pool as
    ``_answered_on`` notes a sync one's (a KeyboardInterrupt raised in a running event loop,
    a notebook's interrupt, loses an answer the same way)."""
    answer = await type(connection).handle_async_request(connection, request)
    pool._answered[weakref.ref(answer.stream, pool._dropped.append)] = request
    return answer


def _forget_dropped(pool: Any) -> None:
    """Let the requests whose answers were dropped unclosed leave the pool (called under its
    lock, in its pass): their connections, half read, are closed by the pass."""
    answered, dropped = pool._answered, pool._dropped
    while dropped:
        _take_out(pool._requests, answered.pop(dropped.pop(), None))


def _drop_left_behind(pool: Any, request: Any) -> None:
    """Take ``request`` out of the pool where an exception left it there: a signal's handler
    (Ctrl-C's KeyboardInterrupt) that raised as httpcore's pool had queued it, before the
    ``try`` that takes it out on any failure; kept, it would hold a connection for good."""
    with pool._optional_thread_lock:
        _take_out(pool._requests, request)


def _take_out(requests: list[Any], request: Any) -> None:
    """Take the pool's requests for ``request`` (an httpcore request) out of ``requests``."""
    for left in [each for each in requests if each.request is request]:
        requests.remove(left)


def locks_of_c(connection: Any) -> None:
    """Give ``connection`` (of a sync pool, held by one request or none) and the connections
    it wraps threading's own locks in place of httpcore's wrappers of them.

    A wrapper's acquire and release run in Python code of their own, where a signal's
    handler (Ctrl-C's KeyboardInterrupt, a timeout's alarm) may raise with the lock held: a
    pool's, and every later call of the client and its close() waited for it for good; a
    connection's, and the next request on it did. A lock of C leaves a handler no place
    between the two: a ``with`` block releases it however its body ends."""
    while connection is not None:
        for name in _LOCK_NAMES:
            lock = getattr(connection, name, None)
            if lock is not None and type(lock) is not _C_LOCK:
                setattr(connection, name, threading.Lock())
        connection = getattr(connection, "_connection", None)


def assign(pool: _PoolState) -> list[Any]:
    """The pool's pass (called under its lock): connections closed, expired or surplus leave
    it, each waiting request gets a connection of its own if one can be had; returns the
    connections to close (the pool closes them outside its lock)."""
    held = {id(request.connection) for request in pool._requests}
    closing: list[_Connection] = []
    kept: list[_Connection] = []
    idle: list[_Connection] = []
    for connection in pool._connections:
        if connection.is_closed():
            continue
        if id(connection) not in held:
            if (
                connection.has_expired()
                or not connection.is_idle()
                or getattr(connection, SERVER_ERROR, False)
            ):
                # (Busy or still connecting, yet no request holds it: its request was
                # cancelled and left it half-used, encode/httpcore#1093. Kept, it would
                # hold a place for good. One that answered a server error: see
                # note_server_error.)
                closing.append(connection)
                continue
            idle.append(connection)
        kept.append(connection)
    surplus = len(idle) - pool._max_keepalive_connections
    if surplus > 0:  # (the longest-kept go first)
        closing += idle[:surplus]
        del idle[:surplus]
        kept = [connection for connection in kept if connection not in closing]
    for request in pool._requests:
        if request.connection is not None:
            continue
        origin = request.request.url.origin
        connection = _idle_for(origin, idle, kept, closing)
        if connection is None:
            if len(kept) >= pool._max_connections:
                if not idle:
                    continue  # (it waits for the next pass)
                # Full, with idle connections to other origins: one makes room.
                making_room = idle.pop(0)
                kept.remove(making_room)
                closing.append(making_room)
            connection = pool.create_connection(origin)
            kept.append(connection)
        request.assign_to_connection(connection)
    pool._connections = kept
    return closing


def _idle_for(origin: httpcore.Origin, idle: list[Any], kept: list[Any], closing: list[Any]) -> Any:
    """An idle connection to ``origin``, taken out of ``idle`` (one request per HTTP/1.1
    connection), or None. One whose HTTP/1.1 state is not idle with it is closed instead (out
    of ``kept``, into ``closing``): a signal's handler (Ctrl-C) that raised as its last answer
    was closed, between httpcore's state and h11's, left it so, and the next request sent on
    it failed with h11's own error."""
    index = 0
    while index < len(idle):
        connection = idle[index]
        if connection.can_handle_request(origin) and connection.is_available():
            del idle[index]
            h11_state = getattr(getattr(connection, "_connection", None), "_h11_state", None)
            if h11_state is None or (
                h11_state.our_state is h11_state.their_state is _h11_idle()
                and h11_state._writer is not None  # (set last as h11 goes idle)
            ):
                return connection
            kept.remove(connection)
            closing.append(connection)
        else:
            index += 1
    return None


def _h11_idle() -> Any:
    return sys.modules["h11"].IDLE  # (imported by httpcore's HTTP/1.1 connections)


@functools.cache
def _sparing_classes() -> dict[type, type]:
    """httpcore's pool classes, each with the subclass that runs ``assign``: made when a
    transport is first made (which imports httpcore), so that a script handing the client its
    own ``httpx.Client`` never imports httpcore (a fifth of this package's import time)."""
    import httpcore

    class _SparingPool(httpcore.ConnectionPool):
        # Each answer's request, by a weak reference to the answer's body as its connection
        # gave it; and those references once their bodies are gone (see _answered_on).
        _answered: dict[weakref.ref[Any], httpcore.Request]
        _dropped: list[weakref.ref[Any]]

        def _take_over(self) -> None:
            self._optional_thread_lock = threading.Lock()  # type: ignore[assignment]  # (locks_of_c)
            self._answered, self._dropped = {}, []

        def _assign_requests_to_connections(self) -> list[httpcore.ConnectionInterface]:
            _forget_dropped(self)
            return assign(self)

        def create_connection(self, origin: httpcore.Origin) -> httpcore.ConnectionInterface:
            connection = super().create_connection(origin)
            locks_of_c(connection)  # (its lock around connecting, in its first request)
            connection.handle_request = functools.partial(  # type: ignore[method-assign]
                _answered_on, self, connection
            )
            return connection

        def handle_request(self, request: httpcore.Request) -> httpcore.Response:
            try:
                response = super().handle_request(request)
            except BaseException:
                _drop_left_behind(self, request)
                raise
            note_server_error(response)
            # (Made as its first request connected it: the HTTP/1.1 connection's state lock.)
            locks_of_c(_connection_of(response))
            return response

        def close(self) -> None:
            # A thread reading from a socket that another thread closes is not woken by the
            # close (on Linux it reads on until its read timeout: up to 300 s, or for ever);
            # shut down first, the socket ends its read at once, as the async client's do.
            with self._optional_thread_lock:
                in_flight = [request.connection for request in self._requests]
            for connection in in_flight:
                _shut_down(connection)
            super().close()

    class _SparingAsyncPool(httpcore.AsyncConnectionPool):
        # The event loop its connections belong to, what closes them as it ends, and the
        # pools of other loops running at the same time, by loop (_loops).
        _loop: Any = None
        _loop_end: Any = None
        _others: Any = None
        # The connections of the loop it serves that it let go of to another loop: closed by
        # ``_loop_end`` as that loop ends (_loops).
        _left_behind: Any = None

        # As the sync pool's (see _answered_on_async).
        _answered: dict[weakref.ref[Any], httpcore.Request]
        _dropped: list[weakref.ref[Any]]

        def _take_over(self) -> None:
            self._answered, self._dropped = {}, []

        def _assign_requests_to_connections(self) -> list[httpcore.AsyncConnectionInterface]:
            _forget_dropped(self)
            return assign(self)

        def create_connection(self, origin: httpcore.Origin) -> httpcore.AsyncConnectionInterface:
            connection = super().create_connection(origin)
            connection._loop = self._loop  # type: ignore[attr-defined]  # (its loop: _loops)
            connection.handle_async_request = functools.partial(  # type: ignore[method-assign]
                _answered_on_async, self, connection
            )
            return connection

        async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
            loop = running_loop()
            if loop is not self._loop:
                from . import _loops

                pool = await _loops.pool_for(self, loop)
                if pool is not self:
                    return await pool.handle_async_request(request)  # type: ignore[no-any-return]
            request._loop_id = id(loop)  # type: ignore[attr-defined]  # (_loops.let_go)
            try:
                response = await super().handle_async_request(request)
            except BaseException:
                _drop_left_behind(self, request)
                raise
            note_server_error(response)
            response.stream = _Releasing(response.stream, self)
            return response

        async def aclose(self) -> None:
            from . import _loops

            if await _loops.close_for(self, running_loop()):
                await super().aclose()
            # (else another loop's, running in another thread: closed as that loop ends)

    return {
        httpcore.ConnectionPool: _SparingPool,
        httpcore.AsyncConnectionPool: _SparingAsyncPool,
    }


def _shut_down(connection: Any) -> None:
    """Shut down the socket of ``connection`` (an httpcore connection of a sync pool) for
    reading and writing, where it has one (not yet connected: none)."""
    stream = getattr(getattr(connection, "_connection", None), "_network_stream", None)
    get_extra_info = getattr(stream, "get_extra_info", None)
    sock = get_extra_info("socket") if get_extra_info is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):  # (closed already, or never connected)
            sock.shutdown(socket.SHUT_RDWR)


class Requests(list[Any]):
    """A pool's requests, from which a request leaves once, however many let it go.

    Two closings of one async response's body may overlap: its iterator's (which an event
    loop closes as it ends, with every async generator still open) and the response's, where
    ``_Releasing`` lets the request go at once, while the other may still be closing the
    connection; httpcore's removal after that raised ``ValueError`` (logged by asyncio as
    "an error occurred during closing of asynchronous generator", a stream in three).
    """

    __slots__ = ()

    def remove(self, value: Any) -> None:
        if value in self:
            super().remove(value)


class _Releasing:
    """The body of an async pool's response, which lets the pool's request go however its
    closing ends.

    httpcore's (``PoolByteStream``) lets it go after the connection's own closing, shielded
    from anyio's and trio's cancellations but not from a task's ``cancel()``: a call cancelled
    there left its request in the pool, holding a connection, for good (100 connections were
    held so after about 500 rounds of 30 calls cancelled at random moments).
    """

    __slots__ = ("_pool", "_stream")

    def __init__(self, stream: Any, pool: Any) -> None:
        self._stream = stream
        self._pool = pool

    def __aiter__(self) -> Any:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            pool = self._pool
            left = getattr(self._stream, "_pool_request", None)
            closing: list[Any] = []
            with pool._optional_thread_lock:
                if left is not None and left in pool._requests:
                    pool._requests.remove(left)
                    closing = assign(pool)  # (its connection, half closed, among them)
            if closing:
                await pool._close_connections(closing)


def running_loop() -> Any:
    """The running event loop: asyncio's, or in a trio task the run (``_trio.TrioRun``, the
    same object for the whole run); None outside both. Neither is imported here (this module
    is a sync script's too): a loop of one runs only where it is imported already."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            if "trio" not in sys.modules or not in_trio_task():
                return loop
    if "trio" in sys.modules:
        return _trio().current_run()
    return None


def in_trio_task() -> bool:
    """Whether this call runs under trio, as sniffio tells (httpcore asks sniffio to pick a
    connection's locks). Asked where asyncio reports a loop running too: in a trio run hosted
    by an asyncio loop (trio's guest mode), whose tasks run in that loop's callbacks, and
    under trio-asyncio, which runs an asyncio loop inside a trio run (and tells sniffio which
    of the two each piece of code runs under). Only sniffio's first two checks: its third,
    for asyncio, costs a microsecond a call."""
    sniffio = sys.modules.get("sniffio") if "trio" in sys.modules else None  # (trio's)
    if sniffio is None:
        return False
    name: str | None = sniffio.thread_local.name
    if name is None:
        name = sniffio.current_async_library_cvar.get()
    return name == "trio"


@functools.cache
def _trio() -> Any:
    """The module ``_trio`` (it imports trio), imported once: a function's import costs
    microseconds on every call."""
    from . import _trio

    return _trio


_STATE: Final = (
    "_connections",
    "_requests",
    "_max_connections",
    "_max_keepalive_connections",
    "_network_backend",
    "_optional_thread_lock",
    "_close_connections",
)

T = TypeVar("T")


def sparing(
    transport_class: type[T], network: Callable[[Any], Any] | None = None, **settings: Any
) -> T:
    """A ``transport_class`` (httpx's ``HTTPTransport`` or ``AsyncHTTPTransport``) made with
    ``settings``, whose pool runs ``assign``: where the pool is httpcore 1.0's, for HTTP/1.1
    only, with the state ``assign`` reads (else the transport as httpx makes it). Such a
    pool's network backend is then ``network(backend)``, where ``network`` is given."""
    transport = transport_class(**settings)
    pool: Any = getattr(transport, "_pool", None)
    sparing_class = _sparing_classes().get(type(pool))
    if (
        sparing_class is not None
        and not getattr(pool, "_http2", True)
        and all(hasattr(pool, name) for name in _STATE)
    ):
        # Same class but for the pass, same state: the pool httpx made, settings and all.
        pool.__class__ = sparing_class
        pool._requests = Requests(pool._requests)
        pool._take_over()
        if network is not None:
            pool._network_backend = network(pool._network_backend)
    return transport
