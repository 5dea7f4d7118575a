"""The I/O-free map from what went wrong to this package's errors.

A status to its ``APIStatusError`` subclass (and "this server has no such operation"), an
``httpx`` failure to its ``APIConnectionError``, a body that does not match the spec to an
``APIResponseValidationError``; each with the sentence the server said, for every error shape
the servers send.
"""

from __future__ import annotations

import html
import json
import re
import sys
from typing import Final, cast
from urllib.parse import unquote

import httpx
import orjson

from . import _logging, _redirects
from ._generated.types import loads
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OperationDisabledError,
    OperationNotFoundError,
    OperationNotOfferedError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    with_attributes_of,
    with_cause_class,
)

__all__ = [
    "attach_request",
    "closed_while_waiting",
    "connection_error",
    "error_message",
    "is_unread_location",
    "not_an_event_stream",
    "note_closed_under",
    "status_error",
    "stream_closed",
    "stream_unavailable",
    "unread_location",
    "unusable_answer",
    "validation_error",
]


def connection_error(exc: Exception) -> APIConnectionError:
    """The typed error for a failure that left no response.

    It is also an instance of the exception's own class (``httpx.ConnectError``,
    ``httpx.ReadTimeout``, or httpx2's of the same names), so ``except httpx.ConnectError`` or
    ``except httpx.TimeoutException`` written for the official SDK still catch it.
    """
    name = type(exc).__name__
    causes = _with_httpx_twin(type(exc))
    if _is_timeout(exc):
        # A pool timeout of this client's queue says why no connection was free, and what to
        # raise (a socket's timeouts say only "timed out", or nothing).
        said = str(exc) if _is_a(exc, "PoolTimeout") else ""
        error: APIConnectionError = with_cause_class(APITimeoutError, *causes)(
            f"Request timed out ({name}: {said})." if said else f"Request timed out ({name}).",
            request=_request_of(exc),
        )
    else:
        # (A body the stack could not decompress came whole: the connection did not fail.)
        failed = "Undecodable response" if _is_a(exc, "DecodingError") else "Connection error"
        said = _logging.without_header_value(_first_said(exc))
        error = with_cause_class(APIConnectionError, *causes)(
            f"{failed} ({name}: {said})." if said else f"{failed} ({name}).",
            request=_request_of(exc),
        )
    return with_attributes_of(exc, error)


def unread_location(exc: Exception, request: httpx.Request) -> APIConnectionError:
    """The error of a redirect whose ``Location`` the HTTP client could not read (see
    ``_redirects.location_unread``): no usable answer, not to be sent again (the server would
    answer the same). Also the stack's exception, which the official SDK raises there."""
    said = _logging.without_header_value(_first_said(exc))
    error_class = with_cause_class(APIConnectionError, *_with_httpx_twin(type(exc)))
    return error_class(
        f"The server answered with a redirect to a Location that is not a URL ({said})",
        request=_request_of(exc) or request,  # (a hop's, where the client follows them)
    )


def is_unread_location(error: BaseException) -> bool:
    """Whether ``error`` is ``unread_location``'s: the server's answer, which neither a call
    nor a stream sends for again."""
    return isinstance(error, APIConnectionError) and _redirects.location_unread(error.__cause__)


def note_closed_under(error: APIConnectionError) -> None:
    """Note on ``error``, the failure of an attempt its client was closed under, that the close
    ended it: the connection it cut reads as the server's doing ("Server disconnected without
    sending a response", "Bad file descriptor")."""
    error.add_note(
        "This client was closed during the call (close() or aclose()): the close ended it, "
        "not the server."
    )


def _with_httpx_twin(cause: type[Exception]) -> tuple[type[Exception], ...]:
    """The classes a connection error standing for a ``cause`` is an instance of too: that
    one, and for httpx2's httpx's of the same name (``httpx.ReadTimeout`` for
    ``httpx2.ReadTimeout``), as a status error on httpx2 is an ``httpx.HTTPStatusError`` too:
    ``except`` clauses written for httpx (for the official SDK) catch it on either stack."""
    httpx2_class = _first_of_library(cause, "httpx2")  # (a transport's subclass of one too)
    if httpx2_class is None:
        return (cause,)
    twin = getattr(httpx, httpx2_class.__name__, None)
    if isinstance(twin, type) and issubclass(twin, httpx.RequestError):
        return (cause, twin)
    return (cause,)


