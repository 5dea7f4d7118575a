"""The pool of an async client this package makes serves one event loop after another.

A connection belongs to the event loop that opened it (its socket is that loop's to watch and
to close): on another loop it fails, with ``RuntimeError: Event loop is closed`` once the first
has ended. A script calling ``asyncio.run()`` for each call, or a test suite running a loop per
test, with one client made once, had every other call fail so (httpx's own pool and the
official SDK's client too). So the pool remembers the loop its connections belong to:

- as that loop ends the way ``asyncio.run()``, ``asyncio.Runner`` and pytest-asyncio end one
  (``loop.shutdown_asyncgens()``), its connections are closed in it: the pool gives each loop
  it serves an async generator, which the loop closes as it ends;
- a request on another loop (and ``aclose()`` there) first lets go of the connections of the
  last, which no longer serve (a loop closed without that shutdown cannot close them: asyncio
  closes their sockets as it collects them, with its ResourceWarning).

One loop at a time, as with httpx: a client used by two loops at once (threads running loops of
their own) is not supported. Under trio (no asyncio loop: ``None`` here) one ``trio.run()``
after another share connections, which trio allows. A client passed in (``http_client=``)
is the caller's, as is its pool.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncGenerator
from typing import Any

__all__ = ["let_go", "serve"]


async def serve(pool: Any, loop: asyncio.AbstractEventLoop | None) -> None:
    """Make ``pool`` (an httpcore async pool, given ``_loop`` and ``_loop_end``) the pool of
    ``loop``, the running one (None on trio)."""
    let_go(pool)  # (a fresh pool has none; trio's too are unusable on asyncio, and back)
    pool._loop = loop
    pool._loop_end = None  # (the last loop's: it finds the pool serving another, if it runs)
    if loop is not None:
        loop_end = _closing_at_the_end(weakref.ref(pool), loop)
        await loop_end.asend(None)  # (started in this loop, which now closes it as it ends)
        pool._loop_end = loop_end


async def _closing_at_the_end(
    pool_ref: weakref.ref[Any], loop: asyncio.AbstractEventLoop
) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        pool = pool_ref()
        if pool is not None and pool._loop is loop:
            pool._loop = None
            await _close(let_go(pool))


def let_go(pool: Any) -> list[Any]:
    """The pool's connections that no request holds, taken out of it."""
    held = {id(request.connection) for request in pool._requests}
    idle = [connection for connection in pool._connections if id(connection) not in held]
    pool._connections = [connection for connection in pool._connections if id(connection) in held]
    return idle


async def _close(connections: list[Any]) -> None:
    for connection in connections:
        await connection.aclose()
