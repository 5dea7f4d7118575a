"""Debug logging of requests and responses, with secrets redacted.

Logs go to the standard ``logging`` logger ``langgraph_threads_client``. To see them without
configuring logging, set ``LANGGRAPH_THREADS_CLIENT_LOG=debug`` (or ``info``: failures and
retries only) in the environment: a stderr handler is then added when the package is imported.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:  # imported by the package at once: httpx only when a client is made
    import httpx

__all__ = ["redact_headers", "redact_url", "setup_from_environment"]

ENV_VAR: Final = "LANGGRAPH_THREADS_CLIENT_LOG"
REDACTED: Final = "[redacted]"
# Names of headers that may carry a credential: x-api-key, authorization, proxy-authorization,
# cookie, set-cookie, and those a deployment names after one (a custom auth's x-tenant-token).
_SECRET_NAME: Final = re.compile(
    r"auth|key|token|secret|passw|cookie|session|credential|signature", re.IGNORECASE
)


def redact_headers(headers: Mapping[str, str] | httpx.Headers) -> dict[str, str]:
    """``headers`` as text to show, the value of each whose name may carry a credential
    redacted. (``httpx.Headers.items()`` joins a repeated name's values: none is lost.)"""
    return {
        name: REDACTED if _SECRET_NAME.search(name) else value for name, value in headers.items()
    }


# The password of a URL's user information (``scheme://user:password@host``), up to the last
# ``@`` before the path, as a URL parser reads it.
_PASSWORD: Final = re.compile(r"^((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)?([^/?#:@]*):([^/?#]*)@")


def redact_url(url: object) -> str:
    """``url`` as text to show (a client's repr, an error, a log line), its password redacted
    (``http://user:[redacted]@host``): a password in the URL (basic auth at a proxy) is as
    secret as the API key."""
    return _PASSWORD.sub(rf"\1\2:{REDACTED}@", str(url), count=1)


def response(log: logging.Logger, response: httpx.Response, elapsed: float, attempt: int) -> None:
    if not log.isEnabledFor(logging.DEBUG):
        return
    request = response.request
    log.debug(
        "%s %s -> %s in %.1f ms (attempt %d); request headers %s; response headers %s",
        request.method,
        redact_url(request.url),
        response.status_code,
        elapsed * 1000,
        attempt,
        redact_headers(request.headers),
        redact_headers(response.headers),
    )


def failure(log: logging.Logger, request: Mapping[str, Any], exc: Exception, attempt: int) -> None:
    if log.isEnabledFor(logging.INFO):
        log.info(
            "%s %s failed (attempt %d): %s: %s",
            request.get("method"),
            redact_url(request.get("url")),
            attempt,
            type(exc).__name__,
            exc,
        )


def retrying(log: logging.Logger, response: httpx.Response, attempt: int, delay: float) -> None:
    """An error status that will be retried: at INFO, like a failure without an answer."""
    if log.isEnabledFor(logging.INFO):
        request = response.request
        log.info(
            "%s %s -> %s (attempt %d): retrying in %.2f s",
            request.method,
            redact_url(request.url),
            response.status_code,
            attempt,
            delay,
        )


def setup_from_environment() -> None:
    level = os.environ.get(ENV_VAR, "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    logger = logging.getLogger("langgraph_threads_client")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
