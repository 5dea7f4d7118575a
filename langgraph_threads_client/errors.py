"""The exceptions this client raises, one hierarchy by HTTP status.

Names match ``langgraph_sdk.errors`` so that existing ``except`` clauses keep working::

    LangGraphError                         the base, as the official SDK's
    └── APIError
        ├── APIStatusError                 the server answered with an error status
        │   ├── BadRequestError            400
        │   ├── AuthenticationError        401
        │   ├── PermissionDeniedError      403
        │   ├── NotFoundError              404
        │   │   └── OperationNotFoundError 404 from a route the server does not have
        │   ├── ConflictError              409
        │   ├── UnprocessableEntityError   422
        │   │   └── OperationDisabledError 422: the server has the operation turned off
        │   ├── RateLimitError             429
        │   ├── InternalServerError        >= 500
        │   └── OperationNotOfferedError   the server does not offer the operation (405, and
        │                                  the base of the two classes above)
        ├── APIConnectionError             no usable answer (connect, read or write failure)
        │   ├── APITimeoutError            a timeout expired
        │   └── StreamDisconnectedError    a stream gave up reconnecting (``last_event_id``)
        └── APIResponseValidationError     a 2xx answer that is not what the spec promises

They are httpx errors too, as the official SDK's are, so code that catches httpx's exceptions
keeps working: every ``APIStatusError`` is an ``httpx.HTTPStatusError`` (with ``.request`` and
``.response``; for an httpx2 response, ``httpx2.HTTPStatusError`` too), and a connection error
is also an instance of the exception that caused it (``httpx.ConnectError``,
``httpx.ReadTimeout``, ...: see ``with_cause_class``; on httpx2, of httpx2's and of httpx's
of that name).
"""

from __future__ import annotations

from typing import Any, TypeVar, cast, overload

import httpx

from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "LangGraphError",
    "NotFoundError",
    "OperationDisabledError",
    "OperationNotFoundError",
    "OperationNotOfferedError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamDisconnectedError",
    "UnprocessableEntityError",
]

E = TypeVar("E", bound="APIError")


class LangGraphError(Exception):
    """The base of this client's errors, as of the official SDK's (``except LangGraphError``)."""


class APIError(LangGraphError):
    """Base class of every error this client raises for a request."""

    message: str
    body: object | None
    # Where a stream (``join_stream``) that ended with this error resumes later
    # (``join_stream(..., last_event_id=error.last_event_id)``), once let in again say (a
    # reconnect answered 401 when a token ran out): ``None`` for other calls.
    last_event_id: str | None = None

    def __init__(
        self,
        message: str,
        response_or_request: httpx.Response | httpx.Request | None = None,
        *,
        request: httpx.Request | None = None,
        body: object | None = None,
    ) -> None:
        # (``response_or_request``: the official SDK's APIError takes either, positionally.)
        if response_or_request is not None:
            if request is not None:
                raise TypeError("APIError takes a request once: positionally or as request=")
            # (httpx2's classes too: a response is what has a status.)
            given: Any = response_or_request
            request = given.request if hasattr(given, "status_code") else given
        # Not super(): in a class combined with an httpx exception (with_cause_class) the next
        # __init__ would be httpx's, with another signature. It only sets what is set here.
        Exception.__init__(self, message)
        self.message = message
        self._request = request
        self.body = body

    # A property where httpx has one (stored in the same ``_request``), and like httpx's:
    # every error this client raises has its request; one built by hand without raises.
    @property
    def request(self) -> httpx.Request:
        """The request that failed."""
        if self._request is None:
            raise RuntimeError("The .request property has not been set.")
        return self._request

    @request.setter
    def request(self, request: httpx.Request | None) -> None:
        self._request = request

    # The fields the official SDK's errors read from a JSON body, where it has them.
    @property
    def code(self) -> str | None:
        """The body's ``code`` (a string), else ``None``."""
        return _body_string(self.body, "code")

    @property
    def param(self) -> str | None:
        """The body's ``param`` (a string), else ``None``."""
        return _body_string(self.body, "param")

    @property
    def type(self) -> str | None:
        """The body's ``type`` (a string), else ``None``."""
        return _body_string(self.body, "type")

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle and copy without calling __init__ (its arguments are keyword-only), and keep
        # the httpx base of a combined class (which pickle cannot find by name).
        cls = type(self)
        return _restore, (cls.__dict__.get("_combined_from", cls), self.args, dict(vars(self)))


