"""The requests SDK-style calls send: the same as the official SDK's, argument for argument.

Where the SDK takes a value loosely (an empty string for "not given", a numpy integer, a UUID
for an id, an enum of another class), this client sends what the SDK sends rather than refuse
it: code written for the SDK runs unchanged. Each call runs on both clients against the same
mock server, and the requests are compared (method, path, query, JSON body).
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import fractions
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any, cast

import httpx
import pydantic
import pydantic.v1
import pytest
from langgraph_sdk.client import SyncLangGraphClient

from langgraph_threads_client import SyncThreadsClient
from tests.forms import Form, threads_client

T = "01a20f6f-7ed2-7453-b595-f65dd9614208"
C = "1ef4a9b8-e6fb-67b1-8001-abd5184439d1"
THREAD: dict[str, Any] = {
    "thread_id": T,
    "created_at": "2026-11-30T10:00:00+00:00",
    "updated_at": "2026-11-30T10:00:00+00:00",
    "metadata": {},
    "status": "idle",
    "values": {},
    "interrupts": {},
}
STATE: dict[str, Any] = {
    "values": {},
    "next": [],
    "tasks": [],
    "interrupts": [],
    "metadata": {},
    "created_at": None,
    "checkpoint": {"checkpoint_id": C, "thread_id": T, "checkpoint_ns": ""},
    "parent_checkpoint": None,
    "checkpoint_id": C,
    "parent_checkpoint_id": None,
}


class SortBy(enum.Enum):  # an application's own enum, not a str one
    UPDATED = "updated_at"


class Node(enum.Enum):  # the same, for string arguments
    STEP = "step"
    GRAPH = "agent"


class Field(enum.Enum):  # a plain enum, of fields and paths a request names
    VALUES = "values"
    COUNT = "values.count"


class MixedField(str, enum.Enum):  # noqa: UP042 - a str-mixin enum, whose str() is its name on 3.11
    VALUES = "values"


class ThreadId(uuid.UUID):
    """An application's own UUID class, as an id."""


class NumpyLikeInt:
    """An integer of another type, as numpy's (``int64``): ``__index__`` gives its value."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


class MetadataV2(pydantic.BaseModel):
    user: str
    n: int = 1


class RichMetadata(pydantic.BaseModel):
    """Fields pydantic's ``model_dump()`` leaves as Python objects, for the encoder to write."""

    when: datetime.datetime = datetime.datetime(2026, 12, 7, 10, 30, tzinfo=datetime.UTC)
    ref: uuid.UUID = uuid.UUID(int=7)
    inner: MetadataV2 = MetadataV2(user="inner")
    tags: set[str] = {"one"}
    keyed: dict[int, str] = {1: "int key"}
    order: SortBy = SortBy.UPDATED


class CheckpointModel(pydantic.BaseModel):
    checkpoint_id: uuid.UUID = uuid.UUID("1ef4a9b8-e6fb-67b1-8001-abd5184439d1")
    checkpoint_ns: str = ""


@dataclasses.dataclass
class DumpingFilter:
    """A dataclass with a method of pydantic's name: orjson writes its fields."""

    count: int = 2

    def model_dump(self) -> dict[str, Any]:
        return {"dumped": True}


class MetadataV1(pydantic.v1.BaseModel):
    user: str
    n: int = 1


@dataclasses.dataclass
class Filter:
    count: int
    tags: tuple[str, ...] = ("a",)


@dataclasses.dataclass
class CheckpointRef:
    checkpoint_id: str
    checkpoint_ns: str = ""


def answer(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path.endswith(("/search", "/history")):
        return httpx.Response(200, json=[])
    if path.endswith("/count"):
        return httpx.Response(200, json=0)
    if path.endswith("/stream"):
        event = b'event: values\r\ndata: {"n": 1}\r\nid: 1-0\r\n\r\n'
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=event)
    if path.endswith("/prune"):
        return httpx.Response(200, json={"pruned_count": 0})
    if "/state" in path:
        body = {"checkpoint": STATE["checkpoint"]} if request.method == "POST" else STATE
        return httpx.Response(200, json=body if path.endswith("/state") else STATE)
    return httpx.Response(200, json=THREAD)


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


