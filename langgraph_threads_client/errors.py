"""The exceptions this client raises, one hierarchy by HTTP status.

Names match ``langgraph_sdk.errors`` so that existing ``except`` clauses keep working::

    APIError
    ├── APIStatusError                 the server answered with an error status
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   │   └── OperationNotFoundError     404 from a route the server does not have
    │   ├── ConflictError              409
    │   ├── UnprocessableEntityError   422
    │   │   └── OperationDisabledError     422: the server has the operation turned off
    │   ├── RateLimitError             429
    │   ├── InternalServerError        >= 500
    │   └── OperationNotOfferedError   the server does not offer the operation (405, and
    │                                  the base of the two classes above)
    ├── APIConnectionError             no usable answer (connect, read or write failure)
    │   └── APITimeoutError            a timeout expired
    └── APIResponseValidationError     a 2xx answer that is not what the spec promises
"""

from __future__ import annotations

from typing import Any

import httpx

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
    "NotFoundError",
    "OperationDisabledError",
    "OperationNotFoundError",
    "OperationNotOfferedError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class APIError(Exception):
    """Base class of every error this client raises for a request."""

    message: str
    request: httpx.Request | None
    body: object | None

    def __init__(self, message: str, *, request: httpx.Request | None, body: object | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIStatusError(APIError):
    """The server answered with a status that is not a success.

    ``message`` is the server's ``detail`` when it sent one, else the body's text (or the
    status phrase for an empty body); ``body`` is the decoded JSON, or the text when the body
    is not JSON.
    """

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")

    def __str__(self) -> str:
        return f"{self.status_code}: {self.message}"


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

    Raised by a stream that gave up reconnecting, ``last_event_id`` is where to resume it
    (``join_stream(..., last_event_id=error.last_event_id)``); otherwise it is ``None``.
    """

    last_event_id: str | None

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None
    ) -> None:
        super().__init__(message, request=request, body=None)
        self.last_event_id = None


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None
    ) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A success status whose body is not what ``openapi.yaml`` promises for that operation."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
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