def _first_of_library(cls: type, *libraries: str) -> type | None:
    """The first class, in ``cls``'s method resolution order, of one of ``libraries``."""
    for base in cls.__mro__:
        if base.__module__.partition(".")[0] in libraries:
            return base
    return None


def stream_closed(transport_error: type[Exception], request: httpx.Request) -> APIConnectionError:
    """The error of a stream that the server ended: also the stack's ``TransportError`` (and
    httpx's on httpx2), as the official SDK's error for it is an ``httpx.TransportError``."""
    error_class = with_cause_class(APIConnectionError, *_with_httpx_twin(transport_error))
    return error_class("The server closed the stream.", request=request)


def closed_while_waiting(
    request_error: type[Exception], request: httpx.Request
) -> APIConnectionError:
    """The error of a call that was waiting its turn for a connection when its client was
    closed: it was never sent. An ``APIConnectionError``, also the stack's ``RequestError``
    (shutdown code's ``except httpx.HTTPError`` catches it, as it catches what the calls in
    flight end with) and a ``RuntimeError`` (what a call on a closed client raises)."""
    error_class = with_cause_class(
        APIConnectionError, *_with_httpx_twin(request_error), RuntimeError
    )
    return error_class(
        "This client is closed: it was closed while this call waited for a connection"
        " (the request was not sent).",
        request=request,
    )


def _first_said(exc: BaseException) -> str:
    """What ``exc`` says, or else the first exception under it that says something (httpx's
    async ``ReadError`` for a reset connection is empty: the reset is two causes down), or
    else the name of the first one under it of another name (anyio's ``ClosedResourceError``,
    a connection closed under a call, says nothing).

    Below the stack's exceptions of ``exc``'s name (httpx's, httpcore's), a context its raiser
    suppressed (``raise ... from None``) is not read: anyio's internal error, under
    ``ClosedResourceError``. (Theirs is read: httpcore's pool re-raises its ``ReadError`` so,
    which hides the reset that caused it.)"""
    name = type(exc).__name__
    seen: set[int] = set()
    named = ""
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        said = str(cause)
        if said:
            return said
        seen.add(id(cause))
        if type(cause).__name__ == name:
            cause = cause.__cause__ or cause.__context__
            continue
        named = named or type(cause).__name__
        if cause.__cause__ is None and cause.__suppress_context__:
            break
        cause = cause.__cause__ or cause.__context__
    return named


def _is_timeout(exc: Exception) -> bool:
    return _is_a(exc, "TimeoutException")


def _is_a(exc: Exception, name: str) -> bool:
    # By name, so that httpx2 (same exception names) needs nothing more.
    return any(cls.__name__ == name for cls in type(exc).__mro__)


def attach_request(exc: Exception, request: object) -> None:
    """Name the request a transport error belongs to, where the stack did not."""
    if _request_of(exc) is None:
        # httpx's property setter (httpx2's alike), as its iter_raw uses it; by name, as the
        # exception is typed as any stack's.
        setattr(exc, "request", request)  # noqa: B010


def _request_of(exc: Exception) -> httpx.Request | None:
    try:
        return cast("httpx.Request | None", getattr(exc, "request", None))
    except RuntimeError:  # httpx raises it when no request is attached
        return None


_ERROR_BY_STATUS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, path: str) -> APIStatusError:
    """The typed error for a response whose status is not a success (any code, even 599).

    ``path`` is the operation's own, as its request was built (percent-encoded, before the
    client's base URL), which tells its route.
    """
    code = response.status_code
    error_class = InternalServerError if code >= 500 else _ERROR_BY_STATUS.get(code, APIStatusError)
    body = _decoded_body(response)
    reason = response.reason_phrase
    said = error_message(body)
    unavailable = _not_offered_class(response, path, said or reason or f"HTTP {code}")
    if unavailable is not None:
        request = response.request
        message = (
            f"The server does not offer {request.method} {_route(request.url, path)} "
            f"(it answered {_status_line(code, reason, said)})"
        )
        error_class = unavailable
    else:
        message = _sdk_message(body) or _status_line(code, reason, said)
        location = response.headers.get("location") if 300 <= code < 400 else None
        if location:
            message = f"{message} ({_redirect_advice(response, location)})"
    error_class = with_cause_class(error_class, _status_error_class(response))
    return error_class(message, response=response, body=body)


# How much of a redirect's target an error shows (a Location may be as long as a header).
_MAX_LOCATION = 300


