"""The decoder against the WHATWG event-stream algorithm, written out plainly below, on streams
of odd and well-formed lines alike, in any chunking and with either split of a chunk.

The other tests of ``_sse`` generate well-formed streams with their expected events; here the
expected events come from the spec's algorithm, so that a stream no server would write (a bare
``data``, ``retry`` of non-digits, NUL in an id, a BOM cut in two, a lone CR) is checked too.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langgraph_threads_client import _sse
from langgraph_threads_client._sse import FrameRun, ServerSentEvent, SSEDecoder

# (type, data as text, the last event ID string at dispatch, retry set in the event's block)
Event = tuple[str, str, str, int | None]


def spec_events(stream: bytes) -> tuple[list[Event], str, int | None]:
    """The events of a whole ``stream`` by the spec's algorithm, with its last event ID buffer
    and reconnection time at the end."""
    if stream.startswith(b"\xef\xbb\xbf"):
        stream = stream[3:]
    text = stream.decode("utf-8", "replace")
    lines: list[str] = []
    start = index = 0
    while index < len(text):
        if text[index] in "\r\n":
            lines.append(text[start:index])
            if text[index] == "\r" and text[index + 1 : index + 2] == "\n":
                index += 1
            start = index + 1
        index += 1
    # text[start:] is a line without its end: never interpreted.
    events: list[Event] = []
    data, kind, id_buffer = "", "", ""
    reconnection_time: int | None = None
    block_retry: int | None = None
    for line in lines:
        if not line:
            if data:
                events.append((kind or "message", data.removesuffix("\n"), id_buffer, block_retry))
            data, kind, block_retry = "", "", None
            continue
        if line.startswith(":"):
            continue
        field, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if field == "event":
            kind = value
        elif field == "data":
            data += value + "\n"
        elif field == "id" and "\0" not in value:
            id_buffer = value
        elif field == "retry" and value and all(c in "0123456789" for c in value):
            reconnection_time = block_retry = min(int(value), _sse.MAX_RECONNECTION_TIME)
    return events, id_buffer, reconnection_time


def as_spec(event: ServerSentEvent) -> Event:
    return (event.event, event.data.decode("utf-8", "replace"), event.id or "", event.retry)


_END = st.sampled_from([b"\n", b"\r\n", b"\r"])
_text = st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=12).map(
    str.encode
)
_value = _text | st.sampled_from([b"", b" ", b"  x", b":", b"\0", b"\xef\xbb\xbf", b"\xe2\x82"])
_long = st.sampled_from([1000, 1025, 4096, 5000, 70_000]).map(lambda n: b"\xc3\xa9:x" * (n // 4))
_field = st.sampled_from(
    [
        *(b"data: ", b"data:", b"data", b"event: ", b"event", b"id: ", b"id:", b"id"),
        *(b"retry: ", b"retry:", b": ", b":", b"foo: ", b" data: ", b"DATA: ", b"data : "),
    ]
)
_retry = st.sampled_from([b"7", b"00012", b"1.5", b"-1", b"+3", b"\xd9\xa1", b"9" * 20])
_line = (
    st.tuples(_field, _value | _retry | _long).map(b"".join)
    | st.sampled_from([b"", b"", b"id: 1\x002"])
    | st.binary(max_size=8).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
)
# An event as a server writes it (one chunk of its own, read by the decoder's shortcut), or
# nearly: the fields written without their space, or with two.
_space = st.sampled_from([b" ", b" ", b"", b"  "])
_whole_event = st.builds(
    lambda end, name, data, event_id, spaces: (
        b"event:%b%b%b" % (spaces[0], name, end)
        + b"data:%b%b%b" % (spaces[1], data, end)
        + (b"" if event_id is None else b"id:%b%b%b" % (spaces[2], event_id, end))
        + end
    ),
    _END,
    _text,
    _value | _long,
    st.none() | _text,
    st.tuples(_space, _space, _space),
)
_token = st.sampled_from(
    [
        *(b"\r", b"\n", b"\r\n", b"data", b"data:", b": ", b"a", b"id:", b"\0", b"retry:"),
        *(b"7", b"event:", b" ", b"\xef\xbb\xbf", b"\xe2\x82\xac"),
    ]
)


@st.composite
def _pieces(draw: st.DrawFn) -> list[bytes]:
    """A stream as the pieces it was written in: lines, whole events, tokens, maybe a BOM."""
    piece = st.tuples(_line, _END).map(b"".join) | _whole_event | _token
    pieces = draw(st.lists(piece, max_size=25))
    if draw(st.booleans()):
        pieces.append(draw(_line))  # an unfinished line at the end
    if draw(st.booleans()):
        pieces.insert(0, draw(st.sampled_from([b"\xef\xbb\xbf", b"\xef\xbb", b"\xef"])))
    return pieces


@st.composite
def _chunkings(draw: st.DrawFn, pieces: list[bytes]) -> list[bytes]:
    stream = b"".join(pieces)
    how = draw(st.sampled_from(["pieces", "cuts", "fixed", "bytes", "whole"]))
    if how == "pieces":  # as written: a whole event per chunk where the piece is one
        return pieces
    if how == "bytes" and len(stream) <= 20_000:
        return [stream[i : i + 1] for i in range(len(stream))]
    if how == "cuts":
        cuts = sorted(draw(st.lists(st.integers(0, len(stream)), max_size=30)))
    elif how == "fixed":
        size = draw(st.sampled_from([2, 3, 1023, 1024, 4095, 4096, 65536]))
        cuts = list(range(size, len(stream), size))
    else:
        cuts = []
    bounds = [0, *cuts, len(stream)]
    return [stream[a:b] for a, b in pairwise(bounds)]


# How the decoder reads its chunks (LONG_LINE, LINE_SAMPLE, _MAX_UNREAD): as it chooses (None),
# as long lines from the second chunk on (LONG_LINE -1, every chunk a sample), the same keeping
# at most 16 bytes of an unfinished frame, or switching between the two ways often.
_SPLITS: dict[str, tuple[int, int, int] | None] = {
    "chosen": None,
    "find": (-1, 0, _sse._MAX_UNREAD),
    "find, keeping little": (-1, 0, 16),
    "switching": (8, 32, _sse._MAX_UNREAD),
}


@pytest.mark.parametrize("split", list(_SPLITS))
@settings(max_examples=400, deadline=None)
@given(st.data())
def test_any_stream_in_any_chunking_decodes_as_the_spec_says(
    split: str, data: st.DataObject
) -> None:
    assert_decoded_as_the_spec_says(split, data.draw(_pieces()), data)


def assert_decoded_as_the_spec_says(split: str, pieces: list[bytes], data: st.DataObject) -> None:
    """The stream written as ``pieces``, cut in a drawn chunking and split the ``split`` way,
    decodes to the spec's events, last event ID and reconnection time."""
    chunks = data.draw(_chunkings(pieces))
    expected, id_buffer, reconnection_time = spec_events(b"".join(pieces))
    decoder = SSEDecoder()
    with pytest.MonkeyPatch.context() as patch:
        limits = _SPLITS[split]
        if limits is not None:
            long_line, sample, max_unread = limits
            patch.setattr(_sse, "LONG_LINE", long_line)
            patch.setattr(_sse, "LINE_SAMPLE", sample)
            patch.setattr(_sse, "_MAX_UNREAD", max_unread)
        events = [event for chunk in chunks for event in decoder.feed(chunk)]
    assert decoder.flush() == []
    assert [as_spec(event) for event in events] == expected
    assert (decoder.last_event_id_buffer or "") == id_buffer
    assert decoder.reconnection_time == reconnection_time


