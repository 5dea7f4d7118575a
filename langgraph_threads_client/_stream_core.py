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
import enum
import math
import numbers
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from email.utils import parsedate_to_datetime
from functools import partial
from itertools import chain, repeat, takewhile
from operator import eq, length_hint
from types import TracebackType
from typing import Any, Final, NamedTuple, cast
from urllib.parse import quote

import orjson

from ._arguments import given, is_int
from ._generated.types import ORJSON_MAX_BYTES, loads
from ._options import headers_over
from ._sse import FrameRun, ServerSentEvent

__all__ = [
    "RefusedData",
    "ResumeCursor",
    "ResumePoint",
    "StreamPart",
    "check_last_event_id",
    "check_reconnects",
    "decode_part",
    "is_event_stream",
    "last_event_name",
    "stream_headers",
    "stream_modes_param",
    "stream_request",
    "thrown",
]

LAST_EVENT_ID: Final = re.compile(
    r"^[0-9]+(-([0-9]+|\*))?\Z"
)  # (\Z: "$" also matches before a final "\n")
# (Digits int() reads under any limit a process sets, 640 at least: a longer id is read as
# one of another form.)
_ID_PARTS: Final = re.compile(r"^([0-9]{1,640})(?:-([0-9]{1,640}))?\Z")


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


_DEFAULT_MODES: Final = "run_modes"


def stream_modes_param(stream_mode: str | Sequence[str] | None) -> str:
    """The ``stream_modes`` query value: the server reads several modes comma-joined.

    No mode (``None``, ``""``, ``[]``, ``False``) is the default, ``run_modes``; a run stream's mode
    (``"values"``) is ``run_modes`` (see ``RUN_STREAM_MODES``). Other names go to the server,
    which refuses those it does not have (422).
    """
    # (A false one, False or 0, too: the SDK sends it as written, a parameter the server does
    # not read, so every event comes, as from the default.)
    stream_mode = given(_mode_name(stream_mode))
    if stream_mode is None:
        return _DEFAULT_MODES
    if isinstance(stream_mode, str):
        modes = [stream_mode]
    elif isinstance(stream_mode, Iterable) and not isinstance(
        stream_mode, bytes | bytearray | Mapping
    ):
        modes = list(map(_mode_name, stream_mode))
    else:
        raise TypeError(
            f"stream_mode must be a mode name or a list of them, got {type(stream_mode).__name__}"
        )
    for mode in modes:
        if not isinstance(mode, str) or not mode or "," in mode:
            raise ValueError(f"stream_mode must be mode names like 'run_modes', got {mode!r}")
    sent = dict.fromkeys("run_modes" if mode in RUN_STREAM_MODES else mode for mode in modes)
    return ",".join(sent)


def _mode_name(mode: Any) -> Any:
    """An enum's value (an enum of mode names of the caller's, as the SDK sends it)."""
    return mode.value if isinstance(mode, enum.Enum) else mode


def check_reconnects(max_reconnects: object, reconnect_delay: object) -> float:
    """``reconnect_delay`` as a float (a number of another type too: numpy's, a
    ``Fraction``), once both are checked."""
    if not is_int(max_reconnects):
        raise TypeError("max_reconnects must be an int")
    if isinstance(reconnect_delay, bool) or not isinstance(reconnect_delay, numbers.Real):
        raise TypeError(
            "reconnect_delay must be seconds (an int, a float or another real number), got "
            f"{type(reconnect_delay).__name__}"
        )
    try:
        delay = float(reconnect_delay)
    except OverflowError:  # (an int past a float's range, of its sign: waits are capped)
        delay = math.inf if cast(float, reconnect_delay) > 0 else -math.inf
    except (TypeError, ValueError):  # (its own __float__ refuses: refused as any other)
        raise TypeError(
            f"reconnect_delay must be seconds, got {type(reconnect_delay).__name__}"
        ) from None
    if max_reconnects < 0 or delay < 0:
        raise ValueError("max_reconnects and reconnect_delay must not be negative")
    if math.isnan(delay):
        raise ValueError("reconnect_delay must be seconds, 0 or more; got nan")
    return delay


