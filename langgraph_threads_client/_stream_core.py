"""The I/O-free part of ``join_stream``: arguments, event decoding and exactly-once resumption.

How resumption works. The server replays the stored events of resumable runs whose id is
*string-greater* than the ``Last-Event-ID`` header, and ids are not unique (``<epoch-ms>-0``:
events of the same millisecond share one). Resuming from the last id seen would lose the
events that share it and were not delivered yet. So a reconnect asks for a little more (every
event whose id is at least the last one seen, by sending just its millisecond prefix), and
this side drops what the caller already has: events with a smaller id, and the first *n*
events with the last id, where *n* is how many of those were delivered. A stream joined live
that is cut before its first event has no id to resume from: it resumes from the second its
first connection was answered in (the server's ``Date``, the clock its ids are read from), so
that what resumable runs sent meanwhile comes, with at most a second's events from before.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from email.utils import parsedate_to_datetime
from typing import Any, Final, NamedTuple
from urllib.parse import quote

import orjson

from ._arguments import given, is_int
from ._generated.types import ORJSON_MAX_BYTES, loads
from ._sse import ServerSentEvent

__all__ = [
    "ResumeCursor",
    "StreamPart",
    "check_last_event_id",
    "check_reconnects",
    "decode_part",
    "is_event_stream",
    "stream_modes_param",
    "stream_request",
]

LAST_EVENT_ID: Final = re.compile(r"^\d+(-(\d+|\*))?$")
_ID_PARTS: Final = re.compile(r"^(\d+)(?:-(\d+))?$")


class StreamPart(NamedTuple):
    """One event of a thread's stream: its name, its decoded JSON data and its id."""

    event: str
    data: Any
    id: str | None = None


# The run stream's modes (``runs.stream(stream_mode=...)``), which code written for the official
# SDK passes to join_stream too. The SDK sends join_stream's mode where the server does not
# read it, so that code received every run event: the thread stream's "run_modes".
RUN_STREAM_MODES: Final = frozenset(
    {
        "values",
        "updates",
        "messages",
        "messages-tuple",
        "custom",
        "events",
        "debug",
        "tasks",
        "checkpoints",
    }
)


def stream_modes_param(stream_mode: str | Sequence[str] | None) -> str:
    """The ``stream_modes`` query value: the server reads several modes comma-joined.

    No mode (``None``, ``""``, ``[]``) is the default, ``run_modes``; a run stream's mode
    (``"values"``) is ``run_modes`` (see ``RUN_STREAM_MODES``). Other names go to the server,
    which refuses those it does not have (422).
    """
    stream_mode = given(stream_mode)
    if stream_mode is None:
        return "run_modes"
    modes = [stream_mode] if isinstance(stream_mode, str) else list(stream_mode)
    for mode in modes:
        if not isinstance(mode, str) or not mode or "," in mode:
            raise ValueError(f"stream_mode must be mode names like 'run_modes', got {mode!r}")
    sent = dict.fromkeys("run_modes" if mode in RUN_STREAM_MODES else mode for mode in modes)
    return ",".join(sent)


def check_reconnects(max_reconnects: object, reconnect_delay: float) -> None:
    if not is_int(max_reconnects):
        raise TypeError("max_reconnects must be an int")
    if max_reconnects < 0 or reconnect_delay < 0:
        raise ValueError("max_reconnects and reconnect_delay must not be negative")


def check_last_event_id(last_event_id: str | None) -> str | None:
    """Refuse what the server would refuse (422), before any request."""
    if last_event_id is None or last_event_id in ("", "-"):
        return last_event_id
    if not isinstance(last_event_id, str) or not LAST_EVENT_ID.match(last_event_id):
        raise ValueError(
            f"last_event_id must be '-', empty, or an event id like '1732480000000-0'; "
            f"got {last_event_id!r}"
        )
    return last_event_id


def is_event_stream(content_type: str | None) -> bool:
    """Whether a response's content type is an event stream's (parameters aside)."""
    return (content_type or "").partition(";")[0].strip().lower() == "text/event-stream"


def _order_key(event_id: str) -> tuple[int, int] | None:
    match = _ID_PARTS.match(event_id)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2) or 0)


# A NamedTuple's own constructor is a Python function; this is the C one, for every event.
_new_part: Final = tuple.__new__


