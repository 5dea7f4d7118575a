"""The I/O-free resolution of a client's settings: its URL, API key, headers and timeout."""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable, Mapping
from typing import Any, Final, NamedTuple, TypeVar

import httpx

from ._defaults import API_KEY_ENV_VARS, DEFAULT_TIMEOUT, DEFAULT_URL, USER_AGENT
from ._logging import redact_url
from ._options import headers_over, normalized_headers
from ._stack import HTTPX
from ._types import NOT_GIVEN, HeaderTypes, NotGiven, TimeoutTypes, URLLike

__all__ = [
    "RequestBase",
    "base_url",
    "client_base_url",
    "default_headers",
    "naming_certificates",
    "request_base",
    "resolve_api_key",
    "resolve_timeout",
    "trusting_the_same",
]

T = TypeVar("T")


def resolve_api_key(
    api_key: str | NotGiven | None, client_headers: Mapping[str, str] | None = None
) -> str | None:
    """The key to send: the argument, else none where the caller's HTTP client carries its
    own (``client_headers``: a deployment's key, not replaced by a LangSmith key set in the
    environment for tracing), else the first of the environment variables that is set."""
    if api_key is not NOT_GIVEN:
        if api_key is not None and not isinstance(api_key, str | bytes):
            # (httpx would refuse it as a header at the first call)
            raise TypeError(f"api_key must be a str, bytes or None, got {type(api_key).__name__}")
        return _sendable_key(api_key, "api_key")
    if client_headers is not None and "x-api-key" in client_headers:
        return None
    for name in API_KEY_ENV_VARS:
        value = os.environ.get(name)
        if value:
            # Quotes too, as the official SDK strips them: a .env file read by a tool that
            # keeps them (docker's --env-file) gives '"lsv2_..."'.
            return _sendable_key(value.strip().strip('"').strip("'"), name)
    return None


def _sendable_key(api_key: str | None, source: str) -> str | None:
    """The key without the blanks around it (a line break pasted along). Where httpx could
    not send it, a ValueError naming ``source`` (the argument or the environment variable)
    without the key, which httpx's errors show: a line break or NUL within, or text that is
    not ASCII (httpx encodes a header's text as ASCII; curly quotes pasted along)."""
    if not api_key:
        return api_key
    key = api_key.strip()
    text = key.decode("latin-1") if isinstance(key, bytes) else key  # (bytes are taken too)
    if "\r" in text or "\n" in text or "\0" in text:
        raise ValueError(
            f"{source} holds a line break or NUL, which no HTTP header may hold (key not shown)"
        )
    if isinstance(key, str) and not key.isascii():  # (bytes are sent as they are)
        raise ValueError(
            f"{source} holds a character that is not ASCII (curly quotes pasted along?), which"
            " httpx cannot send in a header (key not shown)"
        )
    return key


def default_headers(
    api_key: str | None,
    headers: HeaderTypes | None,
    client_headers: Mapping[str, str] | None = None,
) -> dict[str, str | bytes]:
    """Headers sent with every request of a client; the caller's ``headers`` (in any form
    httpx takes, as a call's) win, whatever the case of their names (``X-Api-Key`` replaces
    the key, rather than going with it as a second value). This package's User-Agent goes
    unless the caller's HTTP client (``client_headers``) has one of its own: one its HTTP
    library did not set."""
    defaults: dict[str, str | bytes] = {}
    agent = None if client_headers is None else client_headers.get("user-agent")
    if agent is None or agent.startswith("python-httpx"):
        defaults["User-Agent"] = USER_AGENT
    if api_key:
        defaults["x-api-key"] = api_key
    return headers_over(defaults, normalized_headers(headers) or {})


def resolve_timeout(timeout: TimeoutTypes | NotGiven) -> httpx.Timeout:
    if timeout is NOT_GIVEN:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, tuple) and len(timeout) == 2:
        return httpx.Timeout(None, connect=timeout[0], read=timeout[1])
    timeout_here: httpx.Timeout = HTTPX.timeout(timeout)  # (an httpx2 Timeout too)
    return timeout_here


_URL_MODULES: Final = ("httpx", "httpx2")


