"""In-process requests to the LangGraph server the calling code runs in.

Graph code (a node, a custom route) calls ``get_client()`` with no ``url`` to reach the server
it runs in, as the official SDK's documentation shows: the SDK's async client then sends its
requests to the server's own ASGI app, mounted at ``/noauth`` (the server's path for its own
in-process requests, which its auth middleware lets through). This client does the same when
the code runs in a LangGraph server process, that is when ``langgraph_api`` is loaded.

The app is looked up when the first request goes, not when the client is made: a graph module
makes its client at import, and the server may load that module before its app exists.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Final

import httpx

__all__ = ["LOOPBACK_URL", "LoopbackTransport", "inside_server"]

# The base URL of in-process requests (any host would do: nothing leaves the process).
LOOPBACK_URL: Final = "http://api"
_ROOT_PATH: Final = "/noauth"
_SERVER_MODULE: Final = "langgraph_api.server"


def inside_server() -> bool:
    """Whether this process is a LangGraph API server's (its package is loaded)."""
    return "langgraph_api" in sys.modules


class LoopbackTransport(httpx.AsyncBaseTransport):
    """Sends each request to the ASGI app of the LangGraph server this process runs."""

    def __init__(self) -> None:
        self._app_transport: httpx.AsyncBaseTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._app_transport is None:
            self._app_transport = _app_transport(request)
        return await self._app_transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._app_transport is not None:
            await self._app_transport.aclose()


def _app_transport(request: httpx.Request) -> httpx.AsyncBaseTransport:
    try:
        app = importlib.import_module(_SERVER_MODULE).app
    except Exception as exc:
        raise httpx.ConnectError(
            f"get_client() without url sends to the LangGraph server this code runs in, and "
            f"its app could not be loaded ({type(exc).__name__}: {exc}); pass url=...",
            request=request,
        ) from exc
    transport_class: Any
    try:
        # The server's own transport streams a response as the app sends it (join_stream);
        # httpx's hands it over only once the app has finished.
        transport_class = importlib.import_module("langgraph_api.asgi_transport").ASGITransport
    except (ImportError, AttributeError):
        transport_class = httpx.ASGITransport
    transport: httpx.AsyncBaseTransport = transport_class(app=app, root_path=_ROOT_PATH)
    return transport
