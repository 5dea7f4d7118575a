"""Redirects, where a caller's HTTP client follows them (``follow_redirects=True``).

httpx follows a redirect with every header of the request but ``Authorization`` (dropped on
the way to another origin): the API key (``x-api-key``) would go to whichever host a redirect
names, over plain http too; and a 301, 302 or 303 turns a POST into a GET that the server
answers as another call (a thread "created" by a GET of the thread list). Such a client's
requests are therefore sent one hop at a time, each hop decided here: a redirect is followed as
httpx follows it, but not when it would change the method, nor to another origin with a
credential the request carries. Those end the call with the redirect's error, which says why
(``refusal``). The client this package makes follows no redirect, as the official SDK's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from ._logging import names_a_credential

if TYPE_CHECKING:
    import httpx

__all__ = ["location_unread", "next_hop", "refusal"]

# Credentials httpx itself keeps from another origin: Authorization (dropped), cookies (sent
# by the cookie jar's rules for the new URL).
_KEPT_BY_HTTPX: Final = frozenset({"authorization", "cookie"})
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}


def location_unread(exc: BaseException | None) -> bool:
    """Whether ``exc`` came from the HTTP client reading a redirect's ``Location``, which
    httpx and httpx2 read on every 3xx answer, followed or not (its ``next_request``): one
    that is no URL (``http:x``, a port of letters) raises there, the answer lost, an
    ``InvalidURL`` or a ``RemoteProtocolError`` (which reads as a dropped connection). Only
    those, raised within the stack's own method (not a subclass's, which may refuse a
    redirect with an error of its own)."""
    if exc is None or not any(cls.__name__ in _RAISED for cls in type(exc).__mro__):
        return False
    trace = exc.__traceback__
    while trace is not None:
        frame = trace.tb_frame
        if frame.f_code.co_name == _READS_LOCATION and _of_a_stack(frame.f_globals):
            return True
        trace = trace.tb_next
    return False


def _of_a_stack(module_globals: dict[str, object]) -> bool:
    name = module_globals.get("__name__")
    return isinstance(name, str) and name.partition(".")[0] in ("httpx", "httpx2")


# The method of both stacks' clients that reads a redirect's Location (httpx 0.27 to 0.29,
# httpx2 2.x), and what it raises for one that is no URL.
_READS_LOCATION: Final = "_redirect_url"
_RAISED: Final = frozenset({"InvalidURL", "RemoteProtocolError"})


def refusal(response: httpx.Response) -> str | None:
    """Why the redirect ``response`` is not followed even by a client that follows redirects,
    or None (not a redirect this package refuses)."""
    following = response.next_request
    if following is None:
        return None
    request = response.request
    if following.method != request.method:
        return f"which would make this {request.method} a GET"
    if not _same_origin(request.url, following.url):
        carried = [
            name
            for name in following.headers
            if names_a_credential(name) and name.lower() not in _KEPT_BY_HTTPX
        ]
        if carried:
            return f"another origin, where the request's {carried[0]} header would go"
    return None


def next_hop(
    response: httpx.Response, hops: int, max_redirects: int, too_many: Callable[..., Exception]
) -> httpx.Request | None:
    """The request that follows the redirect ``response`` (after ``hops`` others), or None:
    not a redirect, or one not followed (``refusal``). ``too_many`` (the stack's
    ``TooManyRedirects``) once ``max_redirects`` are followed."""
    following = response.next_request
    if following is None or refusal(response) is not None:
        return None
    if hops >= max_redirects:
        raise too_many("Exceeded maximum allowed redirects.", request=following)
    return following


def _same_origin(url: httpx.URL, other: httpx.URL) -> bool:
    """Whether ``other`` has the scheme, host and port of ``url``, or is its https upgrade
    (httpx keeps Authorization there too)."""
    if url.host != other.host:
        return False
    if url.scheme == other.scheme:
        return _port(url) == _port(other)
    return (url.scheme, _port(url), other.scheme, _port(other)) == ("http", 80, "https", 443)


def _port(url: httpx.URL) -> int | None:
    return url.port or _DEFAULT_PORTS.get(url.scheme)
