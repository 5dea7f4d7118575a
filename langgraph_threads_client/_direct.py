"""Requests handed straight to the HTTP client's transport, where the client's ``send`` would
do nothing but cost.

``Client.send`` wraps the transport's ``handle_request`` in an auth flow (a generator, run
even without auth), event hooks, redirect handling and the cookie jar, which hands every
response to ``http.cookiejar`` (urllib stand-ins and an email message of its headers, cookies
or none): about 45 µs a call on one machine, 30 of them the jar, as much as checking the
answer to a search of 100 small threads costs. A request goes to the transport directly only
where none of those has anything to do (``sends_directly``): a client of the stack's own
class, whose sending methods are the stack's own code (not wrapped by a tracer, a recorder or
a mock: ``_written``), without auth or event hooks, the stack's logger quiet, a
``max_redirects`` of 0 or more (``send`` refuses every request below), and a request whose
URL holds no user or password. Its response is then finished as the client finishes one
(``finish``): its request, its cookies where it sets some, the client's default encoding, a
redirect's next request, its ``elapsed``. The client is used, never changed: anything else
goes through its ``send``.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from time import perf_counter
from typing import TYPE_CHECKING, Any, Final

from ._cookies import sets_cookies
from ._written import Methods, as_written

if TYPE_CHECKING:
    import httpx

    from ._stack import Stack

__all__ = ["finish", "opened", "read_out", "sends_directly", "sent_as"]

# What ``send`` runs around the transport, skipped on this way (``_transport_for_url``, which
# picks the transport of a mounted proxy, is called as the client calls it).
_SKIPPED: Final = Methods(
    "send",
    "_send_handling_auth",
    "_send_handling_redirects",
    "_send_single_request",
)


def sends_directly(client: Any, request: httpx.Request, auth: object, stack: Stack) -> bool:
    """Whether ``client.send(request, auth=auth, follow_redirects=False)`` would do no more
    than the transport's ``handle_request`` and ``finish``. (``auth=None`` is no auth; the
    client's own, where it has one, runs its flow.)"""
    return (
        as_written(client, stack.module, _SKIPPED)
        and (auth is None or (auth is stack.module.USE_CLIENT_DEFAULT and client.auth is None))
        and not _hooked(client)
        and not request.url._uri_reference.userinfo
        and client.max_redirects >= 0  # (send refuses every request where it is below)
        and not _logger(stack).isEnabledFor(logging.INFO)
    )


def _hooked(client: Any) -> bool:
    hooks = client.event_hooks
    return bool(hooks["request"] or hooks["response"])


_loggers: dict[str, logging.Logger] = {}


def _logger(stack: Stack) -> logging.Logger:
    """The stack's own logger, which ``send`` tells of each response at INFO."""
    logger = _loggers.get(stack.name)
    if logger is None:
        logger = _loggers[stack.name] = logging.getLogger(stack.name)
    return logger


def opened(client: Any) -> None:
    """Mark ``client`` as used, as ``send`` does (it can no longer be opened with ``with``);
    RuntimeError, as there, where it is closed."""
    state = client._state
    states = type(state)
    if state is not states.OPENED:
        if state is states.CLOSED:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        client._state = states.OPENED


def sent_as(exc: Any, request: httpx.Request) -> None:
    """The request an error of the transport's was raised for, as the client sets it."""
    exc.request = request


def finish(client: Any, request: httpx.Request, response: httpx.Response, stack: Stack) -> None:
    """What the client does to a response its transport returned, before reading it."""
    response.request = request
    if sets_cookies(response):
        client.cookies.extract_cookies(response)
    response.default_encoding = client._default_encoding
    if response.has_redirect_location:
        # (What httpx reads on every redirect, followed or not; httpx2 leaves a Location that
        # is no URL unread there.)
        try:
            response.next_request = client._build_redirect_request(request, response)
        except stack.RemoteProtocolError:
            if stack.name != "httpx2":
                raise


def read_out(response: httpx.Response, started: float, stack: Stack) -> None:
    """A response read and closed: its ``elapsed``, from before it was sent (set here too
    where the transport returned it read: httpx's ``send`` leaves it unset there, and reading
    it raises), and a stream of nothing in place of the transport's, which holds on to the
    connection pool (as ``_stack.settle`` does for httpx's own)."""
    response.elapsed = timedelta(seconds=perf_counter() - started)
    response.stream = stack.read_stream
