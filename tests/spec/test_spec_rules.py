"""Rules ``openapi.yaml`` keeps so that regenerating the client never makes it stricter than
the servers: checked on the spec itself, before any code is generated from it."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())


class Node(NamedTuple):
    """A schema an answer may hold, its references resolved."""

    where: str  # where it is used ("Thread.status (ThreadStatus)" for a named one)
    name: str  # what its fields are named after (the named schema's name, else ``where``)
    schema: dict[str, Any]
    beside_any_string: bool  # a member of an anyOf that also takes any string (an open enum)


def answer_schemas(spec: dict[str, Any]) -> Iterator[Node]:
    """Every schema an answer may hold: each use of a named one, whose inside comes once."""
    components = spec.get("components", {})
    seen: set[str] = set()

    def walk(schema: dict[str, Any], where: str, beside_any_string: bool) -> Iterator[Node]:
        if "$ref" not in schema:
            yield Node(where, where, schema, beside_any_string)
            yield from inside(schema, where)
            return
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = components["schemas"][name]
        yield Node(f"{where} ({name})", name, target, beside_any_string)
        if name not in seen:
            seen.add(name)
            yield from inside(target, name)

    def inside(schema: dict[str, Any], where: str) -> Iterator[Node]:
        members = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
        any_string = {"type": "string"} in members
        for member in members:
            yield from walk(member, where, any_string)
        for member in schema.get("allOf", ()):
            yield from walk(member, where, False)
        if isinstance(schema.get("items"), dict):
            yield from walk(schema["items"], f"{where}[]", False)
        if isinstance(schema.get("additionalProperties"), dict):
            yield from walk(schema["additionalProperties"], f"{where}{{}}", False)
        for key, field in (schema.get("properties") or {}).items():
            yield from walk(field, f"{where}.{key}", False)

    for where, schema in response_schemas(spec):
        yield from walk(schema, where, False)


def closed_enums_of_answers(spec: dict[str, Any]) -> list[str]:
    """Every enum an answer may hold that is not open (``anyOf`` of it and any string)."""
    return list(
        dict.fromkeys(
            node.where
            for node in answer_schemas(spec)
            if "enum" in node.schema and not node.beside_any_string
        )
    )


def optional_fields_that_refuse_null(spec: dict[str, Any]) -> list[str]:
    """Every optional property of an object some answer holds whose schema refuses null,
    named after the object (``Thread.priority``)."""
    components = spec.get("components", {})
    return list(
        dict.fromkeys(
            f"{node.name}.{key}"
            for node in answer_schemas(spec)
            for key, field in (node.schema.get("properties") or {}).items()
            if key not in node.schema.get("required", ()) and not takes_null(field, components)
        )
    )


def takes_null(schema: dict[str, Any], components: dict[str, Any]) -> bool:
    while "$ref" in schema:
        schema = components["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    kinds = schema.get("type")
    if kinds is None and not {"anyOf", "oneOf", "allOf", "enum", "const"} & schema.keys():
        return True  # (any JSON value)
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    if None in schema.get("enum", ()):
        return True
    return any(
        takes_null(member, components)
        for member in [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
    )


def response_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each response body's schema (errors too: their bodies are read), with where it is."""
    shared = spec.get("components", {}).get("responses", {})
    for route, operations in spec["paths"].items():
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                if "$ref" in response:
                    response = shared[response["$ref"].rsplit("/", 1)[-1]]
                for media, content in (response.get("content") or {}).items():
                    if "schema" in content:
                        yield f"{method.upper()} {route} {status} {media}", content["schema"]


def test_every_optional_field_of_an_answer_may_be_null() -> None:
    # A server that sends null where the field is optional (an older one, Aegra) would fail a
    # call that worked before the field was described: the SDK returns the dict as it came.
    assert optional_fields_that_refuse_null(SPEC) == []


