"""An I/O-free, incremental decoder of server-sent events (the WHATWG "event stream" format).

Fed the bytes of a response in chunks of any size, split anywhere (inside a line, a CRLF or a
multi-byte character), it returns the events completed so far. Line ends are CRLF, LF or CR;
lines starting with ``:`` are comments (heartbeats); an event is dispatched on a blank line and
only if it had data; an unfinished event at the end of the stream is discarded, as the spec
says; a byte order mark at the very start is skipped.

It works on bytes from end to end: ``bytes.splitlines`` (C code, exactly the SSE line ends)
splits each chunk, and an event's data stays the UTF-8 bytes it arrived as, which a JSON decoder
reads directly. Only the short fields (event name, id) are decoded to ``str``. Splitting on line
ends never cuts a multi-byte character: UTF-8 continuation bytes are never CR or LF. Runs of
frames written as the server writes them (``event:``, ``data:``, ``id:``, a blank line) are
read column by column, by C-level passes. Where lines are long, frames are read in the chunk
itself instead, their line ends found by ``bytes.find`` (memchr), and a frame a chunk ends
inside is kept to be read whole with the next (``SSEDecoder._feed_long``).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count, repeat
from typing import Final, NamedTuple, cast

__all__ = ["FrameRun", "SSEDecoder", "ServerSentEvent", "split_lines"]

_BOM: Final = b"\xef\xbb\xbf"
_LF: Final = 10
_CR: Final = 13
# Bytes are searched for one byte given as an int: ``0 in line`` is memchr, where
# ``b"\0" in line`` first takes the operand's buffer (about 0.13 µs more).
_NUL: Final = 0
_MAX_CACHED_NAMES: Final = 64
# The longest reconnection time kept as sent (ms, about 31,700 years): a longer ``retry:`` is
# read as this, so that no value of digits fails (``int`` refuses over 4,300 digits, and a
# time over about 308 digits does not fit a float of seconds). A wait is capped far below it.
MAX_RECONNECTION_TIME: Final = 10**15
# Chunks whose lines average more bytes than this are read by ``bytes.find`` (see
# ``SSEDecoder._feed_long``); others split by one ``splitlines`` call, which costs less per
# line but more per byte.
LONG_LINE: Final = 1024
# The most bytes of an unfinished frame kept to be read again with the next chunk (see
# ``_feed_long``): a larger frame is read line by line, so that no byte is copied many times.
_MAX_UNREAD: Final = 256 * 1024
# Which of the two splits a chunk is told by the chunks before it, of this size or more. The
# pieces httpx yields alternate: the part of an HTTP chunk that one socket read holds, then a
# few bytes of the rest (65449, 87, 65440, 96, ... for 64 KiB chunks): judged by those few
# bytes, every large piece would be scanned byte by byte.
LINE_SAMPLE: Final = 4 * LONG_LINE


class ServerSentEvent(NamedTuple):
    """One dispatched event. ``data`` is the UTF-8 of its data lines joined by LF; ``id`` is
    the last event id in effect when it was dispatched; ``retry`` is the reconnection time (ms)
    that the event's own lines set, if any."""

    event: str
    data: bytes
    id: str | None = None
    retry: int | None = None

    @property
    def text(self) -> str:
        """The data as text (invalid UTF-8 replaced, as the spec's decoding does)."""
        return self.data.decode("utf-8", "replace")


# A NamedTuple's own constructor is a Python function; this is the C one, for the hot loop.
_new_event: Final = tuple.__new__


class FrameRun(NamedTuple):
    """The events of a run of frames written as the server writes them, column by column (see
    ``SSEDecoder.feed_runs``): each one's name, data (one data line each) and id; no data is
    longer than ``longest`` bytes (the chunk whose lines they are)."""

    names: list[str]
    data: list[bytes]
    ids: list[str | None]
    longest: int

    def events(self) -> list[ServerSentEvent]:
        return list(
            map(
                _new_event,
                repeat(ServerSentEvent),
                zip(self.names, self.data, self.ids, repeat(None)),
            )
        )


