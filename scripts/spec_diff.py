"""Compare openapi.yaml with the server's published spec, for the threads paths.

    python scripts/spec_diff.py                      # the spec inside the installed langgraph-api
    python scripts/spec_diff.py --upstream http://127.0.0.1:2024/openapi.json

Prints every difference (operations, parameters, request and response fields, which fields
are required and which may be null, enum values, status codes), each under a stable key. Known,
deliberate departures are listed with a reason in spec/departures.yaml (a key may use ``*`` to
cover one reason's several fields); an undocumented difference, or a listed one that no longer
occurs, makes the exit status 1, so bumping the pinned server shows exactly what moved.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "openapi.yaml"
DEPARTURES = ROOT / "spec" / "departures.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
# Outside this library: runs, and the run-streaming protocol.
OUT_OF_SCOPE = ("/runs", "/stream/events", "/commands")


def upstream_spec(source: str | None) -> dict[str, Any]:
    if source and source.startswith(("http://", "https://")):
        response = httpx.get(source, timeout=30)
        response.raise_for_status()
        loaded: dict[str, Any] = response.json()
        return loaded
    if source:
        return dict(json.loads(Path(source).read_text()))
    for file in metadata.distribution("langgraph-api").files or []:
        if str(file) == "openapi.json":
            return dict(json.loads(Path(str(file.locate())).read_text()))
    raise SystemExit("openapi.json not found in the installed langgraph-api")


class Spec:
    """The facts compared, read from one spec with its $refs resolved."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 50:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node, seen = target, seen + 1
        return node

    def variants(self, schema: Any) -> Iterator[dict[str, Any]]:
        """The schema and the non-null branches of its anyOf/oneOf/allOf, resolved."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return
        yield schema
        for key in ("anyOf", "oneOf", "allOf"):
            for branch in schema.get(key, []):
                yield from self.variants(branch)

    def properties(self, schema: Any) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for variant in self.variants(schema):
            if variant.get("type") == "array" or "items" in variant:
                found.update(self.properties(variant.get("items", {})))
            found.update(variant.get("properties", {}))
        return found

    def required(self, schema: Any) -> set[str]:
        """The fields the schema (or the items of an array schema) requires."""
        found: set[str] = set()
        for variant in self.variants(schema):
            if variant.get("type") == "array" or "items" in variant:
                found |= self.required(variant.get("items", {}))
            found.update(variant.get("required", []))
        return found

    def nullable(self, schema: Any) -> bool:
        """Whether null validates: a null type or branch, ``nullable: true``, or any value."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return False
        kind = schema.get("type")
        if schema.get("nullable") is True or kind == "null":
            return True
        if isinstance(kind, list) and "null" in kind:
            return True
        branches = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
        if any(self.nullable(branch) for branch in branches):
            return True
        constraining = ("type", "anyOf", "oneOf", "allOf", "enum", "const", "properties")
        return not any(key in schema for key in constraining)  # {}: any JSON value

    def enum(self, schema: Any) -> set[str]:
        values: set[str] = set()
        for variant in self.variants(schema):
            values.update(str(v) for v in variant.get("enum", []) if v is not None)
            if variant.get("type") == "array" or "items" in variant:
                values |= self.enum(variant.get("items", {}))
        return values

    def operations(self) -> dict[str, dict[str, Any]]:
        found = {}
        for path, item in self.spec["paths"].items():
            if not path.startswith("/threads") or any(part in path for part in OUT_OF_SCOPE):
                continue
            for method in METHODS:
                if method in item:
                    operation = dict(item[method])
                    shared = item.get("parameters", [])
                    operation["parameters"] = [*shared, *operation.get("parameters", [])]
                    found[f"{method.upper()} {path}"] = operation
        return found

    def facts(self, operation: dict[str, Any]) -> dict[str, set[str]]:
        """Keyed facts of one operation: parameters, statuses, fields, enum values."""
        facts: dict[str, set[str]] = {"parameter": set(), "status": set(), "enum": set()}
        facts["request-field"], facts["response-field"] = set(), set()
        facts["required"], facts["nullable"] = set(), set()
        for parameter in operation["parameters"]:
            parameter = self.resolve(parameter)
            name = f"{parameter['in']}.{parameter['name']}"
            facts["parameter"].add(name)
            facts["enum"] |= {f"{name}={v}" for v in self.enum(parameter.get("schema", {}))}
        body = self.resolve(operation.get("requestBody", {}))
        schema = body.get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            for field, field_schema in self.properties(schema).items():
                facts["request-field"].add(field)
                facts["enum"] |= {f"request.{field}={v}" for v in self.enum(field_schema)}
                if self.nullable(field_schema):
                    facts["nullable"].add(f"request.{field}")
            facts["required"] |= {f"request.{field}" for field in self.required(schema)}
        for status, response in operation.get("responses", {}).items():
            facts["status"].add(status)
            response = self.resolve(response)
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if schema is None or not status.startswith("2"):
                continue
            for field, field_schema in self.properties(schema).items():
                facts["response-field"].add(f"{status}.{field}")
                facts["enum"] |= {f"{status}.{field}={v}" for v in self.enum(field_schema)}
                if self.nullable(field_schema):
                    facts["nullable"].add(f"{status}.{field}")
            facts["required"] |= {f"{status}.{field}" for field in self.required(schema)}
        return facts


