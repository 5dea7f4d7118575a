"""A ``trio.run()`` as the async pools (``_loops``) and the admission line (``_admission``) see
an event loop: what they ask of an asyncio loop, answered for the run.

trio's locks and events belong to the run that made them (used from another, trio fails an
assertion, or a task is never woken), so a pool's connections, whose locks are trio's under
trio, serve one run at a time, as asyncio's serve one loop: each run is a loop of its own.
Imported only under trio (``_pool.running_loop``), which this package does not require.
"""

from __future__ import annotations

from collections.abc import Callable

import trio

__all__ = ["TrioRun", "current_run"]


class TrioRun:
    """A trio run: running until it has finished, when it is also closed (a run is not
    started again)."""

    __slots__ = ("_token",)

    def __init__(self, token: trio.lowlevel.TrioToken) -> None:
        self._token = token

    def call_soon_threadsafe(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` in the run, from any thread; ``RuntimeError`` once it has finished
        (as asyncio's for a closed loop)."""
        try:
            self._token.run_sync_soon(callback)
        except trio.RunFinishedError:
            raise RuntimeError("the trio run has finished") from None

    def is_running(self) -> bool:
        try:
            self.call_soon_threadsafe(_nothing)  # (the one way trio tells, from any thread)
        except RuntimeError:
            return False
        return True

    def is_closed(self) -> bool:
        return not self.is_running()


def _nothing() -> None:
    pass


# One TrioRun a run, so that a run is always the same loop.
_RUN: trio.lowlevel.RunVar[TrioRun] = trio.lowlevel.RunVar("langgraph_threads_client.run")


def current_run() -> TrioRun | None:
    """The trio run of this thread; None outside one. (A run hosted by another loop, in
    guest mode, is found in that loop's callbacks too: ``_pool.running_loop`` asks sniffio
    first there.)"""
    try:
        return _RUN.get()
    except RuntimeError:  # (no trio run here)
        return None
    except LookupError:  # (its first call)
        run = TrioRun(trio.lowlevel.current_trio_token())
        _RUN.set(run)
        return run
