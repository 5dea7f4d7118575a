"""Models: read-only dicts of the JSON the server sent, with typed attributes on top."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import inspect
import json
import pickle
import pprint
import traceback
import uuid
from collections.abc import Callable, Mapping
from typing import Any, assert_type, cast

import jsonschema
import orjson
import pydantic
import pytest

from langgraph_threads_client import APIResponseValidationError, ThreadStatus
from langgraph_threads_client._generated.types import (
    MAX_SHAPES,
    UNSET,
    JSONModel,
    NoneType,
    ShapeError,
    Unset,
    _types_name,
    json_schema,
    required_getter,
    segment,
    to_json,
    unknown_member,
)
from langgraph_threads_client.models import (
    Checkpoint,
    Interrupt,
    Thread,
    ThreadError,
    ThreadPruneResponse,
    ThreadSearchRequest,
    ThreadSelection,
    ThreadState,
    ThreadStateSelection,
    ThreadStateUpdate,
    ThreadStateUpdateResponse,
    ThreadTask,
)
from tests.forms import Form, threads_client
from tests.unit.test_parsing import CHECKPOINT, THREAD_ID, TIMESTAMP, serve, state, thread

INTERRUPT = {"value": {"question": "ok?"}, "id": "i1"}
TASK = {
    "id": "t1",
    "name": "step",
    "path": ["__pregel_pull", "step"],
    "error": None,
    "interrupts": [INTERRUPT],
    "checkpoint": None,
    "state": None,
    "result": None,
}


def test_a_model_is_a_read_only_dict_of_its_json() -> None:
    body = thread(values={"count": 1}, interrupts={}, surprise=[1, 2])
    result = Thread.from_dict(body)
    assert isinstance(result, dict)
    assert isinstance(result, Mapping)
    assert result["thread_id"] == THREAD_ID
    assert result["created_at"] == TIMESTAMP  # the string as sent
    assert result["surprise"] == [1, 2]  # unknown fields too
    assert result.get("missing") is None
    assert result.get("missing", 7) == 7
    assert "thread_id" in result
    assert "missing" not in result
    assert list(result) == list(body) == list(result.keys())
    assert len(result) == len(body)
    assert dict(result) == {**result} == dict(result.items()) == body
    assert type(dict(result)) is dict
    assert result.additional_properties == {"surprise": [1, 2]}
    # What code written for the SDK's dicts hands them to: JSON encoders take them as dicts.
    assert json.loads(json.dumps(result)) == body
    assert orjson.loads(orjson.dumps(result)) == body


def test_a_model_refuses_every_change_and_keeps_its_json() -> None:
    body = thread(metadata={"k": "v"})
    result = Thread.from_dict(body)
    changes: list[Callable[[], object]] = [
        lambda: result.__setitem__("thread_id", "other"),
        lambda: result.__delitem__("thread_id"),
        lambda: result.update(x=1),
        lambda: result.update({"x": 1}),
        lambda: result.pop("thread_id"),
        lambda: result.pop("missing", None),
        lambda: result.popitem(),
        lambda: result.setdefault("x", 1),
        lambda: result.clear(),
        lambda: result.__ior__({"x": 1}),
    ]
    for change in changes:
        with pytest.raises(TypeError, match=r"^Thread is read-only: use \.to_dict\(\)"):
            change()
    with pytest.raises(TypeError, match="to_dict"):
        result["thread_id"] = "other"
    with pytest.raises(TypeError, match="to_dict"):
        del result["thread_id"]
    with pytest.raises(AttributeError):
        result.thread_id = "other"  # type: ignore[misc]
    assert result == body
    assert result.status == "idle"


def test_from_dict_copies_the_top_level_of_what_it_is_given() -> None:
    body = thread()
    result = Thread.from_dict(body)
    body["thread_id"] = "changed"
    del body["status"]
    assert result["thread_id"] == THREAD_ID
    assert result.status == "idle"
    assert Thread.from_dict(result) == result  # a model, or any mapping, is read as its fields
    assert type(Thread.from_dict(result)) is Thread


def test_typed_attributes_are_built_once_on_first_access() -> None:
    result = Thread.from_dict(thread(error={"error": "E", "message": "m"}))
    assert result.created_at == datetime.datetime.fromisoformat(TIMESTAMP)
    assert result.created_at.tzinfo is not None
    assert result.created_at is result.created_at  # kept
    assert result.status is ThreadStatus.IDLE
    assert isinstance(result.error, ThreadError)
    assert result.error.message == "m"
    assert result.error["message"] == "m"  # nested models are mappings too


@pytest.mark.parametrize(
    "sent",
    ["2026-12-07T17:27:07Z", "2026-12-07T17:27:07z", "2026-12-07t17:27:07z", "2026-12-07T17:27:07"],
)
def test_each_rfc_3339_form_of_a_time_reads_as_the_same_aware_time(sent: str) -> None:
    # (Lower-case "z" is RFC 3339's too, which fromisoformat reads only in upper case.)
    result = Thread.from_dict(thread(created_at=sent))
    assert result.created_at == datetime.datetime(2026, 12, 7, 17, 27, 7, tzinfo=datetime.UTC)


def test_a_time_no_form_reads_is_named_as_it_was_sent() -> None:
    # (Not as read again with an upper-case Z.)
    result = Thread.from_dict(thread(created_at="2026-12-07T17:27:07+01:00z"))
    with pytest.raises(ValueError, match=r"'2026-12-07T17:27:07\+01:00z'$") as caught:
        result.created_at  # noqa: B018
    assert "+01:00Z" not in str(caught.value.__cause__)


def test_a_typed_list_or_map_of_models_is_new_when_empty_too() -> None:
    # (Else changing the typed value, as code may, changed the result's JSON when it was empty
    # and not when it was not: an empty list was the result's own.)
    for tasks in ([], [TASK]):
        result = ThreadState.from_dict(state(tasks=copy.deepcopy(tasks)))
        result.tasks.append(ThreadTask.from_dict(TASK))
        assert result["tasks"] == tasks
    for interrupts in ({}, {"task-1": [INTERRUPT]}):
        threaded = Thread.from_dict(thread(interrupts=copy.deepcopy(interrupts)))
        typed = threaded.interrupts
        assert isinstance(typed, dict)
        typed["task-2"] = []
        assert threaded["interrupts"] == interrupts


def test_an_interrupts_response_schema_may_be_a_boolean_schema(form: Form) -> None:
    # (true and false are JSON Schemas: "any answer", "none".)
    interrupt = {**INTERRUPT, "response_schema": True}
    with threads_client(form, transport=serve(thread(interrupts={"t": [interrupt]}))) as threads:
        found = threads.get(THREAD_ID)
    assert found.interrupts == {"t": [Interrupt.from_dict(interrupt)]}
    typed = found.interrupts
    assert not isinstance(typed, Unset)
    assert typed is not None
    assert typed["t"][0].response_schema is True


def test_attributes_are_typed_and_mapping_access_is_json_for_mypy() -> None:
    # Checked by mypy --strict (make lint); assert_type does nothing at run time.
    result = Thread.from_dict(thread())
    assert_type(result.created_at, datetime.datetime)
    assert_type(result.status, ThreadStatus)
    assert_type(result.metadata, dict[str, Any])
    assert_type(result["created_at"], Any)
    assert_type(result.get("metadata"), Any | None)
    # A dict[str, Any] to mypy, so that these keep their types. (Overloads of __getitem__ by
    # key would type result["thread_id"] as str, but make mypy fail on {**result}.)
    assert_type({**result}, dict[str, Any])
    assert_type({**result, "extra": 1}, dict[str, Any])
    assert_type(dict(result), dict[str, Any])
    assert {**result} == dict(result) == result
    current = ThreadState.from_dict(state())
    assert_type(current.next, list[str])
    assert_type(current.tasks, list[ThreadTask])
    assert_type(current.checkpoint, Checkpoint | None)
    assert isinstance(result.created_at, datetime.datetime)


def test_field_names_are_the_json_names_and_fields_win_over_mapping_methods() -> None:
    result = ThreadState.from_dict(state(next=["step"], values={"count": 2}))
    assert result.next == ["step"] == result["next"]
    assert result.values == {"count": 2}  # the field, not Mapping.values()
    assert list(dict.values(result)) == list(result.to_dict().values())
    checkpoint = Checkpoint.from_dict(CHECKPOINT)
    assert list(checkpoint.values()) == list(CHECKPOINT.values())  # no clash here


def test_nested_values_read_like_the_sdks_dicts() -> None:
    result = ThreadState.from_dict(state(tasks=[TASK], next=["step"], interrupts=[INTERRUPT]))
    assert result["tasks"][0]["interrupts"][0]["value"] == {"question": "ok?"}
    assert result["checkpoint"]["checkpoint_id"] == "c1"
    task = result.tasks[0]
    assert isinstance(task, ThreadTask)
    assert task.name == "step"
    assert isinstance(task.interrupts, list)
    assert isinstance(task.interrupts[0], Interrupt)
    assert task.interrupts[0].value == {"question": "ok?"}
    assert isinstance(result.checkpoint, Checkpoint)
    assert result.checkpoint.thread_id == THREAD_ID


def test_equality_is_equality_of_json_and_results_are_not_hashable() -> None:
    a = ThreadState.from_dict(state())
    b = ThreadState.from_dict(json.loads(json.dumps(state())))
    assert a == b
    assert not a != b  # noqa: SIM202 - __ne__ too
    assert a == state()
    assert state() == a
    assert a != ThreadState.from_dict(state(next=["step"]))
    other: object = "not a dict"
    assert a != other
    with pytest.raises(TypeError):
        hash(a)


def test_to_dict_is_the_json_as_sent_and_a_copy_the_caller_may_change() -> None:
    body = thread(metadata={"tags": ["a"]}, created_at="2026-11-24T21:21:34Z")
    result = Thread.from_dict(body)
    copied = result.to_dict()
    assert copied == body
    assert copied["created_at"] == "2026-11-24T21:21:34Z"
    copied["metadata"]["tags"].append("b")
    assert result["metadata"] == {"tags": ["a"]}
    assert json.loads(json.dumps(result.to_dict())) == body


def test_a_selection_keeps_a_null_field_it_was_sent(form: Form) -> None:
    # select=["thread_id", "values"] of a thread with no state: values is null, and stays so.
    body = [{"thread_id": THREAD_ID, "values": None}]
    with threads_client(form, transport=serve(body)) as threads:
        (found,) = threads.search(select=["thread_id", "values"])
    assert found.to_dict() == {"thread_id": THREAD_ID, "values": None}
    assert "values" in found
    assert found["values"] is None


def test_models_the_caller_builds_hold_the_json_of_their_fields() -> None:
    created = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    # Keywords no field has are extra JSON fields at run time; type checkers refuse them (a
    # misspelt field), so they go in by **. (`self` is positional-only: a keyword like any.)
    extras: dict[str, Any] = {"extra_field": 1, "self": "an extra field too"}
    built = Thread(
        thread_id=THREAD_ID,
        created_at=created,
        updated_at=created,
        state_updated_at=created,
        metadata={},
        status=ThreadStatus.BUSY,
        config={},
        error=ThreadError(error="E"),
        **extras,
    )
    assert built["self"] == "an extra field too"
    assert built["created_at"] == "2026-01-02T03:04:05+00:00"
    assert built["status"] == "busy"
    assert built.status is ThreadStatus.BUSY
    assert built["error"] == {"error": "E"}
    assert built.error == ThreadError(error="E")
    assert built["extra_field"] == 1
    assert built.created_at == created
    assert "values" not in built  # not given: not sent
    assert Thread(**built) == built  # Model(**x), from the JSON of another
    request = ThreadSearchRequest(limit=5, status=ThreadStatus.IDLE, values={"a": 1})
    assert request.to_dict() == {"limit": 5, "status": "idle", "values": {"a": 1}}


def test_models_are_built_with_any_of_their_keys_as_the_sdks_typeddicts_are() -> None:
    """SDK code builds its results' TypedDicts with the keys it needs (a test's fixture, a
    mock's answer), which Python allows at run time (type checkers ask for every required
    key, here as there): a model holds what it was given, read as such a dict reads."""
    from unittest import mock

    from langgraph_threads_client import schema

    answer = schema.Thread(thread_id="t-1", metadata={"user": "u"}, status="idle")  # type: ignore[call-arg]
    assert answer == {"thread_id": "t-1", "metadata": {"user": "u"}, "status": "idle"}
    assert list(answer) == ["thread_id", "metadata", "status"]  # (in the spec's order)
    assert answer.status is ThreadStatus.IDLE
    with pytest.raises(KeyError, match="created_at"):
        answer["created_at"]  # (as from the dict: never sent)
    with pytest.raises(KeyError, match="created_at") as missing:
        answer.created_at  # noqa: B018  # (a required field's attribute likewise)
    # (No guess at another attribute, as Python adds to an AttributeError from 3.12: the
    # field's private slot, or another field.)
    assert traceback.format_exception_only(missing.value)[-1].endswith(": 'created_at'\n")
    assert getattr(missing.value, "obj", None) is None  # (nor the model held on to)
    # ... and an AttributeError, as to hasattr, getattr's default and mocks made on it.
    assert not hasattr(answer, "updated_at")
    assert getattr(answer, "created_at", None) is None
    assert isinstance(mock.MagicMock(spec=answer).created_at, mock.MagicMock)
    assert ("thread_id", "t-1") in inspect.getmembers(answer)  # (they read every attribute)
    client = mock.MagicMock()
    client.threads.get.return_value = answer
    assert client.threads.get("t-1")["metadata"]["user"] == "u"
    # The SDK's ThreadState has eight keys; the server sends two more, which it need not.
    # (Its values as SDK code writes them, JSON: type checkers ask for the typed ones.)
    fixture = cast(Any, schema.ThreadState)(
        values={"messages": []},
        next=["agent"],
        checkpoint=CHECKPOINT,
        metadata={},
        created_at=TIMESTAMP,
        parent_checkpoint=None,
        tasks=[],
        interrupts=[],
    )
    assert fixture["next"] == fixture.next == ["agent"]
    assert "checkpoint_id" not in fixture
    assert schema.ThreadState(**fixture) == fixture
    assert Thread() == {}  # type: ignore[call-arg]
    # (Not a TypedDict to code that asks: the README's way to its fields, its JSON Schema.)
    import typing

    assert not typing.is_typeddict(schema.Thread)
    fields = pydantic.TypeAdapter(schema.Thread).json_schema()
    assert fields["required"] == ["thread_id", "created_at", "updated_at", "metadata", "status"]
    assert {"values", "interrupts", "ttl"} <= fields["properties"].keys()


def test_json_nested_deeper_than_python_recurses_is_copied_all_the_same() -> None:
    # 900 levels: orjson reads up to 1,024, a recursive copy (two frames a level) fails.
    deep: Any = 1
    for level in range(900):
        deep = [deep, {"level": level, "tags": ["a"]}]
    body = thread(values={"deep": deep}, surprise=True)
    result = Thread.from_dict(body)
    for copied in (result.to_dict(), copy.deepcopy(result)):
        assert copied == body
        assert list(copied) == list(body)  # keys in their order
        inner, outer = copied["values"]["deep"], result["values"]["deep"]
        assert inner is not outer  # nothing shared
        assert inner[1] is not outer[1]
        assert inner[1] == {"level": 899, "tags": ["a"]}


def test_a_deep_copy_keeps_what_the_copied_structure_shares_as_for_dicts() -> None:
    result = Thread.from_dict(thread(metadata={"k": ["v"]}))
    for value in (result, dict(result)):  # a model, and the SDK's dict
        twin = copy.deepcopy([value, value["metadata"], value])
        assert twin[0]["metadata"] is twin[1]  # shared as it was
        assert twin[2] is twin[0]
        assert twin[1] is not value["metadata"]
        assert twin[1]["k"] is not value["metadata"]["k"]
        assert type(twin[0]) is dict
        assert twin[0] == value


def test_a_caller_value_that_holds_itself_copies_once_rather_than_endlessly() -> None:
    # Decoded JSON cannot hold itself, but a value given to a constructor can: to_dict()
    # copies it as copy.deepcopy would, the cycle kept, in bounded time and memory.
    values: dict[str, Any] = {"messages": []}
    values["messages"].append(values)
    copied = ThreadStateUpdate(values=values).to_dict()
    assert copied["values"] is not values
    assert copied["values"]["messages"][0] is copied["values"]


def test_models_pickle_as_models_and_copy_as_the_sdks_dicts_copy() -> None:
    result = ThreadState.from_dict(state(tasks=[TASK]))
    assert result.tasks[0].name == "step"
    for protocol in range(6):
        other = pickle.loads(pickle.dumps(result, protocol))
        assert type(other) is ThreadState
        assert other == result
        assert other.tasks[0].name == "step"
    # Copies are what code copies a dict for: plain dicts it may change, shallow or deep as
    # the dict's own copies are.
    shallow = [copy.copy(result), result.copy(), result | {}, {} | result, dict(result)]
    for copied in shallow:
        assert type(copied) is dict
        assert copied == result
        assert copied["tasks"] is result["tasks"]
        copied["next"] = ["other"]
    deep = copy.deepcopy(result)
    assert type(deep) is dict
    assert deep == result
    deep["tasks"][0]["name"] = "changed"
    assert result["tasks"][0]["name"] == "step"
    assert result["next"] == result.next == []
    # Generic code that copies a dict as type(d)(pairs) (dataclasses.asdict) gets a dict.
    untyped: Any = type(result)  # (a type checker refuses the positional call: keywords only)
    made = untyped(dict.items(result))
    assert type(made) is dict
    assert made == result

    @dataclasses.dataclass
    class Session:
        state: dict[str, Any]

    assert dataclasses.asdict(Session(result)) == {"state": result.to_dict()}


@pytest.mark.parametrize(
    "result",
    [
        state(),
        # Models with no required field: search(select=...), prune.
        ThreadStateSelection.from_dict({"values": {"k": 1}}),
        ThreadSelection.from_dict({"thread_id": THREAD_ID}),
        ThreadPruneResponse.from_dict({"pruned_count": 1}),
    ],
    ids=["ThreadState", "ThreadStateSelection", "ThreadSelection", "ThreadPruneResponse"],
)
def test_generic_code_fills_an_empty_copy_made_as_type_of_the_result(result: Any) -> None:
    # boltons' remap: type(d)(), then .update with the items: a plain dict, as the SDK's.
    if not isinstance(result, JSONModel):
        result = ThreadState.from_dict(result)
    untyped: Any = type(result)
    made = untyped()
    assert type(made) is dict
    made.update(result)
    assert made == result
    # Printed as the SDK's dicts are, so pprint and other pretty-printers lay it out.
    assert repr(result) == repr(dict(result))
    assert pprint.pformat(result) == pprint.pformat(dict(result))


def test_the_dict_methods_sdk_code_calls_give_dicts_of_the_json() -> None:
    body = thread(metadata={"k": "v"})
    result = Thread.from_dict(body)
    mutable = result.copy()  # dict.copy() of the SDK's result: a shallow copy
    assert type(mutable) is dict
    assert mutable == body
    mutable["status"] = "busy"
    assert result["status"] == "idle"
    extra: dict[str, Any] = {"x": 1}
    assert_type(result | extra, dict[str, Any])
    assert result | {"x": 1} == {**body, "x": 1}
    assert result | {"thread_id": "t"} == {**body, "thread_id": "t"}  # the right side wins
    assert {"thread_id": "t", "x": 1} | result == {**body, "x": 1}
    merged = {"x": 1}
    merged |= result
    assert merged == {"x": 1, **body}
    assert type(result | result) is dict
    with pytest.raises(TypeError):
        result | [("x", 1)]  # type: ignore[operator]
    assert list(reversed(result)) == list(reversed(body))
    deep = result.to_dict()  # the copy that shares nothing with the result
    deep["metadata"]["k"] = "changed"
    assert result["metadata"] == {"k": "v"}


@pytest.mark.parametrize(
    ("model", "body", "message"),
    [
        (Thread, [], "$: expected object, found array"),
        (Thread, thread(thread_id=7), "$.thread_id: expected string, found integer"),
        (Thread, {"thread_id": THREAD_ID}, "$.created_at: expected string, found nothing"),
        (Thread, thread(interrupts=[]), "$.interrupts: expected object or null, found array"),
        (
            Thread,
            thread(interrupts={"task-1": [INTERRUPT, {"id": "i2"}]}),
            "$.interrupts['task-1'][1].value: expected any JSON value, found nothing",
        ),
        (
            Thread,
            thread(error={"error": 1}),
            "$.error.error: expected string or object or null, found integer",
        ),
        (
            ThreadState,
            state(tasks=[TASK, {**TASK, "interrupts": {}}]),
            "$.tasks[1].interrupts: expected array or null, found object",
        ),
        (
            ThreadState,
            state(checkpoint={"checkpoint_id": "c1"}),
            "$.checkpoint.thread_id: expected",
        ),
        (ThreadState, state(next="step"), "$.next: expected array, found string"),
        (Checkpoint, {**CHECKPOINT, "checkpoint_map": []}, "$.checkpoint_map: expected object"),
    ],
)
def test_a_shape_error_names_the_json_path_and_the_types(
    model: type[Thread | ThreadState | Checkpoint], body: Any, message: str
) -> None:
    with pytest.raises(TypeError) as caught:
        model.from_dict(body)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    ("model", "body"),
    [
        # A task's error as an object (a thread's error became one), a thread's error whose
        # type is an object, nulls in the checkpoint update_state names, prune's count null.
        (ThreadState, state(tasks=[{**TASK, "error": {"type": "ValueError", "message": "no"}}])),
        (Thread, thread(error={"error": {"type": "ValueError"}, "message": "no"})),
        (
            ThreadStateUpdateResponse,
            {"checkpoint": CHECKPOINT, "configurable": {"checkpoint_ns": None, "thread_id": None}},
        ),
        (ThreadPruneResponse, {"pruned_count": None}),
    ],
)
def test_answers_a_server_may_drift_to_are_read(
    model: type[ThreadState | Thread | ThreadStateUpdateResponse | ThreadPruneResponse], body: Any
) -> None:
    parsed = model.from_dict(body)
    assert parsed == body
    for name in body:  # every typed attribute reads
        getattr(parsed, name)


def test_a_long_key_in_a_path_is_cut_short() -> None:
    """A server's 100 KB key does not make a 100 KB message."""
    body = thread(interrupts={"k" * 100_000: 3})
    with pytest.raises(TypeError) as caught:
        Thread.from_dict(body)
    message = str(caught.value)
    assert message == f"$.interrupts['{'k' * 79}...]: expected array, found integer"
    short = thread(interrupts={"k" * 70: 3})
    with pytest.raises(TypeError, match=r"\$\.interrupts\.k{70}: expected array"):
        Thread.from_dict(short)


