"""``get_client()`` and the client it returns."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypedDict, Unpack, cast, overload

import httpx

from .. import _fork, _logging, _pool, _sdk_names, _settings, _stack
from .._cookies import sparing_cookies
from .._defaults import DEFAULT_MAX_RETRIES, OWN_POOL_LIMITS
from .._options import checked_timeout
from .._types import NOT_GIVEN, HeaderTypes, NotGiven, TimeoutTypes, URLLike
from ._http import HTTP
from ._threads import ThreadsClient

__all__ = ["LangGraphClient", "get_client"]


class LangGraphClient(Generic[_stack.AsyncClientT]):
    """A client of one LangGraph API server; ``.threads`` holds the thread operations.

    Use it as a context manager, or call ``aclose()`` when done, to release connections. A
    client passed in as ``http_client`` (to ``get_client``) is left open: its owner closes it.
    Its type parameter is the class of its HTTP client (``httpx.AsyncClient`` unless one of
    another was passed).

    ``LangGraphClient(http_client)``, as code written for the official SDK makes one, sends
    calls to that client's ``base_url`` with its own headers and timeout, and closes it with
    itself, as the SDK's does.
    """

    threads: ThreadsClient

    def __init__(self, client: HTTP | _stack.AsyncClientT) -> None:
        if isinstance(client, HTTP):
            http = client
        else:
            # ``LangGraphClient(httpx_client)`` or ``(client=...)``, as code written for the
            # official SDK makes it: calls go to the client's base_url with its own headers,
            # and aclose() closes it.
            url = _passed_client_url(client, None, "LangGraphClient")
            http = HTTP(client, base_url=url, headers={}, owns_client=True)
        self._http = http
        self.threads = ThreadsClient(http)

    @property
    def http_client(self) -> _stack.AsyncClientT:
        """The underlying ``httpx`` (or ``httpx2``) client."""
        return cast(_stack.AsyncClientT, self._http.in_this_process())

    async def aclose(self) -> None:
        """Close the connections this client opened (harmless to call twice)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={_logging.redact_url(self._http.base_url)!r})"

    if not TYPE_CHECKING:  # (where type checkers would take any attribute as one)

        def __getattr__(self, name: str) -> Any:
            raise _sdk_names.no_attribute(self, name, _sdk_names.ON_CLIENT)


def _passed_client_url(
    client: _stack.AsyncClientLike,
    url: URLLike | None,
    made_by: str,
) -> str:
    """The server URL for a client passed in: ``url``, else the client's own base_url."""
    # Anything but an httpx/httpx2 client, or a client of the other form (whose calls would
    # hand back coroutines, or block the event loop, once sent): a TypeError that says so.
    stack = _stack.of_client(client)
    if not isinstance(client, stack.module.AsyncClient):
        raise _stack.wrong_form(client, stack.module.AsyncClient, made_by)
    return _settings.base_url(url if url is not None else _settings.client_base_url(client))


class _ClientArguments(TypedDict, total=False):
    """get_client()'s arguments but ``http_client``, which gives the client its type."""

    url: URLLike | None
    api_key: str | NotGiven | None
    headers: HeaderTypes | None
    timeout: TimeoutTypes | NotGiven
    max_retries: int


@overload
def get_client(
    *, http_client: None = None, **arguments: Unpack[_ClientArguments]
) -> LangGraphClient[httpx.AsyncClient]: ...


@overload
def get_client(
    *, http_client: _stack.PassedAsyncClient, **arguments: Unpack[_ClientArguments]
) -> LangGraphClient[_stack.PassedAsyncClient]: ...


def get_client(
    *,
    url: URLLike | None = None,
    api_key: str | NotGiven | None = NOT_GIVEN,
    headers: HeaderTypes | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    http_client: _stack.AsyncClientLike | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
) -> LangGraphClient[Any]:
    """A client of the LangGraph API at ``url``.

    Without ``url``: ``http://localhost:8123``; for the async client in code that runs in a
    LangGraph server (a graph's node, a custom route), that server, in-process, as the
    official SDK's async client does.

    ``api_key`` defaults to ``LANGGRAPH_API_KEY``, ``LANGSMITH_API_KEY`` or
    ``LANGCHAIN_API_KEY`` (the first set) and is sent as ``x-api-key``; ``None`` sends none.
    ``headers`` go with every request; one of them replaces this package's header of that
    name, whatever its case (an ``x-api-key`` among them is sent in place of ``api_key``'s).
    ``timeout`` defaults to connect 5 s, read 300 s, write 300 s, pool 60 s; ``None`` means
    those defaults too, as with the official SDK (no timeout at all: ``httpx.Timeout(None)``).
    Pass your own configured ``http_client`` (``httpx.AsyncClient``, or ``httpx2.AsyncClient``
    with the ``httpx2`` extra) to control proxies, limits or transports; it keeps its own
    timeout unless a ``timeout`` other than ``None`` is given. Calls beyond what the pool
    serves at once wait their turn in a fair queue, within ``timeout.pool``. ``max_retries``
    (default 2, per call too) bounds the retries of transient failures; a connection that
    cannot be opened gets at least 4 (7.5 s, as the SDK's transport tries); 0 turns retrying
    off.
    """
    if timeout is None:
        # The official SDK's get_client(timeout=None) is its default timeout: code passing an
        # optional setting through must not wait forever here.
        timeout = NOT_GIVEN
    timeout = checked_timeout(timeout)
    # A caller's client keeps its own key and User-Agent (those this package would send by
    # default): the SDK, given a client, sends them.
    client_headers = None if http_client is None else getattr(http_client, "headers", None)
    resolved_headers = _settings.default_headers(
        _settings.resolve_api_key(api_key, client_headers), headers, client_headers
    )
    if http_client is None:
        # (Imported here: it needs httpcore, which a client on the caller's may never load.)
        from ._network import LargeReads

        # A transport of its own, as the official SDK's client has: httpx then reads no proxy
        # from the environment (HTTP_PROXY, ALL_PROXY), and connects directly, as the SDK does.
        # (An SSL_CERT_FILE it cannot load fails its making: the error names the variable. A
        # forked child's transport trusts the certificates the first one read.)
        sparing = partial(
            _pool.sparing, httpx.AsyncHTTPTransport, network=LargeReads, limits=OWN_POOL_LIMITS
        )
        make_transport: Callable[[], httpx.AsyncBaseTransport]
        make_transport = _settings.trusting_the_same(sparing)
        # unasync: async-only start
        if url is None:
            from .. import _loopback

            if _loopback.inside_server():
                # Graph code in a LangGraph server: to that server, in-process, as the SDK's.
                url = _loopback.LOOPBACK_URL
                make_transport = _loopback.LoopbackTransport
        # unasync: async-only end
        # Our own client carries the default headers, so that no call has to merge them. A
        # process forked from this one makes it again for itself (``_fork``).
        own_client = sparing_cookies(
            httpx.AsyncClient(
                timeout=_settings.resolve_timeout(timeout),
                headers=cast("Mapping[str, str]", resolved_headers),  # (str or bytes values)
                transport=make_transport(),
            )
        )
        http = HTTP(
            _fork.made_here(own_client, partial(_fork.like, make_transport=make_transport)),
            base_url=_settings.base_url(url),
            headers={},
            owns_client=True,
            max_retries=max_retries,
        )
    else:
        http = HTTP(
            http_client,
            base_url=_passed_client_url(http_client, url, "get_client"),
            headers=resolved_headers,
            owns_client=False,
            timeout=timeout,
            max_retries=max_retries,
        )
    return LangGraphClient(http)
