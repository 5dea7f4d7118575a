"""The fair admission queue in front of the connection pool: its bookkeeping, its size, and
how calls, timeouts, cancellation and streams go through it, on both forms and both stacks."""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import sys
import threading
import time
import warnings
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any

import httpx
import httpx2
import pytest

from langgraph_threads_client import (
    NOT_GIVEN,
    APIConnectionError,
    APITimeoutError,
    StreamDisconnectedError,
    SyncLangGraphClient,
    UnprocessableEntityError,
    get_client,
    get_sync_client,
)
from langgraph_threads_client._admission import (
    Admission,
    AsyncPlace,
    Place,
    SyncWaiter,
    Waiter,
    admission_for,
)
from langgraph_threads_client._defaults import (
    DEFAULT_POOL_CONNECTIONS,
    UNLIMITED_POOL_IN_FLIGHT,
)
from langgraph_threads_client._pool import running_loop
from langgraph_threads_client._stack import pool_limit, streams_take_places
from tests.forms import bridge_async, bridge_sync
from tests.unit import test_interrupts as interrupts
from tests.unit.test_interrupts import InterruptAt, Interrupted
from tests.unit.test_join_stream import THREAD, THREAD_ID
from tests.waits import SleepRecorder

STACKS = ["httpx", "httpx2"]
URL = "http://gate.test"


class Token:
    def __init__(self, *, wakeable: bool = True) -> None:
        self.woken = False
        self.wakeable = wakeable

    def wake(self) -> bool:
        self.woken = self.wakeable
        return self.wakeable


# --- the bookkeeping ---------------------------------------------------------------------------


def test_places_are_handed_to_waiters_first_come_first_served() -> None:
    admission: Admission[Token] = Admission(2)
    assert admission.enter_or_queue(Token) is None
    assert admission.enter_or_queue(Token) is None
    first, second = admission.enter_or_queue(Token), admission.enter_or_queue(Token)
    assert first is not None
    assert second is not None
    assert (admission.in_use, admission.waiting) == (2, 2)
    admission.leave()
    assert first.woken
    assert not second.woken
    admission.leave()
    assert second.woken
    assert (admission.in_use, admission.waiting) == (2, 0)
    admission.leave()
    admission.leave()
    assert admission.in_use == 0


def test_a_place_is_held_from_its_hand_over_whatever_interrupts_its_holder() -> None:
    """An interrupt (Ctrl-C's KeyboardInterrupt) in a waiter's code between the hand-over and
    its marking the place taken, or before it gave up its place in line: the give-back in
    its call's ``finally`` (``leave(place)``, perhaps twice) keeps the count right."""
    admission: Admission[Token] = Admission(1)
    holder = Place()
    assert admission.enter_or_queue(Token, holder) is None
    handed = Place()
    waiter = admission.enter_or_queue(Token, handed)
    assert waiter is not None
    admission.leave(holder)
    assert waiter.woken
    assert not handed.taken  # (interrupted before its code marked it)
    assert admission.in_use == 1
    admission.leave(handed)
    admission.leave(handed)  # (again, where the first was cut short: nothing more)
    assert (admission.in_use, admission.waiting) == (0, 0)

    holder = Place()
    assert admission.enter_or_queue(Token, holder) is None
    stranded, given_up = Place(), Place()
    assert admission.enter_or_queue(Token, stranded) is not None  # (interrupted in line)
    quitter = admission.enter_or_queue(Token, given_up)
    assert quitter is not None
    assert not admission.give_up(quitter)  # (a timeout: handed none)
    for place in (stranded, stranded, given_up):
        admission.leave(place)
    assert (admission.in_use, admission.waiting) == (1, 0)  # (the holder's alone)
    admission.leave(holder)
    assert (admission.in_use, admission.waiting) == (0, 0)


def test_a_place_passes_over_a_waiter_that_cannot_be_woken() -> None:
    admission: Admission[Token] = Admission(1)
    assert admission.enter_or_queue(Token) is None
    gone = admission.enter_or_queue(lambda: Token(wakeable=False))  # (its loop closed)
    next_in_line = admission.enter_or_queue(Token)
    assert gone is not None
    assert next_in_line is not None
    admission.leave()
    assert (gone.woken, next_in_line.woken) == (False, True)
    assert (admission.in_use, admission.waiting) == (1, 0)
    gone_too = admission.enter_or_queue(lambda: Token(wakeable=False))
    admission.leave()  # handed on: to no one who can take it, so it is free
    assert gone_too is not None
    assert not gone_too.woken
    assert (admission.in_use, admission.waiting) == (0, 0)


def test_a_place_passed_over_a_waiter_on_a_closed_loop_is_not_given_back_by_it() -> None:
    """Its call, left on the closed loop, may still be closed by hand (or by the collector):
    its clean-up gives up its wait and gives back its place, which was passed on already."""
    admission: Admission[Token] = Admission(1)
    holder, gone_place, next_place = Place(), Place(), Place()
    assert admission.enter_or_queue(Token, holder) is None
    gone = admission.enter_or_queue(lambda: Token(wakeable=False), gone_place)
    next_in_line = admission.enter_or_queue(Token, next_place)
    assert gone is not None
    assert next_in_line is not None
    admission.leave(holder)
    assert next_in_line.woken
    if admission.give_up(gone):  # (the clean-up of a call whose wait was cut short)
        gone_place.taken = True
    admission.leave(gone_place)
    assert (admission.in_use, admission.waiting) == (1, 0)
    newcomer = admission.enter_or_queue(Token)
    assert newcomer is not None  # (no second call past a queue of 1)
    admission.leave(next_place)
    assert newcomer.woken
    assert (admission.in_use, admission.waiting) == (1, 0)


async def enter_on_this_loop(admission: Admission[Waiter]) -> tuple[AsyncPlace, Waiter | None]:
    place = AsyncPlace()  # (of the running loop)
    return place, admission.enter_or_queue(Waiter, place)


async def enter_interrupted(admission: Admission[Waiter], at: int) -> None:
    """Enter, interrupted at the ``at``-th point a signal's handler may run, and give the
    place back as a call does, even where that was cut short."""
    place = AsyncPlace()
    sys.settrace(InterruptAt(at))
    try:
        assert admission.enter_or_queue(Waiter, place) is None
    finally:
        sys.settrace(None)
        try:
            admission.leave(place)
        except BaseException:
            admission.leave(place)


def take_every_place(
    loop: asyncio.AbstractEventLoop, admission: Admission[Any], places: int
) -> None:
    """``places`` calls on ``loop`` take every place."""
    for _ in range(places):
        assert loop.run_until_complete(enter_on_this_loop(admission))[1] is None


def entry_interrupted(loop: asyncio.AbstractEventLoop, admission: Admission[Any], at: int) -> bool:
    """Whether a call entering on ``loop`` was interrupted at the ``at``-th point a handler
    may run (else it met every point)."""
    try:
        loop.run_until_complete(enter_interrupted(admission, at))
    except Interrupted:
        return True
    return False


