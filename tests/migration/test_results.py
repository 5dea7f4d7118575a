"""Code written for langgraph_sdk reads this client's results unchanged (only the import differs).

Each test is SDK-style code (the patterns of the LangGraph docs and of public projects built on
the SDK) run against the real in-memory server, in both forms; the JSON it reads is compared
with what the server sent, fetched with plain httpx.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import functools
import json
import pprint
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pydantic
import pytest
import yaml
from langgraph_sdk.schema import Thread as SDKThread
from starlette.responses import JSONResponse

from langgraph_threads_client import SyncThreadsClient, Thread, ThreadState
from langgraph_threads_client.models import TaskCheckpoint
from tests.forms import Form, threads_client

pytestmark = pytest.mark.live


@pytest.fixture
def threads(form: Form, live_url: str) -> Iterator[SyncThreadsClient]:
    with threads_client(form, url=live_url) as client:
        yield client


def raw(live_url: str, method: str, path: str, body: Any = None) -> Any:
    """What the server sends, read with plain httpx (what the SDK hands back)."""
    return httpx.request(method, f"{live_url}{path}", json=body, timeout=30).json()


def run(live_url: str, thread_id: str, **options: Any) -> None:
    httpx.post(
        f"{live_url}/threads/{thread_id}/runs/wait",
        json={"assistant_id": "counter", "input": {"count": 0}, **options},
        timeout=30,
    ).raise_for_status()


def test_thread_subscripting_get_in_and_mapping(threads: SyncThreadsClient, live_url: str) -> None:
    thread = threads.create(metadata={"user_id": "u1"}, graph_id="counter")
    thread_id = thread["thread_id"]
    assert thread["metadata"]["user_id"] == "u1"
    assert thread.get("metadata", {}).get("graph_id") == "counter"
    assert thread.get("no such key", "default") == "default"
    assert "thread_id" in thread
    assert "no such key" not in thread
    assert isinstance(thread, Mapping)
    fetched = threads.get(thread_id)
    sent = raw(live_url, "GET", f"/threads/{thread_id}")
    assert fetched["created_at"] == sent["created_at"]  # the string as sent, like the SDK
    assert isinstance(fetched.created_at, datetime.datetime)  # typed, on top
    assert dict(fetched) == {**fetched} == sent
    assert sorted(fetched.keys()) == sorted(sent)
    assert len(fetched) == len(sent)
    assert [key for key in fetched] == list(sent)
    assert dict(fetched.items()) == sent
    assert fetched == sent


def test_results_go_where_the_sdks_dicts_go(threads: SyncThreadsClient, live_url: str) -> None:
    thread = threads.create(metadata={"user_id": "u1"}, graph_id="counter")
    sent = raw(live_url, "GET", f"/threads/{thread['thread_id']}")
    assert isinstance(thread, dict)
    assert json.loads(json.dumps(thread)) == sent  # e.g. print(json.dumps(thread, indent=2))
    found = threads.search(metadata={"user_id": "u1"}, limit=100)
    assert thread["thread_id"] in {row["thread_id"] for row in json.loads(json.dumps(found))}
    # A web framework's JSON response and a pydantic model with a dict field take it as is.
    assert json.loads(bytes(JSONResponse(thread).body)) == sent

    class Envelope(pydantic.BaseModel):
        thread: dict[str, Any]

    assert json.loads(Envelope(thread=thread).model_dump_json())["thread"] == sent
    assert json.loads(pydantic.TypeAdapter(Any).dump_json(thread)) == sent

    @functools.singledispatch
    def kind(value: object) -> str:
        return "other"

    @kind.register
    def _(value: dict) -> str:  # type: ignore[type-arg]
        return "dict"

    assert kind(thread) == "dict"
    assert pprint.pformat(thread) == pprint.pformat(sent)  # laid out as a dict

    @dataclasses.dataclass
    class Session:
        thread: dict[str, Any]

    copied = dataclasses.asdict(Session(thread))["thread"]  # copied as type(d)(pairs)
    assert type(copied) is dict
    assert copied == sent
    # PyYAML's safe dumper takes plain dicts only, and its full dumper tags a result as a
    # Python object that safe_load refuses (both in the README, with this fix).
    with pytest.raises(yaml.representer.RepresenterError):
        yaml.safe_dump(thread)
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.safe_load(yaml.dump(thread))
    assert yaml.safe_load(yaml.safe_dump(thread.to_dict())) == sent
    assert yaml.safe_load(yaml.dump(thread.to_dict())) == sent


def test_search_results_read_like_dicts(threads: SyncThreadsClient) -> None:
    tag = uuid.uuid4().hex
    created = {threads.create(metadata={"tag": tag})["thread_id"] for _ in range(3)}
    found = threads.search(metadata={"tag": tag}, limit=10)
    assert {t["thread_id"] for t in found} == created
    assert all(t["metadata"]["tag"] == tag and t.get("status") == "idle" for t in found)
    assert [t for t in found if "thread_id" in t] == found


def test_unpacking_into_other_models(threads: SyncThreadsClient, live_url: str) -> None:
    class ThreadOut(pydantic.BaseModel):  # e.g. a FastAPI response model
        thread_id: str
        created_at: datetime.datetime
        metadata: dict[str, Any]

    thread = threads.create(metadata={"n": 1})
    out = ThreadOut(**thread)
    assert out.thread_id == thread.thread_id
    assert out.created_at == thread.created_at
    sdk_typed = SDKThread(**thread)  # type: ignore[typeddict-item]  # the SDK TypedDict
    assert sdk_typed == raw(live_url, "GET", f"/threads/{thread['thread_id']}")
    assert Thread(**thread) == thread  # this client's model, from the JSON of another
    merged = {**thread, "extra": True}
    assert merged["extra"] is True
    assert merged["thread_id"] == thread.thread_id


def test_state_nested_reads(threads: SyncThreadsClient, live_url: str) -> None:
    thread_id = threads.create(graph_id="counter")["thread_id"]
    run(live_url, thread_id)
    run(live_url, thread_id, interrupt_before=["step"])  # leaves a pending task
    state = threads.get_state(thread_id)
    assert state["next"] == ["step"] == state.next
    assert state["values"]["messages"] == ["step 1"]
    assert state["values"] == state.values
    task = state["tasks"][0]
    assert task["name"] == "step"
    assert task["interrupts"] == state.tasks[0].interrupts == []
    assert state["checkpoint"]["checkpoint_id"] == state["checkpoint_id"]
    assert state["checkpoint"]["thread_id"] == thread_id == state.checkpoint.thread_id  # type: ignore[union-attr]
    assert state == raw(live_url, "GET", f"/threads/{thread_id}/state")
    history = threads.get_history(thread_id, limit=10)
    assert history[0]["values"]["messages"] == ["step 1"]
    assert history[0]["checkpoint"]["checkpoint_id"] == state["checkpoint"]["checkpoint_id"]


def test_a_graph_with_a_subgraph_reads_as_with_the_sdk(
    threads: SyncThreadsClient, live_url: str
) -> None:
    # Stopped before the subgraph node: its task reports the subgraph's checkpoint, a namespace
    # with no checkpoint id yet (langgraph-api 0.16.7).
    thread_id = threads.create()["thread_id"]
    run(live_url, thread_id, assistant_id="nested", interrupt_before=["child"])
    state = threads.get_state(thread_id)
    assert state == raw(live_url, "GET", f"/threads/{thread_id}/state")
    assert state["next"] == ["child"]
    pending = state["tasks"][0]["checkpoint"]
    assert "checkpoint_id" not in pending
    assert pending["checkpoint_ns"].startswith("child:")
    checkpoint = state.tasks[0].checkpoint  # typed: a TaskCheckpoint
    assert isinstance(checkpoint, TaskCheckpoint)
    assert checkpoint.checkpoint_ns == pending["checkpoint_ns"]
    # With subgraphs=True, the task's state is the subgraph's, as sent; read typed on demand
    # (as the README says).
    subgraph = threads.get_state(thread_id, subgraphs=True).tasks[0].state
    assert (
        subgraph
        == raw(live_url, "GET", f"/threads/{thread_id}/state?subgraphs=true")["tasks"][0]["state"]
    )
    assert isinstance(subgraph, dict)
    assert ThreadState.from_dict(subgraph).next == []
    # Run on through the subgraph: every state of the history reads, as the SDK's do.
    run(live_url, thread_id, assistant_id="nested", input=None)
    history = threads.get_history(thread_id, limit=20)
    assert history == raw(live_url, "POST", f"/threads/{thread_id}/history", {"limit": 20})
    assert [past["next"] for past in history][:3] == [[], ["child"], ["step"]]
    assert list(threads.iter_history(thread_id, page_size=2)) == history


def test_states_read_by_get_and_by_post_are_equal(
    threads: SyncThreadsClient, live_url: str
) -> None:
    thread_id = threads.create(graph_id="counter")["thread_id"]
    run(live_url, thread_id)
    by_get = threads.get_state(thread_id)
    by_post = threads.get_state(thread_id, checkpoint=by_get["checkpoint"])
    assert isinstance(by_get, ThreadState)
    assert isinstance(by_post, ThreadState)
    assert by_get == by_post  # equal JSON, equal results
    assert by_get.to_dict() == by_post.to_dict()
    assert threads.get_history(thread_id, limit=1)[0] == by_get


def test_dict_copies_and_unions_as_sdk_code_makes_them(
    threads: SyncThreadsClient, live_url: str
) -> None:
    thread = threads.create(metadata={"k": "v"})
    sent = raw(live_url, "GET", f"/threads/{thread['thread_id']}")
    row = thread.copy()  # e.g. before adding display fields
    row["label"] = row["metadata"].get("k", "")
    assert row == {**sent, "label": "v"}
    assert thread | {"label": "v"} == row
    assert {"label": "x"} | thread == {"label": "x", **sent}
    assert list(reversed(thread)) == list(reversed(sent))
    shallow, deep = copy.copy(thread), copy.deepcopy(thread)  # copies to change
    shallow["label"] = "s"
    deep["metadata"]["k"] = "d"
    assert shallow == {**sent, "label": "s"}
    assert deep["metadata"] == {"k": "d"}
    assert "label" not in thread
    assert thread["metadata"] == {"k": "v"}


def test_results_are_read_only_and_to_dict_is_the_mutable_json(
    threads: SyncThreadsClient, live_url: str
) -> None:
    thread = threads.create(metadata={"k": "v"})
    with pytest.raises(TypeError, match="to_dict"):
        thread["metadata"] = {}
    with pytest.raises(TypeError, match="to_dict"):
        del thread["metadata"]
    copied = thread.to_dict()
    copied["metadata"]["k"] = "changed"
    assert thread["metadata"]["k"] == "v"
    assert json.loads(json.dumps(thread.to_dict())) == raw(
        live_url, "GET", f"/threads/{thread['thread_id']}"
    )
    with pytest.raises(TypeError, match="to_dict"):
        thread.setdefault("label", "")
    with pytest.raises(TypeError, match="to_dict"):
        thread.pop("metadata")