def split_lines(chunk: bytes, start: int = 0) -> list[bytes]:
    """``chunk[start:].splitlines()``, faster on long lines (state snapshots): line ends are
    found with ``bytes.find`` (memchr) where ``splitlines`` tests every byte, at the cost of a
    few Python steps a line. A frame of a 100 KB event splits about six times faster, one of
    10 KB about twice; below about 1 KB a line, ``splitlines`` is the faster. Lines with a CR
    inside (CR line ends) are left to ``splitlines``."""
    lines: list[bytes] = []
    append, find = lines.append, chunk.find
    while (end := find(b"\n", start)) >= 0:
        stop = end - 1 if end > start and chunk[end - 1] == _CR else end
        # Searched in the chunk, not in the line once cut out: memchr on bytes already read
        # (about 1 µs less for a 10 KB line).
        if find(b"\r", start, stop) >= 0:
            lines += chunk[start : end + 1].splitlines()
        else:
            append(chunk[start:stop])
        start = end + 1
    if start < len(chunk):
        rest = chunk[start:]
        if _CR in rest:
            lines += rest.splitlines()
        else:
            append(rest)
    return lines


def _event_lines(chunk: bytes, start: int) -> tuple[list[bytes], int]:
    """The lines of ``chunk`` from ``start`` (a line's start) up to the first blank one
    (included), and where they end; all the lines left (as ``split_lines`` gives them) if there
    is none or a line has a CR inside. (Where an event ends, unless the first line goes on one
    of the chunk before: then the decoder is still inside the event, and reads on.)"""
    lines: list[bytes] = []
    append, find = lines.append, chunk.find
    while (end := find(b"\n", start)) >= 0:
        stop = end - 1 if end > start and chunk[end - 1] == _CR else end
        if find(b"\r", start, stop) >= 0:
            break
        append(chunk[start:stop])
        if stop == start:
            return lines, end + 1
        start = end + 1
    lines += split_lines(chunk, start)
    return lines, len(chunk)


# The fewest lines of a frame that ``_read_frames`` reads: event, data and the blank line.
_SHORTEST_FRAME: Final = 3


def _first(flags: Iterable[object], otherwise: int) -> int:
    """The index of the first true value of ``flags`` if before ``otherwise``, else
    ``otherwise`` (a C-level pass that stops there)."""
    return min(next(compress(count(), flags), otherwise), otherwise)


def _leading(flags: list[bool], otherwise: int) -> int:
    """How many of ``flags`` are true before the first false one, at most ``otherwise``."""
    return min(otherwise, len(flags) if all(flags) else flags.index(False))


def _columns(
    data_lines: list[bytes], id_lines: list[bytes] | None, last_id: str | None
) -> tuple[list[bytes], list[str | None]]:
    """The data and ids of the frames whose data lines are ``data_lines`` and id lines
    ``id_lines`` (None: the frames have none, their id is ``last_id``), as far as those keep the
    rules (``data: ``, ``id: `` and no NUL in an id)."""
    frames = len(data_lines)
    if not frames:
        return [], []
    ids: list[str | None]
    if id_lines is None:
        ids = [last_id] * frames
        kept = True
    else:
        # The ids joined, decoded and split where their lines start: a line holds no line
        # end, so the parts are the ids exactly when every line starts with "id: " (fewer if
        # one does not), and a bad byte is replaced the same way in a line as in the lines
        # joined by LF, which no UTF-8 sequence takes in. (Data lines, long ones too, are
        # cut one by one: a search of their column for where lines start costs more.)
        column = b"\n".join(id_lines)
        ids = cast(list[str | None], column.decode("utf-8", "replace")[4:].split("\nid: "))
        kept = len(ids) == frames and column.startswith(b"id: ") and _NUL not in column
    # Each data line loses its prefix or nothing (removeprefix takes one argument: a cheaper
    # call than startswith): all had it if they lost its length each.
    data = list(map(bytes.removeprefix, data_lines, repeat(b"data: ")))
    if kept and sum(map(len, data_lines)) - sum(map(len, data)) == 6 * frames:
        return data, ids
    # A line breaks a rule: the frames before the first that does.
    frames = _leading(list(map(bytes.startswith, data_lines, repeat(b"data: "))), frames)
    if id_lines is not None:
        frames = _leading(list(map(bytes.startswith, id_lines, repeat(b"id: "))), frames)
        frames = _first(map(bytes.__contains__, id_lines, repeat(_NUL)), frames)
        id_lines = id_lines[:frames]
    return _columns(data_lines[:frames], id_lines, last_id)


