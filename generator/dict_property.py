"""openapi-python-client, with free-form JSON objects as plain dicts.

Upstream makes a model class for every ``type: object`` schema, even one with no declared
properties (metadata, config, "any JSON object", interrupts by task id). Such a class is only
a wrapper around a dict: one more object per value, built on every response. A search of 100
threads built 300 of them, and the extra allocations alone made the garbage collector run on
almost every call. Here a schema with no properties whose ``additionalProperties`` is true,
absent or ``{}`` becomes ``dict[str, Any]``, and one whose ``additionalProperties`` is a schema
becomes ``dict[str, <that type>]`` (templates/property_templates/dict_property.py.jinja says
how each is parsed and serialised). Every other schema goes to upstream unchanged.

Run as the openapi-python-client command: ``python generator/dict_property.py generate ...``.
The pinned version (requirements.txt) is the one this extension is written against.
"""

from __future__ import annotations

import sys
from typing import Any, ClassVar

from attrs import define, field
from openapi_python_client import Config, strings
from openapi_python_client import schema as oai
from openapi_python_client.parser import properties as upstream
from openapi_python_client.parser import responses
from openapi_python_client.parser.errors import PropertyError
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
    if not isinstance(data, oai.Schema) or not _is_free_form(data):
        return _upstream_property_from_data(
            name=name,
            required=required,
            data=data,
            schemas=schemas,
            parent_name=parent_name,
            config=config,
            process_properties=process_properties,
            roots=roots,
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
            parent_name=parent_name,
            config=config,
            process_properties=process_properties,
            roots=roots,
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


def install() -> None:
    """Route every schema through property_from_data above (upstream looks it up by name)."""
    upstream.property_from_data = property_from_data  # type: ignore[assignment]
    responses.property_from_data = property_from_data  # type: ignore[assignment]


if __name__ == "__main__":
    install()
    from openapi_python_client.cli import app

    sys.argv[0] = "openapi-python-client"
    sys.exit(app())
