"""The generator's customisations (golden output) and the "API changed" workflow, end to end.

These run the pinned generator from its own environment (generator/.venv, which
`make check-generated` creates before the tests run in `make test`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GENERATOR_PYTHON = ROOT / "generator" / ".venv" / "bin" / "python"
HERE = Path(__file__).parent


def generate(*args: str) -> subprocess.CompletedProcess[str]:
    if not GENERATOR_PYTHON.exists():
        pytest.fail("generator/.venv is missing: run `make check-generated` (make test does)")
    return subprocess.run(
        [str(GENERATOR_PYTHON), str(ROOT / "generator" / "generate.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def run_generated(tmp_path: Path, script: str) -> list[str]:
    """The lines ``script`` prints, run beside the package generated into ``tmp_path``."""
    ran = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert ran.returncode == 0, ran.stderr
    return ran.stdout.splitlines()


def test_golden_output_of_the_customisations_is_up_to_date() -> None:
    result = generate(
        "--check",
        "--spec", str(HERE / "fixture_openapi.yaml"),
        "--target", str(HERE / "golden"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_golden_output_shows_each_customisation() -> None:
    golden = HERE / "golden"
    create = (golden / "api" / "things" / "create_thing.py").read_text()
    assert "def build_request(" in create
    assert "def parse_response(response: httpx.Response) -> Thing:" in create  # 201 left out
    assert "loads(response.content)" in create  # orjson, not response.json()
    assert '_kwargs["json"] = body\n' in create  # the model as it is: no copy of its JSON
    update = (golden / "api" / "things" / "update_thing.py").read_text()
    assert "-> Thing | None:" in update
    assert 'headers["Prefer"] = prefer' in update
    assert not (golden / "api" / "things" / "stream_thing.py").exists()  # x-codegen-skip
    assert not (golden / "client.py").exists()  # the facade owns the HTTP client
    # Free-form objects are plain dicts (generator/properties.py): no model class.
    assert not (golden / "models" / "metadata.py").exists()
    thing = (golden / "models" / "thing.py").read_text()
    assert "class Thing(JSONModel):" in thing  # a read-only dict of the JSON
    assert "    def metadata(self) -> dict[str, Any]:\n" in thing
    assert "    def parts(self) -> dict[str, Part] | Unset:\n" in thing  # a typed map
    # Module level, not per call; below the class, where models hold each other (a node a
    # thing, a thing a node), then what the column check looks for below each field.
    below_the_class = thing.split("class Thing(JSONModel):", 1)[1]
    assert "from ..models.part import Part  # noqa: E402\n" in below_the_class
    assert "from ..models.thing import Thing  # noqa: E402\n" in (
        (golden / "models" / "node.py").read_text()
    )
    assert "Thing._set_below(" in below_the_class.split("from ..models.part import Part", 1)[1]
    assert "raise fits_none(mismatches_0)" in thing  # two models: tried in turn
    assert "noqa: PLC0415" not in thing
    # Wire names: no `next_`; `values` is the field, not dict.values.
    assert "    def next(self) -> list[str] | Unset:\n" in thing
    assert "next_" not in thing.split("def __init__", 1)[1].split(") -> None", 1)[0]
    assert "def values(self) -> Any | Unset:  # type: ignore[override" in thing
    # from_dict checks JSON types from tables (a shape that fits is remembered), and what
    # lies below them in _check...
    assert "_required_types = (\n        str,\n        str,\n        dict,\n        str," in thing
    assert "(dict, NoneType, Unset)," in thing  # a nullable optional object
    nested = thing.split("def _check(", 1)[1].split("@property", 1)[0]
    assert "if cls._shapes.get(shape) != tuple(data):" in nested
    assert "Part._check(item_" in nested  # a typed map and a list of models
    assert 'raise exc.within(segment("history"))' in nested  # errors name their JSON path
    assert "Kind.by_value" in nested  # a closed enum: an unknown value fails at once
    assert "_kind" not in nested  # an open enum keeps unknown strings
    # An integer is one as JSON Schema counts them: 1.0 too, read as the int.
    assert "(int, WholeNumber, NoneType, Unset)," in thing
    count = thing.split("def count(self)", 1)[1].split("@property", 1)[0]
    assert "return as_integer(value)" in count
    # ...and typed values are built on first access and kept in a slot.
    created_at = thing.split("def created_at(self)", 1)[1].split("@property", 1)[0]
    assert "return self._t_created_at" in created_at
    assert '= aware_datetime(self["created_at"])' in created_at  # no offset: UTC
    kind = thing.split("def kind(self)", 1)[1].split("@property", 1)[0]
    # An open enum is the enum (generator/properties.py): a value it does not list is a
    # member made for it.
    assert "def kind(self) -> Kind:" in thing
    assert 'kind = Kind.of(self["kind"])' in kind
    assert "kind: Kind | str," in thing  # (the constructor takes the plain string too)
    kind_module = (golden / "models" / "kind.py").read_text()
    assert 'by_value: dict[str, "Kind"]' in kind_module
    assert 'def of(cls, value: str) -> "Kind":' in kind_module
    assert "TypeError()" not in "".join(p.read_text() for p in golden.rglob("*.py"))
    search = (golden / "api" / "things" / "search_things.py").read_text()
    assert "return model_list(loads(response.content), Thing)" in search  # parsed in place
    types = (golden / "types.py").read_text()
    assert 'return "UNSET"' in types
    assert "class JSONModel(dict[str, Any]):" in types
    # (the message a literal: mypy reads no other)
    marked = '@deprecated("A result is read-only: use .to_dict() for a mutable copy of its JSON")'
    for mutator in ("__setitem__", "__delitem__", "clear", "pop", "popitem", "setdefault"):
        # each its own def, marked for type checkers, refusing the change
        assert f"    {marked}\n    def {mutator}(self" in types
    # typed as dict's (not NoReturn, which hides the code after a write from checkers)
    assert "def update(self, *args: Any, **kwargs: Any) -> None:" in types
    assert "class Unset(enum.Enum):" in types  # a sentinel that `is` narrows


def test_when_the_api_changes(tmp_path: Path) -> None:
    """The README's workflow: edit the spec, regenerate; a hand edit is caught."""
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    spec["components"]["schemas"]["Thread"]["properties"]["nickname"] = {"type": "string"}
    spec["paths"]["/threads/{thread_id}/nickname"] = {
        "get": {
            "tags": ["threads"],
            "operationId": "get_thread_nickname",
            "parameters": [{"$ref": "#/components/parameters/ThreadId"}],
            "responses": {
                "200": {
                    "description": "The nickname.",
                    "content": {"application/json": {"schema": {"type": "string"}}},
                }
            },
        }
    }
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False))
    target = tmp_path / "_generated"

    result = generate("--spec", str(changed), "--target", str(target))
    assert result.returncode == 0, result.stderr
    assert "def nickname(self) -> str | Unset:" in (target / "models" / "thread.py").read_text()
    operation = (target / "api" / "threads" / "get_thread_nickname.py").read_text()
    assert '"url": "/threads/{thread_id}/nickname".format(' in operation
    assert "def parse_response(response: httpx.Response) -> str:" in operation
    # The unchanged rest is byte-for-byte what is committed.
    committed = ROOT / "langgraph_threads_client" / "_generated"
    for name in ("thread_state.py", "checkpoint.py"):
        assert (target / "models" / name).read_bytes() == (committed / "models" / name).read_bytes()

    result = generate("--check", "--spec", str(changed), "--target", str(target))
    assert result.returncode == 0, result.stderr
    hand_edited = target / "models" / "thread.py"
    hand_edited.write_text(hand_edited.read_text().replace("nickname", "nick_name"))
    result = generate("--check", "--spec", str(changed), "--target", str(target))
    assert result.returncode == 1
    assert "models/thread.py" in result.stderr
    assert "Never edit it by hand" in result.stderr


