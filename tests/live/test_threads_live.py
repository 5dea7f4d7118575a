"""Every thread operation against a real in-memory LangGraph API server, in both forms."""

from __future__ import annotations

import asyncio
import datetime
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from langgraph_threads_client import (
    UNSET,
    BadRequestError,
    Checkpoint,
    ConflictError,
    NotFoundError,
    OperationNotOfferedError,
    SyncThreadsClient,
    Thread,
    ThreadSelection,
    ThreadState,
    ThreadStatus,
    UnprocessableEntityError,
    get_client,
    get_sync_client,
)
from langgraph_threads_client.models import StorageSection
from tests.forms import Form, threads_client
from tests.live.tcp_proxy import proxy

pytestmark = pytest.mark.live

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def threads(form: Form, live_url: str) -> Iterator[SyncThreadsClient]:
    with threads_client(form, url=live_url) as client:
        yield client


@pytest.fixture
def tag() -> str:
    """A metadata value unique to the test, so that searches see only its own threads."""
    return uuid.uuid4().hex


def run_graph(live_url: str, thread_id: str, count: int = 0) -> Any:
    """Run the test graph once on a thread (runs are outside this client, so plain httpx)."""
    response = httpx.post(
        f"{live_url}/threads/{thread_id}/runs/wait",
        json={"assistant_id": "counter", "input": {"count": count}},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def raw_get(live_url: str, path: str) -> Any:
    return httpx.get(f"{live_url}{path}", timeout=10).json()


# --- create / get / update / delete ---------------------------------------------------------


def test_create_and_get_return_typed_threads(threads: SyncThreadsClient, tag: str) -> None:
    created = threads.create(metadata={"tag": tag, "n": 1})
    assert isinstance(created, Thread)
    assert uuid.UUID(created.thread_id)
    assert created.status == "idle"
    assert created.status is ThreadStatus.IDLE
    assert created.metadata["tag"] == tag
    assert "n" in created.metadata
    assert "missing" not in created.metadata
    assert created.values is None  # never had state: the server sends null
    assert created.interrupts is UNSET  # ... and no interrupts key at all
    assert created.created_at.tzinfo is not None
    assert created.created_at <= datetime.datetime.now(datetime.UTC)

    fetched = threads.get(created.thread_id)
    assert fetched.thread_id == created.thread_id
    assert fetched.to_dict() == created.to_dict()


def test_to_dict_gives_back_what_the_server_sent(
    threads: SyncThreadsClient, live_url: str, tag: str
) -> None:
    thread = threads.create(metadata={"tag": tag}, graph_id="counter")
    run_graph(live_url, thread.thread_id)
    raw = raw_get(live_url, f"/threads/{thread.thread_id}")
    parsed = threads.get(thread.thread_id)
    assert parsed.to_dict() == raw
    assert parsed.values == {"messages": ["step 1"], "count": 1}
    assert parsed.error is None
    assert parsed.interrupts == {}

    state_raw = raw_get(live_url, f"/threads/{thread.thread_id}/state")
    state = threads.get_state(thread.thread_id)
    assert state.to_dict() == state_raw
    assert state.values["count"] == 1
    assert state.next == [] == state["next"]  # the wire name, builtin or not
    assert state.checkpoint is not None
    assert state.checkpoint.thread_id == thread.thread_id


def test_create_with_graph_id_ttl_and_supersteps(threads: SyncThreadsClient, tag: str) -> None:
    thread = threads.create(
        metadata={"tag": tag},
        graph_id="counter",
        ttl=60,
        supersteps=[{"updates": [{"values": {"count": 5}, "as_node": "step"}]}],
    )
    assert thread.metadata["graph_id"] == "counter"
    assert thread.values == {"messages": [], "count": 5}
    assert threads.get_state(thread.thread_id).values["count"] == 5


def test_do_nothing_still_applies_supersteps_to_a_thread_that_exists(
    threads: SyncThreadsClient,
) -> None:
    # Why such a create is not repeated after an attempt that may have arrived (see
    # test_retries): the repeat would write its supersteps a second time.
    thread_id = str(uuid.uuid4())
    steps = [{"updates": [{"values": {"messages": ["hello"]}, "as_node": "step"}]}]
    for _ in range(2):
        threads.create(
            thread_id=thread_id, if_exists="do_nothing", graph_id="counter", supersteps=steps
        )
    assert threads.get_state(thread_id).values["messages"] == ["hello", "hello"]


def test_a_ttl_mapping_without_a_strategy_is_accepted(threads: SyncThreadsClient) -> None:
    # Sent as given, {"ttl": 60}, as the official SDK sends it; the server's default strategy
    # is delete. (The in-memory server does not report a thread's TTL.)
    thread = threads.create(ttl={"ttl": 60})
    assert threads.get(thread.thread_id).thread_id == thread.thread_id
    updated = threads.update(thread.thread_id, metadata={"n": 1}, ttl={"ttl": 30})
    assert updated.metadata == {"n": 1}
    # A strategy alone (no minutes), as SDK code may send it: the server accepts it too.
    updated = threads.update(thread.thread_id, metadata={"n": 2}, ttl={"strategy": "delete"})
    assert updated.metadata == {"n": 2}


def test_create_existing_id_conflicts_unless_do_nothing(threads: SyncThreadsClient) -> None:
    thread_id = str(uuid.uuid4())
    first = threads.create(thread_id=thread_id, metadata={"v": 1})
    assert first.thread_id == thread_id
    with pytest.raises(ConflictError) as caught:
        threads.create(thread_id=thread_id)
    assert caught.value.status_code == 409
    assert thread_id in caught.value.message
    again = threads.create(thread_id=thread_id, if_exists="do_nothing", metadata={"v": 2})
    assert again.thread_id == thread_id
    assert again.metadata["v"] == 1  # returned unchanged


def test_invalid_input_is_a_typed_error(threads: SyncThreadsClient) -> None:
    with pytest.raises(UnprocessableEntityError, match="UUID"):
        threads.create(thread_id="not-a-uuid")
    with pytest.raises(UnprocessableEntityError, match="UUID"):
        threads.get("not-a-uuid")
    with pytest.raises(UnprocessableEntityError, match="minimum"):
        threads.search(limit=0)
    with pytest.raises(UnprocessableEntityError):
        threads.search(offset=-1)


def test_get_unknown_thread_is_not_found(threads: SyncThreadsClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        threads.get(UNKNOWN_ID)
    assert caught.value.status_code == 404
    assert UNKNOWN_ID in caught.value.message
    assert caught.value.body == {"detail": caught.value.message}


def test_update_merges_metadata(threads: SyncThreadsClient, tag: str) -> None:
    thread = threads.create(metadata={"tag": tag, "keep": "me"})
    updated = threads.update(thread.thread_id, metadata={"added": 1})
    assert updated.metadata == {"tag": tag, "keep": "me", "added": 1}
    assert updated.updated_at >= thread.updated_at
    assert threads.update(thread.thread_id, metadata={"quiet": True}, return_minimal=True) is None
    assert threads.get(thread.thread_id).metadata["quiet"] is True
    with pytest.raises(NotFoundError):
        threads.update(UNKNOWN_ID, metadata={"a": 1})


def test_delete(threads: SyncThreadsClient) -> None:
    thread = threads.create()
    threads.delete(thread.thread_id)
    with pytest.raises(NotFoundError):
        threads.get(thread.thread_id)
    with pytest.raises(NotFoundError):
        threads.delete(thread.thread_id)


# --- search / count / copy / prune -----------------------------------------------------------


def test_search_filters_pages_and_sorts(threads: SyncThreadsClient, tag: str) -> None:
    made = [threads.create(metadata={"tag": tag, "i": i}) for i in range(3)]
    found = threads.search(metadata={"tag": tag})
    assert all(isinstance(t, Thread) for t in found)
    assert [t.thread_id for t in found] == [t.thread_id for t in reversed(made)]

    page = threads.search(metadata={"tag": tag}, limit=2, offset=1)
    assert [t.thread_id for t in page] == [made[1].thread_id, made[0].thread_id]

    ascending = threads.search(metadata={"tag": tag}, sort_by="created_at", sort_order="asc")
    assert [t.thread_id for t in ascending] == [t.thread_id for t in made]

    by_ids = threads.search(ids=[made[0].thread_id], metadata={"tag": tag})
    assert [t.thread_id for t in by_ids] == [made[0].thread_id]
    assert threads.search(metadata={"tag": tag}, status="busy") == []


def test_search_select_and_extract(threads: SyncThreadsClient, tag: str, live_url: str) -> None:
    thread = threads.create(metadata={"tag": tag, "user": "u1"})
    selected = threads.search(metadata={"tag": tag}, select=["thread_id", "status", "metadata"])
    assert len(selected) == 1
    item = selected[0]
    assert isinstance(item, ThreadSelection)
    assert item.thread_id == thread.thread_id
    assert item.status == "idle"
    assert item.created_at is UNSET
    assert item.to_dict() == {
        "thread_id": thread.thread_id,
        "status": "idle",
        "metadata": {"tag": tag, "user": "u1"},
    }
    # After a run every field has a value (values, interrupts), to be checked one by one.
    run_graph(live_url, thread.thread_id)
    every: list[Any] = [
        "thread_id", "created_at", "updated_at", "state_updated_at", "metadata",
        "config", "status", "values", "interrupts",
    ]  # fmt: skip
    every_field = threads.search(metadata={"tag": tag}, select=every)[0].to_dict()
    whole = threads.search(metadata={"tag": tag})[0].to_dict()
    assert sorted(every_field) == sorted(every)
    assert every_field == {field: whole[field] for field in every_field}
    assert every_field["values"] == {"messages": ["step 1"], "count": 1}

    extracted = threads.search(metadata={"tag": tag}, extract={"who": "metadata.user"})
    assert extracted[0].extracted == {"who": "u1"}


def test_count(threads: SyncThreadsClient, tag: str) -> None:
    assert threads.count(metadata={"tag": tag}) == 0
    for _ in range(2):
        threads.create(metadata={"tag": tag})
    assert threads.count(metadata={"tag": tag}) == 2
    assert threads.count(metadata={"tag": tag}, status="idle") == 2
    assert threads.count(metadata={"tag": tag}, status="busy") == 0


def test_copy_returns_the_new_thread_with_its_state(
    threads: SyncThreadsClient, live_url: str, tag: str
) -> None:
    source = threads.create(metadata={"tag": tag}, graph_id="counter")
    run_graph(live_url, source.thread_id, count=41)
    copied = threads.copy(source.thread_id)
    assert isinstance(copied, Thread)
    assert copied.thread_id != source.thread_id
    assert copied.values is UNSET  # the copy answer has no values key
    assert threads.get_state(copied.thread_id).values["count"] == 42
    with pytest.raises(ConflictError):  # the server's answer to an unknown id
        threads.copy(UNKNOWN_ID)
    with pytest.raises(BadRequestError):
        threads.copy("not-a-uuid")


def test_prune(threads: SyncThreadsClient, tag: str) -> None:
    doomed = [threads.create(metadata={"tag": tag}).thread_id for _ in range(2)]
    result = threads.prune([*doomed, UNKNOWN_ID])
    assert result.pruned_count == 2
    assert threads.count(metadata={"tag": tag}) == 0
    assert threads.prune([]).pruned_count == 0
    with pytest.raises(UnprocessableEntityError):  # not supported by the in-memory runtime
        threads.prune([UNKNOWN_ID], strategy="keep_latest")


# --- state and history -----------------------------------------------------------------------


def test_state_of_a_new_thread_is_empty(threads: SyncThreadsClient) -> None:
    state = threads.get_state(threads.create().thread_id)
    assert isinstance(state, ThreadState)
    assert state.values == {}
    assert state.checkpoint is None
    assert state.created_at is None
    assert state.metadata is None
    assert state.tasks == []
    with pytest.raises(NotFoundError):
        threads.get_state(UNKNOWN_ID)


def test_update_state_then_read_it_back_every_way(threads: SyncThreadsClient) -> None:
    thread = threads.create(graph_id="counter")
    written = [
        threads.update_state(thread.thread_id, {"count": n}, as_node="step") for n in (1, 2, 3)
    ]
    assert all(w.checkpoint.thread_id == thread.thread_id for w in written)
    assert written[-1].checkpoint_id == written[-1].checkpoint.checkpoint_id  # langgraph-api

    latest = threads.get_state(thread.thread_id)
    assert latest.values == {"messages": [], "count": 3}
    assert latest.checkpoint_id == written[-1].checkpoint.checkpoint_id
    assert latest.created_at is not None
    assert latest.created_at.tzinfo is not None

    first_id = written[0].checkpoint.checkpoint_id
    by_id = threads.get_state(thread.thread_id, checkpoint_id=first_id)
    assert by_id.values["count"] == 1
    by_object = threads.get_state(thread.thread_id, written[1].checkpoint)
    assert by_object.values["count"] == 2
    by_dict = threads.get_state(thread.thread_id, {"checkpoint_id": first_id}, subgraphs=True)
    assert by_dict.values["count"] == 1
    # An unknown checkpoint id is answered with an empty state, not an error.
    assert threads.get_state(thread.thread_id, checkpoint_id=str(uuid.uuid4())).values == {}

    # A write on top of an older checkpoint forks from it.
    forked = threads.update_state(
        thread.thread_id, {"count": 10}, as_node="step", checkpoint_id=first_id
    )
    assert threads.get_state(thread.thread_id).checkpoint_id == forked.checkpoint_id


def test_update_state_errors(threads: SyncThreadsClient) -> None:
    no_graph = threads.create()
    with pytest.raises(BadRequestError, match="graph ID"):
        threads.update_state(no_graph.thread_id, {"count": 1})
    with_graph = threads.create(graph_id="counter")
    with pytest.raises(BadRequestError):
        threads.update_state(with_graph.thread_id, {"count": 1}, as_node="no-such-node")
    with pytest.raises(NotFoundError):
        threads.update_state(UNKNOWN_ID, {"count": 1})


def test_history_newest_first_and_before_in_every_form(threads: SyncThreadsClient) -> None:
    thread = threads.create(graph_id="counter")
    for n in range(1, 5):
        threads.update_state(thread.thread_id, {"count": n}, as_node="step")

    history = threads.get_history(thread.thread_id)
    assert [s.values["count"] for s in history] == [4, 3, 2, 1]
    assert [s.values["count"] for s in threads.get_history(thread.thread_id, limit=2)] == [4, 3]

    newest = history[0]
    assert isinstance(newest.checkpoint, Checkpoint)
    for before in (
        newest.checkpoint_id,
        newest.checkpoint,
        newest.checkpoint.to_dict(),
        {"configurable": {"checkpoint_id": newest.checkpoint_id}},
    ):
        older = threads.get_history(thread.thread_id, before=before)
        assert [s.values["count"] for s in older] == [3, 2, 1], before

    updates = threads.get_history(thread.thread_id, metadata={"source": "update"}, limit=100)
    assert len(updates) == 4
    assert threads.get_history(thread.thread_id, metadata={"source": "loop"}) == []
    assert threads.get_history(threads.create().thread_id) == []


def test_state_at_a_checkpoint_in_every_form(threads: SyncThreadsClient) -> None:
    thread = threads.create(graph_id="counter")
    for n in range(1, 4):
        threads.update_state(thread.thread_id, {"count": n}, as_node="step")
    oldest = threads.get_history(thread.thread_id)[-1]
    at = oldest.checkpoint_id
    for checkpoint, checkpoint_id in (
        (oldest.checkpoint, None),
        (None, at),
        # A config's form (the server, given it as it is, reads the latest state), and a
        # namespace with the id beside it (the SDK drops the id, and reads the latest too).
        ({"configurable": {"checkpoint_id": at}}, None),
        ({"checkpoint_ns": ""}, at),
    ):
        state = threads.get_state(thread.thread_id, checkpoint, checkpoint_id)
        assert state.values["count"] == 1, (checkpoint, checkpoint_id)
    assert threads.get_state(thread.thread_id, {"checkpoint_ns": ""}).values["count"] == 3


def test_storage(threads: SyncThreadsClient, live_url: str) -> None:
    thread = threads.create(graph_id="counter")
    run_graph(live_url, thread.thread_id)
    storage = threads.get_storage(thread.thread_id)
    assert storage.thread_id == thread.thread_id
    assert storage.total_bytes > 0
    assert isinstance(storage.checkpoints, StorageSection)
    assert storage.checkpoints.count >= 1
    with pytest.raises(NotFoundError) as caught:
        threads.get_storage(UNKNOWN_ID)
    # The thread is missing, not the operation: the server names the thread.
    assert not isinstance(caught.value, OperationNotOfferedError)
    assert UNKNOWN_ID in caught.value.message


def test_per_call_options_reach_the_server(form: Form, live_url: str) -> None:
    """Headers and params on the wire (through a recording proxy), the timeout on the request
    httpx sends."""
    timeouts: list[Any] = []

    def calls(threads: Any) -> Any:
        thread = yield threads.create()
        fetched = yield threads.get(
            thread.thread_id, include=["ttl"], headers={"x-trace": "abc"}, timeout=12.5
        )
        assert fetched.thread_id == thread.thread_id
        count = yield threads.count(params={"probe": "1"}, timeout=httpx.Timeout(3.0))
        assert count >= 1
        return thread.thread_id

    with proxy(live_url, cut_after=10**9) as recording:
        if form == "sync":
            hook = {"request": [lambda request: timeouts.append(request.extensions["timeout"])]}
            with (
                httpx.Client(event_hooks=hook) as http,
                get_sync_client(url=recording.url, http_client=http) as client,
            ):
                steps, result = calls(client.threads), None
                try:
                    while True:
                        result = steps.send(result)
                except StopIteration as done:
                    thread_id = done.value
        else:

            async def record(request: httpx.Request) -> None:
                timeouts.append(request.extensions["timeout"])

            async def scenario() -> str:
                async with (
                    httpx.AsyncClient(event_hooks={"request": [record]}) as http,
                    get_client(url=recording.url, http_client=http) as client,
                ):
                    steps, result = calls(client.threads), None
                    try:
                        while True:
                            result = await steps.send(result)
                    except StopIteration as done:
                        return str(done.value)

            thread_id = asyncio.run(scenario())
    wire = recording.sent.decode("latin-1").lower()
    assert f"get /threads/{thread_id}?include=ttl http/1.1\r\n" in wire
    assert "\r\nx-trace: abc\r\n" in wire
    assert "post /threads/count?probe=1 http/1.1\r\n" in wire
    assert wire.count("x-trace") == 1  # that call only
    assert timeouts[1] == httpx.Timeout(12.5).as_dict()
    assert timeouts[2] == httpx.Timeout(3.0).as_dict()


def test_paging_through_search_and_history(threads: SyncThreadsClient, tag: str) -> None:
    made = {threads.create(metadata={"tag": tag}).thread_id for _ in range(25)}
    page = threads.search_page(metadata={"tag": tag}, limit=10)
    # X-Pagination-Total is a lower bound until the last page (the server counts one past
    # the page while more remain): 11 here, not 25.
    assert page.total is not None
    assert 10 < page.total <= 25
    assert page.next_offset == 10  # from X-Pagination-Next
    walked = [t.thread_id for t in threads.iter_search(metadata={"tag": tag}, page_size=10)]
    assert len(walked) == 25
    assert set(walked) == made
    last = threads.search_page(metadata={"tag": tag}, limit=10, offset=20)
    assert (len(last.items), last.next_offset, last.total) == (5, None, 25)

    thread = threads.create(graph_id="counter")
    for n in range(1, 12):
        threads.update_state(thread.thread_id, {"count": n}, as_node="step")
    counts = [s.values["count"] for s in threads.iter_history(thread.thread_id, page_size=4)]
    assert counts == list(range(11, 0, -1))


def test_with_options_and_capture_response(threads: SyncThreadsClient) -> None:
    patient = threads.with_options(timeout=60.0, max_retries=5, headers={"x-purpose": "test"})
    with patient.capture_response() as captured:
        thread = patient.create(metadata={"via": "view"})
    assert captured.response.status_code == 200
    assert captured.response.request.headers["x-purpose"] == "test"
    assert captured.response.json()["thread_id"] == thread.thread_id