def _redirect_advice(response: httpx.Response, location: str) -> str:
    """Where a redirect not followed leads (credentials redacted) and what to do: not
    followed by default (as by httpx and the official SDK; most often http:// for https://),
    nor by a client that follows redirects where ``_redirects.refusal`` says why."""
    try:
        target = str(response.url.join(location))  # (a relative one, made whole)
    except Exception:  # (an InvalidURL of either stack: shown as sent)
        target = location
    shown = _logging.redact_url(target)
    if len(shown) > _MAX_LOCATION:
        shown = shown[: _MAX_LOCATION - 3] + "..."
    reason = _redirects.refusal(response)
    if reason is not None:
        return f"redirected to {shown}, {reason}: use that URL"
    return f"redirected to {shown}: use that URL, or pass an http_client with follow_redirects=True"


def _status_error_class(response: httpx.Response) -> type[Exception]:
    """``HTTPStatusError`` of the library the response comes from: httpx's (which every
    status error already is), or httpx2's for an httpx2 client's response."""
    # (A subclass of a library's response, a transport's own, is that library's.)
    response_class = _first_of_library(type(response), "httpx", "httpx2") or type(response)
    library = sys.modules.get(response_class.__module__.partition(".")[0])
    status_class = getattr(library, "HTTPStatusError", None)
    if isinstance(status_class, type) and issubclass(status_class, Exception):
        return status_class
    return httpx.HTTPStatusError


def _decoded_body(response: httpx.Response) -> object | None:
    """The JSON of an error body, else its text (``None`` when empty, or never read: a
    response hook raised for its status before it was)."""
    try:
        content = response.content
    except Exception as exc:
        if _is_a(exc, "ResponseNotRead"):
            return None
        raise
    try:
        # (orjson first: it reads JSON nested up to 1,024 levels, where the standard library
        # stops at Python's recursion limit and the body would be said as text)
        body: object = loads(content)
    except (ValueError, UnicodeDecodeError):  # (nested too deep: a ValueError too)
        return response.text or None
    return body


_MAX_MESSAGE = 1000
# How much of a text or HTML error body is read for its message (an HTML page's title is at
# its start; its text past this would be clipped away anyway).
_MAX_SCANNED = 64 * 1024
# How deep in an error body its message is looked for (a deeper one is never a server's).
_MAX_MESSAGE_DEPTH = 16
_ERROR_KEYS: Final = ("detail", "message", "error", "title", "msg")
# The keys whose text the official SDK's errors say, in its order (it reads these only).
_SDK_KEYS: Final = ("message", "detail", "error")


def _sdk_message(body: object) -> str | None:
    """The message the official SDK's error would carry for this body, where it reads one:
    the text of ``message``, ``detail`` or ``error``, or of ``error.message`` / ``error.detail``.
    So ``str(error)`` is the SDK's for every body that names its error: whole, however long
    (code matches it, or shows it), as the SDK's."""
    if not isinstance(body, dict):
        return None
    for key in _SDK_KEYS:
        value = body.get(key)
        if isinstance(value, str) and value:
            return value
    nested = body.get("error")
    return (
        _sdk_message({key: nested.get(key) for key in _SDK_KEYS[:2]})
        if isinstance(nested, dict)
        else None
    )


def _status_line(code: int, reason: str, said: str | None) -> str:
    """``503 Service Unavailable`` (the SDK's message where the body names no error), with what
    the body says after it: a text or HTML page, a list of validation errors."""
    line = f"{code} {reason or 'HTTP Error'}"
    # (Not twice: nginx's page of a 502 is titled "502 Bad Gateway".)
    repeated = not said or said.lower() in (reason.lower(), line.lower())
    return line if repeated else f"{line}: {said}"


def error_message(body: object, depth: int = 0) -> str | None:
    """The sentence an error body says, for every error shape the servers send.

    ``{"detail": "..."}`` (langgraph-api), a FastAPI list of validation errors in ``detail``,
    ``{"error": code, "message": "..."}`` (Aegra), ``{"error": {"message": ...}}``, plain text
    and HTML pages. ``None`` when the body says nothing readable (the status phrase is used),
    or says it only more than ``_MAX_MESSAGE_DEPTH`` levels down (no server nests so deep).
    """
    if depth > _MAX_MESSAGE_DEPTH:
        return None
    if isinstance(body, str):
        # (The start of a text body is what a message shows: a page of 50 MB is not parsed.)
        body = body[:_MAX_SCANNED]
        text = " ".join(_html_text(body).split()) if _looks_like_html(body) else body.strip()
        return _clip(text) if text else None
    if isinstance(body, list):
        parts = [part for item in body if (part := _validation_item(item, depth + 1))]
        return _clip("; ".join(parts)) if parts else None
    if isinstance(body, dict):
        for key in _ERROR_KEYS:
            said = error_message(body.get(key), depth + 1)
            if said:
                return said
    return None


