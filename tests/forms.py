"""Run one test body against both forms of the client, on both HTTP stacks.

The async ``ThreadsClient`` is wrapped so that its coroutine methods run to completion on one
event loop kept for the test; a test written once then checks the sync and the async client
alike, and a difference between the forms fails the same assertions.

Each form runs on ``httpx`` (the default) and on an ``httpx2`` client passed in
(``sync/httpx2``, ``async/httpx2``). Tests write their mock servers with ``httpx`` only: on
``httpx2`` they are bridged (requests, answers, streamed bodies and raised errors are carried
over to the other library's classes of the same name), so every test checks both stacks.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import copy_context
from typing import Any, Literal, cast

import httpx
import httpx2

from langgraph_threads_client import SyncThreadsClient, get_client, get_sync_client
from langgraph_threads_client._defaults import DEFAULT_TIMEOUT

Form = Literal["sync", "async", "sync/httpx2", "async/httpx2"]
FORMS: tuple[Form, ...] = ("sync", "async", "sync/httpx2", "async/httpx2")


def is_sync(form: Form) -> bool:
    return form.startswith("sync")


def stack_of(form: Form) -> str:
    return "httpx2" if form.endswith("/httpx2") else "httpx"


def library_of(form: Form) -> Any:
    """The module the form's errors and responses come from: ``httpx`` or ``httpx2``."""
    return httpx2 if stack_of(form) == "httpx2" else httpx


class AsyncAsSync:
    """Calls the async client's methods and waits for them on a private event loop."""

    def __init__(self, target: object, runner: asyncio.Runner) -> None:
        self._target = target
        self._runner = runner

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if inspect.iscoroutinefunction(attribute):

            def call(*args: Any, **kwargs: Any) -> Any:
                # In the caller's context, as an awaiting caller would be (context variables).
                result = self._runner.run(attribute(*args, **kwargs), context=copy_context())
                # The official SDK's async join_stream is awaited, then iterated.
                if hasattr(result, "__anext__"):
                    return AsyncIteratorAsSync(result, self._runner)
                return result

            return call
        if callable(attribute):

            def call_and_wrap(*args: Any, **kwargs: Any) -> Any:
                result = attribute(*args, **kwargs)
                if hasattr(result, "__anext__"):
                    return AsyncIteratorAsSync(result, self._runner)
                if isinstance(result, type(self._target)):  # a view (with_options)
                    return AsyncAsSync(result, self._runner)
                return result

            return call_and_wrap
        return attribute


class AsyncIteratorAsSync:
    """An async iterator (a stream) driven from sync code on the same event loop."""

    def __init__(self, target: Any, runner: asyncio.Runner) -> None:
        self.target = target
        self._runner = runner

    def __iter__(self) -> AsyncIteratorAsSync:
        return self

    def __next__(self) -> Any:
        try:
            return self._runner.run(self.target.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        self._runner.run(self.target.aclose())

    def __enter__(self) -> AsyncIteratorAsSync:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.target, name)


@contextmanager
def threads_client(
    form: Form,
    *,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    http_options: Mapping[str, Any] | None = None,
    **options: Any,
) -> Iterator[SyncThreadsClient]:
    """A ``.threads`` of the given form, typed as the sync one (the wrapper mirrors it);
    ``http_options`` go to the HTTP client's constructor (where the test gives a transport)."""
    if is_sync(form):
        http_client = new_http_client(form, transport, options, http_options)
        with get_sync_client(http_client=http_client, **options) as client:
            yield client.threads
        if http_client is not None:
            http_client.close()
        return
    with asyncio.Runner() as runner:
        async_http = new_http_client(form, transport, options, http_options)
        async_client = get_client(http_client=async_http, **options)
        try:
            yield cast(SyncThreadsClient, AsyncAsSync(async_client.threads, runner))
        finally:
            runner.run(async_client.aclose())
            if async_http is not None:
                runner.run(async_http.aclose())


Handler = Callable[[httpx.Request], httpx.Response]


def new_http_client(
    form: Form,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    options: dict[str, Any],
    http_options: Mapping[str, Any] | None = None,
) -> Any:
    """The HTTP client a test of this form runs on: ``None`` (the client makes its own) for
    ``httpx`` without a mock, else an ``httpx`` or ``httpx2`` client."""
    sync = is_sync(form)
    given = dict(http_options or {})
    if stack_of(form) == "httpx":
        if transport is None:
            return None
        if sync:
            return httpx.Client(transport=cast(httpx.BaseTransport, transport), **given)
        return httpx.AsyncClient(transport=cast(httpx.AsyncBaseTransport, transport), **given)
    # What the client would make itself: the default timeout and headers come from options.
    options.setdefault("timeout", DEFAULT_TIMEOUT)
    if transport is None:
        return httpx2.Client(**given) if sync else httpx2.AsyncClient(**given)
    handler = cast(httpx.MockTransport, transport).handler
    if sync:
        return httpx2.Client(transport=httpx2.MockTransport(bridge_sync(handler)), **given)
    return httpx2.AsyncClient(transport=httpx2.MockTransport(bridge_async(handler)), **given)


def _httpx_request(request: Any) -> httpx.Request:
    return httpx.Request(
        request.method,
        str(request.url),
        headers=list(request.headers.raw),  # (bytes as sent: not all are ASCII)
        content=request.content,
        extensions=dict(request.extensions),
    )


def _httpx2_error(exc: httpx.HTTPError, request: Any) -> Exception:
    with contextlib.suppress(RuntimeError):  # (an error made without its request)
        # What the handler set on its copy of the request (a timeout's limits) goes along.
        request.extensions.update(exc.request.extensions)
    return getattr(httpx2, type(exc).__name__)(str(exc), request=request)  # type: ignore[no-any-return]


def bridge_sync(handler: Callable[[httpx.Request], Any]) -> Callable[[Any], Any]:
    """An ``httpx2.MockTransport`` handler that answers what ``handler`` (httpx) answers."""

    def handle(request: Any) -> Any:
        try:
            response = handler(_httpx_request(request))
        except httpx.HTTPError as exc:
            raise _httpx2_error(exc, request) from exc
        return _httpx2_response(response, request)

    return handle


def bridge_async(handler: Callable[[httpx.Request], Any]) -> Callable[[Any], Any]:
    """The async form of ``bridge_sync`` (the handler may be a coroutine function)."""

    async def handle(request: Any) -> Any:
        try:
            response = handler(_httpx_request(request))
            if inspect.isawaitable(response):
                response = await response
        except httpx.HTTPError as exc:
            raise _httpx2_error(exc, request) from exc
        return _httpx2_response(response, request)

    return handle


def _httpx2_response(response: httpx.Response, request: Any) -> Any:
    headers = list(response.headers.multi_items())
    if response.is_stream_consumed:  # read already: its stream still holds the raw bytes
        raw = b"".join(cast(Iterator[bytes], response.stream))
        return httpx2.Response(response.status_code, headers=headers, content=raw)
    return httpx2.Response(
        response.status_code, headers=headers, stream=_BridgedStream(response, request)
    )


class _BridgedStream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """An httpx response body read as an httpx2 one: closing one closes the other."""

    def __init__(self, response: httpx.Response, request: Any) -> None:
        self.response, self.request = response, request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self.response.iter_raw()
        except httpx.HTTPError as exc:
            raise _httpx2_error(exc, self.request) from exc

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_raw():
                yield chunk
        except httpx.HTTPError as exc:
            raise _httpx2_error(exc, self.request) from exc

    def close(self) -> None:
        self.response.close()

    async def aclose(self) -> None:
        await self.response.aclose()