def recording(sent: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    return httpx.MockTransport(handle)


@pytest.fixture
def ours(form: Form, sent: list[httpx.Request]) -> Iterator[SyncThreadsClient]:
    with threads_client(form, transport=recording(sent)) as threads:
        yield threads


@pytest.fixture
def sdk(sent: list[httpx.Request]) -> Iterator[Any]:
    http = httpx.Client(base_url="http://sdk.test", transport=recording(sent))
    with SyncLangGraphClient(http) as client:
        yield client.threads


def request_of(call: Callable[[], object], sent: list[httpx.Request]) -> tuple[object, ...]:
    """The request a call sends: method, path, query, JSON body and the order of its keys."""
    sent.clear()
    call()
    (request,) = sent
    query = request.url.params.multi_items()
    body = json.loads(request.content) if request.content else None
    # With its keys in the order they were sent: the SDK's order, for the same bytes.
    return request.method, request.url.path, query, body, key_order(body)


def key_order(value: object) -> object:
    """The keys of every object in ``value``, in their order (the values compare apart)."""
    if isinstance(value, dict):
        return [(key, key_order(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [key_order(item) for item in value]
    return None


CALLS: dict[str, Callable[[Any], object]] = {
    # Empty optional arguments: the SDK leaves every falsy one out (as if not given).
    "create, empty arguments": lambda t: t.create(
        thread_id="", if_exists="", graph_id="", metadata={}, supersteps=[]
    ),
    "search, empty filters": lambda t: t.search(
        metadata={}, values={}, ids=[], status="", sort_by="", sort_order="", select=[], extract={}
    ),
    "count, empty filters": lambda t: t.count(metadata={}, values={}, status=""),
    "get_state, empty checkpoint id": lambda t: t.get_state(T, checkpoint_id=""),
    "get_state, empty checkpoint": lambda t: t.get_state(T, checkpoint={}),
    "get_history, empty filters": lambda t: t.get_history(
        T, before="", metadata={}, checkpoint={}, select=[]
    ),
    "update_state, empty as_node and checkpoint": lambda t: t.update_state(
        T, {"a": 1}, as_node="", checkpoint={}, checkpoint_id=""
    ),
    "get, empty include": lambda t: t.get(T, include=[]),
    "get, empty string include": lambda t: t.get(T, include=""),
    # State reads send subgraphs, false too, as the SDK does (a query parameter, or in the body).
    "get_state": lambda t: t.get_state(T),
    "get_state, subgraphs and select": lambda t: t.get_state(T, subgraphs=True, select=["next"]),
    "get_state at a checkpoint id": lambda t: t.get_state(T, checkpoint_id=C),
    "get_state at a checkpoint id, subgraphs": lambda t: t.get_state(
        T, checkpoint_id=C, subgraphs=True
    ),
    "get_state at a checkpoint": lambda t: t.get_state(T, checkpoint={"checkpoint_id": C}),
    "get_state at a checkpoint, subgraphs and select": lambda t: t.get_state(
        T, checkpoint={"checkpoint_id": C}, subgraphs=True, select=["values"]
    ),
    "get_state, params over subgraphs": lambda t: t.get_state(T, params={"subgraphs": "1"}),
    # Values of other types that the SDK sends as JSON the server reads.
    "search, whole-float numbers": lambda t: t.search(limit=10 / 2, offset=2.0),
    "search, UUID ids": lambda t: t.search(ids=[uuid.UUID(T)]),
    "search, an application's enum": lambda t: t.search(sort_by=SortBy.UPDATED),
    "prune, UUID ids and the default strategy": lambda t: t.prune([uuid.UUID(T)]),
    "prune, ids of strings and UUIDs": lambda t: t.prune(
        [T, uuid.UUID(int=1), uuid.UUID(int=2**128 - 1), str(uuid.UUID(int=3))]
    ),
    "search, many UUID ids": lambda t: t.search(ids=[uuid.UUID(int=n) for n in range(500)]),
    "prune, another strategy": lambda t: t.prune([T], strategy="keep_latest"),
    # Supersteps: every update as values, command (null when not given) and as_node.
    "create, supersteps as tuples, without a command": lambda t: t.create(
        supersteps=({"updates": ({"values": {"a": 1}, "as_node": "n"},)},)
    ),
    "create, supersteps with a null command and other keys": lambda t: t.create(
        supersteps=[{"updates": [{"values": [1], "as_node": "n", "command": None, "x": 1}]}]
    ),
    "create, supersteps with an enum as_node": lambda t: t.create(
        supersteps=[{"updates": [{"values": {"a": 1}, "as_node": Node.STEP}]}]
    ),
    "create, supersteps with a command": lambda t: t.create(
        supersteps=[{"updates": [{"values": None, "as_node": "n", "command": {"resume": 1}}]}]
    ),
    "create, supersteps with a command of other keys": lambda t: t.create(
        supersteps=[{"updates": [{"values": 1, "as_node": "n", "command": {1: {2: "b"}}}]}]
    ),
    # Keys of other types beside the ones read: both read their keys and leave the rest.
    "create, supersteps holding keys of other types": lambda t: t.create(
        supersteps=[{"updates": [{"values": 1, "as_node": "n", 3: "x"}], 4: "y"}]
    ),
    "search, extract with an int alias": lambda t: t.search(extract={1: "values.count"}),
    # Per-call query parameters in every form httpx takes (the SDK's ``QueryParamTypes``).
    "search, params as pairs with a repeated name": lambda t: t.search(
        limit=1, params=[("a", "1"), ("a", "2")]
    ),
    "count, params as a tuple of pairs": lambda t: t.count(params=(("a", "1"),)),
    "get_history, params as a query string": lambda t: t.get_history(T, params="a=1&b=2"),
    "get_state, params as a mapping with a list": lambda t: t.get_state(
        T, params={"a": ["1", "2"], "b": True}
    ),
    # The SDK merges a call's parameters into a method's own as a dict's update: a name given
    # again keeps its place, the last of its values wins.
    "get_state, params with a repeated name": lambda t: t.get_state(
        T, params=[("a", "1"), ("a", "2")]
    ),
    "get_state, params over subgraphs after another": lambda t: t.get_state(
        T, select=["values"], params={"x": "1", "subgraphs": "1"}
    ),
    "get, params as pairs over the operation's": lambda t: t.get(
        T, include=["ttl"], params=[("a", "1"), ("include", "x"), ("include", "y")]
    ),
    "get, params over the operation's": lambda t: t.get(
        T, include=["ttl"], params={"include": "x"}
    ),
    # Forms a dict's update takes where httpx does not, and the other way round.
    "get_state, params as a generator of pairs": lambda t: t.get_state(
        T, params=(pair for pair in [("a", "1"), ("b", "2")])
    ),
    "count, params as a list of three (httpx reads the first two)": lambda t: t.count(
        params=[("a", "1", "ignored")]
    ),
    "count, params with an int name and a float value": lambda t: t.count(params={1: 1.5}),
    # A false argument that is no empty string or list (0, False) is left out, as by the SDK.
    "count, values as 0": lambda t: t.count(values=cast(Any, 0), metadata=cast(Any, False)),
    "search, falsy filters": lambda t: t.search(
        ids=cast(Any, 0), status=cast(Any, False), sort_by=cast(Any, 0), select=cast(Any, 0)
    ),
    "create, a falsy id and if_exists": lambda t: t.create(
        thread_id=cast(Any, 0), if_exists=cast(Any, False), supersteps=cast(Any, 0)
    ),
    "update_state, falsy options": lambda t: t.update_state(
        T, {"a": 1}, as_node=cast(Any, 0), checkpoint_id=cast(Any, False)
    ),
    "get_history, falsy options": lambda t: t.get_history(
        T, before=cast(Any, 0), metadata=cast(Any, 0.0), checkpoint=cast(Any, False)
    ),
    "get_state, a falsy checkpoint": lambda t: t.get_state(T, cast(Any, 0), cast(Any, False)),
    # A false value is no parameters for both (where httpx would refuse a 0 it was given).
    "get, params as 0": lambda t: t.get(T, params=0),
    "get_state, params as an empty tuple": lambda t: t.get_state(T, params=()),
    # A whole JSON object argument given as a pydantic model (v2, v1) or a dataclass: the SDK's
    # encoder sends its fields.
    "update, metadata as a pydantic model": lambda t: t.update(T, metadata=MetadataV2(user="u")),
    "update, metadata as a pydantic v1 model": lambda t: t.update(T, metadata=MetadataV1(user="u")),
    "search, metadata as a pydantic model of Python values": lambda t: t.search(
        metadata=RichMetadata()
    ),
    "count, values as a pydantic model of Python values": lambda t: t.count(values=RichMetadata()),
    "get_history, checkpoint as a pydantic model with a UUID": lambda t: t.get_history(
        T, checkpoint=CheckpointModel()
    ),
    "update_state, checkpoint as a pydantic model with a UUID": lambda t: t.update_state(
        T, {"a": 1}, checkpoint=CheckpointModel()
    ),
    "search, metadata as a dataclass with a model_dump method": lambda t: t.search(
        metadata=DumpingFilter()
    ),
    "search, metadata and values as a model and a dataclass": lambda t: t.search(
        metadata=MetadataV1(user="u"), values=Filter(count=2)
    ),
    "count, values as a dataclass": lambda t: t.count(values=Filter(count=2)),
    "get_state, checkpoint as a dataclass": lambda t: t.get_state(
        T, checkpoint=CheckpointRef(checkpoint_id=C)
    ),
    "get_history, metadata and checkpoint as a model and a dataclass": lambda t: t.get_history(
        T, metadata=MetadataV2(user="u"), checkpoint=CheckpointRef(checkpoint_id=C)
    ),
    "update_state, checkpoint as a dataclass": lambda t: t.update_state(
        T, {"a": 1}, checkpoint=CheckpointRef(checkpoint_id=C)
    ),
    # The rest as usual.
    "search, every filter": lambda t: t.search(
        metadata={"user": "u1"},
        values={"count": 1},
        ids=[T],
        status="idle",
        limit=3,
        offset=1,
        sort_by="created_at",
        sort_order="asc",
        select=["thread_id"],
        extract={"n": "values.count"},
    ),
    "update, with a TTL": lambda t: t.update(T, metadata={"a": 1}, ttl=5),
    "create, a TTL mapping as given": lambda t: t.create(ttl={"ttl": 5}),
    # (keys the models' constructors take as keywords, "self" included, are extra fields)
    "create, a TTL mapping with a key named self": lambda t: t.create(
        ttl={"ttl": 5, "self": 1, "additional_properties": 2}
    ),
    "update, a TTL mapping as given": lambda t: t.update(
        T, metadata={}, ttl={"strategy": "keep_latest", "ttl": 2.5, "note": "x"}
    ),
    "update_state, every argument": lambda t: t.update_state(
        T, {"a": 1}, as_node="step", checkpoint_id=C
    ),
    "create, a TTL mapping of a strategy alone": lambda t: t.create(ttl={"strategy": "delete"}),
    "update, a TTL mapping with a key that is not a string": lambda t: t.update(
        T, metadata={}, ttl={"ttl": 5, 1: 2}
    ),
    "update_state, a UUID checkpoint id and an enum node": lambda t: t.update_state(
        T, {"a": 1}, as_node=Node.STEP, checkpoint_id=uuid.UUID(C)
    ),
    "update_state, a checkpoint of UUIDs": lambda t: t.update_state(
        T, {"a": 1}, checkpoint={"checkpoint_id": uuid.UUID(C), "thread_id": uuid.UUID(T)}
    ),
    "get_state, a checkpoint of UUIDs": lambda t: t.get_state(
        T, {"checkpoint_id": uuid.UUID(C), "checkpoint_ns": ""}
    ),
    "get_history, a checkpoint of UUIDs": lambda t: t.get_history(
        T, checkpoint={"checkpoint_id": uuid.UUID(C)}
    ),
    "create, an enum graph id": lambda t: t.create(graph_id=Node.GRAPH),
    # (Typed str, but a metadata value to servers, which store a number too.)
    "create, a number as graph id": lambda t: t.create(graph_id=cast(Any, 5)),
    "create, a UUID as graph id": lambda t: t.create(graph_id=cast(Any, uuid.UUID(C))),
    "create, a falsy graph id": lambda t: t.create(graph_id=cast(Any, 0), metadata={"a": 1}),
    "get_state, a checkpoint and its id, as UUIDs": lambda t: t.get_state(
        T, {"checkpoint_id": uuid.UUID(C)}, checkpoint_id=uuid.UUID(C)
    ),
    "update, a TTL mapping with a null strategy": lambda t: t.update(
        T, metadata={}, ttl={"ttl": 5, "strategy": None}
    ),
    "get, an id of a UUID subclass": lambda t: t.get(ThreadId(T)),
    "update, an id of a UUID subclass": lambda t: t.update(ThreadId(T), metadata={"a": 1}),
    "get_state, ids of a UUID subclass": lambda t: t.get_state(
        ThreadId(T), checkpoint_id=ThreadId(C)
    ),
    "get_history, select of an enum": lambda t: t.get_history(T, select=[Field.VALUES]),
    "get_state at a checkpoint, select of an enum": lambda t: t.get_state(
        T, {"checkpoint_id": C}, select=[Field.VALUES]
    ),
    "get_history, select of a str-mixin enum": lambda t: t.get_history(
        T, select=[MixedField.VALUES]
    ),
    "search, select and extract of enums": lambda t: t.search(
        select=[Field.VALUES], extract={"n": Field.COUNT}
    ),
    # (The server's default: other modes go where the server reads them, as the README says.)
    "join_stream, the default modes": lambda t: next(iter(t.join_stream(T))),
}


@pytest.mark.parametrize("name", CALLS)
def test_the_request_is_the_sdks(
    name: str, ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request]
) -> None:
    call = CALLS[name]
    assert request_of(lambda: call(ours), sent) == request_of(lambda: call(sdk), sent)


# Where the README's Migrating section says this client sends otherwise than the SDK: the
# call, then (method, path, query, body) of this client's request and of the SDK's.
DIFFERENCES: dict[str, tuple[Callable[[Any], object], tuple[object, ...], tuple[object, ...]]] = {
    "None for an optional argument: left out": (
        lambda t: t.prune([T], strategy=None),
        ("POST", "/threads/prune", [], {"thread_ids": [T]}),
        ("POST", "/threads/prune", [], {"thread_ids": [T], "strategy": None}),
    ),
    # (Not left out: langgraph-api 0.2.125 answers 500 to a PATCH without metadata.)
    "None for update's metadata: none to merge": (
        lambda t: t.update(T, metadata=None),
        ("PATCH", f"/threads/{T}", [], {"metadata": {}}),
        ("PATCH", f"/threads/{T}", [], {"metadata": None}),
    ),
    # (The SDK's Checkpoint type has every checkpoint carry the key; the server refuses null.)
    "a checkpoint's null checkpoint_map: left out": (
        lambda t: t.get_state(
            T, {"thread_id": T, "checkpoint_ns": "", "checkpoint_id": C, "checkpoint_map": None}
        ),
        (
            "POST",
            f"/threads/{T}/state/checkpoint",
            [],
            {
                "checkpoint": {"thread_id": T, "checkpoint_ns": "", "checkpoint_id": C},
                "subgraphs": False,
            },
        ),
        (
            "POST",
            f"/threads/{T}/state/checkpoint",
            [],
            {
                "checkpoint": {
                    "thread_id": T,
                    "checkpoint_ns": "",
                    "checkpoint_id": C,
                    "checkpoint_map": None,
                },
                "subgraphs": False,
            },
        ),
    ),
    # (A fresh thread's state on Aegra has one; so has a subgraph's task still running.
    # Aegra reads the null as absent; langgraph-api answers 422.)
    "a checkpoint's null checkpoint_id: left out": (
        lambda t: t.update_state(
            T, {"count": 1}, checkpoint={"thread_id": T, "checkpoint_ns": "", "checkpoint_id": None}
        ),
        (
            "POST",
            f"/threads/{T}/state",
            [],
            {"values": {"count": 1}, "checkpoint": {"thread_id": T, "checkpoint_ns": ""}},
        ),
        (
            "POST",
            f"/threads/{T}/state",
            [],
            {
                "values": {"count": 1},
                "checkpoint": {"thread_id": T, "checkpoint_ns": "", "checkpoint_id": None},
            },
        ),
    ),
    "one string where a list belongs": (
        lambda t: t.search(ids=T),
        ("POST", "/threads/search", [], {"ids": [T], "limit": 10, "offset": 0}),
        ("POST", "/threads/search", [], {"ids": T, "limit": 10, "offset": 0}),
    ),
    "one string where a list belongs, in the query": (
        lambda t: t.get(T, include="ttl"),
        ("GET", f"/threads/{T}", [("include", "ttl")], None),
        ("GET", f"/threads/{T}", [("include", "t,t,l")], None),
    ),
    "subgraphs that is not a bool: by its truth": (
        lambda t: t.get_state(T, subgraphs=1),
        ("GET", f"/threads/{T}/state", [("subgraphs", "true")], None),
        ("GET", f"/threads/{T}/state", [("subgraphs", "1")], None),
    ),
    "subgraphs as a string: by what it says": (
        lambda t: t.get_state(T, subgraphs=cast(Any, "false")),
        ("GET", f"/threads/{T}/state", [("subgraphs", "false")], None),
        ("GET", f"/threads/{T}/state", [("subgraphs", "false")], None),
    ),
    "subgraphs as a string that says yes": (
        lambda t: t.get_state(T, subgraphs=cast(Any, " 1")),
        ("GET", f"/threads/{T}/state", [("subgraphs", "true")], None),
        ("GET", f"/threads/{T}/state", [("subgraphs", " 1")], None),
    ),
    "subgraphs as a string, at a checkpoint": (
        lambda t: t.get_state(T, {"checkpoint_id": C}, subgraphs=cast(Any, "False")),
        (
            "POST",
            f"/threads/{T}/state/checkpoint",
            [],
            {"checkpoint": {"checkpoint_id": C}, "subgraphs": False},
        ),
        (
            "POST",
            f"/threads/{T}/state/checkpoint",
            [],
            {"checkpoint": {"checkpoint_id": C}, "subgraphs": "False"},
        ),
    ),
    "a query parameter named twice in get: both": (
        lambda t: t.get(T, params=[("a", "1"), ("a", "2")]),
        ("GET", f"/threads/{T}", [("a", "1"), ("a", "2")], None),
        ("GET", f"/threads/{T}", [("a", "2")], None),
    ),
    "a checkpoint in a config's form: the checkpoint it holds": (
        lambda t: t.get_state(T, {"configurable": {"checkpoint_id": C}}),
        (
            "POST",
            f"/threads/{T}/state/checkpoint",
            [],
            {"checkpoint": {"checkpoint_id": C}, "subgraphs": False},
        ),
        (
            "POST",
            f"/threads/{T}/state/checkpoint",
            [],
            {"checkpoint": {"configurable": {"checkpoint_id": C}}, "subgraphs": False},
        ),
    ),
    "a namespace and an id beside it: that id in the namespace": (
        lambda t: t.get_state(T, {"checkpoint_ns": "sub:1"}, C),
        (
            "POST",
            f"/threads/{T}/state/checkpoint",
            [],
            {"checkpoint": {"checkpoint_ns": "sub:1", "checkpoint_id": C}, "subgraphs": False},
        ),
        (
            "POST",
            f"/threads/{T}/state/checkpoint",
            [],
            {"checkpoint": {"checkpoint_ns": "sub:1"}, "subgraphs": False},
        ),
    ),
}


@pytest.mark.parametrize("name", DIFFERENCES)
def test_what_the_readme_lists_as_sent_otherwise(
    name: str, ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request]
) -> None:
    call, mine, theirs = DIFFERENCES[name]
    assert request_of(lambda: call(ours), sent)[:4] == mine
    assert request_of(lambda: call(sdk), sent)[:4] == theirs


def test_a_header_named_twice_is_sent_once_with_the_last_value(
    ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request]
) -> None:
    for headers in ([("x-a", "1"), ("x-a", "2")], {"x-a": "1", "X-A": "2"}):
        sent.clear()
        ours.get(T, headers=headers)
        assert sent[-1].headers.get_list("x-a") == ["2"]
        sdk.get(T, headers=headers)
        assert sent[-1].headers.get_list("x-a") == ["1", "2"]


def test_get_state_with_both_forms_of_one_checkpoint_reads_at_it_as_the_sdk(
    ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request]
) -> None:
    # A past state's own two fields: the SDK reads at ``checkpoint`` (ignoring the id).
    checkpoint = {"checkpoint_id": C, "thread_id": T, "checkpoint_ns": ""}
    mine = request_of(lambda: ours.get_state(T, checkpoint=checkpoint, checkpoint_id=C), sent)
    theirs = request_of(lambda: sdk.get_state(T, checkpoint=checkpoint, checkpoint_id=C), sent)
    assert mine == theirs
    assert mine[:2] == ("POST", f"/threads/{T}/state/checkpoint")


