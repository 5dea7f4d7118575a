"""Request bodies: the bytes the official SDK sends for the same arguments, and a clear error
(type and path, nothing sent) for what cannot be encoded."""

from __future__ import annotations

import collections
import dataclasses
import datetime
import decimal
import enum
import json
import re
import types
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import orjson
import pydantic
import pydantic.v1
import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langgraph_sdk.client import SyncLangGraphClient

from langgraph_threads_client import SyncThreadsClient
from langgraph_threads_client._encoding import encode_json
from langgraph_threads_client._generated.types import JSONModel
from tests.forms import Form, threads_client
from tests.unit.test_arguments import UUID as ForeignUUID

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
CHECKPOINT = {"thread_id": THREAD_ID, "checkpoint_ns": "", "checkpoint_id": "1f0-cp"}
THREAD: dict[str, Any] = {
    "thread_id": THREAD_ID,
    "created_at": "2026-11-24T21:21:34.931247+00:00",
    "updated_at": "2026-11-24T21:21:34.931247+00:00",
    "state_updated_at": "2026-11-24T21:21:34.931247+00:00",
    "metadata": {},
    "status": "idle",
    "config": {},
    "values": None,
}


class Color(enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


class Note(pydantic.BaseModel):
    text: str
    at: datetime.datetime
    tags: set[str] = set()


class LegacyNote(pydantic.v1.BaseModel):
    text: str
    at: datetime.datetime


@dataclasses.dataclass
class Point:
    x: int
    label: str
    seen: datetime.date


class Tag(str):
    pass


class Unknown:
    pass


AT = datetime.datetime(2026, 11, 30, 3, 4, 5, 678901, tzinfo=datetime.UTC)
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))

# Everything the official SDK encodes, as values of update_state, search and create.
ENCODABLE: list[Any] = [
    HumanMessage("hi"),
    HumanMessage(content="hi", id="msg-1", name="ann"),
    AIMessage(content="", tool_calls=[{"name": "f", "args": {"a": 1}, "id": "call-1"}]),
    [HumanMessage("a"), AIMessage("b")],
    Note(text="n", at=AT, tags={"x"}),
    LegacyNote(text="old", at=AT),
    Point(1, "p", datetime.date(2026, 1, 2)),
    {3, 1, 2},
    frozenset({"a"}),
    AT,
    datetime.datetime(2026, 11, 30, 3, 4, 5),
    datetime.datetime(2026, 11, 30, 3, 4, 5, tzinfo=IST),
    datetime.date(2026, 11, 30),
    datetime.time(3, 4, 5, 6),
    uuid.UUID("01a20f6f-7ed2-7453-b595-f65dd9614208"),
    Color.RED,
    Level.HIGH,
    (1, "two", None),
    Tag("subclass of str"),
    collections.OrderedDict(b=1, a=2),
    {1: "int key", uuid.UUID(int=5): "uuid key", AT: "datetime key", Color.RED: "enum key"},
    float("nan"),
    float("inf"),
    1e16,
    0.1,
    -(2**63),
    2**64 - 1,
    "naïve ☕ \u2028 \x00",
    {"nested": [{"deep": [AT, {Color.RED}]}]},
    True,
    None,
]


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


def handler(sent: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/state"):
            return httpx.Response(
                200, json={"checkpoint": CHECKPOINT, "configurable": CHECKPOINT, **CHECKPOINT}
            )
        if request.url.path.endswith("/search"):
            return httpx.Response(200, json=[])
        return httpx.Response(200, json=THREAD)

    return handle


@pytest.fixture
def ours(form: Form, sent: list[httpx.Request]) -> Iterator[SyncThreadsClient]:
    with threads_client(form, transport=httpx.MockTransport(handler(sent))) as threads:
        yield threads


@pytest.fixture
def sdk(sent: list[httpx.Request]) -> Iterator[Any]:
    http = httpx.Client(base_url="http://sdk.test", transport=httpx.MockTransport(handler(sent)))
    with SyncLangGraphClient(http) as client:
        yield client.threads


def sent_by(call: Callable[[], object], sent: list[httpx.Request]) -> httpx.Request:
    sent.clear()
    call()
    (request,) = sent
    return request


@pytest.mark.parametrize("value", ENCODABLE, ids=lambda value: type(value).__name__)
def test_update_state_sends_the_sdks_bytes(
    ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request], value: Any
) -> None:
    values = {"v": value}
    theirs = sent_by(lambda: sdk.update_state(THREAD_ID, values), sent)
    mine = sent_by(lambda: ours.update_state(THREAD_ID, values), sent)
    assert mine.content == theirs.content
    assert mine.headers["content-type"] == "application/json"
    assert mine.headers["content-length"] == str(len(theirs.content))


