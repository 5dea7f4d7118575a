"""join_stream against a simulated server that cuts the stream at random bytes, both forms.

The simulated server follows the real one's rules (see ``openapi.yaml``): events carry ids
``<millis>-0`` that several events share; with ``Last-Event-ID`` it replays the stored events
whose id is string-greater than the header. Whatever the cut points, the caller must see every
event exactly once, in order.
"""

from __future__ import annotations

import asyncio
import collections.abc
import copy
import enum
import gc
import gzip
import inspect
import itertools
import json
import pickle
import random
import re
import sys
import warnings
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from fractions import Fraction
from types import TracebackType
from typing import Any, cast

import httpx
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langgraph_threads_client import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    InternalServerError,
    LangGraphClient,
    NotFoundError,
    ResumePoint,
    StreamDisconnectedError,
    StreamPart,
    SyncThreadsClient,
    UnprocessableEntityError,
    _retry,
    _stream_core,
    get_client,
    get_sync_client,
)
from langgraph_threads_client._async import _stream as async_stream
from langgraph_threads_client._defaults import STREAM_LIVED
from langgraph_threads_client._generated import types as generated_types
from langgraph_threads_client._generated.types import ORJSON_MAX_BYTES
from langgraph_threads_client._sse import FrameRun, ServerSentEvent
from langgraph_threads_client._stream_core import (
    ResumeCursor,
    _header_value,
    decode_part,
    thrown,
)
from langgraph_threads_client._sync import _stream as sync_stream
from tests.forms import Form, is_sync, library_of, threads_client
from tests.unit.test_arguments import NumpyLikeFloat, RefusingFloat
from tests.unit.test_parsing import DEEPER

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
THREAD = {
    "thread_id": THREAD_ID,
    "created_at": "2026-11-24T21:21:34.931247+00:00",
    "updated_at": "2026-11-24T21:21:34.931247+00:00",
    "state_updated_at": "2026-11-24T21:21:34.931247+00:00",
    "metadata": {},
    "status": "busy",
    "config": {},
}
# What the server says an event stream is (join_stream refuses anything else).
SSE = {"content-type": "text/event-stream"}


def make_events(rng: random.Random, count: int) -> list[StreamPart]:
    """Run events whose ids repeat: about half share the millisecond of the one before."""
    millis = 1_732_480_000_000
    events = []
    for n in range(count):
        millis += rng.choice((0, 0, 1, 7))
        event = rng.choice(("metadata", "values", "updates", "custom"))
        events.append(StreamPart(event, {"n": n, "text": "é" * rng.randint(0, 3)}, f"{millis}-0"))
    return events


def frame(part: StreamPart) -> bytes:
    data = json.dumps(part.data, separators=(",", ":"), ensure_ascii=False)
    return f"event: {part.event}\r\ndata: {data}\r\nid: {part.id}\r\n\r\n".encode()


class CuttingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that breaks with a read error after ``cut_at`` bytes (if given), sent
    in chunks of 1 to ``largest_chunk`` bytes (runs of whole frames in the larger ones)."""

    def __init__(
        self,
        body: bytes,
        cut_at: int | None,
        rng: random.Random,
        error: type[httpx.TransportError] = httpx.ReadError,
        largest_chunk: int = 64,
    ) -> None:
        self.body, self.cut_at, self.rng, self.error = body, cut_at, rng, error
        self.largest_chunk = largest_chunk

    def chunks(self) -> Iterator[bytes]:
        end = len(self.body) if self.cut_at is None else self.cut_at
        position = 0
        while position < end:
            size = self.rng.randint(1, self.largest_chunk)
            yield self.body[position : min(end, position + size)]
            position += size
        if self.cut_at is not None:
            raise self.error("connection reset by peer")

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk


class SimulatedServer:
    def __init__(
        self, events: list[StreamPart], cuts: int, seed: int, largest_chunk: int = 64
    ) -> None:
        self.events = events
        self.largest_chunk = largest_chunk
        self.cuts_left = cuts
        self.rng = random.Random(seed)
        self.last_event_ids: list[str | None] = []
        self.stream_modes: list[str] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        header = request.headers.get("last-event-id")
        self.last_event_ids.append(header)
        # (The modes the server reads: run_modes where none is given, as the SDK's request.)
        self.stream_modes.append(request.url.params.get("stream_modes", "run_modes"))
        replay = [e for e in self.events if header in (None, "", "-") or (e.id or "") > header]
        body = b": heartbeat\r\n\r\n" + b"".join(frame(e) for e in replay)
        cut_at = None
        if self.cuts_left > 0 and body:
            self.cuts_left -= 1
            cut_at = self.rng.randint(0, len(body) - 1)
        return httpx.Response(
            200,
            headers=SSE,
            stream=CuttingStream(body, cut_at, self.rng, largest_chunk=self.largest_chunk),
        )


def collect(threads: SyncThreadsClient, count: int, **options: Any) -> list[StreamPart]:
    received: list[StreamPart] = []
    with threads.join_stream(THREAD_ID, reconnect_delay=0, **options) as stream:
        for part in stream:
            received.append(part)
            if len(received) == count:
                break
    return received


@pytest.mark.parametrize("largest_chunk", [64, 2048])
@pytest.mark.parametrize("seed", range(40))
def test_cut_streams_deliver_every_event_exactly_once(
    form: Form, seed: int, largest_chunk: int
) -> None:
    """In small chunks, each event is read on its own; in larger ones, most come in runs of
    frames read together (and delivered together, unless the stream is catching up)."""
    rng = random.Random(seed)
    events = make_events(rng, rng.randint(1, 60))
    server = SimulatedServer(events, cuts=rng.randint(1, 6), seed=seed, largest_chunk=largest_chunk)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        received = collect(threads, len(events), max_reconnects=10)
    assert received == events
    assert len(server.last_event_ids) >= 2  # it really reconnected


def test_reconnect_header_replays_the_shared_id(form: Form) -> None:
    events = [
        StreamPart("values", {"n": 0}, "1000-0"),
        StreamPart("values", {"n": 1}, "1005-0"),
        StreamPart("values", {"n": 2}, "1005-0"),
        StreamPart("values", {"n": 3}, "1005-0"),
    ]
    server = SimulatedServer(events, cuts=0, seed=0)
    cut_after_two = len(frame(events[0]) + frame(events[1])) + len(b": heartbeat\r\n\r\n")

    def handle(request: httpx.Request) -> httpx.Response:
        response = server.handle(request)
        if len(server.last_event_ids) == 1 and request.url.path.endswith("/stream"):
            body = b"".join(response.stream)  # type: ignore[arg-type]
            return httpx.Response(
                200, headers=SSE, stream=CuttingStream(body, cut_after_two, random.Random(0))
            )
        return response

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        received = collect(threads, 4, max_reconnects=2)
    assert received == events
    # Resuming from "1005-0" itself would lose n=2 and n=3 (they share the id).
    assert server.last_event_ids == [None, "1005"]


def read_in_sittings(
    threads: SyncThreadsClient, server: SimulatedServer, sittings: list[int], resume: Any
) -> list[StreamPart]:
    """The events read by streams that each stop after so many (as many as are left at
    most), each resuming from ``resume(last_event_id)`` of the one before."""
    received: list[StreamPart] = []
    point: str | None = None
    for count in sittings:
        count = min(count, len(server.events) - len(received))  # (the server then ends it)
        with threads.join_stream(
            THREAD_ID, last_event_id=point, max_reconnects=0, reconnect_delay=0
        ) as stream:
            for part in itertools.islice(stream, count):
                received.append(part)
            point = resume(stream.last_event_id)
        if len(received) == len(server.events):
            break
    return received


@pytest.mark.parametrize("seed", range(12))
def test_a_stream_resumed_from_where_another_stopped_loses_and_repeats_nothing(
    form: Form, seed: int
) -> None:
    # Ids are shared by the events of a millisecond: a stream that stopped inside such a
    # group gives a resume point that also knows how many of the group it delivered.
    rng = random.Random(seed)
    events = make_events(rng, rng.randint(2, 40))
    sittings = [rng.randint(1, 6) for _ in range(len(events))]
    server = SimulatedServer(events, cuts=0, seed=seed)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        received = read_in_sittings(threads, server, sittings, lambda point: point)
    assert received == events


def test_a_resume_point_kept_as_text_resumes_after_the_id_as_the_sdk_does(form: Form) -> None:
    events = [StreamPart("values", {"n": n}, "1005-0") for n in range(3)]
    events.append(StreamPart("values", {"n": 3}, "1006-0"))
    server = SimulatedServer(events, cuts=0, seed=0)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        assert read_in_sittings(threads, server, [2, 1], str) == events[:2] + events[3:]
        assert server.last_event_ids == [None, "1005-0"]  # (n=2 shares n=1's id: lost)
        point = ResumePoint("1005-0", 1)  # (made again from the two, stored apart)
        assert collect(threads, 3, last_event_id=point, max_reconnects=0) == events[1:]
        assert server.last_event_ids[-1] == "1005"


def test_a_stream_given_up_resumes_from_its_errors_last_event_id(form: Form) -> None:
    events = [StreamPart("values", {"n": n}, "1000-0") for n in range(3)]
    events.append(StreamPart("values", {"n": 3}, "1001-0"))
    server = SimulatedServer(events, cuts=0, seed=0)
    one_event = len(b": heartbeat\r\n\r\n" + frame(events[0]))

    def handle(request: httpx.Request) -> httpx.Response:
        response = server.handle(request)
        if len(server.last_event_ids) == 1 and request.url.path.endswith("/stream"):
            body = b"".join(response.stream)  # type: ignore[arg-type]
            stream = CuttingStream(body, one_event, random.Random(0))
            return httpx.Response(200, headers=SSE, stream=stream)
        return response

    received: list[StreamPart] = []
    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        with pytest.raises(StreamDisconnectedError) as caught:
            received.extend(threads.join_stream(THREAD_ID, max_reconnects=0))
        point = caught.value.last_event_id
        assert point == "1000-0"
        assert isinstance(point, ResumePoint)
        assert point.delivered == 1
        received += collect(threads, 3, last_event_id=point, max_reconnects=0)
    assert received == events


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        # A point ahead of the server's ids (another server's, a clock set back since): its
        # live events, older by their ids, come as from the point's text (which the SDK
        # sends: the server replays none of what it stored, and sends live events as they are).
        (ResumePoint("1800000000000-0", 1), [5, 6]),
        # Of the point's millisecond, those up to it were delivered: the rest come.
        (ResumePoint("1700000000002-0", 1), [3, 4, 5, 6]),
        (ResumePoint("1700000000002-0", 2), [4, 5, 6]),
        (ResumePoint("1700000000002-1", 1), [4, 5, 6]),
    ],
)
def test_a_point_given_drops_only_events_of_its_millisecond_delivered_before(
    form: Form, point: ResumePoint, expected: list[int]
) -> None:
    stored = ["1700000000000-0", "1700000000001-0", "1700000000002-0", "1700000000002-0"]
    stored.append("1700000000003-0")
    live = ["1700000000004-0", "1700000000004-0"]
    events = [StreamPart("values", {"n": n}, event_id) for n, event_id in enumerate(stored + live)]
    headers: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        header = request.headers.get("last-event-id")
        headers.append(header)
        replayed = [event for event in events[: len(stored)] if (event.id or "") > (header or "")]
        body = b"".join(frame(event) for event in replayed + events[len(stored) :])
        return httpx.Response(200, headers=SSE, content=body)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        received = collect(threads, len(expected), last_event_id=point, max_reconnects=0)
    assert [part.data["n"] for part in received] == expected
    assert headers == [point.split("-")[0]]


def test_a_resume_point_is_the_text_of_its_id_and_keeps_its_count() -> None:
    point = ResumePoint("1732480000000-0", 3)
    assert point == "1732480000000-0"
    assert hash(point) == hash("1732480000000-0")
    assert {"1732480000000-0": 1}[point] == 1
    assert json.dumps(point) == orjson.dumps(point).decode() == '"1732480000000-0"'
    for again in (
        pickle.loads(pickle.dumps(point)),
        copy.copy(point),
        copy.deepcopy(point),
    ):
        assert type(again) is ResumePoint
        assert (again, again.delivered) == (point, 3)
    with pytest.raises(AttributeError):
        point.delivered = 0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("event_id", "delivered", "error", "said"),
    [
        ("1000-0", 0, ValueError, "delivered must be an int of 1 or more, got 0"),
        ("1000-0", True, ValueError, "delivered must be an int of 1 or more, got True"),
        ("1000-0", 1.0, ValueError, "delivered must be an int of 1 or more, got 1.0"),
        ("-", 1, ValueError, "not an event id like '1732480000000-0': '-'"),
        ("run-1", 1, ValueError, "not an event id like '1732480000000-0': 'run-1'"),
        ("1000-0\n", 1, ValueError, "not an event id like '1732480000000-0': '1000-0\\n'"),
        (1000, 1, TypeError, "event_id must be str, got int"),
    ],
)
def test_a_resume_point_refuses_what_is_none(
    event_id: Any, delivered: Any, error: type[Exception], said: str
) -> None:
    with pytest.raises(error, match=f"^{re.escape(said)}$"):
        ResumePoint(event_id, delivered)


def test_a_stream_resumes_from_an_id_of_another_form_as_it_is(form: Form) -> None:
    # (Another server's ids: no order to read, nothing counted; sent back as they came.)
    events = [StreamPart("values", {"n": n}, f"run-{n}") for n in range(2)]
    server = SimulatedServer(events, cuts=0, seed=0)
    with (
        threads_client(form, transport=httpx.MockTransport(server.handle)) as threads,
        threads.join_stream(THREAD_ID, max_reconnects=0) as stream,
    ):
        next(iter(stream))
        point = stream.last_event_id
    assert (point, type(point)) == ("run-0", str)


def test_only_a_headers_blanks_are_taken_off_an_id_sent_back() -> None:
    # (Spaces and tabs, a header value's; not other characters, which no header holds.)
    assert _header_value(" \tXrun-0X\x0b\t ") == b"Xrun-0X\x0b"


def test_an_id_with_blanks_at_its_ends_is_sent_back_without_them(form: Form) -> None:
    # ("id:  run-0" is the id " run-0": a header cannot hold it so, and a server would read
    # the header without the blank anyway; with it the reconnect failed before it was sent.)
    first = StreamPart("values", {"n": 0}, " run-0\t")
    sent: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.extend(request.headers.get_list("last-event-id"))
        body = frame(first) if not sent else b""
        return httpx.Response(
            200, headers=SSE, stream=CuttingStream(body, len(body), random.Random(0))
        )

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        threads.join_stream(THREAD_ID, max_reconnects=1, reconnect_delay=0) as stream,
        pytest.raises(StreamDisconnectedError) as caught,
    ):
        list(stream)
    assert [raw for name, raw in caught.value.request.headers.raw if name == b"Last-Event-ID"] == [
        b"run-0"
    ]
    assert sent == ["run-0"]
    assert caught.value.last_event_id == " run-0\t"  # (the id itself, as the server sent it)


def broken_after_three_events(
    error: type[httpx.TransportError] = httpx.ReadError,
) -> tuple[list[StreamPart], SimulatedServer, Callable[[httpx.Request], httpx.Response]]:
    """Ten events, and a server whose first connection breaks with ``error`` after three of
    them, every later one at once."""
    events = [StreamPart("values", {"n": n}, f"{1000 + n}-0") for n in range(10)]
    server = SimulatedServer(events, cuts=0, seed=1)
    three_events = len(b": heartbeat\r\n\r\n" + b"".join(frame(e) for e in events[:3]))

    def handle(request: httpx.Request) -> httpx.Response:
        response = server.handle(request)
        if request.url.path.endswith("/stream"):
            body = b"".join(response.stream)  # type: ignore[arg-type]
            cut_at = three_events if len(server.last_event_ids) == 1 else 0
            stream = CuttingStream(body, cut_at, random.Random(0), error)
            return httpx.Response(200, headers=SSE, stream=stream)
        return response

    return events, server, handle


def received_until_it_gives_up(
    form: Form, handle: Callable[[httpx.Request], httpx.Response]
) -> tuple[list[StreamPart], pytest.ExceptionInfo[StreamDisconnectedError]]:
    """What a stream of up to 3 reconnects delivers before it raises, and what it raises."""
    received: list[StreamPart] = []
    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        stream = threads.join_stream(THREAD_ID, max_reconnects=3, reconnect_delay=0)
        with pytest.raises(StreamDisconnectedError) as caught:
            received.extend(stream)
    return received, caught


def test_gives_up_after_reconnects_without_progress(form: Form) -> None:
    events, server, handle = broken_after_three_events()
    received, caught = received_until_it_gives_up(form, handle)
    assert received == events[:3]
    assert len(server.last_event_ids) == 4  # the first connection and 3 reconnects
    assert caught.value.last_event_id == "1002-0"
    assert isinstance(caught.value, APIConnectionError)
    assert "connection reset" in str(caught.value.__cause__)
    # What the official SDK would raise (httpx2's ReadError on httpx2).
    assert isinstance(caught.value, library_of(form).ReadError)
    # The error names the request whose body broke, as httpx's own would.
    request = caught.value.request
    assert request is not None
    assert request.url.path == f"/threads/{THREAD_ID}/stream"
    cause: Any = caught.value.__cause__  # (httpx's or httpx2's ReadError)
    assert isinstance(cause, library_of(form).ReadError)
    assert cause.request is request


def test_replays_of_delivered_events_are_not_progress(form: Form) -> None:
    # Every connection replays the one event the caller already has, then breaks: the
    # reconnects are failures in a row, and the stream gives up after max_reconnects.
    event = StreamPart("values", {"n": 0}, "1000-0")
    connections: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        connections.append(request.headers.get("last-event-id"))
        if len(connections) > 10:  # long past max_reconnects: end the test, not loop forever
            return httpx.Response(404, json={"detail": "still reconnecting"})
        body = frame(event)
        return httpx.Response(
            200, headers=SSE, stream=CuttingStream(body, len(body), random.Random(0))
        )

    received: list[StreamPart] = []
    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        stream = threads.join_stream(THREAD_ID, max_reconnects=2, reconnect_delay=0)
        with pytest.raises(StreamDisconnectedError) as caught:
            received.extend(stream)
    assert received == [event]
    assert len(connections) == 3  # the first connection and 2 reconnects
    assert caught.value.last_event_id == "1000-0"


def test_reconnecting_can_be_turned_off(form: Form) -> None:
    server = SimulatedServer(make_events(random.Random(2), 5), cuts=1, seed=2)
    with (
        threads_client(form, transport=httpx.MockTransport(server.handle)) as threads,
        pytest.raises(APIConnectionError),
    ):
        list(threads.join_stream(THREAD_ID, max_reconnects=0))
    assert len(server.last_event_ids) == 1


def test_modes_and_last_event_id_are_sent_as_the_server_reads_them(form: Form) -> None:
    events = make_events(random.Random(3), 3)
    server = SimulatedServer(events, cuts=0, seed=3)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        collect(threads, 3, stream_mode=["lifecycle", "state_update"], last_event_id="-")
    assert server.stream_modes[0] == "lifecycle,state_update"
    assert server.last_event_ids[0] == "-"


def test_heartbeats_are_skipped_and_data_is_decoded(form: Form) -> None:
    body = (
        b": heartbeat\r\n\r\n"
        b'event: metadata\r\ndata: {"run_id":"r1","attempt":1}\r\nid: 5-0\r\n\r\n'
        b": heartbeat\r\n\r\n"
        b'event: values\r\ndata: {"count":1}\r\nid: 6-0\r\n\r\n'
    )

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, headers=SSE, content=body)
        return httpx.Response(200, json=THREAD)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        parts = collect(threads, 2)
    assert parts == [
        StreamPart("metadata", {"run_id": "r1", "attempt": 1}, "5-0"),
        StreamPart("values", {"count": 1}, "6-0"),
    ]
    assert parts[0].event == "metadata"
    assert parts[0].data["run_id"] == "r1"


def test_data_nested_too_deep_to_decode_is_kept_as_text(form: Form) -> None:
    deep = "[" * DEEPER + "]" * DEEPER
    body = f"event: values\r\ndata: {deep}\r\nid: 6-0\r\n\r\n".encode()

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, headers=SSE, content=body)
        return httpx.Response(200, json=THREAD)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        assert collect(threads, 1) == [StreamPart("values", deep, "6-0")]


def test_a_thread_not_created_yet_is_waited_for_as_the_sdk_waits(form: Form) -> None:
    """SDK code joins first and then creates the thread with its run (``if_not_exists=
    "create"``), to miss none of its events: the server sends heartbeats until then."""
    others: list[httpx.Request] = []
    body = (
        b": heartbeat\r\n\r\n" * 3
        + b'event: metadata\r\ndata: {"run_id":"r1","attempt":1}\r\nid: 5-0\r\n\r\n'
    )

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, headers=SSE, content=body)
        others.append(request)
        return httpx.Response(404, json={"detail": "Thread not found"})

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        assert collect(threads, 1) == [
            StreamPart("metadata", {"run_id": "r1", "attempt": 1}, "5-0")
        ]
    assert others == []  # (nothing asked of the thread itself)


def test_a_stream_the_server_does_not_have_is_not_found_at_once(form: Form) -> None:
    # Servers without the endpoint (langgraph-api 0.2, Aegra 0.11) answer 404 Not Found.
    calls: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        # (Its body streamed, as a server's is: read before the error is made.)
        body = CuttingStream(b'{"detail": "Not Found"}', None, random.Random(0))
        return httpx.Response(404, headers={"content-type": "application/json"}, stream=body)

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        pytest.raises(NotFoundError) as caught,
    ):
        next(iter(threads.join_stream(THREAD_ID)))
    assert [call.url.path for call in calls] == [f"/threads/{THREAD_ID}/stream"]
    assert caught.value.body == {"detail": "Not Found"}  # (the body read, as a call's)


def test_server_refusal_is_raised_not_retried(form: Form) -> None:
    calls = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.url.path.endswith("/stream"):
            return httpx.Response(422, json={"detail": "Invalid stream mode"})
        return httpx.Response(200, json=THREAD)

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        pytest.raises(UnprocessableEntityError, match="Invalid stream mode"),
    ):
        next(iter(threads.join_stream(THREAD_ID, stream_mode="bogus")))  # type: ignore[arg-type]
    assert calls[0].url.params["stream_modes"] == "bogus"  # (the server says what it has)
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"last_event_id": "abc"}, ValueError),
        ({"last_event_id": "12-x"}, ValueError),
        ({"last_event_id": "12-0\n"}, ValueError),
        ({"last_event_id": "١٢-0"}, ValueError),  # (digits, not the ASCII ones the server reads)
        ({"stream_mode": [5]}, ValueError),
        ({"stream_mode": "a,b"}, ValueError),
        ({"max_reconnects": -1}, ValueError),
        ({"max_reconnects": 1.5}, TypeError),
    ],
)
def test_bad_arguments_fail_before_any_request(
    form: Form, options: dict[str, Any], error: type[Exception]
) -> None:
    calls: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(handle)
    with threads_client(form, transport=transport) as threads, pytest.raises(error):
        threads.join_stream(THREAD_ID, **options)
    assert calls == []


def test_stopping_early_releases_the_connection(form: Form) -> None:
    events = make_events(random.Random(4), 20)
    server = SimulatedServer(events, cuts=0, seed=4)
    closed = []

    class TrackedStream(CuttingStream):
        def close(self) -> None:
            closed.append(True)

        async def aclose(self) -> None:
            closed.append(True)

    def handle(request: httpx.Request) -> httpx.Response:
        response = server.handle(request)
        if request.url.path.endswith("/stream"):
            body = b"".join(response.stream)  # type: ignore[arg-type]
            return httpx.Response(
                200, headers=SSE, stream=TrackedStream(body, None, random.Random(0))
            )
        return response

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        stream = threads.join_stream(THREAD_ID)
        for part in stream:
            if part.data["n"] == 3:
                break
        stream.close()
        assert closed == [True]
        assert threads.get(THREAD_ID).thread_id == THREAD_ID  # the client is still usable


class SlowClosingBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An endless event stream whose closing waits, as closing a real connection does."""

    def __init__(self, closed: list[bool]) -> None:
        self.closed = closed

    def __iter__(self) -> Iterator[bytes]:
        for n in range(10_000):
            yield frame(StreamPart("values", {"n": n}, f"{n}-0"))

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk
            await asyncio.sleep(0)

    def close(self) -> None:
        self.closed.append(True)

    async def aclose(self) -> None:
        self.closed.append(True)
        await asyncio.sleep(0)  # (when the loop ends here, httpcore shields the rest)