def test_a_str_mixin_enum_in_a_query_is_its_value(
    ours: SyncThreadsClient, sent: list[httpx.Request]
) -> None:
    # (Its str() on Python 3.11 is its name, "MixedField.VALUES", which the SDK sends.)
    _, _, query, _, _ = request_of(lambda: ours.get_state(T, select=[MixedField.VALUES]), sent)
    assert query == [("subgraphs", "false"), ("select", "values")]


def test_integers_of_other_types_are_sent_as_ints(
    ours: SyncThreadsClient, sent: list[httpx.Request]
) -> None:
    # numpy's integers (which the SDK's encoder writes as numbers): by ``__index__``.
    _, _, _, body, _ = request_of(
        lambda: ours.search(limit=NumpyLikeInt(5), offset=NumpyLikeInt(2)),  # type: ignore[call-overload]
        sent,
    )
    assert body == {"limit": 5, "offset": 2}
    sent.clear()
    list(ours.iter_search(page_size=NumpyLikeInt(3)))  # type: ignore[arg-type]
    assert json.loads(sent[0].content)["limit"] == 3
    _, _, _, body, _ = request_of(lambda: ours.create(ttl=NumpyLikeInt(7)), sent)  # type: ignore[arg-type]
    assert body == {"ttl": {"ttl": 7, "strategy": "delete"}}