def test_places_of_calls_left_on_a_closed_loop_are_taken_back_once_a_call_needs_one() -> None:
    """A loop closed with calls unfinished never runs them again, nor their clean-up:
    ``asyncio.run`` cancels a loop's tasks and waits for them before closing it, and a
    KeyboardInterrupt (a signal's handler) in that wait cuts it short."""
    admission: Admission[Waiter] = Admission(2)
    closing, open_loop = asyncio.new_event_loop(), asyncio.new_event_loop()

    def enter() -> Coroutine[Any, Any, tuple[AsyncPlace, Waiter | None]]:
        return enter_on_this_loop(admission)

    try:
        held, in_line = closing.run_until_complete(enter())
        live, _ = open_loop.run_until_complete(enter())
        handed, waiter = closing.run_until_complete(enter())
        assert (in_line, waiter is not None) == (None, True)
        admission.leave(live)  # handed to the call in line, which never runs again
        closing.close()
        assert (admission.in_use, admission.waiting) == (2, 0)
        late, in_line = open_loop.run_until_complete(enter())
        assert in_line is None  # (not made to wait)
        assert (held.given_back, handed.given_back, late.given_back) == (True, True, False)
        for place in (held, handed):  # (their clean-up, should it ever run)
            admission.leave(place)
        assert (admission.in_use, admission.waiting) == (1, 0)
        assert open_loop.run_until_complete(enter())[1] is None
        # The calls of a loop still open keep their places:
        assert open_loop.run_until_complete(enter())[1] is not None
        assert (admission.in_use, admission.waiting) == (2, 1)
    finally:
        closing.close()
        open_loop.close()


def test_a_take_back_counts_each_place_left_on_a_closed_loop_as_it_was() -> None:
    """Handed to the first in line if its call held it; if its call still waited in line,
    or had only noted it (an interrupt right after), it leaves without freeing one."""
    closing, open_loop = asyncio.new_event_loop(), asyncio.new_event_loop()

    async def take_back(admission: Admission[Waiter]) -> None:
        admission.take_back(running_loop())

    def enter(loop: asyncio.AbstractEventLoop, admission: Admission[Waiter]) -> Any:
        return loop.run_until_complete(enter_on_this_loop(admission))

    async def noted_only(admission: Admission[Waiter]) -> None:
        with admission._lock:
            admission._hold(AsyncPlace())

    held_one, in_line_one = Admission[Waiter](1), Admission[Waiter](1)
    noted_one = Admission[Waiter](2)
    try:
        enter(closing, held_one)  # (held)
        handed, waiter = enter(open_loop, held_one)
        live, _ = enter(open_loop, in_line_one)
        assert enter(closing, in_line_one)[1] is not None  # (waits in line)
        other, _ = enter(open_loop, noted_one)
        closing.run_until_complete(noted_only(noted_one))
        closing.close()
        for admission in (held_one, in_line_one, noted_one):
            open_loop.run_until_complete(take_back(admission))
            assert closing not in admission._held
        assert (held_one.in_use, held_one.waiting, waiter._event.is_set()) == (1, 0, True)
        held_one.leave(handed)
        assert (in_line_one.in_use, in_line_one.waiting) == (1, 0)
        in_line_one.leave(live)  # (to the free places: none is handed to the call gone)
        assert noted_one.in_use == 1
        noted_one.leave(other)
        for admission in (held_one, in_line_one, noted_one):
            assert (admission.in_use, admission.waiting) == (0, 0)
    finally:
        closing.close()
        open_loop.close()


def test_calls_in_line_look_for_places_to_take_back_only_while_other_loops_hold_some() -> None:
    """(A loop idle in a thread, which once held one, made every call in line of another
    loop look every second, for good.)"""
    admission = Admission[Waiter](2)
    idle, running = asyncio.new_event_loop(), asyncio.new_event_loop()

    async def held_elsewhere() -> bool:
        return admission.held_elsewhere(running_loop())

    try:
        place, _ = idle.run_until_complete(enter_on_this_loop(admission))
        running.run_until_complete(enter_on_this_loop(admission))
        assert running.run_until_complete(held_elsewhere()) is True
        admission.leave(place)
        assert running.run_until_complete(held_elsewhere()) is False
        assert idle.run_until_complete(held_elsewhere()) is True
    finally:
        idle.close()
        running.close()


def test_an_interrupt_anywhere_as_places_are_taken_back_loses_none_and_frees_none_twice() -> None:
    """At each point of a call that takes places back where a signal's handler may run: the
    call's own clean-up (``leave(place)``, again where it was cut short) leaves the count
    right, so that the next calls get exactly the places there are."""
    points = 0
    while True:
        admission: Admission[Waiter] = Admission(3)
        closing, open_loop = asyncio.new_event_loop(), asyncio.new_event_loop()
        try:
            take_every_place(closing, admission, 3)
            in_line = closing.run_until_complete(enter_on_this_loop(admission))[1]
            assert in_line is not None  # (never to be woken)
            closing.close()
            if not entry_interrupted(open_loop, admission, points + 1):
                break  # (every point met)
            points += 1
            # Whatever was cut short: the three places are there to take, and no more.
            entered = [
                open_loop.run_until_complete(enter_on_this_loop(admission)) for _ in range(4)
            ]
            assert [waiter is None for _, waiter in entered] == [True, True, True, False]
            assert (admission.in_use, admission.waiting) == (3, 1)
        finally:
            closing.close()
            open_loop.close()
    assert points >= 3, points  # (the tracer met the code; Python 3.13 reports fewer points)


def test_an_interrupt_anywhere_as_places_are_taken_back_leaves_no_waiter_asleep() -> None:
    """A call in line when places are taken back is woken, holding one, or still in line,
    whatever point of the take-back an interrupt lands on (taken out of the line and not
    woken, it slept until its pool timeout, or for good without one)."""
    points = 0
    while True:
        admission: Admission[Any] = Admission(2)
        closing, open_loop = asyncio.new_event_loop(), asyncio.new_event_loop()
        try:
            take_every_place(closing, admission, 2)
            in_line = admission.enter_or_queue(SyncWaiter, Place())  # (a thread's call)
            assert in_line is not None
            closing.close()
            if not entry_interrupted(open_loop, admission, points + 1):
                break  # (every point met)
            points += 1
            assert in_line.wait(0) or in_line in admission._line, f"asleep after {points}"
        finally:
            closing.close()
            open_loop.close()
    assert points >= 3, points  # (the tracer met the code; Python 3.13 reports fewer points)


def test_an_interrupt_anywhere_in_a_give_back_leaves_the_waiter_handed_the_place_woken() -> None:
    """At each point of ``leave(place)`` where a signal's handler may run, with the retry a
    call makes where it was cut short: the first in line is woken, holding the place, or
    still in line (it slept until its pool timeout, or for good without one, when the
    interrupt came after it was taken out of the line)."""
    points = 0
    while True:
        admission: Admission[SyncWaiter] = Admission(1)
        holder, handed = Place(), Place()
        assert admission.enter_or_queue(SyncWaiter, holder) is None
        waiter = admission.enter_or_queue(SyncWaiter, handed)
        assert waiter is not None
        sys.settrace(InterruptAt(points + 1))
        try:
            admission.leave(holder)
        except Interrupted:
            sys.settrace(None)
            admission.leave(holder)  # (the retry)
            points += 1
        else:
            break  # (every point met)
        finally:
            sys.settrace(None)
        assert waiter.wait(0) or admission.waiting == 1, f"asleep after point {points}"
        assert admission.in_use == 1
    assert points >= 3, points  # (the tracer met the code; Python 3.13 reports fewer points)


def wait_then_note(waiter: SyncWaiter, woke: threading.Event) -> None:
    if waiter.wait(10):
        woke.set()


