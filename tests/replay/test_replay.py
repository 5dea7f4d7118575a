"""Offline: a walk through every thread operation, replayed from cassettes of a real server.

The cassettes were recorded from the in-memory LangGraph API server by ``make cassettes``
(``pytest tests/replay --record-cassettes``). Without that flag nothing is recorded and no
server is needed: a request that is not in the cassette fails the test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vcr
from vcr.request import Request as VcrRequest

from langgraph_threads_client import (
    UNSET,
    ConflictError,
    NotFoundError,
    SyncThreadsClient,
    Thread,
    ThreadSelection,
    ThreadState,
)
from tests.forms import Form, threads_client

CASSETTES = Path(__file__).parent / "cassettes"
API_KEY = "lgtc-test-key-that-must-never-be-recorded"
SECRET_HEADERS = ["x-api-key", "authorization", "cookie", "set-cookie", "x-auth-token"]
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


def json_body(recorded: VcrRequest, sent: VcrRequest) -> None:
    """vcrpy matcher: the JSON bodies are equal (key order and spacing aside)."""

    def decoded(request: VcrRequest) -> Any:
        body = request.body
        if not body:
            return None
        return json.loads(body)

    assert decoded(recorded) == decoded(sent)


@pytest.fixture
def cassette_threads(form: Form, request: pytest.FixtureRequest) -> Iterator[SyncThreadsClient]:
    recording = bool(request.config.getoption("--record-cassettes"))
    # Replaying needs no server: the URL is never contacted (vcrpy answers every request).
    url = request.getfixturevalue("live_url") if recording else "http://127.0.0.1:9"
    recorder = vcr.VCR(
        record_mode="all" if recording else "none",
        match_on=["method", "path", "query", "json_body"],
        filter_headers=SECRET_HEADERS,
        decode_compressed_response=True,
    )
    recorder.register_matcher("json_body", json_body)
    cassette = CASSETTES / f"walkthrough-{form}.yaml"
    if recording:
        cassette.unlink(missing_ok=True)  # record afresh: "all" would append to the old one
    with (
        recorder.use_cassette(str(cassette)),
        threads_client(form, url=url, api_key=API_KEY) as threads,
    ):
        yield threads


def test_walkthrough_of_every_operation(cassette_threads: SyncThreadsClient) -> None:
    threads = cassette_threads
    thread = threads.create(metadata={"owner": "replay"}, graph_id="counter")
    assert isinstance(thread, Thread)
    assert thread.metadata == {"owner": "replay", "graph_id": "counter"}
    assert thread.values is None

    with pytest.raises(ConflictError):
        threads.create(thread_id=thread.thread_id)
    assert threads.create(thread_id=thread.thread_id, if_exists="do_nothing") == thread

    assert threads.get(thread.thread_id) == thread
    updated = threads.update(thread.thread_id, metadata={"step": 1})
    assert updated.metadata["step"] == 1

    empty = threads.get_state(thread.thread_id)
    assert empty.values == {}
    assert empty.checkpoint is None

    written = [threads.update_state(thread.thread_id, {"count": n}, as_node="step") for n in (1, 2)]
    state = threads.get_state(thread.thread_id)
    assert isinstance(state, ThreadState)
    assert state.values == {"messages": [], "count": 2}
    assert state.checkpoint_id == written[-1].checkpoint.checkpoint_id
    at_first = threads.get_state(
        thread.thread_id, checkpoint_id=written[0].checkpoint.checkpoint_id
    )
    assert at_first.values["count"] == 1
    assert threads.get_state(thread.thread_id, written[0].checkpoint).values["count"] == 1

    history = threads.get_history(thread.thread_id)
    assert [s.values["count"] for s in history] == [2, 1]
    older = threads.get_history(thread.thread_id, before=history[0].checkpoint)
    assert [s.values["count"] for s in older] == [1]

    found = threads.search(metadata={"owner": "replay"})
    assert [t.thread_id for t in found] == [thread.thread_id]
    selected = threads.search(metadata={"owner": "replay"}, select=["thread_id"])
    assert isinstance(selected[0], ThreadSelection)
    assert selected[0].status is UNSET
    assert threads.count(metadata={"owner": "replay"}) == 1

    copied = threads.copy(thread.thread_id)
    assert copied.thread_id != thread.thread_id
    assert threads.get_storage(thread.thread_id).total_bytes > 0
    assert threads.prune([copied.thread_id]).pruned_count == 1

    threads.delete(thread.thread_id)
    with pytest.raises(NotFoundError):
        threads.get(thread.thread_id)
    with pytest.raises(NotFoundError):
        threads.get(UNKNOWN_ID)


def test_cassettes_hold_no_secret() -> None:
    cassettes = sorted(CASSETTES.glob("*.yaml"))
    assert len(cassettes) == 2
    for cassette in cassettes:
        text = cassette.read_text()
        assert API_KEY not in text
        assert "x-api-key" not in text.lower()
        assert "interactions:" in text