def check_last_event_id(last_event_id: str | None) -> str | None:
    """Refuse what the server would refuse (422), before any request. An empty or false one
    (``""``, ``0``) is none: from now on, with no header, as the official SDK sends it."""
    last_event_id = given(last_event_id)
    if last_event_id is None:
        return None
    if last_event_id == "-":
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
# What orjson raises for data it refuses (see ``ResumeCursor.after_refused_data`` too).
RefusedData: Final = orjson.JSONDecodeError


def decode_part(event: ServerSentEvent) -> StreamPart:
    """A ``StreamPart`` with its JSON data decoded from the event's bytes."""
    name, raw, event_id, _ = event
    if len(raw) <= ORJSON_MAX_BYTES:
        try:
            data = _orjson_loads(raw)
        except RefusedData:
            data = _decode_unusual(raw)
    else:
        data = _decode_unusual(raw)
    return _new_part(StreamPart, (name, data, event_id))


def last_event_name(received: ServerSentEvent | FrameRun) -> str:
    """The name of the last event of what the decoder gave."""
    return received.names[-1] if isinstance(received, FrameRun) else received.event


def _decode_unusual(raw: bytes) -> Any:
    """Data orjson does not read: none, large (see ``loads``), JSON orjson refuses (NaN,
    Infinity), JSON in invalid UTF-8 (read as the spec decodes it: U+FFFD for bad bytes,
    encoded surrogates included), or not JSON at all, or nested too deep to decode (kept as
    the text)."""
    if not raw:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:  # (the standard library's JSON decoder lets surrogates pass)
        text = raw.decode("utf-8", "replace")
    try:
        return loads(text)
    except ValueError:
        return text


class ResumePoint(str):
    """An event id (the text, as the official SDK gives it) that also says how many events
    with that id a stream delivered: as a stream's ``last_event_id``, it resumes with none of
    them repeated and none of the others that share the id lost (ids are shared: see the
    module's docstring). Kept as text only (stored, say), it resumes after the id, as the
    official SDK does: events that share it and were not delivered yet are not sent again.
    ``ResumePoint(text, delivered)`` makes one again from the two."""

    _delivered: int

    def __new__(cls, event_id: str, delivered: int) -> ResumePoint:
        if not is_int(delivered) or delivered < 1:
            raise ValueError(f"delivered must be an int of 1 or more, got {delivered!r}")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be str, got {type(event_id).__name__}")
        if _order_key(event_id) is None:
            raise ValueError(f"not an event id like '1732480000000-0': {event_id!r}")
        point = super().__new__(cls, event_id)
        point._delivered = delivered
        return point

    @property
    def delivered(self) -> int:
        """How many events with this id were delivered (read only: it says what happened)."""
        return self._delivered

    def __getnewargs__(self) -> tuple[str, int]:  # type: ignore[override]
        return str(self), self.delivered