def wake_interrupted(waiter: SyncWaiter, at: int, outcome: list[str]) -> None:
    """Wake ``waiter``, interrupted at the ``at``-th point a handler may run (and again, as a
    retried give-back wakes it, where it was)."""
    sys.settrace(InterruptAt(at))
    try:
        waiter.wake()
    except Interrupted:
        sys.settrace(None)
        waiter.wake()
        outcome.append("interrupted")
    else:
        outcome.append("every point met")
    finally:
        sys.settrace(None)


def test_an_interrupt_anywhere_in_waking_a_thread_leaves_it_awake(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A thread waiting in line is woken whatever point of its wake-up an interrupt lands on,
    the standard library's code included: ``threading.Event.set`` holds its condition's lock
    while it runs Python code, and an interrupt there left the lock held and the woken thread
    waiting on it for good."""
    monkeypatch.setattr(interrupts, "TRACED", (*interrupts.TRACED, "threading", "contextlib"))
    points = 0
    while True:
        waiter, woke, outcome = SyncWaiter(), threading.Event(), list[str]()
        sleeper = threading.Thread(target=wait_then_note, args=(waiter, woke), daemon=True)
        sleeper.start()
        waker = threading.Thread(
            target=wake_interrupted, args=(waiter, points + 1, outcome), daemon=True
        )
        waker.start()
        waker.join(5)
        assert outcome, f"the wake-up itself hung at point {points + 1}"
        assert woke.wait(5), f"asleep after point {points + 1}"
        sleeper.join(5)
        if outcome == ["every point met"]:
            break
        points += 1
    assert points >= 1, points


def test_a_waiter_on_another_threads_loop_is_woken_through_that_loop() -> None:
    admission: Admission[Waiter] = Admission(1)
    assert admission.enter_or_queue(Waiter) is None
    queued = threading.Event()
    released = threading.Event()
    outcome: list[bool] = []

    async def wait_in_line() -> None:
        waiter = admission.enter_or_queue(Waiter)
        assert waiter is not None
        queued.set()
        outcome.append(await waiter.wait(10.0))

    other = threading.Thread(target=lambda: asyncio.run(wait_in_line()))
    other.start()
    assert queued.wait(10.0)

    async def leave_here() -> None:  # (on a loop of this thread, not the waiter's)
        admission.leave()
        released.set()

    asyncio.run(leave_here())
    other.join(10.0)
    assert released.is_set()
    assert outcome == [True]
    assert (admission.in_use, admission.waiting) == (1, 0)


def test_a_waiter_woken_on_its_own_loop_is_awake_at_once() -> None:
    # (not at the loop's next turn: the place it was handed is its own before the one who
    # handed it goes on)
    async def woken_here() -> bool:
        waiter = Waiter()
        assert waiter.wake() is True
        return waiter._event.is_set()

    assert asyncio.run(woken_here()) is True


def test_a_waiter_whose_loop_is_closed_cannot_be_woken() -> None:
    async def made_on_a_loop() -> Waiter:
        return Waiter()

    waiter = asyncio.run(made_on_a_loop())  # (asyncio.run closes its loop)
    assert waiter.wake() is False


@pytest.mark.parametrize("timeout", [math.inf, 1e12])
def test_a_thread_waiting_longer_than_a_lock_can_time_waits_without_limit(
    timeout: float,
) -> None:
    """As httpcore reads a pool timeout of ``inf`` (a caller's HTTP client's own timeout
    comes unchecked): a lock refused it (OverflowError)."""
    waiter = SyncWaiter()
    waking = threading.Timer(0.05, waiter.wake)
    waking.start()
    try:
        assert waiter.wait(timeout) is True
    finally:
        waking.cancel()


def test_no_barging_while_others_wait() -> None:
    admission: Admission[Token] = Admission(1)
    assert admission.enter_or_queue(Token) is None
    waiter = admission.enter_or_queue(Token)
    admission.leave()  # handed to the waiter, not freed
    assert waiter is not None
    assert waiter.woken
    assert admission.enter_or_queue(Token) is not None  # a newcomer queues behind


def test_giving_up_leaves_the_line_or_reports_a_place_handed_over() -> None:
    admission: Admission[Token] = Admission(1)
    assert admission.enter_or_queue(Token) is None
    queued = admission.enter_or_queue(Token)
    assert queued is not None
    assert admission.give_up(queued) is False
    assert admission.waiting == 0
    handed = admission.enter_or_queue(Token)
    assert handed is not None
    admission.leave()
    assert admission.give_up(handed) is True  # it holds the place: it must leave() itself
    admission.leave()
    assert admission.in_use == 0


def test_after_a_fork_the_child_starts_with_every_place_free() -> None:
    from langgraph_threads_client._admission import _start_afresh_in_child

    client = Token()  # (any object an admission can be kept for, alive while the test runs)
    admission: Admission[Token] = admission_for(client, 2)
    assert admission.enter_or_queue(Token) is None
    assert admission.enter_or_queue(Token) is None
    assert admission.enter_or_queue(Token) is not None
    admission._to_wake.append((Token(), None))  # (one a take-back had yet to wake)
    _start_afresh_in_child()  # what os.register_at_fork runs in a child
    assert (admission.in_use, admission.waiting, admission._to_wake) == (0, 0, [])
    # A place taken before the fork and given back in the child is free already.
    admission.leave()
    assert admission.in_use == 0
    assert admission.enter_or_queue(Token) is None
    assert admission.enter_or_queue(Token) is None
    assert admission.enter_or_queue(Token) is not None
    # The queues of clients made in the child come as in any process.
    another = Token()
    assert admission_for(another, 1) is admission_for(another, 1)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() is POSIX")
def test_a_sync_client_serves_a_child_forked_while_threads_have_calls_in_flight() -> None:
    # As httpx's pool serves the child at once: the calls other threads had in flight never
    # end in the child, and must not keep their places there.
    forking_pid = os.getpid()
    release = threading.Event()

    def handle(request: httpx.Request) -> httpx.Response:
        if os.getpid() == forking_pid:
            release.wait(10)  # the parent's calls stay in flight until the child is done
        return httpx.Response(200, json=1 if "count" in request.url.path else THREAD)

    http = httpx.Client(transport=httpx.MockTransport(handle))
    admission_for(http, 2)
    with get_sync_client(http_client=http, url=URL, timeout=httpx.Timeout(5, pool=2)) as client:
        busy = [threading.Thread(target=client.threads.count) for _ in range(2)]
        for thread in busy:
            thread.start()
        while client._http.admission.in_use < 2:
            time.sleep(0.001)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # (3.12+: fork with threads)
            pid = os.fork()
        if pid == 0:  # the child: one call, then out without running the parent's cleanup
            try:
                code = 0 if client.threads.get(THREAD_ID).thread_id == THREAD_ID else 1
            except BaseException:
                code = 2
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        release.set()
        for thread in busy:
            thread.join()
    http.close()
    assert os.waitstatus_to_exitcode(status) == 0


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Admission(0)


# --- its size follows the pool's ---------------------------------------------------------------


@pytest.mark.parametrize("library", [httpx, httpx2])
@pytest.mark.parametrize("sync", [True, False])
def test_size_follows_the_pools_max_connections(library: Any, sync: bool) -> None:
    make = library.Client if sync else library.AsyncClient
    # (options, the pool's max_connections, its max_keepalive_connections)
    cases = [
        ({}, DEFAULT_POOL_CONNECTIONS, 20),
        ({"limits": library.Limits(max_connections=7)}, 7, 7),
        ({"limits": library.Limits(max_connections=7, max_keepalive_connections=1)}, 7, 1),
        ({"limits": library.Limits(max_connections=7, max_keepalive_connections=0)}, 7, 0),
        # (Limits(max_connections=None) leaves keep-alive unlimited too.)
        ({"limits": library.Limits(max_connections=None)}, UNLIMITED_POOL_IN_FLIGHT, sys.maxsize),
        (
            {"limits": library.Limits(max_connections=None, max_keepalive_connections=5)},
            UNLIMITED_POOL_IN_FLIGHT,
            5,
        ),
        # Unknown: a transport that is not the library's own pool.
        ({"transport": library.MockTransport(lambda r: library.Response(200))}, 100, 100),
    ]
    for options, connections, keep_alive in cases:
        client = make(**options)
        assert pool_limit(client) == connections, options
        gated = get_sync_client(http_client=client) if sync else get_client(http_client=client)
        if library is httpx2:
            # httpx2's pool serves calls waiting in it well: as many again wait there.
            expected = min(2 * connections, UNLIMITED_POOL_IN_FLIGHT)
        elif sync:
            # httpx's sync pool can close a connection it handed out when more are idle than
            # it keeps alive (encode/httpcore#1110): never more calls than that in flight.
            expected = max(1, min(connections, keep_alive))
        else:
            expected = connections
        assert gated._http.admission.capacity == expected, options


@pytest.mark.parametrize("library", [httpx, httpx2])
def test_streams_take_places_unless_a_sync_httpx_pool_keeps_every_connection(
    library: Any,
) -> None:
    # (options, whether a stream takes a place: sync, async)
    cases = [
        ({}, True, True),
        ({"limits": library.Limits(max_connections=7, max_keepalive_connections=6)}, True, True),
        ({"limits": library.Limits(max_connections=7)}, library is httpx2, True),
        ({"limits": library.Limits(max_connections=None)}, library is httpx2, True),
        (
            {"limits": library.Limits(max_connections=None, max_keepalive_connections=5)},
            True,
            True,
        ),
        ({"transport": library.MockTransport(lambda r: library.Response(200))}, True, True),
    ]
    for options, sync_takes, async_takes in cases:
        assert streams_take_places(library.Client(**options)) is sync_takes, options
        assert streams_take_places(library.AsyncClient(**options)) is async_takes, options


def test_the_clients_made_here() -> None:
    # Both: 100 calls at once, every connection kept alive (their pools never close one a call
    # holds: _pool). The sync one: streams besides the calls, up to its 100 connections.
    with get_sync_client(url=URL) as client:
        assert client._http.admission.capacity == DEFAULT_POOL_CONNECTIONS == 100
        assert client._http.streams_take_places is False
        pool = client.http_client._transport._pool  # type: ignore[attr-defined]
        assert pool._max_connections == pool._max_keepalive_connections == 100
    # The async one: 100 calls or streams at once.
    async_client = get_client(url=URL)
    assert async_client._http.admission.capacity == DEFAULT_POOL_CONNECTIONS
    assert async_client._http.streams_take_places is True
    pool = async_client.http_client._transport._pool  # type: ignore[attr-defined]
    assert pool._max_connections == pool._max_keepalive_connections == 100


def test_every_client_on_one_http_client_shares_one_queue() -> None:
    http = httpx.AsyncClient()
    first, second = get_client(http_client=http), get_client(http_client=http)
    view = first.threads.with_options(timeout=3)
    assert first._http.admission is second._http.admission is view._http.admission
    assert get_client()._http.admission is not first._http.admission


# --- calls through it --------------------------------------------------------------------------


class SlowServer:
    """Answers ``count`` after ``delay`` s, noting the order of arrival and the peak in flight."""

    def __init__(self, delay: float = 0.005) -> None:
        self.delay = delay
        self.order: list[str] = []
        self.timeouts: list[dict[str, float | None]] = []
        self.in_flight = 0
        self.peak = 0
        self.release = asyncio.Event()
        self.hold = False
        self.lock = threading.Lock()

    def _arrive(self, request: httpx.Request) -> None:
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            self.order.append(request.headers.get("x-n", ""))
            self.timeouts.append(request.extensions["timeout"])

    def _depart(self) -> httpx.Response:
        with self.lock:
            self.in_flight -= 1
        return httpx.Response(200, json=1 if True else 0)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        self._arrive(request)
        if self.hold:
            await self.release.wait()
        await asyncio.sleep(self.delay)
        return self._depart()

    def handle_sync(self, request: httpx.Request) -> httpx.Response:
        self._arrive(request)
        time.sleep(self.delay)
        return self._depart()


def async_http(stack: str, handler: Callable[..., Any], capacity: int, **options: Any) -> Any:
    if stack == "httpx":
        http: Any = httpx.AsyncClient(transport=httpx.MockTransport(handler), **options)
    else:
        transport = httpx2.MockTransport(bridge_async(handler))
        http = httpx2.AsyncClient(transport=transport, **options)
    admission_for(http, capacity)  # a mock has no pool: give its queue a size
    return http


def sync_http(stack: str, handler: Callable[..., Any], capacity: int, **options: Any) -> Any:
    if stack == "httpx":
        http: Any = httpx.Client(transport=httpx.MockTransport(handler), **options)
    else:
        http = httpx2.Client(transport=httpx2.MockTransport(bridge_sync(handler)), **options)
    admission_for(http, capacity)
    return http


@pytest.mark.parametrize("stack", STACKS)
def test_calls_beyond_the_pool_wait_and_go_in_arrival_order(stack: str) -> None:
    server = SlowServer()

    async def scenario() -> list[int]:
        http = async_http(stack, server.handle_async, capacity=3)
        async with get_client(http_client=http, url=URL) as client, http:
            return await asyncio.gather(
                *(client.threads.count(headers={"x-n": str(n)}) for n in range(40))
            )

    assert asyncio.run(scenario()) == [1] * 40
    assert server.peak == 3
    assert server.order == [str(n) for n in range(40)]


@pytest.mark.parametrize("stack", STACKS)
def test_threads_sharing_a_sync_client_wait_their_turn(stack: str) -> None:
    server = SlowServer(delay=0.002)
    http = sync_http(stack, server.handle_sync, capacity=4)
    with get_sync_client(http_client=http, url=URL) as client, http:

        def calls(_: int) -> list[int]:
            return [client.threads.count() for _ in range(10)]

        threads = [threading.Thread(target=calls, args=(n,)) for n in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(server.order) == 160
        assert server.peak <= 4
        assert client._http.admission.in_use == 0


@pytest.mark.parametrize("stack", STACKS)
def test_the_wait_in_line_counts_against_timeout_pool(stack: str) -> None:
    server = SlowServer(delay=0.1)

    async def scenario() -> None:
        http = async_http(stack, server.handle_async, capacity=1)
        async with get_client(http_client=http, url=URL, timeout=5.0) as client, http:
            await asyncio.gather(client.threads.count(), client.threads.count())

    asyncio.run(scenario())
    first, second = server.timeouts
    assert first["pool"] == 5.0
    assert second["pool"] is not None
    assert 4.5 < second["pool"] <= 4.91
    assert second["read"] == 5.0  # only the pool part is shortened


# A call that waited its pool timeout (0.05 s) for a place: said as a pool's, with why.
POOL_TIMEOUT = (
    r"^Request timed out \(PoolTimeout: no connection was free within 0\.05 s \(.*\); raise"
    r" timeout\.pool, .* to let more calls wait or run\)\.$"
)


def says_why(caught: pytest.ExceptionInfo[APITimeoutError]) -> bool:
    # (and names the request it did not send, as every error a call raises does)
    assert caught.value.request.url.path == "/threads/count"
    return str(caught.value.__cause__).startswith("no connection was free within 0.05 s ")


@pytest.mark.parametrize("stack", STACKS)
@pytest.mark.parametrize("sync", [True, False])
@pytest.mark.parametrize("set_on", ["client", "http_client"])
def test_waiting_longer_than_timeout_pool_fails_and_is_not_retried(
    stack: str, sync: bool, set_on: str
) -> None:
    server = SlowServer(delay=0.3)
    # Given to this client, or the caller's HTTP client's own (then this client gives none).
    library: Any = httpx if stack == "httpx" else httpx2
    on_http = {"timeout": library.Timeout(5.0, pool=0.05)} if set_on == "http_client" else {}
    timeout = httpx.Timeout(5.0, pool=0.05) if set_on == "client" else NOT_GIVEN
    if sync:
        http = sync_http(stack, server.handle_sync, capacity=1, **on_http)
        with get_sync_client(http_client=http, url=URL, timeout=timeout) as client, http:
            holder = threading.Thread(target=client.threads.count)
            holder.start()
            while not server.order:
                time.sleep(0.001)
            with pytest.raises(APITimeoutError, match=POOL_TIMEOUT) as caught:
                client.threads.count()
            assert says_why(caught)
            holder.join()
            admission = client._http.admission
    else:

        async def scenario() -> Any:
            http = async_http(stack, server.handle_async, capacity=1, **on_http)
            async with get_client(http_client=http, url=URL, timeout=timeout) as client, http:
                holder = asyncio.create_task(client.threads.count())
                await asyncio.sleep(0.01)
                with pytest.raises(APITimeoutError, match=POOL_TIMEOUT) as caught:
                    await client.threads.count()
                assert says_why(caught)
                await holder
                return client._http.admission

        admission = asyncio.run(scenario())
    assert len(server.order) == 1  # the one that timed out was never sent, nor retried
    assert (admission.in_use, admission.waiting) == (0, 0)


@pytest.mark.parametrize("stack", STACKS)
def test_a_cancelled_waiter_leaves_no_trace(stack: str) -> None:
    server = SlowServer()
    server.hold = True

    async def scenario() -> Admission[Any]:
        http = async_http(stack, server.handle_async, capacity=1)
        async with get_client(http_client=http, url=URL) as client, http:
            admission = client._http.admission
            holder = asyncio.create_task(client.threads.count())
            await asyncio.sleep(0.01)
            waiter = asyncio.create_task(client.threads.count())
            await asyncio.sleep(0.01)
            assert admission.waiting == 1
            waiter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await waiter
            assert (admission.in_use, admission.waiting) == (1, 0)
            server.release.set()
            assert await holder == 1
            assert await client.threads.count() == 1
            return admission

    admission = asyncio.run(scenario())
    assert (admission.in_use, admission.waiting) == (0, 0)
    assert len(server.order) == 2


@pytest.mark.parametrize("stack", STACKS)
def test_calls_left_unfinished_on_a_closed_loop_keep_no_place(stack: str) -> None:
    """As a KeyboardInterrupt in ``asyncio.run``'s clean-up leaves them: calls in flight and
    in line on a loop closed under them. The next loop's calls get through at once (they
    waited in line until their pool timeout)."""
    server = SlowServer()
    server.hold = True
    http = async_http(stack, server.handle_async, capacity=2, timeout=2.0)
    client = get_client(http_client=http, url=URL)
    left = asyncio.new_event_loop()
    left.set_exception_handler(lambda loop, context: None)  # (its tasks, destroyed pending)

    async def start() -> list[asyncio.Task[int]]:
        calls = [asyncio.ensure_future(client.threads.count()) for _ in range(3)]
        for _ in range(5000):  # (until two are in flight and one waits in line)
            if server.in_flight == 2 and client._http.admission.waiting == 1:
                return calls
            await asyncio.sleep(0.001)
        raise AssertionError("the calls did not start")

    async def again() -> list[int]:
        return await asyncio.gather(*(client.threads.count() for _ in range(3)))

    try:
        unfinished = left.run_until_complete(start())
        left.close()
        server.hold = False
        started = time.monotonic()
        assert asyncio.run(again()) == [1, 1, 1]
        assert time.monotonic() - started < 1
    finally:
        left.close()
    assert not any(call.done() for call in unfinished)
    assert client._http.admission.waiting == 0
    for call in unfinished:
        with contextlib.suppress(Exception):  # (its clean-up, by hand: no loop runs it)
            call.get_coro().close()  # type: ignore[union-attr, unused-ignore]
    assert (client._http.admission.in_use, client._http.admission.waiting) == (0, 0)


@pytest.mark.parametrize("sync", [True, False])
@pytest.mark.parametrize(("pool", "answered"), [(math.nan, 1), (0.0, 1), (math.inf, 2), (1e12, 2)])
def test_a_pool_timeout_of_nan_waits_in_line_for_nothing_and_of_inf_without_limit(
    sync: bool, pool: float, answered: int
) -> None:
    """Two calls on one place of a caller's HTTP client, whose own timeout comes unchecked
    (a lock refused inf, OverflowError; a lock and anyio refused NaN, ValueError), as
    httpcore reads them."""
    server = SlowServer(delay=0.2)
    timeout = httpx.Timeout(5.0, pool=pool)
    outcomes: list[str] = []

    def outcome(call: Callable[[], object]) -> None:
        try:
            call()
            outcomes.append("answered")
        except APITimeoutError:
            outcomes.append("pool timeout")

    if sync:
        # The first answer waits until the second call is in line or has failed: however
        # late a thread starts, the two meet.
        both_in = threading.Event()

        def answer(request: httpx.Request) -> httpx.Response:
            both_in.wait(10.0)
            return httpx.Response(200, json=1)

        with (
            sync_http("httpx", answer, capacity=1, timeout=timeout) as http,
            get_sync_client(http_client=http, url=URL) as client,
        ):
            calls = [threading.Thread(target=outcome, args=(client.threads.count,)) for _ in "ab"]
            for call in calls:
                call.start()
            for _ in range(10_000):
                if client._http.admission.waiting or outcomes:
                    break
                time.sleep(0.001)
            both_in.set()
            for call in calls:
                call.join(10.0)
    else:

        async def both() -> None:
            http = async_http("httpx", server.handle_async, capacity=1, timeout=timeout)
            async with get_client(http_client=http, url=URL) as client, http:
                results = await asyncio.gather(
                    client.threads.count(), client.threads.count(), return_exceptions=True
                )
            for result in results:
                if isinstance(result, BaseException) and not isinstance(result, APITimeoutError):
                    raise result
                outcomes.append(
                    "pool timeout" if isinstance(result, APITimeoutError) else "answered"
                )

        asyncio.run(both())
    assert sorted(outcomes) == ["answered"] * answered + ["pool timeout"] * (2 - answered)


@pytest.mark.parametrize("stack", STACKS)
def test_a_call_in_line_takes_the_place_of_one_left_on_a_loop_closed_since(stack: str) -> None:
    """With no call arriving after it to find that place: it looks for such places as it
    waits (without a pool timeout, it waited for good; with one, it failed at its end)."""
    server = SlowServer()
    server.hold = True
    http = async_http(stack, server.handle_async, capacity=1, timeout=None)
    client = get_client(http_client=http, url=URL)
    admission = client._http.admission
    admission.retake_every = 0.05
    left = asyncio.new_event_loop()
    left.set_exception_handler(lambda loop, context: None)  # (its task, destroyed pending)

    async def start() -> asyncio.Task[int]:
        call = asyncio.ensure_future(client.threads.count())
        for _ in range(5000):
            if server.in_flight == 1:
                return call
            await asyncio.sleep(0.001)
        raise AssertionError("the call did not start")

    answers: list[int] = []
    in_line = threading.Thread(
        target=lambda: answers.append(asyncio.run(client.threads.count())), daemon=True
    )
    try:
        unfinished = left.run_until_complete(start())
        in_line.start()
        for _ in range(5000):
            if admission.waiting == 1:
                break
            time.sleep(0.001)
        assert admission.waiting == 1
        server.hold = False
        left.close()
        in_line.join(10.0)
        assert answers == [1]
    finally:
        left.close()
    with contextlib.suppress(Exception):  # (its clean-up, by hand: no loop runs it)
        unfinished.get_coro().close()  # type: ignore[union-attr, unused-ignore]
    assert (admission.in_use, admission.waiting) == (0, 0)
    assert left not in admission._held  # (forgotten: no call waits in slices for it)


@pytest.mark.parametrize("stack", STACKS)
def test_a_waiter_cancelled_behind_another_lets_no_call_past_the_pools_size(stack: str) -> None:
    server = SlowServer()
    server.hold = True

    async def scenario() -> None:
        http = async_http(stack, server.handle_async, capacity=1)
        async with get_client(http_client=http, url=URL) as client, http:
            holder = asyncio.create_task(client.threads.count())
            await asyncio.sleep(0.01)
            first, second = (asyncio.create_task(client.threads.count()) for _ in range(2))
            await asyncio.sleep(0.01)
            second.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await second
            await asyncio.sleep(0.01)
            assert server.in_flight == 1  # the first still waits for the holder's place
            server.release.set()
            assert list(await asyncio.gather(holder, first)) == [1, 1]

    asyncio.run(scenario())
    assert server.peak == 1
    assert len(server.order) == 2


@pytest.mark.parametrize("stack", STACKS)
def test_a_waiter_cancelled_as_its_turn_comes_hands_the_place_on(stack: str) -> None:
    async def scenario() -> Admission[Any]:
        http = async_http(stack, SlowServer().handle_async, capacity=1)
        async with get_client(http_client=http, url=URL) as client, http:
            admission: Admission[Any] = client._http.admission
            assert admission.enter_or_queue(Waiter) is None  # the place is taken
            waiter = asyncio.create_task(client.threads.count())
            await asyncio.sleep(0.01)
            admission.leave()  # its turn comes ...
            waiter.cancel()  # ... and it is cancelled before it could run
            with contextlib.suppress(asyncio.CancelledError):
                await waiter
            return admission

    admission = asyncio.run(scenario())
    assert (admission.in_use, admission.waiting) == (0, 0)


# --- streams hold their place until closed -----------------------------------------------------


async def heartbeats() -> AsyncIterator[bytes]:
    while True:
        yield b": heartbeat\r\n\r\nevent: values\r\ndata: {}\r\nid: 1-0\r\n\r\n"
        await asyncio.sleep(0.001)


def stream_server(status: int = 200) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        if status != 200:
            return httpx.Response(status, json={"detail": "no"})
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=heartbeats()
        )

    return handle


@pytest.mark.parametrize("stack", STACKS)
def test_a_stream_holds_a_place_until_closed(stack: str) -> None:
    async def scenario() -> Admission[Any]:
        http = async_http(stack, stream_server(), capacity=2)
        async with get_client(http_client=http, url=URL) as client, http:
            admission: Admission[Any] = client._http.admission
            stream = client.threads.join_stream(THREAD_ID)
            await stream.__anext__()
            assert admission.in_use == 1
            # The other place still serves calls.
            assert (await client.threads.get(THREAD_ID)).thread_id == THREAD_ID
            await stream.aclose()
            assert admission.in_use == 0

            # Cancelled while it waits for events: the place is released too.
            async def first_part() -> object:
                return await client.threads.join_stream(THREAD_ID).__anext__()

            task = asyncio.create_task(first_part())
            await task
            assert admission.in_use == 1
            return admission

    admission = asyncio.run(scenario())  # the runner closes the abandoned stream
    assert admission.in_use == 0


def sync_heartbeats() -> Iterator[bytes]:
    while True:
        yield b": heartbeat\r\n\r\nevent: values\r\ndata: {}\r\nid: 1-0\r\n\r\n"
        time.sleep(0.001)


@pytest.mark.parametrize("status", [200, 422])
def test_a_stream_beside_the_calls_places_takes_none(status: int) -> None:
    # As on get_sync_client()'s own pool: streams take no place; the call beside them does.
    checks: list[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            checks.append(client._http.admission.in_use)
            return httpx.Response(200, json=THREAD)
        assert client._http.admission.in_use == 0
        if status != 200:
            return httpx.Response(status, json={"detail": "no"})
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=sync_heartbeats()
        )

    http = httpx.Client(transport=httpx.MockTransport(handle))
    admission_for(http, 1)
    with get_sync_client(http_client=http, url=URL) as client, http:
        client._http.streams_take_places = False
        admission = client._http.admission
        streams = [client.threads.join_stream(THREAD_ID) for _ in range(3)]
        if status != 200:
            with pytest.raises(UnprocessableEntityError):
                next(streams[0])
        else:
            for stream in streams:
                assert next(stream).event == "values"
            assert admission.in_use == 0
            # The one place serves calls while three streams are open.
            assert client.threads.get(THREAD_ID).thread_id == THREAD_ID
        for stream in streams:
            stream.close()
        assert admission.in_use == 0
        assert checks == ([1] if status == 200 else [])  # the call held the place


@pytest.mark.parametrize("stack", STACKS)
def test_a_stream_that_fails_releases_its_place(stack: str) -> None:
    from langgraph_threads_client import UnprocessableEntityError

    async def scenario() -> Admission[Any]:
        http = async_http(stack, stream_server(status=422), capacity=2)
        async with get_client(http_client=http, url=URL) as client, http:
            with pytest.raises(UnprocessableEntityError):
                async for _ in client.threads.join_stream(THREAD_ID):
                    pass
            return client._http.admission

    admission = asyncio.run(scenario())
    assert admission.in_use == 0


@pytest.mark.parametrize("stack", STACKS)
def test_a_stream_cancelled_while_it_opens_releases_its_place(stack: str) -> None:
    opening = asyncio.Event()

    async def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=THREAD)
        opening.set()
        await asyncio.sleep(60)  # the server takes its time to answer
        raise AssertionError("not cancelled")

    async def scenario() -> Admission[Any]:
        http = async_http(stack, handle, capacity=2)
        async with get_client(http_client=http, url=URL) as client, http:
            admission: Admission[Any] = client._http.admission

            async def first_part() -> object:
                return await client.threads.join_stream(THREAD_ID).__anext__()

            task = asyncio.create_task(first_part())
            await opening.wait()
            assert admission.in_use == 1
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert admission.in_use == 0
            return admission

    admission = asyncio.run(scenario())
    assert admission.in_use == 0


class _ClosingFails(httpx.AsyncByteStream):
    """An event stream whose closing raises (a connection's teardown failing)."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"event: values\r\ndata: {}\r\nid: 1-0\r\n\r\n"
        await asyncio.sleep(60)  # (closed by the reader first)

    async def aclose(self) -> None:
        raise RuntimeError("closing failed")


@pytest.mark.parametrize("stack", STACKS)
@pytest.mark.parametrize(
    "ending", ["closed", "refused", "cannot connect", "closing fails", "beside the places"]
)
def test_a_stream_gives_back_the_place_it_took_and_no_other(stack: str, ending: str) -> None:
    # A call holds a place while a stream ends in each way. A stream giving back a place it
    # did not take (one beside the places), or one twice (after its opening or closing
    # failed, which gave it back already), would give away the call's: one call more would
    # then go through than the pool has room for.
    async def scenario() -> None:
        in_call, release = asyncio.Event(), asyncio.Event()

        async def handle(request: httpx.Request) -> httpx.Response:
            if not request.url.path.endswith("/stream"):
                in_call.set()
                await release.wait()
                return httpx.Response(200, json=THREAD)
            if ending == "refused":
                return httpx.Response(422, json={"detail": "no"})
            if ending == "cannot connect":
                raise httpx.ConnectError("refused", request=request)
            headers = {"content-type": "text/event-stream"}
            if ending == "closing fails":
                return httpx.Response(200, headers=headers, stream=_ClosingFails())
            return httpx.Response(200, headers=headers, content=heartbeats())

        http = async_http(stack, handle, capacity=2)
        async with get_client(http_client=http, url=URL) as client, http:
            admission: Admission[Any] = client._http.admission
            client._http.streams_take_places = ending != "beside the places"
            call = asyncio.create_task(client.threads.get(THREAD_ID))
            await in_call.wait()
            stream = client.threads.join_stream(THREAD_ID, max_reconnects=0)
            if ending in ("refused", "cannot connect"):
                failure = UnprocessableEntityError if ending == "refused" else APIConnectionError
                with pytest.raises(failure):
                    await stream.__anext__()
            else:
                await stream.__anext__()
                assert admission.in_use == (1 if ending == "beside the places" else 2)
                with contextlib.ExitStack() as expected:
                    if ending == "closing fails":
                        expected.enter_context(pytest.raises(RuntimeError, match="closing failed"))
                    await stream.aclose()
            assert admission.in_use == 1  # the call's
            release.set()
            assert (await call).thread_id == THREAD_ID
            assert admission.in_use == 0

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("timeout", "pool"),
    [
        (5, 5),
        (None, None),
        ((1, 2, 3, 4), 4),
        (httpx.Timeout(3.0), 3.0),
        (httpx.Timeout(3.0, pool=None), None),
        (httpx2.Timeout(3.0, pool=9.0), 9.0),
    ],
)
def test_the_pool_part_of_any_timeout(timeout: Any, pool: float | None) -> None:
    from langgraph_threads_client._pool_wait import pool_timeout

    assert pool_timeout(timeout) == pool


