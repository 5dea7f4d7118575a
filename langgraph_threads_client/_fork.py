"""After ``fork()``, the HTTP clients this package made get connections of their own.

A child process inherits its parent's sockets: a connection kept alive in the parent's pool
is the parent's too, and two processes sending on one socket read each other's answers (one
user's thread handed to another, without an error). So in a child, an HTTP client that this
package made (``get_client()``, ``get_sync_client()``) is made again, with its settings and
an empty pool, when a call first uses it there. The inherited one is left as it is: closing it
would take its pool's lock, which a thread of the parent may have held at the fork (the child
has no such thread to release it), and its sockets are the parent's to close.

A client the caller passed in (``http_client=``) is the caller's: as with httpx itself, make
it in the child.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable
from typing import Any, Final, TypeVar

from ._cookies import sparing_cookies

__all__ = ["generation", "in_this_process", "like", "made_here"]

C = TypeVar("C")

# How many forks this process is from the one that imported this module: an object that
# remembers another number was made before a fork.
generation = 0

# The clients made here: how to make one like each, and the generation each was made in.
_MADE: Final[weakref.WeakKeyDictionary[Any, tuple[Callable[[Any], Any], int]]] = (
    weakref.WeakKeyDictionary()
)
# In this process, the client made in place of each inherited one (by id: the inherited one
# is kept in _INHERITED, so no other object takes its id).
_SUCCESSORS: Final[dict[int, Any]] = {}
_INHERITED: Final[list[Any]] = []
_lock = threading.Lock()


def made_here(client: C, remake: Callable[[C], C]) -> C:
    """``client``, recorded as made by this package: ``remake(client)`` makes one like it."""
    _MADE[client] = (remake, generation)
    return client


def in_this_process(client: C) -> C:
    """``client``; or, where this package made it in a process this one was forked from, the
    client made in its place here (one for every caller, made by the first)."""
    made = _MADE.get(client)
    if made is None or made[1] == generation or client.is_closed:  # type: ignore[attr-defined]
        return client  # (one closed before the fork stays closed)
    with _lock:
        if id(client) not in _SUCCESSORS:
            remake = made[0]
            _SUCCESSORS[id(client)] = made_here(remake(client), remake)
            _INHERITED.append(client)
        successor: C = _SUCCESSORS[id(client)]
    return successor


def like(client: Any, make_transport: Callable[[], Any]) -> Any:
    """A client of ``client``'s class and settings (as they are now: a caller may have
    changed its headers or hooks), on a transport of ``make_transport``'s."""
    return sparing_cookies(
        type(client)(
            base_url=client.base_url,
            headers=client.headers,
            cookies=client.cookies,
            auth=client.auth,
            params=client.params,
            timeout=client.timeout,
            follow_redirects=client.follow_redirects,
            max_redirects=client.max_redirects,
            event_hooks=client.event_hooks,
            transport=make_transport(),
        )
    )


def _after_fork_in_child() -> None:
    global generation, _lock
    generation += 1
    _lock = threading.Lock()  # (a thread of the parent may have held it)
    _SUCCESSORS.clear()


if hasattr(os, "register_at_fork"):  # (not on Windows, which has no fork)
    os.register_at_fork(after_in_child=_after_fork_in_child)
