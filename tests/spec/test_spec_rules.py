"""Rules ``openapi.yaml`` keeps so that regenerating the client never makes it stricter than
the servers: checked on the spec itself, before any code is generated from it."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())


def optional_fields_that_refuse_null(spec: dict[str, Any]) -> list[str]:
    """Every optional property of an object some response holds whose schema refuses null,
    named by where it was first met (``Thread.priority``)."""
    components = spec.get("components", {})
    found: dict[str, None] = {}
    seen: set[str] = set()

    def walk(schema: dict[str, Any], where: str) -> None:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            if name in seen:
                return
            seen.add(name)
            walk(components["schemas"][name], name)
            return
        for key in ("anyOf", "oneOf", "allOf"):
            for member in schema.get(key, []):
                walk(member, where)
        if isinstance(schema.get("items"), dict):
            walk(schema["items"], f"{where}[]")
        if isinstance(schema.get("additionalProperties"), dict):
            walk(schema["additionalProperties"], f"{where}{{}}")
        required = set(schema.get("required", ()))
        for key, field in (schema.get("properties") or {}).items():
            if key not in required and not takes_null(field, components):
                found[f"{where}.{key}"] = None
            walk(field, f"{where}.{key}")

    for where, schema in response_schemas(spec):
        walk(schema, where)
    return list(found)


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