@pytest.mark.parametrize("stack", STACKS)
def test_a_wait_in_line_too_long_is_the_stacks_pool_timeout_saying_why(stack: str) -> None:
    from langgraph_threads_client import _stack
    from langgraph_threads_client._pool_wait import admission_timeout

    on = _stack.of_client(httpx.Client() if stack == "httpx" else httpx2.Client())
    admission: Admission[Token] = Admission(2)
    admission.enter_or_queue(Token)
    admission.enter_or_queue(Token)
    admission.enter_or_queue(Token)
    request = on.module.Request("GET", "http://test/threads/t")
    error = admission_timeout(0.5, admission, on, request)
    assert type(error) is on.PoolTimeout
    assert error.request is request  # type: ignore[attr-defined]  # (the call never sent)
    assert str(error) == (
        "no connection was free within 0.5 s (2 of 2 places in use, open join_streams "
        "included; 1 waiting); raise timeout.pool, or the pool's max_connections (on a sync "
        "httpx client also its max_keepalive_connections: the places are the lower), to let "
        "more calls wait or run"
    )


def test_what_is_left_of_the_pool_timeout_after_the_wait_in_line() -> None:
    from langgraph_threads_client import _stack
    from langgraph_threads_client._pool_wait import after_admission

    timeout = httpx.Timeout(5.0, pool=2.0)
    kwargs = {"url": URL}
    left = after_admission(kwargs, timeout, 0.5, _stack.HTTPX)
    assert left == {"url": URL, "timeout": httpx.Timeout(5.0, pool=1.5)}
    assert kwargs == {"url": URL}  # (the caller's arguments unchanged)
    assert after_admission(kwargs, timeout, 3.0, _stack.HTTPX)["timeout"].pool == 0.0
    assert after_admission(kwargs, httpx.Timeout(5.0, pool=None), 3.0, _stack.HTTPX) is kwargs


