"""The HTTP stack a client runs on: ``httpx`` (the default) or ``httpx2``, its continuation.

Both have the same API under different module names, and unrelated exception classes. This
module tells which one an HTTP client or an exception belongs to, and gives that stack's
classes, so that the rest of the package handles both alike; and it mends what one of them
leaves behind (``settle``: httpx's responses, freed only by the garbage collector). ``httpx2``
is imported only when an object of it is met: an ``httpx`` user never pays for it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeAlias

import httpx

from ._defaults import (
    DEFAULT_POOL_CONNECTIONS,
    HTTPX2_WAITING_PER_CONNECTION,
    UNLIMITED_POOL_IN_FLIGHT,
)

if TYPE_CHECKING:
    import httpx2

    # What this package hands back: the caller's own objects.
    Response: TypeAlias = httpx.Response | httpx2.Response

    # What it takes. httpx2 is an optional extra: where it is not installed, a type checker
    # sees its classes as unknown, and so a signature naming them (get_client's, partially
    # unknown to pyright --strict). Its clients are therefore taken by shape; which library
    # a client is, is checked when it is passed (``of_client``).
    class _HTTPX2Client(Protocol):
        @property
        def base_url(self) -> object: ...
        @property
        def is_closed(self) -> bool: ...
        def close(self) -> None: ...

    class _HTTPX2AsyncClient(Protocol):
        @property
        def base_url(self) -> object: ...
        @property
        def is_closed(self) -> bool: ...
        async def aclose(self) -> None: ...

    AsyncClientLike: TypeAlias = httpx.AsyncClient | _HTTPX2AsyncClient
    ClientLike: TypeAlias = httpx.Client | _HTTPX2Client

    # The HTTP client a client of ours is built on, as its type parameter: ``http_client``
    # gives back the caller's own class, and httpx's where the client made its own (httpx2's
    # classes never appear where httpx2 is not used, so none is unknown where it is missing).
    # Covariant, and any client by default: a bare ``SyncLangGraphClient`` annotation takes a
    # client on either stack.
    from typing_extensions import TypeVar

    AsyncClientT = TypeVar(
        "AsyncClientT", bound=AsyncClientLike, default=AsyncClientLike, covariant=True
    )
    ClientT = TypeVar("ClientT", bound=ClientLike, default=ClientLike, covariant=True)
    # A client passed to get_client() / get_sync_client(), which gives it its type.
    PassedAsyncClient = TypeVar("PassedAsyncClient", bound=AsyncClientLike)
    PassedClient = TypeVar("PassedClient", bound=ClientLike)
else:
    from typing import TypeVar

    # (typing's TypeVar takes no default before Python 3.13; at run time none is needed)
    AsyncClientT = TypeVar("AsyncClientT", covariant=True)
    ClientT = TypeVar("ClientT", covariant=True)
    PassedAsyncClient = TypeVar("PassedAsyncClient")
    PassedClient = TypeVar("PassedClient")

__all__ = [
    "HTTPX",
    "AsyncClientLike",
    "AsyncClientT",
    "ClientLike",
    "ClientT",
    "PassedAsyncClient",
    "PassedClient",
    "Response",
    "Stack",
    "in_flight",
    "of_client",
    "of_exception",
    "pool_limit",
    "settle",
    "streams_take_places",
    "wrong_form",
]


@dataclass(frozen=True, slots=True)
class Stack:
    """One HTTP library's classes, by the names both libraries give them."""

    name: str
    module: ModuleType
    HTTPError: type[Exception]
    RequestError: type[Exception]
    TransportError: type[Exception]
    TimeoutException: type[Exception]
    PoolTimeout: type[Exception]
    ConnectError: type[Exception]
    ConnectTimeout: type[Exception]
    NetworkError: type[Exception]
    RemoteProtocolError: type[Exception]
    # What a response read and closed keeps as its stream: a body of nothing (see ``settle``).
    read_stream: Any

    @classmethod
    def of_module(cls, module: ModuleType) -> Stack:
        return cls(
            module.__name__,
            module,
            module.HTTPError,
            module.RequestError,
            module.TransportError,
            module.TimeoutException,
            module.PoolTimeout,
            module.ConnectError,
            module.ConnectTimeout,
            module.NetworkError,
            module.RemoteProtocolError,
            module.ByteStream(b""),
        )

    def timeout(self, value: object) -> Any:
        """``value`` (seconds, ``None``, or either library's ``Timeout``) as this stack's."""
        if isinstance(value, httpx.Timeout) or type(value).__name__ == "Timeout":
            return self.module.Timeout(**value.as_dict())  # type: ignore[attr-defined]
        return self.module.Timeout(value)

    def request_timeout(self, value: object) -> Any:
        """``value`` as this stack's requests take a timeout: as it is where they take it
        (seconds, a tuple, httpx's ``Timeout`` on httpx), else this stack's ``Timeout``
        (httpx2 takes no httpx ``Timeout``; httpx would read an httpx2 one as seconds)."""
        if self.module is httpx and (
            isinstance(value, httpx.Timeout) or type(value).__name__ != "Timeout"
        ):
            return value
        return self.timeout(value)


HTTPX: Final = Stack.of_module(httpx)
_STACKS: dict[str, Stack] = {"httpx": HTTPX}


def _named(name: str) -> Stack | None:
    stack = _STACKS.get(name)
    if stack is None and name == "httpx2" and "httpx2" in sys.modules:
        stack = _STACKS[name] = Stack.of_module(sys.modules["httpx2"])
    return stack


