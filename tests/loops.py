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