def test_the_stack_of_a_client_and_of_an_exception() -> None:
    from langgraph_threads_client import _stack

    assert _stack.of_client(httpx.Client()).name == "httpx"
    assert _stack.of_client(httpx2.AsyncClient()).name == "httpx2"

    class Custom(httpx2.AsyncClient):
        pass

    assert _stack.of_client(Custom()).module is httpx2
    assert _stack.of_exception(httpx2.ReadTimeout("t")).TimeoutException is httpx2.TimeoutException
    assert _stack.of_exception(ValueError()) is _stack.HTTPX
    with pytest.raises(TypeError, match="httpx or httpx2 client"):
        get_client(http_client=object())  # type: ignore[call-overload]


@pytest.mark.parametrize("stack", STACKS)
def test_a_stream_that_gets_no_connection_in_time_is_not_reconnected(
    stack: str, sleeps: SleepRecorder
) -> None:
    async def scenario() -> Admission[Any]:
        http = async_http(stack, stream_server(), capacity=1)
        timeout = httpx.Timeout(5.0, pool=0.05)
        async with get_client(http_client=http, url=URL, timeout=timeout) as client, http:
            holder = client.threads.join_stream(THREAD_ID)
            await holder.__anext__()  # holds the only connection
            with pytest.raises(APITimeoutError, match="PoolTimeout") as gave_up:
                await client.threads.join_stream(THREAD_ID).__anext__()
            assert isinstance(gave_up.value, StreamDisconnectedError)  # (as any stream's end)
            assert gave_up.value.last_event_id is None  # (nothing delivered)
            await holder.aclose()
            return client._http.admission

    admission = asyncio.run(scenario())
    assert sleeps.delays == []  # no reconnect, no backoff
    assert (admission.in_use, admission.waiting) == (0, 0)


