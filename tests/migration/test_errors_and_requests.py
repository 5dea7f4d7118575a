"""Code written for ``langgraph_sdk``, run against a real server with only the import changed:
its ``except httpx...`` clauses, and the Python objects it passes as values (LangChain
messages, pydantic models, datetimes, UUIDs, sets, dataclasses), stored as the SDK stores them.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import re
import socket
import types
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langgraph_sdk import get_sync_client as get_sdk_client

from langgraph_threads_client import (
    APIConnectionError,
    APITimeoutError,
    ConflictError,
    NotFoundError,
    SyncThreadsClient,
    Thread,
)
from tests.forms import Form, library_of, threads_client
from tests.waits import SleepRecorder, record_waits

pytestmark = pytest.mark.live

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"
AT = datetime.datetime(2026, 11, 30, 3, 4, 5, 678901, tzinfo=datetime.UTC)


@pytest.fixture
def threads(form: Form, live_url: str) -> Iterator[SyncThreadsClient]:
    with threads_client(form, url=live_url) as client:
        yield client


@pytest.fixture
def sdk_threads(live_url: str) -> Iterator[Any]:
    with get_sdk_client(url=live_url, api_key=None) as client:
        yield client.threads


# --- errors: the except clauses of SDK code ---------------------------------------------------


def get_or_none(threads: SyncThreadsClient, thread_id: str) -> Thread | None:
    """As SDK code commonly writes it."""
    try:
        return threads.get(thread_id)
    except httpx.HTTPStatusError as e:
        if e.response.status_code == 404:
            return None
        raise


def test_except_http_status_error_catches_a_missing_thread(threads: SyncThreadsClient) -> None:
    assert get_or_none(threads, UNKNOWN_ID) is None
    thread = threads.create()
    found = get_or_none(threads, thread.thread_id)
    assert found is not None
    assert found.thread_id == thread.thread_id

    with pytest.raises(httpx.HTTPStatusError) as caught:
        threads.delete(UNKNOWN_ID)
    error = caught.value
    assert isinstance(error, NotFoundError)
    assert error.response.status_code == 404
    assert error.request.method == "DELETE"
    assert error.request.url.path == f"/threads/{UNKNOWN_ID}"
    assert "not found" in str(error).lower()


def test_str_of_an_error_is_the_sdks(threads: SyncThreadsClient, sdk_threads: Any) -> None:
    # As in ``raise HTTPException(status_code=..., detail=str(e))``.
    existing = threads.create().thread_id
    calls: list[tuple[str, Any]] = [
        ("get", lambda client: client.get(UNKNOWN_ID)),
        ("create", lambda client: client.create(thread_id=existing, if_exists="raise")),
        ("get_state", lambda client: client.get_state(UNKNOWN_ID)),
    ]
    for name, call in calls:
        with pytest.raises(httpx.HTTPStatusError) as theirs:
            call(sdk_threads)
        with pytest.raises(httpx.HTTPStatusError) as ours:
            call(threads)
        assert str(ours.value) == str(theirs.value), name
        assert ours.value.response.status_code == theirs.value.response.status_code, name


def test_except_http_error_catches_a_conflict(threads: SyncThreadsClient) -> None:
    thread = threads.create()
    try:
        threads.create(thread_id=thread.thread_id, if_exists="raise")
    except httpx.HTTPError as e:
        caught: Exception = e
    else:  # pragma: no cover - the server refused it in every version seen
        pytest.fail("creating a thread twice did not fail")
    assert isinstance(caught, ConflictError)
    assert isinstance(caught, httpx.HTTPStatusError)
    assert caught.response.status_code == 409


def test_the_readme_errors_example(threads: SyncThreadsClient) -> None:
    readme = Path(__file__).resolve().parents[2] / "README.md"
    section = readme.read_text().split("### Errors", 1)[1].split("\n## ", 1)[0]
    (example,) = re.findall(r"```python\n(.*?)```", section, re.S)
    client = types.SimpleNamespace(threads=threads)
    for thread_id, found in ((UNKNOWN_ID, False), (threads.create().thread_id, True)):
        namespace = {"httpx": httpx, "client": client, "thread_id": thread_id}
        exec(example, namespace)
        assert (namespace["thread"] is not None) is found


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> SleepRecorder:
    """The waits between attempts, recorded instead of waited (a refused connection is
    retried for 7.5 s)."""
    return record_waits(monkeypatch)


@pytest.fixture
def refused_url() -> str:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_except_connect_error_on_a_refused_port(
    form: Form, refused_url: str, sleeps: SleepRecorder
) -> None:
    library = library_of(form)  # httpx, or httpx2 for code written against it
    with threads_client(form, url=refused_url) as threads:  # default retries, as SDK code has
        try:
            threads.search(metadata={"user": "u1"})
        except library.ConnectError as e:
            caught: Exception = e
        else:  # pragma: no cover
            pytest.fail("a refused connection did not fail")
    assert isinstance(caught, APIConnectionError)
    assert isinstance(caught, library.TransportError)
    assert isinstance(caught, library.HTTPError)
    assert not isinstance(caught, library.TimeoutException)
    assert isinstance(caught.__cause__, library.ConnectError)
    # The class's name is this client's; httpx's is the cause's (README, Migrating).
    assert (type(caught).__name__, type(caught.__cause__).__name__) == (
        "APIConnectionError",
        "ConnectError",
    )
    # Tried for 7.5 s, as the SDK's transport tries a connection: 4 retries, and a fifth
    # where the jitter cut their waits short of it.
    assert len(sleeps.delays) in (4, 5)
    assert sum(sleeps.delays) >= 7.5 - 1e-9


@pytest.fixture
def silent_url() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_except_timeout_exception_on_a_server_that_never_answers(
    form: Form, silent_url: str
) -> None:
    library = library_of(form)
    with threads_client(form, url=silent_url, timeout=0.3, max_retries=0) as threads:
        try:
            threads.get(UNKNOWN_ID)
        except library.TimeoutException as e:
            caught: Exception = e
        else:  # pragma: no cover
            pytest.fail("a silent server did not time out")
    assert isinstance(caught, library.ReadTimeout)
    assert isinstance(caught, APITimeoutError)
    assert isinstance(caught, APIConnectionError)
    assert isinstance(caught, library.TransportError)
    assert "ReadTimeout" in str(caught)
    assert (type(caught).__name__, type(caught.__cause__).__name__) == (
        "APITimeoutError",
        "ReadTimeout",
    )


# --- requests: what SDK code passes, stored as the SDK stores it ----------------------------


class Priority(enum.Enum):
    HIGH = "high"


class Review(pydantic.BaseModel):
    approved: bool
    reviewer: str
    at: datetime.datetime


@dataclasses.dataclass
class Decision:
    choice: str
    decided_on: datetime.date


def sdk_style_values() -> dict[str, Any]:
    """A human-in-the-loop update as SDK code writes it."""
    return {
        "messages": [
            HumanMessage("please approve", id="msg-human-1"),
            AIMessage("", id="msg-ai-1", tool_calls=[{"name": "ok", "args": {}, "id": "c1"}]),
            Review(approved=True, reviewer="ann", at=AT),
            Decision("ship", datetime.date(2026, 11, 30)),
            {
                "at": AT,
                "naive": datetime.datetime(2026, 11, 30, 1, 2, 3),
                "id": uuid.UUID("01a20f6f-7ed2-7453-b595-f65dd9614208"),
                "tags": {"a"},
                "frozen": frozenset({7}),
                "priority": Priority.HIGH,
                "time": datetime.time(12, 30),
            },
        ],
        "count": 41,
    }


def stored_values(live_url: str, thread_id: str) -> Any:
    response = httpx.get(f"{live_url}/threads/{thread_id}/state", timeout=10)
    response.raise_for_status()
    return response.json()["values"]


def test_update_state_with_sdk_style_values_stores_what_the_sdk_stores(
    threads: SyncThreadsClient, sdk_threads: Any, live_url: str
) -> None:
    ours = threads.create(graph_id="counter")
    theirs = sdk_threads.create(graph_id="counter")
    threads.update_state(ours.thread_id, sdk_style_values())
    sdk_threads.update_state(theirs["thread_id"], sdk_style_values())

    stored = stored_values(live_url, ours.thread_id)
    assert stored == stored_values(live_url, theirs["thread_id"])
    human, ai, review, decision, plain = stored["messages"]
    assert human["type"] == "human"
    assert human["content"] == "please approve"
    assert human["id"] == "msg-human-1"
    assert ai["tool_calls"][0]["name"] == "ok"
    assert review == {"approved": True, "reviewer": "ann", "at": "2026-11-30T03:04:05.678901+00:00"}
    assert decision == {"choice": "ship", "decided_on": "2026-11-30"}
    assert plain == {
        "at": "2026-11-30T03:04:05.678901+00:00",
        "naive": "2026-11-30T01:02:03",
        "id": "01a20f6f-7ed2-7453-b595-f65dd9614208",
        "tags": ["a"],
        "frozen": [7],
        "priority": "high",
        "time": "12:30:00",
    }
    assert stored["count"] == 41
    # ... and reads back through this client as the same JSON.
    assert threads.get_state(ours.thread_id).values == stored


def test_a_human_message_answers_an_interrupt_as_with_the_sdk(
    threads: SyncThreadsClient, sdk_threads: Any, live_url: str
) -> None:
    """The commonest human-in-the-loop write: one message, as a node."""
    ours = threads.create(graph_id="counter")
    theirs = sdk_threads.create(graph_id="counter")
    reply = {"messages": [HumanMessage("yes, go ahead")]}
    threads.update_state(ours.thread_id, reply, as_node="step")
    sdk_threads.update_state(theirs["thread_id"], reply, as_node="step")
    stored = stored_values(live_url, ours.thread_id)
    assert stored == stored_values(live_url, theirs["thread_id"])
    assert stored["messages"][0]["content"] == "yes, go ahead"


def test_metadata_with_sdk_style_values_is_stored_and_searched_as_with_the_sdk(
    threads: SyncThreadsClient, sdk_threads: Any
) -> None:
    run_id = uuid.uuid4()
    metadata: dict[Any, Any] = {
        "run": run_id,
        "at": AT,
        "priority": Priority.HIGH,
        "labels": {"x"},
        7: "seven",
    }
    ours = threads.create(metadata=metadata)
    theirs = sdk_threads.create(metadata=metadata)
    assert ours.metadata == theirs["metadata"]
    assert ours.metadata["run"] == str(run_id)
    assert ours.metadata["7"] == "seven"
    # A UUID in a filter matches the string it was stored as, as with the SDK.
    found = threads.search(metadata={"run": run_id})
    assert {thread.thread_id for thread in found} == {ours.thread_id, theirs["thread_id"]}
    assert len(sdk_threads.search(metadata={"run": run_id})) == 2


def test_a_value_that_cannot_be_sent_fails_before_the_request(
    threads: SyncThreadsClient,
) -> None:
    thread = threads.create(graph_id="counter")

    class Opaque:
        pass

    with pytest.raises(
        TypeError, match=r'^values\["messages"\]\[1\]: cannot encode object of type Opaque$'
    ):
        threads.update_state(thread.thread_id, {"messages": [HumanMessage("hi"), Opaque()]})
    assert threads.get_state(thread.thread_id).values == {}  # nothing was written
