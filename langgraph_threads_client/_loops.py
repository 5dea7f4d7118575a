"""The pool of an async client this package makes serves every event loop that uses it: one
after another, or several at once (threads each running a loop of their own).

A connection belongs to the event loop that opened it (its socket is that loop's to watch and
to close): on another loop it fails, with ``RuntimeError: Event loop is closed`` once the first
has ended, and a request waiting in the pool is woken by a loop it does not run on. A script
calling ``asyncio.run()`` for each call, a test suite running a loop per test, or threads each
calling ``asyncio.run()`` (a web app's sync views, a Streamlit script, a job runner) with one
client made once, had calls fail so (httpx's own pool too; the official SDK's client hung). So:

- the pool remembers the loop its connections belong to; as that loop ends the way
  ``asyncio.run()``, ``asyncio.Runner`` and pytest-asyncio end one
  (``loop.shutdown_asyncgens()``), its connections are closed in it: the pool gives each loop
  it serves an async generator, which the loop closes as it ends;
- a request on another loop, while the pool's loop is no longer running, makes the pool that
  loop's: it first lets go of the connections of the last (a loop closed without that shutdown
  cannot close them: asyncio closes their sockets as it collects them, with its
  ResourceWarning);
- a request on another loop while the pool's is running (two threads) goes to a pool of its
  own for that loop, made with the same settings, closed as that loop ends, as above (the
  places of the client's queue, ``max_connections`` of them, are shared by all its loops).

Under trio, each ``trio.run()`` is such a loop (``_trio.TrioRun``): trio's locks, which the
connections hold, belong to the run that made them (on another, trio fails an assertion, or a
task is never woken), and trio ends a run as asyncio ends a loop, closing its async
generators. So trio runs one after another, several at once, and asyncio loops among them are
served alike. A client passed in (``http_client=``) is the caller's, as is its pool.
"""

from __future__ import annotations

import copy
import os
import threading
import weakref
from collections.abc import AsyncGenerator
from typing import Any, Final, Protocol

import anyio

from ._pool import Requests

__all__ = ["close_for", "let_go", "pool_for"]


class EventLoop(Protocol):
    """What is asked here of an asyncio event loop, or of a trio run (``_trio.TrioRun``)."""

    def is_running(self) -> bool: ...
    def is_closed(self) -> bool: ...


Loop = EventLoop | None  # (None: no loop runs, which no call here meets)

# Guards which pool serves which loop: the loops of several threads ask at once.
_lock = threading.Lock()


def _new_lock_in_child() -> None:
    global _lock
    _lock = threading.Lock()  # (a thread of the parent may have held it at the fork)


if hasattr(os, "register_at_fork"):  # (not on Windows, which has no fork)
    os.register_at_fork(after_in_child=_new_lock_in_child)


async def pool_for(pool: Any, loop: Loop) -> Any:
    """The pool that serves ``loop``, the running one (``_pool.running_loop``), for ``pool``
    (an httpcore async pool, given ``_loop``, ``_loop_end`` and ``_others``): ``pool`` itself,
    made the pool of ``loop`` if the loop it served is no longer running, else a pool of
    ``loop``'s own."""
    with _lock:
        if _may_take(pool, loop):
            target, home = pool, None
            served = pool._loop  # (None for a fresh pool, or one whose loop has ended)
            ended = served if served is not None and served.is_closed() else None
            idle = let_go(pool, ended=ended)
            if served is not None and ended is None and _kept_by(served, pool):
                # A loop only stopped: they are closed as it ends, in it (no other loop can).
                pool._left_behind.extend(idle)
        else:
            others = pool._others
            if others is None:
                others = pool._others = {}
            target, home = others.get(loop), pool
            if target is not None:
                return target
            for closed in [other for other in others if other.is_closed()]:
                let_go(others.pop(closed))  # (closed by hand: nothing closes them in it)
            target = others[loop] = _sibling(pool)
        target._loop = loop
        target._loop_end = None  # (the last loop's: it finds the pool serving another, if it runs)
        left_behind = target._left_behind = []
    if loop is not None:
        loop_end = _closing_at_the_end(
            weakref.ref(target), loop, None if home is None else weakref.ref(home), left_behind
        )
        await loop_end.asend(None)  # (started in this loop, which now closes it as it ends)
        target._loop_end = loop_end
    return target


# What a loop only stopped is to close as it ends, held by the loop itself: a loop's
# shutdown_asyncgens() waits for the ends it finds alive, where one dropped is only started
# then and may not finish; and a loop dropped unclosed takes it along.
_KEPT: Final = "_langgraph_threads_client_ends"


def _kept_by(loop: EventLoop, pool: Any) -> bool:
    """Whether ``loop`` now holds the end ``pool`` has of it (``_loop_end``, by its list of
    connections left behind): not where it takes no attribute (a loop of C, whose ends are
    left to the collector)."""
    end = pool._loop_end
    if end is None:
        return False
    try:
        kept = loop.__dict__.setdefault(_KEPT, {})
    except AttributeError:
        return False
    kept[id(pool._left_behind)] = end
    return True