def _validation_item(item: object, depth: int) -> str | None:
    """One FastAPI/pydantic validation error: ``body.select: Value error, ...``."""
    if isinstance(item, dict) and isinstance(item.get("msg"), str):
        location = item.get("loc")
        if isinstance(location, list) and location:
            return f"{'.'.join(map(str, location))}: {item['msg']}"
        return str(item["msg"])
    return error_message(item, depth)


def _looks_like_html(text: str) -> bool:
    start = text.lstrip()[:15].lower()
    return start.startswith(("<!doctype html", "<html", "<head", "<body", "<h1", "<title"))


def _html_text(page: str) -> str:
    """The title of an HTML error page, or its text without tags (scripts and styles left
    out). Each pattern stops at the next ``<``, and each search goes on from where the last
    one ended: time in proportion to the page, even a truncated one full of unclosed ``<``."""
    title = _TITLE.search(page)
    if title:
        end = _TITLE_END.search(page, title.end())
        text = page[title.end() : end.start() if end else len(page)]
    else:
        kept = []
        position = 0
        while opening := _SCRIPT_OR_STYLE.search(page, position):
            kept.append(page[position : opening.start()])
            closing = re.compile(rf"</{opening[1]}\s*>", re.I).search(page, opening.end())
            if closing is None:  # (unclosed: the rest of the page is inside it)
                position = len(page)
                break
            position = closing.end()
        kept.append(page[position:])
        text = " ".join(kept)
    return html.unescape(_TAG.sub(" ", text))


_TITLE: Final = re.compile(r"<title\b[^<>]*>", re.I)
_TITLE_END: Final = re.compile(r"</title\s*>", re.I)
_SCRIPT_OR_STYLE: Final = re.compile(r"<(script|style)\b[^<>]*>", re.I)
_TAG: Final = re.compile(r"<[^<>]+>")


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "\u2026"


# The operations every server offers (see openapi.yaml), by method and route: a bare 404
# there is about the thread (langgraph-api 0.2 answers one to PATCH an unknown thread). Any
# other is one a server may lack, an operation added to the spec since included.
_ID: Final = r"[^/]+"
_EVERY_SERVER_ROUTES: Final = (
    ({"POST"}, re.compile(r"/threads\Z")),
    ({"POST"}, re.compile(r"/threads/search\Z")),
    ({"GET", "PATCH", "DELETE"}, re.compile(rf"/threads/{_ID}\Z")),
    ({"GET", "POST"}, re.compile(rf"/threads/{_ID}/state\Z")),
    ({"GET"}, re.compile(rf"/threads/{_ID}/state/{_ID}\Z")),
    ({"POST"}, re.compile(rf"/threads/{_ID}/state/checkpoint\Z")),
    ({"GET", "POST"}, re.compile(rf"/threads/{_ID}/history\Z")),
)
# (To an id with a line break, langgraph-api answers a bare 404 on every operation past the
# thread's own, get too where the break is inside the id (0.16.7 and 0.2.125; other control
# characters get a 422 there); and the servers route an id holding a "/" as more than one
# segment, where every route answers one: then a bare 404 says nothing of the operation.)
# What a server that lacks a feature says: langgraph-api 0.6 answers prune with 422
# "Thread prune requires FF_USE_CORE_API=true".
_FEATURE_OFF: Final = re.compile(r"\brequires\b.*\bFF_[A-Z0-9_]+", re.DOTALL)


