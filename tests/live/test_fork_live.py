"""A client used before ``fork()`` serves the child on connections of the child's own.

A connection kept alive in the parent's pool is the child's too after a fork: two processes
sending on one socket read each other's answers. Through a TCP proxy that counts the
connections it accepts, the child's calls must open a connection of their own (without the
fix they went out on the parent's, and no new connection was seen).
"""

from __future__ import annotations

import asyncio
import os
import traceback
import warnings
from collections.abc import Callable

import pytest

from langgraph_threads_client import get_client, get_sync_client
from tests.live.tcp_proxy import proxy

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() is POSIX"),
]


def in_child(work: Callable[[], bool]) -> int:
    """The exit code of a forked child that runs ``work`` (0: it returned True)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # (3.12+: fork with threads)
        pid = os.fork()
    if pid == 0:  # out without running the parent's cleanup
        try:
            code = 0 if work() else 1
        except BaseException:
            traceback.print_exc()
            code = 2
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def test_a_sync_client_used_before_a_fork_serves_the_child_on_its_own_connection(
    live_url: str,
) -> None:
    with (
        proxy(live_url, cut_after=10**12) as counting,
        get_sync_client(url=counting.url) as client,
    ):
        mine = client.threads.create().thread_id
        theirs = client.threads.create().thread_id
        patient = client.threads.with_options(timeout=30)  # a view, made before the fork
        assert counting.connections == 1  # kept alive in the pool: the parent's

        def child() -> bool:
            got = [client.threads.get(theirs).thread_id, patient.get(theirs).thread_id]
            return got == [theirs, theirs] and patient._http.client is client.http_client

        assert in_child(child) == 0
        assert counting.connections == 2  # the child's own, one for the client and its view
        assert client.threads.get(mine).thread_id == mine
        assert counting.connections == 2  # the parent still on its own


def test_an_async_client_used_before_a_fork_serves_the_child_on_its_own_connection(
    live_url: str,
) -> None:
    loop = asyncio.new_event_loop()
    with proxy(live_url, cut_after=10**12) as counting:
        client = get_client(url=counting.url)
        try:
            thread_id = loop.run_until_complete(client.threads.create()).thread_id
            assert counting.connections == 1

            def child() -> bool:
                # A loop of the child's own: the parent's connections belong to the parent's.
                thread = asyncio.run(client.threads.get(thread_id))
                return thread.thread_id == thread_id

            assert in_child(child) == 0
            assert counting.connections == 2
        finally:
            loop.run_until_complete(client.aclose())
            loop.close()