def _reconnection_time(digits: bytes) -> int:
    """The milliseconds of a ``retry:`` value (ASCII digits only), at most
    ``MAX_RECONNECTION_TIME``: any number of digits, leading zeros included, reads."""
    significant = digits.lstrip(b"0")
    if len(significant) > len(str(MAX_RECONNECTION_TIME)):
        return MAX_RECONNECTION_TIME
    return min(int(significant or b"0"), MAX_RECONNECTION_TIME)


class SSEDecoder:
    def __init__(self) -> None:
        self._started = False  # past the place of a byte order mark
        self._pending: list[bytes] = []  # the pieces of an unfinished line
        self._after_cr = False  # the last chunk ended with CR: a leading LF is part of it
        self._event = b""
        self._data: bytes | None = None  # the first data line of the event being read
        self._more: list[bytes] = []  # its other data lines, if any
        self._retry: int | None = None
        self._names: dict[bytes, str] = {}  # event names decoded once
        self._line_names: dict[bytes, str] = {}  # the same, by their whole "event: " lines
        # What whole lines, with their line ends, are where frames start (see _frame_line).
        self._frame_lines: dict[bytes, str] = {}
        # The bytes of a frame begun in a chunk read by _feed_long and not ended there, with
        # no event begun before it: read again with the next chunk.
        self._unread: list[bytes] = []
        self._unread_size = 0
        # The lines of the last chunk of LINE_SAMPLE bytes or more were long: split by find.
        self._long_lines = False
        # Between two events, with nothing pending: a chunk may be one whole event (feed).
        self._idle = False
        # The spec's "last event ID buffer": the last ``id:`` line read, which each event takes
        # when dispatched. An ``id:`` line of an event the stream ends inside is in it too: to
        # resume, use a delivered event's ``id``.
        self.last_event_id_buffer: str | None = None
        # The reconnection time (ms) the stream set last: a ``retry:`` line sets it at once,
        # whether or not its event is dispatched (a block of only ``retry:`` has no data).
        self.reconnection_time: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events that ``chunk`` completes, in order."""
        events: list[ServerSentEvent] = []
        for item in self.feed_runs(chunk):
            if isinstance(item, FrameRun):
                events += item.events()
            else:
                events.append(item)
        return events

    def feed_runs(self, chunk: bytes) -> list[ServerSentEvent | FrameRun]:
        """The events that ``chunk`` completes, in order, each run of frames written as the
        server writes them as one ``FrameRun``: its columns as read, with no ``ServerSentEvent``
        made for each of its events."""
        if self._idle and chunk[-1:] == b"\n" and not self._long_lines:
            # The chunk a live server sends for each event: the whole event as it writes it
            # ("event: ", "data: ", maybe "id: ", the blank line), and nothing of another
            # pending. Read without the general loop below: about half its cost. (Where
            # lines are long, _feed_long reads such a chunk at about the same cost.)
            lines = self._split(chunk)
            if len(lines) == 4:
                event_line, data_line, id_line, blank = lines
                if id_line[:4] != b"id: " or _NUL in id_line:
                    return self._feed_lines(lines, _LF, len(chunk))
            elif len(lines) == 3:
                event_line, data_line, blank = lines
                id_line = None
            else:
                return self._feed_lines(lines, _LF, len(chunk))
            name = self._line_names.get(event_line)
            if (
                blank
                or data_line[:6] != b"data: "
                or (name is None and event_line[:7] != b"event: ")
            ):
                return self._feed_lines(lines, _LF, len(chunk))
            if name is None:
                name = self._line_name(event_line)
            if id_line is not None:
                self.last_event_id_buffer = id_line[4:].decode("utf-8", "replace")
            event = (name, data_line[6:], self.last_event_id_buffer, None)
            return [_new_event(ServerSentEvent, event)]
        return self._feed(chunk)

    def _feed(self, chunk: bytes) -> list[ServerSentEvent | FrameRun]:
        if self._after_cr and chunk:
            self._after_cr = False
            if chunk[0] == _LF:
                chunk = chunk[1:]
        if not chunk:
            return []
        if not self._started:
            chunk = self._skip_bom(chunk)
            if not chunk:
                return []
        if self._long_lines or self._unread:
            return self._feed_long(chunk)
        return self._feed_lines(self._split(chunk), chunk[-1], len(chunk))

    def _split(self, chunk: bytes) -> list[bytes]:
        """The lines of a chunk read the general way (``splitlines``; chunks of long lines go
        to ``_feed_long``); a chunk of ``LINE_SAMPLE`` bytes or more also tells which way the
        next ones are read."""
        lines = chunk.splitlines()
        if len(chunk) >= LINE_SAMPLE:
            self._long_lines = len(chunk) > LONG_LINE * len(lines)
        return lines

    def _feed_long(self, chunk: bytes) -> list[ServerSentEvent | FrameRun]:
        """A chunk (not empty, past the BOM) when lines are long (see ``LONG_LINE``): runs of
        frames written as the server writes them are read in the chunk itself, with nothing cut
        out but their data and ids (``_scan_frames``). A frame the chunk ends inside is kept as
        it came, and read again with the next chunk that has a line end. What is around them,
        an event at a time, by the general case."""
        if self._unread:
            pieces = self._unread
            if (
                _LF not in chunk
                and _CR not in chunk
                and self._unread_size + len(chunk) <= _MAX_UNREAD
            ):  # (no line ends here: the frame goes on)
                pieces.append(chunk)
                self._unread_size += len(chunk)
                return []
            pieces.append(chunk)
            chunk = b"".join(pieces)
            self._unread, self._unread_size = [], 0
        events: list[ServerSentEvent | FrameRun] = []
        size = len(chunk)
        start = 0
        lines_read = 0
        misses = 0  # attempts in a row that read no frame
        while start < size:
            if misses < 2 and self._is_idle():
                start, frames, unfinished = self._scan_frames(chunk, start, events)
                lines_read += 4 * frames
                if start == size:
                    break
                if unfinished and size - start <= _MAX_UNREAD:
                    self._unread, self._unread_size = [chunk[start:]], size - start
                    break
                # (A frame too large to keep ends no event in the rest: read it as a whole.)
                misses = 2 if unfinished else (0 if frames else misses + 1)
            if misses < 2:
                lines, stop = _event_lines(chunk, start)
            else:  # (the rest of the chunk, as a whole)
                lines, stop = split_lines(chunk, start), size
            lines_read += len(lines)
            events += self._feed_lines(lines, chunk[stop - 1], size)
            start = stop
        self._idle = self._is_idle()
        if size >= LINE_SAMPLE:
            self._long_lines = size > LONG_LINE * lines_read
        return events

    def _scan_frames(
        self, chunk: bytes, start: int, events: list[ServerSentEvent | FrameRun]
    ) -> tuple[int, int, bool]:
        """Read the frames from ``chunk[start]`` (a line's start, where no event is begun) that
        are written as the server writes them: ``event: <name>``, ``data: <one line>``, maybe
        ``id: <id>``, a blank line, each with the line ends of its first line (and comments and
        blank lines between them). They go to ``events`` as one ``FrameRun`` (one of them alone
        as a ``ServerSentEvent``). Returns where they end, how many there are, and whether the
        chunk ends inside the frame after them with nothing but such a frame's lines so far
        (and no CR after the last line end)."""
        find, starts = chunk.find, chunk.startswith
        kinds = self._frame_lines
        names: list[str] = []
        data: list[bytes] = []
        ids: list[str | None] = []
        last_id = self.last_event_id_buffer
        rest = -1  # where the unfinished line of an unfinished frame starts
        while True:
            end = find(b"\n", start)
            if end < 0:
                rest = start
                break
            line = chunk[start : end + 1]
            name = kinds.get(line)
            if name is None:
                name = self._frame_line(line)
                if name is None:
                    break
            if not name:  # (a comment or a blank line: nothing to do between two events)
                start = end + 1
                continue
            cr = chunk[end - 1] == _CR
            line_end = b"\r\n" if cr else b"\n"
            # The data line: one line, with the frame's line end and no CR before it.
            data_end = find(b"\n", end + 1)
            if data_end < 0:
                rest = end + 1
                break
            if not starts(b"data: ", end + 1) or find(b"\r", end + 7, data_end) != (
                data_end - 1 if cr else -1
            ):
                break
            if starts(line_end, data_end + 1):
                after = data_end + 1 + len(line_end)
            else:
                id_end = find(b"\n", data_end + 1)
                if id_end < 0:
                    rest = data_end + 1
                    break
                if (
                    not starts(b"id: ", data_end + 1)
                    or find(b"\r", data_end + 5, id_end) != (id_end - 1 if cr else -1)
                    or not starts(line_end, id_end + 1)
                ):
                    break
                ident = chunk[data_end + 5 : id_end - cr]
                if _NUL in ident:
                    break
                last_id = ident.decode("utf-8", "replace")
                after = id_end + 1 + len(line_end)
            names.append(name)
            data.append(chunk[end + 7 : data_end - cr])
            ids.append(last_id)
            start = after
        if len(names) > 1:
            events.append(_new_event(FrameRun, (names, data, ids, len(chunk))))
        elif names:  # (one event: delivered as such, which costs less than a run)
            events.append(_new_event(ServerSentEvent, (names[0], data[0], last_id, None)))
        self.last_event_id_buffer = last_id
        # (A CR in the unfinished line may end it, and the event with it.)
        return start, len(names), rest >= 0 and find(b"\r", rest) < 0

    def _frame_line(self, line: bytes) -> str | None:
        """What a whole line (its line end included) is where frames start: the name of the
        event that an ``event: `` line begins, "" for a line that does nothing there (a comment,
        a blank line), None for any other. The first two are remembered, as the cache has room."""
        body = line[:-2] if line[-2:] == b"\r\n" else line[:-1]
        if _CR in body:
            return None
        if body[:7] == b"event: ":
            kind = self._names.get(body[7:]) or self._name(body[7:])
        elif not body or body[0] == 58:  # ":"
            kind = ""
        else:
            return None
        if len(self._frame_lines) < _MAX_CACHED_NAMES:
            self._frame_lines[line] = kind
        return kind

    def _feed_lines(
        self, lines: list[bytes], last: int, size: int
    ) -> list[ServerSentEvent | FrameRun]:
        """The general case: the ``lines`` of bytes ending with the byte ``last``, of a chunk of
        ``size`` bytes (not empty, past the BOM)."""
        self._idle = False
        pending = self._pending
        if last != _LF and last != _CR:
            tail = lines.pop()
            if not lines:  # no line end in this chunk: the line goes on
                pending.append(tail)
                return []
            self._pending = [tail]
        else:
            self._after_cr = last == _CR
            if pending:
                self._pending = []
        if pending:
            pending.append(lines[0])
            lines[0] = b"".join(pending)

        events: list[ServerSentEvent | FrameRun] = []
        data, more, event, retry = self._data, self._more, self._event, self._retry
        last_id, names = self.last_event_id_buffer, self._names
        start, end = 0, len(lines)
        # Runs of frames as the server writes them are read a run at a time (see
        # ``_read_frames``), wherever an event ends with nothing of another begun; the other
        # lines, and all lines of a chunk where that fails, one at a time below.
        frames = end >= 2 * _SHORTEST_FRAME
        misses = 0  # attempts in a row that read no frame
        while start < end:
            if frames and data is None and not event and retry is None:
                read = self._read_frames(lines, start, events, last_id, size)
                if read is None:
                    misses += 1
                    frames = misses < 2
                else:
                    start, last_id = read
                    misses = 0
                    if start == end:
                        break
            stop = end
            if frames:
                try:
                    stop = lines.index(b"", start) + 1
                except ValueError:  # (no blank line left: the rest is one unfinished event)
                    frames = False
            section = lines[start:stop] if start or stop < end else lines
            start = stop
            # The per-line rules are inlined, with the lines the server writes ("data: ...",
            # "event: ...", "id: ...") recognised first by their first byte: this loop runs
            # for every line outside runs of frames (and the chunk's handling above for every
            # chunk).
            for line in section:
                if not line:
                    if data is not None:
                        if more:
                            data = b"\n".join([data, *more])
                            more.clear()
                        name = names.get(event) or self._name(event)
                        events.append(_new_event(ServerSentEvent, (name, data, last_id, retry)))
                        data = None
                    event = b""
                    retry = None
                    continue
                first = line[0]  # literal byte values below: constants are the fastest to compare
                if first == 100 and line[:6] == b"data: ":  # d
                    if data is None:
                        data = line[6:]
                    else:
                        more.append(line[6:])
                    continue
                if first == 101 and line[:7] == b"event: ":  # e
                    event = line[7:]
                    continue
                if first == 105 and line[:4] == b"id: ":  # i
                    if _NUL not in line:
                        last_id = line[4:].decode("utf-8", "replace")
                    continue
                if first == 58:  # ":"
                    continue  # a comment (heartbeat)
                # The same rules, for every other way of writing a line.
                field, colon, value = line.partition(b":")
                if colon and value[:1] == b" ":
                    value = value[1:]
                if field == b"data":
                    if data is None:
                        data = value
                    else:
                        more.append(value)
                elif field == b"event":
                    event = value
                elif field == b"id":
                    if _NUL not in value:
                        last_id = value.decode("utf-8", "replace")
                elif field == b"retry" and value.isdigit():
                    retry = self.reconnection_time = _reconnection_time(value)
                # Any other field is ignored.
        self._data, self._event, self._retry = data, event, retry
        self.last_event_id_buffer = last_id
        self._idle = self._is_idle()
        return events

    def _is_idle(self) -> bool:
        """Whether the decoder is between two events, with nothing begun or kept."""
        return (
            self._data is None
            and not self._event
            and self._retry is None
            and not self._pending
            and not self._after_cr
            and not self._unread
        )

    def _read_frames(
        self,
        lines: list[bytes],
        start: int,
        events: list[ServerSentEvent | FrameRun],
        last_id: str | None,
        longest: int,
    ) -> tuple[int, str | None] | None:
        """Read the run of frames from ``lines[start]`` (where no event is begun) that are
        written as the server writes them: ``event: <name>``, ``data: <one line>``, ``id: <id>``
        (in every frame of the run or in none), a blank line, in a chunk of ``longest`` bytes.
        The run goes to ``events`` as one ``FrameRun``, each of its columns checked and cut out
        by C-level passes, with no Python code per line; returns where the run ends and the
        last id then, or None if no frame starts at ``start``."""
        end = len(lines)
        if start + _SHORTEST_FRAME > end or not lines[start + 1].startswith(b"data: "):
            return None
        if not lines[start + 2]:
            size = 3
        elif start + 4 <= end and not lines[start + 3] and lines[start + 2][:4] == b"id: ":
            size = 4
        else:
            return None
        blanks = lines[start + size - 1 : end - (end - start) % size : size]
        stop = start + _first(blanks, len(blanks)) * size
        id_lines = lines[start + 2 : stop : size] if size == 4 else None
        data, ids = _columns(lines[start + 1 : stop : size], id_lines, last_id)
        names = self._names_of(lines[start : start + len(data) * size : size])
        if not names:
            return None
        frames = len(names)
        del data[frames:], ids[frames:]
        events.append(_new_event(FrameRun, (names, data, ids, longest)))
        return start + frames * size, ids[-1]

    def _names_of(self, event_lines: list[bytes]) -> list[str]:
        """The names the leading ``event: `` lines give, as far as they are such lines (and their
        names fit the cache): names met for the first time are learnt in Python."""
        known = self._line_names
        while True:
            try:
                return list(map(known.__getitem__, event_lines))
            except KeyError:
                names = list(map(known.get, event_lines))
                unknown = names.index(None)
                line = event_lines[unknown]
                if line[:7] != b"event: ":
                    return cast(list[str], names[:unknown])
                self._line_name(line)
                if line not in known:  # (no room left)
                    return cast(list[str], names[:unknown])

    def _skip_bom(self, chunk: bytes) -> bytes:
        """The chunk without a leading byte order mark, which may come in pieces."""
        head = b"".join(self._pending) + chunk
        if len(head) < len(_BOM) and _BOM.startswith(head):
            self._pending = [head]
            return b""
        self._pending = []
        self._started = True
        return head[len(_BOM) :] if head.startswith(_BOM) else head

    def _name(self, event: bytes) -> str:
        name = event.decode("utf-8", "replace") or "message"
        if len(self._names) < _MAX_CACHED_NAMES:
            self._names[event] = name
        return name

    def _line_name(self, line: bytes) -> str:
        """The name an ``event: `` line gives (a whole line is a key that costs no slicing)."""
        name = self._names.get(line[7:]) or self._name(line[7:])
        if len(self._line_names) < _MAX_CACHED_NAMES:
            self._line_names[line] = name
        return name

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: an unfinished event is discarded (never dispatched)."""
        self._pending = []
        self._unread, self._unread_size = [], 0
        self._after_cr = False
        self._idle = False  # (the next chunk's general path sets it again)
        self._event, self._data, self._retry = b"", None, None
        self._more.clear()
        return []
