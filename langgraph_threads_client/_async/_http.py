"""Sends one generated request and parses its answer."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, TypeVar

import httpx

from .. import _core
from .._core import NOT_GIVEN, NotGiven, QueryParams, TimeoutTypes

T = TypeVar("T")

__all__ = ["AsyncHTTP"]


class AsyncHTTP:
    """The connection side of a client: one ``httpx.AsyncClient`` and the client's options."""

    def __init__(
        self,
        client: httpx.AsyncClient,
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

    async def send(
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
            response = await self.client.request(**kwargs)
        except httpx.HTTPError as exc:
            raise _core.connection_error(exc) from exc
        return _core.parse(response, parser)

    @contextlib.asynccontextmanager
    async def stream(
        self,
        request: dict[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[httpx.Response]:
        """Open a streaming response; an error status is raised (typed) before the body."""
        kwargs = self._merge(request, headers=headers, params=params, timeout=timeout)
        async with self.client.stream(**kwargs) as response:
            if not response.is_success:
                await response.aread()
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

    async def aclose(self) -> None:
        if self.owns_client:
            await self.client.aclose()