def test_regeneration_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for target in (first, second):
        result = generate("--target", str(target))
        assert result.returncode == 0, result.stderr
    files = sorted(p.relative_to(first) for p in first.rglob("*.py"))
    assert files == sorted(p.relative_to(second) for p in second.rglob("*.py"))
    for file in files:
        assert (first / file).read_bytes() == (second / file).read_bytes(), file
    shutil.rmtree(first)


def test_a_task_holding_a_state_as_the_upstream_spec_has_it(tmp_path: Path) -> None:
    """ThreadTask.state as upstream types it (a state or a checkpoint): models that hold
    each other (a state its tasks), and a field of two models."""
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    spec["components"]["schemas"]["ThreadTask"]["properties"]["state"] = {
        "anyOf": [
            {"$ref": "#/components/schemas/ThreadState"},
            {"$ref": "#/components/schemas/TaskCheckpoint"},
            {"type": "null"},
        ]
    }
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = generate("--spec", str(changed), "--target", str(tmp_path / "_generated"))
    assert result.returncode == 0, result.stderr
    script = """
        from _generated.models import ThreadState
        from _generated.types import ShapeError, model_list
        state = {"values": {}, "next": [], "tasks": [], "metadata": {}, "created_at": None,
                 "checkpoint": None, "parent_checkpoint": None, "interrupts": [],
                 "checkpoint_id": None, "parent_checkpoint_id": None}
        task = {"id": "t", "name": "n", "interrupts": [], "state": None}
        inner = {**state, "tasks": [task]}
        outer = ThreadState.from_dict({**state, "tasks": [{**task, "state": inner}]})
        print(type(outer.tasks[0].state).__name__, type(outer.tasks[0].state.tasks[0]).__name__)
        pending = {**task, "state": {"checkpoint_ns": "sub:1"}}
        listed = model_list([{**state, "tasks": [pending]}] * 2, ThreadState)
        print(type(listed[1].tasks[0].state).__name__)
        try:
            ThreadState.from_dict({**state, "tasks": [{**task, "state": {"checkpoint_ns": 1}}]})
        except ShapeError as exc:
            print(exc)
    """
    assert run_generated(tmp_path, script) == [
        "ThreadState ThreadTask",
        "TaskCheckpoint",
        "$.tasks[0].state: expected ThreadState (.values: expected any JSON value, found nothing"
        " (a required field)) or TaskCheckpoint (.checkpoint_ns: expected string or null, found"
        " integer), found one that fits none of them",
    ]


