"""The golden models at run time: what the spec constructs of the fixture check and give."""

from __future__ import annotations

from typing import Any

import pytest

from tests.generator.golden.models import Node, Part, Thing
from tests.generator.golden.types import ShapeError, model_list

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
    ],
)
def test_both_checks_refuse_alike_with_the_json_path(field: str, value: Any, error: str) -> None:
    alone, listed = _errors({**THING, field: value})
    assert alone.startswith(error)
    assert listed == "$[2]" + alone.removeprefix("$")
