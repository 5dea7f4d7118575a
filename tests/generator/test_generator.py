"""The generator's customisations (golden output) and the "API changed" workflow, end to end.

These run the pinned generator from its own environment (generator/.venv, which
`make check-generated` creates before the tests run in `make test`).
"""

from __future__ import annotations

import ast
import builtins
import json
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
    assert '_headers["Prefer"] = prefer' in update
    assert '_kwargs["headers"] = _headers' in update  # (sent only where there are some)
    assert "_headers" not in create
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
    assert '_sent = self["created_at"]' in created_at
    assert "= aware_datetime(_sent)" in created_at  # no offset: UTC
    # (A required field a model built by hand lacks: an AttributeError too, for hasattr.)
    assert 'raise MissingFieldError("created_at") from None' in created_at
    kind = thing.split("def kind(self)", 1)[1].split("@property", 1)[0]
    # An open enum is the enum (generator/properties.py): a value it does not list is a
    # member made for it.
    assert "def kind(self) -> Kind:" in thing
    assert "typed = Kind.of(_sent)" in kind  # (built under a name of its own)
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


def _one_operation_spec(
    schemas: dict[str, Any], answer: dict[str, Any], **operation: Any
) -> dict[str, Any]:
    """A spec of ``GET /a`` (``get_a``) answering ``answer``, with ``schemas``."""
    get = {"operationId": "get_a", **_answer(answer)["get"], **operation}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": get}},
        "components": {"schemas": schemas},
    }


PART: dict[str, Any] = {"type": "object", "properties": {"name": {"type": "string"}}}
PART_REF = {"$ref": "#/components/schemas/Part"}


