"""The command line's exit status for each kind of failure (the README's table).

I/O-free and apart from ``_cli`` so that it is tested, and mutation-tested, without click or a
server.
"""

from __future__ import annotations

from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

__all__ = ["EXIT_CODES", "INTERRUPTED", "STREAM_FAILED", "UNUSABLE_ANSWER", "exit_code"]

# Exit status by error class, most specific first; the README's table. 2 is also click's own
# (bad usage). An error status this table does not name is still told apart by its class:
# any other 4xx is a rejected request (5), any 5xx a server error (8), anything else 1.
EXIT_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (NotFoundError, 3),
    (ConflictError, 4),
    (BadRequestError, 5),
    (UnprocessableEntityError, 5),
    (AuthenticationError, 6),
    (PermissionDeniedError, 6),
    (RateLimitError, 7),
    (InternalServerError, 8),
    (APIConnectionError, 9),
    (APIResponseValidationError, 10),
    (ValueError, 2),
    (TypeError, 2),
)


# A command stopped by Ctrl-C, as shells report a process that SIGINT ended (128 + 2).
INTERRUPTED = 130

# A stream the server ended with an error event (a server error's status), and an answer a
# command cannot use (a validation error's).
STREAM_FAILED = dict(EXIT_CODES)[InternalServerError]
UNUSABLE_ANSWER = dict(EXIT_CODES)[APIResponseValidationError]


def exit_code(exc: BaseException) -> int:
    """The exit status for an error (see ``EXIT_CODES``)."""
    code = next((code for kind, code in EXIT_CODES if isinstance(exc, kind)), None)
    if code is not None:
        return code
    if isinstance(exc, APIStatusError) and 400 <= exc.status_code < 500:
        return 5
    return 1