class ResumeCursor:
    """Remembers what was delivered, to resume without losing or repeating an event."""

    def __init__(self, last_event_id: str | None) -> None:
        self.initial = last_event_id
        self.started = False  # whether the stream has begun to be read
        # A live join's resumption point (see the module's docstring): set when it connects.
        self.joined_at: str | None = None
        self._last_id: str | None = None  # the id of the last event delivered
        self._delivered_with_last_id = 0
        if isinstance(last_event_id, ResumePoint):  # (where another stream stopped)
            self._last_id = str(last_event_id)
            self._delivered_with_last_id = last_event_id.delivered
        # After a reconnect and until the first new event: replayed events are dropped.
        self._catching_up = False
        self._skip_left = 0  # events with last_id still to skip while catching up
        # Catching up from a point given (not one this stream delivered up to): see _replayed.
        self._from_point = False
        # The run being delivered (see ``deliver``): the names, data and ids it has not
        # delivered yet, and how many of its events were counted.
        self._run: FrameRun | None = None
        self._run_names: Iterator[str] = iter(())
        self._run_data: Iterator[bytes] = iter(())
        self._run_left: Iterator[str | None] = iter(())
        self._run_counted = 0

    @property
    def last_event_id(self) -> str | None:
        """Where a caller who gives up can resume from later (``last_event_id=``)."""
        self._count_run()
        if self._last_id is not None:
            if _order_key(self._last_id) is None:
                return self._last_id  # (not the server's id form: resumed from as it is)
            return ResumePoint(self._last_id, self._delivered_with_last_id)
        return self.initial if self.initial is not None else self.joined_at

    def header_for_start(self) -> str | None:
        """The ``Last-Event-ID`` of the stream's first connection: from a ``ResumePoint``,
        as a reconnect resumes (this prepares the catching up); else the one given."""
        if self._last_id is not None:
            self._from_point = True
            return self.header_for_reconnect()
        return self.initial

    def connected(self, date: str | None) -> None:
        """A connection was answered, at ``date`` (its ``Date`` header) by the server's clock."""
        if self.initial is None and self.joined_at is None and date:
            # (A date that does not parse, or past datetime's years: resume live, as before.)
            with contextlib.suppress(TypeError, ValueError, OverflowError):
                self.joined_at = str(int(parsedate_to_datetime(date).timestamp()) * 1000)

    def header_for_reconnect(self) -> str | None:
        """The ``Last-Event-ID`` to reconnect with, and prepare to skip the overlap."""
        self._count_run()
        if self._last_id is None:
            return self.last_event_id
        self._catching_up = True
        self._skip_left = self._delivered_with_last_id
        key = _order_key(self._last_id)
        if key is None:
            return self._last_id  # not the server's id form: the best one can do
        millis, _ = key
        # Every "<millis>-N" id is string-greater than "<millis>": all events sharing the
        # last id come again, and those already delivered are skipped in accept().
        return str(millis)

    def accept(self, event: ServerSentEvent) -> bool:
        """Whether to deliver this event (False for a replayed one the caller already has)."""
        if self._run is not None:
            self._count_run()
        event_id = event.id
        if self._catching_up and self._replayed(event_id):
            return False
        if event_id is not None:
            if event_id == self._last_id:
                self._delivered_with_last_id += 1
            else:
                self._last_id = event_id
                self._delivered_with_last_id = 1
        return True

    def deliver(self, run: FrameRun) -> Iterator[StreamPart]:
        """The parts of ``run`` to deliver, each one's data decoded as it is taken.

        Outside a reconnect's catching up, they are all new: then they are counted delivered
        as they are taken (as ``accept`` would count them), and made by C-level iterators,
        with no Python function called per event. Their data go to orjson directly: where it
        refuses one (``orjson.JSONDecodeError``), ``after_refused_data`` goes on from there."""
        if self._catching_up or run.longest > ORJSON_MAX_BYTES:
            return map(decode_part, filter(self.accept, run.events()))
        self._count_run()
        self._run, self._run_counted = run, 0
        self._run_names, self._run_data = iter(run.names), iter(run.data)
        self._run_left = iter(run.ids)
        return self._run_parts()

    def _run_parts(self) -> Iterator[StreamPart]:
        # The zip takes an event's id last, after its data was decoded: the ids taken are
        # the parts made, each delivered as soon as made.
        decoded = map(_orjson_loads, self._run_data)
        events = zip(self._run_names, decoded, self._run_left, strict=True)
        return map(_new_part, repeat(StreamPart), events)

    def after_refused_data(self) -> Iterator[StreamPart] | None:
        """The rest of the run being delivered, if its parts stopped at data that orjson
        refused (the ``orjson.JSONDecodeError`` they raised): that event's part, its data
        decoded as ``decode_part`` decodes it, then the parts after it. None if they did not
        stop there (the error came from elsewhere)."""
        run = self._run
        # Refused data was taken from its iterator, and its id was not.
        if run is None or length_hint(self._run_data) + 1 != length_hint(self._run_left):
            return None
        index = len(run.ids) - length_hint(self._run_left)
        data = _decode_unusual(run.data[index])
        part = _new_part(StreamPart, (run.names[index], data, next(self._run_left)))
        return chain((part,), self._run_parts())

    def _count_run(self) -> None:
        """Count the events of the run being delivered that were delivered since last counted,
        as ``accept`` counts events (a run's ids are all None, or none is)."""
        if self._run is None:
            return
        ids = self._run.ids
        delivered = len(ids) - length_hint(self._run_left)
        new = ids[self._run_counted : delivered]
        self._run_counted = delivered
        if delivered == len(ids):
            self._run = None
        last = new[-1] if new else None
        if last is None:
            return
        same = len(list(takewhile(partial(eq, last), reversed(new))))
        if same == len(new) and last == self._last_id:
            self._delivered_with_last_id += same
        else:
            self._last_id, self._delivered_with_last_id = last, same

    def _replayed(self, event_id: str | None) -> bool:
        """While catching up: whether the caller has this event already. The first event it
        does not have ends the catching up.

        After a reconnect, an event before the last one delivered was delivered (a server that
        replays more than asked, all it stored say, has it dropped). From a point given, only
        one of the point's millisecond was: one before it is news to the caller (the server
        replays none such, and sends live events whatever their ids: a point from another
        server, or a clock set back since), delivered as from the point's text alone."""
        if event_id is not None and self._last_id is not None:
            key, last_key = _order_key(event_id), _order_key(self._last_id)
            if key is not None and last_key is not None:
                if key < last_key and (not self._from_point or key[0] == last_key[0]):
                    return True
                if key == last_key and self._skip_left > 0:
                    self._skip_left -= 1
                    return True
        self._catching_up = False
        self._skip_left = 0
        self._from_point = False
        return False