# --- runs of frames as the server writes them (read a run at a time) -----------------------------

_names = st.sampled_from([b"values", b"updates", b"metadata", b"", b"caf\xc3\xa9", b"e\xff"])
_run_value = _value | _text | st.sampled_from([b"data: x", b"id: 1", b""])
_run_id = st.from_regex(rb"\A[0-9]{1,13}-[0-9]\Z") | st.sampled_from(
    [b"", b"1\x002", b"\xff", b"1-\xe2\x82", b"\xf0\x9f\x98", b"\xc3\xa9\xed\xa0\x80"]
)


@st.composite
def _frame_runs(draw: st.DrawFn) -> list[bytes]:
    """Runs of frames ``event:``, ``data:``, ``id:`` (in every frame of a run or in none) and a
    blank line, with the line ends of a run or of each line, and odd pieces between runs and
    inside them (a heartbeat, a frame with two data lines or without its space, a retry)."""
    pieces: list[bytes] = []
    for _ in range(draw(st.integers(1, 4))):
        with_ids = draw(st.booleans())
        run_end = draw(_END)
        for _ in range(draw(st.integers(0, 30))):
            end = run_end if draw(st.integers(0, 9)) else draw(_END)
            frame = b"event: %b%bdata: %b%b" % (draw(_names), end, draw(_run_value), end)
            if with_ids:
                frame += b"id: %b%b" % (draw(_run_id), end)
            pieces.append(frame + end)
            if not draw(st.integers(0, 7)):
                odd = st.sampled_from([b": heartbeat", b"data:x", b"retry: 5", b"data: y", b"id"])
                pieces.append(draw(odd) + end + draw(st.sampled_from([b"", end])))
        if draw(st.booleans()):
            pieces.extend(draw(_pieces()))
    return pieces


