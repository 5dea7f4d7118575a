"""The I/O-free retry rules: what to retry, and how long to wait before the next attempt.

An operation is *replayable* when sending it twice does no more than sending it once (reads,
delete, a create that names its thread with ``if_exists="do_nothing"`` and has no supersteps).
Those are retried after any transient failure. Every other operation is retried only when
the request provably never left this client (the connection could not be opened) or was
refused undone (a 429, a rate limit). A pool timeout is never retried.
"""

from __future__ import annotations

import datetime
import email.utils
import os
import random
import ssl
import time
from collections.abc import Callable, Mapping
from typing import Final

from ._defaults import (
    CONNECT_RETRY_WINDOW,
    INITIAL_DELAY,
    JITTER,
    MAX_DELAY,
    MAX_RETRY_AFTER,
    MIN_CONNECT_RETRIES,
)
from ._stack import HTTPX, Stack

__all__ = [
    "error_retry_delay",
    "is_transient_status",
    "note_earlier_attempt",
    "reached_by_error",
    "reached_by_status",
    "retry_delay",
    "retryable_error",
    "retryable_status",
    "status_retry_delay",
    "timed_out_early",
]

# The jitter's own generator (a program seeding `random` does not make its clients' waits
# alike), seeded afresh in a forked child: else workers forked from one parent, failed
# together by an outage, would wait alike and retry together.
_RNG: Final = random.Random()
if hasattr(os, "register_at_fork"):  # (not on Windows, which has no fork)
    os.register_at_fork(after_in_child=_RNG.seed)

# Server errors that say the request will never work there: Not Implemented, HTTP Version Not
# Supported. Every other 5xx (a failure, a gateway or server restarting) may pass.
_PERMANENT_SERVER_ERRORS: Final = frozenset({501, 505})


def is_transient_status(status_code: int) -> bool:
    """Whether this status says "try again": a timeout (408), a rate limit (429), or a server
    error other than 501 and 505. The one rule for retries and for stream reconnects."""
    if status_code >= 500:
        return status_code not in _PERMANENT_SERVER_ERRORS
    return status_code in (408, 429)


def retryable_status(status_code: int, *, replayable: bool) -> bool:
    """Whether an answer with this status is worth another attempt.

    For replayable operations, every transient status. For the others only a rate limit
    (429), which says the request was refused before it was done (and when to come back):
    any other answer has left the client, and the server may have done the work (even a
    proxy's 502 can come after it), so a non-replayable operation is not sent again.
    """
    if replayable:
        return is_transient_status(status_code)
    return status_code == 429


def retryable_error(
    exc: Exception, *, replayable: bool, stack: Stack = HTTPX, elapsed: float | None = None
) -> bool:
    """Whether a failure without an answer (of ``stack``: httpx or httpx2) is worth another
    attempt; ``elapsed`` is how long the attempt had been sent (seconds), where known.

    A pool timeout is not: the call waited its whole ``timeout.pool`` for a connection, and
    another attempt would only wait in the same line again, behind everyone else. Nor is a
    timeout that came before its time (``timed_out_early``): the program's own deadline.
    """
    if isinstance(exc, stack.PoolTimeout):
        return False
    if elapsed is not None and timed_out_early(exc, elapsed, stack):
        return False
    if isinstance(exc, (stack.ConnectError, stack.ConnectTimeout)):
        return not _certificate_refused(exc)  # never sent: safe for every operation
    if not replayable:
        return False
    # Timeouts, resets and "server disconnected" (often a pooled connection the server had
    # already closed): the request may have arrived, which a replayable operation tolerates.
    return isinstance(exc, (stack.TimeoutException, stack.NetworkError, stack.RemoteProtocolError))


