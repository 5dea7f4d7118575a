"""openapi-python-client, with two property kinds of this project's: free-form JSON objects as
plain dicts, and open enums as enums.

Upstream makes a model class for every ``type: object`` schema, even one with no declared
properties (metadata, config, "any JSON object", interrupts by task id). Such a class is only
a wrapper around a dict: one more object per value, built on every response. A search of 100
threads built 300 of them, and the extra allocations alone made the garbage collector run on
almost every call. Here a schema with no properties whose ``additionalProperties`` is true,
absent or ``{}`` becomes ``dict[str, Any]``, and one whose ``additionalProperties`` is a schema
becomes ``dict[str, <that type>]`` (templates/property_templates/dict_property.py.jinja says
how each is parsed and serialised).

An open enum, ``anyOf: [{$ref: <a string enum>}, {type: string}]`` (a status servers may add
to), is upstream's union ``str | ThreadStatus``, which type checkers read as ``str``: no
``.value``, and not accepted back where a ``ThreadStatus`` is. Here it is the enum: a value the
spec does not list is read as a member made for it (``str_enum.py.jinja``'s ``of``), outside
the enum's listed members, whose value is the string sent
(templates/property_templates/open_enum_property.py.jinja). Every other schema goes to upstream
unchanged.

Run as the openapi-python-client command: ``python generator/properties.py generate ...``.
The pinned version (requirements.txt) is the one this extension is written against.
"""

from __future__ import annotations

import sys
from typing import Any, ClassVar

import attrs
from attrs import define, field
from openapi_python_client import Config, strings
from openapi_python_client import schema as oai
from openapi_python_client.parser import bodies, openapi, responses
from openapi_python_client.parser import properties as upstream
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties import model_property
from openapi_python_client.parser.properties.protocol import (
    PropertyProtocol,
    Value,
    convert_example,
)
from openapi_python_client.parser.properties.schemas import ReferencePath, Schemas


@define
class DictProperty(PropertyProtocol):
    """A JSON object with no declared properties: ``dict[str, Any]`` or ``dict[str, V]``."""

    name: oai.UntrustedString
    required: bool
    default: Value | None
    python_name: strings.PythonIdentifier
    description: oai.UntrustedString | None
    example: oai.UntrustedString | None = field(converter=convert_example)
    value_property: PropertyProtocol | None = None
    template: ClassVar[str] = "dict_property.py.jinja"
    # A query parameter's fields are parameters of their own (OpenAPI's default: form, exploded).
    json_is_dict: ClassVar[bool] = True

    def convert_value(self, value: Any) -> Value | PropertyError | None:
        return None

    def get_base_type_string(self) -> strings.PythonCode:
        if self.value_property is None:
            return strings.PythonCode("dict[str, Any]")
        inner = self.value_property.get_type_string().as_unembedded_code()
        return strings.PythonCode(f"dict[str, {inner}]")

    def get_base_json_type_string(self) -> strings.PythonCode:
        return strings.PythonCode("dict[str, Any]")

    def get_instance_type_string(self) -> strings.PythonCode:
        return strings.PythonCode("dict")

    def get_type_string(self, no_optional: bool = False, json: bool = False) -> strings.PythonCode:
        base = self.get_base_json_type_string() if json else self.get_base_type_string()
        if no_optional or self.required:
            return base
        return strings.PythonCode(f"{base.as_unembedded_code()} | Unset")

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix)
        imports.add("from typing import Any, cast")
        if self.value_property is not None:
            imports.update(self.value_property.get_imports(prefix=prefix))
        return imports

    def get_lazy_imports(self, *, prefix: str) -> set[str]:
        lazy = super().get_lazy_imports(prefix=prefix)
        if self.value_property is not None:
            lazy.update(self.value_property.get_lazy_imports(prefix=prefix))
        return lazy


@define
class OpenEnumProperty(upstream.EnumProperty):
    """A string enum that also takes values it does not list (see the module's docstring)."""

    template: ClassVar[str] = "open_enum_property.py.jinja"