@pytest.mark.parametrize("split", list(_SPLITS))
@settings(max_examples=300, deadline=None)
@given(st.data())
def test_runs_of_server_frames_in_any_chunking_decode_as_the_spec_says(
    split: str, data: st.DataObject
) -> None:
    assert_decoded_as_the_spec_says(split, data.draw(_frame_runs()), data)


def test_a_chunk_of_frames_is_read_a_run_at_a_time() -> None:
    """The frames of a chunk as the server writes them come as runs (a heartbeat between them
    ends one); the per-line loop reads only what is around them."""
    frames = server_frames(300, end=b"\r\n")
    frames.insert(150, b": heartbeat\r\n\r\n")
    stream = b"".join(frames)
    decoder = SSEDecoder()
    cut = len(b"".join(frames[:100])) + 20  # (inside the data line of the 101st frame)
    items = decoder.feed_runs(stream[:cut]) + decoder.feed_runs(stream[cut:])
    runs = [item for item in items if isinstance(item, FrameRun)]
    # Every event but the one cut by the chunk boundary came in runs: 0-99, 101-149, 150-299.
    assert [run.ids[0] for run in runs] == ["0-0", "101-0", "150-0"]
    assert [len(run.names) for run in runs] == [100, 49, 150]
    events = [event for item in items for event in expand(item)]
    assert [event.id for event in events] == [f"{n}-0" for n in range(300)]
    assert [event.data for event in events] == [b'{"n":%d}' % n for n in range(300)]
    assert decoder.last_event_id_buffer == "299-0"


def test_frames_without_ids_are_read_a_run_at_a_time_too() -> None:
    frames = [b'event: values\ndata: {"n":%d}\n\n' % n for n in range(50)]
    decoder = SSEDecoder()
    decoder.feed(b"id: 7-0\n\n")
    items = decoder.feed_runs(b"".join(frames))
    assert len(items) == 1
    assert isinstance(items[0], FrameRun)
    assert items[0].events() == [
        ServerSentEvent("values", b'{"n":%d}' % n, "7-0") for n in range(50)
    ]


def test_frames_after_a_heartbeat_that_starts_the_chunk_are_read_as_a_run() -> None:
    frames = server_frames(20)
    items = SSEDecoder().feed_runs(b": heartbeat\n\n" + b"".join(frames))
    assert len(items) == 1
    assert isinstance(items[0], FrameRun)
    assert items[0].ids == [f"{n}-0" for n in range(20)]


def test_a_run_ends_at_a_frame_whose_name_line_is_written_another_way() -> None:
    """The frames before one whose first line is not ``event: `` (here ``event:`` with no
    space, which the spec reads the same) still come as one run; that frame is read line by
    line, and so is a heartbeat after it; the frames after those come as a run again."""
    frames = server_frames(8)
    frames[3] = frames[3].replace(b"event: ", b"event:")
    frames.insert(4, b": heartbeat\n\n")
    items = SSEDecoder().feed_runs(b"".join(frames))
    runs = [item.ids for item in items if isinstance(item, FrameRun)]
    assert runs == [["0-0", "1-0", "2-0"], ["4-0", "5-0", "6-0", "7-0"]]
    events = [event for item in items for event in expand(item)]
    assert [event.id for event in events] == [f"{n}-0" for n in range(8)]
    assert {event.event for event in events} == {"values"}


def test_a_run_ends_at_a_new_name_once_the_names_cache_is_full() -> None:
    """A name first met inside a run, when no more names are cached, ends the run there: the
    frames before it still come as one run, its frame is read line by line (the name decoded
    each time it comes), and the frames after it come as a run again."""
    decoder = SSEDecoder()
    decoder.feed(b"".join(b"event: n%d\ndata: 0\n\n" % n for n in range(_sse._MAX_CACHED_NAMES)))
    frames = [b"event: n%d\ndata: %d\n\n" % (n % 2, n) for n in range(4)]
    frames.insert(2, b"event: new\ndata: 9\n\n")
    items = decoder.feed_runs(b"".join(frames))
    runs = [item.names for item in items if isinstance(item, FrameRun)]
    assert runs == [["n0", "n1"], ["n0", "n1"]]
    events = [event for item in items for event in expand(item)]
    assert [(event.event, event.data) for event in events] == [
        ("n0", b"0"),
        ("n1", b"1"),
        ("new", b"9"),
        ("n0", b"2"),
        ("n1", b"3"),
    ]