# orjson called directly, its names bound once: decode_part runs for every event.
_orjson_loads: Final = orjson.loads
_OrjsonError: Final = orjson.JSONDecodeError


def decode_part(event: ServerSentEvent) -> StreamPart:
    """A ``StreamPart`` with its JSON data decoded from the event's bytes."""
    name, raw, event_id, _ = event
    if not raw:
        data: Any = None
    elif len(raw) <= ORJSON_MAX_BYTES:
        try:
            data = _orjson_loads(raw)
        except _OrjsonError:
            data = _decode_unusual(event)
    else:
        data = _decode_unusual(event)
    return _new_part(StreamPart, (name, data, event_id))


def _decode_unusual(event: ServerSentEvent) -> Any:
    """Data orjson does not read: large (see ``loads``), JSON orjson refuses (NaN, Infinity),
    JSON in invalid UTF-8 (read as the spec decodes it: U+FFFD for bad bytes, encoded
    surrogates included), or not JSON at all, or nested too deep to decode (kept as the
    text)."""
    try:
        text = event.data.decode("utf-8")
    except UnicodeDecodeError:  # (the standard library's JSON decoder lets surrogates pass)
        text = event.text
    try:
        return loads(text)
    except ValueError:
        return text


class ResumeCursor:
    """Remembers what was delivered, to resume without losing or repeating an event."""

    def __init__(self, last_event_id: str | None) -> None:
        self.initial = last_event_id
        # A live join's resumption point (see the module's docstring): set when it connects.
        self.joined_at: str | None = None
        self.last_id: str | None = None  # the id of the last event delivered
        self.delivered_with_last_id = 0
        # After a reconnect and until the first new event: replayed events are dropped.
        self._catching_up = False
        self._skip_left = 0  # events with last_id still to skip while catching up

    @property
    def last_event_id(self) -> str | None:
        """Where a caller who gives up can resume from later (``last_event_id=``)."""
        if self.last_id is not None:
            return self.last_id
        return self.initial if self.initial is not None else self.joined_at

    def connected(self, date: str | None) -> None:
        """A connection was answered, at ``date`` (its ``Date`` header) by the server's clock."""
        if self.initial is None and self.joined_at is None and date:
            with contextlib.suppress(TypeError, ValueError):  # (no date: resume live, as before)
                self.joined_at = str(int(parsedate_to_datetime(date).timestamp()) * 1000)

    def header_for_reconnect(self) -> str | None:
        """The ``Last-Event-ID`` to reconnect with, and prepare to skip the overlap."""
        if self.last_id is None:
            return self.last_event_id
        self._catching_up = True
        self._skip_left = self.delivered_with_last_id
        key = _order_key(self.last_id)
        if key is None:
            return self.last_id  # not the server's id form: the best one can do
        millis, _ = key
        # Every "<millis>-N" id is string-greater than "<millis>": all events sharing the
        # last id come again, and those already delivered are skipped in accept().
        return str(millis)

    def accept(self, event: ServerSentEvent) -> bool:
        """Whether to deliver this event (False for a replayed one the caller already has)."""
        event_id = event.id
        if self._catching_up and self._replayed(event_id):
            return False
        if event_id is not None:
            if event_id == self.last_id:
                self.delivered_with_last_id += 1
            else:
                self.last_id = event_id
                self.delivered_with_last_id = 1
        return True

    def _replayed(self, event_id: str | None) -> bool:
        """While catching up: whether the caller has this event already. The first event it
        does not have ends the catching up."""
        if event_id is not None and self.last_id is not None:
            key, last_key = _order_key(event_id), _order_key(self.last_id)
            if key is not None and last_key is not None:
                if key < last_key:
                    return True
                if key == last_key and self._skip_left > 0:
                    self._skip_left -= 1
                    return True
        self._catching_up = False
        self._skip_left = 0
        return False


def stream_request(
    thread_id: str, *, stream_modes: str, last_event_id: str | None
) -> dict[str, Any]:
    """``httpx`` request arguments for GET /threads/{thread_id}/stream (kept out of generation)."""
    headers = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
    if last_event_id is not None:
        headers["Last-Event-ID"] = last_event_id
    return {
        "method": "GET",
        "url": f"/threads/{quote(thread_id, safe='')}/stream",
        "params": {"stream_modes": stream_modes},
        "headers": headers,
    }
