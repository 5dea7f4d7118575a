"""A TCP proxy on 127.0.0.1 for live tests: it records what each side sends, can cut
connections after a given number of bytes from the server, and can delay what it forwards
(a network's latency)."""

from __future__ import annotations

import queue
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import partial
from typing import Any

import h11
import httpx

__all__ = ["CuttingProxy", "proxy", "sse_events_in"]


class CuttingProxy:
    """Forwards 127.0.0.1:<port> to ``upstream``; the first ``cuts`` connections are closed
    after ``cut_after`` bytes from the server (every one when ``cuts`` is None). With a
    ``delay``, what either side sends, and its closing, reaches the other that many seconds
    later (a link of that one-way latency, for messages that come one at a time)."""

    def __init__(
        self, upstream: str, cut_after: int, cuts: int | None = None, delay: float = 0.0
    ) -> None:
        url = httpx.URL(upstream)
        self.delay = delay
        self.upstream = (url.host, url.port or 80)
        self.cut_after = cut_after
        self.cuts_left = cuts
        self.connections = 0
        self.cut = 0  # connections actually cut
        self.closed_by_client = 0  # connections the client closed (its end of them)
        self.sent = bytearray()  # every byte the client sent
        self.answered: list[int] = []  # bytes from the server, per connection
        self.answers: list[bytearray] = []  # what the client got from the server, per connection
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)  # accept() does not wake up when closed elsewhere
        self._closed = threading.Event()
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._start(self._accept)

    def _start(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # closed
            client.settimeout(None)
            server = socket.create_connection(self.upstream)
            with self._lock:
                self._sockets += [client, server]
                self.connections += 1
                limit: int | None = self.cut_after
                if self.cuts_left is not None:
                    if self.cuts_left == 0:
                        limit = None
                    else:
                        self.cuts_left -= 1
                index = len(self.answered)
                self.answered.append(0)
                self.answers.append(bytearray())
            self._start(self._pump, client, server, None, None)
            self._start(self._pump, server, client, limit, index)

    def _pump(
        self, source: socket.socket, target: socket.socket, limit: int | None, index: int | None
    ) -> None:
        """Client to server (``index`` None, recorded in ``sent``) or server to client."""
        forwarded = 0
        send = target.sendall
        delayed: queue.Queue[tuple[float, bytes | None]] | None = None
        sender: threading.Thread | None = None
        if self.delay:
            # Each piece is sent ``delay`` after it came, whatever came before it: a constant
            # latency, by a thread of its own.
            delayed = queue.Queue()
            sender = threading.Thread(target=self._send_late, args=(delayed, target), daemon=True)
            sender.start()
            send = partial(self._put_late, delayed)
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    if index is None:
                        with self._lock:
                            self.closed_by_client += 1
                    break
                with self._lock:
                    if index is None:
                        self.sent += data
                    else:
                        passed = data[: (limit or len(data)) - forwarded]
                        self.answered[index] += len(passed)
                        self.answers[index] += passed
                if limit is not None and forwarded + len(data) >= limit:
                    target.sendall(data[: limit - forwarded])
                    with self._lock:
                        self.cut += 1
                    break
                send(data)
                forwarded += len(data)
        except OSError:
            pass
        finally:
            if delayed is not None and sender is not None:
                delayed.put((time.monotonic() + self.delay, None))  # the end too comes late
                sender.join(timeout=5)
            for sock in (source, target):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def _put_late(self, delayed: queue.Queue[tuple[float, bytes | None]], data: bytes) -> None:
        delayed.put((time.monotonic() + self.delay, data))

    @staticmethod
    def _send_late(delayed: queue.Queue[tuple[float, bytes | None]], target: socket.socket) -> None:
        """Send what ``delayed`` holds when it is due; at its end (None), close ``target``."""
        with suppress(OSError):
            while True:
                due, data = delayed.get()
                time.sleep(max(0.0, due - time.monotonic()))
                if data is None:
                    break
                target.sendall(data)
        with suppress(OSError):
            target.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closed.set()
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
        for thread in self._threads:
            thread.join(timeout=5)


@contextmanager
def proxy(
    upstream: str, cut_after: int, cuts: int | None = None, delay: float = 0.0
) -> Iterator[CuttingProxy]:
    cutting = CuttingProxy(upstream, cut_after, cuts, delay)
    try:
        yield cutting
    finally:
        cutting.close()


def sse_events_in(answer: bytes | bytearray) -> list[tuple[str, str, str | None]]:
    """The complete events (name, data, id) of the event streams in the HTTP/1.1 responses
    of one connection, as far as they got before a cut; read without this client's code."""
    connection = h11.Connection(h11.CLIENT)
    connection.receive_data(bytes(answer))
    body = bytearray()
    in_stream = False
    while True:
        connection.send(h11.Request(method="GET", target="/", headers=[("Host", "proxy")]))
        connection.send(h11.EndOfMessage())
        event = connection.next_event()
        while (
            not isinstance(event, h11.EndOfMessage | h11.ConnectionClosed)
            and event is not h11.NEED_DATA
        ):
            if isinstance(event, h11.Response):
                in_stream = (
                    dict(event.headers).get(b"content-type", b"").startswith(b"text/event-stream")
                )
            elif isinstance(event, h11.Data) and in_stream:
                body += event.data
            event = connection.next_event()
        if not isinstance(event, h11.EndOfMessage):
            break
        connection.start_next_cycle()
    blocks = (
        body.decode(errors="replace").replace("\r\n", "\n").split("\n\n")[:-1]
    )  # the last is unfinished
    events = []
    for block in blocks:
        fields: dict[str, list[str]] = {}
        for line in block.split("\n"):
            if line and not line.startswith(":"):
                name, _, value = line.partition(":")
                fields.setdefault(name, []).append(value.removeprefix(" "))
        if "data" in fields:
            name = fields.get("event", ["message"])[-1]
            event_id = fields["id"][-1] if "id" in fields else None
            events.append((name, "\n".join(fields["data"]), event_id))
    return events