def differences(ours: Spec, upstream: Spec) -> dict[str, str]:
    """Every difference: its key and a readable line."""
    found: dict[str, str] = {}
    our_ops, their_ops = ours.operations(), upstream.operations()
    for name in sorted(our_ops.keys() ^ their_ops.keys()):
        side = "ours-only" if name in our_ops else "upstream-only"
        found[f"operation:{name}:{side}"] = f"operation {name} ({side})"
    for name in sorted(our_ops.keys() & their_ops.keys()):
        our_facts, their_facts = ours.facts(our_ops[name]), upstream.facts(their_ops[name])
        for kind in our_facts:
            for value in sorted(our_facts[kind] ^ their_facts[kind]):
                side = "ours-only" if value in our_facts[kind] else "upstream-only"
                found[f"{kind}:{name}:{value}:{side}"] = f"{kind} {value} of {name} ({side})"
    return found


def departure_for(key: str, listed: dict[str, str]) -> str | None:
    """The listed departure that explains ``key``: the same key, else a ``*`` pattern."""
    if key in listed:
        return key
    for pattern in listed:
        if "*" in pattern and fnmatch.fnmatchcase(key, pattern):
            return pattern
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--ours", type=Path, default=OURS)
    parser.add_argument("--upstream", help="a path or URL (default: the installed langgraph-api)")
    parser.add_argument("--departures", type=Path, default=DEPARTURES)
    args = parser.parse_args(argv)

    ours = Spec(yaml.safe_load(args.ours.read_text()))
    upstream = Spec(upstream_spec(args.upstream))
    listed = {
        entry["key"]: entry["reason"]
        for entry in (yaml.safe_load(args.departures.read_text()) or [])
    }
    found = differences(ours, upstream)
    undocumented = 0
    used: set[str] = set()
    for key, line in found.items():
        entry = departure_for(key, listed)
        if entry is not None:
            used.add(entry)
            print(f"known        {line}: {listed[entry]}")
        else:
            undocumented += 1
            print(f"UNDOCUMENTED {line}  [key: {key}]")
    stale = sorted(listed.keys() - used)
    for key in stale:
        print(f"STALE        departure {key} no longer occurs: remove it from {args.departures}")
    print(
        f"\n{len(found)} differences: {len(found) - undocumented} known, "
        f"{undocumented} undocumented; {len(stale)} stale departures"
    )
    return 1 if undocumented or stale else 0


if __name__ == "__main__":
    sys.exit(main())
