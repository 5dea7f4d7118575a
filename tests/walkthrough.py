"""One walk through every thread operation, for any server and any client.

The same steps run with this client (both forms, typed checks on top) and with the official
SDK, against every server in ``tests/server/fleet.py``: offline from cassettes
(``tests/replay``) and live (``make compat``). Each step is one operation; ``walk`` runs them
all and reports, per step, whether it worked, was refused as not offered by the server, or
failed (and with what).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from langgraph_threads_client import (
    UNSET,
    APIStatusError,
    OperationNotOfferedError,
    Thread,
    ThreadPruneResponse,
    ThreadSelection,
    ThreadState,
    ThreadStateUpdateResponse,
    ThreadStorage,
    Unset,
)
from langgraph_threads_client.models import ThreadError

WORKS = "works"
NOT_OFFERED = "not offered"


def get(result: Any, name: str) -> Any:
    """A field of a result: this client's typed attribute, or the SDK's dict key."""
    if isinstance(result, Mapping):
        return result[name]
    return getattr(result, name)


def status_of(error: BaseException) -> int | None:
    if isinstance(error, APIStatusError):
        return error.status_code
    if isinstance(error, httpx.HTTPStatusError):
        return error.response.status_code
    return None


def expect_status(status: int, call: Callable[[], object]) -> None:
    """The call must fail with this status (either client's error type)."""
    try:
        call()
    except Exception as error:
        if status_of(error) == status:
            return
        raise
    raise AssertionError(f"expected an error with status {status}")


@dataclass
class Walk:
    """What the steps share: the client, whether it is this one (typed), and the ids made."""

    threads: Any
    typed: bool
    url: str
    # Metadata that only this walk's threads carry (several walks share a server).
    mark: str
    ids: dict[str, Any] = field(default_factory=dict)

    @property
    def metadata(self) -> dict[str, str]:
        return {"walk": self.mark}

    # Live (not from a cassette): join_stream starts a run to have an event to receive.
    live: bool = False


def step_create(w: Walk) -> None:
    thread = w.threads.create(metadata=w.metadata, graph_id="counter")
    w.ids["thread"] = get(thread, "thread_id")
    assert get(thread, "metadata")["walk"] == w.mark
    if w.typed:
        assert isinstance(thread, Thread)
        assert thread.created_at.tzinfo is not None
        assert thread.metadata["graph_id"] == "counter"


def step_create_existing(w: Walk) -> None:
    expect_status(409, lambda: w.threads.create(thread_id=w.ids["thread"]))


def step_create_do_nothing(w: Walk) -> None:
    again = w.threads.create(thread_id=w.ids["thread"], if_exists="do_nothing")
    assert get(again, "thread_id") == w.ids["thread"]


def step_create_with_ttl(w: Walk) -> None:
    # A TTL as a mapping without a strategy (the server's default, delete), as SDK code passes it.
    # (A thread of its own, kept out of the walk's searches and counts.)
    thread = w.threads.create(metadata={"walk": f"{w.mark} ttl"}, ttl={"ttl": 60})
    updated = w.threads.update(get(thread, "thread_id"), metadata={"ttl": 1}, ttl=30)
    assert get(updated, "metadata")["ttl"] == 1


def step_get(w: Walk) -> None:
    thread = w.threads.get(w.ids["thread"])
    assert get(thread, "thread_id") == w.ids["thread"]
    if w.typed:
        assert isinstance(thread, Thread)
        assert thread.status in ("idle", "busy", "interrupted", "error")


def step_update(w: Walk) -> None:
    updated = w.threads.update(w.ids["thread"], metadata={"step": 1})
    assert get(updated, "metadata")["step"] == 1
    if w.typed:
        assert isinstance(updated, Thread)
        assert updated.updated_at >= updated.created_at


def step_update_no_metadata(w: Walk) -> None:
    if not w.typed:
        raise NotImplementedError("the official SDK sends metadata=None as null (a 422)")
    # Sent as {}: langgraph-api 0.2.125 answers 500 to a body without metadata.
    updated = w.threads.update(w.ids["thread"], metadata=None)
    assert updated.metadata["step"] == 1


def step_update_minimal(w: Walk) -> None:
    result = w.threads.update(w.ids["thread"], metadata={"minimal": True}, return_minimal=True)
    # The current server answers 204; servers that ignore Prefer send the thread back.
    assert result is None or get(result, "metadata")["minimal"] is True


def step_get_state_empty(w: Walk) -> None:
    state = w.threads.get_state(w.ids["thread"])
    assert get(state, "values") == {}
    # Aegra's names no checkpoint id (null); langgraph-api's is null itself.
    w.ids["empty_checkpoint"] = get(state, "checkpoint")
    if w.typed:
        assert isinstance(state, ThreadState)
        assert state.tasks == []


def step_update_state(w: Walk) -> None:
    written = [
        w.threads.update_state(w.ids["thread"], {"count": n}, as_node="step") for n in (1, 2)
    ]
    w.ids["checkpoints"] = [get(result, "checkpoint") for result in written]
    w.ids["checkpoint_ids"] = [get(c, "checkpoint_id") for c in w.ids["checkpoints"]]
    if w.typed:
        assert all(isinstance(result, ThreadStateUpdateResponse) for result in written)
        assert written[0].checkpoint.thread_id == w.ids["thread"]


def step_get_state(w: Walk) -> None:
    state = w.threads.get_state(w.ids["thread"])
    assert get(state, "values") == {"messages": [], "count": 2}
    assert get(get(state, "checkpoint"), "checkpoint_id") == w.ids["checkpoint_ids"][-1]
    if w.typed:
        assert isinstance(state, ThreadState)
        assert state.created_at is not None
        assert state.created_at.tzinfo is not None


def step_get_state_at_id(w: Walk) -> None:
    state = w.threads.get_state(w.ids["thread"], checkpoint_id=w.ids["checkpoint_ids"][0])
    assert get(state, "values")["count"] == 1
    if w.typed:
        assert isinstance(state, ThreadState)


def step_get_state_at_checkpoint(w: Walk) -> None:
    checkpoint = {"checkpoint_id": w.ids["checkpoint_ids"][0]}
    state = w.threads.get_state(w.ids["thread"], checkpoint)
    assert get(state, "values")["count"] == 1


def step_get_history(w: Walk) -> None:
    history = w.threads.get_history(w.ids["thread"], limit=10)
    assert [get(state, "values")["count"] for state in history] == [2, 1]
    if w.typed:
        assert all(isinstance(state, ThreadState) for state in history)


def step_get_history_from_empty(w: Walk) -> None:
    # The empty state's checkpoint passed back, as code that keeps a state's checkpoint does.
    history = w.threads.get_history(w.ids["thread"], checkpoint=w.ids["empty_checkpoint"])
    assert [get(state, "values")["count"] for state in history] == [2, 1]


def step_get_history_before(w: Walk) -> None:
    before = {"configurable": {"checkpoint_id": w.ids["checkpoint_ids"][-1]}}
    older = w.threads.get_history(w.ids["thread"], before=before)
    assert [get(state, "values")["count"] for state in older] == [1]


def step_search(w: Walk) -> None:
    found = w.threads.search(metadata=w.metadata)
    assert [get(thread, "thread_id") for thread in found] == [w.ids["thread"]]
    if w.typed:
        assert isinstance(found[0], Thread)


def step_search_select(w: Walk) -> None:
    selected = w.threads.search(metadata=w.metadata, select=["thread_id", "status"])
    assert [get(item, "thread_id") for item in selected] == [w.ids["thread"]]
    if w.typed:
        assert isinstance(selected[0], ThreadSelection)
        assert selected[0].status is not UNSET


def step_get_failed(w: Walk) -> None:
    """A thread whose run failed: its error as each server sends it (an object; a string,
    base64 of that object, on langgraph-api 0.2.125 and 0.6.39; none on Aegra)."""
    # Not the walk's own mark, which other steps count.
    thread = w.threads.create(metadata={"failed_walk": w.mark}, graph_id="failing")
    w.ids["failed"] = thread_id = get(thread, "thread_id")
    if w.live:
        run_to_end(w.url, thread_id, "failing")
    failed = w.threads.get(thread_id)
    assert get(failed, "status") == "error"
    if w.typed:
        assert isinstance(failed, Thread)
        assert failed.status == "error"
        assert isinstance(failed.error, ThreadError | str | Unset)


def step_search_failed(w: Walk) -> None:
    found = w.threads.search(metadata={"failed_walk": w.mark}, status="error")
    assert [get(thread, "thread_id") for thread in found] == [w.ids["failed"]]
    if w.typed:
        assert all(isinstance(thread, Thread) for thread in found)


def step_count(w: Walk) -> None:
    assert w.threads.count(metadata=w.metadata) == 1


def step_copy(w: Walk) -> None:
    copied = w.threads.copy(w.ids["thread"])
    if w.typed:  # the SDK's copy returns nothing
        assert isinstance(copied, Thread)
        assert copied.thread_id != w.ids["thread"]
        w.ids["copy"] = copied.thread_id


def step_get_storage(w: Walk) -> None:
    if not w.typed:
        raise NotImplementedError("the official SDK has no get_storage")
    storage = w.threads.get_storage(w.ids["thread"])
    assert isinstance(storage, ThreadStorage)
    assert storage.total_bytes > 0


def step_prune(w: Walk) -> None:
    doomed = get(w.threads.create(metadata={"doomed": True}), "thread_id")
    result = w.threads.prune([doomed])
    if w.typed:
        assert isinstance(result, ThreadPruneResponse)
        # langgraph-api counts what it pruned; Aegra prunes only expired threads.
        assert result.pruned_count == 1 or result["pruned"] == 0


def step_join_stream(w: Walk) -> None:
    stream = w.threads.join_stream(w.ids["thread"], last_event_id="-")
    # Live: a run starts once the stream is (about to be) open, so that an event arrives
    # whether the server replays stored events ("-") or only sends live ones.
    trigger = threading.Timer(1.0, start_run, (w.url, w.ids["thread"])) if w.live else None
    if trigger is not None:
        trigger.start()
    try:
        first = next(iter(stream))
        assert get(first, "event")
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()
        if trigger is not None:
            trigger.join()


def start_run(url: str, thread_id: str) -> None:
    """Runs are outside this library: started with plain httpx."""
    body = {"assistant_id": "counter", "input": {"count": 0}, "stream_resumable": True}
    httpx.post(f"{url}/threads/{thread_id}/runs", json=body, timeout=30).raise_for_status()


def run_to_end(url: str, thread_id: str, assistant_id: str) -> None:
    """A run on the thread, waited for to its end (failed or not): plain httpx, as above."""
    body = {"assistant_id": assistant_id, "input": {}}
    httpx.post(f"{url}/threads/{thread_id}/runs/wait", json=body, timeout=60)


def step_delete(w: Walk) -> None:
    assert w.threads.delete(w.ids["thread"]) is None


def step_get_deleted(w: Walk) -> None:
    expect_status(404, lambda: w.threads.get(w.ids["thread"]))


STEPS: dict[str, Callable[[Walk], None]] = {
    "create": step_create,
    "create (existing id: 409)": step_create_existing,
    "create (if_exists=do_nothing)": step_create_do_nothing,
    "create (ttl)": step_create_with_ttl,
    "get": step_get,
    "update": step_update,
    "update (metadata=None)": step_update_no_metadata,
    "update (return_minimal)": step_update_minimal,
    "get_state (no checkpoint)": step_get_state_empty,
    "update_state": step_update_state,
    "get_state": step_get_state,
    "get_state (checkpoint_id)": step_get_state_at_id,
    "get_state (checkpoint)": step_get_state_at_checkpoint,
    "get_history": step_get_history,
    "get_history (empty state's checkpoint)": step_get_history_from_empty,
    "get_history (before)": step_get_history_before,
    "search": step_search,
    "search (select)": step_search_select,
    "get (failed run)": step_get_failed,
    "search (failed run)": step_search_failed,
    "count": step_count,
    "copy": step_copy,
    "get_storage": step_get_storage,
    "prune": step_prune,
    "join_stream": step_join_stream,
    "delete": step_delete,
    "get (deleted: 404)": step_get_deleted,
}
# Operation names as fleet.Server.not_offered spells them.
OPERATION = {name: name.split(" ")[0] for name in STEPS}


def outcome(error: BaseException | None) -> str:
    """``works``, ``not offered`` (this client's typed error) or ``fails: <what>``."""
    if error is None:
        return WORKS
    if isinstance(error, OperationNotOfferedError):
        return NOT_OFFERED
    if isinstance(error, NotImplementedError):
        return "n/a"
    status = status_of(error)
    return f"fails: {type(error).__name__}" + (f" {status}" if status else "")


def walk(w: Walk, skip: frozenset[str] = frozenset()) -> Iterator[tuple[str, str, float]]:
    """Run every step (but ``skip``); yield (step, outcome, seconds) as each ends."""
    for name, step in STEPS.items():
        if name in skip:
            continue
        started = time.monotonic()
        error: BaseException | None = None
        try:
            step(w)
        except Exception as caught:
            error = caught
        yield name, outcome(error), time.monotonic() - started