# --- chunks of long lines (frames read in the chunk itself) --------------------------------------


def long_lines_decoder() -> SSEDecoder:
    """A decoder that read a chunk of long lines (a long comment) and so reads the next as such."""
    decoder = SSEDecoder()
    assert decoder.feed(b":" + b"x" * 2 * _sse.LINE_SAMPLE + b"\r\n") == []
    return decoder


def long_frames(count: int, end: bytes = b"\r\n", size: int = 5000) -> list[bytes]:
    """``count`` frames as the server writes them, with data of ``size`` bytes or more."""
    return [
        b'event: values%bdata: {"n":%d,"s":"%b"}%bid: %d-0%b%b'
        % (end, n, b"x" * size, end, n, end, end)
        for n in range(count)
    ]


@pytest.mark.parametrize("end", [b"\r\n", b"\n"])
def test_frames_of_long_lines_cut_anywhere_all_come_in_runs(end: bytes) -> None:
    """Chunks of long lines: every frame comes in a run, those the chunks cut included (kept
    until the chunk that ends them), and heartbeats between frames do not end a run."""
    frames = long_frames(40, end)
    frames.insert(20, b": heartbeat" + end + end)
    stream = b"".join(frames)
    decoder = long_lines_decoder()
    items = [
        item
        for start in range(0, len(stream), 65536)
        for item in decoder.feed_runs(stream[start : start + 65536])
    ]
    assert all(isinstance(item, FrameRun) for item in items)
    assert len(items) == 4  # (four chunks: the frames each ends inside come with the next)
    events = [event for item in items for event in expand(item)]
    assert [event.id for event in events] == [f"{n}-0" for n in range(40)]
    assert [event.data for event in events] == [
        frame.split(end)[1][6:] for frame in frames if frame[:1] == b"e"
    ]
    assert decoder.last_event_id_buffer == "39-0"
    assert decoder._unread == []


def test_long_frames_without_ids_come_in_one_run_with_the_last_id() -> None:
    decoder = long_lines_decoder()
    decoder.feed(b"id: 7-0\n\n")
    frames = [
        frame.replace(b"id: %d-0\n" % n, b"") for n, frame in enumerate(long_frames(9, b"\n"))
    ]
    items = decoder.feed_runs(b"".join(frames))
    assert len(items) == 1
    assert isinstance(items[0], FrameRun)
    assert items[0].ids == ["7-0"] * 9
    assert items[0].data == [frame[len(b"event: values\ndata: ") : -2] for frame in frames]


def test_a_long_frame_written_another_way_is_read_line_by_line_between_runs() -> None:
    """Frames that are not as the server writes them (line ends mixed, a second data line, an
    id holding a NUL, a retry) are read line by line: the frames around them still come as
    runs."""
    odd = [
        b"event: values\r\ndata: 1\n\r\n",
        b"event: values\ndata: 1\ndata: 2\n\n",
        b"event: values\ndata: 3\nid: 1\x002\n\n",
        b"event: values\ndata: 4\nretry: 5\n\n",
    ]
    for frame in odd:
        frames = long_frames(6, b"\n")
        frames.insert(3, frame)
        items = long_lines_decoder().feed_runs(b"".join(frames))
        assert [item.ids if isinstance(item, FrameRun) else item.id for item in items] == [
            ["0-0", "1-0", "2-0"],
            "2-0",
            ["3-0", "4-0", "5-0"],
        ], frame


def test_long_frames_after_a_blank_line_that_starts_the_chunk_come_at_once() -> None:
    frames = long_frames(3, b"\n")
    items = long_lines_decoder().feed_runs(b"\n" + b"".join(frames))
    events = [event for item in items for event in expand(item)]
    assert [event.id for event in events] == ["0-0", "1-0", "2-0"]