@pytest.mark.parametrize("value", ENCODABLE, ids=lambda value: type(value).__name__)
def test_search_and_create_send_the_sdks_bytes(
    ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request], value: Any
) -> None:
    # The same bytes: the keys of a body in the order the SDK writes them.
    metadata = {"v": value, "k": 1}
    theirs = sent_by(lambda: sdk.search(metadata=metadata, values={"v": value}), sent)
    mine = sent_by(lambda: ours.search(metadata=metadata, values={"v": value}), sent)
    assert mine.content == theirs.content
    theirs = sent_by(lambda: sdk.create(metadata=metadata), sent)
    mine = sent_by(lambda: ours.create(metadata=metadata), sent)
    assert mine.content == theirs.content


def test_a_whole_state_of_messages_sends_the_sdks_bytes(
    ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request]
) -> None:
    values = {"messages": ENCODABLE, "count": 3}
    theirs = sent_by(lambda: sdk.update_state(THREAD_ID, values), sent)
    mine = sent_by(lambda: ours.update_state(THREAD_ID, values), sent)
    assert mine.content == theirs.content


def test_what_this_client_returns_can_be_sent_back(
    ours: SyncThreadsClient, sent: list[httpx.Request]
) -> None:
    # The SDK refuses these (its results are dicts already): a result model and a mapping.
    thread = ours.create()
    request = sent_by(lambda: ours.update_state(THREAD_ID, {"thread": thread}), sent)
    assert json.loads(request.content) == {"values": {"thread": thread.to_dict()}}
    proxy = types.MappingProxyType({"a": 1})  # a Mapping that is not a dict
    request = sent_by(lambda: ours.update_state(THREAD_ID, {"p": proxy}), sent)
    assert json.loads(request.content) == {"values": {"p": {"a": 1}}}


class Holder(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(arbitrary_types_allowed=True)
    inner: Any


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"messages": [HumanMessage("hi"), Unknown()]}, 'values["messages"][1]: Unknown'),
        ({"when": decimal.Decimal("1.5")}, 'values["when"]: Decimal'),
        ({"raw": b"bytes"}, 'values["raw"]: bytes'),
        ({"deep": {"a": [1, {"b": (2, Unknown())}]}}, 'values["deep"]["a"][1]["b"][1]: Unknown'),
        ({"model": Holder(inner={"x": Unknown()})}, 'values["model"]["inner"]["x"]: Unknown'),
        (
            {"point": Point(1, Unknown(), datetime.date.today())},  # type: ignore[arg-type]
            'values["point"]["label"]: Unknown',
        ),
        ({"ids": [{Unknown()}]}, 'values["ids"][0][0]: Unknown'),
    ],
)
def test_what_cannot_be_encoded_fails_naming_type_and_path_before_sending(
    ours: SyncThreadsClient, sdk: Any, sent: list[httpx.Request], values: Any, message: str
) -> None:
    path, type_name = message.split(": ")
    with pytest.raises(TypeError) as caught:
        ours.update_state(THREAD_ID, values)
    assert str(caught.value) == f"{path}: cannot encode object of type {type_name}"
    assert sent == []
    with pytest.raises(TypeError):  # the official SDK refuses them too
        sdk.update_state(THREAD_ID, values)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda t: t.create(metadata={"at": Unknown()}), 'metadata["at"]: cannot encode object'),
        (lambda t: t.search(values={"k": Unknown()}), 'values["k"]: cannot encode object'),
        (lambda t: t.create(ttl={"strategy": Unknown()}), 'ttl["strategy"]: cannot encode'),
        (lambda t: t.count(metadata={"k": [Unknown()]}), 'metadata["k"][0]: cannot encode'),
        (
            lambda t: t.create(supersteps=[{"updates": [{"values": Unknown(), "as_node": "a"}]}]),
            'supersteps[0]["updates"][0]["values"]: cannot encode object of type Unknown',
        ),
        (lambda t: t.update_state(THREAD_ID, Unknown()), "values: cannot encode object"),
        (
            lambda t: t.update_state(THREAD_ID, {"m": HumanMessage}),
            'values["m"]: cannot encode the class HumanMessage; pass an instance of it',
        ),
        (lambda t: t.update_state(THREAD_ID, {"n": 2**64}), 'values["n"]: cannot encode int'),
        (lambda t: t.update_state(THREAD_ID, {"s": "\ud800"}), 'values["s"]: cannot encode str'),
        (
            lambda t: t.update(THREAD_ID, metadata={(1, 2): 1}),
            "metadata[(1, 2)]: cannot encode a key",
        ),
    ],
)
def test_every_argument_names_itself_in_the_error(
    ours: SyncThreadsClient, sent: list[httpx.Request], call: Any, message: str
) -> None:
    with pytest.raises(TypeError, match="^" + re.escape(message)):
        call(ours)
    assert sent == []


