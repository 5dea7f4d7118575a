"""The I/O-free core shared by the sync and async clients.

Nothing here sends anything: it resolves client options, merges per-call options into the
request that a generated ``build_request`` describes, validates ids that go into URL paths,
and turns an ``httpx.Response`` into either the parsed model or the right exception.
"""

from __future__ import annotations

import enum
import html
import os
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar, cast

import httpx

from ._admission import Admission
from ._encoding import encode_json
from ._generated import models
from ._generated.api import threads as api
from ._generated.errors import UnexpectedStatus
from ._generated.types import ShapeError, loads, model_list
from ._pages import ThreadPage, thread_page
from ._requests import is_int
from ._stack import Stack
from ._version import __version__
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
    with_cause_class,
)

T = TypeVar("T")

DEFAULT_URL: Final = "http://localhost:8123"
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=5.0, read=300.0, write=300.0, pool=60.0)
API_KEY_ENV_VARS: Final = ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY")
USER_AGENT: Final = f"langgraph-threads-client/{__version__}"


class NotGiven(enum.Enum):
    """Marks an argument the caller did not pass (where ``None`` has a meaning of its own)."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN

TimeoutTypes = float | httpx.Timeout | None
QueryParams = Mapping[str, str | int | float | bool | None]


def resolve_api_key(api_key: str | NotGiven | None) -> str | None:
    """The key to send: the argument, else the first of the environment variables that is set."""
    if api_key is not NOT_GIVEN:
        return api_key
    for name in API_KEY_ENV_VARS:
        value = os.environ.get(name)
        if value:
            return value.strip()
    return None


def default_headers(api_key: str | None, headers: Mapping[str, str] | None) -> dict[str, str]:
    """Headers sent with every request of a client; the caller's ``headers`` win."""
    merged = {"User-Agent": USER_AGENT}
    if api_key:
        merged["x-api-key"] = api_key
    merged.update(headers or {})
    return merged


def resolve_timeout(timeout: TimeoutTypes | NotGiven) -> httpx.Timeout:
    if timeout is NOT_GIVEN:
        return DEFAULT_TIMEOUT
    return httpx.Timeout(timeout)


def base_url(url: str | None) -> str:
    """Validate the server URL; paths are appended to it, so a trailing slash is dropped."""
    resolved = url if url is not None else DEFAULT_URL
    parsed = httpx.URL(resolved)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"url must be an absolute http(s) URL, got {resolved!r}")
    return resolved.rstrip("/")


def path_id(value: object, name: str = "thread_id") -> str:
    """An id that goes into a URL path segment.

    The generated code percent-encodes path parameters, which keeps ``/``, ``?`` and ``#`` in
    their segment; a whole segment of ``.`` or ``..`` would still be normalised into another
    path, and an empty one would hit a different endpoint, so those are refused here.
    """
    if not isinstance(value, str):
        # uuid.UUID (and other objects whose str() is the id) are accepted, nothing else.
        if type(value).__name__ != "UUID":
            raise TypeError(f"{name} must be a str, got {type(value).__name__}")
        value = str(value)
    if not value.strip() or value != value.strip():
        raise ValueError(
            f"{name} must be a non-empty id without surrounding whitespace, got {value!r}"
        )
    if value in (".", ".."):
        raise ValueError(f"{name} must not be a dot segment, got {value!r}")
    return value