@pytest.mark.parametrize(
    ("data_line", "expected"),
    [
        (b"data:1", b"1"),  # no space: the same field
        (b"data: \r", b""),  # a lone CR ends the line: the rest is a line of its own
        (b"data: \rdata: 2", b"\n2"),
    ],
)
def test_a_long_lines_frame_whose_data_line_is_written_another_way(
    data_line: bytes, expected: bytes
) -> None:
    frame = b"event: values\n" + data_line + b"\n\n"
    assert long_lines_decoder().feed(frame) == [ServerSentEvent("values", expected)]


def test_a_long_lines_frame_ended_by_a_cr_at_the_chunk_end_comes_at_once() -> None:
    decoder = long_lines_decoder()
    assert decoder.feed(b"event: values\ndata: 1\n\r") == [ServerSentEvent("values", b"1")]


def test_a_chunk_of_long_lines_with_cr_line_ends_only_is_read_at_once() -> None:
    decoder = long_lines_decoder()
    assert decoder.feed(b"\rdata: 1\r\r") == [ServerSentEvent("message", b"1")]


def test_a_long_lines_frame_whose_id_line_holds_a_cr() -> None:
    """``id: \\r5``: the id line ends at the CR (an empty id); ``5`` is a line of its own."""
    decoder = long_lines_decoder()
    decoder.feed(b"id: 1\n\n")
    frame = b"event: values\ndata: 1\nid: \r5\n\n"
    assert decoder.feed(frame) == [ServerSentEvent("values", b"1", "")]


def test_frames_after_two_misses_still_come_as_a_run_of_the_chunk() -> None:
    """Two frames in a row that are not as the server writes them: the rest of the chunk is
    read line by line, its runs of frames still as runs (said no longer than the chunk)."""
    odd = b"data: 1\n\ndata: 2\n\n"
    chunk = odd + b"".join(long_frames(6, b"\n")) + b"event: values\ndata: 9"
    items = long_lines_decoder().feed_runs(chunk)
    assert [type(item) for item in items] == [ServerSentEvent, ServerSentEvent, FrameRun]
    run = items[2]
    assert isinstance(run, FrameRun)
    assert run.ids == [f"{n}-0" for n in range(6)]
    assert run.longest == len(chunk)


def test_more_kinds_of_lines_between_long_frames_than_are_cached_are_all_read() -> None:
    decoder = long_lines_decoder()
    frames = long_frames(3 * _sse._MAX_CACHED_NAMES, b"\n", size=100)
    stream = b"".join(b": ping %d\n%b" % (n, frame) for n, frame in enumerate(frames))
    events = decoder.feed(stream)
    assert [event.id for event in events] == [f"{n}-0" for n in range(len(frames))]
    assert len(decoder._frame_lines) <= _sse._MAX_CACHED_NAMES


def test_long_lines_then_short_frames_switch_back_to_splitlines() -> None:
    """Judged by the lines read in runs too: a chunk of long lines, then of short frames."""
    decoder = long_lines_decoder()
    short = b"".join(server_frames(500))
    assert len(short) >= _sse.LINE_SAMPLE
    assert len(decoder.feed(short)) == 500
    assert not decoder._long_lines
    assert decoder.feed(b":" + b"x" * 2 * _sse.LINE_SAMPLE + b"\n") == []
    assert decoder._long_lines
    frames = b"".join(b"event: e\ndata: 01234\nid: 0123456789\n\n" for _ in range(500))
    assert len(decoder.feed(frames)) == 500
    assert not decoder._long_lines


def test_a_frame_in_pieces_without_line_ends_is_kept_until_one_ends_it() -> None:
    decoder = long_lines_decoder()
    parts = [b"a" * 3000, b"b" * 3000, b"c" * 3000]
    assert decoder.feed(b"event: values\r\ndata: " + parts[0]) == []
    assert decoder.feed(parts[1]) == []
    assert decoder.feed(parts[2]) == []
    assert decoder.last_event_id_buffer is None
    # (A frame read alone comes as an event, not as a run of one.)
    assert decoder.feed_runs(b"\r\nid: 1-0\r\n\r\nevent: values\r\ndata: 1") == [
        ServerSentEvent("values", b"".join(parts), "1-0")
    ]
    assert decoder.feed(b"\r\n\r\n") == [ServerSentEvent("values", b"1", "1-0")]


def test_a_kept_frame_ends_at_once_at_a_cr_line_end() -> None:
    """A lone CR ends a line (and a CR after it the event): the event a kept frame is part of
    comes with the chunk that ends it so, not with a later one."""
    decoder = long_lines_decoder()
    assert decoder.feed(b"event: values\ndata: " + b"x" * 5000) == []
    assert decoder.feed(b"\r\r") == [ServerSentEvent("values", b"x" * 5000)]
    assert decoder.feed(b"\ndata: 2\n\n") == [ServerSentEvent("message", b"2")]


