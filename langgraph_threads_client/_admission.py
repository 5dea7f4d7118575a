"""A fair (FIFO) admission queue in front of the connection pool.

httpcore's pool does work proportional to (queued requests x connections) on every change of
state: with a cold pool and thousands of requests queued in it, the event loop starves,
connects time out and every queued request passes its pool timeout. So at most as many calls
as the pool serves well are let through to it (``_stack.in_flight``: its connections, and on
httpx2 as many again waiting in its own queue); the others wait here, in arrival order, and
each one leaving hands its place to the first in line (no barging, no thundering herd).

``Admission`` is the bookkeeping, shared by the sync and async clients; a waiter is woken by
the shell that queued it: ``Waiter`` (an ``anyio`` event) or ``SyncWaiter`` (a
``threading`` lock). One ``Admission`` serves every client built on one HTTP client.

A process made by ``fork()`` has only the thread that forked: the calls other threads had in
flight never leave in it, and a lock they held stays held. So in the child every queue starts
afresh (``_start_afresh_in_child``), as httpx's own pool serves a child at once.
"""

from __future__ import annotations

import contextlib
import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Final, Generic, Protocol, TypeVar

from ._defaults import RETAKE_EVERY
from ._pool import running_loop

__all__ = ["Admission", "AsyncPlace", "Place", "SyncWaiter", "Waiter", "admission_for"]


class Wakeable(Protocol):
    def wake(self) -> bool:
        """Wake the waiter; False if it can no longer be woken (its event loop is closed)."""
        ...


W = TypeVar("W", bound=Wakeable)