def test_floats_of_other_types_are_sent_as_numbers(
    ours: SyncThreadsClient, sent: list[httpx.Request]
) -> None:
    # numpy's float32 is no Python float (the SDK's encoder writes it as a number): a whole
    # one is an integer argument, and a TTL is sent as the float it is.
    half = fractions.Fraction(1, 2)
    _, _, _, body, _ = request_of(lambda: ours.search(limit=fractions.Fraction(10, 2)), sent)  # type: ignore[call-overload]
    assert body == {"limit": 5, "offset": 0}
    _, _, _, body, _ = request_of(lambda: ours.create(ttl=half), sent)  # type: ignore[arg-type]
    assert body == {"ttl": {"ttl": 0.5, "strategy": "delete"}}


def test_history_before_is_sent_in_the_form_servers_read(
    ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request]
) -> None:
    # The one request that differs from the SDK's (the README's migration section says so):
    # the SDK sends ``before`` as given, an id or a checkpoint, where servers read
    # ``{"configurable": {...}}``.
    configurable = {"configurable": {"checkpoint_id": C}}
    for before in (C, {"checkpoint_id": C}, configurable):
        *_, body, _ = request_of(lambda: ours.get_history(T, before=before), sent)  # noqa: B023
        assert body == {"limit": 10, "before": configurable}
    *_, body, _ = request_of(lambda: sdk.get_history(T, before=C), sent)
    assert body == {"limit": 10, "before": C}
    # Given in the servers' form, it is the same request.
    mine = request_of(lambda: ours.get_history(T, before=configurable), sent)
    assert mine == request_of(lambda: sdk.get_history(T, before=configurable), sent)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            pydantic.RootModel[list[int]]([1]),
            "metadata must be a mapping, got RootModel[list[int]]",
        ),
        ([("user", "u")], "metadata must be a mapping, got list"),
        (
            Filter(count=2, tags=("a", object())),  # type: ignore[arg-type]
            'metadata["tags"][1]: cannot encode object of type object',
        ),
        (
            object(),
            "metadata: cannot encode object of type object",
        ),
    ],
)
def test_an_argument_that_does_not_encode_to_an_object_is_refused(
    ours: SyncThreadsClient, sent: list[httpx.Request], value: object, message: str
) -> None:
    with pytest.raises(TypeError) as caught:
        ours.create(metadata=value)  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert sent == []