def slow_closing_server(closed: list[bool]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, headers=SSE, stream=SlowClosingBody(closed))
        return httpx.Response(200, json=THREAD)

    return httpx.MockTransport(handle)


def test_a_stream_is_a_generator_as_the_sdks_is() -> None:
    # The SDK's stream is a generator: code may send(None) or throw() into it.
    closed: list[bool] = []
    with get_sync_client(http_client=httpx.Client(transport=slow_closing_server(closed))) as c:
        stream = c.threads.join_stream(THREAD_ID)
        assert isinstance(stream, collections.abc.Generator)
        assert next(stream).data == {"n": 0}
        assert stream.send(None).data == {"n": 1}
        with pytest.raises(KeyError, match="stop"):
            stream.throw(KeyError("stop"))
        assert closed == [True]  # the error ended it: its connection is closed
        with pytest.raises(StopIteration):
            next(stream)
        assert c._http.admission.in_use == 0


def is_python_async_generator(value: object) -> bool:
    """What code that takes a sync or an async stream asks (without narrowing a type)."""
    return inspect.isasyncgen(value)


def test_an_async_stream_is_an_async_generator_as_the_sdks_is() -> None:
    closed: list[bool] = []

    async def scenario() -> None:
        http_client = httpx.AsyncClient(transport=slow_closing_server(closed))
        async with get_client(http_client=http_client) as client:
            stream = await client.threads.join_stream(THREAD_ID)
            assert isinstance(stream, collections.abc.AsyncGenerator)
            # As the SDK's, a Python async generator: code that takes a sync or an async
            # stream asks inspect which it has.
            assert is_python_async_generator(stream)
            assert (await anext(stream)).data == {"n": 0}
            assert (await stream.asend(None)).data == {"n": 1}
            with pytest.raises(KeyError, match="stop"):
                await stream.athrow(KeyError("stop"))
            assert closed == [True]
            with pytest.raises(StopAsyncIteration):
                await anext(stream)
            assert client._http.admission.in_use == 0
        await http_client.aclose()

    asyncio.run(scenario())


def test_an_async_stream_is_a_coroutine_as_the_sdks_join_stream_is() -> None:
    # The SDK's join_stream is a coroutine function: code hands its result to create_task.
    closed: list[bool] = []

    async def scenario() -> None:
        http_client = httpx.AsyncClient(transport=slow_closing_server(closed))
        async with get_client(http_client=http_client) as client:
            stream = client.threads.join_stream(THREAD_ID)
            assert isinstance(stream, collections.abc.Coroutine)
            assert asyncio.iscoroutine(stream)
            joined = await asyncio.create_task(stream)
            assert (await anext(joined)).data == {"n": 0}
            with pytest.raises(KeyError, match="not the stream's"):
                stream.throw(KeyError("not the stream's"))
            assert (await anext(joined)).data == {"n": 1}  # (throw left it as it was)
            await joined.aclose()
            assert closed == [True]
            assert is_python_async_generator(joined)  # (as awaiting the stream gives)
        await http_client.aclose()

    asyncio.run(scenario())


def test_an_async_stream_takes_what_a_generator_and_a_coroutine_take() -> None:
    # Their ABCs' methods as typeshed gives them: throw and athrow also take a class (and a
    # value); close() is a coroutine's (nothing to do for one that has finished).
    closed: list[bool] = []

    async def scenario() -> None:
        http_client = httpx.AsyncClient(transport=slow_closing_server(closed))
        async with get_client(http_client=http_client) as client:
            never_awaited = client.threads.join_stream(THREAD_ID)
            never_awaited.close()
            with pytest.raises(KeyError, match="as a class"):
                never_awaited.throw(KeyError, KeyError("as a class"))
            with pytest.raises(LookupError):
                never_awaited.throw(LookupError)
            stream = client.threads.join_stream(THREAD_ID)
            assert (await anext(stream)).data == {"n": 0}
            # Being read, it is not closed by a coroutine's close(), and says so.
            with pytest.raises(RuntimeError, match=r"await stream\.aclose\(\)"):
                stream.close()
            assert (await anext(stream)).data == {"n": 1}
            with pytest.raises(KeyError, match="stop"):
                await stream.athrow(KeyError, "stop")
            assert closed == [True]
            stream.close()  # (ended: nothing to do)
        await http_client.aclose()

    asyncio.run(scenario())