@pytest.mark.parametrize("stack", STACKS)
def test_a_stream_whose_reconnect_gets_no_connection_in_time_ends_resumable(
    stack: str, sleeps: SleepRecorder
) -> None:
    # The one place goes to a stream that queued while the first held it: the first's
    # reconnect gets none within timeout.pool, and it ends as a stream that gives up ends,
    # resumable from where it got to (the pool's timeout was a bare APITimeoutError).
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/threads/{THREAD_ID}/stream":  # one event, then the end
            body = b"event: values\ndata: {}\nid: 1000-0\n\n"
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=heartbeats()
        )

    async def scenario() -> Admission[Any]:
        http = async_http(stack, handle, capacity=1)
        timeout = httpx.Timeout(5.0, pool=0.05)
        async with get_client(http_client=http, url=URL, timeout=timeout) as client, http:
            first = client.threads.join_stream(THREAD_ID)
            assert (await first.__anext__()).id == "1000-0"
            other = client.threads.join_stream("another-thread")
            queued = asyncio.create_task(other.__anext__())
            await asyncio.sleep(0.01)  # (in line for the place the first holds)
            with pytest.raises(StreamDisconnectedError, match="PoolTimeout") as gave_up:
                await first.__anext__()
            assert isinstance(gave_up.value, APITimeoutError)
            assert gave_up.value.last_event_id == "1000-0"
            await queued
            await other.aclose()
            return client._http.admission

    admission = asyncio.run(scenario())
    assert (admission.in_use, admission.waiting) == (0, 0)


