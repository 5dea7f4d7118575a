"""Generated from ``_async/_stream.py`` by ``scripts/unasync.py``: edit that file, not this one."""

from __future__ import annotations

from collections.abc import Generator, Iterable
from time import monotonic
from types import TracebackType
from typing import Self, cast

from .. import _error_map
from .._admission import Place
from .._defaults import STREAM_LIVED
from .._options import RequestOptions
from .._retry import is_transient_status, retry_delay
from .._sse import FrameRun, SSEDecoder
from .._stream_core import (
    RefusedData,
    ResumeCursor,
    StreamPart,
    decode_part,
    is_event_stream,
    last_event_name,
    stream_request,
    thrown,
)
from ..errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    stream_disconnected,
)
from ._http import SyncHTTP

__all__ = ["SyncThreadStream"]


class SyncThreadStream(
    Generator[StreamPart, None],
):
    """The events of every run on a thread, as they happen; iterate it to receive them.

    The stream never ends by itself: stop with ``break`` or ``close()``, or use it as a
    context manager, which releases the connection. When the connection drops, it reconnects
    by itself (up to ``max_reconnects`` times in a row, with backoff) and, for runs created with
    ``stream_resumable: true``, delivers every event exactly once, in order. When it gives up
    it raises ``StreamDisconnectedError`` (an ``APIConnectionError``) whose ``last_event_id``
    resumes the stream later.

    It is a generator of ``StreamPart`` objects (``collections.abc.Generator``), as the
    official SDK's stream is.
    """

    def __init__(
        self,
        http: SyncHTTP,
        thread_id: str,
        *,
        stream_modes: str,
        last_event_id: str | None,
        max_reconnects: int,
        reconnect_delay: float,
        options: RequestOptions,
    ) -> None:
        self._cursor = ResumeCursor(last_event_id)
        # The generator does not refer to this object, so the two are no reference cycle: a
        # stream left unclosed after a ``break`` is freed, and its connection closed, as soon
        # as it is dropped rather than whenever the garbage collector next runs.
        self._parts = _receive(
            http,
            thread_id,
            self._cursor,
            stream_modes=stream_modes,
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
            options=options,
        )

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event delivered (or the one the stream started from): once an
        event with an id of the server's form was delivered, a ``ResumePoint``, which resumes
        this stream with nothing lost or repeated
        (``join_stream(..., last_event_id=stream.last_event_id)``)."""
        return self._cursor.last_event_id

    def __iter__(self) -> Generator[StreamPart, None]:
        # The generator itself, not self: ``for`` then skips a call of __anext__ per event.
        return self._parts

    def __next__(self) -> StreamPart:
        return self._parts.__next__()

    def close(self) -> None:
        """Stop receiving and release the connection (harmless to call twice)."""
        self._parts.close()

    # The rest of a generator's methods: the official SDK's stream is a generator.

    def send(self, value: None) -> StreamPart:
        """The next event, as ``__next__`` (a generator's ``send``; this one takes ``None``)."""
        return self._parts.send(value)

    def throw(
        self,
        error: type[BaseException] | BaseException,
        value: object = None,
        traceback: TracebackType | None = None,
        /,
    ) -> StreamPart:
        """Raise ``error`` where the stream waits (as a generator's ``throw``, which also
        takes a class and its value): it ends, its connection released, unless it handles it."""
        return self._parts.throw(thrown(error, value, traceback))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _receive(
    http: SyncHTTP,
    thread_id: str,
    cursor: ResumeCursor,
    *,
    stream_modes: str,
    max_reconnects: int,
    reconnect_delay: float,
    options: RequestOptions,
) -> Generator[StreamPart, None]:
    """The parts of a ``SyncThreadStream``, reconnecting as it says.

    A thread that does not exist (yet) is not an error: the server answers with heartbeats,
    and the runs of a thread created later under that id come on the same stream. Code written
    for the official SDK joins a thread first and then creates it with its run
    (``if_not_exists="create"``), so as to miss none of the run's events.
    """
    cursor.started = True
    last_event_id = cursor.header_for_start()
    failures = 0
    delay = reconnect_delay
    while True:
        reading = False  # the response's body, past its head
        opened: float | None = None  # when the stream's response came
        try:
            request = stream_request(
                thread_id, stream_modes=stream_modes, last_event_id=last_event_id
            )
            place = Place()
            try:
                response = http.open_stream(request, place, options, lasting=True)
            except BaseException:
                http.admission.leave(place)  # (a give-back cut short: see Place)
                raise
            try:
                opened = monotonic()
                cursor.connected(response.headers.get("date"))
                if not is_event_stream(response.headers.get("content-type")):
                    raise _error_map.not_an_event_stream(response)
                decoder = SSEDecoder()
                feed = decoder.feed_runs
                # An event stream is seldom compressed: then the response's byte stream is
                # its body, read directly (unless already read). iter_raw's layers (a
                # generator, a chunker, a byte count) cost about 0.5 µs a chunk, a good
                # part of this client's own work for a small event sent on its own.
                source: Iterable[bytes]
                if "content-encoding" in response.headers or response.is_stream_consumed:
                    source = response.iter_bytes()
                else:
                    source = cast(Iterable[bytes], response.stream)
                # Closed below, not left to the garbage collector: a generator left after
                # ``break`` is finalized whenever it is collected, after trio's run even.
                chunks = iter(source)
                accept, deliver = cursor.accept, cursor.deliver
                received = None  # (then the last event, or run of events, received)
                reading = True
                try:
                    for chunk in chunks:
                        for received in feed(chunk):
                            # Only a new event is progress: a replay of ones the caller
                            # has leaves the reconnects in a row as they were.
                            if isinstance(received, FrameRun):
                                parts = deliver(received)
                                while True:
                                    try:
                                        for part in parts:
                                            failures = 0
                                            yield part
                                        break
                                    except RefusedData:
                                        rest = cursor.after_refused_data()
                                        if rest is None:  # (not a decoding's: thrown in)
                                            raise
                                        parts = rest
                            elif accept(received):
                                failures = 0
                                yield decode_part(received)
                except http.stack.RequestError as exc:
                    # Which request failed, as iter_raw would have said.
                    _error_map.attach_request(exc, response.request)
                    raise
                finally:
                    # The wait before a reconnect: what the last ``retry:`` line set.
                    if decoder.reconnection_time is not None:
                        delay = decoder.reconnection_time / 1000
                    close = getattr(chunks, "close", None)
                    if close is not None:
                        close()
            finally:
                try:
                    http.close_stream(response, place)
                except BaseException:
                    http.admission.leave(place)  # (a give-back cut short: see Place)
                    raise
            if received is not None and last_event_name(received) == "error":
                # A stream that failed on the server's side ends with an error event (with
                # no id) and the end of the response: the caller has the error, as with the
                # official SDK, and connecting again would deliver the same one again.
                return
            raise _error_map.stream_closed(http.stack.TransportError, response.request)
        # This client's errors first: they are httpx errors too.
        except APIConnectionError as exc:
            if _error_map.is_unread_location(exc):
                # The server's answer to a reconnect would be the same: the stream gives up
                # at once, resumable later from where it got to, as from any other end.
                raise stream_disconnected(exc, last_event_id=cursor.last_event_id) from exc
            error: APIConnectionError = exc
            cause: BaseException = exc
        except APIStatusError as exc:
            if not is_transient_status(exc.status_code):
                exc.last_event_id = cursor.last_event_id  # (resumable once let in again)
                raise
            error, cause = _error_map.stream_unavailable(exc), exc
        except APIResponseValidationError as exc:  # (an answer that is no event stream)
            exc.last_event_id = cursor.last_event_id
            raise
        except http.stack.HTTPError as exc:
            error, cause = _error_map.connection_error(exc), exc
            if reading and isinstance(exc, http.stack.TimeoutException):
                # No byte, heartbeats included, for timeout.read seconds: the caller's bound on
                # the silence (raised at once by the official SDK too), not a dropped connection.
                raise stream_disconnected(error, last_event_id=cursor.last_event_id) from exc
        pool_timeout = http.stack.PoolTimeout
        if isinstance(cause, pool_timeout) or isinstance(cause.__cause__, pool_timeout):
            # No connection within timeout.pool: waiting in the same line again won't help.
            raise stream_disconnected(error, last_event_id=cursor.last_event_id) from cause
        if http.client.is_closed:
            # The client was closed under the stream: the read error is the stream's end
            # (an httpx error, as the official SDK's), with nothing to reconnect with.
            if not isinstance(cause, APIStatusError):
                _error_map.note_closed_under(error)
            raise stream_disconnected(error, last_event_id=cursor.last_event_id) from cause
        if opened is not None and monotonic() - opened >= STREAM_LIVED:
            # A connection that lived (a gateway ending long requests, say) ends a run of
            # failed reconnects: only connections that failed at once add up.
            failures = 0
        failures += 1
        if failures > max_reconnects:
            raise stream_disconnected(error, last_event_id=cursor.last_event_id) from cause
        # A server that answered a transient status may say when to come back (Retry-After),
        # as it does to calls; one that asks for longer than a call would wait ends the stream.
        asked = cause.response.headers if isinstance(cause, APIStatusError) else None
        wait = retry_delay(failures, asked, initial=delay)
        if wait is None:
            raise stream_disconnected(error, last_event_id=cursor.last_event_id) from cause
        http.sleep(wait)
        if http.client.is_closed:  # (closed while this waited to reconnect: the same end)
            raise stream_disconnected(error, last_event_id=cursor.last_event_id) from cause
        last_event_id = cursor.header_for_reconnect()