def a_traceback() -> TracebackType | None:
    try:
        raise ValueError("with its traceback")
    except ValueError as exc:
        return exc.__traceback__


def tracebacks_of(error: BaseException) -> list[TracebackType]:
    """The error's traceback, entry by entry, from where it was caught."""
    found, step = [], error.__traceback__
    while step is not None:
        found.append(step)
        step = step.tb_next
    return found


def test_a_streams_generator_methods_pass_on_all_they_are_given() -> None:
    # What a generator refuses (a value sent into one not started), the stream refuses; a
    # traceback given to throw() is the error's, under where it was raised.
    closed: list[bool] = []
    traceback = a_traceback()
    with get_sync_client(http_client=httpx.Client(transport=slow_closing_server(closed))) as c:
        with pytest.raises(TypeError, match="non-None value"):
            c.threads.join_stream(THREAD_ID).send(cast(None, "a value"))
        stream = c.threads.join_stream(THREAD_ID)
        assert next(stream).data == {"n": 0}
        with pytest.raises(KeyError) as thrown_in:
            stream.throw(KeyError, None, traceback)
        assert traceback in tracebacks_of(thrown_in.value)


def test_an_async_streams_generator_methods_pass_on_all_they_are_given() -> None:
    closed: list[bool] = []
    traceback = a_traceback()

    async def scenario() -> None:
        http_client = httpx.AsyncClient(transport=slow_closing_server(closed))
        async with get_client(http_client=http_client) as client:
            never_awaited = client.threads.join_stream(THREAD_ID)
            with pytest.raises(KeyError) as thrown_in:
                never_awaited.throw(KeyError, None, traceback)
            assert traceback in tracebacks_of(thrown_in.value)
            stream = client.threads.join_stream(THREAD_ID)
            with pytest.raises(TypeError, match="non-None value"):
                await stream.asend(cast(None, "a value"))
            stream = client.threads.join_stream(THREAD_ID)
            assert (await anext(stream)).data == {"n": 0}
            with pytest.raises(
                RuntimeError,
                match=r"^an async stream being read stops with `await stream\.aclose\(\)`, "
                r"not close\(\)$",
            ):
                stream.close()
            with pytest.raises(KeyError) as athrown_in:
                await stream.athrow(KeyError, None, traceback)
            assert traceback in tracebacks_of(athrown_in.value)
        await http_client.aclose()

    asyncio.run(scenario())


def test_a_stream_takes_a_class_to_throw_as_a_generator_does() -> None:
    closed: list[bool] = []
    with get_sync_client(http_client=httpx.Client(transport=slow_closing_server(closed))) as c:
        stream = c.threads.join_stream(THREAD_ID)
        assert next(stream).data == {"n": 0}
        with pytest.raises(KeyError, match="stop"):
            stream.throw(KeyError, "stop")
        assert closed == [True]


def test_what_throw_raises_is_what_a_generator_raises() -> None:
    def raised_by_a_generator(
        error: type[BaseException] | BaseException, value: object, traceback: TracebackType | None
    ) -> BaseException:
        def generator() -> collections.abc.Generator[None]:
            yield

        running = generator()
        next(running)
        try:
            with warnings.catch_warnings():  # (the three-argument form: deprecated in 3.12)
                warnings.simplefilter("ignore", DeprecationWarning)
                if value is None and traceback is None:
                    running.throw(error)
                running.throw(cast(type[BaseException], error), value, traceback)
        except Exception as exc:
            return exc
        raise AssertionError("the generator raised nothing")

    try:
        raise ValueError("with its traceback")
    except ValueError as exc:
        traceback = exc.__traceback__
    given_error = KeyError("given")
    cases: list[tuple[type[BaseException] | BaseException, object, TracebackType | None]] = [
        (given_error, None, None),
        (KeyError, None, None),
        (KeyError, "a value", None),
        (KeyError, ("a", "tuple"), None),
        (LookupError, given_error, None),
        (KeyError, None, traceback),
    ]
    for arguments in cases:
        ours, generators = thrown(*arguments), raised_by_a_generator(*arguments)
        assert type(ours) is type(generators), arguments
        assert ours.args == generators.args, arguments
    assert thrown(given_error, None, None) is given_error
    assert thrown(KeyError, None, traceback).__traceback__ is traceback


def test_a_stream_left_after_break_is_closed_when_dropped() -> None:
    # As code written for the official SDK does: ``break`` (or return) with no close().
    closed: list[bool] = []
    with get_sync_client(http_client=httpx.Client(transport=slow_closing_server(closed))) as c:
        for _ in range(3):
            for _part in c.threads.join_stream(THREAD_ID):
                break
        assert closed == [True] * 3


def test_an_async_stream_left_after_break_is_closed_without_an_error() -> None:
    closed: list[bool] = []
    loop_errors: list[str] = []

    async def first_event(client: LangGraphClient) -> str:
        async for part in await client.threads.join_stream(THREAD_ID):
            return part.event
        raise AssertionError("no event")

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _, context: loop_errors.append(context["message"]))
        http_client = httpx.AsyncClient(transport=slow_closing_server(closed))
        async with get_client(http_client=http_client) as client:
            for _ in range(5):
                assert await first_event(client) == "values"
            for _ in range(5):
                await asyncio.sleep(0)
            assert closed == [True] * 5  # each closed once dropped, no collection needed
            gc.collect()
            for _ in range(5):
                await asyncio.sleep(0)
            thread = await client.threads.get(THREAD_ID)  # the client is still usable
            assert thread.thread_id == THREAD_ID
        await http_client.aclose()

    asyncio.run(scenario())
    assert loop_errors == []
    assert closed == [True] * 5


def test_a_stream_dropped_as_the_event_loop_ends_closes_without_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A web handler's generator relays the stream; the browser goes away and the program
    # ends: asyncio closes the dropped stream, then closes what generators are left.
    closed: list[bool] = []
    errors: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda hook: errors.append(repr(hook.exc_value)))

    async def relay(client: LangGraphClient) -> AsyncGenerator[str, None]:
        async for part in await client.threads.join_stream(THREAD_ID):
            yield part.event

    async def scenario() -> list[str]:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _, context: errors.append(context["message"]))
        client = get_client(http_client=httpx.AsyncClient(transport=slow_closing_server(closed)))
        events = relay(client)
        seen = [await anext(events), await anext(events)]
        await events.aclose()  # the browser went away
        return seen

    with asyncio.Runner() as runner:
        assert runner.run(scenario()) == ["values", "values"]
    gc.collect()
    assert errors == []
    assert closed == [True]


