"""Generated from ``_async/_http.py`` by ``scripts/unasync.py``: edit that file, not this one."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Callable, Mapping
from typing import Any, TypeVar

import httpx

from .. import _core
from .._core import NOT_GIVEN, NotGiven, QueryParams, TimeoutTypes

T = TypeVar("T")

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
    ) -> None:
        self.client = client
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
    ) -> T:
        kwargs = self._merge(request, headers=headers, params=params, timeout=timeout)
        try:
            response = self.client.request(**kwargs)
        except httpx.HTTPError as exc:
            raise _core.connection_error(exc) from exc
        return _core.parse(response, parser)

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
