"""Contains some shared types for properties"""

import datetime
import enum
import json
from collections import deque
from collections.abc import (
    Callable,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    MutableMapping,
    ValuesView,
)
from http import HTTPStatus
from itertools import compress, repeat
from operator import eq, is_not, itemgetter
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, Self, TypeVar

import orjson
from attrs import define


class Unset:
    """The type of ``UNSET``: a field the JSON did not have, or an argument not given."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


# orjson builds a document of the whole body before the Python objects: its peak memory is
# about 17x the body against 6x for the standard library, and its speed lead shrinks with size
# (histories of 15 KB states: 1.6x faster at 1.5 MB, level at 4 MB). Larger bodies go to the
# standard library.
ORJSON_MAX_BYTES = 4 << 20


def loads(content: bytes | str) -> Any:
    """Decode JSON: orjson up to ``ORJSON_MAX_BYTES`` (about twice as fast), the standard
    library above it (a third of orjson's peak memory, as fast there).

    What orjson refuses but the standard library reads (integers beyond 64 bits, NaN) falls
    back to ``json.loads``, so the result never depends on which decoder ran.
    """
    if len(content) > ORJSON_MAX_BYTES:
        return json.loads(content)
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json.loads(content)


T = TypeVar("T")

NoneType = type(None)

# What a field of a model may hold, as checked by JSONModel.from_dict: a type or a tuple of them.
JSONTypes = type | tuple[type, ...]

_JSON_NAMES: dict[type, str] = {
    object: "any JSON value",
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    NoneType: "null",
}


def json_type_name(value: object) -> str:
    """The JSON name of a decoded value's type (``object``, ``array``, ...)."""
    return _JSON_NAMES.get(type(value), type(value).__name__)


class ShapeError(TypeError):
    """A decoded JSON value is not of the shape the API spec describes.

    ``path`` is a JSON path below the value that was checked (``$[3].interrupts``); ``str()``
    says where, what was expected and what was found.
    """

    def __init__(self, expected: str, found: str, path: str = "") -> None:
        super().__init__(expected, found, path)
        self.expected = expected
        self.found = found
        self.path = path

    def within(self, segment: str) -> "ShapeError":
        """The same error, one level further down (``segment`` is ``.key`` or ``[index]``)."""
        self.path = segment + self.path
        self.args = (self.expected, self.found, self.path)
        return self

    def __str__(self) -> str:
        return f"${self.path}: expected {self.expected}, found {self.found}"


def unexpected(expected: str, value: object) -> ShapeError:
    """The error for ``value`` where ``expected`` (a JSON type name) belongs."""
    return ShapeError(expected, json_type_name(value))


def _types_name(types: JSONTypes) -> str:
    members = types if isinstance(types, tuple) else (types,)
    names = [_JSON_NAMES.get(t, t.__name__) for t in members if t is not Unset]
    if int in members and float in members:
        names.remove("integer")
    return " or ".join(dict.fromkeys(names))


def segment(key: object) -> str:
    """A JSON path segment for an object key."""
    return f".{key}" if isinstance(key, str) and key.isidentifier() else f"[{key!r}]"


def required_getter(*keys: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function returning the values of ``keys`` as a tuple (KeyError if one is missing)."""
    if len(keys) >= 2:
        return itemgetter(*keys)
    if len(keys) == 1:
        key = keys[0]
        return lambda data: (data[key],)
    return lambda data: ()


def _known_shapes(
    items: list[dict[str, Any]], known: dict[tuple[type, ...], tuple[str, ...]]
) -> bool:
    """Whether every object of ``items`` has a shape in ``known`` (C-level passes only)."""
    first = items[0]
    shape, keys = tuple(map(type, first.values())), tuple(first)
    if (
        known.get(shape) == keys
        and all(map(eq, map(tuple, items), repeat(keys)))
        and all(
            map(
                eq,
                map(tuple, map(map, repeat(type), map(dict.values, items))),
                repeat(shape),
            )
        )
    ):
        return True  # the usual case: objects of one shape, compared without hashing
    shapes = set(
        zip(
            map(tuple, map(map, repeat(type), map(dict.values, items))),
            map(tuple, items),
        )
    )
    return all(known.get(shape) == keys for shape, keys in shapes)


def model_list(items: Any, model: "type[M]") -> "list[M]":
    """A decoded JSON array of ``model`` objects, each checked, wrapped without a copy.

    The common case costs no Python code per object: the shapes of all the objects (their
    keys, and the types of their values) are gathered by C-level passes and compared with the
    shapes ``model`` has checked before; only an object of an unknown shape, or one holding
    models below it (a non-null model field, a non-empty array or map of them), goes through
    ``model._check``. The models are then made by C-level passes too.
    """
    if type(items) is not list:
        raise unexpected("array", items)
    count = len(items)
    suspects: Iterable[int] = range(count)
    if (
        items
        and set(map(type, items)) <= {dict}
        and _known_shapes(items, model._shapes)
    ):
        found: set[int] = set()
        for key in model._model_fields:
            found.update(
                compress(
                    range(count),
                    map(is_not, map(dict.get, items, repeat(key)), repeat(None)),
                )
            )
        for key in model._container_fields:
            found.update(compress(range(count), map(dict.get, items, repeat(key))))
        suspects = sorted(found)
    check = model._check
    for index in suspects:
        try:
            check(items[index])
        except ShapeError as exc:
            raise exc.within(f"[{index}]")
    models = list(map(model.__new__, repeat(model, count)))
    deque(map(setattr, models, repeat("_data"), items), maxlen=0)
    return models


def copy_json(value: Any) -> Any:
    """A copy of decoded JSON that shares no dict or list with ``value``."""
    if type(value) is dict:
        return {key: copy_json(item) for key, item in value.items()}
    if type(value) is list:
        return [copy_json(item) for item in value]
    return value


def to_json(value: Any) -> Any:
    """The JSON form of a typed value given to a model's constructor.

    Models, date-times and enums become what the server would send; dicts and lists are
    converted item by item; anything else (strings, numbers, values the caller's encoder will
    handle) is kept as it is.
    """
    if isinstance(value, JSONModel):
        return value._data
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if type(value) is dict:
        return {key: to_json(item) for key, item in value.items()}
    if type(value) is list:
        return [to_json(item) for item in value]
    return value


M = TypeVar("M", bound="JSONModel")

# How many shapes each model remembers (a server sends few; a hostile one cannot grow memory).
MAX_SHAPES = 64


class JSONModel(Mapping[str, Any]):
    """The base of every model: a read-only mapping of the model's JSON, typed on top.

    ``model["key"]``, ``in``, ``.get``, iteration, ``len``, ``dict(model)`` and ``{**model}``
    read the JSON as it was sent (unknown fields included; a date-time is its string);
    attributes give the typed values, built on first access and kept. Two models are equal
    when their JSON is (like dicts, they are not hashable). ``to_dict()`` returns a mutable
    copy of the JSON.
    """

    __slots__ = ("_data",)
    _data: dict[str, Any]

    # Filled in by each generated model: the checks from_dict runs (see model.py.jinja).
    _field_names: ClassVar[frozenset[str]] = frozenset()
    _required: ClassVar[Callable[[dict[str, Any]], tuple[Any, ...]]] = staticmethod(
        required_getter()
    )
    _required_keys: ClassVar[tuple[str, ...]] = ()
    _required_types: ClassVar[tuple[JSONTypes, ...]] = ()
    _optional_keys: ClassVar[tuple[str, ...]] = ()
    _optional_absent: ClassVar[tuple[Unset, ...]] = ()
    _optional_types: ClassVar[tuple[JSONTypes, ...]] = ()
    # Fields holding models (checked unless null) or arrays or maps of them (unless empty).
    _model_fields: ClassVar[tuple[str, ...]] = ()
    _container_fields: ClassVar[tuple[str, ...]] = ()
    # The shapes (value types, in key order -> the keys) found to fit; one dict per model.
    _shapes: ClassVar[dict[tuple[type, ...], tuple[str, ...]]] = {}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of decoded JSON, checked against the spec (ShapeError if it does not match).

        The model reads ``src_dict`` itself (a dict is not copied): do not change it afterwards.
        """
        data: Any = src_dict
        if (
            type(data) is not dict
        ):  # (isinstance on an ABC is slow: decoded JSON skips it)
            if isinstance(data, JSONModel):
                data = data._data
            elif isinstance(data, Mapping):
                data = dict(data)
        cls._check(data)
        model = cls.__new__(cls)
        model._data = data
        return model

    @classmethod
    def _check(cls, data: Any) -> None:
        """Raise ShapeError where ``data`` does not match this model.

        A response holds many objects of one shape (the same keys in the same order, values
        of the same types): a shape whose fields were checked once is remembered, and an
        object of a known shape costs two C-level passes over its values (models holding
        other models override this to check those too).
        """
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)

    @classmethod
    def _check_fields(cls, data: dict[str, Any], shape: tuple[type, ...]) -> None:
        """Check each field's JSON type; remember the shape of ``data`` if it fits."""
        try:
            fits = all(
                map(isinstance, cls._required(data), cls._required_types)
            ) and all(
                map(
                    isinstance,
                    map(data.get, cls._optional_keys, cls._optional_absent),
                    cls._optional_types,
                )
            )
        except KeyError:
            fits = False
        if not fits:
            raise cls._field_error(data)
        if len(cls._shapes) < MAX_SHAPES:
            cls._shapes[shape] = tuple(data)

    @classmethod
    def _field_error(cls, data: dict[str, Any]) -> ShapeError:
        """The first field of ``data`` that does not fit (the slow path of from_dict)."""
        for key, types in zip(cls._required_keys, cls._required_types):
            if key not in data:
                return ShapeError(
                    _types_name(types), "nothing (a required field)"
                ).within(segment(key))
            if not isinstance(data[key], types):
                return unexpected(_types_name(types), data[key]).within(segment(key))
        for key, types in zip(cls._optional_keys, cls._optional_types):
            if key in data and not isinstance(data[key], types):
                return unexpected(_types_name(types), data[key]).within(segment(key))
        return ShapeError(
            "an object of the spec", "one that is not"
        )  # pragma: no cover

    def to_dict(self) -> dict[str, Any]:
        """The JSON of this model (as the server sent it), as a copy the caller may change."""
        return copy_json(self._data)  # type: ignore[no-any-return]

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the API spec does not describe."""
        return {k: v for k, v in self._data.items() if k not in self._field_names}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    # The mapping, read straight from the JSON.

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def keys(self) -> KeysView[str]:
        return self._data.keys()

    def items(self) -> ItemsView[str, Any]:
        return self._data.items()

    def values(self) -> ValuesView[Any]:
        return self._data.values()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, JSONModel):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __setitem__(self, key: str, value: Any) -> None:
        raise TypeError(
            f"{type(self).__name__} is read-only: use .to_dict() for a mutable copy of its JSON"
        )

    def __delitem__(self, key: str) -> None:
        self.__setitem__(key, None)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data!r})"


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "JSONModel",
    "RequestFiles",
    "Response",
    "ShapeError",
    "Unset",
    "copy_json",
    "loads",
    "model_list",
    "to_json",
    "unexpected",
]