class APIStatusError(APIError, httpx.HTTPStatusError):
    """The server answered with a status that is not a success; an ``httpx.HTTPStatusError``.

    ``message``, also ``str()`` of the error, is the official SDK's: the server's sentence
    where the body names it as the SDK reads it (``detail``, ``message``, ``error``), else the
    status line (``503 Service Unavailable``) followed by what else the body says (text, an
    HTML title, validation errors). ``body`` is the decoded JSON, or the text when the body is
    not JSON.
    """

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")

    @property
    def request(self) -> httpx.Request:
        """The request that got this answer (always there)."""
        return self._request if self._request is not None else self.response.request

    @request.setter
    def request(self, request: httpx.Request | None) -> None:
        self._request = request


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """Any status of 500 or more."""


class APIConnectionError(APIError):
    """The request got no usable answer: the connection failed, broke or was refused.

    Raised for an httpx exception, it is an instance of that exception's class too
    (``httpx.ConnectError``, ``httpx.RemoteProtocolError``, ...), which it has as ``__cause__``.

    ``last_event_id`` is ``None``, but on the error a stream ended with
    (``StreamDisconnectedError``).
    """

    last_event_id: str | None

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        # Not super(): combined with a status error's class (a stream's 503), the next in line
        # would be that class's __init__, which takes a response.
        APIError.__init__(self, message, request=request, body=None)
        self.last_event_id = None


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired (also the ``httpx.TimeoutException``)."""

    @overload
    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None: ...
    @overload
    def __init__(self, request: httpx.Request, /) -> None: ...  # (the official SDK's form)
    def __init__(
        self,
        message: str | httpx.Request = "Request timed out.",
        *,
        request: httpx.Request | NotGiven | None = NOT_GIVEN,
    ) -> None:
        if not isinstance(message, str):  # (a request, as the SDK's takes it)
            if request is not NOT_GIVEN:
                raise TypeError("APITimeoutError takes a request once: positionally or as request=")
            super().__init__("Request timed out.", request=message)
            return
        super().__init__(message, request=None if request is NOT_GIVEN else request)


class StreamDisconnectedError(APIConnectionError):
    """A stream (``join_stream``) lost its connection and gave up reconnecting.

    ``last_event_id`` is where to resume it later
    (``join_stream(..., last_event_id=error.last_event_id)``; once an event with an id of the
    server's form was delivered, a ``ResumePoint``: nothing lost or repeated). The error is
    also an instance of
    what failed last: ``APITimeoutError`` after a timeout, and the httpx exception that caused
    it (``httpx.ReadError``, ...).
    """

    def __init__(
        self,
        message: str = "The stream was disconnected.",
        *,
        request: httpx.Request | None = None,
        last_event_id: str | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.last_event_id = last_event_id


def stream_disconnected(
    error: APIConnectionError, *, last_event_id: str | None
) -> StreamDisconnectedError:
    """The error a stream that gives up raises after ``error``, its last failure: with its
    message and attributes, and of its classes too (``APITimeoutError``, ``httpx.ReadError``)."""
    classes = type(error).__dict__.get("_combined_from", (type(error),))
    disconnected = with_cause_class(StreamDisconnectedError, *classes)(
        error.message, request=error._request, last_event_id=last_event_id
    )
    return with_attributes_of(error, disconnected)


def with_attributes_of(source: BaseException, error: E) -> E:
    """``error``, given what else ``source``, the exception it stands for, holds (a status
    error's ``response``, say): the attributes its classes promise, where it has none itself."""
    for attribute, value in vars(source).items():
        vars(error).setdefault(attribute, value)
    return error


class APIResponseValidationError(APIError, ValueError):
    """A success status whose body is not what ``openapi.yaml`` promises for that operation.

    Also a ``ValueError``; where the body is not JSON at all (a proxy's page), also the error
    the official SDK's decoder raises there (``orjson.JSONDecodeError``, a
    ``json.JSONDecodeError``, with its ``msg``, ``doc`` and ``pos``), which code written for
    it catches.
    """

    response: httpx.Response
    status_code: int

    @overload
    def __init__(self, message: str, /, *, response: httpx.Response, body: Any) -> None: ...
    @overload  # (the official SDK's forms)
    def __init__(
        self, response: httpx.Response, body: Any, /, *, message: str | None = None
    ) -> None: ...
    @overload
    def __init__(
        self, *, response: httpx.Response, body: Any, message: str | None = None
    ) -> None: ...
    def __init__(
        self,
        *given: Any,
        response: httpx.Response | None = None,
        body: Any = None,
        message: str | None = None,
    ) -> None:
        rest: list[Any] = list(given)
        if rest and isinstance(rest[0], str):
            if message is not None:
                raise TypeError("APIResponseValidationError takes a message once")
            message = rest.pop(0)
        if rest:  # (the response, then the body: the official SDK's order)
            if response is not None or len(rest) > 2:
                raise TypeError("APIResponseValidationError takes a response and a body, once each")
            response, *more = rest
            if more:
                body = more[0]
        if response is None:
            raise TypeError("APIResponseValidationError needs the response (response=...)")
        if message is None:
            message = "Data returned by API invalid for expected schema."  # (the SDK's)
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class OperationNotOfferedError(APIStatusError):
    """The server does not offer this operation (an older version, or another server).

    Raised as such for a 405; a 404 from a route the server lacks is an
    ``OperationNotFoundError`` and a feature the server has turned off an
    ``OperationDisabledError``, so ``except NotFoundError`` / ``except
    UnprocessableEntityError`` written for the official SDK still catch them.
    """


class OperationNotFoundError(OperationNotOfferedError, NotFoundError):
    """404: the server has no route for this operation (the thread may well exist)."""


class OperationDisabledError(OperationNotOfferedError, UnprocessableEntityError):
    """422: the server has this operation but it is turned off (a feature flag)."""


def with_cause_class(error_class: type[E], *cause_classes: type[Exception]) -> type[E]:
    """``error_class`` made a subclass of each of ``cause_classes`` too, so that the error
    raised for a ``cause_class`` exception is caught where the cause would have been.

    Works for any exception class (httpx's, httpx2's, a custom transport's): one class per
    combination, named as ``error_class``. Where they cannot be combined (incompatible
    instance layouts, a class that refuses subclasses) it is ``error_class`` itself.
    """
    key: tuple[type[Exception], ...] = (error_class, *cause_classes)
    combined = _COMBINED.get(key)
    if combined is None:
        combined = _COMBINED.setdefault(key, _combine(error_class, cause_classes))
    return cast("type[E]", combined)


_COMBINED: dict[tuple[type[Exception], ...], type[APIError]] = {}


def _combine(
    error_class: type[APIError], cause_classes: tuple[type[Exception], ...]
) -> type[APIError]:
    bases = tuple(cause for cause in cause_classes if not issubclass(error_class, cause))
    if not bases:
        return error_class
    namespace = {
        "__module__": error_class.__module__,
        "__qualname__": error_class.__qualname__,
        "__doc__": error_class.__doc__,
        "_combined_from": (error_class, *bases),
    }
    try:
        return type(error_class.__name__, (error_class, *bases), namespace)
    except TypeError:
        return error_class


def _restore(
    cls: type[APIError] | tuple[type[Exception], ...],
    args: tuple[Any, ...],
    state: dict[str, Any],
) -> APIError:
    if isinstance(cls, tuple):
        base, *causes = cls
        cls = with_cause_class(cast("type[APIError]", base), *causes)
    error = cls.__new__(cls, *args)
    error.args = args
    vars(error).update(state)
    return error


def _body_string(body: object, key: str) -> str | None:
    value = body.get(key) if isinstance(body, dict) else None
    return value if isinstance(value, str) else None