def test_before_as_a_dataclass_reads_as_a_checkpoint(
    ours: SyncThreadsClient, sent: list[httpx.Request]
) -> None:
    *_, body, _ = request_of(lambda: ours.get_history(T, before=CheckpointRef(C)), sent)
    assert body == {
        "limit": 10,
        "before": {"configurable": {"checkpoint_id": C, "checkpoint_ns": ""}},
    }


def test_models_and_dataclasses_are_typed_as_the_objects_they_are_sent_as(
    ours: SyncThreadsClient, sent: list[httpx.Request]
) -> None:
    # No ``type: ignore`` below: mypy --strict (make lint) accepts each of these arguments.
    ours.update(T, metadata=MetadataV2(user="u"))
    ours.search(metadata=MetadataV1(user="u"), values=Filter(count=2))
    ours.count(values=Filter(count=2))
    ours.update_state(T, MetadataV2(user="u"), checkpoint=CheckpointRef(C))
    ours.get_history(T, metadata=MetadataV1(user="u"), checkpoint=CheckpointRef(C))
    bodies = [json.loads(request.content) for request in sent]
    assert [body.get("metadata") or body.get("values") for body in bodies] == [
        {"user": "u", "n": 1},
        {"user": "u", "n": 1},
        {"count": 2, "tags": ["a"]},
        {"user": "u", "n": 1},
        {"user": "u", "n": 1},
    ]
    assert bodies[1]["values"] == bodies[2]["values"] == {"count": 2, "tags": ["a"]}
    assert (
        bodies[3]["checkpoint"]
        == bodies[4]["checkpoint"]
        == {
            "checkpoint_id": C,
            "checkpoint_ns": "",
        }
    )