class Admission(Generic[W]):
    """At most ``capacity`` holders at once; the others wait in line, first come first served."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.capacity = capacity
        self._free = capacity
        self._line: OrderedDict[W, Place | None] = OrderedDict()
        # The sync client is shared by threads; for the async one it costs ~0.1 us a call.
        self._lock = threading.Lock()
        # Calls and streams waiting to try again: woken when the client is closed.
        self._pauses: set[W] = set()
        # The places held, by the event loop of their call (async calls only): see _take_back.
        self._held: dict[Any, dict[Place, None]] = {}
        # Waiters handed places taken back, until woken (see _take_back).
        self._to_wake: list[tuple[W, Place | None]] = []
        # How often a waiter looks for places to take back (see held_elsewhere).
        self.retake_every = RETAKE_EVERY

    @property
    def waiting(self) -> int:
        return len(self._line)

    @property
    def in_use(self) -> int:
        return self.capacity - self._free

    def enter_or_queue(self, new_waiter: Callable[[], W], place: Place | None = None) -> W | None:
        """Take a free place (``None``: ``place`` is taken), or join the line behind everyone
        already in it."""
        running = None if place is None else place.loop
        if not self._free and self.held_elsewhere(running):
            self._take_back(running)
        with self._lock:
            if place is not None:
                self._hold(place)  # (first: until counted, ``leave(place)`` lets it go)
            if self._free and not self._line:
                self._free -= 1
                if place is not None:
                    place.taken = True
                return None
            waiter = new_waiter()
            self._line[waiter] = place
            if place is not None:
                place.waiter = waiter
            return waiter

    def leave(self, place: Place | None = None) -> None:
        """Give the place back: to the first in line who can be woken, else to the free
        places. With ``place``, only if it is held and not given back yet: so a give-back
        an interrupt may have cut short can be made again (see ``Place``), the waiter it was
        handed to woken again; a place still waiting in line leaves the line."""
        if self._to_wake:
            self._wake_those_handed_places()
        turn: tuple[Any, Place | None] | None
        while True:
            with self._lock:
                if place is None:
                    if not self._line:
                        if self._free < self.capacity:  # (taken before a fork: free already)
                            self._free += 1
                        return
                    turn = self._line.popitem(last=False)
                elif place.given_back:
                    turn = place.turn
                    if turn is None:
                        return
                else:
                    self._let_go(place)  # (before the change of the count: a retry does it again)
                    waiter = place.waiter
                    if not place.taken and (waiter is None or waiter in self._line):
                        if waiter is not None:  # (left in line by an interrupt)
                            place.waiter = None
                            del self._line[waiter]
                        return
                    first = next(iter(self._line), None)
                    # (No function is called from here to the change of the count or the
                    # line: an interrupt cannot land between marking the place and giving it
                    # back; and the waiter handed it is noted on it, for a retry to wake.)
                    place.given_back = True
                    if first is None:
                        if self._free < self.capacity:
                            self._free += 1
                        return
                    turn = place.turn = (first, self._line[first])
                    del self._line[first]
            waiter, handed = turn
            if waiter.wake():
                if place is not None:
                    place.turn = None
                return
            # Its loop is closed: its place is given back here, as its call would have (and
            # that call's clean-up, if it ever runs, gives nothing back: see give_up).
            place = handed

    def start_pause(self, waiter: W) -> None:
        """``waiter`` waits before trying again: ``end_waits`` wakes it."""
        with self._lock:
            self._pauses.add(waiter)

    def end_pause(self, waiter: W) -> None:
        with self._lock:
            self._pauses.discard(waiter)

    def end_waits(self) -> None:
        """Wake every waiter (the client was closed): those waiting to try again, and those
        waiting in line, which stay in it (handed no place: ``give_up`` says so) and find the
        client closed, rather than waiting for a call in flight to end."""
        with self._lock:
            pauses, self._pauses = self._pauses, set()
            in_line = list(self._line)
        for waiter in (*pauses, *in_line):
            waiter.wake()

    def _start_afresh(self) -> None:
        self._free = self.capacity
        self._line = OrderedDict()
        self._lock = threading.Lock()
        self._pauses = set()
        self._held = {}
        self._to_wake = []

    def _hold(self, place: Place) -> None:
        """Note ``place`` as its call's, on its event loop (under the lock)."""
        loop = place.loop
        if loop is not None:
            held = self._held.get(loop)
            if held is None:
                held = self._held[loop] = {}
            held[place] = None

    def _let_go(self, place: Place) -> None:
        """Forget ``place`` (under the lock), and its loop once it holds none: a loop noted
        makes calls of other loops look for places to take back (``held_elsewhere``)."""
        if place.loop is not None:
            held = self._held.get(place.loop)
            if held is not None:
                held.pop(place, None)
                if not held:
                    del self._held[place.loop]

    def held_elsewhere(self, running: Any) -> bool:
        """Whether calls on event loops other than ``running`` hold places: one of those
        loops may be closed under them (see ``_take_back``). A call waiting in line then
        looks again every ``retake_every`` seconds (``take_back``), else it would wait for
        a call arriving after it to find them."""
        return len(self._held) > (running in self._held)

    def take_back(self, running: Any) -> None:
        """Give back the places of calls on event loops closed since (see ``_take_back``)."""
        if self.held_elsewhere(running):
            self._take_back(running)

    def _take_back(self, running: Any) -> None:
        """Give back the places of calls on event loops closed since (``running``, the
        caller's, is not). A loop closed with calls unfinished never runs them again: not
        their clean-up either, which gives a place back. ``asyncio.run`` cancels every task
        before closing its loop, and waits for them; a KeyboardInterrupt (a signal's handler)
        in that wait cuts it short, and each run so interrupted lost places for good, until
        every call waited out its pool timeout."""
        with self._lock:
            ended = [loop for loop in self._held if loop is not running and loop.is_closed()]
            for place in [place for loop in ended for place in self._held[loop]]:
                waiter = place.waiter
                counted = place.taken or (waiter is not None and waiter not in self._line)
                first = next(iter(self._line), None)
                # (No function is called from here to the change of the count or the line,
                # and the waiter handed the place is noted as one to wake, in one step.)
                del self._held[place.loop][place]
                place.given_back = True
                if not counted:  # (still in line: it leaves it)
                    if waiter is not None and waiter in self._line:
                        del self._line[waiter]
                elif first is None:
                    if self._free < self.capacity:
                        self._free += 1
                else:
                    turn = (first, self._line[first])
                    del self._line[first]
                    self._to_wake.append(turn)
            for loop in ended:  # (it holds nothing now, and never will again)
                del self._held[loop]
        self._wake_those_handed_places()

    def _wake_those_handed_places(self) -> None:
        """Wake the waiters ``_take_back`` handed places. Each stays noted until woken: one an
        interrupt left asleep is woken by the next ``leave()`` (the interrupted call's own
        give-back, at the latest)."""
        while self._to_wake:
            with self._lock:
                if not self._to_wake:
                    return
                turn = self._to_wake[0]
            waiter, handed = turn
            woken = waiter.wake()
            with self._lock:
                if self._to_wake and self._to_wake[0] is turn:
                    del self._to_wake[0]
            if not woken:  # (its loop is closed; its place, held for it, is taken back
                self.leave(handed)  # here, or by a later take-back if this is cut short)

    def give_up(self, waiter: W) -> bool:
        """Leave the line (timeout, cancellation). ``True`` when the waiter had been handed a
        place meanwhile: it holds it now, and must use it or ``leave()`` (or the place passed
        it over, its loop closed: ``leave()`` then gives nothing back)."""
        with self._lock:
            if waiter in self._line:
                place = self._line[waiter]
                if place is not None:
                    place.waiter = None  # (handed none: see Place)
                del self._line[waiter]
                return False
            return True


