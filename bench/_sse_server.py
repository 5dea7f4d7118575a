"""A loopback HTTP/1.1 server, run in its own process, that answers with pre-encoded bytes.

``python -m bench._sse_server STREAM_FILE`` listens on a free port of 127.0.0.1, prints it, and
answers every GET whose path ends in ``/stream`` with the bytes of STREAM_FILE (a whole
response, head and chunked body, written by ``bench.stream``), and any other GET with a thread.
Its own process, so that serving takes no time from the measured client's interpreter (the
GIL), and pre-encoded bytes sent with one ``sendall``, so that it costs as little as a server can.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from pathlib import Path

THREAD = json.dumps(
    {
        "thread_id": "01a20f6f-7ed2-7453-b595-f65dd9614208",
        "created_at": "2026-11-24T00:00:00+00:00",
        "updated_at": "2026-11-24T00:00:00+00:00",
        "state_updated_at": "2026-11-24T00:00:00+00:00",
        "metadata": {},
        "status": "busy",
        "config": {},
    }
).encode()
THREAD_RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    b"content-length: " + str(len(THREAD)).encode() + b"\r\n\r\n" + THREAD
)


def serve(connection: socket.socket, stream_response: bytes) -> None:
    with connection:
        buffer = b""
        while True:
            while b"\r\n\r\n" not in buffer:
                data = connection.recv(65536)
                if not data:
                    return
                buffer += data
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            path = head.split(b" ", 2)[1].split(b"?", 1)[0]
            if path.endswith(b"/stream"):
                try:
                    connection.sendall(stream_response)
                except OSError:  # the client stopped reading (it had what it wanted)
                    return
            else:
                connection.sendall(THREAD_RESPONSE)


def main() -> None:
    stream_response = Path(sys.argv[1]).read_bytes()
    listener = socket.create_server(("127.0.0.1", 0), backlog=64)
    print(listener.getsockname()[1], flush=True)
    while True:
        connection, _ = listener.accept()
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        threading.Thread(target=serve, args=(connection, stream_response), daemon=True).start()


if __name__ == "__main__":
    main()