def test_a_bad_item_of_a_list_response_is_reported_with_its_index(form: Form) -> None:
    body = [thread(), thread(), thread(), thread(interrupts=[])]
    with (
        threads_client(form, transport=serve(body)) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.search()
    assert "($[3].interrupts: expected object or null, found array)" in caught.value.message
    history = [state(), state(tasks=[{**TASK, "interrupts": [INTERRUPT, "no"]}])]
    with (
        threads_client(form, transport=serve(history)) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.get_history(THREAD_ID)
    assert "$[1].tasks[0].interrupts[1]: expected object, found string" in caught.value.message


def test_a_remembered_shape_never_lets_a_wrong_type_through() -> None:
    ordered = thread()
    Thread.from_dict(ordered)  # its shape is now known
    # The same value types in the same positions, but under other keys: checked again.
    keys = list(ordered)
    first, second = keys.index("thread_id"), keys.index("metadata")
    keys[first], keys[second] = keys[second], keys[first]
    swapped = {key: list(ordered.values())[i] for i, key in enumerate(keys)}
    assert tuple(map(type, swapped.values())) == tuple(map(type, ordered.values()))
    # (Fields are checked in the spec's order: thread_id comes first.)
    with pytest.raises(TypeError, match=r"\$\.thread_id: expected string, found object"):
        Thread.from_dict(swapped)
    with pytest.raises(TypeError, match=r"\$\.thread_id: expected string, found integer"):
        Thread.from_dict(thread(thread_id=1))


def test_lists_of_mixed_shapes_are_checked_object_by_object(form: Form) -> None:
    body = [
        thread(),
        thread(error={"error": "E", "message": "m"}, values=None),
        thread(interrupts={"task-1": [INTERRUPT]}),
        thread(),
    ]
    with threads_client(form, transport=serve(body)) as threads:
        found = threads.search()
    assert found == body
    assert found[2].interrupts["task-1"][0].value == {"question": "ok?"}  # type: ignore[index]
    body[3] = thread(interrupts={"task-1": [{"id": "no value"}]})
    with (
        threads_client(form, transport=serve(body)) as threads,
        pytest.raises(APIResponseValidationError, match=r"\$\[3\]\.interrupts\['task-1'\]\[0\]"),
    ):
        threads.search()


def test_a_failed_threads_error_reads_in_every_servers_form(form: Form) -> None:
    # The current server and Aegra send an object; langgraph-api 0.2 to 0.6 a string (base64
    # of the same JSON on 0.2.125). One failed thread must not break a whole search.
    as_object = {"error": "ValueError", "message": "boom"}
    as_base64 = "eyJlcnJvciI6IlZhbHVlRXJyb3IifQ=="
    body = [thread(error=as_object), thread(error=as_base64), thread(error=None)]
    with threads_client(form, transport=serve(body)) as threads:
        found = threads.search()
    assert found == body
    assert found[0].error == ThreadError(error="ValueError", message="boom")
    assert found[1].error == as_base64
    assert found[1]["error"] == as_base64
    assert found[2].error is None
    # Every error an object: checked column by column, ThreadError's fields included.
    assert ("error", "", ThreadError) in Thread._below
    for bad in ([thread(error={"error": 1})], [thread(error=as_object), thread(error=5)]):
        with (
            threads_client(form, transport=serve(bad)) as threads,
            pytest.raises(APIResponseValidationError, match=r"\$\[\d\]\.error"),
        ):
            threads.search()


def test_a_shape_error_keeps_where_and_what_through_pickle_and_copy() -> None:
    # (As the cause of a validation error, it may cross to another process.)
    error = ShapeError("string", "integer", ".thread_id")
    assert error.args == ("string", "integer", ".thread_id")  # (what repr shows)
    deeper = ShapeError("string", "integer", ".thread_id").within("[3]")
    assert deeper.args == ("string", "integer", "[3].thread_id")
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert type(again) is ShapeError
        assert (again.expected, again.found, again.path) == ("string", "integer", ".thread_id")
        assert str(again) == "$.thread_id: expected string, found integer"


def test_a_value_of_no_json_type_is_named_by_its_class() -> None:
    # A caller's mapping given to from_dict may hold Python values (a datetime, say).
    at = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    with pytest.raises(ShapeError, match=r"^\$\.created_at: expected string, found datetime$"):
        Thread.from_dict({**thread(), "created_at": at})


def test_the_types_a_field_allows_are_named_as_json_names_them() -> None:
    assert _types_name(int) == "integer"
    assert _types_name(float) == "number"
    assert _types_name((int, float)) == "number"  # (an integer is a number)
    assert _types_name((int, float, NoneType, Unset)) == "number or null"
    assert _types_name((int, NoneType, Unset)) == "integer or null"
    assert _types_name((dict, str, NoneType, Unset)) == "object or string or null"


def test_a_key_in_a_path_is_shown_whole_up_to_its_limit() -> None:
    assert segment("k" * 80) == "." + "k" * 80
    assert segment("k" * 81) == f"['{'k' * 79}...]"
    # A key that is no identifier, in brackets: its repr whole up to 80 characters.
    assert segment("-" * 78) == f"['{'-' * 78}']"
    assert segment("-" * 79) == f"['{'-' * 79}...]"


def test_typed_values_below_dicts_and_lists_become_their_json() -> None:
    at = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert to_json({"at": at, "all": [at, {"status": ThreadStatus.IDLE}]}) == {
        "at": at.isoformat(),
        "all": [at.isoformat(), {"status": "idle"}],
    }
    interrupt = Interrupt(value={"question": "ok?"}, id="i1")
    built = Thread.from_dict(thread())
    made = Thread(
        thread_id=built.thread_id,
        created_at=built.created_at,
        updated_at=built.updated_at,
        metadata={},
        status=ThreadStatus.IDLE,
        interrupts={"t": [interrupt]},
    )
    assert type(made["interrupts"]["t"][0]) is dict


def test_a_status_no_enum_lists_is_one_member_made_once() -> None:
    # (A value of its own for each run: members are made once per process.)
    value = f"paused-{uuid.uuid4().hex}"
    member = unknown_member(ThreadStatus, value)
    assert (member.name, member.value) == (value.upper(), value)
    assert member == value
    assert isinstance(member, ThreadStatus)
    assert member not in list(ThreadStatus)
    assert unknown_member(ThreadStatus, value) is member
    assert ThreadStatus.of(value) is member


def test_unset_reads_as_its_name_and_fromkeys_gives_a_plain_dict() -> None:
    assert repr(UNSET) == str(UNSET) == "UNSET"
    made = Thread.fromkeys(["thread_id", "status"], "x")
    assert type(made) is dict
    assert made == {"thread_id": "x", "status": "x"}
    assert Thread.fromkeys(["a"]) == {"a": None}


def named_model(**tables: object) -> type[JSONModel]:
    """A new model of one required string, ``name``, with shapes of its own; ``tables``
    replace those given here (``_by_columns=False``, say)."""
    made = type(
        "Named",
        (JSONModel,),
        {
            "__slots__": (),
            "_shapes": {},
            "_field_names": frozenset({"name"}),
            "_required": required_getter("name"),
            "_required_keys": ("name",),
            "_required_types": (str,),
            **tables,
        },
    )
    return cast("type[JSONModel]", made)


def test_shapes_are_remembered_as_their_keys_and_only_so_many() -> None:
    Named = named_model()  # (shapes of its own, anew for each run)
    first = {"name": "n", "extra": 1}
    Named.from_dict(first)
    assert Named._shapes == {(str, int): ("name", "extra")}
    # A server sending ever new shapes (extra fields of every count) cannot grow memory.
    for count in range(2 * MAX_SHAPES):
        Named.from_dict({"name": "n", **{f"x{i}": i for i in range(count)}})
    assert len(Named._shapes) == MAX_SHAPES


class Envelope(pydantic.BaseModel):
    """What a FastAPI back end declares (its body, or what a route returns)."""

    thread: Thread
    states: list[ThreadState] = []


def test_a_model_is_a_pydantic_field_checked_as_from_dict_checks() -> None:
    # (Where SDK code annotated with the SDK's TypedDicts: pydantic could not take a model.)
    body = thread(surprise=[1, 2])
    envelope = Envelope.model_validate({"thread": body, "states": [state()]})
    assert type(envelope.thread) is Thread
    assert envelope.thread.created_at.tzinfo is not None  # (typed, as a result)
    assert envelope.thread == body
    assert Envelope(thread=Thread.from_dict(body)).thread == body  # (a model is taken too)
    assert Envelope.model_validate_json(json.dumps({"thread": body})).thread == body
    # Written out as the JSON it was: unknown fields and timestamps as sent.
    assert envelope.model_dump()["thread"] == body
    assert json.loads(envelope.model_dump_json())["thread"] == body
    assert pydantic.TypeAdapter(list[Thread]).validate_python([body, body]) == [body, body]
    with pytest.raises(pydantic.ValidationError) as caught:
        Envelope.model_validate({"thread": thread(status=3)})
    (error,) = caught.value.errors()
    assert error["loc"] == ("thread",)
    assert error["msg"] == "Value error, not a Thread: $.status: expected string, found integer"
    with pytest.raises(pydantic.ValidationError, match="Input should be a valid dictionary"):
        Envelope.model_validate({"thread": [body]})


def test_a_pydantic_field_takes_the_python_values_the_sdks_typeddicts_take() -> None:
    # A thread read from a database, or pydantic's dump of an SDK Thread: datetimes, enums.
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    body = {**thread(), "created_at": when, "updated_at": when, "status": ThreadStatus.BUSY}
    made = pydantic.TypeAdapter(Thread).validate_python(body)
    assert type(made) is Thread
    assert made["created_at"] == when.isoformat()
    assert made.created_at == when
    assert made.status is ThreadStatus.BUSY
    with pytest.raises(pydantic.ValidationError) as caught:
        pydantic.TypeAdapter(Thread).validate_python({**body, "status": 3})
    assert caught.value.title.startswith("function-after[Thread()")  # (not "_from_pydantic")
    assert "not a Thread: $.status: expected string, found integer" in str(caught.value)


def test_pydantic_leaves_out_null_fields_where_exclude_none_asks() -> None:
    envelope = Envelope(thread=Thread.from_dict(thread(values=None, error=None)))
    assert "values" not in envelope.model_dump(exclude_none=True)["thread"]
    written = json.loads(envelope.model_dump_json(exclude_none=True))["thread"]
    assert {"values", "error"}.isdisjoint(written)
    assert written == {k: v for k, v in thread().items() if v is not None}
    assert envelope.model_dump()["thread"]["values"] is None  # (kept unless asked)


def test_pydantic_leaves_out_the_fields_include_and_exclude_name_at_any_depth() -> None:
    """As for the SDK's TypedDicts: FastAPI's ``response_model_exclude`` hides a field (the
    user data of ``metadata``, say) only where they are read."""
    body = thread(metadata={"email": "a@example.com", "team": "x"})
    envelope = Envelope(thread=Thread.from_dict(body), states=[])
    assert "metadata" not in envelope.model_dump(exclude={"thread": {"metadata"}})["thread"]
    assert envelope.model_dump(include={"thread": {"thread_id"}}) == {
        "thread": {"thread_id": body["thread_id"]}
    }
    nested = {"thread": {"metadata": {"email"}}}
    assert envelope.model_dump(exclude=nested)["thread"]["metadata"] == {"team": "x"}
    written = json.loads(envelope.model_dump_json(exclude=nested))["thread"]
    assert written == {**body, "metadata": {"team": "x"}}
    threads = pydantic.TypeAdapter(list[Thread])
    two = [envelope.thread] * 2
    assert threads.dump_python(two, include={"__all__": {"status"}}) == [{"status": "idle"}] * 2
    assert threads.dump_python(two, include={1: {"config"}}) == [{"config": {}}]
    assert pydantic.TypeAdapter(Thread).dump_python(envelope.thread, exclude={"metadata"}) == {
        key: value for key, value in body.items() if key != "metadata"
    }
    assert envelope.thread == body  # (the result itself untouched)


def test_a_models_json_schema_is_its_fields_json_types() -> None:
    schema = pydantic.TypeAdapter(Thread).json_schema()
    assert schema == json_schema(Thread)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["title"] == "Thread"
    assert schema["required"] == ["thread_id", "created_at", "updated_at", "metadata", "status"]
    assert schema["properties"]["thread_id"] == {"type": "string"}
    # A model below is written out (FastAPI's docs show its fields), with the field's other
    # JSON types beside it.
    assert schema["properties"]["error"] == {
        "anyOf": [json_schema(ThreadError), {"type": ["string", "null"]}]
    }
    assert schema["properties"]["interrupts"] == {
        "anyOf": [
            {
                "type": "object",
                "additionalProperties": {"type": "array", "items": json_schema(Interrupt)},
            },
            {"type": "null"},
        ]
    }
    assert schema["properties"]["values"] == {}  # (any JSON value)
    assert schema["additionalProperties"] is True
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid(thread(surprise=1))
    assert not validator.is_valid(thread(status=3))
    # Every model's, as pydantic (and FastAPI's /openapi.json) asks for it.
    for model in (ThreadState, ThreadTask, Interrupt, Checkpoint, ThreadError):
        jsonschema.Draft202012Validator.check_schema(pydantic.TypeAdapter(model).json_schema())
    state_schema = jsonschema.Draft202012Validator(json_schema(ThreadState))
    assert state_schema.is_valid(state())
    assert json_schema(ThreadState)["properties"]["tasks"] == {
        "type": "array",
        "items": json_schema(ThreadTask),
    }


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (ThreadState, state(tasks=[TASK])),
        (ThreadState, state(tasks=[{**TASK, "interrupts": [{"id": "i1"}]}])),  # (no value)
        (ThreadState, state(tasks=[{**TASK, "interrupts": {"value": 1}}])),
        (ThreadState, state(tasks=[None])),
        (ThreadState, state(checkpoint={**CHECKPOINT, "checkpoint_id": 3})),
        (ThreadState, state(parent_checkpoint=None)),
        (Thread, thread(interrupts={"t1": [INTERRUPT]})),
        (Thread, thread(interrupts={"t1": [{**INTERRUPT, "id": 1}]})),
        (Thread, thread(interrupts={"t1": INTERRUPT})),
        (Thread, thread(error="boom")),
        (Thread, thread(error={"message": 1})),
        (Thread, thread(error=[])),
    ],
)
def test_a_models_json_schema_accepts_what_from_dict_accepts(
    model: type[JSONModel], body: dict[str, Any]
) -> None:
    try:
        model.from_dict(body)
        accepted = True
    except ShapeError:
        accepted = False
    assert jsonschema.Draft202012Validator(json_schema(model)).is_valid(body) is accepted
