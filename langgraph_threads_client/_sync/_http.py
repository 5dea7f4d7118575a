"""Generated from ``_async/_http.py`` by ``scripts/unasync.py``: edit that file, not this one."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Callable, Mapping
from time import monotonic
from typing import Any, TypeVar

import time
import httpx

from .. import _core, _logging, _pages, _retry
from .._core import NOT_GIVEN, NotGiven, QueryParams, TimeoutTypes

T = TypeVar("T")

log = logging.getLogger("langgraph_threads_client")


__all__ = ["SyncHTTP"]


class SyncHTTP:
    """The connection side of a client: one ``httpx.Client`` and the client's options."""

    def __init__(
        self,
        client: httpx.Client,
        *,
        base_url: str,
        headers: Mapping[str, str],
        owns_client: bool,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = _retry.DEFAULT_MAX_RETRIES,
    ) -> None:
        self.client = client
        self.max_retries = _retry.check_max_retries(max_retries)
        self.base_url = base_url
        self.headers = dict(headers)
        self.owns_client = owns_client
        # Sent with each request rather than set on the client: a client passed in by the
        # caller must not be changed behind their back.
        self.timeout = timeout

    def send(
        self,
        request: dict[str, Any],
        parser: Callable[[httpx.Response], T],
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        replayable: bool,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """Send, retrying transient failures (see ``_retry``), and parse the answer.

        ``replayable`` says whether sending the request twice does no more than once.
        """
        retries = self.max_retries if max_retries is NOT_GIVEN else max_retries
        _retry.check_max_retries(retries)
        kwargs = self._merge(request, headers=headers, params=params, timeout=timeout)
        attempt = 0
        while True:
            attempt += 1
            self._check_open()
            started = monotonic()
            try:
                response = self.client.request(**kwargs)
            except httpx.HTTPError as exc:
                _logging.failure(log, kwargs, exc, attempt)
                delay = None
                if attempt <= retries and _retry.retryable_error(exc, replayable=replayable):
                    delay = _retry.retry_delay(attempt)
                if delay is None:
                    raise _core.connection_error(exc) from exc
            else:
                _logging.response(log, response, monotonic() - started, attempt)
                delay = None
                if attempt <= retries and _retry.retryable_status(
                    response.status_code, replayable=replayable
                ):
                    delay = _retry.retry_delay(attempt, response.headers)
                if delay is None:
                    _pages.record(response)
                    return _core.parse(response, parser)
                _logging.retrying(log, response, attempt, delay)
                response.close()
            self.sleep(delay)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> SyncHTTP:
        """A view with other defaults that shares this one's connection pool."""
        return SyncHTTP(
            self.client,
            base_url=self.base_url,
            headers={**self.headers, **(headers or {})},
            owns_client=False,
            timeout=self.timeout if timeout is NOT_GIVEN else timeout,
            max_retries=self.max_retries if max_retries is NOT_GIVEN else max_retries,
        )

    def sleep(self, seconds: float) -> None:
        """Wait between attempts (one place, so that tests can stop the clock)."""
        time.sleep(seconds)

    def _check_open(self) -> None:
        if self.client.is_closed:
            raise RuntimeError(
                "This client is closed: create a new one (get_client() / get_sync_client())."
            )

    @contextlib.contextmanager
    def stream(
        self,
        request: dict[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[httpx.Response]:
        """Open a streaming response; an error status is raised (typed) before the body."""
        kwargs = self._merge(request, headers=headers, params=params, timeout=timeout)
        with self.client.stream(**kwargs) as response:
            if not response.is_success:
                response.read()
                raise _core.status_error(response)
            yield response

    def _merge(
        self,
        request: dict[str, Any],
        *,
        headers: Mapping[str, str] | None,
        params: QueryParams | None,
        timeout: TimeoutTypes | NotGiven,
    ) -> dict[str, Any]:
        return _core.merge_request(
            request,
            base_url=self.base_url,
            headers=self.headers,
            call_headers=headers,
            call_params=params,
            timeout=self.timeout if timeout is NOT_GIVEN else timeout,
        )

    def close(self) -> None:
        if self.owns_client:
            self.client.close()
