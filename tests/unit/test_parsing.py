"""Forward-compatible parsing: what a newer (or odder) server sends never breaks a caller."""

from __future__ import annotations

import copy
import datetime
import json
import math
import pickle
from types import SimpleNamespace
from typing import Any

import httpx
import orjson
import pytest

from langgraph_threads_client import UNSET, APIResponseValidationError, ThreadStatus, models
from langgraph_threads_client._generated import types
from langgraph_threads_client._generated.errors import UnexpectedStatus
from langgraph_threads_client._parsing import parse
from langgraph_threads_client.models import ThreadStateSelection
from tests.forms import Form, threads_client

# Nesting deeper than both JSON decoders read, on every Python: orjson stops at 1,024 levels,
# the standard library at about 1,000 on 3.11 and between 5,000 and 20,000 on 3.13.
DEEPER = 100_000

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
TIMESTAMP = "2026-11-24T21:21:34.931247+00:00"
CHECKPOINT = {"checkpoint_id": "c1", "thread_id": THREAD_ID, "checkpoint_ns": ""}


def thread(**fields: Any) -> dict[str, Any]:
    base = {
        "thread_id": THREAD_ID,
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
        "state_updated_at": TIMESTAMP,
        "metadata": {"user_id": "u1"},
        "status": "idle",
        "config": {},
    }
    return {**base, **fields}


def state(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "values": {"count": 1},
        "next": [],
        "tasks": [],
        "metadata": {"step": 1},
        "created_at": TIMESTAMP,
        "checkpoint": CHECKPOINT,
        "parent_checkpoint": None,
        "interrupts": [],
        "checkpoint_id": "c1",
        "parent_checkpoint_id": None,
    }
    return {**base, **fields}


def serve(body: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=body))


@pytest.mark.parametrize(
    "body",
    [
        thread(status="paused"),  # a status a newer server might add
        thread(brand_new_field={"nested": [1, 2]}, another=None),
        thread(values=None, interrupts=None, error=None, ttl=None, extracted=None),
        thread(error={"error": None, "message": None, "code": 7}),
        thread(ttl={"strategy": "archive", "ttl_minutes": None, "expires_at": None}),
        thread(interrupts={"task-1": [{"value": {"q": "?"}, "id": None, "response_schema": None}]}),
        thread(metadata={}, config={"configurable": {"x": None}}),
        thread(values=[1, "two", {"three": 3.0}]),  # graph state is any JSON
    ],
    ids=[
        "unknown-status",
        "unknown-fields",
        "nulls-in-optional-fields",
        "error-with-nulls",
        "unknown-ttl-strategy",
        "interrupt-with-nulls",
        "empty-metadata",
        "values-not-an-object",
    ],
)
def test_threads_parse_and_round_trip(form: Form, body: dict[str, Any]) -> None:
    with threads_client(form, transport=serve(body)) as threads:
        parsed = threads.get(THREAD_ID)
    assert parsed.to_dict() == body
    assert parsed.thread_id == THREAD_ID


def test_an_unknown_status_is_a_thread_status_made_for_it(form: Form) -> None:
    body = thread(status="paused")
    with threads_client(form, transport=serve(body)) as threads:
        parsed = threads.get(THREAD_ID)
    status = parsed.status
    assert isinstance(status, ThreadStatus)
    assert status == "paused"
    assert status.value == "paused"
    assert str(status) == "paused"
    assert status.name == "PAUSED"
    assert status not in list(ThreadStatus)  # not one of the listed members
    assert parsed["status"] == "paused"
    assert parsed.to_dict() == body
    # One object for each value; it pickles, copies and encodes as the value it holds.
    assert ThreadStatus.of("paused") is status
    assert pickle.loads(pickle.dumps(status)) is status
    assert copy.deepcopy(status) is status
    assert orjson.dumps(status) == json.dumps(status).encode() == b'"paused"'
    with threads_client(form, transport=serve(thread(status="busy"))) as threads:
        assert threads.get(THREAD_ID).status is ThreadStatus.BUSY
    with pytest.raises(ValueError, match="is not a valid ThreadStatus"):
        ThreadStatus("paused")  # (the enum itself still lists only the known ones)


