"""The network under the pools this package makes (``_network``): a plain connection read in
larger pieces than httpcore asks for, everything else passed through as it is."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import pytest
import trio

from langgraph_threads_client import _pool, get_client, get_sync_client
from langgraph_threads_client._async._network import LargeReads as AsyncLargeReads
from langgraph_threads_client._defaults import ASYNC_READ_SIZE, SYNC_READ_SIZE
from langgraph_threads_client._sync._network import LargeReads
from tests.loops import trio_as_guest_of_asyncio
from tests.sockets import serving

HTTPCORE_READ = 64 * 1024  # what httpcore's HTTP/1.1 connections ask for


class Stream(httpcore.NetworkStream):
    """A stand-in stream recording what is asked of it."""

    def __init__(self, name: str = "plain") -> None:
        self.name = name
        self.asked: list[Any] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.asked.append(("read", max_bytes, timeout))
        return b"data"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.asked.append(("write", buffer, timeout))

    def close(self) -> None:
        self.asked.append(("close",))

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self.asked.append(("start_tls", ssl_context, server_hostname, timeout))
        return Stream("tls")

    def get_extra_info(self, info: str) -> Any:
        return f"{self.name} {info}"


class Backend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self.streams: list[Stream] = []
        self.asked: list[Any] = []

    def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> Stream:
        self.asked.append(("connect_tcp", host, port, args, kwargs))
        self.streams.append(Stream())
        return self.streams[-1]

    def connect_unix_socket(self, path: str, *args: Any, **kwargs: Any) -> Stream:
        self.asked.append(("connect_unix_socket", path, args, kwargs))
        self.streams.append(Stream("unix"))
        return self.streams[-1]

    def sleep(self, seconds: float) -> None:
        self.asked.append(("sleep", seconds))


class AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, name: str = "plain") -> None:
        self.name = name
        self.asked: list[Any] = []

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.asked.append(("read", max_bytes, timeout))
        return b"data"

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.asked.append(("write", buffer, timeout))

    async def aclose(self) -> None:
        self.asked.append(("aclose",))

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.asked.append(("start_tls", ssl_context, server_hostname, timeout))
        return AsyncStream("tls")

    def get_extra_info(self, info: str) -> Any:
        return f"{self.name} {info}"


class AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self.streams: list[AsyncStream] = []
        self.asked: list[Any] = []

    async def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> AsyncStream:
        self.asked.append(("connect_tcp", host, port, args, kwargs))
        self.streams.append(AsyncStream())
        return self.streams[-1]

    async def connect_unix_socket(self, path: str, *args: Any, **kwargs: Any) -> AsyncStream:
        self.asked.append(("connect_unix_socket", path, args, kwargs))
        self.streams.append(AsyncStream("unix"))
        return self.streams[-1]

    async def sleep(self, seconds: float) -> None:
        self.asked.append(("sleep", seconds))


OPTIONS = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]


def test_read_size_of_each_form_is_what_its_reads_can_take_at_no_cost() -> None:
    # Below glibc's 128 KiB large-block threshold (a sync read allocates what it asks for);
    # asyncio's transports read 256 KiB at most.
    assert HTTPCORE_READ < SYNC_READ_SIZE < 128 * 1024
    transport: Any = asyncio.selector_events._SelectorSocketTransport  # type: ignore[attr-defined]
    assert transport.max_size == ASYNC_READ_SIZE


def test_a_sync_plain_stream_is_read_in_larger_pieces_and_passed_through_otherwise() -> None:
    inner = Backend()
    backend = LargeReads(inner)
    stream = backend.connect_tcp("server.test", 80, 5.0, "10.0.0.1", OPTIONS)
    assert inner.asked == [
        (
            "connect_tcp",
            "server.test",
            80,
            (),
            {"timeout": 5.0, "local_address": "10.0.0.1", "socket_options": OPTIONS},
        )
    ]
    plain = inner.streams[0]
    assert stream.read(HTTPCORE_READ, 2.0) == b"data"
    assert stream.read(SYNC_READ_SIZE + 1, None) == b"data"  # (never less than asked)
    stream.write(b"GET / HTTP/1.1\r\n\r\n", 3.0)
    assert stream.get_extra_info("is_readable") == "plain is_readable"
    stream.close()
    assert plain.asked == [
        ("read", SYNC_READ_SIZE, 2.0),
        ("read", SYNC_READ_SIZE + 1, None),
        ("write", b"GET / HTTP/1.1\r\n\r\n", 3.0),
        ("close",),
    ]


def test_a_sync_tls_or_unix_stream_is_read_as_httpcore_asks() -> None:
    inner = Backend()
    backend = LargeReads(inner)
    context = ssl.create_default_context()
    tls = backend.connect_tcp("server.test", 443).start_tls(context, "server.test", 4.0)
    assert inner.streams[0].asked == [("start_tls", context, "server.test", 4.0)]
    assert type(tls) is Stream  # the TLS stream itself
    assert tls.name == "tls"
    unix = backend.connect_unix_socket("/run/server.sock", 5.0, OPTIONS)
    assert unix is inner.streams[1]
    assert inner.asked[1] == (
        "connect_unix_socket",
        "/run/server.sock",
        (),
        {"timeout": 5.0, "socket_options": OPTIONS},
    )
    backend.sleep(0.5)
    assert inner.asked[2] == ("sleep", 0.5)


def test_an_async_plain_stream_on_asyncio_is_read_in_larger_pieces() -> None:
    async def scenario() -> None:
        inner = AsyncBackend()
        backend = AsyncLargeReads(inner)
        stream = await backend.connect_tcp("server.test", 80, 5.0, "10.0.0.1", OPTIONS)
        assert inner.asked == [
            (
                "connect_tcp",
                "server.test",
                80,
                (),
                {"timeout": 5.0, "local_address": "10.0.0.1", "socket_options": OPTIONS},
            )
        ]
        assert await stream.read(HTTPCORE_READ, 2.0) == b"data"
        assert await stream.read(ASYNC_READ_SIZE + 1) == b"data"
        await stream.write(b"GET / HTTP/1.1\r\n\r\n", 3.0)
        assert stream.get_extra_info("socket") == "plain socket"
        await stream.aclose()
        assert inner.streams[0].asked == [
            ("read", ASYNC_READ_SIZE, 2.0),
            ("read", ASYNC_READ_SIZE + 1, None),
            ("write", b"GET / HTTP/1.1\r\n\r\n", 3.0),
            ("aclose",),
        ]
        context = ssl.create_default_context()
        tls = await (await backend.connect_tcp("server.test", 443)).start_tls(context, "s", 4.0)
        assert type(tls) is AsyncStream
        assert tls.name == "tls"
        assert inner.streams[1].asked == [("start_tls", context, "s", 4.0)]
        unix = await backend.connect_unix_socket("/run/s.sock", 5.0, OPTIONS)
        assert unix is inner.streams[2]
        await backend.sleep(0.5)
        assert inner.asked[2:] == [
            ("connect_unix_socket", "/run/s.sock", (), {"timeout": 5.0, "socket_options": OPTIONS}),
            ("sleep", 0.5),
        ]

    asyncio.run(scenario())


def test_under_trio_connections_are_made_on_a_network_of_their_own_read_as_httpcore_asks() -> None:
    # httpcore's network picks asyncio's or trio's at its first connection, for good, where
    # one client serves both; and trio's socket reads allocate what they ask for.
    inner = AsyncBackend()
    backend = AsyncLargeReads(inner)

    async def on_trio() -> None:
        stream = await backend.connect_tcp("server.test", 80, 5.0, "10.0.0.1", OPTIONS)
        assert type(stream) is AsyncStream  # (as it is: not read in larger pieces)
        await backend.connect_unix_socket("/run/s.sock")
        await backend.sleep(0.5)

    trio.run(on_trio)
    on_trios_own: Any = backend._trio
    assert type(on_trios_own) is AsyncBackend
    assert on_trios_own.asked == [
        (
            "connect_tcp",
            "server.test",
            80,
            (),
            {"timeout": 5.0, "local_address": "10.0.0.1", "socket_options": OPTIONS},
        ),
        ("connect_unix_socket", "/run/s.sock", (), {"timeout": None, "socket_options": None}),
        ("sleep", 0.5),
    ]
    assert inner.asked == []

    async def on_asyncio() -> None:
        stream = await backend.connect_tcp("server.test", 80)
        assert type(stream) is not AsyncStream  # (read in larger pieces)

    asyncio.run(on_asyncio())
    assert [asked[0] for asked in inner.asked] == ["connect_tcp"]


def test_a_trio_run_hosted_by_asyncio_connects_on_trios_network_and_the_host_on_its_own() -> None:
    # (asyncio reports its loop running in the guest run's tasks too)
    inner = AsyncBackend()
    backend = AsyncLargeReads(inner)

    async def connect() -> str:
        return type(await backend.connect_tcp("server.test", 80)).__name__

    assert trio_as_guest_of_asyncio(connect, connect) == ("AsyncStream", "_LargeReadStream")
    on_trios_own: Any = backend._trio
    assert [asked[0] for asked in on_trios_own.asked] == ["connect_tcp"]
    assert [asked[0] for asked in inner.asked] == ["connect_tcp"]


def test_the_clients_made_here_read_through_large_reads_and_others_as_they_are() -> None:
    with get_sync_client(url="http://server.test") as client:
        pool: Any = client.http_client._transport._pool  # type: ignore[attr-defined]
        assert type(pool._network_backend) is LargeReads
    async_client = get_client(url="http://server.test")
    async_pool: Any = async_client.http_client._transport._pool  # type: ignore[attr-defined]
    assert type(async_pool._network_backend) is AsyncLargeReads
    # Without a network to put under it, a pool keeps httpx's.
    transport: Any = _pool.sparing(httpx.HTTPTransport)
    assert type(transport._pool._network_backend) is httpcore.SyncBackend


BODY = bytes(range(256)) * 4096  # 1 MiB


@pytest.fixture
def server() -> Iterator[str]:
    """A loopback server answering each request with BODY, in one write."""
    head = b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % len(BODY)

    def answer(connection: socket.socket, _: int) -> None:
        buffer = b""
        while b"\r\n\r\n" not in buffer:
            received = connection.recv(65536)
            if not received:
                return
            buffer += received
        connection.sendall(head + BODY)

    with serving(answer) as served:
        yield served.url


class Recording(httpcore.NetworkBackend):
    """httpx's own backend, recording the sizes its streams are asked to read."""

    def __init__(self) -> None:
        self.backend = httpcore.SyncBackend()
        self.read_sizes: list[int] = []

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        stream = self.backend.connect_tcp(*args, **kwargs)
        read, sizes = stream.read, self.read_sizes

        def recording_read(max_bytes: int, timeout: float | None = None) -> bytes:
            sizes.append(max_bytes)
            return read(max_bytes, timeout)

        stream.read = recording_read  # type: ignore[method-assign]
        return stream


def test_a_sync_client_made_here_reads_a_large_body_whole_in_larger_pieces(server: str) -> None:
    with get_sync_client(url=server, api_key=None) as client:
        recording = Recording()
        pool: Any = client.http_client._transport._pool  # type: ignore[attr-defined]
        pool._network_backend = LargeReads(recording)
        response = client.http_client.get(f"{server}/threads/large")
    assert response.content == BODY
    assert set(recording.read_sizes) == {SYNC_READ_SIZE}


def test_an_async_client_made_here_reads_a_large_body_whole(server: str) -> None:
    async def scenario() -> bytes:
        async with get_client(url=server, api_key=None) as client:
            response = await client.http_client.get(f"{server}/threads/large")
            return response.content

    assert asyncio.run(scenario()) == BODY