def test_a_circular_value_is_refused_with_its_path() -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    with pytest.raises(TypeError, match=r'^values\["loop"\]\[1\]: circular reference$'):
        encode_json({"values": {"loop": loop}})


@pytest.mark.parametrize("failure", [ValueError, TypeError])
def test_a_model_that_fails_to_dump_says_why(failure: type[Exception]) -> None:
    class Broken(pydantic.BaseModel):
        def model_dump(self, **kwargs: Any) -> dict[str, Any]:
            raise failure("no dump today")

    with pytest.raises(TypeError) as caught:
        encode_json({"values": {"b": Broken()}})
    assert str(caught.value) == (
        f"values[\"b\"]: cannot encode object of type Broken: {failure.__name__}('no dump today')"
    )


def test_encoding_errors_are_type_errors_not_orjsons() -> None:
    with pytest.raises(TypeError) as caught:
        encode_json({"values": Unknown()})
    assert type(caught.value) is TypeError
    assert caught.value.__cause__ is None


def test_a_pydantic_model_is_dumped_without_a_deprecation_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # .dict() on a pydantic v2 model warns
        assert encode_json({"m": HumanMessage("hi", id="m1")}) == orjson.dumps(
            {"m": HumanMessage("hi", id="m1").model_dump()}
        )


class HasToDict:
    """Not a model of this client: its to_dict() is not a promise to give JSON."""

    def to_dict(self) -> dict[str, Any]:
        return {"surprise": 1}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"m": LegacyNote},
            'values["m"]: cannot encode the class LegacyNote; pass an instance of it',
        ),
        ({"o": HasToDict()}, 'values["o"]: cannot encode object of type HasToDict'),
        # Non-string keys that orjson writes are no culprits: the path goes past them.
        (
            {"nested": {1: "int key"}, 2: "int key", "bad": Unknown()},
            'values["bad"]: cannot encode object of type Unknown',
        ),
        ({(1, 2): "a tuple key"}, "values[(1, 2)]: cannot encode a key of type tuple"),
        # Keys of a type orjson writes, but not these: why, as for values.
        (
            {2**70: 1},
            "values[1180591620717411303424]: cannot encode a key of type int: integers must fit"
            " in 64 bits",
        ),
        (
            {"\ud800": 1},
            "values['\\ud800']: cannot encode a key of type str (str is not valid UTF-8:"
            " surrogates not allowed)",
        ),
        # Other keys orjson writes, named as the argument holds them (not "None", "True").
        ({1.5: Unknown()}, "values[1.5]: cannot encode object of type Unknown"),
        ({None: {True: Unknown()}}, "values[None][True]: cannot encode object of type Unknown"),
        (
            {uuid.UUID(int=5): {datetime.date(2026, 1, 2): Unknown()}},
            "values[UUID('00000000-0000-0000-0000-000000000005')][datetime.date(2026, 1, 2)]: "
            "cannot encode object of type Unknown",
        ),
        # Another library's class of the name of one orjson writes: named with its module.
        (
            {"id": ForeignUUID()},
            'values["id"]: cannot encode object of type tests.unit.test_arguments.UUID',
        ),
        # A type orjson writes, but not this value of it: orjson's reason after the type.
        (
            {"at": datetime.time(1, tzinfo=datetime.UTC)},
            'values["at"]: cannot encode object of type time '
            "(datetime.time must not have tzinfo set)",
        ),
    ],
    ids=[
        "pydantic-v1-class",
        "foreign-to_dict",
        "int-keys-on-the-way",
        "tuple-key",
        "big-int-key",
        "surrogate-key",
        "float-key",
        "none-and-bool-keys",
        "uuid-and-date-keys",
        "another-librarys-uuid",
        "aware-time",
    ],
)
def test_the_error_names_the_culprit_and_its_path(values: dict[Any, Any], message: str) -> None:
    with pytest.raises(TypeError) as caught:
        encode_json({"values": values})
    assert str(caught.value) == message


class HidingDict(dict[Any, Any]):
    """A dict subclass whose own items(), keys() and iteration show none of its entries,
    which orjson reads all the same."""

    def items(self) -> Any:
        return []

    def keys(self) -> Any:
        return []

    def __iter__(self) -> Iterator[Any]:
        return iter(())


Pair = collections.namedtuple("Pair", ["first", "second"])


class HidingList(list[Any]):
    """A list subclass whose own iteration shows none of its items (orjson writes them)."""

    def __iter__(self) -> Iterator[Any]:
        return iter(())