def thread_or_one_event(request: httpx.Request) -> httpx.Response:
    """The thread, or a stream of one event."""
    if request.url.path.endswith("/stream"):
        body = b"event: values\ndata: {}\nid: 1\n\n"
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
    return httpx.Response(200, json=THREAD)


class InterruptOnce:
    """A ``monotonic`` that raises KeyboardInterrupt at its ``at``-th call (where a Ctrl-C's
    handler may run: a signal is handled only where a function is called)."""

    def __init__(self, at: int) -> None:
        self.calls = 0
        self.at = at

    def __call__(self) -> float:
        self.calls += 1
        if self.calls == self.at:
            raise KeyboardInterrupt
        return time.monotonic()


@pytest.fixture
def one_event_client() -> Iterator[tuple[SyncLangGraphClient, Admission[Any]]]:
    """A sync client answering ``thread_or_one_event``, and its admission queue."""
    with (
        httpx.Client(transport=httpx.MockTransport(thread_or_one_event)) as http_client,
        get_sync_client(http_client=http_client, api_key=None) as client,
    ):
        yield client, admission_for(http_client, 1)


@pytest.mark.parametrize(("module", "at"), [*(("_http", at) for at in range(1, 6)), ("_stream", 1)])
def test_an_interrupt_just_after_a_place_is_taken_does_not_lose_it(
    monkeypatch: pytest.MonkeyPatch,
    one_event_client: tuple[SyncLangGraphClient, Admission[Any]],
    module: str,
    at: int,
) -> None:
    """At each time a call or a stream reads the clock once it has its place (a stream
    reads it once there)."""
    client, admission = one_event_client
    interrupt = InterruptOnce(at)
    monkeypatch.setattr(f"langgraph_threads_client._sync.{module}.monotonic", interrupt)
    with contextlib.suppress(KeyboardInterrupt):
        client.threads.get(THREAD_ID)
        with client.threads.join_stream(THREAD_ID, max_reconnects=0) as stream:
            next(iter(stream))
    assert interrupt.calls >= at  # (it was interrupted)
    monkeypatch.undo()
    assert admission.in_use == 0
    assert client.threads.get(THREAD_ID)["thread_id"] == THREAD_ID