@pytest.fixture
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff without its random part: each wait is the whole of its step."""
    monkeypatch.setattr(_retry._RNG, "random", lambda: 0.0)


def always_cut(events: list[StreamPart], prefix: bytes = b"") -> SimulatedServer:
    """A server whose every stream breaks after one new event (events with distinct ids: a
    reconnect replays the last one seen, then the new one); the first starts with ``prefix``."""
    server = SimulatedServer(events, cuts=0, seed=0)
    inner = server.handle

    def handle(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if request.url.path.endswith("/stream"):
            first = server.last_event_ids[-1] is None
            head = prefix if first else b""
            body = head + b"".join(response.stream)  # type: ignore[arg-type]
            delivered = 1 if first else 2
            shown = [e for e in events if (e.id or "") > (server.last_event_ids[-1] or "")]
            cut_at = len(head) + len(b": heartbeat\r\n\r\n")
            cut_at += sum(len(frame(e)) for e in shown[:delivered])
            return httpx.Response(
                200, headers=SSE, stream=CuttingStream(body, cut_at, random.Random(0))
            )
        return response

    server.handle = handle  # type: ignore[method-assign]
    return server


def test_a_reconnect_delay_whose_own_float_refuses_is_refused_naming_it() -> None:
    with (
        get_sync_client(url="http://test", api_key=None) as client,
        pytest.raises(TypeError, match=r"^reconnect_delay must be seconds, got RefusingFloat$"),
    ):
        client.threads.join_stream(THREAD_ID, reconnect_delay=RefusingFloat(1.0))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "delay", [Fraction(1, 4), NumpyLikeFloat(0.25), 10**400], ids=["Fraction", "float32", "huge"]
)
def test_a_reconnect_delay_of_another_number_type_waits_as_its_float(
    form: Form, sleeps: Any, delay: object
) -> None:
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("refused", request=request)

    with (
        threads_client(form, transport=httpx.MockTransport(refuse)) as threads,
        pytest.raises(APIConnectionError),
    ):
        list(threads.join_stream(THREAD_ID, max_reconnects=1, reconnect_delay=delay))  # type: ignore[arg-type]
    assert len(attempts) == 2
    assert [type(wait) for wait in sleeps.delays] == [float]
    # (Waits are capped at 8 s: 10**400 seconds, past a float's range, waits that long.)
    assert 0.1875 <= sleeps.delays[0] <= (8 if delay == 10**400 else 0.25)


def test_default_reconnects_and_backoff_schedule(form: Form, sleeps: Any) -> None:
    # Each connection delivers the next event, then breaks: progress, so it never gives up...
    events = [StreamPart("values", {"n": n}, f"{1000 + n}-0") for n in range(4)]
    server = always_cut(events)
    with (
        threads_client(form, transport=httpx.MockTransport(server.handle)) as threads,
        threads.join_stream(THREAD_ID) as stream,
    ):
        received = [next(stream) for _ in range(4)]
    assert received == events
    # ...and every wait is the first step of the backoff from the default 0.5 s.
    assert len(sleeps.delays) == 3
    assert all(0.375 <= delay <= 0.5 for delay in sleeps.delays), sleeps.delays

    # A server that never answers: 5 reconnects by default, waits doubling from 0.5 s.
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("refused", request=request)

    sleeps.delays.clear()
    transport = httpx.MockTransport(refuse)
    with threads_client(form, transport=transport) as threads, pytest.raises(APIConnectionError):
        list(threads.join_stream(THREAD_ID))
    assert len(attempts) == 6  # the first attempt and 5 reconnects
    assert len(sleeps.delays) == 5
    for n, delay in enumerate(sleeps.delays):
        ceiling = min(8.0, 0.5 * 2**n)
        assert 0.75 * ceiling <= delay <= ceiling, sleeps.delays


def test_a_read_timeout_ends_the_stream_at_once(form: Form, sleeps: Any) -> None:
    # No byte for timeout.read seconds (a short timeout between the server's heartbeats, or a
    # signal handler's TimeoutError, which httpcore raises as one): raised, as by the official
    # SDK, with where to resume; not a dropped connection to make again.
    events, server, handle = broken_after_three_events(httpx.ReadTimeout)
    library = library_of(form)
    received, caught = received_until_it_gives_up(form, handle)
    assert received == events[:3]
    assert len(server.last_event_ids) == 1  # no reconnect
    assert sleeps.delays == []
    assert caught.value.last_event_id == "1002-0"
    assert isinstance(caught.value, library.ReadTimeout)
    assert isinstance(caught.value, library.TimeoutException)


def test_a_read_timeout_before_the_stream_opens_is_retried(form: Form, sleeps: Any) -> None:
    # Waiting for the answer's head is a call like any other: a timeout there is retried.
    events = [StreamPart("values", {"n": n}, f"{1000 + n}-0") for n in range(3)]
    server = SimulatedServer(events, cuts=0, seed=1)
    opened: list[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            opened.append(1)
            if len(opened) == 1:
                raise httpx.ReadTimeout("no answer", request=request)
        return server.handle(request)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        received = collect(threads, 3, max_reconnects=2)
    assert received == events
    assert len(opened) == 2
    assert len(sleeps.delays) == 1


@pytest.mark.parametrize(
    ("prefix", "first"),
    [
        (
            b'retry: 3000\r\nevent: custom\r\ndata: "wait"\r\n\r\n',
            [StreamPart("custom", "wait", None)],
        ),
        (b"retry: 3000\r\n\r\n", []),  # a block of its own, with no data: no event, still set
    ],
)
def test_the_server_retry_field_sets_the_reconnect_delay(
    form: Form, sleeps: Any, prefix: bytes, first: list[StreamPart], no_jitter: None
) -> None:
    events = [StreamPart("values", {"n": n}, f"{1000 + n}-0") for n in range(3)]
    server = always_cut(events, prefix=prefix)
    with (
        threads_client(form, transport=httpx.MockTransport(server.handle)) as threads,
        threads.join_stream(THREAD_ID, reconnect_delay=0.01) as stream,
    ):
        received = [next(stream) for _ in range(len(first) + 3)]
    assert received == [*first, *events]
    # 3 s from the server (its milliseconds), not the 0.01 s asked for.
    assert sleeps.delays == [3.0, 3.0]


@pytest.mark.parametrize(
    "digits",
    [b"9" * 400, b"9" * 4301],  # past a float of seconds; past what int() reads
)
def test_a_retry_field_of_any_length_sets_the_longest_delay(
    form: Form, sleeps: Any, digits: bytes
) -> None:
    events = [StreamPart("values", {"n": n}, f"{1000 + n}-0") for n in range(3)]
    server = always_cut(events, prefix=b"retry: " + digits + b"\r\n\r\n")
    with (
        threads_client(form, transport=httpx.MockTransport(server.handle)) as threads,
        threads.join_stream(THREAD_ID, reconnect_delay=0.01) as stream,
    ):
        received = [next(stream) for _ in range(3)]
    assert received == events
    # The server's time is beyond any wait: the longest backoff (8 s, less jitter).
    assert len(sleeps.delays) == 2
    assert all(6.0 <= delay <= 8.0 for delay in sleeps.delays), sleeps.delays


def test_the_stream_request_on_the_wire(form: Form) -> None:
    events = [StreamPart("values", {"n": 0}, "1732480000000-0")]
    server = SimulatedServer(events, cuts=0, seed=0)
    requests: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return server.handle(request)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        collect(threads, 1, last_event_id="1732479999999-0")
    stream = requests[-1]
    assert stream.method == "GET"
    assert stream.headers["accept"] == "text/event-stream"
    assert stream.headers["cache-control"] == "no-store"
    assert stream.headers["last-event-id"] == "1732479999999-0"
    # The default asked for as the SDK asks (a parameter the server does not read, so its
    # default): the SDK's very request, which mocks and recordings made of it match.
    assert str(stream.url).endswith(f"/threads/{THREAD_ID}/stream?stream_mode=run_modes")
    for none in ("", 0, False):  # empty or false: from now on, with no header, as the SDK
        with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
            collect(threads, 1, last_event_id=cast(Any, none))
        assert "last-event-id" not in requests[-1].headers
    # Headers in every form httpx takes (pairs, bytes), as for every other method.
    for headers in ([("x-trace", "1")], ((b"x-trace", b"1"),), {"x-trace": "1"}):
        with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
            collect(threads, 1, headers=headers)
        assert requests[-1].headers["x-trace"] == "1"


def test_the_callers_headers_win_over_the_streams_own(form: Form) -> None:
    # As with the SDK, which puts the call's headers last; a Last-Event-ID among them is where
    # the stream starts (over the argument, as there), and reconnects send their own.
    events = [StreamPart("values", {"n": n}, f"173248000000{n}-0") for n in range(3)]
    server = SimulatedServer(events, cuts=0, seed=0)
    requests: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return server.handle(request)

    own = {"ACCEPT": "text/event-stream; q=1", "cache-control": "no-cache"}
    cases: list[tuple[Any, str]] = [
        (own, "1732480000000-0"),  # (the argument's)
        ({**own, "Last-Event-Id": "1732480000001-0"}, "1732480000001-0"),
        ([(b"last-event-id", b"-")], "-"),
    ]
    for headers, start in cases:
        with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
            first = collect(threads, 1, last_event_id="1732480000000-0", headers=headers)
        sent = requests[-1].headers
        given = dict(headers)
        assert sent.get_list("accept") == [given.get("ACCEPT", "text/event-stream")]
        assert sent.get_list("cache-control") == [given.get("cache-control", "no-store")]
        assert sent.get_list("last-event-id") == [start]
        assert server.last_event_ids[-1] == start
        assert first == [next(e for e in events if start == "-" or (e.id or "") > start)]


@pytest.mark.parametrize(
    ("status", "transient"),
    [
        *[(408, True), (429, True), (500, True), (503, True), (599, True)],
        *[(404, False), (409, False), (430, False), (499, False), (501, False), (505, False)],
    ],
)
def test_stream_statuses_worth_a_reconnect(form: Form, status: int, transient: bool) -> None:
    events = [StreamPart("values", {"n": 0}, "1000-0")]
    server = SimulatedServer(events, cuts=0, seed=0)
    answered: list[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream") and not answered:
            answered.append(status)
            return httpx.Response(status, json={"detail": "not now"})
        return server.handle(request)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        if transient:
            assert collect(threads, 1, max_reconnects=1) == events
        else:
            with pytest.raises(APIStatusError) as caught:
                collect(threads, 1, max_reconnects=1)
            assert caught.value.status_code == status


@pytest.mark.parametrize("status", [429, 503, 500])
def test_a_reconnect_waits_as_long_as_the_server_asks(form: Form, sleeps: Any, status: int) -> None:
    events = [StreamPart("values", {"n": 0}, "1000-0")]
    server = SimulatedServer(events, cuts=0, seed=0)
    # One answer a request to the stream, in turn: a wait asked, the events, the events of a
    # connection the server then ends, a longer wait asked.
    asked = iter(["3", None, "ended", "120"])

    def handle(request: httpx.Request) -> httpx.Response:
        wait = next(asked, None) if request.url.path.endswith("/stream") else None
        if wait == "ended":
            body = b'id: 1000-0\nevent: values\ndata: {"n": 0}\n\n'
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
        if wait is not None:
            return httpx.Response(status, headers={"Retry-After": wait}, json={"detail": "busy"})
        return server.handle(request)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        assert collect(threads, 1) == events  # (after a wait of 3 s, as asked)
        assert sleeps.delays == [3.0]
        # Longer than a call would wait (60 s): the stream ends, as the call would, saying
        # where it got to (an event before the connection ended, then the refused reconnect).
        with (
            pytest.raises(StreamDisconnectedError, match=f"^Stream unavailable: {status}") as e,
            threads.join_stream(THREAD_ID, reconnect_delay=0) as stream,
        ):
            for _ in stream:
                pass
        assert e.value.last_event_id == "1000-0"
        assert sleeps.delays == [3.0, 0.0]  # (the reconnect after the end: reconnect_delay)


@pytest.mark.parametrize("headers", [{"Retry-After": "0"}, {"retry-after-ms": "0"}])
def test_a_reconnect_asked_to_wait_no_time_waits_the_backoff(
    form: Form, sleeps: Any, headers: dict[str, str]
) -> None:
    # Else a server answering each reconnect 429 with Retry-After: 0 gets them all at once.
    events = [StreamPart("values", {"n": 0}, "1000-0")]
    server = SimulatedServer(events, cuts=0, seed=0)
    refusals = iter(range(3))

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream") and next(refusals, None) is not None:
            return httpx.Response(429, headers=headers, json={"detail": "busy"})
        return server.handle(request)

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        threads.join_stream(THREAD_ID, reconnect_delay=0.5) as stream,
    ):
        assert next(iter(stream)) == events[0]
    assert len(sleeps.delays) == 3
    for delay, ceiling in zip(sleeps.delays, [0.5, 1.0, 2.0], strict=True):
        assert 0.75 * ceiling <= delay <= ceiling


def test_giving_up_on_an_unavailable_stream_says_the_status(form: Form) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(503, json={"detail": "not now"})
        return httpx.Response(200, json=THREAD)

    transport = httpx.MockTransport(handle)
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(StreamDisconnectedError) as caught,
    ):
        collect(threads, 1, max_reconnects=0)
    assert str(caught.value).startswith("Stream unavailable: 503: not now")
    assert isinstance(caught.value.__cause__, InternalServerError)
    # Caught where the official SDK's InternalServerError is: an httpx.HTTPStatusError.
    error = caught.value
    assert isinstance(error, InternalServerError)
    assert isinstance(error, library_of(form).HTTPStatusError)
    assert (error.status_code, error.response.status_code) == (503, 503)
    assert error.request.url.path.endswith("/stream")


def test_a_status_line_is_said_once_when_a_stream_gives_up(form: Form) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="<html><title>502 Bad Gateway</title></html>")

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        pytest.raises(StreamDisconnectedError) as caught,
    ):
        collect(threads, 1, max_reconnects=0)
    assert str(caught.value).startswith("Stream unavailable: 502 Bad Gateway")
    assert "502: 502" not in str(caught.value)


def test_a_stream_the_server_keeps_closing_ends_as_a_transport_error(form: Form) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=SSE, content=b": heartbeat\r\n\r\n")

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        pytest.raises(StreamDisconnectedError) as caught,
    ):
        collect(threads, 1, max_reconnects=1)
    assert str(caught.value) == "The server closed the stream."
    request = caught.value.request
    assert request is not None
    assert request.url.path == f"/threads/{THREAD_ID}/stream"
    # As the official SDK's httpx.TransportError when it stops reconnecting; and so was the
    # last connection's end.
    # (On httpx2, httpx's too, as every connection error there.)
    for library in {library_of(form), httpx}:
        assert isinstance(caught.value, library.TransportError)
        assert isinstance(caught.value.__cause__, library.TransportError)
    assert isinstance(caught.value.__cause__, APIConnectionError)


def test_event_data_that_is_not_json_is_kept_as_text(form: Form) -> None:
    body = (
        b"event: custom\r\ndata: not json\r\nid: 5-0\r\n\r\n"
        b"event: custom\r\ndata:\r\nid: 6-0\r\n\r\n"
        b'event: custom\r\ndata: {"a": [1]}\r\nid: 7-0\r\n\r\n'
    )

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, headers=SSE, content=body)
        return httpx.Response(200, json=THREAD)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        parts = collect(threads, 3)
    assert parts == [
        StreamPart("custom", "not json", "5-0"),
        StreamPart("custom", None, "6-0"),
        StreamPart("custom", {"a": [1]}, "7-0"),
    ]


def test_a_reconnect_before_any_event_keeps_the_starting_point(form: Form) -> None:
    events = [StreamPart("values", {"n": n}, f"{1000 + n}-0") for n in range(2)]
    server = SimulatedServer(events, cuts=0, seed=0)
    inner = server.handle

    def handle(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if request.url.path.endswith("/stream") and len(server.last_event_ids) == 1:
            return httpx.Response(
                200, headers=SSE, stream=CuttingStream(b": heartbeat\r\n\r\n", 5, server.rng)
            )
        return response

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        threads.join_stream(THREAD_ID, last_event_id="-", reconnect_delay=0) as stream,
    ):
        assert stream.last_event_id == "-"
        received = [next(stream) for _ in range(2)]
    assert received == events
    assert server.last_event_ids == ["-", "-"]  # not "" (which would skip the stored events)


LONG = "1" * 700  # (more digits than int() reads under the lowest limit a process may set)


@pytest.mark.parametrize(
    "ids",
    [
        ["1000-0", "1001-0", "1002-0"],
        ["a", "b", "c"],
        ["é-1", "é-2", "é-3"],  # (sent back in UTF-8, as the server sent it)
        [f"{LONG}1-0", f"{LONG}2-0", f"{LONG}3-0"],
    ],
    ids=["server's form", "letters", "not ASCII", "too many digits"],
)
def test_replays_are_dropped_whatever_the_server_replays(form: Form, ids: list[str]) -> None:
    """A server that replays from the start whatever the header (ids of the server's form:
    the client drops what it has by order), and one whose ids are not of that form (it
    resumes from the last id itself)."""
    honours_the_header = ids[0] != "1000-0"
    events = [StreamPart("values", {"n": n}, event_id) for n, event_id in enumerate(ids)]
    connections: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        sent = request.headers.raw
        header = next((v.decode() for k, v in sent if k.lower() == b"last-event-id"), None)
        connections.append(header)
        replay = [
            e for e in events if not honours_the_header or header is None or (e.id or "") > header
        ]
        body = b"".join(frame(e) for e in replay)
        cut_at = len(frame(events[0]) + frame(events[1])) if len(connections) == 1 else None
        return httpx.Response(
            200, headers=SSE, stream=CuttingStream(body, cut_at, random.Random(0))
        )

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        received = collect(threads, 3, max_reconnects=2)
    assert received == events
    assert connections == [None, ids[1] if honours_the_header else "1001"]


@pytest.mark.parametrize("given", [None, ResumePoint("1000-0", 1)], ids=["start", "point"])
def test_every_catch_up_drops_what_a_server_replaying_everything_sends_again(
    form: Form, given: ResumePoint | None
) -> None:
    """Cut twice, by a server that replays all it stored whatever the header: each catch-up
    drops what was delivered, the second as the first (the rule for a point given holds
    only until its catch-up ends)."""
    events = [StreamPart("values", {"n": n}, f"{1000 + n}-0") for n in range(6)]
    frames = [frame(event) for event in events]
    first = 1 if given is not None else 0
    # Each connection is cut after two events more than the one before delivered.
    cuts = [len(b"".join(frames[: first + 2 * (n + 1)])) for n in range(2)]
    connections: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        connections.append(request.headers.get("last-event-id"))
        cut_at = cuts[len(connections) - 1] if len(connections) <= len(cuts) else None
        stream = CuttingStream(b"".join(frames), cut_at, random.Random(0))
        return httpx.Response(200, headers=SSE, stream=stream)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        received = collect(threads, len(events) - first, last_event_id=given, max_reconnects=2)
    assert received == events[first:]
    assert len(connections) == 3


@pytest.mark.parametrize(("status", "reconnects"), [(503, True), (507, True), (501, False)])
def test_reconnects_after_the_statuses_retries_retry(
    form: Form, status: int, reconnects: bool
) -> None:
    events = make_events(random.Random(5), 3)
    server = SimulatedServer(events, cuts=0, seed=5)
    refusals: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream") and not refusals:
            refusals.append(request)
            return httpx.Response(status, json={"detail": "not now"})
        return server.handle(request)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        if reconnects:
            assert collect(threads, 3) == events
        else:
            with pytest.raises(InternalServerError, match="not now"):
                collect(threads, 3)
            assert server.last_event_ids == []  # never tried again


@pytest.mark.parametrize("streamed", [False, True], ids=["read already", "streamed"])
def test_a_compressed_stream_is_decoded(form: Form, streamed: bool) -> None:
    # (A body httpx has read already, as a mock's content is, and one read as it comes: the
    # body itself where it is not compressed.)
    body = b'event: values\r\ndata: {"count":1}\r\nid: 6-0\r\n\r\n' * 50

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            compressed = gzip.compress(body)
            if streamed:
                chunks = CuttingStream(compressed, None, random.Random(0))
                return httpx.Response(200, stream=chunks, headers=GZIP)
            return httpx.Response(200, content=compressed, headers=GZIP)
        return httpx.Response(200, json=THREAD)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        parts = collect(threads, 50)
    assert parts == [StreamPart("values", {"count": 1}, "6-0")] * 50


class Unending(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that never ends (reading it would hang the test)."""

    def __iter__(self) -> Iterator[bytes]:
        while True:
            yield b"<p>"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            yield b"<p>"


