"""I/O-free paging: a page of search results read from the server's pagination headers."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from ._generated.models import Thread

__all__ = ["ThreadPage", "thread_page"]


@dataclass(frozen=True)
class ThreadPage:
    """One page of ``search``: the threads, the server's total, and where the next page starts.

    ``total`` is the server's ``X-Pagination-Total`` header (``None`` if it sent none). The
    server counts only one past the page while more pages remain (``offset + len(items) + 1``),
    so it is a lower bound until the last page, where it is exact (a page past the last match,
    empty, reports its offset instead); ``count()`` gives the number of matching threads in
    one request. ``next_offset`` is ``X-Pagination-Next``, or, without that header (or with
    one that is no number), ``offset + len(items)`` while ``total`` says more remain, or
    without a total when the page was full; ``None`` means this is the last page.
    """

    items: list[Thread]
    offset: int
    total: int | None
    next_offset: int | None


def _int_header(response: httpx.Response, name: str) -> int | None:
    """The header's count or offset: ASCII digits of at most 18 (an offset a request can send
    back, below 2**63); anything else (a sign, ``1_0``, other scripts' digits) is unreadable:
    ``None``, as if it were absent."""
    value = response.headers.get(name)
    if value is None or not (value.isascii() and value.isdigit()) or len(value) > 18:
        return None
    return int(value)


def thread_page(
    response: httpx.Response, items: list[Thread], *, offset: int, limit: int
) -> ThreadPage:
    total = _int_header(response, "x-pagination-total")
    next_offset = _int_header(response, "x-pagination-next")
    if next_offset is None:  # (absent, or unreadable: not taken as "no more")
        if total is not None:
            next_offset = offset + len(items) if offset + len(items) < total else None
        else:
            next_offset = offset + len(items) if len(items) >= limit else None
    if not items or (next_offset is not None and next_offset <= offset):
        next_offset = None  # an empty page, or a server that does not move forward: stop
    return ThreadPage(items=items, offset=offset, total=total, next_offset=next_offset)