def test_a_place_is_given_back_once_and_only_once_taken() -> None:
    admission: Admission[Token] = Admission(1)
    place = Place()
    admission.leave(place)  # (not taken: nothing to give back)
    assert admission.in_use == 0
    assert admission.enter_or_queue(Token, place) is None
    assert place.taken
    assert admission.in_use == 1
    admission.leave(place)
    admission.leave(place)  # (again, as after an interrupt: given back already)
    assert admission.in_use == 0
    other = Place()
    assert admission.enter_or_queue(Token, other) is None
    admission.leave(place)  # (the other's place stays taken)
    assert admission.in_use == 1
    # Handed on past a waiter that cannot be woken (its loop closed) to the next in line.
    gone = admission.enter_or_queue(lambda: Token(wakeable=False))
    next_in_line = admission.enter_or_queue(Token)
    admission.leave(other)
    assert gone is not None
    assert next_in_line is not None
    assert next_in_line.woken
    assert admission.in_use == 1
    assert admission.waiting == 0


def test_waits_between_attempts_are_forgotten_once_over_and_after_a_fork() -> None:
    admission: Admission[Token] = Admission(1)
    pause = Token()
    admission.start_pause(pause)
    admission.end_pause(pause)
    admission.end_waits()
    assert not pause.woken  # (no longer kept: not woken by a close)
    admission._start_afresh()  # (as in a child after fork())
    admission.start_pause(pause)
    admission.end_waits()
    assert pause.woken


class _Interrupted(Exception):
    """A signal's exception (as a handler's), raised where a place is given back."""


@pytest.mark.parametrize("stack", STACKS)
def test_a_give_back_interrupted_once_done_is_not_done_again(stack: str) -> None:
    # Where the signal lands at the very end of leave(): all of it has run, and the call
    # gives the place back again, which must then do nothing (else another call's place,
    # held meanwhile, would go to a third).
    async def scenario() -> None:
        in_call, release = asyncio.Event(), asyncio.Event()

        async def handle(request: httpx.Request) -> httpx.Response:
            if "x-hold" in request.headers:
                in_call.set()
                await release.wait()
            return httpx.Response(200, json=THREAD)

        http = async_http(stack, handle, capacity=2)
        async with get_client(http_client=http, url=URL) as client, http:
            admission: Admission[Any] = client._http.admission
            holder = asyncio.create_task(client.threads.get(THREAD_ID, headers={"x-hold": "1"}))
            await in_call.wait()
            leave = admission.leave
            interrupts = [_Interrupted()]

            def interrupted_once_done(place: Place | None = None) -> None:
                leave(place)
                if interrupts:
                    raise interrupts.pop()

            admission.leave = interrupted_once_done  # type: ignore[method-assign]
            with pytest.raises(_Interrupted):
                await client.threads.get(THREAD_ID)
            admission.leave = leave  # type: ignore[method-assign]
            assert admission.in_use == 1  # the holder's
            release.set()
            assert (await holder).thread_id == THREAD_ID
            assert admission.in_use == 0

    asyncio.run(scenario())


@pytest.mark.parametrize("where", ["call", "stream"])
def test_an_interrupt_as_a_place_is_given_back_does_not_lose_it(
    monkeypatch: pytest.MonkeyPatch,
    one_event_client: tuple[SyncLangGraphClient, Admission[Any]],
    where: str,
) -> None:
    # Where the signal lands at the very start of leave(): none of it has run.
    client, admission = one_event_client
    leave = admission.leave
    interrupts = [KeyboardInterrupt()]

    def interrupted_leave(place: Place | None = None) -> None:
        if interrupts:
            raise interrupts.pop()
        leave(place)

    def use() -> None:
        if where == "call":
            client.threads.get(THREAD_ID)
            return
        with client.threads.join_stream(THREAD_ID, max_reconnects=0) as stream:
            next(iter(stream))

    monkeypatch.setattr(admission, "leave", interrupted_leave)
    with pytest.raises(KeyboardInterrupt):
        use()
    assert not interrupts
    assert admission.in_use == 0
