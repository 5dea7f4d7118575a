"""``capture_response()``: the raw response of a client's calls made in a ``with`` block.

The responses are the HTTP client's own: ``httpx.Response``, or ``httpx2.Response`` for a client
on httpx2. Both are typed as ``httpx.Response`` (the two have one interface), as errors'
``response`` is: a union naming httpx2's would be partially unknown to type checkers wherever
httpx2, an optional extra, is not installed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import httpx

    from ._stack import Response

__all__ = ["ResponseCapture", "capture_response", "record"]


@dataclass
class ResponseCapture:
    """The raw responses (``httpx.Response``, or ``httpx2.Response`` on httpx2) of the calls
    made inside ``capture_response()``."""

    responses: list[httpx.Response] = field(default_factory=list)
    # Whether the block is still running: a task started inside it keeps its context (and so
    # this capture) after the block ends, and must not keep adding to it.
    recording: bool = field(default=True, init=False, repr=False, compare=False)
    # The HTTP client whose responses it takes (another client's calls in the block are not
    # this one's, as ``client.threads.capture_response()`` reads).
    _client: object = field(default=None, init=False, repr=False, compare=False)

    @property
    def response(self) -> httpx.Response:
        """The last call's final response (after any retries)."""
        if not self.responses:
            raise LookupError("no call has answered inside this capture_response() block yet")
        return self.responses[-1]


# The captures whose blocks this thread or task is in, the innermost last (an outer block's
# calls include an inner one's).
_CAPTURES: ContextVar[tuple[ResponseCapture, ...]] = ContextVar("response_captures", default=())


@contextlib.contextmanager
def capture_response(client: object) -> Iterator[ResponseCapture]:
    """Collect the raw responses of the calls that HTTP client ``client`` answers in the
    block, made by this thread or task (and by tasks it starts there, while the block runs)."""
    capture = ResponseCapture()
    capture._client = client
    token = _CAPTURES.set((*_CAPTURES.get(), capture))
    try:
        yield capture
    finally:
        capture.recording = False
        _CAPTURES.reset(token)


def record(response: Response, client: object) -> None:
    """Hand ``response``, answered by HTTP client ``client``, to the captures that take it."""
    for capture in _CAPTURES.get():
        if capture.recording and capture._client is client:
            capture.responses.append(cast("httpx.Response", response))
