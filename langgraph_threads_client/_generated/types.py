"""Contains some shared types for properties"""

import datetime
import enum
import functools
import gc
import importlib
import json
import uuid
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from itertools import chain, compress, repeat
from operator import is_, itemgetter
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Literal,
    NoReturn,
    Self,
    TypeVar,
    cast,
)

import orjson

if TYPE_CHECKING:
    # (typing_extensions only for the checkers, which all ship its stubs: warnings.deprecated
    # is Python 3.13's.)
    from typing_extensions import deprecated
else:

    def deprecated(message: str) -> Callable[[Any], Any]:
        return lambda method: method


class Unset(enum.Enum):
    """The type of ``UNSET``: a field the JSON did not have, or an argument not given.

    An enum of one member (the typing spec's sentinel), so that ``x is UNSET`` and
    ``x is not UNSET`` narrow ``T | Unset`` for type checkers, as ``isinstance`` does.
    """

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    __str__ = __repr__


UNSET: Final = Unset.UNSET

S = TypeVar("S", bound=enum.StrEnum)

# The members made for values an open enum does not list (see unknown_member), by enum and
# value: one object for each, up to this many in all (a server cannot make it grow without end).
_MADE_MEMBERS: dict[tuple[type[Any], str], Any] = {}
_MAX_MADE_MEMBERS = 256


def unknown_member(enum_class: type[S], value: str) -> S:
    """A member of ``enum_class`` for a value it does not list: an instance, equal to the
    string, with that value (and its upper case as name), not among the class's members."""
    key = (enum_class, value)
    member: S | None = _MADE_MEMBERS.get(key)
    if member is None:
        member = str.__new__(enum_class, value)
        member._name_ = value.upper()
        member._value_ = value
        if len(_MADE_MEMBERS) < _MAX_MADE_MEMBERS:
            _MADE_MEMBERS[key] = member
    return member


# orjson builds a document of the whole body before the Python objects: its peak memory is
# about 17x the body against 6x for the standard library, and its speed lead shrinks with size
# (histories of 15 KB states: 1.6x faster at 1.5 MB, level at 4 MB). Larger bodies go to
# msgspec's decoder, which makes the Python objects as it reads: faster than either there
# (11-21 MB bodies: 0.72-0.77x orjson's time) and leaner (0.6x orjson's peak, 0.5-0.8x the
# standard library's, which decodes the body to text first).
ORJSON_MAX_BYTES = 4 << 20


def loads(content: bytes | str) -> Any:
    """Decode JSON: orjson up to ``ORJSON_MAX_BYTES`` (the fastest there), msgspec above it
    (faster there, and of the least peak memory).

    What they refuse but the standard library reads (NaN, Infinity, a byte order mark, a lone
    surrogate's escape, a number past a float's range as infinity) falls back to
    ``json.loads``; what none reads raises orjson's error (the official SDK's, and the
    clearer), or above the limit the standard library's (but for bytes that are not UTF-8,
    orjson's there too: a ``JSONDecodeError`` at any size, where the standard library's is a
    ``UnicodeDecodeError``). (Integers beyond 64 bits are the one
    difference: orjson reads them as floats, as the official SDK gets them, msgspec and the
    standard library as ints.) JSON nested deeper than the decoders go (about 1,000 levels) is
    a ``ValueError``, as any other JSON that cannot be read, not a ``RecursionError``.
    """
    try:
        if len(content) > ORJSON_MAX_BYTES:
            try:
                return _large_body_decoder()(content)
            except ValueError:  # (msgspec.DecodeError is one, from msgspec 0.21)
                try:
                    return json.loads(content)
                except UnicodeDecodeError:
                    # orjson checks UTF-8 before it decodes anything: its error, at no cost.
                    return orjson.loads(content)
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError as refused:
            try:
                return json.loads(content)
            except ValueError:  # (a UnicodeDecodeError too)
                raise refused from None
    except RecursionError:
        raise ValueError(
            "JSON nested too deep to decode (past about 1,000 levels, or fewer where the call"
            " is itself deep in the stack)"
        ) from None