NAMED = {
    "openapi": "3.1.0",
    "info": {"title": "names", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Named": {
                "type": "object",
                "properties": {
                    name: {"type": "string"}
                    for name in ("to_json", "to_dict", "isinstance", "additional_properties", "cls")
                },
            }
        }
    },
}


def test_fields_named_as_what_the_models_code_uses_get_an_underscore(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(NAMED))
    result = generate("--spec", str(spec), "--target", str(tmp_path / "_generated"))
    assert result.returncode == 0, result.stderr
    script = """
        from _generated.models import Named
        named = Named(
            to_json_="a", to_dict_="b", isinstance_="c", additional_properties_="d", cls="e"
        )
        print(sorted(named), named.to_json_, named.to_dict()["to_dict"], named.isinstance_)
        print(named.cls)
        print(Named.from_dict({"additional_properties": "d", "x": 1}).additional_properties)
    """
    assert run_generated(tmp_path, script) == [
        "['additional_properties', 'cls', 'isinstance', 'to_dict', 'to_json'] a b c",
        "e",
        "{'x': 1}",
    ]


def test_two_fields_of_one_python_name_are_refused_by_name(tmp_path: Path) -> None:
    # (Upstream would name both "foobar": adding one would rename the other's attribute.)
    spec = tmp_path / "openapi.yaml"
    properties = {"foo-bar": {"type": "string"}, "foo_bar": {"type": "string"}}
    clash = {**NAMED, "components": {"schemas": {"Named": {"properties": properties}}}}
    spec.write_text(yaml.safe_dump(clash))
    result = generate("--spec", str(spec), "--target", str(tmp_path / "_generated"))
    assert result.returncode != 0
    said = result.stdout + result.stderr
    assert "have the same Python name, 'foo_bar': rename one in the spec" in said


def _answer(schema: dict[str, Any]) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {"get": {"responses": {"200": {"description": "ok", "content": content}}}}


ANSWERS = {
    "openapi": "3.1.0",
    "info": {"title": "answers", "version": "1"},
    "paths": {
        "/map": _answer({"type": "object", "additionalProperties": {"$ref": "#/$defs/Part"}}),
        "/lists": _answer(
            {"type": "array", "items": {"type": "array", "items": {"$ref": "#/$defs/Part"}}}
        ),
        "/kinds": _answer({"type": "array", "items": {"$ref": "#/$defs/Kind"}}),
        "/maybe": _answer({"anyOf": [{"$ref": "#/$defs/Part"}, {"type": "null"}]}),
        "/count": _answer({"type": "integer"}),
    },
    "components": {
        "schemas": {
            "Kind": {"type": "string", "enum": ["x", "y"]},
            "Part": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
        }
    },
}


def test_answers_that_are_not_models_are_checked_with_their_json_path(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(ANSWERS).replace("#/$defs/", "#/components/schemas/"))
    result = generate("--spec", str(spec), "--target", str(tmp_path / "_generated"))
    assert result.returncode == 0, result.stderr
    script = """
        import httpx
        from _generated.api.default import get_count, get_kinds, get_lists, get_map, get_maybe
        from _generated.types import ShapeError
        for operation, body in [
            (get_map, {"a": {"name": "n"}, "b": {"name": 1}}),
            (get_lists, [[{"name": "n"}], [{"name": "n"}, {}]]),
            (get_kinds, ["x", None]),
            (get_kinds, ["x", "z"]),
            (get_maybe, "p"),
            (get_count, "3"),
        ]:
            try:
                operation.parse_response(httpx.Response(200, json=body))
            except ShapeError as exc:
                print(exc)
        parts = get_map.parse_response(httpx.Response(200, json={"a": {"name": "n"}}))
        print(type(parts["a"]).__name__)
        print(get_maybe.parse_response(httpx.Response(200, content=b"null")))
    """
    assert run_generated(tmp_path, script) == [
        "$.b.name: expected string, found integer",
        "$[1][1].name: expected string, found nothing (a required field)",
        "$[1]: expected string, found null",
        "$[1]: expected one of x, y, found 'z'",
        "$: expected object or null, found string",
        "$: expected integer, found string",
        "Part",
        "None",
    ]
