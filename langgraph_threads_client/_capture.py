"""``capture_response()``: the raw response of the calls made in a ``with`` block.

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

    @property
    def response(self) -> httpx.Response:
        """The last call's final response (after any retries)."""
        if not self.responses:
            raise LookupError("no call has answered inside this capture_response() block yet")
        return self.responses[-1]


_CAPTURE: ContextVar[ResponseCapture | None] = ContextVar("response_capture", default=None)


@contextlib.contextmanager
def capture_response() -> Iterator[ResponseCapture]:
    """Collect the raw responses of the calls made in the block, by this thread or task (and
    by tasks it starts there, while the block runs)."""
    capture = ResponseCapture()
    token = _CAPTURE.set(capture)
    try:
        yield capture
    finally:
        capture.recording = False
        _CAPTURE.reset(token)


def record(response: Response) -> None:
    capture = _CAPTURE.get()
    if capture is not None and capture.recording:
        capture.responses.append(cast("httpx.Response", response))