@functools.cache
def _large_body_decoder() -> Callable[[bytes | str], Any]:
    """msgspec's JSON decoder, imported when the first large body comes (a 25 ms import that
    most processes, which never get one, do without)."""
    import msgspec.json

    return msgspec.json.Decoder().decode


def aware_datetime(text: str) -> datetime.datetime:
    """An ISO 8601 date-time, always aware: one sent without an offset (a server storing
    timestamps without a time zone) is UTC, the servers' clock, so that typed values compare.
    RFC 3339's lower-case ``z`` too, which ``fromisoformat`` reads only in upper case."""
    try:
        value = datetime.datetime.fromisoformat(text)
    except ValueError as refused:
        if text[-1:] != "z":
            raise
        try:
            value = datetime.datetime.fromisoformat(text[:-1] + "Z")
        except ValueError:
            raise refused from None  # (naming the text as it was sent)
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)


NoneType = type(None)

# What a field of a model may hold, as checked by JSONModel.from_dict: a type or a tuple of them.
JSONTypes = type | tuple[type, ...]


class _WholeNumberType(type):
    def __instancecheck__(cls, value: object) -> bool:
        return type(value) is float and value.is_integer()


class WholeNumber(metaclass=_WholeNumberType):
    """A number written with a fraction of zero (``1.0``): an integer as JSON Schema counts
    them since draft 6 (OpenAPI 3.1 takes draft 2020-12), so ``isinstance(1.0, WholeNumber)``.
    An integer field's JSON types are ``int`` and this; its attribute reads such a value as
    the int (``as_integer``)."""


T = TypeVar("T")


def as_integer(value: T) -> T:
    """The value of an integer field, a whole number sent as ``1.0`` read as its int."""
    if type(value) is float:
        return cast(T, int(cast(float, value)))
    return value