def _may_take(pool: Any, loop: Loop) -> bool:
    """Whether ``loop`` may make ``pool``'s connections its own: they belong to no loop, or
    to one no longer running (``None``, no loop, takes them as it finds them)."""
    served = pool._loop
    return loop is None or served is None or not served.is_running()


def _sibling(pool: Any) -> Any:
    """A pool of ``pool``'s class and settings, with no connections or requests of its own."""
    sibling = copy.copy(pool)
    sibling._connections = []
    sibling._requests = Requests()
    sibling._optional_thread_lock = type(pool._optional_thread_lock)()
    sibling._others = None
    sibling._take_over()  # (answers noted of its own)
    return sibling


async def _closing_at_the_end(
    pool_ref: weakref.ref[Any],
    loop: EventLoop,
    home_ref: weakref.ref[Any] | None,
    left_behind: list[Any],
) -> AsyncGenerator[None, None]:
    """Closes, as ``loop`` ends, the connections of the pool it started for, if that pool
    still serves ``loop``, and those of ``loop`` it let go of to another loop (``left_behind``,
    the loop only stopped then); a pool made for ``loop`` beside ``home`` leaves it too."""
    try:
        yield
    finally:
        with _lock:
            idle, left_behind[:] = left_behind[:], []
            getattr(loop, "__dict__", {}).get(_KEPT, {}).pop(id(left_behind), None)
            pool = pool_ref()
            if pool is not None and pool._loop is loop:
                pool._loop = None
                idle += let_go(pool, ended=loop)
            home = home_ref() if home_ref is not None else None
            if home is not None and home._others and home._others.get(loop) is pool:
                del home._others[loop]
        await _close(idle)


async def close_for(pool: Any, loop: Loop) -> bool:
    """Before ``pool`` closes on ``loop``: ``loop``'s own pool, if it has one, is closed, and
    the connections of a loop no longer running are let go (this one cannot close them).
    Whether ``pool``'s connections are ``loop``'s to close: not while another loop serves on
    them (they are closed as that loop ends). Where they are ``loop``'s, what closes them as
    it ends is closed now, closing the idle ones: left to the garbage collector once the
    client is dropped, trio warns of an async generator collected before it finished."""
    with _lock:
        others = pool._others
        own = None if not others or loop is None else others.pop(loop, None)
        served = pool._loop
        ours = loop is served or _may_take(pool, loop)
        loop_end = None
        if loop is served:
            loop_end, pool._loop_end = pool._loop_end, None
        elif ours:
            # (held ones too: a response left open as its loop ended, never to be read; those
            # of a loop only stopped are closed as it ends, if it does)
            if served is not None and not served.is_closed() and _kept_by(served, pool):
                pool._left_behind.extend(pool._connections)
            pool._connections = []
    if own is not None:
        await own.aclose()
    if loop_end is not None:
        await loop_end.aclose()
    return ours


def let_go(pool: Any, ended: Loop = None) -> list[Any]:
    """The pool's connections that no request holds, taken out of it; and, held or not, those
    opened on ``ended``, a loop that has ended, or on any loop closed since: a response still
    open as its loop ends cannot be read after, and kept, its connection took a place for
    good (with ``max_connections`` reached, the next loop's calls waited out their timeout).
    A loop only stopped may be run again to read its own (``run_until_complete`` after
    ``run_until_complete``).

    The requests made on those loops, or holding those connections, leave the pool too: a
    loop closed with calls unfinished (``asyncio.run``'s clean-up cut short by a
    KeyboardInterrupt, or one only stopped so and closed later) never runs them again."""
    loops = {connection._loop for connection in pool._connections} - {None, ended}
    gone = [loop for loop in loops if loop.is_closed()]
    if ended is not None:
        gone.append(ended)
    held = {id(request.connection) for request in pool._requests}
    taken, kept = [], []
    for connection in pool._connections:
        if id(connection) not in held or connection._loop in gone:
            taken.append(connection)
        else:
            kept.append(connection)
    pool._connections = kept
    if gone:
        made_there = {id(loop) for loop in gone}  # (see _pool's handle_async_request)
        dropped = {id(connection) for connection in taken}
        pool._requests[:] = [
            each
            for each in pool._requests
            if _loop_id(each) not in made_there and id(each.connection) not in dropped
        ]
    return taken


def _loop_id(request: Any) -> int | None:
    """The ``id`` of the loop a pool's request was made on (an id, not the loop: a request
    kept a while after its answer, ``_pool._answered``, would keep its loop alive)."""
    return getattr(request.request, "_loop_id", None)


async def _close(connections: list[Any]) -> None:
    """Closes each of ``connections``, the rest too when closing one is cancelled (trio
    cancels any wait as it closes a run's async generators): a cancelled ``aclose()`` closes
    all the same, at once (trio's rule), and the cancellation is raised once all are."""
    cancelled: BaseException | None = None
    for connection in connections:
        try:
            await connection.aclose()
        except anyio.get_cancelled_exc_class() as exc:
            cancelled = cancelled or exc
    if cancelled is not None:
        raise cancelled