# A thread stream's own headers: an event stream, which no cache between keeps.
STREAM_HEADERS: Final = {"Accept": "text/event-stream", "Cache-Control": "no-store"}


def stream_headers(
    headers: Mapping[str, str | bytes] | None, last_event_id: str | None
) -> tuple[dict[str, str | bytes], str | None]:
    """The headers of a thread stream's requests, and the ``last_event_id`` it starts after.

    The stream's own headers go under the caller's, which win, as with the official SDK. A
    ``Last-Event-ID`` among the caller's is where the stream starts (the SDK sends it over the
    argument's): taken out of the headers, as each reconnect sends one of its own.
    """
    given: dict[str, str | bytes] = {}
    for name, value in (headers or {}).items():
        if name.lower() == "last-event-id":
            last_event_id = value.decode("latin-1") if isinstance(value, bytes) else value
        else:
            given[name] = value
    return headers_over(STREAM_HEADERS, given), last_event_id


def stream_request(
    thread_id: str, *, stream_modes: str, last_event_id: str | None
) -> dict[str, Any]:
    """``httpx`` request arguments for GET /threads/{thread_id}/stream (kept out of generation);
    the stream's other headers are the options' (``stream_headers``)."""
    # The server's default, run_modes, asked for as the official SDK asks for it (with a
    # parameter the server does not read, so its default): the same request, which mocks and
    # recordings made of the SDK's match. Other modes, in the parameter the server reads.
    default = stream_modes == _DEFAULT_MODES
    return {
        "method": "GET",
        "url": f"/threads/{quote(thread_id, safe='')}/stream",
        "params": {"stream_mode": stream_modes} if default else {"stream_modes": stream_modes},
        "headers": {"Last-Event-ID": _header_value(last_event_id)}
        if last_event_id is not None
        else None,
    }


def _header_value(event_id: str) -> bytes:
    """An event id as a header sends it: in UTF-8 (an id of another form goes back as the
    server sent it, where httpx would encode a str as ASCII), without blanks at its ends,
    which no header value may have (``id:  1-0`` gives `` 1-0``; a server reads the header
    without them, so the same id, which could not be sent at all with them)."""
    return event_id.strip(" \t").encode()


def thrown(
    error: type[BaseException] | BaseException, value: object, traceback: TracebackType | None
) -> BaseException:
    """The exception a generator's ``throw(error, value, traceback)`` raises: ``error`` itself,
    or made from its class and value (the three-argument form, deprecated since Python 3.12,
    made here rather than passed on, so that it warns of nothing)."""
    if isinstance(error, BaseException):
        exception = error
    elif isinstance(value, error):
        exception = value
    else:
        arguments = value if isinstance(value, tuple) else () if value is None else (value,)
        exception = error(*arguments)
    return exception if traceback is None else exception.with_traceback(traceback)