class Place:
    """One holder's place in front of the pool: ``taken`` once held, ``given_back`` once
    ``leave`` has given it back; ``waiter``, the waiter that waited for it in line, if one
    did. A place is held from the moment it is handed over: from when its waiter leaves
    the line (``taken`` is set later, by the code that waited).

    Python handles a signal (Ctrl-C's KeyboardInterrupt, a handler's exception) wherever a
    function is called, the start of ``leave`` included: a give-back cut short there would
    lose the place for good, and once every place is lost each call waits ``timeout.pool``
    and fails. So the code that gives a place back calls ``leave(place)`` again where the
    first call raised: it gives the place back if the first did not get to it. Nor is one
    lost to an interrupt between its hand-over and the code that marks it taken: ``leave``
    reads it as held once its waiter is out of the line.
    """

    __slots__ = ("given_back", "loop", "taken", "turn", "waiter")
    taken: bool
    given_back: bool
    waiter: Any  # (the queue's waiter type: a Waiter or a SyncWaiter; None if it did not wait)
    loop: Any  # (the event loop of an async call: see AsyncPlace)
    turn: tuple[Any, Place | None] | None  # (the waiter it was given back to, until woken)

    def __init__(self, loop: Any = None) -> None:
        self.taken = False
        self.given_back = False
        self.waiter = None
        self.loop = loop
        self.turn = None


class AsyncPlace(Place):
    """The place of an async call, which knows the event loop it runs on (asyncio's, or a trio
    run): should that loop be closed under the call, never to run it again, the place is
    taken back (``Admission._take_back``)."""

    __slots__ = ()

    def __init__(self) -> None:
        Place.__init__(self, running_loop())


class Waiter:
    __slots__ = ("_event", "_loop")

    def __init__(self) -> None:
        import anyio  # here: a sync script imports nothing of the async side

        self._event = anyio.Event()
        # The loop it waits on (asyncio's, or a trio run): a call ending on another loop
        # (threads each running one on a client's pools, see _loops) wakes it through its own.
        self._loop = running_loop()

    def wake(self) -> bool:
        loop = self._loop
        if loop is None or loop is running_loop():
            self._event.set()
            return True
        try:
            loop.call_soon_threadsafe(self._event.set)
        except RuntimeError:  # (its loop is closed: no one waits there any more)
            return False
        return True

    async def wait(self, timeout: float | None) -> bool:
        """Wait to be woken, at most ``timeout`` seconds; whether it was."""
        import anyio

        with anyio.move_on_after(timeout):
            await self._event.wait()
        return self._event.is_set()


class SyncWaiter:
    """A thread's wait, on a lock of C held until it is woken: ``threading.Event``'s ``set()``
    runs Python code with its condition's lock held, where a signal's handler (Ctrl-C) that
    raised left that lock held and the woken thread waiting on it for good."""

    __slots__ = ("_asleep",)

    def __init__(self) -> None:
        self._asleep = threading.Lock()
        self._asleep.acquire()

    def wake(self) -> bool:
        with contextlib.suppress(RuntimeError):  # (woken already)
            self._asleep.release()
        return True

    def wait(self, timeout: float | None) -> bool:
        """Wait to be woken, at most ``timeout`` seconds; whether it was. Past what a lock
        can wait (``inf`` included: a caller's HTTP client's own pool timeout comes
        unchecked) is no limit, as httpcore reads it."""
        if timeout is None or timeout > threading.TIMEOUT_MAX:
            return self._asleep.acquire()
        return self._asleep.acquire(timeout=max(timeout, 0.0))


_BY_CLIENT: Final[weakref.WeakKeyDictionary[object, Admission[object]]] = (  # type: ignore[type-var]
    weakref.WeakKeyDictionary()
)
_BY_CLIENT_LOCK = threading.Lock()


def admission_for(client: object, capacity: int) -> Admission[Any]:
    """The one admission queue of an HTTP client, shared by every client of ours built on it
    (of any waiter type: the caller's annotation says which)."""
    with _BY_CLIENT_LOCK:
        admission = _BY_CLIENT.get(client)
        if admission is None:
            admission = _BY_CLIENT[client] = Admission(capacity)
        return admission


def _start_afresh_in_child() -> None:
    """After ``fork()``, in the child: every queue empty, every place free, new locks."""
    global _BY_CLIENT_LOCK
    _BY_CLIENT_LOCK = threading.Lock()
    for admission in list(_BY_CLIENT.values()):
        admission._start_afresh()


if hasattr(os, "register_at_fork"):  # (not on Windows, which has no fork)
    os.register_at_fork(after_in_child=_start_afresh_in_child)