@pytest.mark.parametrize(
    "headers",
    [
        [("x-a", "1"), ("x-b", "2")],  # pairs, as httpx takes them
        ((b"x-a", b"1"), (b"x-b", b"2")),
        {b"x-a": b"1", "x-b": "2"},
        httpx.Headers({"x-a": "1", "x-b": "2"}),
    ],
)
def test_headers_in_every_form_httpx_takes_are_sent_as_the_sdk_sends_them(
    headers: Any, ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request]
) -> None:
    for threads in (ours, sdk):
        sent.clear()
        threads.get(T, headers=headers)
        (request,) = sent
        assert (request.headers["x-a"], request.headers["x-b"]) == ("1", "2")


def test_header_bytes_are_sent_as_they_are_as_the_sdk_sends_them(
    ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request]
) -> None:
    raw = "café".encode()  # not ASCII: httpx sends bytes it is given as they are
    for threads in (ours, sdk):
        sent.clear()
        threads.get(T, headers={b"x-name": raw})
        threads.update(T, metadata={}, headers=[(b"x-name", raw)])
        for request in sent:
            assert [v for k, v in request.headers.raw if k.lower() == b"x-name"] == [raw]


@pytest.mark.parametrize(
    ("headers", "said"),
    [
        ([("x-a",)], r"^headers must be a mapping, or pairs, of str or bytes; got list$"),
        (3, r"^headers must be a mapping, or pairs, of str or bytes; got int$"),
        ([("x-a", 1)], r"^headers\['x-a'\] must be str or bytes, got int$"),
        ({"x-a": None}, r"^headers\['x-a'\] must be str or bytes, got NoneType$"),
    ],
)
def test_headers_that_are_not_headers_are_a_type_error_before_anything_is_sent(
    headers: Any, said: str, ours: SyncThreadsClient, sent: list[httpx.Request]
) -> None:
    with pytest.raises(TypeError, match=said):
        ours.get(T, headers=headers)
    with pytest.raises(TypeError, match=said):
        ours.with_options(headers=headers)
    assert sent == []


