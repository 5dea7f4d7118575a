"""Graph code written for langgraph_sdk runs in the server with only the import changed.

The LangGraph docs show graph code (a node, a custom route) calling ``get_client()`` with no
``url`` to reach the server it runs in, in-process. tests/server/loopback_graph.py does that in
two nodes of the same step, one with this client and one with the SDK; a run of it on the real
in-memory server shows both reading the same thread.
"""

from __future__ import annotations

import uuid

import httpx
import pytest

from langgraph_threads_client import get_sync_client
from tests.live.runs import start_run, until_run_done

pytestmark = pytest.mark.live


def test_a_node_reads_its_own_thread_in_process_as_with_the_sdk(live_url: str) -> None:
    marker = uuid.uuid4().hex
    with get_sync_client(url=live_url) as client:
        thread_id = client.threads.create(metadata={"loopback": marker})["thread_id"]
    raw_thread = httpx.get(f"{live_url}/threads/{thread_id}", timeout=30).json()
    response = httpx.post(
        f"{live_url}/threads/{thread_id}/runs/wait",
        json={"assistant_id": "loopback", "input": {"count": 3}},
        timeout=60,
    )
    response.raise_for_status()
    values = response.json()
    assert values["ours"] == values["sdk"]
    # A result returned into the graph's state is stored and sent back as the SDK's dict is
    # (equal above; read during the run, so busy and with the run's metadata).
    thread = values["ours"].pop("thread")
    assert thread.keys() == raw_thread.keys()
    assert thread["thread_id"] == thread_id
    assert thread["metadata"]["graph_id"] == "loopback"
    assert values["ours"] == {
        "thread_id": thread_id,
        "status": "busy",  # read during the run
        "metadata": {"loopback": marker},
        "count": 3,
        "next": ["ours", "sdk"],
        "found": [thread_id],
    }


def test_the_readmes_graph_runs_in_the_server(live_url: str) -> None:
    """The README's example (tests/server/launch.py puts it in the server as graph "readme")."""
    with get_sync_client(url=live_url) as client:
        thread_id = client.threads.create(metadata={"user_id": "u1"})["thread_id"]
    response = httpx.post(
        f"{live_url}/threads/{thread_id}/runs/wait",
        json={"assistant_id": "readme", "input": {}},
        timeout=60,
    )
    response.raise_for_status()
    assert response.json() == {"owner": "u1"}


def test_a_node_joins_another_threads_stream_in_process(live_url: str) -> None:
    """join_stream through the server's own in-process transport, which streams."""
    with get_sync_client(url=live_url) as client:
        target = client.threads.create()["thread_id"]
        joiner = client.threads.create()["thread_id"]
    run_id = start_run(live_url, target)  # resumable, so a join from the start replays it
    with (
        get_sync_client(url=live_url) as client,
        client.threads.join_stream(target, last_event_id="-", max_reconnects=0) as stream,
    ):
        expected = [[part.event, part.id] for part in until_run_done(stream, run_id, limit=50)]
    response = httpx.post(
        f"{live_url}/threads/{joiner}/runs/wait",
        json={"assistant_id": "loopback_join", "input": {"target": target}},
        timeout=60,
    )
    response.raise_for_status()
    assert response.json()["events"] == expected
    assert [event for event, _ in expected] == [
        "metadata",
        "values",
        "updates",
        "values",
        "metadata",
    ]
