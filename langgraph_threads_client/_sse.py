"""An I/O-free, incremental decoder of server-sent events (the WHATWG "event stream" format).

Fed the bytes of a response in chunks of any size, split anywhere (inside a line, a CRLF or a
multi-byte character), it returns the events completed so far. Line ends are CRLF, LF or CR;
lines starting with ``:`` are comments (heartbeats); an event is dispatched on a blank line and
only if it had data; an unfinished event at the end of the stream is discarded, as the spec
says. Whole chunks are split with one regular expression, not character by character.
"""

from __future__ import annotations

import codecs
import re
from typing import Final, NamedTuple

__all__ = ["SSEDecoder", "ServerSentEvent"]

_LINE_END: Final = re.compile(r"\r\n|\r|\n")
_BOM: Final = "\ufeff"


class ServerSentEvent(NamedTuple):
    """One dispatched event. ``id`` is the last event id in effect when it was dispatched;
    ``retry`` is the reconnection time (ms) that the event's own lines set, if any."""

    event: str
    data: str
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False
        self._rest = ""  # an unfinished line
        self._after_cr = False  # the last chunk ended with CR: a leading LF is part of it
        self._event = ""
        self._data: list[str] = []
        self._retry: int | None = None
        self.last_event_id: str | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events that ``chunk`` completes, in order."""
        text = self._utf8.decode(chunk)
        if not text:
            return []
        if not self._started:
            self._started = True
            if text.startswith(_BOM):
                text = text[1:]
        if self._after_cr and text.startswith("\n"):
            text = text[1:]
        self._after_cr = text.endswith("\r")
        text = self._rest + text
        lines = text.split("\n") if "\r" not in text else _LINE_END.split(text)
        self._rest = lines.pop()
        # The per-line rules are inlined: this loop runs for every line of a long stream.
        events: list[ServerSentEvent] = []
        data = self._data
        for line in lines:
            if not line:
                if data:
                    events.append(
                        ServerSentEvent(
                            self._event or "message",
                            "\n".join(data),
                            self.last_event_id,
                            self._retry,
                        )
                    )
                    data = self._data = []
                self._event = ""
                self._retry = None
                continue
            field, colon, value = line.partition(":")
            if colon and value[:1] == " ":
                value = value[1:]
            if field == "data":
                data.append(value)
            elif field == "event":
                self._event = value
            elif field == "id":
                if "\0" not in value:
                    self.last_event_id = value
            elif field == "retry" and value.isascii() and value.isdigit():
                self._retry = int(value)
            # Anything else, comments (an empty field name) included, is ignored.
        return events

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: an unfinished event is discarded (never dispatched)."""
        self._rest = ""
        self._event, self._data, self._retry = "", [], None
        return []
