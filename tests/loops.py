"""Event loops running at once, each in a thread of its own, as threads calling
``asyncio.run()`` (or ``trio.run()``) on one client run them (sync web views, Streamlit, job
runners)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any

import anyio
import trio

# How a thread runs its loop, by library.
RUNNERS: dict[str, Callable[[Callable[[], Coroutine[Any, Any, Any]]], Any]] = {
    "asyncio": lambda run: asyncio.run(run()),
    "trio": trio.run,
}


def at_once_in_threads(
    run: Callable[[], Coroutine[Any, Any, Any]],
    threads: int,
    *,
    timeout: float = 60.0,
    libraries: Sequence[str] = ("asyncio",),
) -> list[Any]:
    """What ``run()`` returns in each of ``threads`` threads, each running it in a loop of the
    next of ``libraries`` in turn; an exception raised in one fails the caller (not lost in
    the thread)."""
    results: list[Any] = []
    failures: list[BaseException] = []

    def in_a_thread(library: str) -> None:
        try:
            results.append(RUNNERS[library](run))
        except BaseException as exc:
            failures.append(exc)

    started = [
        threading.Thread(target=in_a_thread, args=(libraries[index % len(libraries)],))
        for index in range(threads)
    ]
    for thread in started:
        thread.start()
    for thread in started:
        thread.join(timeout)
    assert not failures, failures
    assert len(results) == threads, "a thread did not finish in time"
    return results


async def all_running(barrier: threading.Barrier) -> None:
    """Wait, with this thread's loop running, until the loops of the other threads are here
    too."""
    await anyio.to_thread.run_sync(barrier.wait, 30.0)


async def gather(calls: Sequence[Callable[[], Awaitable[Any]]]) -> list[Any]:
    """What ``calls`` return, made at once, under asyncio or trio."""
    results: list[Any] = [None] * len(calls)

    async def one(index: int) -> None:
        results[index] = await calls[index]()

    async with anyio.create_task_group() as group:
        for index in range(len(calls)):
            group.start_soon(one, index)
    return results


def trio_as_guest_of_asyncio(
    trio_run: Callable[[], Coroutine[Any, Any, Any]],
    asyncio_run: Callable[[], Coroutine[Any, Any, Any]],
) -> tuple[Any, Any]:
    """What ``trio_run()`` and ``asyncio_run()`` return, run at once in this thread: a trio
    run hosted by an asyncio loop (trio's guest mode, as programs built on asyncio, or on a
    GUI's loop, run trio code), beside the loop's own tasks."""

    async def host() -> tuple[Any, Any]:
        loop = asyncio.get_running_loop()
        done: asyncio.Future[Any] = loop.create_future()
        trio.lowlevel.start_guest_run(
            trio_run,
            run_sync_soon_threadsafe=loop.call_soon_threadsafe,
            done_callback=done.set_result,
            host_uses_signal_set_wakeup_fd=True,  # (asyncio.run's)
        )
        asyncio_result = await asyncio_run()
        return (await done).unwrap(), asyncio_result

    return asyncio.run(host())


async def meet(arrived: list[object], parties: int) -> None:
    """Wait until ``parties`` tasks of this thread, of any library, have arrived here."""
    arrived.append(None)
    while len(arrived) < parties:  # noqa: ASYNC110 (no event serves asyncio and trio at once)
        await anyio.sleep(0.001)