def _part_with(field: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    part = {**PART, "properties": {**PART["properties"], "field": field}}
    return _one_operation_spec({"Part": part, **schemas}, PART_REF)


def _two_operations_of_one_module() -> dict[str, Any]:
    spec = _one_operation_spec({}, {"type": "integer"}, operationId="getThing")
    spec["paths"]["/b"] = {
        "get": {"operationId": "get_thing", **_answer({"type": "string"})["get"]}
    }
    return spec


ENUM_REF = {"$ref": "#/components/schemas/Kind"}


def _with_query(**schemas: dict[str, Any]) -> dict[str, Any]:
    """A spec of ``GET /a`` whose query parameters are ``schemas`` (by name)."""
    parameters = [
        {"name": name, "in": "query", "schema": schema} for name, schema in schemas.items()
    ]
    return _one_operation_spec({}, {"type": "integer"}, parameters=parameters)


def _at_path(path: str) -> dict[str, Any]:
    """A spec of ``GET <path>``, with no parameters."""
    return {
        **_one_operation_spec({}, {"type": "integer"}),
        "paths": {path: _answer({"type": "integer"})},
    }


@pytest.mark.parametrize(
    ("spec", "said"),
    [
        pytest.param(
            _two_operations_of_one_module(),
            "GET /a and GET /b would both be default/get_thing.py: change one's operationId",
            id="two-operations-one-module",  # (upstream writes the second over the first)
        ),
        pytest.param(
            _part_with({"$ref": "#/components/schemas/Unset"}, Unset=PART),
            "a schema named 'Unset' would shadow the generated code's own Unset",
            id="schema-named-as-a-helper",
        ),
        pytest.param(
            _with_query(n={"type": "number", "default": 1e999}),
            "'n' has the default inf, which no JSON number is",
            id="default-not-finite",  # (upstream wrote `= inf`: a NameError at import)
        ),
        pytest.param(
            {
                **_one_operation_spec({}, {"type": "integer"}),
                "paths": {
                    "/f/{file.name}": {
                        "get": {
                            "operationId": "get_f",
                            "parameters": [
                                {
                                    "name": "file.name",
                                    "in": "path",
                                    "required": True,
                                    "schema": {"type": "string"},
                                },
                            ],
                            **_answer({"type": "integer"})["get"],
                        }
                    }
                },
            },
            "Incorrect path templating for /f/{file.name}",
            id="upstream-refusal-of-a-tags-only-operation",  # (not hidden by a ruff error)
        ),
        pytest.param(
            _at_path("/a}b"),
            "GET /a}b: a brace that is no declared parameter's; write a literal one as %7B",
            id="brace-outside-a-parameter",  # (str.format would raise when called)
        ),
        pytest.param(
            _with_query(quote={"type": "string"}, quote_query={"type": "string"}),
            "parameters ['quote'] are named as what build_request uses",
            id="reserved-parameter-name-and-its-rename-taken",  # (upstream undid the rename)
        ),
        pytest.param(
            _at_path("/a/{0}"),
            "GET /a/{0}: a brace that is no declared parameter's",
            id="braces-of-no-parameter",  # (str.format: IndexError when called)
        ),
        pytest.param(
            _with_query(n={"type": "integer", "default": 1e999}),
            "'n' has the default inf, which no JSON number is",
            id="integer-default-not-finite",  # (upstream's int(inf): an OverflowError)
        ),
        pytest.param(
            _part_with({"type": "string", "format": "binary"}),
            "'field' is a string of format binary",
            id="binary-string",  # (its File type is upstream's, not this generator's)
        ),
        pytest.param(
            _part_with(ENUM_REF, Kind={"type": "string", "enum": ["a-b", "a_b"]}),
            "values ['a-b', 'a_b'] would make members of the same name",
            id="enum-values-of-one-name",  # (upstream's own refusal, with its advice replaced)
        ),
        pytest.param(
            _part_with(ENUM_REF, Kind={"type": "string", "enum": ["a b", "a-b"]}),
            "values ['a b', 'a-b'] would make members of the same name",
            id="enum-values-of-one-name-after-upstream",  # (upstream kept one, silently)
        ),
        pytest.param(
            _part_with(ENUM_REF, Kind={"type": "string", "enum": ["h", "\u210c"]}),
            "names ['H'] in Kind",
            id="enum-values-of-one-name-for-python",  # (Python reads identifiers as NFKC)
        ),
    ],
)
def test_what_would_be_generated_wrong_stops_generation(
    tmp_path: Path, spec: dict[str, Any], said: str
) -> None:
    written = tmp_path / "openapi.yaml"
    written.write_text(yaml.safe_dump(spec, allow_unicode=True))
    result = generate("--spec", str(written), "--target", str(tmp_path / "_generated"))
    assert result.returncode != 0
    assert said in result.stdout + result.stderr
    assert "ruff failed" not in result.stdout + result.stderr  # (the code made is valid)
    assert not (tmp_path / "_generated").exists()


# Every character of these is kept in a key and an enum value (upstream dropped control and
# format characters: a newline, a zero-width joiner), and none breaks out of its literal.
ODD_STRINGS = [
    "nl\nx", "zwj\u200dx", 'q"x', "b\\x", "s'x", "both'\"x", "tab\tx", "del\x7fx", "ls\u2028x",
    "\u00e9t\u00e9", "brace{x}", "\U0001f44d",
]  # fmt: skip


def test_keys_and_enum_values_keep_every_character(tmp_path: Path) -> None:
    odd_kind = {
        "type": "string",
        "enum": ODD_STRINGS,
        "x-enum-varnames": [f"V{index}" for index in range(len(ODD_STRINGS))],
    }
    odd: dict[str, Any] = {
        "type": "object",
        "properties": {key: {"type": "string"} for key in ODD_STRINGS},
    }
    odd["properties"]["kind"] = {"$ref": "#/components/schemas/OddKind"}
    spec = _one_operation_spec(
        {"Odd": odd, "OddKind": odd_kind}, {"$ref": "#/components/schemas/Odd"}
    )
    written = tmp_path / "openapi.json"  # (JSON keeps the surrogate pair as the spec writes it)
    written.write_text(json.dumps(spec))
    result = generate("--spec", str(written), "--target", str(tmp_path / "_generated"))
    assert result.returncode == 0, result.stderr
    script = f"""
        import httpx
        from _generated.api.default import get_a
        from _generated.models import Odd, OddKind
        odd = {ODD_STRINGS!r}
        body = dict.fromkeys(odd, "v") | {{"kind": odd[1]}}
        print([OddKind[f"V{{index}}"].value for index in range(len(odd))] == odd)
        result = get_a.parse_response(httpx.Response(200, json=body))
        print(result.to_dict() == body, result.kind is OddKind.V1)
        print(sorted(Odd._field_names) == sorted(body), Odd.from_dict(body) == body)
    """
    assert run_generated(tmp_path, script) == ["True", "True True", "True True"]


def test_parameters_named_as_build_requests_own_names(tmp_path: Path) -> None:
    names = ["params", "cookies", "quote", "Unset", "UNSET", "body", "x", "json_x", "cast"]
    names += ["k", "k_item", "k_item_data"]  # (k: an array whose items the loop converts)
    parameters: list[dict[str, Any]] = [
        {"name": name, "in": "query", "schema": {"type": "string"}} for name in names
    ]
    parameters[names.index("x")]["schema"] = {"type": "array", "items": {"type": "string"}}
    parameters[names.index("k")]["schema"] = {"type": "array", "items": ENUM_REF}
    parameters += [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "headers", "in": "header", "schema": {"type": "string"}},
        {"name": "c", "in": "cookie", "schema": {"type": "string"}},
        # (upstream escaped a string default before writing it as a literal: not the string)
        {"name": "s", "in": "query", "schema": {"type": "string", "default": "a\"b\\c'd\ne"}},
    ]
    spec = _one_operation_spec(
        {"Part": PART, "Kind": {"type": "string", "enum": ["k1", "k2"]}},
        {"type": "integer"},
        parameters=parameters,
        requestBody={"content": {"application/json": {"schema": PART_REF}}},
    )
    spec["paths"] = {"/a/{id}": {"post": spec["paths"]["/a"]["get"]}}
    written = tmp_path / "openapi.yaml"
    written.write_text(yaml.safe_dump(spec))
    result = generate("--spec", str(written), "--target", str(tmp_path / "_generated"))
    assert result.returncode == 0, result.stderr
    script = """
        from _generated.api.default import get_a
        from _generated.models import Kind, Part
        sent = get_a.build_request(
            "i/d", body=Part(name="n"), params="p", cookies="k", quote_query="q",
            Unset_query="u", UNSET_query="U", body_query="b", x=["1"], json_x="j",
            cast_query="c", headers="hh", c="cc", k=[Kind.K2], k_item="ki",
            k_item_data="kd",
        )
        print(sent["url"], sorted(sent["params"].items()))
        print(sent["headers"], sent["cookies"], sent["json"])
        print(get_a.build_request("d")["params"] == {"s": "a\\"b\\\\c'd\\ne"})
    """
    assert run_generated(tmp_path, script) == [
        "/a/i%2Fd [('UNSET', 'U'), ('Unset', 'u'), ('body', 'b'), ('cast', 'c'), "
        "('cookies', 'k'), ('json_x', 'j'), ('k', ['k2']), ('k_item', 'ki'), "
        "('k_item_data', 'kd'), ('params', 'p'), "
        "('quote', 'q'), ('s', 'a\"b\\\\c\\'d\\ne'), ('x', ['1'])]",
        "{'headers': 'hh'} {'c': 'cc'} {'name': 'n'}",
        "True",
    ]