_JSON_NAMES: dict[type, str] = {
    object: "any JSON value",
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    NoneType: "null",
    WholeNumber: "integer",
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


class MissingFieldError(KeyError, AttributeError):
    """A required field's attribute read on a model that does not hold the field (one built by
    hand without it, as a TypedDict may be): a ``KeyError``, as reading its key is, and an
    ``AttributeError``, so that ``hasattr``, ``getattr``'s default and mocks made on the model
    see an attribute that is not there."""

    def __init__(self, key: str) -> None:
        # As an AttributeError of no name: Python then adds neither the model to it nor a
        # guess at another attribute ("Did you mean: '_t_created_at'?", from 3.12).
        AttributeError.__init__(self, key, name=None)


def unexpected(expected: str, value: object) -> ShapeError:
    """The error for ``value`` where ``expected`` (a JSON type name) belongs."""
    return ShapeError(expected, json_type_name(value))


def no_mismatches() -> list[tuple[str, ShapeError]]:
    """A list for the mismatches of a value with a union's branches, each named."""
    return []


def fits_none(mismatches: list[tuple[str, ShapeError]]) -> ShapeError:
    """The error where a value fits none of a union's branches of its JSON type (two models:
    an object that is neither): each one's mismatch, in the spec's order."""
    expected = " or ".join(
        f"{name} ({exc.path + ': ' if exc.path else ''}expected {exc.expected}, found {exc.found})"
        for name, exc in mismatches
    )
    return ShapeError(expected, "one that fits none of them")


def _types_name(types: JSONTypes) -> str:
    return " or ".join(_json_names(types))


def _json_names(types: JSONTypes) -> list[str]:
    """The JSON types of ``types``, each named once (also JSON Schema's names): a number
    where integer and number both are, an absent field (``Unset``) left out."""
    members = types if isinstance(types, tuple) else (types,)
    names = [_JSON_NAMES.get(t, t.__name__) for t in members if t is not Unset]
    if int in members and float in members:
        names.remove("integer")
    return list(dict.fromkeys(names))


# The longest key a path shows whole: a longer one (a server's 100 KB key) is cut short.
_MAX_SEGMENT = 80


def segment(key: object) -> str:
    """A JSON path segment for an object key."""
    if isinstance(key, str) and key.isidentifier() and len(key) <= _MAX_SEGMENT:
        return f".{key}"
    text = repr(key)
    return f"[{text}]" if len(text) <= _MAX_SEGMENT else f"[{text[:_MAX_SEGMENT]}...]"


def required_getter(*keys: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function returning the values of ``keys`` as a tuple (KeyError if one is missing)."""
    if len(keys) >= 2:
        return itemgetter(*keys)
    if len(keys) == 1:
        key = keys[0]
        return lambda data: (data[key],)
    return lambda data: ()


def model_list(items: Any, model: "type[M]") -> "list[M]":
    """A decoded JSON array of ``model`` objects, each checked, as models.

    The common case costs no Python code per object: the array is checked column by column
    (``_fits``), models below included; an array that way cannot vouch for goes through
    ``model._check`` object by object, which raises with the path of what does not fit. The
    models are then made by C-level passes too. (Each model copies its object's top level,
    far less than what decoding held at its peak: it does not raise the call's peak memory.)
    """
    if type(items) is not list:
        raise unexpected("array", items)
    if not _fits(items, model):
        check = model._check
        for index, item in enumerate(items):
            try:
                check(item)
            except ShapeError as exc:
                raise exc.within(f"[{index}]")
    models = list(map(dict.__new__, repeat(model, len(items))))
    deque(map(dict.update, models, items), maxlen=0)
    return models


def _fits(items: list[Any], model: "type[JSONModel]") -> bool:
    """Whether every item of ``items`` is an object that fits ``model``, models below included.

    Column by column over the whole list, in C-level passes (no Python code per object).
    Objects of as many keys are taken together: usually they have the same keys (in any
    order), and one pass gathers their columns; a response mixes a few such groups (a thread
    that never ran has no ``error``). ``False`` means only that this way cannot tell (a
    mismatch anywhere, an item that is not an object): the caller then checks object by
    object, which finds the error and its path, or accepts.
    """
    if not items:
        return True
    if set(map(type, items)) != _ONLY_OBJECTS:
        # (Else an array or a string among objects of no key, or where the model checks no
        # field, would gather nothing and pass unseen.)
        return False
    lengths = list(map(len, items))
    groups = [items] if lengths.count(lengths[0]) == len(lengths) else _by_length(items)
    for group in groups:
        first = group[0]
        columns = _same_key_columns(group, tuple(first))
        some_absent = columns is None
        if columns is None:
            columns = _field_columns(group, model)
            if columns is None:
                return False
        elif not model._required_set <= columns.keys():
            return False
        if not _fits_columns(columns, model, some_absent=some_absent):
            return False
    return True


def _by_length(items: list[Any]) -> list[list[Any]]:
    """``items`` (each with a length) in groups of the same length: sorted by length, then a
    binary search for where each group ends. About one C-level ``len`` an item, where picking
    each group out of the list took an ``==`` an item for every group (twice the time)."""
    ordered = sorted(items, key=len)
    groups: list[list[Any]] = []
    start = 0
    while start < len(ordered):
        stop = bisect_right(ordered, len(ordered[start]), lo=start, key=len)
        groups.append(ordered[start:stop])
        start = stop
    return groups


def _same_key_columns(items: list[Any], keys: tuple[str, ...]) -> dict[str, Any] | None:
    """Each key's column of values, where every item has ``keys`` (those of the first, and as
    many: so no other); else None.

    Objects of many keys are read a row at a time (a tuple each), then turned into columns:
    the fewest passes. Past the garbage collector's threshold of new objects (700 by
    default), those tuples set off its passes over everything the body's decoding made, and
    a pass for each column, which makes no object per item, costs less (gathering the
    columns of 1,000 threads, measured alone: about a quarter less); so it does for objects
    of a few keys (a search with ``select``)."""
    try:
        if len(keys) > _FEW_KEYS and len(items) < gc.get_threshold()[0]:
            return dict(zip(keys, zip(*map(itemgetter(*keys), items))))
        return {key: list(map(itemgetter(key), items)) for key in keys}
    except (KeyError, TypeError):  # a key missing; an item that is not an object
        return None


# Up to so many keys, a pass for each column costs no more than the tuples (see above).
_FEW_KEYS: Final = 5


def _field_columns(items: list[Any], model: "type[JSONModel]") -> dict[str, Any] | None:
    """The column of each field the model checks, UNSET where an object lacks it; None if an
    item is not an object (dict.get refuses it)."""
    try:
        return {
            key: list(map(dict.get, items, repeat(key), repeat(UNSET)))
            for key in model._column_types
        }
    except TypeError:
        return None


def _fits_columns(
    columns: dict[str, Any], model: "type[JSONModel]", *, some_absent: bool
) -> bool:
    """Whether the columns of objects fit ``model``; ``some_absent`` says whether a column
    may hold UNSET (objects with other keys: see ``_field_columns``)."""
    allowed = model._column_types
    found: dict[
        str, AbstractSet[type]
    ] = {}  # (the types in each column, but strings only)
    for key, column in columns.items():
        types = allowed.get(key)
        if types is None:
            continue  # (a field the spec does not describe)
        if types is _ONLY_STRINGS:
            try:
                "".join(column)  # (refuses anything else: no Python call per value)
            except TypeError:
                return False
            continue
        kinds = found[key] = set(map(type, column))
        if types is _JSON_TYPES:  # (a required field of any JSON value: only there)
            if some_absent and Unset in kinds:
                return False
        elif not kinds <= types:
            return False
    if not model._by_columns:
        return False
    for key, steps, target in model._below:
        values = columns.get(key)
        if values is None:
            continue
        held = found.get(key, _ONLY_STRINGS)
        if steps:
            if held <= _NOTHING_TYPES:
                continue
            # Arrays or maps: nulls, absent fields and empty ones have nothing below (the
            # column's JSON types are checked above, so a falsy value is one of those or a
            # scalar the field allows).
            values = list(filter(None, values))
            if not values:
                continue
        elif issubclass(target, JSONModel):
            if dict not in held:
                continue
            if held != _ONLY_OBJECTS:
                # The objects (a union of a model and a string checks only the objects).
                values = list(
                    compress(values, map(is_, map(type, values), repeat(dict)))
                )
        if not _fits_below(values, steps, target):
            return False
    return True


def _fits_below(values: list[Any], steps: str, target: type) -> bool:
    """Whether ``values`` (of one field) hold what ``steps`` and ``target`` say: ``steps`` are
    the arrays ("l") and maps ("d") from the field down to ``target``, a model or a closed
    enum (nulls and absent fields left out)."""
    try:
        for step in steps:
            # list.__iter__ and dict.values refuse anything else (TypeError).
            if step == "l":
                values = list(chain.from_iterable(map(list.__iter__, values)))
            else:
                values = list(chain.from_iterable(map(dict.values, values)))
    except TypeError:
        return False
    if issubclass(target, JSONModel):
        return _fits(values, target)
    by_value: dict[Any, Any] = getattr(target, "by_value")
    kinds = set(map(type, values))
    if steps and NoneType in kinds:
        return False  # (whether an item may be null is for the object-by-object check to say)
    if not kinds <= set(map(type, by_value)) | _NOTHING_TYPES:
        return False
    found = set(values)
    found.difference_update(_NOTHING)
    return by_value.keys() >= found


# A closed enum's column may hold nulls and absent fields besides its members.
_NOTHING: Final = (None, UNSET)
_NOTHING_TYPES: Final[frozenset[type]] = frozenset({NoneType, Unset})
_ONLY_STRINGS: Final[frozenset[type]] = frozenset({str})
_ONLY_OBJECTS: Final[frozenset[type]] = frozenset({dict})
_JSON_TYPES: Final[frozenset[type]] = frozenset(
    {dict, list, str, int, float, bool, NoneType}
)


def json_schema(
    model: "type[JSONModel]", within: AbstractSet[type] = frozenset()
) -> dict[str, Any]:
    """The JSON Schema of ``model``'s objects, from the tables its checks use: each field's
    JSON types, the models and closed enums below it (``_below``: written out in place,
    except a model met again on the way down, ``within``, which is an object), the required
    fields, other fields allowed."""
    typed = {
        **dict(zip(model._required_keys, model._required_types)),
        **dict(zip(model._optional_keys, model._optional_types)),
    }
    below = {key: (steps, target) for key, steps, target in model._below}
    properties: dict[str, Any] = {}
    for key in [*typed, *sorted(model._field_names - typed.keys())]:
        types = typed.get(key, object)
        if object in (
            types if isinstance(types, tuple) else (types,)
        ):  # (any JSON value)
            properties[key] = {}
            continue
        names = _json_names(types)
        if key in below:
            properties[key] = _schema_below(names, *below[key], within | {model})
        else:
            properties[key] = _schema_of_names(names)
    return {
        "type": "object",
        "title": model.__name__,
        "properties": properties,
        "required": list(model._required_keys),
        "additionalProperties": True,
    }


def _schema_of_names(names: list[str]) -> dict[str, Any]:
    return {"type": names[0] if len(names) == 1 else names}


def _schema_below(
    names: list[str], steps: str, target: type, within: AbstractSet[type]
) -> dict[str, Any]:
    """The schema of a field of JSON types ``names`` holding ``target`` through ``steps`` (see
    ``_below``): that structure where the value is one, or else one of the other types."""
    if issubclass(target, JSONModel):
        held = {"type": "object"} if target in within else json_schema(target, within)
        covered = ["object"]
    else:  # (a closed enum)
        members = list(getattr(target, "by_value"))
        held = {"enum": members}
        covered = _json_names(tuple(map(type, members)))
    for step in reversed(steps):
        held = (
            {"type": "array", "items": held}
            if step == "l"
            else {"type": "object", "additionalProperties": held}
        )
    if steps:
        covered = ["array" if steps[0] == "l" else "object"]
    others = [name for name in names if name not in covered]
    return {"anyOf": [held, _schema_of_names(others)]} if others else held


def copy_json(value: Any) -> Any:
    """A copy of decoded JSON (a model's too) that shares no dict or list with ``value``;
    its objects are plain dicts."""
    try:
        return _copy_json(value)
    except RecursionError:
        # JSON nested deeper than Python's recursion goes (two frames a level here; the
        # decoders read about 1,000 levels).
        return _copy_json_deep(value)


def _copy_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy_json(item) for key, item in dict.items(value)}
    if type(value) is list:
        return [_copy_json(item) for item in value]
    return value


def _copy_json_deep(value: Any, copies: dict[int, Any] | None = None) -> Any:
    """``_copy_json`` without recursion: each container is made empty where it belongs, and
    filled when its turn comes. A container met again (held in two places, or holding itself:
    a caller's value given to a constructor can) is copied once, as ``copy.deepcopy`` does,
    rather than endlessly. ``copies``: those made so far, by their source's id (the memo of
    ``copy.deepcopy``)."""
    if copies is None:
        copies = {}

    def copy_of(item: Any) -> Any:
        if not isinstance(item, dict) and type(item) is not list:
            return item
        copy = copies.get(id(item))
        if copy is None:
            copy = copies[id(item)] = {} if isinstance(item, dict) else []
            pending.append((item, copy))
        return copy

    pending: list[tuple[Any, dict[str, Any] | list[Any]]] = []
    root = copy_of(value)
    while pending:
        source, target = pending.pop()
        if isinstance(target, dict):
            for key, item in dict.items(source):
                target[key] = copy_of(item)
        else:
            target.extend(map(copy_of, source))
    return root


def to_json(value: Any) -> Any:
    """The JSON form of a typed value given to a model's constructor.

    Models, date-times, enums and UUIDs become what the server would send; dicts and lists are
    converted item by item; anything else (strings, numbers, values the caller's encoder will
    handle) is kept as it is.
    """
    if isinstance(value, JSONModel):
        return dict(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if type(value) is dict:
        return {key: to_json(item) for key, item in value.items()}
    if type(value) is list:
        return [to_json(item) for item in value]
    return value


M = TypeVar("M", bound="JSONModel")


def _pydantic_dump(model: "JSONModel", write: Any, info: Any) -> Any:
    """A model written out by pydantic: its JSON, without the fields that are null where
    ``exclude_none`` asks (as for the fields of a TypedDict; its top level only), written by
    pydantic's own writer of dicts, which leaves out what ``include`` / ``exclude`` name."""
    if info.exclude_none:
        return write(
            {key: value for key, value in dict.items(model) if value is not None}
        )
    return write(model)


def _holding(model: "type[M]", data: Mapping[str, Any]) -> "M":
    """The model holding the fields of ``data``, JSON already checked against it (by
    ``from_dict``, or before the model was pickled)."""
    made = dict.__new__(model)
    dict.update(made, data)
    return made


# The same for code outside this module that builds a model's JSON itself (a request sent as
# given); ``_holding`` keeps its name, which pickles of models name.
holding = _holding


# How many shapes each model remembers (a server sends few; a hostile one cannot grow memory).
MAX_SHAPES = 64


def _column_of(types: JSONTypes, *, required: bool) -> frozenset[type]:
    """The types a field's column may hold: its JSON types (a boolean where an integer may
    be, as isinstance says), every JSON type for a field of any value, and Unset (absent)
    for an optional field; only strings is one object (``_fits_columns`` joins those)."""
    members = set(types if isinstance(types, tuple) else (types,))
    if object in members:
        if required:
            return _JSON_TYPES
        members |= _JSON_TYPES
        members.discard(object)
    if int in members:
        members.add(bool)
    if required:
        members.discard(Unset)
    else:
        members.add(Unset)
    return _ONLY_STRINGS if members == _ONLY_STRINGS else frozenset(members)


class JSONModel(dict[str, Any]):
    """The base of every model: a read-only ``dict`` of the model's JSON, typed on top.

    As a dict (what the official SDK returns), a model is the JSON as it was sent (unknown
    fields included; a date-time is its string): ``model["key"]``, ``in``, ``.get``,
    iteration, ``dict(model)``, ``{**model}``, ``json.dumps(model)``, ``isinstance(model,
    dict)``. Attributes give the typed values, built on first access and kept (in slots: a
    model has no ``__dict__``). Two models are equal when their JSON is; like dicts, they are
    not hashable. Changing a model raises TypeError (its typed values would go stale):
    ``to_dict()`` returns a mutable copy of the JSON.
    """

    __slots__ = ()

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
    # What _fits checks below the JSON types, field by field: (key, the arrays "l" and maps
    # "d" on the way, the model or closed enum at the end), for every field that has one;
    # _by_columns False when a field holds what _fits cannot say (a union of two models): the
    # objects are then checked one by one. Set by _set_below.
    _below: ClassVar[tuple[tuple[str, str, type], ...]] = ()
    _by_columns: ClassVar[bool] = True
    # Derived from the tables above (__init_subclass__): the types each field's column may
    # hold, Unset (absent) included for optional fields (optional fields of any JSON value
    # left out), and the required keys.
    _column_types: ClassVar[dict[str, frozenset[type]]] = {}
    _required_set: ClassVar[frozenset[str]] = frozenset()
    # Whether a field is an integer, which a whole number (1.0) fits too (see WholeNumber).
    _whole_numbers: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        columns: dict[str, frozenset[type]] = {}
        for key, types in zip(cls._required_keys, cls._required_types):
            columns[key] = _column_of(types, required=True)
        for key, types in zip(cls._optional_keys, cls._optional_types):
            members = _column_of(types, required=False)
            if _JSON_TYPES < members:
                continue  # (any JSON value, or none: nothing to check)
            columns[key] = members
        cls._column_types = columns
        # (Generated models set it at the end of their module.)
        cls._set_below(cls._below, by_columns=cls._by_columns)
        cls._required_set = frozenset(cls._required_keys)
        cls._whole_numbers = any(
            WholeNumber in (types if isinstance(types, tuple) else (types,))
            for types in (*cls._required_types, *cls._optional_types)
        )

    @classmethod
    def _set_below(
        cls, below: tuple[tuple[str, str, type], ...], *, by_columns: bool = True
    ) -> None:
        """Set ``_below`` and ``_by_columns``, at the end of the model's module: once the
        models it holds are imported (models may hold each other, as a state its tasks and a
        task a state)."""
        cls._below = below
        cls._by_columns = by_columns
        for key, _steps, _target in below:
            cls._column_types.setdefault(key, _JSON_TYPES | {Unset})

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of decoded JSON, checked against the spec (ShapeError if it does not match).

        The model copies the top level of ``src_dict`` and shares the values below it (nested
        objects and arrays): do not change those afterwards.
        """
        data: Any = src_dict
        if (
            type(data) is not dict
        ):  # (isinstance on an ABC is slow: decoded JSON skips it)
            if isinstance(data, Mapping):  # (a model, or another mapping: its fields)
                data = dict(data)
        cls._check(data)
        return _holding(cls, data)

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
        # (A shape with a number may not be remembered where an integer field takes a whole
        # one: the next object of that shape may hold 1.5 there.)
        if len(cls._shapes) < MAX_SHAPES and not (
            cls._whole_numbers and float in shape
        ):
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
        return copy_json(self)  # type: ignore[no-any-return]

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the API spec does not describe."""
        return {k: v for k, v in dict.items(self) if k not in self._field_names}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    # A model as a pydantic field or FastAPI return type (where the SDK's TypedDicts
    # served): an object checked by from_dict, written out as its JSON. Only pydantic calls
    # these, so only they import pydantic_core (not a dependency of this package).
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        core_schema: Any = importlib.import_module("pydantic_core.core_schema")

        def validate(data: dict[str, Any]) -> JSONModel:
            return cls._from_pydantic(data)

        # (pydantic names the function in its error's title: "1 validation error for ...")
        validate.__name__ = validate.__qualname__ = cls.__name__
        return core_schema.no_info_after_validator_function(
            validate,
            core_schema.dict_schema(keys_schema=core_schema.str_schema()),
            serialization=core_schema.wrap_serializer_function_ser_schema(
                _pydantic_dump,
                info_arg=True,
                schema=core_schema.dict_schema(keys_schema=core_schema.str_schema()),
            ),
        )

    @classmethod
    def _from_pydantic(cls, data: dict[str, Any]) -> Self:
        try:
            return cls.from_dict(data)
        except ShapeError:
            pass
        # Python values where the JSON has strings, as the typed constructor takes them (a
        # datetime read from a database, a model's dump by pydantic, an enum): as JSON.
        try:
            return cls.from_dict(to_json(data))
        except ShapeError as exc:
            # (pydantic reports a ValueError as a validation error, and lets a TypeError out.)
            raise ValueError(f"not a {cls.__name__}: {exc}") from None

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return json_schema(cls)

    def __reduce__(self) -> tuple[Any, ...]:
        # The JSON alone (typed values are built again when read), for every pickle protocol
        # (a dict's own way would set the items one by one, which a model refuses).
        return _holding, (type(self), dict(self))

    # Read-only: every dict method that would change the JSON refuses (C code that calls
    # dict's own methods directly is not stopped; Python code is).

    def _read_only(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError(
            f"{type(self).__name__} is read-only: use .to_dict() for a mutable copy of its JSON"
        )

    # Each its own def, not an alias of _read_only, typed as dict's (None, or Any where dict's
    # returns a value): typed NoReturn, a write would make checkers skip the code after it as
    # unreachable. Marked deprecated instead, which editors strike through and pyright's
    # strict mode (mypy's with --enable-error-code deprecated) reports, with the way out
    # (written out in each: mypy reads a message only from a string literal).
    @deprecated("A result is read-only: use .to_dict() for a mutable copy of its JSON")
    def __setitem__(self, key: str, value: Any) -> None:
        self._read_only()

    @deprecated("A result is read-only: use .to_dict() for a mutable copy of its JSON")
    def __delitem__(self, key: str) -> None:
        self._read_only()

    @deprecated("A result is read-only: use .to_dict() for a mutable copy of its JSON")
    def __ior__(self, other: Any) -> Any:
        self._read_only()

    @deprecated("A result is read-only: use .to_dict() for a mutable copy of its JSON")
    def clear(self) -> None:
        self._read_only()

    @deprecated("A result is read-only: use .to_dict() for a mutable copy of its JSON")
    def pop(self, *args: Any) -> Any:
        self._read_only()

    @deprecated("A result is read-only: use .to_dict() for a mutable copy of its JSON")
    def popitem(self) -> Any:
        self._read_only()

    @deprecated("A result is read-only: use .to_dict() for a mutable copy of its JSON")
    def setdefault(self, *args: Any) -> Any:
        self._read_only()

    @deprecated("A result is read-only: use .to_dict() for a mutable copy of its JSON")
    def update(self, *args: Any, **kwargs: Any) -> None:
        self._read_only()

    # Copies are what code copies a dict for: a plain dict it may change, as a dict's own
    # (``copy()``, ``|`` and ``dict(model)`` are dict's: shallow, like the SDK's). A copy of a
    # read-only model as a model would serve nothing.

    def __copy__(self) -> dict[str, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        # Through deepcopy's memo: what a caller's structure shares with the model (a result
        # and its metadata in one list) stays shared in the copy, as with the SDK's dicts.
        return _copy_json_deep(self, memo)  # type: ignore[no-any-return]

    def __new__(
        cls, /, *args: Any, **kwargs: Any
    ) -> Self:  # (a field may be named cls)
        if args or not kwargs:
            # type(model)(pairs), as generic code copies a dict (dataclasses.asdict,
            # boltons' remap), or type(model)() to fill: the plain dict of those pairs, as
            # for the SDK's dicts, whatever the model. (The typed constructor takes keywords
            # only; a model of no fields is ``Model.from_dict({})``.)
            return dict(*args, **kwargs)  # type: ignore[return-value]
        return dict.__new__(cls)

    @classmethod
    def fromkeys(cls, iterable: Iterable[Any], value: Any = None, /) -> dict[Any, Any]:
        """A plain dict of those keys, as ``dict.fromkeys`` (a model is read-only)."""
        return dict.fromkeys(iterable, value)


__all__ = [
    "UNSET",
    "JSONModel",
    "MissingFieldError",
    "ShapeError",
    "Unset",
    "WholeNumber",
    "as_integer",
    "aware_datetime",
    "copy_json",
    "fits_none",
    "holding",
    "loads",
    "model_list",
    "no_mismatches",
    "to_json",
    "unexpected",
    "unknown_member",
]
