"""Every default in one place: the server, the timeout, retries, reconnects, identification."""

from __future__ import annotations

from typing import Final

import httpx

from ._version import __version__

__all__ = [
    "API_KEY_ENV_VARS",
    "DEFAULT_MAX_RECONNECTS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RECONNECT_DELAY",
    "DEFAULT_TIMEOUT",
    "DEFAULT_URL",
    "INITIAL_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "USER_AGENT",
]

DEFAULT_URL: Final = "http://localhost:8123"
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=5.0, read=300.0, write=300.0, pool=60.0)
API_KEY_ENV_VARS: Final = ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY")
USER_AGENT: Final = f"langgraph-threads-client/{__version__}"

# Retries (``_retry``): backoff from INITIAL_DELAY, doubling up to MAX_DELAY.
DEFAULT_MAX_RETRIES: Final = 2
INITIAL_DELAY: Final = 0.5
MAX_DELAY: Final = 8.0
# A server asking to wait longer than this is not retried sooner: the error is raised.
MAX_RETRY_AFTER: Final = 60.0

# join_stream's reconnects.
DEFAULT_MAX_RECONNECTS: Final = 5
DEFAULT_RECONNECT_DELAY: Final = 0.5