@pytest.mark.parametrize(
    ("content_type", "shown"),
    [
        ("text/html; charset=utf-8", "content type 'text/html; charset=utf-8'"),
        (None, "no content type"),
    ],
)
def test_an_answer_that_is_no_event_stream_is_refused_at_once(
    form: Form, content_type: str | None, shown: str
) -> None:
    """A page where the stream belongs (a proxy's, another app's): said, not waited on for
    events or reconnected to; its body, which may not end, is not read."""
    streams: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        streams.append(request)
        headers = {"content-type": content_type} if content_type else {}
        return httpx.Response(200, headers=headers, stream=Unending())

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        stream = threads.join_stream(THREAD_ID, max_reconnects=5, reconnect_delay=0)
        with stream, pytest.raises(APIResponseValidationError) as caught:
            next(iter(stream))
    assert str(caught.value) == (
        f"GET /threads/{THREAD_ID}/stream answered 200 with {shown}, not an "
        "event stream (text/event-stream): is the URL the LangGraph API's?"
    )
    assert caught.value.body is None
    assert len(streams) == 1


def test_event_stream_content_types_with_parameters_are_event_streams(form: Form) -> None:
    body = b'event: values\r\ndata: {"a": 1}\r\nid: 1-0\r\n\r\n'

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        headers = {"content-type": "Text/Event-Stream ; charset=utf-8"}
        return httpx.Response(200, headers=headers, content=body)

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        threads.join_stream(THREAD_ID, max_reconnects=0) as stream,
    ):
        assert next(iter(stream)) == StreamPart("values", {"a": 1}, "1-0")


GZIP = {**SSE, "content-encoding": "gzip"}
LARGE = ORJSON_MAX_BYTES // 4  # items of 5 bytes ('"é",'): 1.25 times the limit


