"""Event loops running at once, each in a thread of its own, as threads calling
``asyncio.run()`` on one client run them (sync web views, Streamlit, job runners)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from typing import Any


def at_once_in_threads(
    run: Callable[[], Coroutine[Any, Any, Any]], threads: int, *, timeout: float = 60.0
) -> list[Any]:
    """What ``run()`` returns in each of ``threads`` threads, each running it in
    ``asyncio.run()``; an exception raised in one fails the caller (not lost in the thread)."""
    results: list[Any] = []
    failures: list[BaseException] = []

    def in_a_thread() -> None:
        try:
            results.append(asyncio.run(run()))
        except BaseException as exc:
            failures.append(exc)

    started = [threading.Thread(target=in_a_thread) for _ in range(threads)]
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
    await asyncio.to_thread(barrier.wait, 30.0)
