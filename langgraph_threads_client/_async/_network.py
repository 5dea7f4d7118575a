"""The network under the pools of the clients this package makes: a plain connection is read
in larger pieces than httpcore asks for.

httpcore reads 64 KiB at a time, so a large body (a history of megabytes, state snapshots of
10-100 KB streamed) takes many passes through h11 and httpcore, and an HTTP chunk of 64 KiB
mostly comes in two pieces. On asyncio, anyio also cuts each larger piece its transport read
(256 KiB at most) and copies the rest back into its queue. Larger reads took 5-10% off the
time of such bodies on a sync client and 10-15% on an async one (loopback, a server sending
at once). A read asking for more than the socket holds costs nothing more as long as the
buffer it allocates stays below the allocator's large-block threshold (128 KiB by default in
glibc: above it, every read maps and unmaps memory, 10 µs each); asyncio's reads allocate
nothing here (its transport has read the bytes already). TLS and trio streams allocate what
is asked for and are read as httpcore asks.

httpcore's network (its ``AutoBackend``) picks asyncio's or trio's at its first connection,
for good, where a client serves both, one after the other or at once (``_loops``): under
trio, connections are made on a network of their own.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import httpcore

from .._defaults import ASYNC_READ_SIZE

# unasync: async-only start
from .._pool import in_trio_task

# unasync: async-only end

__all__ = ["LargeReads"]


class LargeReads(httpcore.AsyncNetworkBackend):
    """``backend``, whose plain TCP streams are read ``ASYNC_READ_SIZE`` bytes at a time."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        # unasync: async-only start
        self._trio = type(backend)()  # (httpcore's AutoBackend, anew: it picks trio's there)
        # unasync: async-only end
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        # unasync: async-only start
        if in_trio_task():  # (trio's reads allocate what they ask for: read as they are)
            return await self._trio.connect_tcp(
                host,
                port,
                timeout=timeout,
                local_address=local_address,
                socket_options=socket_options,
            )
        # unasync: async-only end
        stream = await self._backend.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        return _LargeReadStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return await self._here().connect_unix_socket(
            path, timeout=timeout, socket_options=socket_options
        )

    async def sleep(self, seconds: float) -> None:
        await self._here().sleep(seconds)

    def _here(self) -> httpcore.AsyncNetworkBackend:
        """The network of the library this call runs under."""
        # unasync: async-only start
        if in_trio_task():
            return self._trio
        # unasync: async-only end
        return self._backend


class _LargeReadStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max(max_bytes, ASYNC_READ_SIZE), timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        # The TLS stream as it is: it is read as httpcore asks (see the module's docstring).
        return await self._stream.start_tls(ssl_context, server_hostname, timeout)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)
