"""The SSE decoder: the WHATWG event-stream rules, and any chunking gives the same events."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langgraph_threads_client import _sse
from langgraph_threads_client._sse import FrameRun, ServerSentEvent, SSEDecoder, split_lines


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    return events + decoder.flush()


def test_every_line_ending() -> None:
    for end in (b"\r\n", b"\n", b"\r"):
        stream = b"event: e" + end + b"data: d" + end + b"id: 1-0" + end + end
        assert decode(stream) == [ServerSentEvent("e", b"d", "1-0")]
    mixed = b"data: a\r\ndata: b\ndata: c\r\r"
    assert decode(mixed) == [ServerSentEvent("message", b"a\nb\nc")]


def test_comments_and_heartbeats_are_skipped() -> None:
    assert decode(b": heartbeat\r\n\r\n: another\n\n") == []
    assert decode(b": hb\ndata: x\n: hb\n\n") == [ServerSentEvent("message", b"x")]
    # A heartbeat after an id is still no event (httpx-sse dispatches an empty one here).
    assert decode(b"id: 1\ndata: x\n\n: hb\n\n") == [ServerSentEvent("message", b"x", "1")]


def test_field_parsing() -> None:
    assert decode(b"data:x\n\n")[0].data == b"x"
    assert decode(b"data: x\n\n")[0].text == "x"
    assert decode(b"data:  x\n\n")[0].text == " x"  # only one space is removed
    assert decode(b"data\n\n")[0].text == ""  # a field without a colon has an empty value
    assert decode(b"data: a:b\n\n")[0].text == "a:b"
    assert decode(b"unknown: 1\ndata: x\n\n") == [ServerSentEvent("message", b"x")]
    assert decode(b"DATA: x\n\n") == []  # field names are case-sensitive


def test_id_persists_and_id_with_nul_is_ignored() -> None:
    events = decode(b"id: 7\ndata: a\n\ndata: b\n\nid: 8\x00x\ndata: c\n\nid\ndata: d\n\n")
    assert [e.id for e in events] == ["7", "7", "7", ""]


def test_id_alone_updates_the_last_event_id_without_an_event() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 42\n\n") == []
    assert decoder.last_event_id_buffer == "42"
    assert decoder.feed(b"data: x\n\n") == [ServerSentEvent("message", b"x", "42")]


def test_the_id_of_an_event_the_stream_ends_inside_is_in_the_buffer_only() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\n") == [ServerSentEvent("message", b"a")]
    assert decoder.feed(b"id: 5\ndata: b\n") == []
    assert decoder.flush() == []  # the event is never dispatched: no event has id 5
    assert decoder.last_event_id_buffer == "5"


def test_retry() -> None:
    assert decode(b"retry: 1500\ndata: x\n\n")[0].retry == 1500
    assert decode(b"retry: 1.5\ndata: x\n\n")[0].retry is None
    assert decode(b"retry: -1\ndata: x\n\n")[0].retry is None
    assert decode(b"retry: 100\ndata: x\n\ndata: y\n\n")[1].retry is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"0" * 5000 + b"5", 5),  # leading zeros: any number of them
        (b"0", 0),
        (b"9" * 15, 10**15 - 1),
        (b"1" + b"0" * 15, _sse.MAX_RECONNECTION_TIME),
        (b"9" * 16, _sse.MAX_RECONNECTION_TIME),
        (b"1" + b"0" * 15 + b"1", _sse.MAX_RECONNECTION_TIME),
        (b"9" * 400, _sse.MAX_RECONNECTION_TIME),  # a float of seconds would overflow
        (b"9" * 4301, _sse.MAX_RECONNECTION_TIME),  # int() refuses it
    ],
)
def test_a_retry_of_any_number_of_digits_is_read(value: bytes, expected: int) -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"retry: " + value + b"\ndata: x\n\n")
    assert events[0].retry == expected
    assert decoder.reconnection_time == expected


def test_retry_sets_the_reconnection_time_even_without_an_event() -> None:
    decoder = SSEDecoder()
    assert decoder.reconnection_time is None
    assert decoder.feed(b"retry: 3000\n\n") == []  # no data: nothing dispatched...
    assert decoder.reconnection_time == 3000  # ...but the stream's reconnection time is set
    decoder.feed(b"data: x\n\nretry: soon\n\n")
    assert decoder.reconnection_time == 3000  # kept until a valid retry replaces it
    decoder.feed(b"retry: 500\ndata: y\n\n")
    assert decoder.reconnection_time == 500


def test_blank_lines_and_unfinished_events() -> None:
    assert decode(b"\n\n\r\n\r\r") == []
    assert decode(b"event: only-a-name\n\n") == []  # no data: nothing dispatched
    assert decode(b"data: no blank line after me\n") == []  # discarded at the end
    assert decode(b"data: x") == []
    names = decode(b"event: a\n\ndata: y\n\n")
    assert names == [ServerSentEvent("message", b"y")]  # the event name was reset


def test_byte_order_mark_is_stripped_once() -> None:
    assert decode(b"\xef\xbb\xbfdata: x\n\n") == [ServerSentEvent("message", b"x")]
    assert decode(b"\xef\xbb", b"\xbfdata: x\n\n") == [ServerSentEvent("message", b"x")]
    assert decode(b"data: \xef\xbb\xbfx\n\n")[0].text == "\ufeffx"


def test_chunk_boundaries_inside_crlf_and_characters() -> None:
    # CR at the end of one chunk and LF at the start of the next are one line end.
    assert decode(b"data: a\r", b"\ndata: b\r\n\r", b"\n") == [ServerSentEvent("message", b"a\nb")]
    euro = "€".encode()
    assert decode(b"data: " + euro[:1], euro[1:2], euro[2:] + b"\n\n")[0].text == "€"
    assert decode(b"data: \xff\n\n")[0].text == "\ufffd"  # invalid UTF-8 is replaced


def test_fields_written_without_the_space() -> None:
    stream = b"event:update\nid:5-1\ndata:a\ndata:b\n\n"
    assert decode(stream) == [ServerSentEvent("update", b"a\nb", "5-1")]
    # Other fields starting with the letters of the known ones are not them.
    assert decode(b"e: 1\ni: 2\nidx: 3\nevents: x\ndata: y\n\n") == [
        ServerSentEvent("message", b"y")
    ]
    assert decode(b"id:8\x00x\ndata: z\n\n") == [ServerSentEvent("message", b"z")]


def test_names_and_ids_in_invalid_utf8_are_replaced() -> None:
    for stream in (b"event: \xff\nid: 1-\xff\ndata: x\n\n", b"event:\xff\nid:1-\xff\ndata: x\n\n"):
        assert decode(stream) == [ServerSentEvent("\ufffd", b"x", "1-\ufffd")]


def test_a_byte_order_mark_later_in_the_stream_is_data() -> None:
    # Only the stream's first bytes may be a byte order mark: later, one is part of the text.
    events = decode(b"data: ", b"\xef\xbb\xbfx\n\n", b"\xef\xbb", b"\xbfdata: y\n\n")
    assert [event.text for event in events] == ["\ufeffx"]  # "\ufeffdata" is no "data" field


def test_flush_discards_the_unfinished_event_and_starts_afresh() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: e\ndata: a\ndata: unfinished") == []
    assert decoder.flush() == []
    assert decoder.feed(b"data: b") == []
    assert decoder.feed(b"\n\n") == [ServerSentEvent("message", b"b")]


# --- any chunking of a valid stream gives the same events ------------------------------------

_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\r\n\x00"),
    max_size=20,
)
_name = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-", min_size=1, max_size=10)
_end = st.sampled_from(["\r\n", "\n", "\r"])


@st.composite
def streams(draw: st.DrawFn) -> tuple[bytes, list[ServerSentEvent]]:
    """A serialised stream and the events it must decode to."""
    events, expected = draw(event_by_event())
    return b"".join(events), expected


@st.composite
def event_by_event(draw: st.DrawFn) -> tuple[list[bytes], list[ServerSentEvent]]:
    """A serialised stream, one ``bytes`` per event (with the comments before it), as a live
    server sends it, and the events it must decode to."""
    events: list[bytes] = []
    expected: list[ServerSentEvent] = []
    last_id: str | None = None
    for _ in range(draw(st.integers(0, 8))):
        parts: list[str] = []
        if draw(st.booleans()):
            parts.append(":" + draw(_text) + draw(_end))  # a comment / heartbeat
        name = draw(st.one_of(st.none(), _name))
        lines = draw(st.lists(_text, min_size=1, max_size=4))
        event_id = draw(st.one_of(st.none(), st.from_regex(r"\A[0-9]{1,13}-0\Z")))
        if name is not None:
            parts.append(f"event: {name}" + draw(_end))
        parts.extend(f"data: {line}" + draw(_end) for line in lines)
        if event_id is not None:
            parts.append(f"id: {event_id}" + draw(_end))
            last_id = event_id
        # A blank line "\n" right after a line ended by "\r" would read as one CRLF.
        blank = draw(_end)
        while parts[-1].endswith("\r") and blank == "\n":
            blank = draw(_end)
        parts.append(blank)
        events.append("".join(parts).encode())
        expected.append(ServerSentEvent(name or "message", "\n".join(lines).encode(), last_id))
    return events, expected


# Both ways of splitting a chunk: with LONG_LINE at -1 (and every chunk taken as a sample), the
# decoder takes split_lines from the second chunk on, whatever the lines' length.
line_splitting = pytest.mark.parametrize("long_line", [_sse.LONG_LINE, -1])


def decode_with(long_line: int, *chunks: bytes) -> list[ServerSentEvent]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_sse, "LONG_LINE", long_line)
        if long_line < 0:
            patch.setattr(_sse, "LINE_SAMPLE", 0)
        return decode(*chunks)


@line_splitting
@settings(max_examples=300, deadline=None)
@given(streams(), st.data())
def test_any_chunking_decodes_the_same_events(
    long_line: int, stream: tuple[bytes, list[ServerSentEvent]], data: st.DataObject
) -> None:
    raw, _ = stream
    whole = decode(raw)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(raw)), max_size=20)))
    chunks = [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]
    assert decode_with(long_line, *chunks) == whole
    assert decode_with(long_line, *[raw[i : i + 1] for i in range(len(raw))]) == whole


@settings(max_examples=300, deadline=None)
@given(streams())
def test_generated_streams_decode_to_their_events(
    stream: tuple[bytes, list[ServerSentEvent]],
) -> None:
    raw, expected = stream
    assert decode(raw) == expected


@line_splitting
@settings(max_examples=300, deadline=None)
@given(event_by_event())
def test_an_event_per_chunk_decodes_to_the_events(
    long_line: int, stream: tuple[list[bytes], list[ServerSentEvent]]
) -> None:
    # The chunks a live server sends, read by the decoder's shortcut for a whole event.
    events, expected = stream
    assert decode_with(long_line, *events) == expected


def test_a_chunk_of_one_whole_event_is_read_without_the_general_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A live server sends each event as a chunk of its own: once the decoder is between two
    # events, such a chunk (with or without an id, either line end) skips _feed_lines.
    read_generally: list[list[bytes]] = []
    feed_lines = SSEDecoder._feed_lines

    def counted(
        decoder: SSEDecoder, lines: list[bytes], last: int, size: int
    ) -> list[ServerSentEvent | FrameRun]:
        read_generally.append(list(lines))
        return feed_lines(decoder, lines, last, size)

    monkeypatch.setattr(SSEDecoder, "_feed_lines", counted)
    decoder = SSEDecoder()
    first = decoder.feed(b"event: values\ndata: 1\nid: 1-0\n\n")  # (where a stream starts)
    assert first == [ServerSentEvent("values", b"1", "1-0")]
    assert len(read_generally) == 1
    read_generally.clear()
    chunks = [
        b"event: values\ndata: 2\n\n",
        b"event: updates\ndata: 3\nid: 2-0\n\n",
        b"event: values\r\ndata: 4\r\nid: 3-0\r\n\r\n",
    ]
    assert [event for chunk in chunks for event in decoder.feed(chunk)] == [
        ServerSentEvent("values", b"2", "1-0"),
        ServerSentEvent("updates", b"3", "2-0"),
        ServerSentEvent("values", b"4", "3-0"),
    ]
    assert read_generally == []
    # Anything else the general loop reads: here an id written without its space.
    assert decoder.feed(b"event: values\ndata: 5\nid:4-0\n\n") == [
        ServerSentEvent("values", b"5", "4-0")
    ]
    assert len(read_generally) == 1
    # Several events in one chunk: the general loop, which reads them as a run of frames no
    # longer than the chunk.
    several = b"event: values\ndata: 6\n\n" * 2  # (two frames: the shortest run)
    assert decoder.feed_runs(several) == [
        FrameRun(["values"] * 2, [b"6"] * 2, ["4-0"] * 2, len(several))
    ]
    assert len(read_generally) == 2


def test_a_whole_event_after_an_unfinished_one_continues_it() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r\n") == []  # no blank line yet: the event goes on
    assert decoder.feed(b"event: e\r\ndata: b\r\nid: 1-0\r\n\r\n") == [
        ServerSentEvent("e", b"a\nb", "1-0")
    ]
    assert decoder.feed(b"event: e\r\ndata: c\r\n\r\n") == [ServerSentEvent("e", b"c", "1-0")]
    assert decoder.feed(b"event: e\r\n") == []
    assert decoder.feed(b"event: f\r\ndata: d\r\n\r\n") == [ServerSentEvent("f", b"d", "1-0")]


def test_whole_events_after_a_split_line_end_and_a_retry() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: e\r\ndata: a\r\n\r") == [ServerSentEvent("e", b"a")]
    # The LF that ends the CRLF comes first: it is no blank line of its own.
    assert decoder.feed(b"\nevent: e\r\ndata: b\r\n\r\n") == [ServerSentEvent("e", b"b")]
    assert decoder.feed(b"retry: 5\r\n") == []
    assert decoder.feed(b"event: e\r\ndata: c\r\n\r\n") == [ServerSentEvent("e", b"c", None, 5)]
    assert decoder.feed(b"event: e\r\ndata: d\r\n\r\n") == [ServerSentEvent("e", b"d")]


def test_a_whole_event_after_a_line_cut_short_continues_that_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\n") == [ServerSentEvent("message", b"a")]
    assert decoder.feed(b"data: b") == []  # no line end: the line goes on in the next chunk
    assert decoder.feed(b"event: e\ndata: c\n\n") == [ServerSentEvent("message", b"bevent: e\nc")]
    # The same, with the line cut short after an event in the same chunk.
    assert decoder.feed(b"data: a\n\ndata: b") == [ServerSentEvent("message", b"a")]
    assert decoder.feed(b"event: e\ndata: c\n\n") == [ServerSentEvent("message", b"bevent: e\nc")]


def test_a_whole_event_after_an_event_name_alone_ends_that_event() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: pending\n") == []
    assert decoder.feed(b"event: e\ndata: a\n\n") == [ServerSentEvent("e", b"a")]
    # The blank line ended the event: the pending name does not carry over.
    assert decoder.feed(b"data: b\n\n") == [ServerSentEvent("message", b"b")]


def test_a_whole_chunk_without_data_is_no_event() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\n") == [ServerSentEvent("message", b"a")]
    assert decoder.feed(b"event: e\nid: 1-0\n\n") == []
    assert decoder.feed(b"event: e\n: heartbeat\n\n") == []
    assert decoder.last_event_id_buffer == "1-0"


def test_an_id_in_invalid_utf8_in_a_whole_event_is_replaced() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\n") == [ServerSentEvent("message", b"a")]
    assert decoder.feed(b"event: e\ndata: b\nid: 1-\xff\n\n") == [
        ServerSentEvent("e", b"b", "1-\ufffd")
    ]


def test_only_the_first_chunk_may_start_with_a_byte_order_mark() -> None:
    assert decode(b"data: a\n\n", b"\xef\xbb\xbfdata: b", b"\n\n") == [
        ServerSentEvent("message", b"a")
    ]
    decoder = SSEDecoder()
    assert decoder.flush() == []  # (nothing read yet: the stream has not started)
    assert decoder.feed(b"\xef\xbb\xbfevent: e\ndata: x\n\n") == [ServerSentEvent("e", b"x")]


def test_an_id_with_a_nul_in_a_whole_event_is_ignored() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: e\ndata: a\nid: 1-0\n\n") == [ServerSentEvent("e", b"a", "1-0")]
    assert decoder.feed(b"event: e\ndata: b\nid: 2\x00\n\n") == [ServerSentEvent("e", b"b", "1-0")]
    assert decoder.feed(b"event: e\ndata: c\nid: \n\n") == [ServerSentEvent("e", b"c", "")]


# --- events of the sizes real streams carry (state snapshots of 100 B to 100 KB) ------------------

_SIZES = st.sampled_from([100, 1_000, 10_000, 100_000])
# Multi-byte characters, so that cuts fall inside them too.
_FILLER = 'é"€😀 abc\\'


@line_splitting
@settings(max_examples=60, deadline=None)
@given(_SIZES, _end, st.integers(1, 4), st.data())
def test_large_events_in_any_chunking(
    long_line: int, size: int, end: str, count: int, data: st.DataObject
) -> None:
    values = [
        (_FILLER * (size // len(_FILLER.encode()) + 1))[: size // 2] + str(n) for n in range(count)
    ]
    raw = "".join(
        f"event: values{end}data: {value}{end}data: {value[::-1]}{end}id: {n}-0{end}{end}"
        for n, value in enumerate(values)
    ).encode()
    expected = [
        ServerSentEvent("values", f"{value}\n{value[::-1]}".encode(), f"{n}-0")
        for n, value in enumerate(values)
    ]
    assert decode(raw) == expected
    cuts = sorted(data.draw(st.lists(st.integers(0, len(raw)), max_size=30)))
    chunks = [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]
    assert decode_with(long_line, *chunks) == expected
    step = data.draw(st.sampled_from([3, 4096, 65536]))
    assert (
        decode_with(long_line, *[raw[i : i + step] for i in range(0, len(raw), step)]) == expected
    )


# --- split_lines: splitlines, by another way -----------------------------------------------------


@settings(max_examples=2000, deadline=None)
@given(st.binary() | st.lists(st.sampled_from([b"a", b"\xe2\x82", b"\r", b"\n"])).map(b"".join))
def test_split_lines_splits_as_splitlines(chunk: bytes) -> None:
    assert split_lines(chunk) == chunk.splitlines()


def test_split_lines_finds_a_lone_cr_inside_a_long_line() -> None:
    # CRLF ends are cut off; a CR on its own, anywhere in a line, ends a line as well.
    long = b"x" * 20_000
    chunk = long + b"\r\n" + long + b"\r" + long + b"\n\r\n" + b"\r\r\n" + long
    assert split_lines(chunk) == [long, long, long, b"", b"", b"", long]
    assert split_lines(chunk) == chunk.splitlines()


def test_long_lines_then_short_ones() -> None:
    # A chunk of long lines switches the decoder to split_lines; one of short lines, back.
    big = b"x" * 5000
    small = b"".join(b"data: %d\r\n\r\n" % n for n in range(500))
    assert len(small) >= _sse.LINE_SAMPLE
    decoder = SSEDecoder()
    assert decoder.feed(b"data: " + big + b"\r\n\r\n") == [ServerSentEvent("message", big)]
    assert decoder._long_lines
    assert [event.data for event in decoder.feed(small)] == [b"%d" % n for n in range(500)]
    assert not decoder._long_lines
    assert decoder.feed(b"data: " + big[:3000]) == []
    assert decoder.feed(big[3000:] + b"\r") == []
    assert decoder.feed(b"\n\r\n") == [ServerSentEvent("message", big)]


def two_line_event(size: int) -> bytes:
    """An event of ``size`` bytes in two lines, not written as the server writes its frames
    (``data:`` without the space), so that the general case reads it."""
    return b"data:" + b"x" * (size - 7) + b"\n\n"


@pytest.mark.parametrize("long_before", [False, True], ids=["general", "long lines"])
def test_the_way_chunks_are_read_is_judged_by_chunks_of_line_sample_bytes_or_more(
    long_before: bool,
) -> None:
    # Judged by a chunk of LINE_SAMPLE bytes or more: lines longer than LONG_LINE on average
    # (every line the chunk holds counted) are long; LONG_LINE exactly is not. A smaller chunk
    # leaves the way as it was. The same whichever way the chunk itself is read.
    sample, long_line = _sse.LINE_SAMPLE, _sse.LONG_LINE
    decoder = SSEDecoder()
    if long_before:
        assert len(decoder.feed(two_line_event(2 * sample))) == 1
    assert decoder._long_lines is long_before
    # Lines that would switch the way, in a chunk one byte short of a sample.
    smaller = two_line_event(9) * ((sample - 1) // 9) if long_before else two_line_event(sample - 1)
    assert len(smaller) == sample - 1
    assert len(decoder.feed(smaller)) == (len(smaller) // 9 if long_before else 1)
    assert decoder._long_lines is long_before
    # A sample of four lines, LONG_LINE bytes each on average: not long.
    even = two_line_event(2 * long_line) * 2
    assert len(even) == sample
    assert [len(event.data) for event in decoder.feed(even)] == [2 * long_line - 7] * 2
    assert decoder._long_lines is False
    # (Between two events, nothing kept: a chunk of one whole event may skip the general loop.)
    assert decoder._idle is True
    # A sample of two lines: long.
    assert len(decoder.feed(two_line_event(sample))) == 1
    assert decoder._long_lines is True


def test_the_lines_of_frames_read_in_the_chunk_count_toward_the_way() -> None:
    # In long-lines mode, frames written as the server writes them are read in the chunk
    # itself, not cut into lines: each counts as the four lines it holds (with its id).
    sample, long_line = _sse.LINE_SAMPLE, _sse.LONG_LINE

    def frame(size: int, ident: int) -> bytes:
        head, tail = b"event: values\ndata: ", b"\nid: %04d\n\n" % ident
        return head + b"x" * (size - len(head) - len(tail)) + tail

    decoder = SSEDecoder()
    decoder.feed(two_line_event(2 * sample))
    # One frame of four lines, a few bytes longer than four LONG_LINEs: still long.
    one = frame(4 * long_line + 4, 1)
    assert len(decoder.feed_runs(one)) == 1
    assert decoder._long_lines is True
    # Short frames, a general event, one more frame: every line counted, not the last run's.
    chunk = b"".join(frame(25, n) for n in range(200)) + two_line_event(20) + frame(30, 200)
    assert len(chunk) >= sample
    items = decoder.feed_runs(chunk)
    assert [type(item) for item in items] == [FrameRun, ServerSentEvent, ServerSentEvent]
    assert decoder._long_lines is False


def test_a_few_bytes_between_large_pieces_leave_the_split_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What httpx yields from 64 KiB HTTP chunks: most of a chunk (what one socket read held),
    # then its last few bytes. Judged by those, every large piece would go to splitlines.
    data = b'{"m":"' + b"x" * 20_000 + b'"}'
    frame = b"event: values\r\ndata: " + data + b"\r\nid: 1-0\r\n\r\n"
    body = frame * 7
    pieces = [body[:65449], body[65449:65536], body[65536:131000], body[131000:]]
    read_long: list[int] = []
    feed_long = SSEDecoder._feed_long

    def counted(decoder: SSEDecoder, chunk: bytes) -> list[ServerSentEvent | FrameRun]:
        read_long.append(len(chunk))
        return feed_long(decoder, chunk)

    monkeypatch.setattr(SSEDecoder, "_feed_long", counted)
    decoder = SSEDecoder()
    events = [event for piece in pieces for event in decoder.feed(piece)]
    assert [event.data for event in events] == [data] * 7
    # The first piece, judged by no chunk before it, is split by splitlines; every piece after
    # it is read as long lines, the few bytes included.
    assert read_long == [len(piece) for piece in pieces[1:]]