def test_a_new_optional_field_that_refuses_null_is_named() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Thread"]["properties"]["priority"] = {"type": "integer"}
    spec["components"]["schemas"]["Interrupt"]["properties"]["when"] = {
        "anyOf": [{"type": "string"}, {"type": "integer"}]
    }
    assert sorted(optional_fields_that_refuse_null(spec)) == ["Interrupt.when", "Thread.priority"]


def test_every_enum_an_answer_holds_is_open() -> None:
    # A server adds values (thread statuses did): a closed enum would fail the whole answer
    # where the SDK hands the new string on. (Open: see OpenThreadStatus in openapi.yaml.)
    assert closed_enums_of_answers(SPEC) == []


def test_a_closed_enum_in_an_answer_is_named() -> None:
    spec = copy.deepcopy(SPEC)
    thread = spec["components"]["schemas"]["Thread"]["properties"]
    thread["status"] = {"$ref": "#/components/schemas/ThreadStatus"}
    thread["mood"] = {"anyOf": [{"type": "string", "enum": ["calm"]}, {"type": "null"}]}
    assert sorted(closed_enums_of_answers(spec)) == ["Thread.mood", "Thread.status (ThreadStatus)"]


# What a schema object may hold (OpenAPI 3.1: JSON Schema 2020-12, and OpenAPI's own), and
# any "x-" extension. A key outside them is most often a description cut short: in a flow
# mapping, `{description: text, with a comma}` ends the text at the comma, and the rest
# becomes a key of its own.
SCHEMA_KEYWORDS = frozenset(
    {
        "$ref", "$id", "$schema", "$defs", "$comment", "type", "format", "title",
        "description", "default", "examples", "example", "deprecated", "readOnly",
        "writeOnly", "enum", "const", "anyOf", "oneOf", "allOf", "not", "if", "then",
        "else", "properties", "required", "additionalProperties", "patternProperties",
        "propertyNames", "minProperties", "maxProperties", "items", "prefixItems",
        "contains", "minItems", "maxItems", "uniqueItems", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
        "pattern", "contentMediaType", "contentEncoding", "discriminator", "xml",
        "externalDocs", "nullable",
    }
)  # fmt: skip


def unknown_schema_keys(spec: dict[str, Any]) -> list[str]:
    """Every key of a schema in the spec that no schema takes, named with where it is."""
    found: list[str] = []

    def walk(schema: object, where: str) -> None:
        if not isinstance(schema, dict):
            return
        found.extend(
            f"{where}: {key!r}"
            for key in schema
            if key not in SCHEMA_KEYWORDS and not str(key).startswith("x-")
        )
        for key, field in (schema.get("properties") or {}).items():
            walk(field, f"{where}.{key}")
        for keyword in ("items", "additionalProperties", "not"):
            walk(schema.get(keyword), f"{where}.<{keyword}>")
        for keyword in ("anyOf", "oneOf", "allOf"):
            for index, member in enumerate(schema.get(keyword) or ()):
                walk(member, f"{where}.<{keyword}[{index}]>")

    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        walk(schema, name)
    for route, operations in spec["paths"].items():
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", ()):
                walk(parameter.get("schema"), f"{method.upper()} {route} {parameter.get('name')}")
            for media, content in (operation.get("requestBody", {}).get("content") or {}).items():
                walk(content.get("schema"), f"{method.upper()} {route} body {media}")
            for status, response in operation.get("responses", {}).items():
                for media, content in (response.get("content") or {}).items():
                    walk(content.get("schema"), f"{method.upper()} {route} {status} {media}")
    return found


def test_every_key_of_a_schema_is_one_a_schema_takes() -> None:
    assert unknown_schema_keys(SPEC) == []


def test_a_description_cut_at_a_comma_is_named() -> None:
    cut = yaml.safe_load("{type: string, description: When it changed (its status, or state).}")
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Thread"]["properties"]["changed_at"] = cut
    assert unknown_schema_keys(spec) == ["Thread.changed_at: 'or state).'"]