def base_url(url: URLLike | None) -> str:
    """Validate the server URL; paths are appended to it, so a trailing slash is dropped.
    An httpx or httpx2 ``URL`` is taken too, as the official SDK takes one."""
    resolved: object = url if url is not None else DEFAULT_URL
    if not isinstance(resolved, str):
        kind = type(resolved)
        if kind.__name__ != "URL" or kind.__module__.partition(".")[0] not in _URL_MODULES:
            raise TypeError(f"url must be a str or an httpx.URL, got {kind.__name__}")
        resolved = str(resolved)
    shown = redact_url(resolved)
    refused = f"url must be an absolute http(s) URL, got {shown!r}"
    try:
        parsed = httpx.URL(resolved)
    except httpx.InvalidURL as exc:  # (a port that is no number, a bracket left open)
        # (httpx's reason quotes the part it could not read: a password with an unencoded
        # "#" or "/" is read as the port. Not said where something was redacted.)
        raise ValueError(refused if shown != resolved else f"{refused} ({exc})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(refused)
    # (A query's last "/" is its own: ``request_base`` drops the path's.)
    return resolved if "?" in resolved else resolved.rstrip("/")


def client_base_url(client: Any) -> str | None:
    """An httpx (or httpx2) client's ``base_url`` as it was given: the client appends a "/"
    to the URL's raw path, query included (``?code=KEY`` becomes ``?code=KEY/``, and
    ``?code=KEY#x`` ``?code=KEY/#x``), unless it ends in one. So a query's last "/" is taken
    for the client's: one given there (a query's value seldom ends so) is lost, as the two
    cannot be told apart."""
    url = client.base_url
    # (The first "#" starts the fragment: a query holds none unencoded.)
    head, hash_mark, fragment = str(url).partition("#")
    if url.query and head.endswith("/"):
        head = head[:-1]
    return head + hash_mark + fragment or None


class RequestBase(NamedTuple):
    """What every request takes from a client's URL (see ``request_base``)."""

    # Scheme, user-less authority and path, without a trailing slash: each operation's path
    # is appended to it.
    prefix: str
    # The URL's own query parameters (``?code=...``, a gateway's key), sent with every request.
    query: tuple[tuple[str, str], ...]
    # The user name and password in the URL (basic auth at a proxy), as httpx reads them.
    credentials: tuple[str, str] | None


def request_base(url: str) -> RequestBase:
    """``url`` (checked by ``base_url``) taken apart for making requests.

    Appended to as text, a query or a fragment in it would end up before the operation's
    path (``http://host/lg?code=1/threads/search``: a request to ``/lg``, the official SDK's
    too): its query parameters go with every request instead, and a fragment, which no
    request sends, is dropped. A user name and password are sent as httpx sends them, as
    Basic auth, but kept out of the request's URL, which httpx's own log shows at INFO
    (``HTTP Request: GET http://user:password@host/...``) and errors carry
    (``request.url``): the request on the wire is the same.
    """
    if not ("@" in url or "?" in url or "#" in url):
        return RequestBase(url, (), None)
    parsed = httpx.URL(url)
    # As httpx reads a URL: the authority, after the scheme's "://", ends at the first "/",
    # "?" or "#", its user information at its last "@"; the path ends at the first "?" or "#".
    authority = url.index("://") + 3
    at = url.rfind("@", authority, _first_of("/?#", url, authority))
    host = authority if at == -1 else at + 1
    prefix = (url[:authority] + url[host : _first_of("?#", url, authority)]).rstrip("/")
    query = tuple(httpx.QueryParams(parsed.query.decode("ascii")).multi_items())
    username, password = parsed.username, parsed.password
    # (httpx sends no auth for an empty user name and password: ``http://:@host``.)
    return RequestBase(prefix, query, (username, password) if username or password else None)


def _first_of(marks: str, text: str, start: int) -> int:
    """Where the first of ``marks`` is in ``text`` from ``start`` on, else its end."""
    return min(
        (found for mark in marks if (found := text.find(mark, start)) != -1), default=len(text)
    )


# Where httpx reads the certificates a transport trusts from, in its order (the first set).
_CERTIFICATE_VARIABLES: Final = ("SSL_CERT_FILE", "SSL_CERT_DIR")


def trusting_the_same(make: Callable[..., T]) -> Callable[[], T]:
    """Makes ``make(verify=context)``: an httpx transport trusting the certificates
    ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` names, read as the first is made (see
    ``naming_certificates``), and the same for every one made after, a forked child's: as
    the official SDK's child goes on with the parent's, whatever the environment or the
    file has become since (a CA file written for the parent and removed, say)."""
    trusted: list[ssl.SSLContext] = []

    def made() -> T:
        if not trusted:
            trusted.append(naming_certificates(httpx.create_ssl_context))
        return make(verify=trusted[0])

    return made


def naming_certificates(make: Callable[[], T]) -> T:
    """``make()``: an httpx SSL context (or transport), which loads the certificates
    ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` names as it is made (for an http:// URL too). An
    ``OSError`` it raises while one is set is raised as one of the same class naming the
    variable and its path: ssl's names neither (``FileNotFoundError: [Errno 2] No such file
    or directory``)."""
    try:
        return make()
    except OSError as exc:
        named = _naming_certificates(exc)
        if named is None:
            raise
        raise named from exc


def _naming_certificates(exc: OSError) -> OSError | None:
    name = next((name for name in _CERTIFICATE_VARIABLES if os.environ.get(name)), None)
    if name is None:
        return None
    said = f"{name}={os.environ[name]!r} could not be loaded: {exc.strerror or exc}"
    try:
        named = type(exc)(said) if exc.errno is None else type(exc)(exc.errno, said)
    except Exception:  # (a class that is made otherwise: its own error, as it is)
        return None
    for attribute in ("library", "reason"):  # (an ssl.SSLError's, for handlers that read them)
        if hasattr(exc, attribute):
            setattr(named, attribute, getattr(exc, attribute))
    return named
