"""Run one test body against both forms of the client.

The async ``ThreadsClient`` is wrapped so that its coroutine methods run to completion on one
event loop kept for the test; a test written once then checks the sync and the async client
alike, and a difference between the forms fails the same assertions.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import copy_context
from typing import Any, Literal, cast

import httpx

from langgraph_threads_client import SyncThreadsClient, get_client, get_sync_client

Form = Literal["sync", "async"]
FORMS: tuple[Form, Form] = ("sync", "async")


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
    **options: Any,
) -> Iterator[SyncThreadsClient]:
    """A ``.threads`` of the given form, typed as the sync one (the wrapper mirrors it)."""
    if form == "sync":
        http_client = None
        if transport is not None:
            http_client = httpx.Client(transport=cast(httpx.BaseTransport, transport))
        with get_sync_client(http_client=http_client, **options) as client:
            yield client.threads
        if http_client is not None:
            http_client.close()
        return
    with asyncio.Runner() as runner:
        async_http = None
        if transport is not None:
            async_http = httpx.AsyncClient(transport=cast(httpx.AsyncBaseTransport, transport))
        async_client = get_client(http_client=async_http, **options)
        try:
            yield cast(SyncThreadsClient, AsyncAsSync(async_client.threads, runner))
        finally:
            runner.run(async_client.aclose())
            if async_http is not None:
                runner.run(async_http.aclose())


Handler = Callable[[httpx.Request], httpx.Response]