def test_a_spec_of_no_models_and_of_unquoted_dates(tmp_path: Path) -> None:
    spec = _one_operation_spec({}, {"type": "string", "example": "DATE"})
    written = tmp_path / "openapi.yaml"
    # (YAML reads 2024-01-01 unquoted as a date, which JSON has not: the string as written)
    written.write_text(yaml.safe_dump(spec).replace("DATE", "2024-01-01"))
    assert "example: 2024-01-01\n" in written.read_text()
    result = generate("--spec", str(written), "--target", str(tmp_path / "_generated"))
    assert result.returncode == 0, result.stderr
    script = """
        import httpx
        from _generated import models
        from _generated.api.default import get_a
        print(get_a.parse_response(httpx.Response(200, json="x")), models._MODULES)
    """
    assert run_generated(tmp_path, script) == ["x {}"]


def _reserved(name: str) -> frozenset[str]:
    """A frozenset constant of generator/properties.py (which imports the generator's own
    packages: read, not imported)."""
    tree = ast.parse((ROOT / "generator" / "properties.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == name:
            assert node.value is not None
            return frozenset(ast.literal_eval(ast.unparse(node.value).replace("frozenset", "")))
    raise AssertionError(name)


def _generated_modules() -> list[ast.Module]:
    """The models' and operations' modules of both generated packages."""
    packages = [ROOT / "langgraph_threads_client" / "_generated", HERE / "golden"]
    return [
        ast.parse(path.read_text())
        for root in packages
        for folder in ("models", "api")
        for path in (root / folder).rglob("*.py")
    ]


def test_the_reserved_class_names_are_every_name_the_generated_code_imports() -> None:
    # A schema of such a name would shadow the import in its own module and in its users'.
    modules = _generated_modules()
    models = {
        node.name for module in modules for node in module.body if isinstance(node, ast.ClassDef)
    }
    imported = {
        alias.asname or alias.name
        for module in modules
        for node in ast.walk(module)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    capitalised = {name for name in imported - models if name[0].isupper()}
    assert "Unset" in capitalised
    assert capitalised - {"UNSET", "TYPE_CHECKING"} <= _reserved("RESERVED_CLASS_NAMES")


def test_the_reserved_parameter_names_are_what_build_request_reads() -> None:
    read: set[str] = set()
    for module in _generated_modules():
        models = {
            alias.asname or alias.name
            for node in module.body
            if isinstance(node, ast.ImportFrom) and "models" in (node.module or "")
            for alias in node.names
        }
        for function in module.body:
            if isinstance(function, ast.FunctionDef) and function.name == "build_request":
                names = [node for node in ast.walk(function) if isinstance(node, ast.Name)]
                own = {arg.arg for arg in function.args.args + function.args.kwonlyargs}
                own |= {node.id for node in names if isinstance(node.ctx, ast.Store)}
                read |= {node.id for node in names} - own - models - set(dir(builtins))
    assert read
    assert read <= _reserved("RESERVED_PARAMETER_NAMES")