def _certificate_refused(exc: BaseException) -> bool:
    """Whether ``exc`` came of the server's certificate refused (expired, for another host,
    of an authority not trusted): another attempt meets the same certificate, so a mistake
    in ``verify=`` or ``SSL_CERT_FILE`` is said at once rather than after the 7.5 s of
    retries a server restarting gets."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def reached_by_error(exc: Exception, stack: Stack) -> str | None:
    """What says an attempt that failed with ``exc`` may have reached the server (a timeout
    or a reset after the request left), or None where it never left this client."""
    if isinstance(exc, (stack.ConnectError, stack.ConnectTimeout, stack.PoolTimeout)):
        return None
    return type(exc).__name__


def reached_by_status(status_code: int) -> str | None:
    """What says an attempt answered ``status_code`` (to be retried) may have done its work: a
    server error (or a gateway's 502, 503 or 504, the server behind it perhaps still at work:
    a proxy may answer 503 after the server had the request); not a 408 or 429, which say
    the request was not taken on."""
    if status_code < 500:
        return None
    return f"a {status_code} answer"


def note_earlier_attempt(error: BaseException, reached: str) -> None:
    """Add to ``error`` (an error status) that an earlier attempt of the call may have reached
    the server (``reached`` says why): the answer may follow from that attempt, as a 404 from
    a delete that had already deleted."""
    error.add_note(
        f"An earlier attempt of this call failed after it may have reached the server "
        f"({reached}): this answer may follow from that attempt (a 404 from a "
        f"delete that had already deleted, say)."
    )


def timed_out_early(exc: Exception, elapsed: float, stack: Stack = HTTPX) -> bool:
    """Whether a connect, read or write timeout came ``elapsed`` seconds into its attempt,
    before the timeout it names could run out (or where the request set none).

    Such a timeout is not the socket's but a ``TimeoutError`` the program raised while httpx
    waited on it (a ``signal.alarm`` handler's deadline, ``timeout-decorator``): httpx reports
    any ``TimeoutError`` from a socket call as its own timeout. Retrying it would defeat the
    deadline, so it is raised at once. The kernel's own timeout (``ETIMEDOUT``: a connection
    the network gave up on, which can come before a long limit or where there is none) carries
    its error number, and is the network's: retried as before.
    """
    cause: BaseException = exc
    while cause.__cause__ is not None:
        cause = cause.__cause__
    if getattr(cause, "errno", None) is not None:
        return False
    kinds = (key for name, key in _TIMEOUT_KEYS if isinstance(exc, getattr(stack.module, name)))
    key = next(kinds, None)
    if key is None:
        return False
    try:
        limits = exc.request.extensions.get("timeout")  # type: ignore[attr-defined]
    except RuntimeError:  # (an exception made without its request)
        return False
    if not isinstance(limits, Mapping) or key not in limits:
        return False
    limit = limits[key]
    # (A socket's own timeout never comes early: its wait is rounded up, not down.)
    return limit is None or elapsed < limit * _EARLY


# Each of httpx's timeouts, and the key of its limit in a request's "timeout" extension.
_TIMEOUT_KEYS: Final = (
    ("ConnectTimeout", "connect"),
    ("ReadTimeout", "read"),
    ("WriteTimeout", "write"),
)
# A timeout that came before this share of its limit had passed came from elsewhere.
_EARLY: Final = 0.9


def error_retry_delay(
    exc: Exception,
    *,
    attempt: int,
    max_retries: int,
    replayable: bool,
    stack: Stack = HTTPX,
    elapsed: float | None = None,
    waited: float = 0.0,
) -> float | None:
    """The wait before the next attempt after failed attempt number ``attempt`` got no answer;
    ``None`` to give up. ``waited``: the call's waits between attempts so far (seconds).

    Up to ``max_retries`` retries of what ``retryable_error`` allows. A connection that could
    not be opened is retried at least ``MIN_CONNECT_RETRIES`` times while retries are on (a
    ``max_retries`` of 0 turns them off), and until the waits reach ``CONNECT_RETRY_WINDOW``:
    a server restarting refuses connections for a few seconds, which the official SDK's
    transport waits out for that long.
    """
    if not retryable_error(exc, replayable=replayable, stack=stack, elapsed=elapsed):
        return None
    connecting = bool(max_retries) and isinstance(exc, (stack.ConnectError, stack.ConnectTimeout))
    allowed = max(max_retries, MIN_CONNECT_RETRIES) if connecting else max_retries
    if attempt <= allowed:
        return retry_delay(attempt)
    if connecting and waited < CONNECT_RETRY_WINDOW:
        return CONNECT_RETRY_WINDOW - waited  # (the jitter cut the waits short of it)
    return None


def status_retry_delay(
    status_code: int,
    headers: Mapping[str, str],
    *,
    attempt: int,
    max_retries: int,
    replayable: bool,
) -> float | None:
    """The wait before the next attempt after attempt number ``attempt`` was answered with
    ``status_code``; ``None`` to give up (or for an answer not worth another attempt)."""
    if attempt <= max_retries and retryable_status(status_code, replayable=replayable):
        return retry_delay(attempt, headers)
    return None


def retry_after(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """The wait the server asked for, in seconds: ``retry-after-ms``, or ``Retry-After`` as
    seconds or as an HTTP date. ``None`` when absent, unreadable or negative."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            value = float(milliseconds) / 1000
        except ValueError:
            value = -1.0
        if value >= 0:
            return value
    header = headers.get("retry-after")
    if header is None:
        return None
    try:
        seconds = float(header)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError, OverflowError):  # (a year past datetime's)
            return None
        if moment.tzinfo is None:  # ("-0000" or no zone: HTTP dates are GMT)
            moment = moment.replace(tzinfo=datetime.UTC)
        seconds = moment.timestamp() - now()
        return max(0.0, seconds)
    return seconds if seconds >= 0 else None


def retry_delay(
    attempt: int,
    headers: Mapping[str, str] | None = None,
    *,
    initial: float = INITIAL_DELAY,
    now: Callable[[], float] = time.time,
    rng: random.Random | None = None,
) -> float | None:
    """Seconds to wait before retry number ``attempt`` (1-based).

    The server's Retry-After wins when it is at most ``MAX_RETRY_AFTER``; a longer one gives
    ``None`` (do not retry). Otherwise exponential backoff with jitter: between 75% and 100%
    (``1 - JITTER``) of ``initial * 2**(attempt-1)``, capped at ``MAX_DELAY``. A Retry-After of
    no wait (``0``, a date gone by) gets the backoff too, as in openai-python: else a server
    answering 429 or 503 with it would get every retry, or a stream's every reconnect, at once.
    """
    if headers is not None:
        asked = retry_after(headers, now=now)
        if asked:
            return asked if asked <= MAX_RETRY_AFTER else None
    # (The exponent bounded: 2.0 ** 1024 overflows, and a retry past the 64th waits the cap.)
    ceiling = min(MAX_DELAY, initial * 2.0 ** min(attempt - 1, 64))
    return ceiling * (1 - JITTER * (rng or _RNG).random())
