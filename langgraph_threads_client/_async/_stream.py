"""``ThreadStream``: a thread's live events, resumed after a dropped connection."""

from __future__ import annotations

# unasync: async-only start
import collections.abc
import typing

# unasync: async-only end
from collections.abc import AsyncGenerator, AsyncIterable
from time import monotonic
from types import TracebackType
from typing import Self, cast

from .. import _error_map
from .._admission import AsyncPlace
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
from ._http import HTTP

__all__ = ["ThreadStream"]


class ThreadStream(
    AsyncGenerator[StreamPart, None],
    # unasync: async-only start
    collections.abc.Coroutine[object, None, AsyncGenerator[StreamPart, None]],
    # unasync: async-only end
):
    """The events of every run on a thread, as they happen; iterate it to receive them.

    The stream never ends by itself: stop with ``break`` or ``aclose()``, or use it as a
    context manager, which releases the connection. When the connection drops, it reconnects
    by itself (up to ``max_reconnects`` times in a row, with backoff) and, for runs created with
    ``stream_resumable: true``, delivers every event exactly once, in order. When it gives up
    it raises ``StreamDisconnectedError`` (an ``APIConnectionError``) whose ``last_event_id``
    resumes the stream later.

    It is a generator of ``StreamPart`` objects (``collections.abc.AsyncGenerator``), as the
    official SDK's stream is.
    """

    def __init__(
        self,
        http: HTTP,
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

    def __aiter__(self) -> AsyncGenerator[StreamPart, None]:
        # The generator itself, not self: ``async for`` then skips a call of __anext__ per event.
        return self._parts

    async def __anext__(self) -> StreamPart:
        return await self._parts.__anext__()

    async def aclose(self) -> None:
        """Stop receiving and release the connection (harmless to call twice)."""
        await self._parts.aclose()

    # The rest of a generator's methods: the official SDK's stream is a generator.

    async def asend(self, value: None) -> StreamPart:
        """The next event, as ``__anext__`` (a generator's ``send``; this one takes ``None``)."""
        return await self._parts.asend(value)

    async def athrow(
        self,
        error: type[BaseException] | BaseException,
        value: object = None,
        traceback: TracebackType | None = None,
        /,
    ) -> StreamPart:
        """Raise ``error`` where the stream waits (as a generator's ``athrow``, which also
        takes a class and its value): it ends, its connection released, unless it handles it."""
        return await self._parts.athrow(thrown(error, value, traceback))

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    # unasync: async-only start
    def __await__(
        self,
    ) -> collections.abc.Generator[object, None, AsyncGenerator[StreamPart, None]]:
        """Code written for the official SDK awaits the stream before ``async for``: that
        gives the async generator its events come from, as the SDK's join_stream gives one
        (``inspect.isasyncgen`` says yes, where code that takes a sync or an async stream
        asks), without the stream's ``last_event_id`` and ``async with``."""
        return self._events().__await__()

    async def _events(self) -> AsyncGenerator[StreamPart, None]:
        return self._parts

    # The official SDK's join_stream is a coroutine, which asyncio.create_task (and anything
    # else that wants one) takes: as such, the stream returns its events' generator at once.
    def send(self, value: None) -> typing.NoReturn:
        """As a coroutine's ``send``: it never returns, its result (the async generator of
        the stream's events, as ``await`` gives) goes with the ``StopIteration`` it raises, as
        a finished coroutine's does."""
        raise StopIteration(self._parts)

    def throw(
        self,
        error: type[BaseException] | BaseException,
        value: object = None,
        traceback: TracebackType | None = None,
        /,
    ) -> typing.NoReturn:
        """As a finished coroutine's ``throw``: the error is raised here (the stream is left as
        it is)."""
        raise thrown(error, value, traceback)

    def close(self) -> None:
        """As a finished coroutine's ``close`` (asyncio calls it on one it will not run):
        nothing to release before the stream is read, nor after it ended. A stream being read
        stops with ``await stream.aclose()``: this raises ``RuntimeError`` rather than leave
        its connection open unnoticed."""
        # (An async generator's frame is None once it has ended.)
        if self._cursor.started and getattr(self._parts, "ag_frame", None) is not None:
            raise RuntimeError(
                "an async stream being read stops with `await stream.aclose()`, not close()"
            )

    # unasync: async-only end


async def _receive(
    http: HTTP,
    thread_id: str,
    cursor: ResumeCursor,
    *,
    stream_modes: str,
    max_reconnects: int,
    reconnect_delay: float,
    options: RequestOptions,
) -> AsyncGenerator[StreamPart, None]:
    """The parts of a ``ThreadStream``, reconnecting as it says.

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
            place = AsyncPlace()
            try:
                response = await http.open_stream(request, place, options, lasting=True)
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
                source: AsyncIterable[bytes]
                if "content-encoding" in response.headers or response.is_stream_consumed:
                    source = response.aiter_bytes()
                else:
                    source = cast(AsyncIterable[bytes], response.stream)
                # Closed below, not left to the garbage collector: a generator left after
                # ``break`` is finalized whenever it is collected, after trio's run even.
                chunks = aiter(source)
                accept, deliver = cursor.accept, cursor.deliver
                received = None  # (then the last event, or run of events, received)
                reading = True
                try:
                    async for chunk in chunks:
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
                    close = getattr(chunks, "aclose", None)
                    if close is not None:
                        await close()
            finally:
                try:
                    await http.close_stream(response, place)
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
        await http.sleep(wait)
        if http.client.is_closed:  # (closed while this waited to reconnect: the same end)
            raise stream_disconnected(error, last_event_id=cursor.last_event_id) from cause
        last_event_id = cursor.header_for_reconnect()
