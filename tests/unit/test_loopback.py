"""``get_client()`` without ``url`` in a LangGraph server's process: the server's app, in-process.

The server here is a stand-in ASGI app put where the real one is found (``langgraph_api.server``
``.app``); tests/migration/test_in_server.py runs graph code in the real server.
"""

from __future__ import annotations

import asyncio
import json
import sys
import types
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import httpx
import pytest

from langgraph_threads_client import APIConnectionError, get_client, get_sync_client
from langgraph_threads_client._loopback import LOOPBACK_URL, inside_server

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
THREAD = {
    "thread_id": THREAD_ID,
    "created_at": "2026-11-30T00:00:00+00:00",
    "updated_at": "2026-11-30T00:00:00+00:00",
    "metadata": {},
    "status": "idle",
}
STREAM = (
    b'event: values\r\ndata: {"count": 1}\r\nid: 1-0\r\n\r\n'
    b'event: values\r\ndata: {"count": 2}\r\nid: 2-0\r\n\r\n'
)

Scope = MutableMapping[str, Any]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class StandInServer:
    """An ASGI app that answers like the LangGraph server and keeps the scopes it served."""

    def __init__(self) -> None:
        self.scopes: list[Scope] = []

    async def __call__(self, scope: Scope, receive: Any, send: Send) -> None:
        self.scopes.append(scope)
        if scope["path"].endswith("/stream"):
            content_type, body = b"text/event-stream", STREAM
        else:
            content_type, body = b"application/json", json.dumps(THREAD).encode()
        headers = [(b"content-type", content_type)]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def server_process(monkeypatch: pytest.MonkeyPatch, app: object | None = None) -> None:
    """Make this process look like a LangGraph server's: its package loaded, and its app
    (when given) where the server keeps it. Nothing else of the real package is found."""
    package = types.ModuleType("langgraph_api")
    package.__path__ = []  # a package, whose other modules are not found
    monkeypatch.setitem(sys.modules, "langgraph_api", package)
    monkeypatch.delitem(sys.modules, "langgraph_api.server", raising=False)
    monkeypatch.delitem(sys.modules, "langgraph_api.asgi_transport", raising=False)
    if app is not None:
        server = types.ModuleType("langgraph_api.server")
        server.app = app  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "langgraph_api.server", server)


def test_in_a_server_process_calls_go_to_the_server_in_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = StandInServer()
    server_process(monkeypatch, server)
    assert inside_server()

    async def scenario() -> None:
        async with get_client() as client:
            assert repr(client) == f"LangGraphClient(url='{LOOPBACK_URL}')"
            thread = await client.threads.get(THREAD_ID)
            assert thread == THREAD
            assert thread.thread_id == THREAD_ID

    asyncio.run(scenario())
    (scope,) = server.scopes
    # The mount the server keeps for its own in-process calls (its auth lets them through).
    assert scope["root_path"] == "/noauth"
    assert scope["path"] == f"/threads/{THREAD_ID}"
    assert dict(scope["headers"])[b"user-agent"].startswith(b"langgraph-threads-client/")


def test_the_app_is_looked_up_when_the_first_call_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    # A graph module makes its client at import, which can come before the server's app.
    server_process(monkeypatch)
    client = get_client()
    server = StandInServer()
    server_process(monkeypatch, server)

    async def scenario() -> None:
        async with client:
            assert await client.threads.get(THREAD_ID) == THREAD
            assert await client.threads.get(THREAD_ID) == THREAD

    asyncio.run(scenario())
    assert len(server.scopes) == 2


def test_the_servers_own_transport_is_used_where_it_has_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[dict[str, Any]] = []

    class ServerTransport(httpx.ASGITransport):
        def __init__(self, **kwargs: Any) -> None:
            made.append(kwargs)
            super().__init__(**kwargs)

    server = StandInServer()
    server_process(monkeypatch, server)
    module = types.ModuleType("langgraph_api.asgi_transport")
    module.ASGITransport = ServerTransport  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "langgraph_api.asgi_transport", module)

    async def scenario() -> None:
        async with get_client() as client:
            assert await client.threads.get(THREAD_ID) == THREAD

    asyncio.run(scenario())
    assert made == [{"app": server, "root_path": "/noauth"}]


def test_join_stream_reads_the_servers_events_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    server = StandInServer()
    server_process(monkeypatch, server)

    async def scenario() -> list[Any]:
        async with get_client() as client:
            parts = []

            async def read() -> None:
                async for part in client.threads.join_stream(THREAD_ID, max_reconnects=0):
                    parts.append((part.event, part.data, part.id))

            with pytest.raises(APIConnectionError, match="closed the stream"):
                await read()
            return parts

    parts = asyncio.run(scenario())
    assert parts == [("values", {"count": 1}, "1-0"), ("values", {"count": 2}, "2-0")]
    assert [scope["path"] for scope in server.scopes] == [f"/threads/{THREAD_ID}/stream"]


def test_without_the_servers_app_a_call_fails_saying_to_pass_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server_process(monkeypatch)

    async def scenario() -> None:
        async with get_client(max_retries=0) as client:
            with pytest.raises(APIConnectionError, match=r"pass url=") as caught:
                await client.threads.get(THREAD_ID)
            assert isinstance(caught.value, httpx.ConnectError)
            assert isinstance(caught.value.__cause__, httpx.ConnectError)
            assert isinstance(caught.value.__cause__.__cause__, ModuleNotFoundError)
            # Which request, and why the app could not be loaded.
            assert caught.value.__cause__.request.url == f"{LOOPBACK_URL}/threads/{THREAD_ID}"
            assert "could not be loaded (ModuleNotFoundError: " in str(caught.value)

    asyncio.run(scenario())


def test_elsewhere_and_with_url_or_http_client_the_url_decides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(sys.modules, "langgraph_api", raising=False)
    assert not inside_server()
    assert repr(get_client()) == "LangGraphClient(url='http://localhost:8123')"

    server_process(monkeypatch, StandInServer())
    given = get_client(url="http://127.0.0.1:2024")
    assert repr(given) == "LangGraphClient(url='http://127.0.0.1:2024')"
    assert type(given.http_client._transport) is httpx.AsyncHTTPTransport
    own = httpx.AsyncClient()
    assert get_client(http_client=own).http_client is own
    # The sync client, as the official SDK's, has no in-process form (the app is async).
    assert repr(get_sync_client()) == "SyncLangGraphClient(url='http://localhost:8123')"