def test_a_thread_status_read_is_taken_back_as_an_argument(form: Form) -> None:
    """An unknown status read from a server is sent back as it came (search by it)."""
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        return httpx.Response(200, json=0 if request.url.path.endswith("/count") else [])

    with threads_client(form, transport=httpx.MockTransport(handler)) as threads:
        threads.search(status=ThreadStatus.of("paused"))
        threads.count(status=ThreadStatus.of("paused"))
        threads.search(status=ThreadStatus.IDLE)
    assert [orjson.loads(body)["status"] for body in seen] == ["paused", "paused", "idle"]
    with (
        threads_client(form, transport=httpx.MockTransport(handler)) as threads,
        pytest.raises(ValueError, match="status must be one of"),
    ):
        threads.search(status="paused")  # type: ignore[call-overload]


def test_a_state_read_with_select_may_hold_only_the_selected_fields(form: Form) -> None:
    """A server that honours ``select`` sends only those fields: read as a selection, which
    the official SDK's dict would be too. Without ``select`` a state must be whole."""
    only_values: dict[str, Any] = {"values": {"messages": []}}
    with threads_client(form, transport=serve(only_values)) as threads:
        selected = threads.get_state(THREAD_ID, select=["values.messages"])
        assert isinstance(selected, ThreadStateSelection)
        assert selected == only_values
        assert selected.values == {"messages": []}
        assert selected.next is UNSET
        at_checkpoint = threads.get_state(THREAD_ID, checkpoint_id="c1", select=["values"])
        assert at_checkpoint == only_values
        with pytest.raises(APIResponseValidationError, match=r"\$\.next: expected array"):
            threads.get_state(THREAD_ID)
    with threads_client(form, transport=serve([only_values, {"next": []}])) as threads:
        history = threads.get_history(THREAD_ID, select=["values", "next"])
        assert [type(item) for item in history] == [ThreadStateSelection] * 2
        assert history[1].next == []
    # A whole state reads as a selection too (a server that ignores select sends it all).
    with threads_client(form, transport=serve(state())) as threads:
        assert threads.get_state(THREAD_ID, select=["values"]) == state()
    # The selected fields are still checked.
    with (
        threads_client(form, transport=serve({"next": "step"})) as threads,
        pytest.raises(APIResponseValidationError, match=r"\$\.next: expected array"),
    ):
        threads.get_state(THREAD_ID, select=["next"])