def _of_type(kind: type) -> Stack | None:
    for cls in kind.__mro__:
        stack = _named(cls.__module__.partition(".")[0])
        if stack is not None:
            return stack
    return None


def of_client(client: object) -> Stack:
    """The stack of an ``httpx``/``httpx2`` ``Client`` or ``AsyncClient`` (or a subclass)."""
    stack = _of_type(type(client))
    if stack is None:
        raise TypeError(
            "http_client must be an httpx or httpx2 client (Client for the sync client, "
            f"AsyncClient for the async one), got {type(client).__name__}"
        )
    return stack


def wrong_form(client: object, wanted: type, made_by: str) -> TypeError:
    """The error for a client of the other form than ``wanted`` (an httpx.Client given to the
    async client, or an AsyncClient to the sync one)."""
    kind = type(client)
    return TypeError(f"{made_by}() takes an {_public_name(wanted)}, not an {_public_name(kind)}")


def _public_name(kind: type) -> str:
    # (httpx and httpx2 give their public classes the package as module: httpx.Client.)
    return f"{kind.__module__}.{kind.__qualname__}"


def of_exception(exc: BaseException) -> Stack:
    """The stack an exception comes from (``httpx`` for anything else)."""
    return _of_type(type(exc)) or HTTPX


def _pool(client: object) -> object:
    """The connection pool of the client's default transport (``None`` for another transport)."""
    return getattr(getattr(client, "_transport", None), "_pool", None)


def pool_limit(client: object) -> int:
    """How many calls the client's connection pool serves at once.

    ``httpx`` and ``httpx2`` keep the pool's ``max_connections`` on their default transport's
    connection pool; for any other transport (a mock, a wrapper) it is unknown, and httpx's
    default is assumed. An unlimited pool gives ``UNLIMITED_POOL_IN_FLIGHT``.
    """
    limit = getattr(_pool(client), "_max_connections", DEFAULT_POOL_CONNECTIONS)
    if not isinstance(limit, int) or limit <= 0:
        return DEFAULT_POOL_CONNECTIONS
    return min(limit, UNLIMITED_POOL_IN_FLIGHT) if limit >= sys.maxsize else limit


def in_flight(client: object) -> int:
    """How many calls the admission queue (``_admission``) lets through to the client's pool.

    On httpx, as many as the pool has connections: its pool (httpcore 1) does work in
    proportion to (waiting calls x connections) on every change of state. httpx2's pool
    (httpcore2) does not, and hands a released connection straight to a call waiting in it;
    with none waiting the connection goes idle, and idle ones beyond the pool's
    ``max_keepalive_connections`` (20 by default) are closed, to be opened again by the next
    calls. So on httpx2 some calls wait in the pool itself: connections stay busy and open.

    httpx's sync pool (httpcore 1.0.9) can close a connection it has just handed to a thread,
    as one more idle connection than it keeps alive, while that thread starts its request on
    it (encode/httpcore#1110): the request then fails with a closed file descriptor, or waits
    out its read timeout. With no more calls in flight than kept-alive connections there is
    never such a surplus, so a sync httpx client lets through at most that many. (The pools
    ``get_client()`` and ``get_sync_client()`` make keep all their connections alive, and
    their pass never closes one a request holds: ``_pool``.)
    """
    limit = pool_limit(client)
    if of_client(client) is not HTTPX:
        return min(limit * (1 + HTTPX2_WAITING_PER_CONNECTION), UNLIMITED_POOL_IN_FLIGHT)
    if isinstance(client, httpx.Client):
        keep_alive = _keep_alive(client)
        if keep_alive is not None and keep_alive < limit:
            return max(keep_alive, 1)
    return limit


def streams_take_places(client: object) -> bool:
    """Whether an open ``join_stream`` holds one of the places in front of the client's pool.

    It does (a stream holds a connection as a call does), but on a sync httpx client whose pool
    keeps every connection alive, ``get_sync_client()``'s own among them. There the places are
    the calls' alone, fewer than the pool's connections, and streams are bounded by the pool
    itself, as with any httpx client: a sync program keeps as many streams open as the
    official SDK's client, and calls beside them. That is safe only where the pool never closes
    a connection as a surplus (see ``in_flight``); a stream's own connection is never idle,
    closed by httpx when the stream is (its response is left unfinished).
    """
    if of_client(client) is not HTTPX or not isinstance(client, httpx.Client):
        return True
    keep_alive = _keep_alive(client)
    return keep_alive is None or keep_alive < pool_limit(client)


def _keep_alive(client: object) -> int | None:
    """The pool's ``max_keepalive_connections`` (``None`` for another transport)."""
    keep_alive = getattr(_pool(client), "_max_keepalive_connections", None)
    return keep_alive if isinstance(keep_alive, int) else None


def settle(response: Response) -> None:
    """Let a response that is read and closed be freed by its last reference, not by a pass
    of the garbage collector.

    httpx's client binds each response's stream to the response (``BoundSyncStream``,
    ``BoundAsyncStream``: to set ``elapsed`` on close), a reference cycle that keeps the
    response, its request, headers and body until the collector finds them: about 20 objects
    a call, so that its passes come more often, each in the middle of some later call, and
    move that call's live objects to older generations, whose passes scan the whole heap. A
    closed response never reads its stream again (its body is kept): the stream is replaced
    with an empty one, which ends the cycle. httpx2's streams hold no response (they keep
    ``elapsed`` themselves), and are left as they are.
    """
    if (
        isinstance(response, httpx.Response)
        and response.is_closed
        and getattr(response.stream, "_response", None) is response
    ):
        response.stream = HTTPX.read_stream
