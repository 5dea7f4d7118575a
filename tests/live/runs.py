"""Runs of the test graph for the live join_stream tests (runs are outside this client)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import httpx

from langgraph_threads_client import StreamPart

__all__ = ["start_run", "until_run_done"]


def start_run(
    live_url: str,
    thread_id: str,
    *,
    modes: Sequence[str] = ("values", "updates"),
    wait: bool = True,
    resumable: bool = True,
    if_not_exists: str | None = None,
) -> str:
    """Start a run of the test graph with plain httpx; with ``wait``, return once it is done.
    ``if_not_exists="create"`` creates the thread if it does not exist."""
    body = {
        "assistant_id": "counter",
        "input": {"count": 0},
        "stream_mode": list(modes),
        "stream_resumable": resumable,
    }
    if if_not_exists is not None:
        body["if_not_exists"] = if_not_exists
    response = httpx.post(
        f"{live_url}/threads/{thread_id}/runs",
        json=body,
        timeout=30,
    )
    response.raise_for_status()
    run_id: str = response.json()["run_id"]
    if wait:
        httpx.get(f"{live_url}/threads/{thread_id}/runs/{run_id}/join", timeout=30)
    return run_id


def until_run_done(
    stream: Iterable[StreamPart], run_id: str | None, limit: int
) -> list[StreamPart]:
    """The parts of a thread's stream up to the ``run_done`` of ``run_id`` (None: of the run
    that ends first), that one included; at most ``limit`` parts, and the stream must not end
    before it."""
    parts: list[StreamPart] = []
    for part in stream:
        parts.append(part)
        data = part.data if isinstance(part.data, dict) else {}
        if part.event == "metadata" and data.get("status") == "run_done":
            assert run_id is None or data.get("run_id") == run_id
            return parts
        assert len(parts) < limit, parts
    raise AssertionError("the stream ended before the run was done")
