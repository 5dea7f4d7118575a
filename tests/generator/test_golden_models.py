"""The golden models at run time: what the spec constructs of the fixture check and give."""

from __future__ import annotations

import datetime
import json
import re
import uuid
from typing import Any

import httpx
import pytest

from tests.generator.golden.api.things import label_thing
from tests.generator.golden.errors import UnexpectedStatus
from tests.generator.golden.models import Labels, Level, Node, Part, Thing
from tests.generator.golden.types import ShapeError, json_schema, model_list

NOW = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)

THING: dict[str, Any] = {
    "thing_id": "t1",
    "created_at": "2026-01-01T00:00:00Z",
    "metadata": {},
    "kind": "small",
}


def test_models_that_hold_each_other_import_and_read_both_ways() -> None:
    tree = {"label": "a", "children": [{"label": "b", "children": [], "owner": THING}]}
    root = Thing.from_dict({**THING, "root": tree}).root
    assert isinstance(root, Node)
    children = root.children
    assert isinstance(children, list)
    assert type(children[0]) is Node
    owner = children[0].owner
    assert type(owner) is Thing
    assert owner.thing_id == "t1"
    assert model_list([{**THING, "root": tree}] * 3, Thing)[2].root == tree


def test_a_typed_list_or_map_of_models_is_a_new_one_when_empty_too() -> None:
    # (The JSON's own empty list or map, handed out, took the caller's changes to the typed
    # value into the result's JSON; a non-empty one never did.)
    thing = Thing.from_dict({**THING, "parts": {}, "history": []})
    assert (thing.parts, thing.history) == ({}, [])
    assert thing.parts is not thing["parts"]
    assert thing.history is not thing["history"]


@pytest.mark.parametrize(
    ("value", "model"),
    [({"name": "p"}, Part), ({"label": "n", "children": []}, Node)],
)
def test_a_field_of_two_models_takes_either(value: dict[str, Any], model: type) -> None:
    thing = Thing.from_dict({**THING, "either": value})
    assert type(thing.either) is model
    assert thing["either"] == value
    assert type(model_list([{**THING, "either": value}] * 3, Thing)[0].either) is model


def _errors(body: dict[str, Any]) -> tuple[str, str]:
    """The error of the object-by-object check and of the column check (a list of many)."""
    with pytest.raises(ShapeError) as alone:
        Thing.from_dict(body)
    with pytest.raises(ShapeError) as listed:
        model_list([THING, THING, body], Thing)
    return str(alone.value), str(listed.value)


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        # Neither model: each one's mismatch, in the spec's order.
        (
            "either",
            {"label": 3},
            "$.either: expected Part (.name: expected string, found nothing (a required field))"
            " or Node (.label: expected string, found integer), found one that fits none of them",
        ),
        ("either", "p", "$.either: expected object, found string"),
        # A null item of an array of a closed enum (the column check let it through).
        ("sizes", [None], "$.sizes[0]: expected string, found null"),
        ("sizes", ["huge"], "$.sizes[0]: expected one of large, small, found 'huge'"),
        ("root", {"label": "a", "children": [{"label": 1}]}, "$.root.children[0].label: "),
        ("history", [3], "$.history[0]: expected object, found integer"),
        ("it's", {"name": 1}, '$["it\'s"].name: expected string, found integer'),
    ],
)
def test_both_checks_refuse_alike_with_the_json_path(field: str, value: Any, error: str) -> None:
    alone, listed = _errors({**THING, field: value})
    assert alone.startswith(error)
    assert listed == "$[2]" + alone.removeprefix("$")


def test_an_integer_enum_is_checked_and_typed() -> None:
    thing = Thing.from_dict({**THING, "level": 2})
    assert thing.level is Level.VALUE_2
    assert thing["level"] == 2
    alone, listed = _errors({**THING, "level": 5})
    assert alone == "$.level: expected one of 1, 2, 3, found 5"
    assert listed == "$[2].level: expected one of 1, 2, 3, found 5"


def test_fields_named_as_what_builds_their_values_read_typed() -> None:
    # Each typed value is built under a name of its own: a field's name would have shadowed
    # what the building calls (the helper that reads a date-time, the error it catches).
    sent = {
        "aware_datetime": "2026-01-01T00:00:00Z",
        "exc": None,
        "unexpected": [THING["created_at"]],
    }
    thing = Thing.from_dict({**THING, **sent})
    assert (thing.aware_datetime, thing.exc, thing.unexpected) == (NOW, None, [NOW])
    assert Thing.from_dict({**THING, "exc": "2026-01-01T00:00:00+00:00"}).exc == NOW
    with pytest.raises(ValueError, match=r"^aware_datetime: Invalid isoformat string"):
        _ = Thing.from_dict({**THING, "aware_datetime": "not a time"}).aware_datetime


def test_a_field_of_two_models_leaves_the_other_fields_schemas_whole() -> None:
    # `either` (Part or Node) is no one path the column check can follow: objects are checked
    # one by one, and the other fields' models are still written out in the JSON Schema.
    schema = json_schema(Thing)["properties"]
    assert schema["history"] == {"type": "array", "items": json_schema(Part)}
    assert schema["either"] == {"type": "object"}
    assert not Thing._by_columns
    bad_history = {**THING, "history": [{"name": 1}]}
    assert _errors(bad_history)[1].startswith("$[2].history[0].name: expected string")


@pytest.mark.parametrize(
    ("field", "sent", "error"),
    [
        ("owner_id", "not a uuid", "owner_id: badly formed hexadecimal UUID string"),
        # (An array's strings are not checked at call time: read, its item is the error.)
        ("unexpected", [5], "unexpected: fromisoformat: argument must be str"),
        ("created_at", "not a time", "created_at: Invalid isoformat string: 'not a time'"),
    ],
)
def test_a_typed_value_python_cannot_read_is_a_value_error_naming_its_field(
    field: str, sent: Any, error: str
) -> None:
    thing = Thing.from_dict({**THING, field: sent})
    assert thing[field] == sent  # (the call works; the JSON is there, as sent)
    with pytest.raises(ValueError, match=f"^{re.escape(error)}$"):
        getattr(thing, field)


def test_a_uuid_given_to_the_constructor_is_its_json_string() -> None:
    owner = uuid.UUID(int=5)
    thing = Thing(thing_id="t", created_at=NOW, metadata={}, kind="small", owner_id=owner)
    assert thing["owner_id"] == "00000000-0000-0000-0000-000000000005"
    assert json.loads(json.dumps(thing))["owner_id"] == str(owner)
    assert thing.owner_id == owner


def test_a_model_of_no_fields_and_an_operation_with_only_a_default_response() -> None:
    labels = label_thing.parse_response(httpx.Response(200, json={"extra": 1}))
    assert type(labels) is Labels
    assert labels == {"extra": 1}
    assert Labels(extra=1) == {"extra": 1}  # (keywords only: extra JSON fields)
    with pytest.raises(UnexpectedStatus):
        label_thing.parse_response(httpx.Response(500, json={}))


def test_a_free_form_query_object_and_an_optional_free_form_body() -> None:
    given = label_thing.build_request("t1", where={"color": "red"}, body={"k": 1})
    assert given["params"] == {"color": "red"}  # (form style, exploded: OpenAPI's default)
    assert given["json"] == {"k": 1}
    assert "json" not in label_thing.build_request("t1")  # (left out, not sent as UNSET)