def merge_request(
    request: dict[str, Any],
    *,
    base_url: str,
    headers: Mapping[str, str],
    call_headers: Mapping[str, str] | None,
    call_params: QueryParams | None,
    timeout: TimeoutTypes | NotGiven,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for one call.

    ``request`` comes from a generated ``build_request``; per-call headers and query
    parameters override the client's and the operation's. Its JSON body is encoded here
    (``_encoding``): a ``TypeError`` names what cannot be, before anything is sent.
    """
    # Only what is there: httpx spends microseconds on every headers or params argument,
    # even an empty one (an empty params dict alone costs ~15% of a small call).
    merged = {key: value for key, value in request.items() if value and key != "json"}
    merged["url"] = base_url + request["url"]
    operation_headers = request.get("headers") or {}
    if request.get("json") is not None:
        # Encoded here, as the official SDK encodes it, so that a value that cannot be
        # encoded fails before anything is sent, naming where it is.
        merged["content"] = encode_json(request["json"])
        operation_headers = {"Content-Type": "application/json", **operation_headers}
    if headers or call_headers or operation_headers:
        merged["headers"] = {**headers, **operation_headers, **(call_headers or {})}
    if call_params:
        merged["params"] = {**merged.get("params", {}), **call_params}
    if timeout is not NOT_GIVEN:
        merged["timeout"] = timeout
    return merged


def connection_error(exc: Exception) -> APIConnectionError:
    """The typed error for a failure that left no response.

    It is also an instance of the exception's own class (``httpx.ConnectError``,
    ``httpx.ReadTimeout``, or httpx2's of the same names), so ``except httpx.ConnectError`` or
    ``except httpx.TimeoutException`` written for the official SDK still catch it.
    """
    name = type(exc).__name__
    if _is_timeout(exc):
        error: APIConnectionError = with_cause_class(APITimeoutError, type(exc))(
            f"Request timed out ({name}).", request=_request_of(exc)
        )
    else:
        error = with_cause_class(APIConnectionError, type(exc))(
            f"Connection error ({name}: {exc}).", request=_request_of(exc)
        )
    # What the cause's class promises beyond a request (a status error's ``response``).
    for attribute, value in vars(exc).items():
        vars(error).setdefault(attribute, value)
    return error


def _is_timeout(exc: Exception) -> bool:
    # By name, so that httpx2 (same exception names) needs nothing more.
    return any(cls.__name__ == "TimeoutException" for cls in type(exc).__mro__)


def _request_of(exc: Exception) -> httpx.Request | None:
    try:
        return cast("httpx.Request | None", getattr(exc, "request", None))
    except RuntimeError:  # httpx raises it when no request is attached
        return None


def pool_timeout(timeout: Any) -> float | None:
    """The pool part of a request's timeout (seconds, ``None``, a tuple, or either stack's
    ``Timeout``)."""
    if type(timeout).__name__ != "Timeout":
        timeout = httpx.Timeout(timeout)
    pool: float | None = timeout.pool
    return pool


def admission_timeout(limit: float | None, admission: Admission[Any], stack: Stack) -> Exception:
    """The stack's own ``PoolTimeout`` for a call that waited ``limit`` s in the queue: it is
    then handled as one the pool raised (logged, mapped to ``APITimeoutError``, not retried)."""
    exception: Exception = stack.PoolTimeout(
        f"no connection was free within {limit} s ({admission.in_use} calls in flight, "
        f"{admission.waiting} waiting); raise timeout.pool, or the pool's max_connections, "
        "to let more calls wait or run"
    )
    return exception


def after_admission(
    kwargs: dict[str, Any], timeout: object, waited: float, stack: Stack
) -> dict[str, Any]:
    """The request's arguments once it waited ``waited`` s for admission: its pool timeout
    is what is left, so that the wait here and the pool's together stay within it."""
    full = stack.timeout(timeout)
    if full.pool is None:
        return kwargs
    left = full.as_dict() | {"pool": max(full.pool - waited, 0.0)}
    return {**kwargs, "timeout": stack.module.Timeout(**left)}


_ERROR_BY_STATUS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a response whose status is not a success (any code, even 599)."""
    code = response.status_code
    error_class = InternalServerError if code >= 500 else _ERROR_BY_STATUS.get(code, APIStatusError)
    body = _decoded_body(response)
    message = error_message(body) or response.reason_phrase or f"HTTP {code}"
    unavailable = _not_offered_class(response, message)
    if unavailable is not None:
        request = response.request
        said = "" if message.lower() == response.reason_phrase.lower() else f": {message}"
        message = (
            f"The server does not offer {request.method} {_route(request.url.path)} "
            f"(it answered {code} {response.reason_phrase}{said})"
        )
        error_class = unavailable
    error_class = with_cause_class(error_class, _status_error_class(response))
    return error_class(message, response=response, body=body)


def _status_error_class(response: httpx.Response) -> type[Exception]:
    """``HTTPStatusError`` of the library the response comes from: httpx's (which every
    status error already is), or httpx2's for an httpx2 client's response."""
    library = sys.modules.get(type(response).__module__.partition(".")[0])
    status_class = getattr(library, "HTTPStatusError", None)
    if isinstance(status_class, type) and issubclass(status_class, Exception):
        return status_class
    return httpx.HTTPStatusError


def _decoded_body(response: httpx.Response) -> object | None:
    """The JSON of an error body, else its text (``None`` when empty)."""
    try:
        body: object = response.json()
    except (ValueError, UnicodeDecodeError):
        return response.text or None
    return body


_MAX_MESSAGE = 1000
_ERROR_KEYS: Final = ("detail", "message", "error", "title", "msg")


def error_message(body: object) -> str | None:
    """The sentence an error body says, for every error shape the servers send.

    ``{"detail": "..."}`` (langgraph-api), a FastAPI list of validation errors in ``detail``,
    ``{"error": code, "message": "..."}`` (Aegra), ``{"error": {"message": ...}}``, plain text
    and HTML pages. ``None`` when the body says nothing readable (the status phrase is used).
    """
    if isinstance(body, str):
        text = " ".join(_html_text(body).split()) if _looks_like_html(body) else body.strip()
        return _clip(text) if text else None
    if isinstance(body, list):
        parts = [part for part in map(_validation_item, body) if part]
        return _clip("; ".join(parts)) if parts else None
    if isinstance(body, dict):
        for key in _ERROR_KEYS:
            said = error_message(body.get(key))
            if said:
                return said
    return None


def _validation_item(item: object) -> str | None:
    """One FastAPI/pydantic validation error: ``body.select: Value error, ...``."""
    if isinstance(item, dict) and isinstance(item.get("msg"), str):
        location = item.get("loc")
        if isinstance(location, list) and location:
            return f"{'.'.join(map(str, location))}: {item['msg']}"
        return str(item["msg"])
    return error_message(item)


def _looks_like_html(text: str) -> bool:
    start = text.lstrip()[:15].lower()
    return start.startswith(("<!doctype html", "<html", "<head", "<body", "<h1", "<title"))


def _html_text(page: str) -> str:
    """The title of an HTML error page, or its text without tags."""
    title = re.search(r"<title[^>]*>(.*?)</title>", page, re.IGNORECASE | re.DOTALL)
    text = (
        title.group(1)
        if title
        else re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.I | re.S)
    )
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "\u2026"


# Operations that some servers do not offer (see openapi.yaml), by method and route.
_OPTIONAL_ROUTES: Final = (
    ("POST", re.compile(r"/threads/count$")),
    ("POST", re.compile(r"/threads/prune$")),
    ("POST", re.compile(r"/threads/[^/]+/copy$")),
    ("GET", re.compile(r"/threads/[^/]+/storage$")),
    ("GET", re.compile(r"/threads/[^/]+/stream$")),
)
# What a server that lacks a feature says: langgraph-api 0.6 answers prune with 422
# "Thread prune requires FF_USE_CORE_API=true".
_FEATURE_OFF: Final = re.compile(r"\brequires\b.*\bFF_[A-Z0-9_]+", re.DOTALL)


def _not_offered_class(response: httpx.Response, message: str) -> type[APIStatusError] | None:
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
    request = response.request
    path = request.url.path
    if not any(request.method == m and route.search(path) for m, route in _OPTIONAL_ROUTES):
        return None
    if code == 404 and message.strip().lower() == "not found":
        return OperationNotFoundError
    if code == 422 and _FEATURE_OFF.search(message):
        return OperationDisabledError
    return None


def _route(path: str) -> str:
    """The operation's route: the thread id in a path is shown as ``{thread_id}``."""
    head, found, tail = path.partition("/threads/")
    thread_id, slash, rest = tail.partition("/")
    if not found or thread_id in ("search", "count", "prune"):
        return path
    return f"{head}/threads/{{thread_id}}{slash}{rest}"