def test_made_members_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server sending ever new values cannot make the table of made members grow without
    end: past its size, each is made anew (equal, not the same object)."""
    monkeypatch.setattr(types, "_MADE_MEMBERS", {})
    values = [f"status-{n}" for n in range(types._MAX_MADE_MEMBERS + 10)]
    made = [ThreadStatus.of(value) for value in values]
    assert made == values
    assert len(types._MADE_MEMBERS) <= types._MAX_MADE_MEMBERS
    assert ThreadStatus.of(values[-1]) == values[-1]


def test_absent_optional_fields_are_unset(form: Form) -> None:
    with threads_client(form, transport=serve(thread())) as threads:
        parsed = threads.get(THREAD_ID)
    assert parsed.values is UNSET
    assert parsed.interrupts is UNSET
    assert parsed.error is UNSET
    assert "values" not in parsed.to_dict()


@pytest.mark.parametrize(
    "body",
    [
        state(),
        state(checkpoint={"checkpoint_id": "c1", "thread_id": THREAD_ID}),  # no checkpoint_ns
        state(checkpoint={**CHECKPOINT, "checkpoint_ns": None, "checkpoint_map": None}),
        state(checkpoint={**CHECKPOINT, "new": True}, extra_top_level=[1]),
        state(
            tasks=[
                {
                    "id": "t1",
                    "name": "step",
                    "path": ["__pregel_pull", "step", [0, 1]],
                    "error": None,
                    "interrupts": None,
                    "checkpoint": None,
                    "state": None,
                    "result": {"count": 2},
                    "future_field": "x",
                },
                {"id": "t2", "name": "other", "path": None},
            ]
        ),
        state(
            values={},
            metadata=None,
            created_at=None,
            checkpoint=None,
            checkpoint_id=None,
        ),
    ],
    ids=[
        "plain",
        "checkpoint-without-ns",
        "checkpoint-nulls",
        "unknown-fields",
        "tasks-odd-and-null",
        "empty-state",
    ],
)
def test_states_parse_and_round_trip(form: Form, body: dict[str, Any]) -> None:
    with threads_client(form, transport=serve(body)) as threads:
        assert threads.get_state(THREAD_ID).to_dict() == body
    with threads_client(form, transport=serve([body, body])) as threads:
        assert [s.to_dict() for s in threads.get_history(THREAD_ID)] == [body, body]


def test_selections_tolerate_nulls_and_unknown_fields(form: Form) -> None:
    items = [
        {"thread_id": None, "status": None, "metadata": None, "values": None},
        {"thread_id": THREAD_ID, "status": "archived", "brand_new": 1},
        {},
    ]
    with threads_client(form, transport=serve(items)) as threads:
        selected = threads.search(select=["thread_id", "status"])
    assert [item.to_dict() for item in selected] == items
    assert selected[1].status == "archived"


def test_storage_with_missing_and_null_sections(form: Form) -> None:
    body = {
        "thread_id": THREAD_ID,
        "total_bytes": 0,
        "checkpoints": None,
        "channel_values": {"count": 0, "bytes": 0, "by_channel": None},
        "new_section": {"count": 1},
    }
    with threads_client(form, transport=serve(body)) as threads:
        assert threads.get_storage(THREAD_ID).to_dict() == body


def test_an_integer_written_as_a_whole_number_is_one(form: Form) -> None:
    """1.0 is an integer as JSON Schema counts them (OpenAPI 3.1's draft), and the official
    SDK returns it: the JSON as sent, the typed value the int."""
    storage = {
        "thread_id": THREAD_ID,
        "total_bytes": 2048.0,
        "checkpoints": {"count": 3.0, "bytes": 1024},
        "channel_values": {
            "count": 1,
            "bytes": 1e3,
            "by_channel": {"messages": {"versions": 1.0, "bytes": 1000.0}},
        },
    }
    with threads_client(form, transport=serve({"pruned_count": 2.0})) as threads:
        pruned = threads.prune([THREAD_ID])
    assert pruned.to_dict() == {"pruned_count": 2.0}
    assert type(pruned["pruned_count"]) is float
    assert pruned.pruned_count == 2
    assert type(pruned.pruned_count) is int
    with threads_client(form, transport=serve(storage)) as threads:
        read = threads.get_storage(THREAD_ID)
    assert read.to_dict() == storage
    checkpoints, channel_values = read.checkpoints, read.channel_values
    assert isinstance(checkpoints, models.StorageSection)
    assert isinstance(channel_values, models.ChannelValuesStorage)
    assert (read.total_bytes, checkpoints.count, channel_values.bytes) == (2048, 3, 1000)
    assert type(checkpoints.count) is int
    by_channel = channel_values.by_channel
    assert isinstance(by_channel, dict)
    assert type(by_channel["messages"].versions) is int


def test_true_or_false_where_a_number_belongs_is_taken_as_sent(form: Form) -> None:
    """Python's bool is an int, and the official SDK returns it: taken (JSON Schema would
    refuse it), in a page's column check as in an object's, the typed value as sent."""
    ttl = {"strategy": "delete", "ttl_minutes": True, "expires_at": TIMESTAMP}
    with threads_client(form, transport=serve([thread(ttl=ttl)] * 3)) as threads:
        found = threads.search()
    assert [t.ttl.ttl_minutes for t in found if isinstance(t.ttl, models.ThreadTtlInfo)] == [
        True
    ] * 3
    with threads_client(form, transport=serve({"pruned_count": False})) as threads:
        pruned = threads.prune([THREAD_ID])
    assert pruned.pruned_count is False
    assert pruned.to_dict() == {"pruned_count": False}


@pytest.mark.parametrize("number", [b"1.5", b"-0.25", b"Infinity", b"NaN"])
def test_a_number_with_a_fraction_is_no_integer_even_after_a_whole_one(
    form: Form, number: bytes
) -> None:
    # A whole one first: the shape of its object (a float there) is not remembered as fitting.
    with threads_client(form, transport=serve({"pruned_count": 2.0})) as threads:
        assert threads.prune([THREAD_ID]).pruned_count == 2
    body = b'{"pruned_count": ' + number + b"}"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.prune([THREAD_ID])
    assert caught.value.message.endswith("($.pruned_count: expected integer or null, found number)")


@pytest.mark.parametrize(
    ("call", "body"),
    [
        ("get_state", state(checkpoint={"checkpoint_id": "c1"})),  # a checkpoint lacking thread_id
        ("get_state", state(checkpoint="c1")),  # a string where an object (or null) belongs
        ("get", thread(error=["boom"])),
        ("get", thread(interrupts="none")),
        ("get", thread(metadata=["not", "an", "object"])),
        ("get", thread(interrupts={"task-1": "not a list"})),
        ("get", thread(status=3)),
        ("get_state", state(next="step")),  # a string is not a list of its characters
        ("get_state", state(tasks={"id": "t1"})),
    ],
    ids=[
        "nested-missing-field",
        "nested-wrong-type",
        "error-list",
        "str",
        "metadata-list",
        "interrupts-value",
        "status-number",
        "next-string",
        "tasks-object",
    ],
)
def test_a_malformed_nested_object_is_a_validation_error_at_once(
    form: Form, call: str, body: dict[str, Any]
) -> None:
    from langgraph_threads_client import APIResponseValidationError

    with (
        threads_client(form, transport=serve(body)) as threads,
        pytest.raises(APIResponseValidationError),
    ):
        getattr(threads, call)(THREAD_ID)


def test_an_unparseable_date_time_is_kept_as_sent_and_fails_only_its_attribute(
    form: Form,
) -> None:
    # Like the SDK, which never parses dates: the call works and the JSON reads as sent; only
    # the typed attribute, which cannot be built, raises.
    body = thread(created_at="yesterday")
    with threads_client(form, transport=serve(body)) as threads:
        result = threads.get(THREAD_ID)
    assert result["created_at"] == "yesterday"
    assert result.thread_id == THREAD_ID
    with pytest.raises(ValueError, match=r"^created_at: .*yesterday"):  # (which field)
        result.created_at  # noqa: B018
    nullable = thread(state_updated_at="today")
    with threads_client(form, transport=serve(nullable)) as threads:
        result = threads.get(THREAD_ID)
    with pytest.raises(ValueError, match=r"^state_updated_at: .*today"):
        result.state_updated_at  # noqa: B018


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        ("2026-05-01T12:00:00", datetime.datetime(2026, 5, 1, 12, tzinfo=datetime.UTC)),
        ("2026-05-01", datetime.datetime(2026, 5, 1, tzinfo=datetime.UTC)),
        (
            "2026-05-01T12:00:00+02:00",
            datetime.datetime(2026, 5, 1, 10, tzinfo=datetime.UTC),
        ),
    ],
)
def test_a_date_time_without_an_offset_is_read_as_utc(
    form: Form, sent: str, read: datetime.datetime
) -> None:
    # A server that stores timestamps without a time zone: typed values are aware all the
    # same (so that they compare with others), and the JSON stays as sent.
    with threads_client(form, transport=serve(thread(created_at=sent))) as threads:
        result = threads.get(THREAD_ID)
    assert result.created_at == read
    assert result.created_at.tzinfo is not None
    assert result["created_at"] == sent


def test_one_malformed_item_of_a_list_is_a_validation_error(form: Form) -> None:
    from langgraph_threads_client import APIResponseValidationError

    body = [thread(), thread(config="not an object")]
    with (
        threads_client(form, transport=serve(body)) as threads,
        pytest.raises(APIResponseValidationError),
    ):
        threads.search()


def test_free_form_objects_are_plain_dicts_and_typed_maps_are_parsed(form: Form) -> None:
    from langgraph_threads_client.models import Interrupt, Thread

    interrupt = {"value": {"q": "?"}, "id": "i1"}
    body = [thread(), thread(interrupts={"task-1": [interrupt]}, extracted={"who": "u1"})]
    with threads_client(form, transport=serve(body)) as threads:
        first, second = threads.search()
    assert isinstance(first, Thread)
    assert isinstance(second, Thread)
    assert type(first.metadata) is dict
    assert first.metadata == {"user_id": "u1"}
    assert type(first.config) is dict
    assert second.extracted == {"who": "u1"}
    assert isinstance(second.interrupts, dict)
    [parsed] = second.interrupts["task-1"]
    assert isinstance(parsed, Interrupt)
    assert parsed.value == {"q": "?"}
    assert [item.to_dict() for item in (first, second)] == body


def test_from_dict_leaves_its_input_as_it_was() -> None:
    import copy

    from langgraph_threads_client.models import Thread, ThreadState

    for model, body in (
        (Thread, thread(interrupts={"t": [{"value": 1}]}, unknown=True)),
        (ThreadState, state(tasks=[{"id": "t1", "name": "step", "path": None}])),
    ):
        before = copy.deepcopy(body)
        parsed = model.from_dict(body)
        assert body == before
        assert parsed.to_dict() == before


def test_json_orjson_refuses_is_still_read() -> None:
    from langgraph_threads_client._generated.types import loads

    # orjson rejects NaN (and with it the whole body), which the standard library reads; so
    # too the integers beyond 64 bits of that body (orjson alone reads them as floats).
    decoded = loads(b'{"values": {"big": 18446744073709551616, "nan": NaN}}')
    assert decoded["values"]["big"] == 2**64
    assert math.isnan(decoded["values"]["nan"])
    # So too a lone surrogate's escape and a number past a float's range (as the README says).
    assert loads(b'{"s": "\\ud800", "big": 1e400}') == {"s": "\ud800", "big": math.inf}


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b"02", "number with leading zero is not allowed"),
        (b"\xff\xfe not json", "str is not valid UTF-8"),  # (the standard library: UTF-16)
        (b"{not json", "unexpected character"),
    ],
)
def test_json_neither_decoder_reads_raises_orjsons_error(body: bytes, said: str) -> None:
    import orjson

    from langgraph_threads_client._generated.types import loads

    # The official SDK's decoder's error, and its words (the standard library's, read after
    # orjson's, would be of another kind or say less: "Extra data" for the leading zero).
    with pytest.raises(orjson.JSONDecodeError, match=said):
        loads(body)


def test_json_nested_too_deep_to_decode_is_a_validation_error_that_says_so(form: Form) -> None:
    from langgraph_threads_client import APIResponseValidationError

    deep = b'{"thread_id": ' + b"[" * DEEPER + b"]" * DEEPER + b"}"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=deep))
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(APIResponseValidationError, match="nested too deep"),
    ):
        threads.get(THREAD_ID)


def test_a_large_body_is_decoded_by_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    import msgspec
    import orjson

    from langgraph_threads_client._generated import types

    decoded_by: list[tuple[str, int]] = []
    real_orjson = orjson.loads

    def counting_orjson(content: bytes | str) -> Any:
        decoded_by.append(("orjson", len(content)))
        return real_orjson(content)

    real_decoder = msgspec.json.Decoder()

    def counting_decode(content: bytes | str) -> Any:
        decoded_by.append(("msgspec", len(content)))
        return real_decoder.decode(content)

    monkeypatch.setattr(orjson, "loads", counting_orjson)
    # (msgspec's Decoder cannot be subclassed: a stand-in of its one method)
    monkeypatch.setattr(msgspec.json, "Decoder", lambda: SimpleNamespace(decode=counting_decode))
    types._large_body_decoder.cache_clear()
    try:
        small = [state()]
        large = [state(values={"blob": "x" * types.ORJSON_MAX_BYTES})]
        for body in (small, large):
            encoded = json.dumps(body).encode()
            assert types.loads(encoded) == body
    finally:
        types._large_body_decoder.cache_clear()
    assert [name for name, _ in decoded_by] == ["orjson", "msgspec"]
    assert decoded_by[0][1] < types.ORJSON_MAX_BYTES < decoded_by[1][1]


def test_a_large_body_msgspec_refuses_is_read_as_the_standard_library_reads_it() -> None:
    from langgraph_threads_client._generated.types import ORJSON_MAX_BYTES, loads

    padding = b" " * ORJSON_MAX_BYTES
    decoded = loads(b'{"values": {"nan": NaN, "inf": -Infinity}}' + padding)
    assert math.isnan(decoded["values"]["nan"])
    assert decoded["values"]["inf"] == -math.inf
    assert loads(b"\xef\xbb\xbf[1]" + padding) == [1]  # (a byte order mark)
    with pytest.raises(json.JSONDecodeError):
        loads(b"{not json" + padding)
    # Bytes that are not UTF-8: orjson's JSONDecodeError, as for a smaller body (the standard
    # library's is a UnicodeDecodeError, which code catching the SDK's error would miss).
    for size in (1000, ORJSON_MAX_BYTES):
        with pytest.raises(orjson.JSONDecodeError, match="not valid UTF-8"):
            loads(b'["' + b"a" * size + b'\xff"]')
    deep = b"[" * DEEPER + b"]" * DEEPER + padding
    with pytest.raises(ValueError, match=r"^JSON nested too deep to decode"):
        loads(deep)


def test_a_success_status_no_parser_documents_is_a_validation_error() -> None:
    def documents_nothing(response: httpx.Response) -> None:
        raise UnexpectedStatus(response.status_code, response.content)

    request = httpx.Request("POST", "http://test/threads")
    with pytest.raises(APIResponseValidationError) as caught:
        parse(httpx.Response(201, json={}, request=request), documents_nothing, "/threads")
    assert caught.value.message == (
        "POST /threads answered 201 with a body that does not match the API spec "
        "(undocumented success status 201)"
    )
    assert caught.value.status_code == 201


@pytest.mark.parametrize("error", [KeyError("thread_id"), TypeError("expected a thread")])
def test_an_error_of_a_parser_is_a_validation_error_naming_its_kind(error: Exception) -> None:
    def failing(response: httpx.Response) -> None:
        raise error

    request = httpx.Request("GET", "http://test/threads/t1")
    with pytest.raises(APIResponseValidationError) as caught:
        parse(httpx.Response(200, json={}, request=request), failing, "/threads/t1")
    assert caught.value.message == (
        "GET /threads/t1 answered 200 with a body that does not match the API spec "
        f"({type(error).__name__}: {error})"
    )
    assert caught.value.__cause__ is error


def test_bodies_up_to_the_limit_go_to_orjson_and_larger_ones_to_msgspec() -> None:
    from langgraph_threads_client._generated.types import ORJSON_MAX_BYTES, loads

    # Told apart by an integer beyond 64 bits: orjson reads it as a float, msgspec (as the
    # standard library) as an int.
    big = b"18446744073709551616"
    at_limit = b"[" + b" " * (ORJSON_MAX_BYTES - len(big) - 2) + big + b"]"
    assert len(at_limit) == ORJSON_MAX_BYTES
    assert type(loads(at_limit)[0]) is float
    assert type(loads(at_limit + b" ")[0]) is int


def test_json_nested_too_deep_is_a_value_error_that_says_how_deep() -> None:
    deep = b"[" * DEEPER + b"]" * DEEPER
    with pytest.raises(ValueError, match=r"^JSON nested too deep to decode ") as caught:
        types.loads(deep)
    assert str(caught.value) == (
        "JSON nested too deep to decode (past about 1,000 levels, or fewer where the call"
        " is itself deep in the stack)"
    )