def test_with_options_takes_headers_in_every_form_httpx_takes(
    ours: SyncThreadsClient, sent: list[httpx.Request]
) -> None:
    ours.with_options(headers=[(b"x-team", b"data")]).get(T)
    (request,) = sent
    assert request.headers["x-team"] == "data"


def test_return_minimal_sets_prefer_over_a_prefer_header_as_the_sdk_does(
    ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request]
) -> None:
    for threads in (ours, sdk):
        sent.clear()
        threads.update(
            T, metadata={}, return_minimal=True, headers={"Prefer": "return=representation"}
        )
        (request,) = sent
        assert request.headers.get_list("prefer") == ["return=minimal"]
        # The call's headers still come over the content type, as the SDK's do.
        sent.clear()
        threads.update(T, metadata={}, headers={"Content-Type": "application/json; x=1"})
        (request,) = sent
        assert request.headers.get_list("content-type") == ["application/json; x=1"]


def test_client_headers_take_the_forms_a_calls_headers_take(sent: list[httpx.Request]) -> None:
    from langgraph_threads_client import get_sync_client

    raw = "café".encode()  # not ASCII: sent as it is
    headers = [(b"x-name", raw), (b"x-team", b"data")]
    own = get_sync_client(url="http://own.test", api_key=None, headers=headers)
    cast(Any, own.http_client)._transport = recording(sent)  # (its own client, on the mock)
    caller = httpx.Client(transport=recording(sent))
    passed = get_sync_client(url="http://x.test", api_key=None, headers=headers, http_client=caller)
    with own, passed, caller:
        for client in (own, passed):
            sent.clear()
            client.threads.get(T)
            (request,) = sent
            assert [v for k, v in request.headers.raw if k == b"x-name"] == [raw]
            assert request.headers["x-team"] == "data"