def parse(response: httpx.Response, parser: Callable[[httpx.Response], T]) -> T:
    """Raise the typed error for an error status; else parse the body, or raise if it is invalid."""
    if not response.is_success:
        raise status_error(response)
    try:
        try:
            return parser(response)
        except UnexpectedStatus:
            if response.status_code == 200:
                raise
            # Servers differ in the success status of an answer (200, 201, ...): a body
            # documented for 200 is taken under any success status.
            return parser(_as_status_200(response))
    except UnexpectedStatus as exc:
        raise validation_error(
            response, f"undocumented success status {response.status_code}"
        ) from exc
    except ShapeError as exc:
        # Where and what: "$[3].interrupts: expected object, found array".
        raise validation_error(response, str(exc)) from exc
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        # json.JSONDecodeError is a ValueError; the facade's own checks raise TypeError.
        raise validation_error(response, f"{type(exc).__name__}: {exc}") from exc


def _as_status_200(response: httpx.Response) -> httpx.Response:
    return httpx.Response(
        200, headers=response.headers, content=response.content, request=response.request
    )


def validation_error(response: httpx.Response, reason: str) -> APIResponseValidationError:
    try:
        body: object = response.json()
    except (ValueError, UnicodeDecodeError):
        body = response.text
    method, url = response.request.method, response.request.url.path
    message = (
        f"{method} {url} answered {response.status_code} with a body that does not match "
        f"the API spec ({reason})"
    )
    # A failure reported with a success status (create's 201 {"detail": ...}): say what it was.
    said = (
        error_message({k: body[k] for k in ("detail", "message") if k in body})
        if isinstance(body, dict)
        else None
    )
    if said:
        message += f"; the server said: {said}"
    return APIResponseValidationError(message, response=response, body=body)


# Parsers where the generated one is looser than the spec (see openapi.yaml).


def parse_full_threads(response: httpx.Response) -> list[models.Thread]:
    """Search results without ``select``: every item must be a whole ``Thread``."""
    return model_list(loads(response.content), models.Thread)


def parse_thread_page(response: httpx.Response, *, offset: int, limit: int) -> ThreadPage:
    """A page of full threads, with the server's pagination headers."""
    return thread_page(response, parse_full_threads(response), offset=offset, limit=limit)


def parse_thread_selections(response: httpx.Response) -> list[models.ThreadSelection]:
    """Search results with ``select``: items hold only the selected fields."""
    return model_list(loads(response.content), models.ThreadSelection)


def parse_updated_thread(response: httpx.Response) -> models.Thread:
    thread = api.update_thread.parse_response(response)
    if thread is None:
        raise TypeError("expected the updated thread, got no body")
    return thread


def parse_nothing(response: httpx.Response) -> None:
    """For calls whose caller asked for no result (any success status will do)."""
    return None


def parse_count(response: httpx.Response) -> int:
    count = api.count_threads.parse_response(response)
    if not is_int(count):
        raise TypeError(f"expected a JSON integer, got {type(count).__name__}")
    return count