def _open_enum_reference(data: oai.Schema) -> oai.Reference | None:
    """The enum's reference, where ``data`` is ``anyOf: [{$ref: ...}, {type: string}]``."""
    if not data.anyOf or len(data.anyOf) != 2 or data.type or data.oneOf or data.allOf:
        return None
    reference, plain = data.anyOf
    if not isinstance(reference, oai.Reference) or not isinstance(plain, oai.Schema):
        return None
    if plain.type != oai.DataType.STRING or set(plain.model_dump(exclude_unset=True)) != {"type"}:
        return None
    return reference


def _is_free_form(data: oai.Schema) -> bool:
    extra = data.additionalProperties
    return (
        data.type == oai.DataType.OBJECT
        and not data.properties
        and not (data.allOf or data.anyOf or data.oneOf)
        and extra is not False
        and not data.enum
        and data.const is None
    )


_upstream_property_from_data = upstream.property_from_data


def property_from_data(
    name: oai.UntrustedString,
    required: bool,
    data: oai.Reference | oai.Schema,
    schemas: Schemas,
    parent_name: str,
    config: Config,
    process_properties: bool = True,
    roots: set[ReferencePath | strings.ClassName] | None = None,
) -> tuple[Any, Schemas]:
    # (what every property of this schema is read in, passed on unchanged)
    context: dict[str, Any] = {
        "parent_name": parent_name,
        "config": config,
        "process_properties": process_properties,
        "roots": roots,
    }
    reference = _open_enum_reference(data) if isinstance(data, oai.Schema) else None
    if reference is not None:
        enum, schemas = _upstream_property_from_data(
            name=name, required=required, data=reference, schemas=schemas, **context
        )
        if isinstance(enum, PropertyError):  # (not built yet: upstream tries again later)
            return enum, schemas
        if isinstance(enum, upstream.EnumProperty) and enum.value_type is str:
            fields = {a.name: getattr(enum, a.name) for a in attrs.fields(upstream.EnumProperty)}
            fields["description"] = data.description or enum.description
            return OpenEnumProperty(**fields), schemas
    if not isinstance(data, oai.Schema) or not _is_free_form(data):
        return _upstream_property_from_data(
            name=name, required=required, data=data, schemas=schemas, **context
        )
    value_property = None
    extra = data.additionalProperties
    if isinstance(extra, oai.Reference) or (
        isinstance(extra, oai.Schema) and extra.model_dump(exclude_unset=True)
    ):
        value_property, schemas = property_from_data(
            name=oai.UntrustedString(f"{name.get_untrusted_value()}_value"),
            required=True,
            data=extra,
            schemas=schemas,
            **context,
        )
        if isinstance(value_property, PropertyError):
            return value_property, schemas
    prop = DictProperty(
        name=name,
        required=required,
        default=None,
        python_name=strings.PythonIdentifier(value=name, prefix=config.field_prefix),
        description=data.description,
        example=data.example,
        value_property=value_property,
    )
    return prop, schemas


def refuse_naming_conflict(first: Any, second: Any, config: Config) -> PropertyError:
    """Two fields of one model whose Python names are the same (``foo-bar`` and ``foo_bar``).

    Upstream then names both without snake case (``foobar``): adding a field would silently
    change the attribute an existing one had. Refused instead, with the names as written.
    """
    names = [prop.name.get_untrusted_value() for prop in (first, second)]
    return PropertyError(
        header="Conflicting property names",
        detail=f"fields {names[0]!r} and {names[1]!r} have the same Python name, "
        f"{str(first.python_name)!r}: rename one in the spec",
    )


def install() -> None:
    """Route every schema through property_from_data above: upstream looks it up by name in
    each module that imported it (models' fields; responses; request bodies; parameters)."""
    for module in (upstream, responses, bodies, openapi):
        module.property_from_data = property_from_data  # type: ignore[attr-defined]
    model_property._resolve_naming_conflict = refuse_naming_conflict  # type: ignore[attr-defined]


if __name__ == "__main__":
    install()
    from openapi_python_client.cli import app

    sys.argv[0] = "openapi-python-client"
    sys.exit(app())