def test_a_dict_or_list_subclass_is_searched_as_orjson_reads_it() -> None:
    with pytest.raises(TypeError) as bad_value:
        encode_json({"values": HidingDict(a=object())})
    assert str(bad_value.value) == 'values["a"]: cannot encode object of type object'
    with pytest.raises(TypeError) as bad_key:
        encode_json({"values": HidingDict({(1, 2): 1})})
    assert str(bad_key.value) == "values[(1, 2)]: cannot encode a key of type tuple"
    with pytest.raises(TypeError) as bad_item:
        encode_json({"values": {"a": HidingList([1, object()])}})
    assert str(bad_item.value) == 'values["a"][1]: cannot encode object of type object'
    # orjson writes no tuple subclass: a namedtuple is the culprit, not an item of it.
    with pytest.raises(TypeError) as named_tuple:
        encode_json({"values": {"a": Pair(1, object())}})
    assert str(named_tuple.value) == 'values["a"]: cannot encode object of type Pair'


def test_a_value_nested_too_deep_is_refused_naming_its_argument() -> None:
    deep: list[Any] = []
    for _ in range(300):
        deep = [deep]
    with pytest.raises(TypeError) as caught:
        encode_json({"values": {"ok": 1, "deep": deep}})
    # orjson writes 254 levels; the path to where it gave up would be hundreds of [0]s.
    assert str(caught.value) == (
        'values["deep"][0][0][0][0]...: arrays and objects nested more than 254 levels deep'
        " cannot be encoded"
    )


@pytest.mark.parametrize(
    ("levels", "named"),
    [
        (254, "body"),  # the value fits on its own; the body around it does not
        (255, "values"),
        (260, "values[0][0][0][0][0]"),  # six steps: the whole path
        (261, "values[0][0][0][0][0]..."),  # more: the first six
    ],
)
def test_the_path_of_a_value_nested_too_deep_is_named_up_to_six_steps(
    levels: int, named: str
) -> None:
    deep: list[Any] = []
    for _ in range(levels - 1):
        deep = [deep]
    with pytest.raises(TypeError) as caught:
        encode_json({"values": deep})
    assert str(caught.value) == (
        f"{named}: arrays and objects nested more than 254 levels deep cannot be encoded"
    )


def test_a_value_nested_deeper_than_python_recurses_is_refused_the_same_way() -> None:
    deep: list[Any] = []
    for _ in range(5_000):
        deep = [deep]
    with pytest.raises(TypeError, match=r"^values\[0\]\[0\]\[0\]\[0\]\[0\]\.\.\.: arrays"):
        encode_json({"values": deep})


@pytest.mark.parametrize(
    "call",
    [
        lambda c, v: c.update_state(THREAD_ID, {"loop": v}),
        lambda c, v: c.create(metadata={"loop": v}),
        lambda c, v: c.update(THREAD_ID, metadata={"loop": v}),
        lambda c, v: c.search(values={"loop": v}),
        lambda c, v: c.count(metadata={"loop": v}),
        lambda c, v: c.create(supersteps=[{"updates": [{"values": v, "as_node": "n"}]}]),
    ],
    ids=["update_state", "create", "update", "search", "count", "supersteps"],
)
def test_a_value_that_holds_itself_is_refused_at_once_in_every_call(
    ours: SyncThreadsClient, sent: list[httpx.Request], call: Any
) -> None:
    loop: dict[str, Any] = {"messages": []}
    loop["messages"].append(loop)
    with pytest.raises(TypeError, match=r'\["messages"\]\[0\]: circular reference$'):
        call(ours, loop)
    assert sent == []


class FreshViews(Mapping[str, Any]):
    """A read-only view of a dict whose nested dicts come back as new views at each read."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def __getitem__(self, key: str) -> Any:
        value = self.data[key]
        return FreshViews(value) if isinstance(value, dict) else value

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


def test_a_value_that_holds_itself_through_new_views_is_refused_too() -> None:
    # No part comes back with the same id: the search stops after more steps than any
    # encodable value has, rather than going down forever.
    node: dict[str, Any] = {"name": "a"}
    node["parent"] = node
    with pytest.raises(TypeError) as caught:
        encode_json({"values": FreshViews(node)})
    assert str(caught.value) == (
        'values["parent"]["parent"]["parent"]["parent"]["parent"]...: '
        "a value that holds itself, or nested too deep, cannot be encoded"
    )


def test_a_request_body_is_encoded_as_given_not_copied_first(
    ours: SyncThreadsClient, sent: list[httpx.Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A copy of the caller's values in Python cost ten times the encoding of a large state.
    def no_copy(self: object) -> None:
        raise AssertionError("the body was copied before it was encoded")

    monkeypatch.setattr(JSONModel, "to_dict", no_copy)
    values = {"messages": [{"type": "human", "content": "hi"}] * 3}
    request = sent_by(lambda: ours.update_state(THREAD_ID, values), sent)
    assert json.loads(request.content) == {"values": values}
