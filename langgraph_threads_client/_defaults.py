"""Every default in one place: the server, the timeout, retries, reconnects, the connection
pool's size, identification."""

from __future__ import annotations

from typing import Final

import httpx

from ._version import __version__

__all__ = [
    "API_KEY_ENV_VARS",
    "ASYNC_READ_SIZE",
    "CONNECT_RETRY_WINDOW",
    "DEFAULT_MAX_RECONNECTS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_POOL_CONNECTIONS",
    "DEFAULT_RECONNECT_DELAY",
    "DEFAULT_TIMEOUT",
    "DEFAULT_URL",
    "HTTPX2_WAITING_PER_CONNECTION",
    "INITIAL_DELAY",
    "JITTER",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "MIN_CONNECT_RETRIES",
    "OWN_KEEPALIVE_EXPIRY",
    "OWN_POOL_LIMITS",
    "STREAM_LIVED",
    "SYNC_READ_SIZE",
    "UNLIMITED_POOL_IN_FLIGHT",
    "USER_AGENT",
]

DEFAULT_URL: Final = "http://localhost:8123"
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=5.0, read=300.0, write=300.0, pool=60.0)
API_KEY_ENV_VARS: Final = ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY")
USER_AGENT: Final = f"langgraph-threads-client/{__version__}"

# Retries (``_retry``): backoff from INITIAL_DELAY, doubling up to MAX_DELAY, each wait cut
# by a random part of up to JITTER of it (so that clients failed together do not retry together).
DEFAULT_MAX_RETRIES: Final = 2
# A connection that could not be opened (a server restarting refuses them for seconds) gets at
# least this many retries while retries are on: the backoff, 0.5 + 1 + 2 + 4 s, spans the 7.5 s
# for which the official SDK's transport retries a connection (5 retries, 0 + 0.5 + 1 + 2 + 4 s).
MIN_CONNECT_RETRIES: Final = 4
# The jitter may cut those waits to 5.6 s: a last attempt then comes when the waits reach the
# SDK's 7.5 s, so that a restart the SDK waits out is waited out here too.
CONNECT_RETRY_WINDOW: Final = 7.5
INITIAL_DELAY: Final = 0.5
MAX_DELAY: Final = 8.0
JITTER: Final = 0.25
# A server asking to wait longer than this is not retried sooner: the error is raised.
MAX_RETRY_AFTER: Final = 60.0

# join_stream's reconnects.
DEFAULT_MAX_RECONNECTS: Final = 5
DEFAULT_RECONNECT_DELAY: Final = 0.5
# A stream's connection open this long (seconds: a heartbeat's interval) before it dropped was
# no failed reconnect: the next drop starts a new run of reconnects.
STREAM_LIVED: Final = 5.0

# How many calls go to the connection pool at once (``_stack.pool_limit``, ``_admission``).
# httpx's default Limits(max_connections=100): the size when the pool's is unknown.
DEFAULT_POOL_CONNECTIONS: Final = 100
# The pools of the clients get_client() and get_sync_client() make (with ``_pool``'s pass): they
# keep every connection they open, so that calls beside open streams keep theirs. (On
# httpx's own pass, keeping 100 made a burst of 1,000 async calls on a new client three times
# slower, and 100 threads' calls at once cost twice the time of 20: see ``_pool``.)
#
# An idle connection is used again for at most OWN_KEEPALIVE_EXPIRY seconds, under the 5 s after
# which uvicorn (the LangGraph server's and Aegra's) closes one: at httpx's 5 s, a call made
# about 5 s after the last (a script polling every 5 s) could go out on a connection the
# server was closing, and a call not safe to send twice failed with "Server disconnected
# without sending a response" (every other such call, with 60 ms of round trip).
OWN_KEEPALIVE_EXPIRY: Final = 4.0
OWN_POOL_LIMITS: Final = httpx.Limits(
    max_connections=DEFAULT_POOL_CONNECTIONS,
    max_keepalive_connections=DEFAULT_POOL_CONNECTIONS,
    keepalive_expiry=OWN_KEEPALIVE_EXPIRY,
)
# The most bytes the pools of the clients get_client() and get_sync_client() make read at once
# from a plain connection (httpcore asks for 64 KiB; see ``_network``): what asyncio's
# transports read from a socket at once (``max_size``); and for a sync socket read, which
# allocates what it asks for, as much as stays below glibc's 128 KiB large-block threshold.
ASYNC_READ_SIZE: Final = 256 * 1024
SYNC_READ_SIZE: Final = 120 * 1024
# How often a call waiting in line, while calls on other event loops hold places, looks for
# places of calls left on a loop closed since (``_admission``'s take-back), which no call gives
# back: otherwise only a call arriving later would find them.
RETAKE_EVERY: Final = 1.0
# An unlimited pool still gets a bounded number of calls in flight: one socket each, and
# thousands at once exhaust file descriptors and starve the event loop on connects.
UNLIMITED_POOL_IN_FLIGHT: Final = 1_000
# On httpx2, calls let through to wait in the pool itself, per connection (``_stack.in_flight``):
# its pool hands a released connection straight to a call waiting there, where a connection
# released with none waiting goes idle and may be closed (beyond max_keepalive_connections).
HTTPX2_WAITING_PER_CONNECTION: Final = 1
# The most threads or states one search or history request may ask for (the spec's and the
# servers' limit): the largest page of iter_search and iter_history.
MAX_PAGE_SIZE: Final = 1_000
