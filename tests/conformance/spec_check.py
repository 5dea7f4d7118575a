"""Checks real responses against ``openapi.yaml``, independently of the generated client.

Built only on PyYAML and jsonschema (Draft 2020-12, the dialect of OpenAPI 3.1): it finds the
operation by method and path template, and checks that the status is documented, that the
content type is the documented one, and that the body validates against the documented
schema (nulls, required fields and types included).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC_URI = "urn:langgraph-threads:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    spec: dict[str, Any]


def _absolute_refs(node: Any) -> Any:
    """Point every local ``$ref`` at the registered spec, so inline schemas resolve too."""
    if isinstance(node, dict):
        return {
            key: (
                SPEC_URI + value
                if key == "$ref" and value.startswith("#")
                else _absolute_refs(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(item) for item in node]
    return node


class SpecChecker:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = _absolute_refs(spec)
        resource = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self.operations: list[Operation] = []
        for template, item in self.spec["paths"].items():
            regex = "^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)) + "$"
            for method in HTTP_METHODS:
                if method in item:
                    self.operations.append(
                        Operation(method.upper(), template, re.compile(regex), item[method])
                    )
        # Fixed paths before templated ones: /threads/search is not /threads/{thread_id}.
        self.operations.sort(key=lambda op: op.template.count("{"))

    @classmethod
    def from_file(cls, path: Path = SPEC_PATH) -> SpecChecker:
        return cls(yaml.safe_load(path.read_text()))

    def operation(self, method: str, path: str) -> Operation:
        for operation in self.operations:
            if operation.method == method and operation.pattern.match(path):
                return operation
        raise AssertionError(f"{method} {path} is not an operation of openapi.yaml")

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            resolved = self.registry.resolver().lookup(node["$ref"]).contents
            node = resolved
        return node

    def violations(self, response: httpx.Response) -> list[str]:
        """What in this response the spec does not allow (empty when it conforms)."""
        request = response.request
        operation = self.operation(request.method, request.url.path)
        where = f"{request.method} {request.url.path} -> {response.status_code}"
        documented = operation.spec.get("responses", {})
        answer = documented.get(str(response.status_code))
        if answer is None:
            return [f"{where}: status not documented (documented: {sorted(documented)})"]
        answer = self._resolve(answer)
        content = answer.get("content")
        if not content:
            return [] if not response.content else [f"{where}: body where none is documented"]
        media_type = response.headers.get("content-type", "").split(";")[0].strip()
        if media_type not in content:
            return [f"{where}: content type {media_type!r}, documented {sorted(content)}"]
        if media_type != "application/json":
            return []
        schema = content[media_type].get("schema", {})
        validator = jsonschema.Draft202012Validator(schema, registry=self.registry)
        body = json.loads(response.content)
        return [
            f"{where}: {'/'.join(map(str, error.absolute_path)) or '(body)'}: {error.message}"
            for error in validator.iter_errors(body)
        ]

    def all_operations(self) -> Iterator[tuple[str, str]]:
        for operation in self.operations:
            yield operation.method, operation.template
