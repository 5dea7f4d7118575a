"""join_stream through a TCP proxy that cuts real connections to the real server.

The proxy (127.0.0.1, a free port) forwards bytes both ways and, for each connection, closes
both sides once it has forwarded ``cut_after`` bytes from the server: mid-header, mid-event,
between two events that share an id, wherever the offset lands. Every event of a
``stream_resumable`` run must arrive exactly once, in order, whatever the offsets.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from typing import Any

import pytest

from langgraph_threads_client import StreamPart, get_sync_client
from tests.live.runs import start_run, until_run_done
from tests.live.tcp_proxy import CuttingProxy, proxy, sse_events_in

pytestmark = pytest.mark.live

# Many events for one step of the graph: several land in the same millisecond, so they share
# an id (checked below), which is what a resuming client gets wrong.
MODES = ["values", "updates", "debug", "tasks", "checkpoints"]


def until_done(stream: Any, run_id: str | None) -> list[StreamPart]:
    return until_run_done(stream, run_id, limit=200)


@pytest.fixture(scope="module")
def finished_run(live_url: str) -> tuple[str, str, list[StreamPart], int]:
    """A thread with one finished resumable run; its events, read without cuts; the bytes
    the server sends on one connection up to the run's end (where the cuts can land)."""
    # The server gives one id to the events of the same millisecond: the hard case, wanted
    # here. A server still warming up (its first runs) can be slow enough to give each event
    # a millisecond of its own: then another run is read.
    thread_id, run_id, expected, answered = _read_run(live_url)
    ids = [part.id or "" for part in expected]
    for _ in range(4):
        if len(set(ids)) < len(ids):
            break
        thread_id, run_id, expected, answered = _read_run(live_url)
        ids = [part.id or "" for part in expected]
    assert len(set(ids)) < len(ids), ids
    assert ids == sorted(ids)
    return thread_id, run_id, expected, answered


def _read_run(live_url: str) -> tuple[str, str, list[StreamPart], int]:
    with get_sync_client(url=live_url) as client:
        thread_id = client.threads.create(graph_id="counter").thread_id
    run_id = start_run(live_url, thread_id, modes=MODES)
    with (
        proxy(live_url, cut_after=10**9) as counting,
        get_sync_client(url=counting.url) as through,
        through.threads.join_stream(thread_id, last_event_id="-") as stream,
    ):
        expected = until_done(stream, run_id)
    assert sent_through(counting, expected) == expected  # the proxy sees every event sent
    return thread_id, run_id, expected, max(counting.answered)


def _key(event: str, data: Any, event_id: str | None) -> tuple[str, str, str | None]:
    return event, json.dumps(data, sort_keys=True), event_id


def sent_through(cutting: CuttingProxy, stored: list[StreamPart]) -> list[StreamPart]:
    """The stored events that the server sent whole on at least one of the proxy's
    connections, in the stored order (an event sent again after a reconnect counts once)."""
    most: Counter[tuple[str, str, str | None]] = Counter()
    for answer in cutting.answers:
        sent = Counter(_key(name, json.loads(data), i) for name, data, i in sse_events_in(answer))
        most |= sent
    kept = []
    for part in stored:
        key = _key(part.event, part.data, part.id)
        if most[key] > 0:
            most[key] -= 1
            kept.append(part)
    return kept


def join_through(
    upstream: str, thread_id: str, run_id: str, cut_after: int, cuts: int | None
) -> tuple[list[StreamPart], CuttingProxy]:
    with (
        proxy(upstream, cut_after, cuts) as cutting,
        get_sync_client(url=cutting.url) as client,
        client.threads.join_stream(
            thread_id, last_event_id="-", reconnect_delay=0.001, max_reconnects=100
        ) as stream,
    ):
        return until_done(stream, run_id), cutting


def test_replay_through_a_cut_at_every_offset_delivers_every_event_once(
    live_url: str, finished_run: tuple[str, str, list[StreamPart], int]
) -> None:
    """One connection cut, at 40 offsets over the whole answer: inside headers, inside the
    thread lookup, inside events, and between events that share an id."""
    thread_id, run_id, expected, answered = finished_run
    offsets = range(1, answered, answered // 40 + 1)
    assert len(offsets) >= 30
    for cut_after in offsets:
        received, cutting = join_through(live_url, thread_id, run_id, cut_after, cuts=1)
        assert received == expected, cut_after
        assert cutting.cut == 1, cut_after
        assert cutting.connections >= 2, cut_after  # it reconnected


@pytest.mark.parametrize("fraction", [0.6, 0.75, 0.9])
def test_replay_with_every_connection_cut_delivers_every_event_once(
    live_url: str, finished_run: tuple[str, str, list[StreamPart], int], fraction: float
) -> None:
    """Every connection cut: each gets a little further than the one before."""
    thread_id, run_id, expected, answered = finished_run
    received, cutting = join_through(
        live_url, thread_id, run_id, int(answered * fraction), cuts=None
    )
    assert received == expected
    assert cutting.cut >= 1


def start_once_answered(cutting: CuttingProxy, live_url: str, thread_id: str) -> str:
    """Start a run on the thread once the server has answered a request through ``cutting``
    (its headers, at least); the run's id."""
    deadline = time.monotonic() + 30.0
    while not any(b"\r\n\r\n" in answer for answer in cutting.answers):
        assert time.monotonic() < deadline, "the join was never answered"
        time.sleep(0.01)
    return start_run(live_url, thread_id, modes=MODES, wait=False)


def test_live_run_through_cuts_delivers_every_event_once(
    live_url: str, finished_run: tuple[str, str, list[StreamPart], int]
) -> None:
    """Joined before the run starts; connections cut while it runs, then read again whole."""
    answered = finished_run[3]
    with get_sync_client(url=live_url) as client:
        thread_id = client.threads.create(graph_id="counter").thread_id
    with (
        proxy(live_url, cut_after=int(answered * 0.6)) as cutting,
        get_sync_client(url=cutting.url) as client,
        client.threads.join_stream(thread_id, reconnect_delay=0.001, max_reconnects=100) as stream,
    ):
        # The join connects as it is first read: the run starts once the server answered it
        # (a run started before would be missed: the join asks for no replay).
        run_ids: list[str] = []
        starter = threading.Thread(
            target=lambda: run_ids.append(start_once_answered(cutting, live_url, thread_id))
        )
        starter.start()
        try:
            received = until_done(stream, None)
        finally:
            starter.join(30.0)
    (run_id,) = run_ids
    assert received[-1].data["run_id"] == run_id
    assert cutting.cut >= 1
    # What the server stored for the run, read afterwards without cuts.
    with (
        get_sync_client(url=live_url) as client,
        client.threads.join_stream(thread_id, last_event_id="-") as stream,
    ):
        stored = until_done(stream, run_id)
    # The client delivers, once and in order, every event the server sent. The in-memory
    # server can fail to send some: a resumed stream replays what it stored when the request
    # came, then subscribes to new events, and those published in between never reach it.
    sent = sent_through(cutting, stored)
    assert received == sent
    assert len(sent) > len(stored) // 2