def _not_offered_class(
    response: httpx.Response, path: str, message: str
) -> type[APIStatusError] | None:
    """The error class when the answer means "this server has no such operation", else None.

    A 405 always means that. A 404 means it only where the whole message is the routing
    layer's ``Not Found`` and only on an operation some servers lack: a missing thread is
    ``Thread with ID ... not found`` (langgraph-api) or ``Thread '...' not found`` (Aegra),
    while langgraph-api 0.2 also answers an unknown thread on PATCH with a bare ``Not Found``,
    so bare ``Not Found`` on the operations every server offers stays a ``NotFoundError``.
    """
    code = response.status_code
    if code == 405:
        return OperationNotOfferedError
    if code not in (404, 422):
        return None
    if not _some_servers_lack(response.request.method, path):
        return None
    if code == 404 and message.strip().lower() == "not found":
        return OperationNotFoundError
    if code == 422 and _FEATURE_OFF.search(message):
        return OperationDisabledError
    return None


def _some_servers_lack(method: str, path: str) -> bool:
    """Whether the operation of ``method`` and ``path`` (its own, percent-encoded) is one
    some servers do not offer (see above)."""
    routed = unquote(path)  # (as the server routes it)
    if "\n" in routed or routed.count("/") != path.count("/"):
        return False
    return not any(
        method in methods and route.match(path) for methods, route in _EVERY_SERVER_ROUTES
    )


def _route(url: httpx.URL, path: str) -> str:
    """The operation's route behind the client's base path, the thread id in it shown as
    ``{thread_id}``; ``path`` is the operation's own (see ``status_error``)."""
    full = url.raw_path.decode("ascii").partition("?")[0]
    # (what comes before the operation's path: the base path, as sent; a redirect followed to
    # the path with a "/" added still holds it)
    base = full[: max(full.rfind(path), 0)]
    _, found, tail = path.partition("/threads/")
    thread_id, slash, rest = tail.partition("/")
    if not found or (not slash and thread_id in ("search", "count", "prune")):
        return base + path
    return f"{base}/threads/{{thread_id}}{slash}{rest}"


def stream_unavailable(exc: APIStatusError) -> APIConnectionError:
    """A stream's connection answered with a transient status (a 503, a 429): a connection
    error, which another connection may cure, and of the status error's class too
    (``InternalServerError``, an ``httpx.HTTPStatusError``), as the official SDK raises it."""
    said = str(exc)
    if not said.startswith(str(exc.status_code)):
        said = f"{exc.status_code}: {said}"
    error = with_cause_class(APIConnectionError, type(exc))(
        f"Stream unavailable: {said}", request=exc.request
    )
    return with_attributes_of(exc, error)


def not_an_event_stream(response: httpx.Response) -> APIResponseValidationError:
    """For a stream answered with something else (a proxy's or another app's page): what came,
    rather than a wait for events that never come. The body is left unread: it may not end."""
    method, url = response.request.method, response.request.url.path
    content_type = response.headers.get("content-type")
    what = f"content type {content_type!r}" if content_type else "no content type"
    return APIResponseValidationError(
        f"{method} {url} answered {response.status_code} with {what}, "
        "not an event stream (text/event-stream): is the URL the LangGraph API's?",
        response=response,
        body=None,
    )


def validation_error(response: httpx.Response, reason: str) -> APIResponseValidationError:
    """A body that does not match the spec; ``reason`` says where and what."""
    return unusable_answer(response, f"with a body that does not match the API spec ({reason})")


def unusable_answer(
    response: httpx.Response, what: str, *, decoding: ValueError | None = None
) -> APIResponseValidationError:
    """A success answer whose body cannot be used; ``what`` follows "METHOD path answered
    STATUS" ("with an empty body, where JSON was expected"). ``decoding``: the JSON decoder's
    error, where the body is not JSON."""
    body = _decoded_body(response)
    method, url = response.request.method, response.request.url.path
    message = f"{method} {url} answered {response.status_code} {what}"
    # A failure reported with a success status (create's 201 {"detail": ...}): say what it was.
    # An HTML page (a proxy's, a login's) where JSON belongs: say its title.
    if isinstance(body, dict):
        said = error_message({k: body[k] for k in ("detail", "message") if k in body})
    else:
        said = error_message(body) if isinstance(body, str) and _looks_like_html(body) else None
    if said:
        message += f"; the server said: {said}"
    if not isinstance(decoding, json.JSONDecodeError):
        return APIResponseValidationError(message, response=response, body=body)
    # Also the error of the official SDK's decoder (orjson's, a json.JSONDecodeError), with
    # its msg, doc and pos: code written for the SDK catches it as either.
    error_class = with_cause_class(APIResponseValidationError, orjson.JSONDecodeError)
    error = error_class(message, response=response, body=body)
    return with_attributes_of(decoding, error)
