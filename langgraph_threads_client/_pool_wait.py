"""The I/O-free timeouts of the admission queue (``_admission``): how long a call may wait in
line, what is left of its pool timeout once admitted, and the error when it waited too long."""

from __future__ import annotations

from typing import Any

import httpx

from ._admission import Admission
from ._stack import Stack

__all__ = ["admission_timeout", "after_admission", "pool_timeout"]


def pool_timeout(timeout: Any) -> float | None:
    """The pool part of a request's timeout (seconds, ``None``, a tuple, or either stack's
    ``Timeout``)."""
    if type(timeout).__name__ != "Timeout":
        timeout = httpx.Timeout(timeout)
    pool: float | None = timeout.pool
    return pool


def admission_timeout(
    limit: float | None, admission: Admission[Any], stack: Stack, request: object
) -> Exception:
    """The stack's own ``PoolTimeout`` for a call (``request``, never sent) that waited
    ``limit`` s in the queue: it is then handled as one the pool raised (logged, mapped to
    ``APITimeoutError``, not retried)."""
    pool_timeout: Any = stack.PoolTimeout  # (either stack's: both take a request)
    exception: Exception = pool_timeout(
        f"no connection was free within {limit} s ({admission.in_use} of "
        f"{admission.capacity} places in use, open join_streams included; "
        f"{admission.waiting} waiting); raise timeout.pool, or the pool's max_connections "
        "(on a sync httpx client also its max_keepalive_connections: the places are the "
        "lower), to let more calls wait or run",
        request=request,
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
