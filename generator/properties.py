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

Where upstream would generate code that is wrong, quietly or at import, generation stops with
a line that says what to change instead (``_refused``, ``operation_modules``,
``refuse_naming_conflict``); strings are written with every character kept
(``python_string_body``); parameters named as what ``build_request`` reads are renamed
(``parameters_renamed``). ``install`` puts each in place.

Run as the openapi-python-client command: ``python generator/properties.py generate ...``.
The pinned version (requirements.txt) is the one this extension is written against.
"""

from __future__ import annotations

import functools
import inspect
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Any, ClassVar

import attrs
import openapi_python_client
from attrs import define, field
from openapi_python_client import Config, strings
from openapi_python_client import schema as oai
from openapi_python_client.parser import bodies, openapi, responses
from openapi_python_client.parser import properties as upstream
from openapi_python_client.parser.errors import ParseError, PropertyError
from openapi_python_client.parser.properties import model_property
from openapi_python_client.parser.properties import string as string_property
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


def _refusing_what_it_would_make_wrong(
    build: Callable[..., tuple[Any, Schemas]],
) -> Callable[..., tuple[Any, Schemas]]:
    """``build``, returning the error that stops generation where this generator would make
    the property wrong (see ``_refused``)."""
    signature = inspect.signature(build)

    @functools.wraps(build)
    def checked(*args: Any, **kwargs: Any) -> tuple[Any, Schemas]:
        arguments = signature.bind(*args, **kwargs).arguments
        try:
            prop, schemas = build(*args, **kwargs)
        except ValueError as exc:  # (upstream's enum naming raises where two values meet)
            if not str(exc).startswith("Duplicate key"):
                raise
            clash = _enum_names_clash(arguments["data"], str(exc).split(";")[0])
            return clash, arguments["schemas"]
        except OverflowError:  # (upstream's int() of an integer's default of 1e999)
            name = _text(arguments["name"])
            default = getattr(arguments["data"], "default", None)
            return _not_finite(name, default), arguments["schemas"]
        return _refused(prop, arguments["data"]), schemas

    return checked


@_refusing_what_it_would_make_wrong
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


# Names the generated modules import from their helpers, the standard library and httpx: a
# model or enum of one of these names would shadow what its module's own code uses.
RESERVED_CLASS_NAMES: frozenset[str] = frozenset(
    {
        "Any",
        "File",
        "JSONModel",
        "Literal",
        "MissingFieldError",
        "NoneType",
        "ShapeError",
        "UUID",
        "UnexpectedStatus",
        "Unset",
        "WholeNumber",
    }
)


NOT_FINITE: frozenset[str] = frozenset({"inf", "-inf", "nan"})  # (str() of such floats)


def _refused(prop: Any, data: oai.Reference | oai.Schema) -> Any:
    """``prop``, or the error that stops generation where this generator would make it wrong."""
    class_info = getattr(prop, "class_info", None)
    if class_info is not None and class_info.name in RESERVED_CLASS_NAMES:
        return PropertyError(
            header="Reserved class name",
            detail=f"a schema named {class_info.name!r} would shadow the generated code's own "
            f"{class_info.name}: rename it (config.yaml's class_overrides can)",
        )
    default = getattr(prop, "default", None)
    if isinstance(default, Value) and default.python_code.as_unembedded_code() in NOT_FINITE:
        return _not_finite(_text(prop.name), default.raw_value)
    if isinstance(prop, upstream.FileProperty):
        return PropertyError(
            header="Binary strings are not supported",
            detail=f"{_text(prop.name)!r} is a string of format binary: this "
            "client reads and sends JSON, which has no bytes; describe the string as sent "
            "(contentEncoding: base64, say)",
        )
    if isinstance(prop, upstream.EnumProperty) and isinstance(data, oai.Schema):
        names = Counter(unicodedata.normalize("NFKC", key) for key in prop.values)
        clashing = [name for name, count in names.items() if count > 1]
        listed = {value for value in data.enum or () if value is not None}
        if clashing or len(prop.values) < len(listed):
            return _enum_names_clash(data, f"names {clashing or 'lost'} in {prop.class_info.name}")
    return prop


def _not_finite(name: str, default: object) -> PropertyError:
    return PropertyError(
        header="Not a finite default",
        detail=f"{name!r} has the default {default!r}, which no JSON number is: leave it out",
    )


def _enum_names_clash(data: oai.Reference | oai.Schema, what: str) -> PropertyError:
    values = getattr(data, "enum", None)
    extra = getattr(data, "model_extra", None) or {}
    remedy = (
        "the names x-enum-varnames gives are one to Python: rename them"
        if "x-enum-varnames" in extra
        else "name them with x-enum-varnames (one name a value, in order)"
    )
    return PropertyError(
        header="Enum values of one Python name",
        detail=f"{what}: values {values!r} would make members of the same name; {remedy}",
    )


def python_string_body(value: object) -> str:
    """``value`` escaped for a double-quoted Python literal, every character kept.

    Upstream's ``in_double_quote_literal`` drops control and format characters, so a key or an
    enum value holding one (a newline, a zero-width joiner) would be read and sent without it.
    Here they are escapes; printable characters stay as they are.
    """
    text = repr(_text(value))
    if text[0] == "'":  # (repr escaped the single quotes and left the double ones bare)
        return text[1:-1].replace('"', '\\"')
    return text[1:-1]


def operation_modules(**kwargs: Any) -> Any:
    """Upstream's endpoint collections, with an error where an operation would be generated
    wrong: two operations of one tag written to one module (``getThing`` and ``get_thing``:
    upstream writes both, the second over the first); a brace in a path outside a parameter's
    ``{name}`` (the path is a ``str.format`` template, which such a brace, or a ``{0}`` or
    ``{x.y}`` that names no parameter, breaks when called; OpenAPI reserves braces for
    parameters: a literal one is sent percent-encoded)."""
    collections, schemas, parameters = _upstream_collections(**kwargs)
    config: Config = kwargs["config"]
    for collection in collections.values():
        seen: dict[str, Any] = {}
        for endpoint in collection.endpoints:
            module = str(strings.PythonIdentifier(endpoint.name, config.field_prefix))
            first = seen.setdefault(module, endpoint)
            if first is not endpoint:
                collection.parse_errors.append(
                    ParseError(
                        header="Two operations of one module",
                        detail=f"{_operation(first)} and {_operation(endpoint)} would both be "
                        f"{collection.tag}/{module}.py: change one's operationId",
                    )
                )
            if set("{}") & set(_outside_parameters(endpoint)):
                collection.parse_errors.append(
                    ParseError(
                        header="A brace outside a path parameter",
                        detail=f"{_operation(endpoint)}: a brace that is no declared "
                        "parameter's; write a literal one as %7B or %7D",
                    )
                )
    return collections, schemas, parameters


PATH_PARAMETER = re.compile(r"\{([^{}]*)\}")


def _outside_parameters(endpoint: Any) -> str:
    """The operation's path without its declared parameters' ``{name}``s."""
    declared = {str(prop.python_name) for prop in endpoint.path_parameters}
    return PATH_PARAMETER.sub(
        lambda match: "" if match.group(1) in declared else match.group(0),
        _text(endpoint.path),
    )


def _text(value: Any) -> str:
    """The string upstream holds wrapped (a spec's string, or code), or ``str(value)``."""
    if isinstance(value, oai.UntrustedString):
        return value.get_untrusted_value()
    if isinstance(value, strings.PythonCode):
        return value.as_unembedded_code()
    return str(value)


def _operation(endpoint: Any) -> str:
    return f"{endpoint.method.upper()} {_text(endpoint.path)}"


_upstream_collections = openapi.EndpointCollection.from_data

# Names build_request's body reads from its module (helpers, the request body's argument):
# a parameter of one of these names gets its location appended, as upstream does for "url".
RESERVED_PARAMETER_NAMES: frozenset[str] = frozenset(
    {"Any", "UNSET", "Unset", "body", "cast", "httpx", "quote", "to_json"}
)


def parameters_renamed(
    endpoint: Any, *, config: Config, previously_modified_params: Any = None
) -> Any:
    """Upstream's check of an operation's parameter names, then ``_<location>`` appended to
    those of a reserved name (``quote`` is ``quote_query``), and upstream's check again."""
    checked = _upstream_check_parameters(
        endpoint, config=config, previously_modified_params=previously_modified_params
    )
    if previously_modified_params is not None or isinstance(checked, ParseError):
        return checked  # (upstream's repeats: the first call renames once they are done)
    reserved = [
        (location, prop)
        for location, prop in checked.iter_all_parameters()
        if prop.python_name in RESERVED_PARAMETER_NAMES
    ]
    if not reserved:
        return checked
    for location, prop in reserved:  # (after upstream's renames: "Unset" beside "UNSET")
        prop.set_python_name(
            new_name=oai.UntrustedString(f"{prop.python_name}_{location}"),
            config=config,
            skip_snake_case=True,
        )
    checked = _upstream_check_parameters(checked, config=config)
    if isinstance(checked, ParseError):
        return checked
    # (Upstream gives two parameters of one Python name their names as written: a reserved
    # one renamed onto another's name is back to the reserved name.)
    still = [
        prop.name.get_untrusted_value()
        for _, prop in checked.iter_all_parameters()
        if prop.python_name in RESERVED_PARAMETER_NAMES
    ]
    if still:
        return ParseError(
            detail=f"parameters {still!r} are named as what build_request uses, and the "
            "names with their location appended are taken: rename one in the spec",
        )
    return checked


_upstream_check_parameters = openapi.Endpoint._check_parameters_for_conflicts


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


# The local name a typed attribute's value is built under (templates/model.py.jinja): the
# field's own name would shadow what the building calls (a field named `aware_datetime`,
# `unexpected`, `exc`: "'datetime' object is not callable", an unbound local).
TYPED_LOCAL = "typed"


def typed_local(prop: Any) -> Any:
    """``prop`` under the name ``TYPED_LOCAL``, for the code that builds its typed value."""
    return attrs.evolve(prop, python_name=strings.PythonIdentifier(TYPED_LOCAL, prefix=""))


def install() -> None:
    """Route every schema through property_from_data above: upstream looks it up by name in
    each module that imported it (models' fields; responses; request bodies; parameters)."""
    for module in (upstream, responses, bodies, openapi):
        module.property_from_data = property_from_data  # type: ignore[attr-defined]
    strings.in_double_quote_literal = python_string_body  # (upstream's enum values)
    # A string default is written with repr(), a literal of the string whatever it holds;
    # upstream escaped it first, so that the default was not the string the spec gives.
    string_property.remove_string_escapes = str
    openapi_python_client.TEMPLATE_FILTERS["in_double_quote_literal"] = python_string_body
    openapi_python_client.TEMPLATE_FILTERS["typed_local"] = typed_local
    openapi.EndpointCollection.from_data = staticmethod(operation_modules)  # type: ignore[method-assign]
    openapi.Endpoint._check_parameters_for_conflicts = parameters_renamed  # type: ignore[method-assign]
    model_property._resolve_naming_conflict = refuse_naming_conflict  # type: ignore[attr-defined]


if __name__ == "__main__":
    install()
    from openapi_python_client.cli import app

    sys.argv[0] = "openapi-python-client"
    sys.exit(app())