@pytest.mark.parametrize(
    ("data", "decoded"),
    [
        (b'{"a":[1,2]}', {"a": [1, 2]}),
        (b"", None),
        (b"not json", "not json"),
        (b" ", " "),
        (b"18446744073709551616", 18446744073709551616),  # beyond 64 bits: orjson refuses
        (b"Infinity", float("inf")),  # read by the standard library, as in responses
        (b'{"text":"caf\xe9"}', {"text": "caf\ufffd"}),  # invalid UTF-8, read as the spec says
        (b"caf\xe9", "caf\ufffd"),
        # An encoded surrogate is invalid UTF-8 too (json.loads of bytes would let it pass).
        (b'{"text":"\xed\xa0\x80"}', {"text": "\ufffd" * 3}),
        (b'{"text":"\xed\xa0\x80", "n": Infinity}', {"text": "\ufffd" * 3, "n": float("inf")}),
        # Past ORJSON_MAX_BYTES: the standard library's json.
        (("[" + ",".join(['"é"'] * LARGE) + "]").encode(), ["é"] * LARGE),
    ],
)
def test_event_data_is_decoded_from_bytes(data: bytes, decoded: object) -> None:
    part = decode_part(ServerSentEvent("values", data, "1-0"))
    assert part == StreamPart("values", decoded, "1-0")


def scripted_server(*bodies: bytes) -> httpx.MockTransport:
    """A server whose connections send these bodies in turn; all but the last break after it."""
    connections: list[bytes] = list(bodies)

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        body = connections.pop(0)
        cut_at = len(body) if connections else None
        return httpx.Response(
            200, headers=SSE, stream=CuttingStream(body, cut_at, random.Random(0))
        )

    return httpx.MockTransport(handle)


def test_ids_with_a_sequence_part_resume_by_it(form: Form) -> None:
    events = [StreamPart("values", {"n": n}, f"1000-{n}") for n in range(3)]
    # Cut after the second; the server replays every "1000-*" id (string-greater than "1000").
    transport = scripted_server(frame(events[0]) + frame(events[1]), b"".join(map(frame, events)))
    with threads_client(form, transport=transport) as threads:
        assert collect(threads, 3, max_reconnects=1) == events


@pytest.mark.parametrize("odd_id", [None, "not-the-servers-form"])
def test_an_event_with_no_or_another_id_after_a_reconnect_is_delivered(
    form: Form, odd_id: str | None
) -> None:
    first = StreamPart("values", {"n": 0}, "1000-0")
    odd = StreamPart("custom", {"n": 1}, odd_id)
    odd_frame = frame(odd) if odd_id else b'event: custom\r\ndata: {"n":1}\r\n\r\n'
    transport = scripted_server(frame(first), odd_frame)
    with threads_client(form, transport=transport) as threads:
        assert collect(threads, 2, max_reconnects=1) == [first, odd]


def test_a_stream_the_server_ends_after_an_error_event_ends_there(form: Form) -> None:
    # langgraph_api's sse.py, when the stream itself fails on its side: an error event with no
    # id, then the end of the response. Connecting again would deliver the same error again.
    first = StreamPart("values", {"n": 0}, "1000-0")
    # (The id in effect stays the last one set, as the SSE rules say.)
    error = StreamPart("error", {"error": "ValueError", "message": "boom"}, "1000-0")
    body = frame(first) + b'event: error\r\ndata: {"error":"ValueError","message":"boom"}\r\n\r\n'
    streams: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        streams.append(request)
        return httpx.Response(200, headers=SSE, content=body + b": heartbeat\r\n\r\n")

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        with threads.join_stream(THREAD_ID, reconnect_delay=0) as stream:
            assert list(stream) == [first, error]
        assert len(streams) == 1
        # Any other event last: the server closing the stream is a cut, and resumed.
        streams.clear()
        body = frame(first)
        with pytest.raises(StreamDisconnectedError) as gave_up:
            list(threads.join_stream(THREAD_ID, reconnect_delay=0, max_reconnects=2))
        assert len(streams) == 3
        assert gave_up.value.last_event_id == "1000-0"


def test_a_client_closed_under_a_stream_ends_it_with_the_read_error(form: Form) -> None:
    # As with the official SDK, whose stream then fails with httpx's error: no reconnect is
    # tried on a closed client (which would raise RuntimeError).
    first = StreamPart("values", {"n": 0}, "1000-0")
    streams: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        streams.append(request)
        body = frame(first)
        return httpx.Response(
            200, headers=SSE, stream=CuttingStream(body, len(body), random.Random(0))
        )

    library = library_of(form)
    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        stream = threads.join_stream(THREAD_ID, reconnect_delay=0)
        parts = iter(stream)
        assert next(parts) == first
        http_client = threads._http.client
        if form.startswith("sync"):
            http_client.close()
        else:
            threads._runner.run(http_client.aclose())  # type: ignore[attr-defined]
        with pytest.raises(APIConnectionError) as closed:
            next(parts)
    assert isinstance(closed.value, library.ReadError)
    assert isinstance(closed.value, library.HTTPError)
    # (An end as any other: resumable later, on an open client, from where it got to.)
    assert isinstance(closed.value, StreamDisconnectedError)
    assert closed.value.last_event_id == "1000-0"
    assert len(streams) == 1


def test_a_client_closed_while_the_stream_waits_to_reconnect_ends_it_with_its_error(
    form: Form,
) -> None:
    # A shutdown during the wait before a reconnect: the stream's last error ends it, as when
    # the client was closed before (not the RuntimeError a call on a closed client raises).
    first = StreamPart("values", {"n": 0}, "1000-0")
    streams: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        streams.append(request)
        return httpx.Response(200, headers=SSE, content=frame(first))  # (then it ends)

    library = library_of(form)
    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        http: Any = threads._http
        http_client = http.client

        def close_meanwhile(seconds: float) -> None:
            http_client.close()

        async def aclose_meanwhile(seconds: float) -> None:
            await http_client.aclose()

        http.sleep = close_meanwhile if is_sync(form) else aclose_meanwhile
        parts = iter(threads.join_stream(THREAD_ID, reconnect_delay=0))
        assert next(parts) == first
        with pytest.raises(APIConnectionError, match="closed the stream") as closed:
            next(parts)
    assert isinstance(closed.value, library.TransportError)
    assert isinstance(closed.value, StreamDisconnectedError)
    assert closed.value.last_event_id == "1000-0"
    assert len(streams) == 1


@pytest.mark.parametrize(
    ("answer", "error_class"),
    [
        (httpx.Response(401, json={"detail": "expired"}), AuthenticationError),
        (httpx.Response(200, headers={"content-type": "text/html"}), APIResponseValidationError),
    ],
)
def test_a_reconnect_answered_with_an_error_ends_the_stream_resumable_from_where_it_got_to(
    form: Form, answer: httpx.Response, error_class: type[Exception]
) -> None:
    # A token that ran out while the stream was open: the caller lets itself in again and
    # resumes from the error's last_event_id, where SDK-style code has no stream object.
    first = StreamPart("values", {"n": 0}, "1000-0")
    streams: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        streams.append(request)
        if len(streams) == 1:
            return httpx.Response(200, headers=SSE, content=frame(first))  # (then it ends)
        return answer

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        parts = iter(threads.join_stream(THREAD_ID, reconnect_delay=0))
        assert next(parts) == first
        with pytest.raises(error_class) as ended:
            next(parts)
    assert cast(APIError, ended.value).last_event_id == "1000-0"
    assert len(streams) == 2


class Mode(enum.Enum):
    LIFECYCLE = "lifecycle"
    VALUES = "values"


class StrMode(enum.StrEnum):
    STATE_UPDATE = "state_update"


@pytest.mark.parametrize(
    ("stream_mode", "sent"),
    [
        (None, "run_modes"),
        ("", "run_modes"),
        ([], "run_modes"),
        (False, "run_modes"),  # (a false one: the SDK sends it where the server reads nothing)
        ("values", "run_modes"),
        (["values", "updates"], "run_modes"),
        (("messages-tuple", "lifecycle"), "run_modes,lifecycle"),
        (["lifecycle", "state_update"], "lifecycle,state_update"),
        # An application's own enums of mode names: their values, as the SDK's encoder sends.
        (Mode.LIFECYCLE, "lifecycle"),
        ([Mode.LIFECYCLE, StrMode.STATE_UPDATE], "lifecycle,state_update"),
        (Mode.VALUES, "run_modes"),
    ],
)
def test_stream_modes_as_code_written_for_the_sdk_passes_them(
    form: Form, stream_mode: Any, sent: str
) -> None:
    # The SDK sends its stream_mode where the server does not read it: such code received every
    # run event whatever it passed, a run stream's mode included.
    server = SimulatedServer(make_events(random.Random(5), 3), cuts=0, seed=5)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        collect(threads, 3, stream_mode=stream_mode, last_event_id="-")
    assert server.stream_modes == [sent]


# A stream joined live (no last_event_id) and cut before its first event had no id to resume
# from, and reconnected live: what resumable runs sent in between was lost. It resumes from
# the second its first connection was answered in, by the server's clock (its Date header).
JOINED = "Wed, 02 Dec 2026 11:20:31 GMT"
JOINED_MS = "1796210431000"


