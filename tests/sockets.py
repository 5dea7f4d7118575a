"""A loopback server for tests that need a real socket, where ``httpx.MockTransport`` cannot
show what happens: a read blocked in the kernel, a connection its server closes late."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass
class Served:
    """A running server: its URL, and how many connections it has accepted."""

    url: str
    connections: int = 0
    _answering: list[threading.Thread] = field(default_factory=list)


@contextlib.contextmanager
def serving(answer: Callable[[socket.socket, int], None]) -> Iterator[Served]:
    """A server on a free loopback port that hands each connection it accepts, with its
    number (1 for the first), to ``answer`` in a thread of its own, and closes it after. On
    exit it stops accepting (and fails if it could not) and waits for the answers (up to 5 s
    each)."""
    listener = socket.create_server(("127.0.0.1", 0))
    served = Served(f"http://127.0.0.1:{listener.getsockname()[1]}")

    def answered(connection: socket.socket, number: int) -> None:
        with connection:
            answer(connection, number)

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:  # (stopped)
                return
            served.connections += 1
            thread = threading.Thread(target=answered, args=(connection, served.connections))
            thread.start()
            served._answering.append(thread)

    accepting = threading.Thread(target=accept, daemon=True)
    accepting.start()
    try:
        yield served
    finally:
        listener.shutdown(socket.SHUT_RDWR)  # (wakes the accept, where close alone does not)
        listener.close()
        accepting.join(5)
        for thread in served._answering:
            thread.join(5)
        assert not accepting.is_alive()