def test_a_cr_that_starts_a_chunk_of_long_lines_ends_the_line_before() -> None:
    """A lone CR at the very start of a chunk ends the line the chunk before left unfinished
    (here, read line by line: the decoder is inside an event), and a second one the event."""
    decoder = long_lines_decoder()
    assert decoder.feed(b"data: 1\nevent: values\ndata: " + b"x" * 5000) == []
    assert decoder.feed(b"\r\revent: values\ndata: 2\n\n") == [
        ServerSentEvent("values", b"1\n" + b"x" * 5000),
        ServerSentEvent("values", b"2"),
    ]


def test_the_id_line_of_a_kept_frame_counts_once_it_ends() -> None:
    """An ``id:`` line sets the last event ID when it ends, even in an event that never does."""
    decoder = long_lines_decoder()
    assert decoder.feed(b"event: values\ndata: " + b"x" * 5000 + b"\nid: 5-") == []
    assert decoder.last_event_id_buffer is None
    assert decoder.feed(b"0\n") == []
    assert decoder.last_event_id_buffer == "5-0"
    assert decoder.flush() == []
    assert decoder.last_event_id_buffer == "5-0"


def test_a_frame_larger_than_what_is_kept_is_read_line_by_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_sse, "_MAX_UNREAD", 2000)
    frames = long_frames(6, size=4500)
    stream = b"".join(frames)
    decoder = long_lines_decoder()
    events = []
    for start in range(0, len(stream), 700):
        events += decoder.feed(stream[start : start + 700])
        assert decoder._unread_size <= 2000
        assert sum(map(len, decoder._unread)) == decoder._unread_size
    assert [event.id for event in events] == [f"{n}-0" for n in range(6)]
    assert [len(event.data) for event in events] == [4500 + len(b'{"n":0,"s":""}')] * 6


def server_frames(count: int, end: bytes = b"\n") -> list[bytes]:
    """``count`` frames as the LangGraph server writes them: ``values`` events of data
    ``{"n":<n>}`` and id ``<n>-0``."""
    return [
        b'event: values%bdata: {"n":%d}%bid: %d-0%b%b' % (end, n, end, n, end, end)
        for n in range(count)
    ]


def expand(item: ServerSentEvent | FrameRun) -> list[ServerSentEvent]:
    return item.events() if isinstance(item, FrameRun) else [item]


def test_more_event_names_than_are_cached_are_all_read() -> None:
    names = [b"name%d" % n for n in range(3 * _sse._MAX_CACHED_NAMES)]
    stream = b"".join(b"event: %b\ndata: %d\n\n" % (name, n) for n, name in enumerate(names))
    decoder = SSEDecoder()
    events = decoder.feed(stream) + decoder.feed(stream)
    assert [event.event.encode() for event in events] == names * 2
    assert [event.data for event in events] == [b"%d" % n for n in range(len(names))] * 2
    assert len(decoder._line_names) <= _sse._MAX_CACHED_NAMES


_line_text = st.binary(max_size=12).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
_data_line = (_line_text.map(b"data: ".__add__) | _line_text) | st.just(b"data: ")
_id_line = _line_text.map(b"id: ".__add__) | _line_text | st.sampled_from([b"id: \xe2\x82", b"id"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_data_line, _id_line), max_size=20), st.booleans())
def test_the_columns_of_frames_are_the_values_of_their_lines_as_far_as_they_keep_the_rules(
    frames: list[tuple[bytes, bytes]], with_ids: bool
) -> None:
    """Data and ids cut out of their columns joined are those of each line read on its own:
    the frames before the first whose data line is not ``data: ``, or whose id line is not
    ``id: `` or holds a NUL; ids decoded one by one, a bad byte replaced."""
    data_lines = [data for data, _ in frames]
    id_lines = [id_line for _, id_line in frames] if with_ids else None
    kept = 0
    for data, id_line in frames:
        if not data.startswith(b"data: "):
            break
        if with_ids and (not id_line.startswith(b"id: ") or b"\0" in id_line):
            break
        kept += 1
    ids = [line[4:].decode("utf-8", "replace") for _, line in frames[:kept]]
    assert _sse._columns(data_lines, id_lines, "7-0") == (
        [data[6:] for data in data_lines[:kept]],
        ids if with_ids else ["7-0"] * kept,
    )
