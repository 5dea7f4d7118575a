"""I/O-free paging: a page of search results read from the server's pagination headers."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

import httpx

from ._generated.models import Thread

__all__ = ["ResponseCapture", "ThreadPage", "capture_response"]


@dataclass(frozen=True)
class ThreadPage:
    """One page of ``search``: the threads, the server's total, and where the next page starts.

    ``total`` is the server's ``X-Pagination-Total`` header (``None`` if it sent none). The
    server counts only one past the page while more pages remain (``offset + len(items) + 1``),
    so it is a lower bound until the last page, where it is exact; ``count()`` gives the
    number of matching threads in one request. ``next_offset`` is ``X-Pagination-Next``, or,
    without that header, ``offset + len(items)`` when the page was full; ``None`` means this is
    the last page.
    """

    items: list[Thread]
    offset: int
    total: int | None
    next_offset: int | None


def _int_header(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def thread_page(
    response: httpx.Response, items: list[Thread], *, offset: int, limit: int
) -> ThreadPage:
    total = _int_header(response, "x-pagination-total")
    next_offset = _int_header(response, "x-pagination-next")
    if "x-pagination-next" not in response.headers:
        if total is not None:
            next_offset = offset + len(items) if offset + len(items) < total else None
        else:
            next_offset = offset + len(items) if len(items) >= limit else None
    if next_offset is not None and next_offset <= offset:
        next_offset = None  # a server that does not move forward: stop rather than loop
    return ThreadPage(items=items, offset=offset, total=total, next_offset=next_offset)


@dataclass
class ResponseCapture:
    """The raw ``httpx.Response`` of the calls made inside ``capture_response()``."""

    responses: list[httpx.Response] = field(default_factory=list)

    @property
    def response(self) -> httpx.Response:
        """The last call's final response (after any retries)."""
        if not self.responses:
            raise LookupError("no call has answered inside this capture_response() block yet")
        return self.responses[-1]


_CAPTURE: ContextVar[ResponseCapture | None] = ContextVar("response_capture", default=None)


@contextlib.contextmanager
def capture_response() -> Iterator[ResponseCapture]:
    """Collect the raw responses of the calls made in the block (this thread or task only)."""
    capture = ResponseCapture()
    token = _CAPTURE.set(capture)
    try:
        yield capture
    finally:
        _CAPTURE.reset(token)


def record(response: httpx.Response) -> None:
    capture = _CAPTURE.get()
    if capture is not None:
        capture.responses.append(response)