def test_a_live_join_cut_before_any_event_resumes_from_when_it_joined(form: Form) -> None:
    before = StreamPart("values", {"n": 0}, "1796210430999-0")  # a second before: not sent
    meanwhile = [StreamPart("values", {"n": n}, f"179621043{n}500-0") for n in range(1, 3)]
    server = SimulatedServer([before, *meanwhile], cuts=0, seed=0)
    inner = server.handle

    def handle(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if request.url.path.endswith("/stream") and len(server.last_event_ids) == 1:
            # Joined live: nothing yet, then the connection drops.
            body = CuttingStream(b": heartbeat\r\n\r\n", 5, server.rng)
            return httpx.Response(200, headers={**SSE, "date": JOINED}, stream=body)
        return response

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        threads.join_stream(THREAD_ID, reconnect_delay=0) as stream,
    ):
        received = [next(stream) for _ in range(2)]
    assert received == meanwhile
    assert server.last_event_ids == [None, JOINED_MS]


@pytest.mark.parametrize(
    "date", [None, "", "not a date", "Mon, 01 Jan 99999999999 00:00:00 GMT", JOINED]
)
def test_where_a_stream_resumes_before_its_first_event(date: str | None) -> None:
    live = ResumeCursor(None)
    live.connected(date)
    expected = JOINED_MS if date == JOINED else None  # (no date: live, as before)
    assert live.header_for_reconnect() == expected
    assert live.last_event_id == expected
    # A reconnect: a join dated stays where it was; one not dated is dated now.
    live.connected("Wed, 02 Dec 2026 11:29:00 GMT")
    assert live.header_for_reconnect() == (expected or "1796210940000")
    # A stream started from an id resumes from it.
    for initial in ("-", "", "1000-0"):
        started = ResumeCursor(initial)
        started.connected(date)
        assert started.header_for_reconnect() == initial


def test_a_connection_that_lived_ends_a_run_of_failed_reconnects(
    form: Form, monkeypatch: pytest.MonkeyPatch, sleeps: Any
) -> None:
    # A gateway that ends long requests: every connection works, then ends with no new event.
    # Counted as failures, the stream gave up after max_reconnects of them; a connection open
    # STREAM_LIVED seconds (every one, here: a clock that moves that much each time it is read)
    # is none.
    for module in (async_stream, sync_stream):
        monkeypatch.setattr(module, "monotonic", itertools.count(0.0, STREAM_LIVED).__next__)
    connections: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        connections.append(request.headers.get("last-event-id"))
        if len(connections) > 6:  # the end of the test: a refusal is raised, not retried
            return httpx.Response(404, json={"detail": "gone"})
        return httpx.Response(200, headers=SSE, content=b": heartbeat\r\n\r\n")

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        stream = threads.join_stream(THREAD_ID, max_reconnects=1, reconnect_delay=0)
        with pytest.raises(NotFoundError):
            list(stream)
    assert len(connections) == 7
    assert sleeps.delays == [0.0] * 6  # (no backoff from a delay of 0)


# A run's ids: the server's (shared by events of the same millisecond), or, in a run of frames
# without ids, the id in effect for all of them (None: none was ever set).
_run_ids = st.lists(
    st.sampled_from(["5-0", "6-0", "7-0", "x"]), min_size=1, max_size=8
) | st.builds(
    lambda event_id, count: [event_id] * count,
    st.sampled_from([None, "5-0", "6-0"]),
    st.integers(1, 8),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_run_ids, st.booleans()), max_size=6),
    st.integers(0, 60),
    st.lists(st.sampled_from(["5", "6-0", None]), max_size=2),
    st.integers(0, 2**60),
)
def test_a_run_delivered_counts_as_its_events_accepted_one_by_one(
    received: list[tuple[list[str | None], bool]],
    taken: int,
    initial: list[str | None],
    looks: int,
) -> None:
    """Events delivered in runs (each as one ``FrameRun``, or each event on its own) move
    the cursor as the same events accepted one by one: where it resumes from after the parts
    it is asked after (``looks``, a bit a part), after a part taken from the middle of a run,
    and which events of a replay it then drops."""
    start = initial[0] if initial else None
    by_runs, one_by_one = ResumeCursor(start), ResumeCursor(start)
    events = []
    for ids, as_run in received:
        run = FrameRun(["values"] * len(ids), [b"%d" % n for n in range(len(ids))], ids, 8)
        events += run.events()
        accepted = filter(by_runs.accept, run.events())
        parts = by_runs.deliver(run) if as_run else map(decode_part, accepted)
        for event in run.events()[:taken]:
            part = next(parts)  # (a part taken is delivered)
            assert one_by_one.accept(event)
            assert part == decode_part(event)
            if looks & 1:
                assert by_runs.last_event_id == one_by_one.last_event_id
            looks >>= 1
        taken -= len(ids)
        if taken <= 0:
            break
    assert by_runs.header_for_reconnect() == one_by_one.header_for_reconnect()
    # The server's replay: every event received that has an id (a run's ids are all None or
    # none is), then more with the last id and one after.
    last_id = one_by_one.last_event_id or "5-0"
    events = [event for event in events if event.id is not None]
    events += [ServerSentEvent("values", b"0", event_id) for event_id in (last_id, last_id, "9-0")]
    replay = FrameRun(
        [event.event for event in events],
        [event.data for event in events],
        [event.id for event in events],
        64,
    )
    assert [part.id for part in by_runs.deliver(replay)] == [
        event.id for event in events if one_by_one.accept(event)
    ]
    assert by_runs.last_event_id == one_by_one.last_event_id


def test_where_a_stream_resumes_is_the_last_part_delivered_in_a_chunk_of_many(form: Form) -> None:
    """Many events in one chunk come as one run: after each part, and after a break in the
    middle of the run, the stream resumes from the id of the part delivered last."""
    events = [StreamPart("values", {"n": n}, f"{1_000 + n // 3}-0") for n in range(30)]
    body = b"".join(frame(event) for event in events)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=SSE, content=body + b": heartbeat\r\n\r\n")

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        with threads.join_stream(THREAD_ID) as stream:
            assert stream.last_event_id is None
            for n, part in enumerate(stream):
                assert part == events[n]
                assert stream.last_event_id == part.id
                if n == 16:
                    break
        assert stream.last_event_id == "1005-0"


# Data orjson refuses, each decoded another way (see test_event_data_is_decoded_from_bytes).
REFUSED = [b"", b"NaN", b'{"text":"caf\xe9"}', b"caf\xe9", b"not json", b"[" * 2000 + b"]" * 2000]


def one_chunk_of_frames(data: list[bytes]) -> tuple[bytes, list[StreamPart]]:
    """Frames of these data in one body, and their parts decoded one at a time."""
    events = [ServerSentEvent("values", raw, f"{1_000 + n // 3}-0") for n, raw in enumerate(data)]
    body = b"".join(
        b"event: values\r\ndata: %b\r\nid: %b\r\n\r\n" % (event.data, str(event.id).encode())
        for event in events
    )
    return body, [decode_part(event) for event in events]


@pytest.mark.parametrize(
    "refused_at", [(0,), (7,), (29,), (0, 1, 2), (3, 4, 15, 28, 29), range(30)]
)
def test_data_orjson_refuses_in_a_run_is_decoded_as_on_its_own(
    form: Form, refused_at: tuple[int, ...]
) -> None:
    """A run's parts decode their data with orjson directly; where it refuses one, that one is
    decoded as an event on its own is, and the run goes on after it (on the same connection:
    a reconnect would bring the rest again)."""
    data = [b'{"n":%d}' % n for n in range(30)]
    for index, position in enumerate(refused_at):
        data[position] = REFUSED[index % len(REFUSED)]
    body, expected = one_chunk_of_frames(data)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=SSE, content=body + b": heartbeat\r\n\r\n")

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        threads.join_stream(THREAD_ID, max_reconnects=0) as stream,
    ):
        for n, part in enumerate(stream):
            assert part == expected[n]
            assert stream.last_event_id == part.id
            if n == len(expected) - 1:
                break


def test_an_orjson_error_thrown_into_a_stream_inside_a_run_is_raised() -> None:
    """An ``orjson.JSONDecodeError`` that the caller throws into the stream (a generator's
    ``throw``) is the caller's, not data refused: it ends the stream."""
    body, expected = one_chunk_of_frames([b'{"n":%d}' % n for n in range(30)])

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=SSE, content=body)

    thrown = orjson.JSONDecodeError("the caller's", "", 0)
    with get_sync_client(http_client=httpx.Client(transport=httpx.MockTransport(handle))) as c:
        stream = c.threads.join_stream(THREAD_ID)
        assert [next(stream) for _ in range(3)] == expected[:3]
        with pytest.raises(orjson.JSONDecodeError, match="the caller's"):
            stream.throw(thrown)
        assert stream.last_event_id == expected[2].id
        with pytest.raises(StopIteration):
            next(stream)

    async def scenario() -> None:
        http_client = httpx.AsyncClient(transport=httpx.MockTransport(handle))
        async with get_client(http_client=http_client) as client:
            stream = client.threads.join_stream(THREAD_ID)
            assert [await anext(stream) for _ in range(3)] == expected[:3]
            with pytest.raises(orjson.JSONDecodeError, match="the caller's"):
                await stream.athrow(thrown)
            assert stream.last_event_id == expected[2].id
            with pytest.raises(StopAsyncIteration):
                await anext(stream)
        await http_client.aclose()

    asyncio.run(scenario())


def test_data_of_a_run_in_a_chunk_too_long_for_orjson_is_decoded_as_large_data_is(
    form: Form, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Data past ORJSON_MAX_BYTES goes to the standard library's json (see ``loads``), in a
    run too: an integer past 64 bits stays exact, where orjson would make it a float."""
    body, _ = one_chunk_of_frames([b"%d" % 2**70] * 5)  # (22 digits)
    for module in (_stream_core, generated_types):
        monkeypatch.setattr(module, "ORJSON_MAX_BYTES", 20)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=SSE, content=body + b": heartbeat\r\n\r\n")

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        parts = collect(threads, 5)
    assert [part.data for part in parts] == [2**70] * 5
    assert all(type(part.data) is int for part in parts)
